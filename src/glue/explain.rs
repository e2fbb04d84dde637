//! Getting an explanation into the widget: inline JSON, a URL fetched with a timeout, or a
//! JS object from `Glassbox.explain`; and the review request's event detail.

use super::dom;
use glassbox_core::explanation::{Explanation, ExplanationError};
use glassbox_core::Lang;
use serde::Serialize;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, RequestInit, Response};

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
pub fn review_detail(lang: Lang, decision_ref: Option<&str>, explanation: Option<&Rc<Explanation>>) -> JsValue {
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
