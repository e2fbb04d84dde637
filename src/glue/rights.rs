//! Data-subject requests in the page: mounting the form (inline for `data-glassbox="rights"`, or
//! as a modal `<dialog>` for the notice's "Your rights", the explanation's "Request human
//! review" and `Glassbox.openRequest`), and delivering what the person sends exactly once.
//!
//! Delivery: `POST` the `glassbox.request/v1` JSON with `Idempotency-Key: <id>`. A network
//! failure, a timeout or a 5xx puts it in the outbox (`localStorage`, the widget's only storage
//! write, made because the person pressed "send") and it is retried with backoff while the page
//! is open and by [`flush_outbox`] on the next load; it leaves the outbox only when the receiver
//! acknowledged it. The id never changes, so retries, double clicks and other tabs are one
//! request to the receiver.

use super::{dom, language, unmount_element, App, STATE};
use crate::components::{Delivery, RightsForm, RightsFormProps};
use glassbox_core::config::{Attrs, RightsConfig};
use glassbox_core::explanation::Explanation;
use glassbox_core::request::{Context, Kind, Request};
use glassbox_core::rights::{
    mailto, receipt_text, retry_delay_ms, uuid_v4, Field, Form, Outbox, Receipt, Rejection,
    OUTBOX_KEY,
};
use glassbox_core::Lang;
use gloo_events::EventListener;
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, Element, HtmlElement, RequestInit, Response};
use yew::{AppHandle, Callback};

/// How long one attempt may take before it counts as a network failure.
const TIMEOUT_MS: u32 = 15_000;

thread_local! {
    /// Ids being sent or retried by this page, so a double click or a second trigger does not
    /// start a second delivery.
    static IN_FLIGHT: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

/// A mounted request form.
pub(super) struct Mounted {
    pub(super) app: AppHandle<RightsForm>,
    pub(super) props: RightsFormProps,
    /// The request id of this form, chosen at mount (`crypto.randomUUID()`).
    id: String,
    /// The modal around it, with its `close` listener and the element to give focus back to.
    _dialog: Option<(EventListener, Option<HtmlElement>)>,
}

/// The outcome of one attempt.
enum Outcome {
    Acknowledged(Receipt),
    Rejected(Rejection),
    Failed(u16),
    Retry,
}

/// The request id: `crypto.randomUUID()`, or where it is missing (a page on plain http) a v4
/// UUID from `crypto.getRandomValues`. Never `Math.random`: the id is the request's idempotency
/// key and must not be predictable. `None` only in a browser without `crypto` at all.
fn random_uuid() -> Option<String> {
    let crypto = js_sys::Reflect::get(&js_sys::global(), &"crypto".into()).ok()?;
    let method = |name: &str| -> Option<js_sys::Function> {
        js_sys::Reflect::get(&crypto, &name.into())
            .ok()?
            .dyn_into()
            .ok()
    };
    if let Some(id) = method("randomUUID").and_then(|f| f.call0(&crypto).ok()?.as_string()) {
        return Some(id);
    }
    let array = js_sys::Uint8Array::new_with_length(16);
    method("getRandomValues")?.call1(&crypto, &array).ok()?;
    let mut bytes = [0u8; 16];
    array.copy_to(&mut bytes);
    Some(uuid_v4(bytes))
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// The page's address without query or fragment (core strips them again in `to_request`).
fn page_url() -> Option<String> {
    let location = web_sys::window()?.location();
    Some(format!(
        "{}{}",
        location.origin().ok()?,
        location.pathname().ok()?
    ))
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn to_js<T: serde::Serialize + ?Sized>(value: &T) -> Option<JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .ok()
}

/// JSON text through the browser's `JSON.stringify`: no JSON writer of our own in the wasm.
fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> Option<String> {
    js_sys::JSON::stringify(&to_js(value)?).ok()?.as_string()
}

/// The stored outbox, without entries older than 7 days (removed from storage here, with a
/// console warning: the person is not on this page to be told, and a week-old request is
/// better written again than delivered late).
fn read_outbox() -> Outbox {
    let text = storage().and_then(|s| s.get_item(OUTBOX_KEY).ok().flatten());
    // JSON through the browser's parser: no JSON parser of our own in the wasm.
    let mut outbox: Outbox = text
        .and_then(|t| js_sys::JSON::parse(&t).ok())
        .and_then(|v| serde_wasm_bindgen::from_value(v).ok())
        .unwrap_or_default();
    let (expired, changed) = outbox.expire(now_ms());
    if !expired.is_empty() {
        web_sys::console::warn_1(&JsValue::from_str(&format!(
            "Glassbox: {} request(s) waited more than 7 days in the outbox without reaching the endpoint and were removed from this browser",
            expired.len()
        )));
    }
    if changed {
        write_outbox(&outbox);
    }
    outbox
}

fn write_outbox(outbox: &Outbox) {
    let Some(s) = storage() else {
        return dom::error(
            "browser storage is unavailable; a queued request is kept only while this page is open",
        );
    };
    let result = if outbox.requests.is_empty() {
        s.remove_item(OUTBOX_KEY)
    } else {
        match to_json(outbox) {
            Some(text) => s.set_item(OUTBOX_KEY, &text),
            None => Err(JsValue::NULL),
        }
    };
    if result.is_err() {
        dom::error("could not write the outbox to browser storage");
    }
}

/// Removes `id` from the stored outbox; writes only when it was there.
fn outbox_remove(id: &str) {
    let mut outbox = read_outbox();
    if outbox.remove(id) {
        write_outbox(&outbox);
    }
}

/// Queues `request`; `false` when the outbox is full (it is then not queued, and the caller
/// tells the person it was not sent).
fn outbox_add(endpoint: &str, request: &Request) -> bool {
    let mut outbox = read_outbox();
    match outbox.add(endpoint, request, now_ms()) {
        Ok(()) => {
            write_outbox(&outbox);
            true
        }
        Err(e) => {
            dom::error(&format!("{e}; this request was not queued"));
            false
        }
    }
}

fn kinds_array(kinds: &[Kind]) -> JsValue {
    kinds
        .iter()
        .map(|k| JsValue::from_str(k.as_str()))
        .collect::<js_sys::Array>()
        .into()
}

/// Dispatches `glassbox:request-*` with the reference and kinds only (no personal data).
fn announce(target: &Element, name: &str, reference: Option<&str>, kinds: &[Kind]) {
    let reference = reference.map(JsValue::from_str).unwrap_or(JsValue::NULL);
    dom::dispatch(
        target,
        name,
        &dom::object(&[("reference", reference), ("kinds", kinds_array(kinds))]),
    );
}

/// One `POST`.
async fn post(endpoint: &str, request: &Request) -> Outcome {
    let Some(body) = to_json(request) else {
        return Outcome::Failed(0);
    };
    let Some(window) = web_sys::window() else {
        return Outcome::Retry;
    };
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(&body));
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_signal(Some(&AbortSignal::timeout_with_u32(TIMEOUT_MS)));
    let Ok(headers) = web_sys::Headers::new() else {
        return Outcome::Retry;
    };
    let _ = headers.set("Content-Type", "application/json");
    let _ = headers.set("Idempotency-Key", &request.id);
    init.set_headers(&headers);
    let Ok(response) = JsFuture::from(window.fetch_with_str_and_init(endpoint, &init)).await else {
        return Outcome::Retry;
    };
    let Ok(response) = response.dyn_into::<Response>() else {
        return Outcome::Retry;
    };
    let status = response.status();
    let json = async {
        let promise = response.json().ok()?;
        JsFuture::from(promise).await.ok()
    };
    match status {
        200..=299 => match json
            .await
            .and_then(|v| serde_wasm_bindgen::from_value(v).ok())
        {
            Some(receipt) => {
                let (receipt, problem) = Receipt::checked(receipt);
                if let Some(problem) = problem {
                    dom::error(&problem);
                }
                Outcome::Acknowledged(receipt)
            }
            None => Outcome::Failed(status),
        },
        422 => Outcome::Rejected(
            json.await
                .and_then(|v| serde_wasm_bindgen::from_value(v).ok())
                .unwrap_or(Rejection { fields: Vec::new() }),
        ),
        408 | 425 | 429 | 500..=599 => Outcome::Retry,
        _ => Outcome::Failed(status),
    }
}

/// The mounted form with request `id`, if it is still on the page.
fn host_of(id: &str) -> Option<Element> {
    STATE.with_borrow(|s| {
        s.mounted.iter().find_map(|m| match &m.app {
            App::Rights(r) if r.id == id => Some(m.host.clone()),
            _ => None,
        })
    })
}

fn set_delivery(host: &Element, delivery: Delivery) {
    STATE.with_borrow_mut(|s| {
        for m in s.mounted.iter_mut().filter(|m| &m.host == host) {
            if let App::Rights(r) = &mut m.app {
                r.props.delivery = delivery.clone();
                r.app.update(r.props.clone());
            }
        }
    });
}

fn event_target(id: &str) -> Option<Element> {
    host_of(id).or_else(|| dom::document()?.document_element())
}

/// Applies a final outcome: the outbox, the form, the event. Returns false for "retry".
fn settle(request: &Request, outcome: Outcome, lang: Lang, controller: Option<&str>) -> bool {
    let id = request.id.as_str();
    let host = host_of(id);
    let target = event_target(id);
    match outcome {
        Outcome::Retry => return false,
        Outcome::Acknowledged(receipt) => {
            outbox_remove(id);
            let text = receipt_text(lang, request, &receipt, controller, &Default::default());
            if let Some(t) = &target {
                announce(
                    t,
                    "glassbox:request-submitted",
                    Some(&receipt.reference),
                    &request.kinds,
                );
            }
            if let Some(h) = &host {
                set_delivery(
                    h,
                    Delivery::Acknowledged {
                        receipt: Rc::new(receipt),
                        receipt_text: text.into(),
                    },
                );
            }
        }
        Outcome::Rejected(rejection) => {
            outbox_remove(id);
            if let Some(t) = &target {
                announce(t, "glassbox:request-failed", None, &request.kinds);
            }
            if let Some(h) = &host {
                set_delivery(h, Delivery::Rejected(Rc::new(rejection.fields)));
            }
        }
        Outcome::Failed(status) => {
            outbox_remove(id);
            dom::error(&format!(
                "the request endpoint answered HTTP {status}; the request was not accepted"
            ));
            if let Some(t) = &target {
                announce(t, "glassbox:request-failed", None, &request.kinds);
            }
            if let Some(h) = &host {
                set_delivery(h, Delivery::Failed);
            }
        }
    }
    IN_FLIGHT.with_borrow_mut(|f| f.remove(id));
    true
}

/// Waits `ms` milliseconds, or until the browser says it is back online.
async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
            let add = js_sys::Reflect::get(&w, &"addEventListener".into())
                .ok()
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
            if let Some(add) = add {
                let once = dom::object(&[("once", JsValue::TRUE)]);
                let _ = add.call3(&w, &"online".into(), &resolve, &once);
            }
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Retries a queued request with backoff until the receiver settles it, or another tab did.
async fn retry(endpoint: String, request: Request, lang: Lang, controller: Option<String>) {
    for attempt in 0u32.. {
        sleep(retry_delay_ms(attempt)).await;
        let waiting = read_outbox()
            .requests
            .iter()
            .any(|e| e.request.id == request.id);
        if !waiting && host_of(&request.id).is_none() {
            // Delivered by another tab and no form here waits for the answer.
            IN_FLIGHT.with_borrow_mut(|f| f.remove(&request.id));
            return;
        }
        // Still waiting, or delivered by another tab while this page's form shows "queued": the
        // same id again gets the receiver's first acknowledgement, never a second request.
        let outcome = post(&endpoint, &request).await;
        if settle(&request, outcome, lang, controller.as_deref()) {
            return;
        }
    }
}

/// Sends a new request from the form on `host`.
fn send(host: &Element, form: Form) {
    let found = STATE.with_borrow(|s| {
        s.mounted.iter().find_map(|m| match &m.app {
            App::Rights(r) if &m.host == host => Some((r.id.clone(), r.props.clone())),
            _ => None,
        })
    });
    let Some((id, props)) = found else { return };
    if id.is_empty() {
        dom::error("this browser has no cryptographic random generator (crypto.getRandomValues); the request cannot be given a safe id and was not sent");
        set_delivery(host, Delivery::Failed);
        return;
    }
    let config = props.config.clone();
    let lang = props.lang;
    let request = form.to_request(&id, &now(), lang);
    match (&config.endpoint, &config.contact) {
        (Some(endpoint), _) => {
            let fresh = IN_FLIGHT.with_borrow_mut(|f| f.insert(id.clone()));
            if !fresh {
                return;
            }
            set_delivery(host, Delivery::Sending);
            let endpoint = endpoint.to_string();
            let controller = config.controller.clone();
            let host = host.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = post(&endpoint, &request).await;
                if !settle(&request, outcome, lang, controller.as_deref()) {
                    if !outbox_add(&endpoint, &request) {
                        IN_FLIGHT.with_borrow_mut(|f| f.remove(&request.id));
                        set_delivery(&host, Delivery::Failed);
                        announce(&host, "glassbox:request-failed", None, &request.kinds);
                        return;
                    }
                    set_delivery(&host, Delivery::Queued);
                    announce(&host, "glassbox:request-queued", None, &request.kinds);
                    retry(endpoint, request, lang, controller).await;
                }
            });
        }
        (None, Some(contact)) => {
            let href = mailto(contact, &request, lang, &props.overrides);
            set_delivery(host, Delivery::Mailto(href.into()));
        }
        (None, None) => {
            web_sys::console::error_2(
                &JsValue::from_str("Glassbox: this request form has neither data-endpoint nor data-contact; the request cannot be sent"),
                host,
            );
            set_delivery(host, Delivery::NoChannel);
        }
    }
}

/// `flush_outbox()`: retries every request a previous page left in the outbox. The loader calls
/// it on load when the outbox is not empty.
#[wasm_bindgen]
pub fn flush_outbox() {
    for entry in read_outbox().requests {
        let fresh = IN_FLIGHT.with_borrow_mut(|f| f.insert(entry.request.id.clone()));
        if !fresh {
            continue;
        }
        let lang = entry
            .request
            .lang
            .as_deref()
            .and_then(Lang::from_tag)
            .unwrap_or(Lang::En);
        let controller = STATE.with_borrow(|s| s.defaults.get("data-controller").map(String::from));
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = post(&entry.endpoint, &entry.request).await;
            if !settle(&entry.request, outcome, lang, controller.as_deref()) {
                retry(entry.endpoint, entry.request, lang, controller).await;
            }
        });
    }
}

fn render(
    el: &Element,
    root: Element,
    config: RightsConfig,
    lang: Lang,
    initial: Form,
    onclose: Option<Callback<()>>,
    dialog: Option<(EventListener, Option<HtmlElement>)>,
) {
    let host = el.clone();
    let delivery = if config.endpoint.is_none() && config.contact.is_none() {
        Delivery::NoChannel
    } else {
        Delivery::Idle
    };
    // Numbered after the highest now mounted, so that every form's name is unique.
    let ordinal = STATE.with_borrow(|s| {
        s.mounted
            .iter()
            .filter_map(|m| match &m.app {
                App::Rights(x) => Some(x.props.ordinal),
                _ => None,
            })
            .max()
            .unwrap_or(0)
            + 1
    });
    let props = RightsFormProps {
        config: Rc::new(config),
        lang,
        overrides: Rc::new(super::lang::for_element(el)),
        initial: Rc::new(initial),
        delivery,
        onsubmit: Callback::from(move |form: Form| send(&host, form)),
        onclose,
        title_id: "gb-rights-title".into(),
        ordinal,
    };
    let app = yew::Renderer::<RightsForm>::with_root_and_props(root, props.clone()).render();
    STATE.with_borrow_mut(|s| {
        s.mounted.push(super::Mounted {
            host: el.clone(),
            app: App::Rights(Mounted {
                app,
                props,
                // Empty only without `crypto`: `send` then refuses, naming why.
                id: random_uuid().unwrap_or_default(),
                _dialog: dialog,
            }),
        })
    });
}

fn parse(attrs: &Attrs, el: Option<&Element>) -> RightsConfig {
    let parsed = RightsConfig::parse(attrs);
    match el {
        Some(el) => dom::report(&parsed.errors, el),
        None => {
            for e in &parsed.errors {
                let msg = JsValue::from_str(&format!("Glassbox: {e} — on the request dialog"));
                if e.is_warning() {
                    web_sys::console::warn_1(&msg);
                } else {
                    web_sys::console::error_1(&msg);
                }
            }
        }
    }
    parsed.value
}

/// The inline request form on `el` with new attributes, in place: what was typed stays.
pub(super) fn update(el: &Element, attrs: &Attrs, lang: Lang) -> Result<(), JsValue> {
    let config = parse(attrs, Some(el));
    super::restyle(el, config.theme, lang);
    let channel = config.endpoint.is_some() || config.contact.is_some();
    let overrides = Rc::new(super::lang::for_element(el));
    STATE.with_borrow_mut(|s| {
        for m in s.mounted.iter_mut().filter(|m| &m.host == el) {
            if let App::Rights(mounted) = &mut m.app {
                let props = &mut mounted.props;
                match (&props.delivery, channel) {
                    (Delivery::NoChannel, true) => props.delivery = Delivery::Idle,
                    (Delivery::Idle, false) => props.delivery = Delivery::NoChannel,
                    _ => {}
                }
                props.config = Rc::new(config.clone());
                props.lang = lang;
                props.overrides = overrides.clone();
                mounted.app.update(props.clone());
            }
        }
    });
    Ok(())
}

/// Mounts the request form inline on `el` (`data-glassbox="rights"`).
pub(super) fn mount(el: &Element, attrs: &Attrs) -> Result<(), JsValue> {
    let config = parse(attrs, Some(el));
    let lang = language(config.lang.as_deref());
    let root = dom::mount_point(el, config.theme, lang)?;
    let initial = Form {
        context: Context {
            page: page_url(),
            ..Context::default()
        },
        ..Form::default()
    };
    render(el, root, config, lang, initial, None, None);
    Ok(())
}

/// The element that has focus, looking into open shadow roots.
fn focused() -> Option<HtmlElement> {
    let mut el = dom::document()?.active_element()?;
    while let Some(inner) = el.shadow_root().and_then(|r| r.active_element()) {
        el = inner;
    }
    el.dyn_into().ok()
}

fn call(target: &JsValue, method: &str) -> Result<(), JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(target, &method.into())?.dyn_into()?;
    f.call0(target).map(|_| ())
}

/// Opens the request form as a modal dialog, with `kind` chosen (and offered even when
/// `data-rights` does not list it) and `initial` filled in. Focus returns to the opener on close.
pub fn open_dialog(kind: Option<Kind>, mut initial: Form) -> Result<(), JsValue> {
    let doc = dom::document().ok_or_else(|| JsValue::from_str("no document"))?;
    let body = doc.body().ok_or_else(|| JsValue::from_str("no body"))?;
    let attrs = STATE.with_borrow(|s| s.defaults.clone());
    let mut config = parse(&attrs, None);
    if let Some(kind) = kind {
        if !config.kinds.contains(&kind) {
            config.kinds.insert(0, kind);
        }
        initial.toggle(kind, true, &config.kinds);
    }
    if initial.context.page.is_none() {
        initial.context.page = page_url();
    }
    let lang = language(config.lang.as_deref());
    if !super::lang::is_ready(lang) {
        super::lang::when_ready(lang, move || {
            if let Err(e) = open_dialog(kind, initial) {
                web_sys::console::error_2(
                    &JsValue::from_str("Glassbox: could not open the request form"),
                    &e,
                );
            }
        });
        return Ok(());
    }
    let opener = focused();

    let host = doc.create_element("div")?;
    host.set_attribute("data-glassbox-dialog", "")?;
    body.append_child(&host)?;
    let root = dom::mount_point(&host, config.theme, lang)?;
    let dialog = doc.create_element("dialog")?;
    dialog.set_class_name("gb-dialog");
    dialog.set_attribute("aria-labelledby", "gb-rights-title")?;
    root.append_child(&dialog)?;
    let inner = doc.create_element("div")?;
    dialog.append_child(&inner)?;

    let on_close = {
        let (host, opener) = (host.clone(), opener.clone());
        EventListener::new(&dialog, "close", move |_| {
            let (host, opener) = (host.clone(), opener.clone());
            // After this listener returns: unmounting drops it.
            wasm_bindgen_futures::spawn_local(async move {
                unmount_element(&host);
                host.remove();
                if let Some(el) = opener {
                    let _ = el.focus();
                }
            });
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |()| {
            let _ = call(&dialog, "close");
        })
    };
    render(
        &host,
        inner,
        config,
        lang,
        initial,
        Some(close),
        Some((on_close, opener)),
    );
    call(&dialog, "showModal")?;
    // showModal focuses the first focusable element: the first right, or the close button.
    Ok(())
}

/// The form for a human review of a decision, prefilled from the explanation shown.
pub fn open_review(decision_ref: Option<&str>, explanation: Option<&Rc<Explanation>>) {
    let mut form = Form::default();
    if let Some(r) = decision_ref {
        form.set(Field::ReviewDecision, r);
    }
    form.context.decision_ref = decision_ref.map(String::from);
    form.context.explanation = explanation
        .and_then(|e| to_js(&**e))
        .and_then(|v| serde_wasm_bindgen::from_value(v).ok());
    if let Err(e) = open_dialog(Some(Kind::HumanReview), form) {
        web_sys::console::error_2(
            &JsValue::from_str("Glassbox: could not open the request form"),
            &e,
        );
    }
}

fn text_of(obj: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(obj, &key.into())
        .ok()?
        .as_string()
        .filter(|s| !s.trim().is_empty())
}

/// `Glassbox.openRequest(kind, prefill)`: opens the request form as a dialog. `kind` is a right
/// (`"access"`, …, `"human-review"`) or nothing; `prefill` may hold `email`, `name`,
/// `decision_ref`, `point_of_view` and `explanation` (a `glassbox.explanation/v1` object).
#[wasm_bindgen]
pub fn open_request(kind: JsValue, prefill: JsValue) -> bool {
    let kind = match kind.as_string() {
        None => None,
        Some(k) => match Kind::from_wire(&k) {
            Some(k) => Some(k),
            None => {
                dom::error(&format!("Glassbox.openRequest(kind): \"{k}\" is not a right (expected access, rectification, erasure, objection, restriction, portability or human-review)"));
                return false;
            }
        },
    };
    let mut form = Form::default();
    if prefill.is_object() {
        for (key, field) in [
            ("email", Field::Email),
            ("name", Field::Name),
            ("decision_ref", Field::ReviewDecision),
            ("point_of_view", Field::ReviewView),
        ] {
            if let Some(v) = text_of(&prefill, key) {
                form.set(field, v);
            }
        }
        form.context.decision_ref = text_of(&prefill, "decision_ref");
        form.context.explanation = js_sys::Reflect::get(&prefill, &"explanation".into())
            .ok()
            .filter(|v| v.is_object())
            .and_then(|v| serde_wasm_bindgen::from_value(v).ok());
    }
    match open_dialog(kind, form) {
        Ok(()) => true,
        Err(e) => {
            web_sys::console::error_2(
                &JsValue::from_str("Glassbox: could not open the request form"),
                &e,
            );
            false
        }
    }
}
