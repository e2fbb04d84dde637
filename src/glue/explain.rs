//! Getting an explanation into the widget: inline JSON, a URL fetched with a timeout, or a
//! JS object from `Glassbox.explain`; and the review request's event detail.

use super::{dom, language, mount_element, on_event, unmount_element, App, STATE};
use crate::components::{Explanation as View, ExplanationProps, ExplanationState};
use crate::event::WidgetEvent;
use glassbox_core::config::{Attrs, ExplanationConfig, ExplanationSource};
use glassbox_core::explanation::{Explanation, ExplanationError};
use glassbox_core::Lang;
use serde::Serialize;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, Element, RequestInit, Response};
use yew::{AppHandle, Callback};

/// A mounted explanation: the app, its current properties (for updates) and its configuration.
pub(super) struct Mounted {
    pub(super) app: AppHandle<View>,
    pub(super) props: ExplanationProps,
    config: ExplanationConfig,
}

/// Reads a JS value (a parsed object) as an explanation, naming the field of the first error.
pub fn from_js(value: &JsValue) -> Result<Explanation, ExplanationError> {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(ExplanationError::not_an_object());
    }
    Explanation::deserialize_from(serde_wasm_bindgen::Deserializer::from(value.clone()))
}

/// Reads JSON text (the `data-explanation` attribute) as an explanation.
pub fn from_text(text: &str) -> Result<Explanation, ExplanationError> {
    let value = js_sys::JSON::parse(text).map_err(|e| {
        ExplanationError::Syntax(
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_default(),
        )
    })?;
    from_js(&value)
}

/// Fetches `url` and reads it; the error says what went wrong for the console.
pub async fn fetch(url: &str, timeout_ms: u32) -> Result<Explanation, String> {
    let window = web_sys::window().ok_or("no window")?;
    let init = RequestInit::new();
    init.set_signal(Some(&AbortSignal::timeout_with_u32(timeout_ms)));
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| {
            let name = js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            if name == "TimeoutError" {
                format!("{url} did not answer within {timeout_ms} ms")
            } else {
                format!("{url} could not be fetched (network error or CORS)")
            }
        })?;
    let response: Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("{url} answered HTTP {}", response.status()));
    }
    let json = response
        .json()
        .map_err(|_| format!("{url}: the body could not be read"))?;
    let value = JsFuture::from(json)
        .await
        .map_err(|_| format!("{url} did not return valid JSON"))?;
    from_js(&value).map_err(|e| format!("{url}: {e}"))
}

/// The `glassbox:human-requested` detail for a review: the decision, and the prepared
/// `glassbox.request/v1` parts (kind, details, context with a snapshot of the explanation shown)
/// that the request form completes with the person's contact and point of view.
pub fn review_detail(
    lang: Lang,
    decision_ref: Option<&str>,
    explanation: Option<&Rc<Explanation>>,
) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let snapshot = explanation
        .and_then(|e| e.serialize(&serializer).ok())
        .unwrap_or(JsValue::NULL);
    let decision = decision_ref.map(JsValue::from_str).unwrap_or(JsValue::NULL);
    let page = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| JsValue::from_str(&h))
        .unwrap_or(JsValue::NULL);
    let details = dom::object(&[(
        "human-review",
        dom::object(&[("decision_ref", decision.clone())]),
    )]);
    let request = dom::object(&[
        ("schema", "glassbox.request/v1".into()),
        ("kinds", js_sys::Array::of1(&"human-review".into()).into()),
        ("lang", lang.tag().into()),
        ("details", details),
        (
            "context",
            dom::object(&[
                ("page", page),
                ("decision_ref", decision.clone()),
                ("explanation", snapshot),
            ]),
        ),
    ]);
    dom::object(&[
        ("source", "explanation".into()),
        ("decision_ref", decision),
        ("request", request),
    ])
}

/// `Glassbox.explain(el, explanation)`: shows `explanation` (a JS object) in the explanation
/// widget on `el`, mounting one if needed; a second call updates it in place.
#[wasm_bindgen]
pub fn explain(el: JsValue, explanation: JsValue) -> bool {
    let Ok(el) = el.dyn_into::<Element>() else {
        dom::error("Glassbox.explain(el, explanation): el must be an Element");
        return false;
    };
    let state = match from_js(&explanation) {
        Ok(e) => ready_state(&el, e),
        Err(e) => {
            web_sys::console::error_2(&JsValue::from_str(&format!("Glassbox: {e}")), &el);
            ExplanationState::Failed
        }
    };
    let lang = {
        let own = dom::data_attrs(&el);
        let attrs = STATE.with_borrow(|s| s.defaults.overridden_by(&own));
        language(attrs.get("data-lang"))
    };
    if !super::lang::is_ready(lang) {
        super::lang::when_ready(lang, move || {
            explain(el.into(), explanation);
        });
        return true;
    }
    let mounted = STATE.with_borrow(|s| {
        s.mounted
            .iter()
            .any(|m| m.host == el && matches!(m.app, App::Explanation(_)))
    });
    if !mounted {
        unmount_element(&el);
        let mut options = Attrs::default();
        options.set("data-glassbox", "explanation");
        if !mount_element(&el, &options) {
            return false;
        }
    }
    set_explanation(&el, state);
    true
}

/// Reports missing required sections to the integrator and wraps the explanation for display.
fn ready_state(el: &Element, explanation: Explanation) -> ExplanationState {
    let missing = explanation.missing();
    if !missing.is_empty() {
        let fields: Vec<String> = missing.iter().map(|s| format!("`{}`", s.field())).collect();
        let msg = format!(
            "Glassbox: the explanation on {} lacks {}; the widget shows \"not provided by\" the controller there",
            dom::describe(el),
            fields.join(", ")
        );
        web_sys::console::error_2(&JsValue::from_str(&msg), el);
    }
    let blank = explanation.incomplete();
    if !blank.is_empty() {
        let fields: Vec<String> = blank.iter().map(|p| format!("`{p}`")).collect();
        let msg = format!(
            "Glassbox: the explanation on {} has empty {}; the widget shows \"not provided by\" the controller there",
            dom::describe(el),
            fields.join(", ")
        );
        web_sys::console::error_2(&JsValue::from_str(&msg), el);
    }
    ExplanationState::Ready(Rc::new(explanation))
}

/// Gives the explanation widget on `el` a new state.
fn set_explanation(el: &Element, state: ExplanationState) {
    STATE.with_borrow_mut(|s| {
        for m in s.mounted.iter_mut().filter(|m| &m.host == el) {
            if let App::Explanation(mounted) = &mut m.app {
                mounted.props.state = state.clone();
                mounted.app.update(mounted.props.clone());
            }
        }
    });
}

/// Loads the explanation from its `data-explanation-src` (again, after "Try again").
fn load(el: Element) {
    let source = STATE.with_borrow(|s| {
        s.mounted
            .iter()
            .find(|m| m.host == el)
            .and_then(|m| match &m.app {
                App::Explanation(mounted) => match &mounted.config.source {
                    ExplanationSource::Url(url) => {
                        Some((url.to_string(), mounted.config.timeout_ms))
                    }
                    _ => None,
                },
                _ => None,
            })
    });
    let Some((url, timeout)) = source else { return };
    set_explanation(&el, ExplanationState::Loading);
    wasm_bindgen_futures::spawn_local(async move {
        let state = match fetch(&url, timeout).await {
            Ok(e) => ready_state(&el, e),
            Err(message) => {
                web_sys::console::error_2(&JsValue::from_str(&format!("Glassbox: {message}")), &el);
                ExplanationState::Failed
            }
        };
        set_explanation(&el, state);
    });
}

/// Mounts the explanation widget on `el`.
pub(super) fn mount(el: &Element, attrs: &Attrs) -> Result<(), JsValue> {
    let parsed = ExplanationConfig::parse(attrs);
    dom::report(&parsed.errors, el);
    let config = parsed.value;
    let lang = language(config.lang.as_deref());
    let state = match &config.source {
        ExplanationSource::Inline(json) => match from_text(json) {
            Ok(e) => ready_state(el, e),
            Err(e) => {
                web_sys::console::error_2(
                    &JsValue::from_str(&format!("Glassbox: data-explanation: {e}")),
                    el,
                );
                ExplanationState::Failed
            }
        },
        ExplanationSource::Url(_) => ExplanationState::Loading,
        ExplanationSource::Api => ExplanationState::Loading,
    };
    let root = dom::mount_point(el, config.theme, lang)?;
    let host = el.clone();
    let retry_host = el.clone();
    // Numbered after the highest now mounted, so that every explanation's name is unique.
    let ordinal = STATE.with_borrow(|s| {
        s.mounted
            .iter()
            .filter_map(|m| match &m.app {
                App::Explanation(x) => Some(x.props.ordinal),
                _ => None,
            })
            .max()
            .unwrap_or(0)
            + 1
    });
    let props = ExplanationProps {
        state,
        lang,
        controller: config.controller.clone(),
        dpo: config.dpo.clone(),
        authority: config.authority.clone(),
        overrides: Rc::new(super::lang::for_element(el)),
        onevent: Callback::from(move |event: WidgetEvent| on_event(&host, event)),
        can_retry: matches!(config.source, ExplanationSource::Url(_)),
        onretry: Callback::from(move |()| load(retry_host.clone())),
        ordinal,
    };
    let app = yew::Renderer::<View>::with_root_and_props(root, props.clone()).render();
    let fetch = matches!(config.source, ExplanationSource::Url(_));
    STATE.with_borrow_mut(|s| {
        s.mounted.push(super::Mounted {
            host: el.clone(),
            app: App::Explanation(Mounted { app, props, config }),
        })
    });
    if fetch {
        load(el.clone());
    }
    Ok(())
}
