//! Small, fallible helpers over the host page's DOM. Nothing here panics: a missing API or a
//! refusing browser gives `None`/`Err`, and the caller decides what the person still sees.

use glassbox_core::config::{Attrs, ConfigError, Theme};
use glassbox_core::Lang;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, CustomEvent, CustomEventInit, Document, Element, ShadowRoot};

// The notice module's stylesheet: given by the loader at `start`, which carries it to show the
// notice before the wasm (loader/stamp.js), so a page downloads it once.
#[cfg(not(feature = "explanation"))]
thread_local! {
    static GIVEN_CSS: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Sets the notice module's stylesheet (see `GIVEN_CSS`); the other module has its own.
pub fn set_css(css: String) {
    #[cfg(not(feature = "explanation"))]
    GIVEN_CSS.set(css);
    #[cfg(feature = "explanation")]
    drop(css);
}

/// Calls `f` with the stylesheet's text.
#[cfg(not(feature = "explanation"))]
fn with_css<R>(f: impl FnOnce(&str) -> R) -> R {
    GIVEN_CSS.with_borrow(|css| f(css))
}

/// With the explanation and the request form, their styles too, compiled in (without comments
/// and spare whitespace: see `build.rs`): only that module carries them.
#[cfg(feature = "explanation")]
fn with_css<R>(f: impl FnOnce(&str) -> R) -> R {
    f(concat!(
        include_str!(concat!(env!("OUT_DIR"), "/glassbox.css")),
        include_str!(concat!(env!("OUT_DIR"), "/explanation.css")),
        include_str!(concat!(env!("OUT_DIR"), "/rights.css"))
    ))
}

thread_local! {
    /// One constructable stylesheet shared by every shadow root of the page.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// The page's document.
pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// The element's `data-*` attributes.
pub fn data_attrs(el: &Element) -> Attrs {
    let map = el.attributes();
    Attrs::from_pairs(
        (0..map.length())
            .filter_map(|i| map.item(i))
            .map(|a| (a.name(), a.value()))
            .filter(|(n, _)| n.starts_with("data-")),
    )
}

/// Attributes from a JS options object: `{ system: "Aria", humanContact: "event" }` gives
/// `data-system` and `data-human-contact`; `kind` is `data-glassbox`. Non-text values are
/// converted the way an attribute would hold them.
pub fn option_attrs(options: &JsValue) -> Attrs {
    if !options.is_object() {
        return Attrs::default();
    }
    let entries = js_sys::Object::entries(options.unchecked_ref());
    Attrs::from_pairs(entries.iter().filter_map(|pair| {
        let pair: js_sys::Array = pair.dyn_into().ok()?;
        let key = pair.get(0).as_string()?;
        let value = pair.get(1);
        let value = value
            .as_string()
            .or_else(|| value.as_bool().map(|b| b.to_string()))
            .or_else(|| {
                value
                    .dyn_ref::<js_sys::Number>()
                    .and_then(|n| n.to_string_with_radix(10).ok())
                    .map(String::from)
            })?;
        Some((attribute_name(&key), value))
    }))
}

/// The inverse of [`option_attrs`]: a JS object with one property per attribute.
#[cfg_attr(feature = "explanation", allow(dead_code))]
pub fn attrs_object(attrs: &Attrs) -> JsValue {
    let obj = js_sys::Object::new();
    for name in attrs.names() {
        let value = attrs.get(name).unwrap_or_default();
        let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(name), &JsValue::from_str(value));
    }
    obj.into()
}

fn attribute_name(key: &str) -> String {
    if key.starts_with("data-") {
        return key.to_string();
    }
    if key == "kind" {
        return "data-glassbox".into();
    }
    let mut name = String::from("data-");
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            name.push('-');
            name.push(c.to_ascii_lowercase());
        } else {
            name.push(c);
        }
    }
    name
}

/// A short description of an element for console messages: `<div data-glassbox="notice">`.
pub fn describe(el: &Element) -> String {
    let kind = el.get_attribute("data-glassbox").unwrap_or_default();
    format!(
        "<{} data-glassbox=\"{kind}\">",
        el.tag_name().to_ascii_lowercase()
    )
}

/// Reports configuration mistakes: errors with `console.error`, warnings with `console.warn`,
/// each naming the element so the browser's console links to it.
pub fn report(errors: &[ConfigError], el: &Element) {
    for e in errors {
        let msg = JsValue::from_str(&format!("Glassbox: {} — on {}", e, describe(el)));
        if e.is_warning() {
            web_sys::console::warn_2(&msg, el);
        } else {
            web_sys::console::error_2(&msg, el);
        }
    }
}

/// Logs one error that is not about an attribute.
pub fn error(text: &str) {
    web_sys::console::error_1(&JsValue::from_str(&format!("Glassbox: {text}")));
}

/// Whether the browser accepts `selector`.
pub fn valid_selector(selector: &str) -> bool {
    document().is_some_and(|d| d.query_selector(selector).is_ok())
}

/// Every element in `root` (inclusive) matching `selector`.
pub fn matching(root: &Element, selector: &str) -> Vec<Element> {
    let mut found = Vec::new();
    if root.matches(selector).unwrap_or(false) {
        found.push(root.clone());
    }
    if let Ok(list) = root.query_selector_all(selector) {
        found.extend(
            (0..list.length())
                .filter_map(|i| list.item(i))
                .filter_map(|n| n.dyn_into::<Element>().ok()),
        );
    }
    found
}

/// The person's languages as the page and browser state them.
pub fn page_languages() -> (Option<String>, Vec<String>) {
    let page = document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"));
    let browser = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|a| a.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    (page, browser)
}

fn stylesheet() -> Option<CssStyleSheet> {
    SHEET.with_borrow_mut(|slot| {
        if slot.is_none() {
            let sheet = CssStyleSheet::new().ok()?;
            with_css(|css| sheet.replace_sync(css)).ok()?;
            *slot = Some(sheet);
        }
        slot.clone()
    })
}

/// Gives `host` an open shadow root (reusing one it has) styled by the widget's stylesheet,
/// empties it, and returns a fresh `div` inside it to render into. Elements that cannot hold a
/// shadow root get a `span` child that does.
pub fn mount_point(host: &Element, theme: Theme, lang: Lang) -> Result<Element, JsValue> {
    let doc = document().ok_or_else(|| JsValue::from_str("no document"))?;
    let shadow = shadow_of(host, &doc)?;
    while let Some(child) = shadow.first_child() {
        shadow.remove_child(&child)?;
    }
    match stylesheet() {
        Some(sheet) => shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet)),
        None => {
            // Browsers without constructable stylesheets: a <style> element instead.
            let style = doc.create_element("style")?;
            with_css(|css| style.set_text_content(Some(css)));
            shadow.append_child(&style)?;
        }
    }
    let root = doc.create_element("div")?;
    root.set_class_name(&format!("gb-root gb-theme-{}", theme.as_str()));
    root.set_attribute("lang", lang.tag())?;
    shadow.append_child(&root)?;
    Ok(root)
}

fn shadow_of(host: &Element, doc: &Document) -> Result<ShadowRoot, JsValue> {
    if let Some(existing) = host.shadow_root() {
        return Ok(existing);
    }
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    match host.attach_shadow(&init) {
        Ok(shadow) => Ok(shadow),
        Err(_) => {
            let holder = doc.create_element("span")?;
            holder.set_attribute("data-glassbox-holder", "")?;
            host.append_child(&holder)?;
            holder.attach_shadow(&init)
        }
    }
}

/// Dispatches a bubbling `CustomEvent` named `name` on `target` with `detail`.
pub fn dispatch(target: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        // A host listener that throws must not stop the widget.
        let _ = target.dispatch_event(&event);
    }
}

/// A plain JS object from string pairs, for event details.
pub fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let obj = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(k), v);
    }
    obj.into()
}
