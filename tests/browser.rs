//! Browser tests in headless Chromium (wasm-bindgen-test): mounting into a shadow root, the
//! page-wide observer for elements added and removed later, gating, labels and events.
//! Run with `make test-browser`.
#![cfg(target_arch = "wasm32")]

use glassbox::glue;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Document, Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

/// Lets queued microtasks (MutationObserver callbacks) run, then drains Yew's scheduler.
async fn settle() {
    JsFuture::from(js_sys::Promise::resolve(&JsValue::NULL))
        .await
        .expect("resolved");
    yew::scheduler::flush().await;
}

fn element(html: &str) -> Element {
    let holder = document().create_element("div").expect("div");
    holder.set_inner_html(html);
    let el = holder.first_element_child().expect("one element");
    document()
        .body()
        .expect("body")
        .append_child(&el)
        .expect("append");
    el
}

fn shadow_text(el: &Element) -> String {
    el.shadow_root()
        .and_then(|s| s.query_selector(".gb-notice").ok().flatten())
        .and_then(|n| n.text_content())
        .unwrap_or_default()
}

fn start_once() {
    thread_local!(static STARTED: RefCell<bool> = const { RefCell::new(false) });
    if !STARTED.with(|s| s.replace(true)) {
        glue::start(
            JsValue::NULL,
            JsValue::NULL,
            JsValue::NULL,
            JsValue::NULL,
            JsValue::NULL,
        );
        glue::watch();
    }
}

#[wasm_bindgen_test]
async fn a_notice_present_at_start_is_mounted_in_an_open_shadow_root() {
    let el =
        element(r#"<div data-glassbox="notice" data-system="Aria" data-controller="Bank"></div>"#);
    start_once();
    settle().await;
    let shadow = el.shadow_root().expect("shadow root");
    assert_eq!(shadow.mode(), web_sys::ShadowRootMode::Open);
    assert!(shadow_text(&el).contains("You are interacting with Aria, an AI system"));
    // Styles come from a constructable stylesheet, not a <style> element.
    assert_eq!(shadow.adopted_style_sheets().length(), 1);
    assert!(shadow.query_selector("style").expect("query").is_none());
    el.remove();
}

#[wasm_bindgen_test]
async fn elements_added_later_are_mounted_and_removed_ones_unmounted() {
    start_once();
    settle().await;
    let el = element(r#"<div data-glassbox="notice" data-system="Later"></div>"#);
    settle().await;
    assert!(
        shadow_text(&el).contains("Later"),
        "mounted after insertion"
    );

    let nested = element(
        r#"<section><p>chat</p><div data-glassbox="notice" data-variant="badge"></div></section>"#,
    );
    settle().await;
    let inner = nested
        .query_selector("[data-glassbox]")
        .expect("q")
        .expect("inner");
    assert!(
        shadow_text(&inner).contains("an AI system"),
        "nested element mounted"
    );

    el.remove();
    settle().await;
    assert_eq!(shadow_text(&el), "", "unmounted after removal");
    assert!(!glue::unmount(el.clone().into()), "nothing left to unmount");
    nested.remove();
}

#[wasm_bindgen_test]
async fn required_acknowledgement_gates_the_input_until_confirmed() {
    start_once();
    let input = element(r#"<input id="gated-input">"#);
    let seen = Rc::new(RefCell::new(Vec::<String>::new()));
    let listeners = record_events(seen.clone());
    let notice = element(
        r##"<div data-glassbox="notice" data-ack="required" data-input="#gated-input"></div>"##,
    );
    settle().await;
    assert!(
        input.has_attribute("disabled"),
        "disabled before acknowledgement"
    );
    let button: HtmlElement = notice
        .shadow_root()
        .and_then(|s| s.query_selector("button.gb-ack").ok().flatten())
        .expect("acknowledge button")
        .dyn_into()
        .expect("html element");
    button.click();
    settle().await;
    assert!(
        !input.has_attribute("disabled"),
        "enabled after acknowledgement"
    );
    assert!(seen
        .borrow()
        .contains(&"glassbox:notice-acknowledged".to_string()));
    assert!(seen.borrow().contains(&"glassbox:notice-shown".to_string()));
    drop(listeners);
    notice.remove();
    input.remove();
}

#[wasm_bindgen_test]
async fn mark_labels_ai_messages_appended_later_in_the_container() {
    start_once();
    let chat = element(
        r#"<div class="chat"><div data-glassbox="notice" data-mark=".bot"></div><ol class="log"></ol></div>"#,
    );
    settle().await;
    let log = chat.query_selector(".log").expect("q").expect("log");
    let msg = document().create_element("li").expect("li");
    msg.set_class_name("bot");
    msg.set_text_content(Some("Hello"));
    log.append_child(&msg).expect("append");
    settle().await;
    assert_eq!(
        msg.get_attribute("ai-disclosure").as_deref(),
        Some("ai-generated")
    );
    let label = msg
        .query_selector("[data-glassbox-label]")
        .expect("q")
        .and_then(|l| l.shadow_root())
        .and_then(|s| s.query_selector("[role=img]").ok().flatten())
        .expect("visible label");
    assert_eq!(label.text_content().as_deref(), Some("AI"));
    assert_eq!(
        label.get_attribute("aria-label").as_deref(),
        Some("Generated by AI")
    );
    // A message outside the container is left alone.
    let outside = element(r#"<p class="bot">elsewhere</p>"#);
    settle().await;
    assert!(!outside.has_attribute("ai-disclosure"));
    chat.remove();
    outside.remove();
}

#[wasm_bindgen_test]
async fn a_wrong_kind_mounts_nothing_and_throws_nothing() {
    start_once();
    let el = element(r#"<div data-glassbox="popup"></div>"#);
    settle().await;
    assert!(el.shadow_root().is_none());
    assert!(!glue::mount(el.clone().into(), JsValue::NULL));
    el.remove();
}

#[wasm_bindgen_test]
async fn mount_api_applies_options_over_attributes() {
    start_once();
    let el = element(r#"<div id="api-target"></div>"#);
    settle().await;
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"kind".into(), &"notice".into()).expect("set");
    js_sys::Reflect::set(&options, &"system".into(), &"Via API".into()).expect("set");
    js_sys::Reflect::set(&options, &"lang".into(), &"fr".into()).expect("set");
    assert!(glue::mount(el.clone().into(), options.into()));
    settle().await;
    assert!(
        shadow_text(&el).contains("Vous interagissez avec Via API"),
        "{}",
        shadow_text(&el)
    );
    assert!(glue::unmount(el.clone().into()));
    el.remove();
}

#[wasm_bindgen_test]
async fn strings_replace_a_message_in_a_notice_already_shown_and_data_strings_on_one_element() {
    start_once();
    let el = element(
        r#"<div data-glassbox="notice" data-lang="de" data-strings='{"de": {"notice-sentence": "Hier antwortet eine Maschine."}}'></div>"#,
    );
    let other = element(r#"<div data-glassbox="notice" data-lang="de"></div>"#);
    settle().await;
    assert!(
        shadow_text(&el).contains("Hier antwortet eine Maschine."),
        "{}",
        shadow_text(&el)
    );
    assert!(!shadow_text(&other).contains("Hier antwortet eine Maschine."));
    let value = js_sys::JSON::parse(r#"{"de": {"notice-operator-unknown": "Betrieben von uns."}}"#)
        .expect("json");
    glue::strings(value);
    settle().await;
    for host in [&el, &other] {
        assert!(
            shadow_text(host).contains("Betrieben von uns."),
            "{}",
            shadow_text(host)
        );
    }
    // The element's own replacement survives the page-wide update.
    assert!(shadow_text(&el).contains("Hier antwortet eine Maschine."));
    el.remove();
    other.remove();
}

/// Records the names of `glassbox:*` events reaching the document while the listeners live.
fn record_events(seen: Rc<RefCell<Vec<String>>>) -> Vec<gloo_events::EventListener> {
    let doc = document();
    [
        "glassbox:notice-shown",
        "glassbox:notice-acknowledged",
        "glassbox:ready",
    ]
    .into_iter()
    .map(|name| {
        let seen = seen.clone();
        gloo_events::EventListener::new(&doc, name, move |_| {
            seen.borrow_mut().push(name.to_string())
        })
    })
    .collect()
}

#[wasm_bindgen_test]
async fn an_explanation_is_mounted_and_updated_in_place_by_explain() {
    start_once();
    let el = element(
        r#"<div data-glassbox="explanation" data-controller="Bank" data-explanation='{"decision": "Declined.", "factors": [{"label": "Debt", "impact": -1}]}'></div>"#,
    );
    settle().await;
    let text = |el: &Element| {
        el.shadow_root()
            .and_then(|s| s.query_selector(".gb-explanation").ok().flatten())
            .and_then(|n| n.text_content())
            .unwrap_or_default()
    };
    assert!(
        text(&el).contains("The factor that weighed most against you was Debt."),
        "{}",
        text(&el)
    );
    assert!(text(&el).contains("Not provided by Bank."));
    let update = js_sys::JSON::parse(r#"{"decision": "Approved.", "factors": []}"#).expect("json");
    assert!(glue::explain(el.clone().into(), update));
    settle().await;
    assert!(text(&el).contains("Approved."));
    assert!(!text(&el).contains("Declined."));
    assert!(
        !glue::explain(JsValue::NULL, JsValue::NULL),
        "a bad element is refused, not thrown"
    );
    el.remove();
    settle().await;
    assert_eq!(text(&el), "", "unmounted with its element");
}

#[wasm_bindgen_test]
async fn the_request_form_mounts_inline_without_touching_storage() {
    start_once();
    let before = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .map(|s| s.length().unwrap_or(0));
    let el = element(
        r#"<div data-glassbox="rights" data-controller="Bank" data-postal-address="1 Rue Exemple"></div>"#,
    );
    settle().await;
    settle().await;
    let shadow = el.shadow_root().expect("shadow root");
    let text = shadow.text_content().unwrap_or_default();
    assert!(
        text.contains("Exercise your data protection rights"),
        "{text}"
    );
    assert!(text.contains("By post: 1 Rue Exemple"));
    assert!(shadow
        .query_selector("#gb-kind-access")
        .expect("query")
        .is_some());
    let after = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .map(|s| s.length().unwrap_or(0));
    assert_eq!(before, after, "no storage write before the person sends");
    el.remove();
    settle().await;
}

#[wasm_bindgen_test]
async fn open_request_shows_a_modal_dialog_that_closes_and_cleans_up() {
    start_once();
    assert!(glue::open_request(
        JsValue::from_str("portability"),
        JsValue::NULL
    ));
    settle().await;
    let host = document()
        .query_selector("[data-glassbox-dialog]")
        .expect("query")
        .expect("dialog host");
    let shadow = host.shadow_root().expect("shadow root");
    let dialog = shadow
        .query_selector("dialog")
        .expect("query")
        .expect("dialog");
    assert!(dialog.has_attribute("open"), "shown with showModal");
    let checked = shadow
        .query_selector("#gb-kind-portability:checked")
        .expect("query");
    assert!(checked.is_some(), "the kind asked for is chosen");
    assert!(!glue::open_request(
        JsValue::from_str("teleport"),
        JsValue::NULL
    ));
    let close: js_sys::Function = js_sys::Reflect::get(&dialog, &"close".into())
        .expect("close")
        .dyn_into()
        .expect("function");
    let closed = js_sys::Promise::new(&mut |resolve, _| {
        dialog
            .add_event_listener_with_callback("close", &resolve)
            .expect("listener");
    });
    close.call0(&dialog).expect("closed");
    // The close event (a task, not a microtask), then the deferred clean-up.
    JsFuture::from(closed).await.expect("close event");
    settle().await;
    settle().await;
    assert!(!host.is_connected(), "the dialog's host is removed");
}
