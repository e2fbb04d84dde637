//! The browser glue: finds every `[data-glassbox]` element (also those added later, through one
//! MutationObserver for the page), mounts the right component in a shadow root, turns component
//! events into DOM events, gates the host's input until the notice is acknowledged, and exports
//! the functions behind `window.Glassbox`.
//!
//! Nothing here may throw into the host page or panic: every browser call is fallible and a
//! failure is logged to the console while the other widgets keep working.

mod dom;
#[cfg(feature = "explanation")]
mod explain;
mod lang;
#[cfg(feature = "explanation")]
pub use explain::explain;
mod mark;
#[cfg(feature = "explanation")]
mod rights;

#[cfg(feature = "explanation")]
pub use rights::{flush_outbox, open_request};

use crate::components::{Notice, NoticeProps};
use crate::event::WidgetEvent;
use glassbox_core::config::{AiContentConfig, Attrs, ConfigError, NoticeConfig, WidgetKind};
use glassbox_core::i18n::{negotiate, Overrides};
use glassbox_core::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, MutationObserver, MutationObserverInit, MutationRecord};
use yew::{AppHandle, Callback};

type ObserverCallback = Closure<dyn FnMut(js_sys::Array, MutationObserver)>;

/// A mounted Yew app.
enum App {
    Notice(AppHandle<Notice>, NoticeProps),
    #[cfg(feature = "explanation")]
    Explanation(explain::Mounted),
    #[cfg(feature = "explanation")]
    Rights(rights::Mounted),
    /// Mounted by the other wasm module of the split build (see [`start`]).
    Delegated,
}

impl App {
    fn destroy(self, host: &Element) {
        match self {
            App::Notice(app, _) => app.destroy(),
            #[cfg(feature = "explanation")]
            App::Explanation(mounted) => mounted.app.destroy(),
            #[cfg(feature = "explanation")]
            App::Rights(mounted) => mounted.app.destroy(),
            App::Delegated => delegate(host, &JsValue::NULL, false),
        }
    }
}

/// A mounted widget.
struct Mounted {
    host: Element,
    app: App,
}

/// Host inputs disabled until a notice is acknowledged.
struct Gate {
    notice: Element,
    selector: String,
    disabled: Vec<Element>,
}

/// AI messages to label inside a notice's container, as they appear.
struct MarkRule {
    notice: Element,
    container: Element,
    selector: String,
    config: AiContentConfig,
    lang: Lang,
}

#[derive(Default)]
struct State {
    defaults: Attrs,
    /// `delegate(el, options, mount)`: mounts or unmounts what this build does not contain.
    delegate: Option<js_sys::Function>,
    /// `open(kind, prefill)`: opens the request dialog in the other module (the notice's
    /// "Your rights").
    open_request: Option<js_sys::Function>,
    mounted: Vec<Mounted>,
    /// Elements waiting for their language to arrive before they mount.
    waiting: Vec<Element>,
    gates: Vec<Gate>,
    marks: Vec<MarkRule>,
    observer: Option<(MutationObserver, ObserverCallback)>,
    /// Watches the page's `lang` (a single-page app switching language).
    lang_observer: Option<(MutationObserver, ObserverCallback)>,
    /// The `data-lang` each widget was mounted with (its own or the options'), to tell the
    /// widgets that follow the page from those given a language.
    requested: Vec<(Element, Option<String>)>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Starts Glassbox on the page: `script` is the `<script>` tag whose `data-*` attributes are
/// the page-wide defaults. Mounts every `[data-glassbox]` element and watches for more.
///
/// The loader splits Glassbox in two wasm modules so the notice costs few bytes: this one
/// (built without the `explanation` feature) and one with the explanation, fetched only when a
/// page has one. `delegate(el, options, mount)` is how this module hands such elements over,
/// `open_request(kind, prefill)` how it opens the request dialog there, and `load_lang(tag)`
/// (a Promise of `{ id: text }`) how it gets a language that is not compiled in.
#[wasm_bindgen]
pub fn start(script: JsValue, delegate: JsValue, open_request: JsValue, load_lang: JsValue) {
    lang::set_loader(&load_lang, false);
    read_script(script);
    STATE.with_borrow_mut(|s| {
        s.delegate = delegate.dyn_into().ok();
        s.open_request = open_request.dyn_into().ok();
    });
    let Some(root) = dom::document().and_then(|d| d.document_element()) else {
        return dom::error("no document to mount into");
    };
    added(&root);
    observe(&root);
    observe_lang(&root);
}

/// Sets the page-wide defaults from the `<script>` tag without scanning the page: for the module
/// that only mounts what [`start`]'s module delegates to it. `load_lang(tag)` fetches languages.
#[wasm_bindgen]
pub fn configure(script: JsValue, load_lang: JsValue) {
    lang::set_loader(&load_lang, true);
    read_script(script);
    if let Some(root) = dom::document().and_then(|d| d.document_element()) {
        observe_lang(&root);
    }
}

fn read_script(script: JsValue) {
    let defaults = script
        .dyn_into::<Element>()
        .map(|s| dom::data_attrs(&s))
        .unwrap_or_default();
    lang::configure_page(defaults.get("data-strings"));
    STATE.with_borrow_mut(|s| s.defaults = defaults);
}

/// `Glassbox.strings({ "<lang>": { "<message id>": "<text>" } })`: replaces messages on the
/// whole page, also in the widgets already shown.
#[wasm_bindgen]
pub fn strings(value: JsValue) {
    lang::add_page(&value);
    let hosts: Vec<Element> =
        STATE.with_borrow(|s| s.mounted.iter().map(|m| m.host.clone()).collect());
    for host in hosts {
        let overrides = Rc::new(lang::for_element(&host));
        update_props(&host, |_, o| *o = overrides.clone());
    }
}

/// Changes the language and replacement strings of the widget on `host` in place (its state
/// stays): `change` gets both, the widget re-renders.
fn update_props(host: &Element, change: impl Fn(&mut Lang, &mut Rc<Overrides>)) {
    STATE.with_borrow_mut(|s| {
        for m in s.mounted.iter_mut().filter(|m| &m.host == host) {
            match &mut m.app {
                App::Notice(app, props) => {
                    change(&mut props.lang, &mut props.overrides);
                    app.update(props.clone());
                }
                #[cfg(feature = "explanation")]
                App::Explanation(mounted) => {
                    change(&mut mounted.props.lang, &mut mounted.props.overrides);
                    mounted.app.update(mounted.props.clone());
                }
                #[cfg(feature = "explanation")]
                App::Rights(mounted) => {
                    change(&mut mounted.props.lang, &mut mounted.props.overrides);
                    mounted.app.update(mounted.props.clone());
                }
                App::Delegated => {}
            }
        }
    });
}

/// `Glassbox.explain` in the module without the explanation: remember that the other module
/// mounted `el`, so that its removal from the page reaches that module.
#[wasm_bindgen]
pub fn adopt(el: JsValue) {
    if let Ok(el) = el.dyn_into::<Element>() {
        if !is_mounted(&el) {
            STATE.with_borrow_mut(|s| {
                s.mounted.push(Mounted {
                    host: el,
                    app: App::Delegated,
                })
            });
        }
    }
}

/// Hands `el` to the other module, or says that this build cannot show it.
fn delegate(el: &Element, options: &JsValue, mount: bool) {
    let callback = STATE.with_borrow(|s| s.delegate.clone());
    match callback {
        Some(f) => {
            if let Err(e) = f.call3(&JsValue::NULL, el, options, &JsValue::from_bool(mount)) {
                web_sys::console::error_2(&JsValue::from_str("Glassbox: could not hand over"), &e);
            }
        }
        None if mount => web_sys::console::error_2(
            &JsValue::from_str("Glassbox: this build has no explanation widget"),
            el,
        ),
        None => {}
    }
}

/// `Glassbox.mount(el, options)`: mounts (or re-mounts with new options) one element. Options
/// are attribute values by name (`{ kind: "notice", system: "Aria" }`) laid over the element's
/// own attributes. Returns whether something was mounted.
#[wasm_bindgen]
pub fn mount(el: JsValue, options: JsValue) -> bool {
    let Ok(el) = el.dyn_into::<Element>() else {
        dom::error("Glassbox.mount(el, options): el must be an Element");
        return false;
    };
    unmount_element(&el);
    el.remove_attribute("data-glassbox-marked").ok();
    mount_element(&el, &dom::option_attrs(&options))
}

/// `Glassbox.unmount(el)`: removes the widget from `el`. Returns whether one was there.
#[wasm_bindgen]
pub fn unmount(el: JsValue) -> bool {
    el.dyn_into::<Element>()
        .map(|el| unmount_element(&el))
        .unwrap_or(false)
}

fn is_mounted(el: &Element) -> bool {
    STATE.with_borrow(|s| s.mounted.iter().any(|m| &m.host == el) || s.waiting.contains(el))
}

fn language(requested: Option<&str>) -> Lang {
    let (page, browser) = dom::page_languages();
    negotiate(requested, page.as_deref(), &browser)
}

fn mount_element(el: &Element, options: &Attrs) -> bool {
    let own = dom::data_attrs(el).overridden_by(options);
    let kind = match WidgetKind::parse(&own) {
        Ok(kind) => kind,
        Err(e) => {
            dom::report(&[e], el);
            return false;
        }
    };
    let attrs = STATE.with_borrow(|s| s.defaults.overridden_by(&own));
    #[cfg(feature = "explanation")]
    let here = true;
    #[cfg(not(feature = "explanation"))]
    let here = !matches!(kind, WidgetKind::Explanation | WidgetKind::Rights);
    let lang = language(attrs.get("data-lang"));
    let requested = attrs.get("data-lang").map(String::from);
    STATE.with_borrow_mut(|s| {
        s.requested.retain(|(e, _)| e != el);
        s.requested.push((el.clone(), requested));
    });
    if here && !lang::is_ready(lang) {
        // Mount once the language is here, so the person never sees English first; the host's
        // input is gated from now on all the same.
        if kind == WidgetKind::Notice {
            let config = NoticeConfig::parse(&attrs).value;
            if let (Some(selector), true) = (&config.input, config.ack_required) {
                if dom::valid_selector(selector) {
                    let gate = close_gate(el, selector);
                    STATE.with_borrow_mut(|s| s.gates.push(gate));
                }
            }
        }
        STATE.with_borrow_mut(|s| s.waiting.push(el.clone()));
        let (el, options) = (el.clone(), options.clone());
        lang::when_ready(lang, move || {
            let waited = STATE.with_borrow_mut(|s| {
                let before = s.waiting.len();
                s.waiting.retain(|w| w != &el);
                before != s.waiting.len()
            });
            if waited && el.is_connected() {
                mount_element(&el, &options);
            }
        });
        return true;
    }
    let result = match kind {
        WidgetKind::Notice => mount_notice(el, &attrs),
        #[cfg(feature = "explanation")]
        WidgetKind::Explanation => explain::mount(el, &attrs),
        #[cfg(feature = "explanation")]
        WidgetKind::Rights => rights::mount(el, &attrs),
        #[cfg(not(feature = "explanation"))]
        WidgetKind::Explanation | WidgetKind::Rights => {
            delegate(el, &dom::attrs_object(options), true);
            STATE.with_borrow_mut(|s| {
                s.mounted.push(Mounted {
                    host: el.clone(),
                    app: App::Delegated,
                })
            });
            return true;
        }
        WidgetKind::AiContent => {
            let parsed = AiContentConfig::parse(&attrs);
            dom::report(&parsed.errors, el);
            mark::mark(el, &parsed.value, lang)
        }
    };
    match result {
        Ok(()) => {
            dom::dispatch(el, "glassbox:ready", &dom::object(&[]));
            true
        }
        Err(e) => {
            web_sys::console::error_3(&JsValue::from_str("Glassbox: could not mount"), el, &e);
            false
        }
    }
}

fn checked_selector(
    value: Option<String>,
    attribute: &str,
    errors: &mut Vec<ConfigError>,
) -> Option<String> {
    let selector = value?;
    if dom::valid_selector(&selector) {
        Some(selector)
    } else {
        errors.push(ConfigError::Selector {
            attribute: attribute.into(),
            value: selector,
        });
        None
    }
}

fn mount_notice(el: &Element, attrs: &Attrs) -> Result<(), JsValue> {
    let mut parsed = NoticeConfig::parse(attrs);
    let mut config = parsed.value;
    config.input = checked_selector(config.input.take(), "data-input", &mut parsed.errors);
    config.mark = checked_selector(config.mark.take(), "data-mark", &mut parsed.errors);
    dom::report(&parsed.errors, el);

    let lang = language(config.lang.as_deref());
    let root = dom::mount_point(el, config.theme, lang)?;
    let host = el.clone();
    // Numbered after the highest now mounted, so that every notice's name is unique.
    let ordinal = STATE.with_borrow(|s| {
        s.mounted
            .iter()
            .filter_map(|m| match &m.app {
                App::Notice(_, p) => Some(p.ordinal),
                _ => None,
            })
            .max()
            .unwrap_or(0)
            + 1
    });
    let props = NoticeProps {
        config: Rc::new(config.clone()),
        lang,
        overrides: Rc::new(lang::for_element(el)),
        onevent: Callback::from(move |event: WidgetEvent| on_event(&host, event)),
        ordinal,
    };
    let app = yew::Renderer::<Notice>::with_root_and_props(root, props.clone()).render();

    let gated = STATE.with_borrow(|s| s.gates.iter().any(|g| &g.notice == el));
    let gate = match (&config.input, config.ack_required) {
        (Some(selector), true) if !gated => Some(close_gate(el, selector)),
        _ => None,
    };
    let rule = config.mark.as_ref().map(|selector| {
        let label = AiContentConfig::parse(attrs);
        MarkRule {
            notice: el.clone(),
            container: el.parent_element().unwrap_or_else(|| el.clone()),
            selector: selector.clone(),
            config: label.value,
            lang,
        }
    });
    if let Some(rule) = &rule {
        for target in dom::matching(&rule.container, &rule.selector) {
            mark::mark(&target, &rule.config, rule.lang)?;
        }
    }
    STATE.with_borrow_mut(|s| {
        s.mounted.push(Mounted {
            host: el.clone(),
            app: App::Notice(app, props),
        });
        s.gates.extend(gate);
        s.marks.extend(rule);
    });
    Ok(())
}

fn close_gate(notice: &Element, selector: &str) -> Gate {
    let mut gate = Gate {
        notice: notice.clone(),
        selector: selector.to_string(),
        disabled: Vec::new(),
    };
    if let Some(root) = dom::document().and_then(|d| d.document_element()) {
        disable(&mut gate, &root);
    }
    gate
}

fn disable(gate: &mut Gate, root: &Element) {
    for input in dom::matching(root, &gate.selector) {
        if !gate.disabled.contains(&input) && input.set_attribute("disabled", "").is_ok() {
            gate.disabled.push(input);
        }
    }
}

/// Re-enables what a gate disabled; returns the first element so focus can move there.
fn open_gate(gate: Gate) -> Option<Element> {
    for input in &gate.disabled {
        let _ = input.remove_attribute("disabled");
    }
    gate.disabled.into_iter().next()
}

fn on_event(host: &Element, event: WidgetEvent) {
    if matches!(event, WidgetEvent::RightsRequested) {
        #[cfg(feature = "explanation")]
        if let Err(e) = rights::open_dialog(None, Default::default()) {
            web_sys::console::error_2(
                &JsValue::from_str("Glassbox: could not open the request form"),
                &e,
            );
        }
        #[cfg(not(feature = "explanation"))]
        if let Some(f) = STATE.with_borrow(|s| s.open_request.clone()) {
            let _ = f.call2(&JsValue::NULL, &JsValue::NULL, &JsValue::NULL);
        }
        return;
    }
    if matches!(event, WidgetEvent::NoticeAcknowledged) {
        let gates: Vec<Gate> = STATE.with_borrow_mut(|s| {
            let (open, keep) = std::mem::take(&mut s.gates)
                .into_iter()
                .partition(|g| &g.notice == host);
            s.gates = keep;
            open
        });
        let first = gates.into_iter().filter_map(open_gate).next();
        if let Some(input) = first.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = input.focus();
        }
    }
    let detail = match &event {
        WidgetEvent::NoticeShown {
            lang,
            variant,
            fingerprint,
        } => dom::object(&[
            ("lang", lang.tag().into()),
            ("variant", variant.as_str().into()),
            ("notice_hash", fingerprint.as_str().into()),
        ]),
        WidgetEvent::NoticeAcknowledged => dom::object(&[]),
        WidgetEvent::HumanRequested { source } => dom::object(&[("source", (*source).into())]),
        #[cfg(feature = "explanation")]
        WidgetEvent::ReviewRequested {
            lang,
            decision_ref,
            explanation,
        } => explain::review_detail(*lang, decision_ref.as_deref(), explanation.as_ref()),
        WidgetEvent::RightsRequested => JsValue::NULL,
        #[cfg(not(feature = "explanation"))]
        WidgetEvent::ReviewRequested { .. } => dom::object(&[]),
    };
    dom::dispatch(host, event.name(), &detail);
    #[cfg(feature = "explanation")]
    if let WidgetEvent::ReviewRequested {
        decision_ref,
        explanation,
        ..
    } = &event
    {
        rights::open_review(decision_ref.as_deref(), explanation.as_ref());
    }
}

fn unmount_element(el: &Element) -> bool {
    let (apps, gates) = STATE.with_borrow_mut(|s| {
        let (gone, keep) = std::mem::take(&mut s.mounted)
            .into_iter()
            .partition::<Vec<_>, _>(|m| &m.host == el);
        s.mounted = keep;
        s.waiting.retain(|w| w != el);
        s.requested.retain(|(e, _)| e != el);
        let (closed, keep) = std::mem::take(&mut s.gates)
            .into_iter()
            .partition::<Vec<_>, _>(|g| &g.notice == el);
        s.gates = keep;
        s.marks.retain(|r| &r.notice != el);
        (gone, closed)
    });
    let found = !apps.is_empty();
    for m in apps {
        m.app.destroy(&m.host);
    }
    for g in gates {
        open_gate(g);
    }
    found
}

/// Unmounts every widget whose element left the document.
fn sweep() {
    let gone: Vec<Element> = STATE.with_borrow(|s| {
        s.mounted
            .iter()
            .map(|m| m.host.clone())
            .filter(|h| !h.is_connected())
            .collect()
    });
    for el in gone {
        unmount_element(&el);
    }
}

/// Handles an element (and its subtree) that appeared: mounts widgets, labels AI messages
/// that match a notice's `data-mark`, and disables inputs that a pending notice gates.
fn added(root: &Element) {
    if root.has_attribute("data-glassbox-label") || root.has_attribute("data-glassbox-holder") {
        return;
    }
    for el in dom::matching(root, "[data-glassbox]") {
        if !is_mounted(&el) && !el.has_attribute("data-glassbox-marked") {
            mount_element(&el, &Attrs::default());
        }
    }
    let rules: Vec<(Element, String, AiContentConfig, Lang)> = STATE.with_borrow(|s| {
        s.marks
            .iter()
            .filter(|r| r.container.contains(Some(root)))
            .map(|r| {
                (
                    r.container.clone(),
                    r.selector.clone(),
                    r.config.clone(),
                    r.lang,
                )
            })
            .collect()
    });
    for (_, selector, config, lang) in rules {
        for target in dom::matching(root, &selector) {
            if let Err(e) = mark::mark(&target, &config, lang) {
                web_sys::console::error_2(&JsValue::from_str("Glassbox: could not label"), &e);
            }
        }
    }
    STATE.with_borrow_mut(|s| {
        for gate in &mut s.gates {
            disable(gate, root);
        }
    });
}

/// Follows the page's `lang` when it changes (a single-page app switching language): every
/// widget without a language of its own is shown in the new one, keeping its state (an
/// acknowledged notice stays acknowledged, a half-filled form keeps what was typed).
fn observe_lang(root: &Element) {
    if STATE.with_borrow(|s| s.lang_observer.is_some()) {
        return;
    }
    let callback: ObserverCallback =
        Closure::new(|_: js_sys::Array, _: MutationObserver| relang_all());
    let Ok(observer) = MutationObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    let init = MutationObserverInit::new();
    init.set_attributes(true);
    init.set_attribute_filter(&js_sys::Array::of1(&"lang".into()));
    if observer.observe_with_options(root, &init).is_ok() {
        STATE.with_borrow_mut(|s| s.lang_observer = Some((observer, callback)));
    }
}

/// The language a mounted widget should speak now.
fn wanted_lang(host: &Element) -> Lang {
    let requested = STATE.with_borrow(|s| {
        s.requested
            .iter()
            .find(|(e, _)| e == host)
            .map(|(_, r)| r.clone())
            .unwrap_or_else(|| s.defaults.get("data-lang").map(String::from))
    });
    language(requested.as_deref())
}

fn relang_all() {
    let hosts: Vec<(Element, Lang)> = STATE.with_borrow(|s| {
        s.mounted
            .iter()
            .filter_map(|m| match &m.app {
                App::Notice(_, props) => Some((m.host.clone(), props.lang)),
                #[cfg(feature = "explanation")]
                App::Explanation(mounted) => Some((m.host.clone(), mounted.props.lang)),
                #[cfg(feature = "explanation")]
                App::Rights(mounted) => Some((m.host.clone(), mounted.props.lang)),
                App::Delegated => None,
            })
            .collect()
    });
    for (host, current) in hosts {
        let lang = wanted_lang(&host);
        if lang != current {
            lang::when_ready(lang, move || set_lang(&host, lang));
        }
    }
}

/// Shows the widget on `host` in `lang`, in place.
fn set_lang(host: &Element, lang: Lang) {
    if let Some(root) = host
        .shadow_root()
        .and_then(|r| r.query_selector(".gb-root").ok().flatten())
        .or_else(|| {
            host.query_selector("[data-glassbox-holder]")
                .ok()
                .flatten()
                .and_then(|h| h.shadow_root())
                .and_then(|r| r.query_selector(".gb-root").ok().flatten())
        })
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
    update_props(host, |l, _| *l = lang);
    STATE.with_borrow_mut(|s| {
        for rule in s.marks.iter_mut().filter(|r| &r.notice == host) {
            rule.lang = lang;
        }
    });
}

fn observe(root: &Element) {
    if STATE.with_borrow(|s| s.observer.is_some()) {
        return;
    }
    let callback: ObserverCallback = Closure::new(|records: js_sys::Array, _: MutationObserver| {
        let mut removed = false;
        let mut new_elements = Vec::new();
        for record in records.iter() {
            let record: MutationRecord = record.unchecked_into();
            removed |= record.removed_nodes().length() > 0;
            let nodes = record.added_nodes();
            new_elements.extend(
                (0..nodes.length())
                    .filter_map(|i| nodes.item(i))
                    .filter_map(|n| n.dyn_into::<Element>().ok()),
            );
        }
        if removed {
            sweep();
        }
        for el in new_elements.iter().filter(|e| e.is_connected()) {
            added(el);
        }
    });
    let Ok(observer) = MutationObserver::new(callback.as_ref().unchecked_ref()) else {
        return dom::error("MutationObserver is unavailable; elements added later are not mounted");
    };
    let init = MutationObserverInit::new();
    init.set_child_list(true);
    init.set_subtree(true);
    if observer.observe_with_options(root, &init).is_err() {
        return dom::error("could not observe the page");
    }
    STATE.with_borrow_mut(|s| s.observer = Some((observer, callback)));
}
