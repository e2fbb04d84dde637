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
mod notice;
#[cfg(feature = "explanation")]
mod rights;

#[cfg(feature = "explanation")]
pub use rights::{flush_outbox, open_request};

use crate::event::WidgetEvent;
use glassbox_core::config::{AiContentConfig, Attrs, ConfigError, NoticeConfig, WidgetKind};
use glassbox_core::i18n::{negotiate, Overrides};
use glassbox_core::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, MutationObserver, MutationObserverInit, MutationRecord};

type ObserverCallback = Closure<dyn FnMut(js_sys::Array, MutationObserver)>;

/// A mounted Yew app.
enum App {
    Notice(notice::View),
    #[cfg(feature = "explanation")]
    Explanation(explain::Mounted),
    #[cfg(feature = "explanation")]
    Rights(rights::Mounted),
    /// Mounted by the other wasm module of the split build (see [`start`]).
    Delegated,
    /// A notice prerendered by glassbox-render in a language that could not be loaded: kept as
    /// it is, its buttons answering.
    Prerendered(Vec<gloo_events::EventListener>),
}

impl App {
    fn destroy(self, host: &Element) {
        match self {
            App::Notice(view) => view.destroy(),
            #[cfg(feature = "explanation")]
            App::Explanation(mounted) => mounted.app.destroy(),
            #[cfg(feature = "explanation")]
            App::Rights(mounted) => mounted.app.destroy(),
            App::Delegated => delegate(host, &JsValue::NULL, false),
            App::Prerendered(listeners) => drop(listeners),
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
    /// The number each waiting notice takes when it mounts: given in the order of the page, as
    /// the loader numbers the notices it shows before the wasm (loader/stamp.js), whichever
    /// language arrives first.
    reserved: Vec<(Element, u32)>,
    gates: Vec<Gate>,
    marks: Vec<MarkRule>,
    observer: Option<(MutationObserver, ObserverCallback)>,
    /// Watches the page's `lang` (a single-page app switching language).
    lang_observer: Option<(MutationObserver, ObserverCallback)>,
    /// Watches the `data-*` attributes of every mounted element, to follow their changes.
    attr_observer: Option<(MutationObserver, ObserverCallback)>,
    /// Whether this module scans the page ([`start`]), rather than mounting what the other
    /// module hands it: only that one follows attribute changes.
    scanning: bool,
    /// Notices the person acknowledged: changing their attributes does not ask again.
    acknowledged: Vec<Element>,
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
/// (a Promise of `{ id: text }`) how it gets a language that is not compiled in. `css` is the
/// notice's stylesheet, which the loader carries (the other module has its own compiled in).
#[wasm_bindgen]
pub fn start(
    script: JsValue,
    delegate: JsValue,
    open_request: JsValue,
    load_lang: JsValue,
    css: JsValue,
) {
    if let Some(css) = css.as_string() {
        dom::set_css(css);
    }
    lang::set_loader(&load_lang, false);
    read_script(script);
    STATE.with_borrow_mut(|s| {
        s.delegate = delegate.dyn_into().ok();
        s.open_request = open_request.dyn_into().ok();
        s.scanning = true;
    });
    let Some(root) = dom::document().and_then(|d| d.document_element()) else {
        return dom::error("no document to mount into");
    };
    added(&root);
}

/// Follows the page from now on: elements added or removed, the page's `lang`. The loader calls
/// it once the frame that shows the notices is painted, so that setting up the observers (and
/// compiling their code) does not delay that frame. What changed in between is caught here: an
/// element added meanwhile is mounted, a `lang` changed meanwhile is followed.
#[wasm_bindgen]
pub fn watch() {
    let Some(root) = dom::document().and_then(|d| d.document_element()) else {
        return;
    };
    added(&root);
    sweep();
    observe(&root);
    observe_lang(&root);
    relang_all();
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
    let mut shown = Vec::new();
    STATE.with_borrow_mut(|s| {
        for m in s.mounted.iter_mut().filter(|m| &m.host == host) {
            match &mut m.app {
                App::Notice(view) => {
                    let (mut lang, mut overrides) = (view.lang(), view.overrides());
                    change(&mut lang, &mut overrides);
                    shown.extend(view.update(None, lang, overrides));
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
                App::Delegated | App::Prerendered(_) => {}
            }
        }
    });
    for event in shown {
        on_event(host, event);
    }
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

/// `Glassbox.mount(el, options)`: mounts one element, or updates the widget already on it with
/// new options. Options are attribute values by name (`{ kind: "notice", system: "Aria" }`) laid
/// over the element's own attributes. Returns whether something was mounted.
#[wasm_bindgen]
pub fn mount(el: JsValue, options: JsValue) -> bool {
    let Ok(el) = el.dyn_into::<Element>() else {
        dom::error("Glassbox.mount(el, options): el must be an Element");
        return false;
    };
    remount(&el, &dom::option_attrs(&options))
}

fn remount(el: &Element, options: &Attrs) -> bool {
    if let Some(updated) = update_in_place(el, options) {
        return updated;
    }
    unmount_element(el);
    el.remove_attribute("data-glassbox-marked").ok();
    mount_element(el, options)
}

/// What is mounted on an element, as far as updating it in place goes.
#[derive(Clone, Copy, PartialEq)]
enum Shown {
    Notice,
    #[cfg(feature = "explanation")]
    Rights,
    Delegated,
    Prerendered,
    #[cfg(feature = "explanation")]
    Other,
}

/// Updates the widget already mounted on `el` with its current attributes and `options`,
/// keeping its state: an acknowledged notice stays acknowledged (and its input enabled), a
/// half-filled request form keeps what was typed. `None` when it has to be mounted afresh
/// (nothing mounted, or another kind of widget).
fn update_in_place(el: &Element, options: &Attrs) -> Option<bool> {
    let shown = STATE.with_borrow(|s| {
        s.mounted
            .iter()
            .find(|m| &m.host == el)
            .map(|m| match &m.app {
                App::Notice(..) => Shown::Notice,
                #[cfg(feature = "explanation")]
                App::Rights(_) => Shown::Rights,
                App::Delegated => Shown::Delegated,
                App::Prerendered(_) => Shown::Prerendered,
                #[cfg(feature = "explanation")]
                App::Explanation(_) => Shown::Other,
            })
    })?;
    let own = dom::data_attrs(el).overridden_by(options);
    let kind = WidgetKind::parse(&own).ok()?;
    let attrs = STATE.with_borrow(|s| s.defaults.overridden_by(&own));
    match (shown, kind) {
        (Shown::Notice, WidgetKind::Notice) => {}
        #[cfg(feature = "explanation")]
        (Shown::Rights, WidgetKind::Rights) => {}
        // The other module updates it in place (or mounts it afresh).
        #[cfg(not(feature = "explanation"))]
        (Shown::Delegated, WidgetKind::Explanation | WidgetKind::Rights) => {
            delegate(el, &dom::attrs_object(options), true);
            return Some(true);
        }
        _ => return None,
    }
    let lang = language(attrs.get("data-lang"));
    if !lang::is_ready(lang) {
        // The new language first, so the person never sees the widget in English meanwhile.
        let (el, options) = (el.clone(), options.clone());
        lang::when_ready(lang, move || {
            if el.is_connected() && is_mounted(&el) {
                remount(&el, &options);
            }
        });
        return Some(true);
    }
    STATE.with_borrow_mut(|s| {
        s.requested.retain(|(e, _)| e != el);
        s.requested
            .push((el.clone(), attrs.get("data-lang").map(String::from)));
    });
    let result = match shown {
        #[cfg(feature = "explanation")]
        Shown::Rights => rights::update(el, &attrs, lang),
        _ => update_notice(el, &attrs, lang),
    };
    if let Err(e) = result {
        web_sys::console::error_3(&JsValue::from_str("Glassbox: could not update"), el, &e);
        return Some(false);
    }
    Some(true)
}

/// The element the widget on `host` renders into (`.gb-root` in its shadow root).
fn widget_root(host: &Element) -> Option<Element> {
    host.shadow_root()
        .and_then(|r| r.query_selector(".gb-root").ok().flatten())
        .or_else(|| {
            host.query_selector("[data-glassbox-holder]")
                .ok()
                .flatten()
                .and_then(|h| h.shadow_root())
                .and_then(|r| r.query_selector(".gb-root").ok().flatten())
        })
}

/// Sets the theme and language of the widget's root on `host` (as [`dom::mount_point`] does).
fn restyle(host: &Element, theme: glassbox_core::config::Theme, lang: Lang) {
    if let Some(root) = widget_root(host) {
        root.set_class_name(&format!("gb-root gb-theme-{}", theme.as_str()));
        let _ = root.set_attribute("lang", lang.tag());
    }
}

fn notice_config(el: &Element, attrs: &Attrs) -> NoticeConfig {
    let mut parsed = NoticeConfig::parse(attrs);
    let mut config = parsed.value;
    config.input = checked_selector(config.input.take(), "data-input", &mut parsed.errors);
    config.mark = checked_selector(config.mark.take(), "data-mark", &mut parsed.errors);
    dom::report(&parsed.errors, el);
    config
}

fn mark_rule(el: &Element, config: &NoticeConfig, attrs: &Attrs, lang: Lang) -> Option<MarkRule> {
    config.mark.as_ref().map(|selector| MarkRule {
        notice: el.clone(),
        container: el.parent_element().unwrap_or_else(|| el.clone()),
        selector: selector.clone(),
        config: AiContentConfig::parse(attrs).value,
        lang,
    })
}

/// The notice on `el` with new attributes, in place: its gate follows `data-input` and
/// `data-ack` (an acknowledged notice gates nothing again), its labelling follows `data-mark`.
fn update_notice(el: &Element, attrs: &Attrs, lang: Lang) -> Result<(), JsValue> {
    let config = notice_config(el, attrs);
    restyle(el, config.theme, lang);
    let acknowledged = STATE.with_borrow(|s| s.acknowledged.contains(el));
    let wanted = match (&config.input, config.ack_required) {
        (Some(selector), true) if !acknowledged => Some(selector.clone()),
        _ => None,
    };
    let (kept, opened): (Vec<Gate>, Vec<Gate>) = STATE.with_borrow_mut(|s| {
        let (mine, others) = std::mem::take(&mut s.gates)
            .into_iter()
            .partition::<Vec<_>, _>(|g| &g.notice == el);
        s.gates = others;
        mine.into_iter()
            .partition(|g| Some(&g.selector) == wanted.as_ref())
    });
    for gate in opened {
        open_gate(gate);
    }
    let gate = match wanted {
        Some(selector) if kept.is_empty() => Some(close_gate(el, &selector)),
        _ => None,
    };
    let rule = mark_rule(el, &config, attrs, lang);
    if let Some(rule) = &rule {
        for target in dom::matching(&rule.container, &rule.selector) {
            mark::mark(&target, &rule.config, rule.lang)?;
        }
    }
    let overrides = Rc::new(lang::for_element(el));
    let config = Rc::new(config);
    let shown: Vec<WidgetEvent> = STATE.with_borrow_mut(|s| {
        s.gates.extend(kept);
        s.gates.extend(gate);
        s.marks.retain(|r| &r.notice != el);
        s.marks.extend(rule);
        s.mounted
            .iter_mut()
            .filter(|m| &m.host == el)
            .filter_map(|m| match &m.app {
                App::Notice(view) => view.update(Some(config.clone()), lang, overrides.clone()),
                _ => None,
            })
            .collect()
    });
    for event in shown {
        on_event(el, event);
    }
    Ok(())
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
            STATE.with_borrow_mut(|s| {
                if !s.reserved.iter().any(|(e, _)| e == el) {
                    let ordinal = next_ordinal(s);
                    s.reserved.push((el.clone(), ordinal));
                }
            });
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
    if kind == WidgetKind::Notice && lang::failed(lang) {
        if let Some(root) = prerendered(el, lang) {
            keep_prerendered(el, &root, &attrs, lang);
            return true;
        }
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
            watch_attributes(el);
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
            watch_attributes(el);
            dom::dispatch(el, "glassbox:ready", &dom::object(&[]));
            true
        }
        Err(e) => {
            web_sys::console::error_3(&JsValue::from_str("Glassbox: could not mount"), el, &e);
            false
        }
    }
}

/// The root of a notice glassbox-render prerendered on `el` in `lang` (its declarative shadow
/// root, not yet taken over).
fn prerendered(el: &Element, lang: Lang) -> Option<Element> {
    let root = el.shadow_root()?.query_selector(".gb-root").ok()??;
    let ours = root.get_attribute("lang").as_deref() == Some(lang.tag())
        && root.query_selector(".gb-sentence").ok()?.is_some();
    ours.then_some(root)
}

/// Keeps the notice prerendered on `el` in a language whose file could not be loaded (rather
/// than replacing it with English): its acknowledgement, "talk to a person" and "your rights"
/// buttons work as in the live notice, its gate and AI labels too.
fn keep_prerendered(el: &Element, root: &Element, attrs: &Attrs, lang: Lang) {
    dom::error(&format!(
        "could not load glassbox.{}.json; the notice prerendered in that language stays as it is",
        lang.tag()
    ));
    let config = notice_config(el, attrs);
    let mut listeners = Vec::new();
    let buttons = [
        (".gb-ack", WidgetEvent::NoticeAcknowledged),
        (
            "button.gb-human",
            WidgetEvent::HumanRequested { source: "notice" },
        ),
        (".gb-rights-link", WidgetEvent::RightsRequested),
    ];
    for (selector, event) in buttons {
        let Some(button) = root.query_selector(selector).ok().flatten() else {
            continue;
        };
        let (host, root) = (el.clone(), root.clone());
        listeners.push(gloo_events::EventListener::new(
            &button,
            "click",
            move |_| {
                if matches!(event, WidgetEvent::NoticeAcknowledged) {
                    // Acknowledged: the button and its hint go, as in the live notice.
                    for done in dom::matching(&root, ".gb-ack, .gb-ack-hint") {
                        done.remove();
                    }
                }
                on_event(&host, event.clone());
            },
        ));
    }
    // Gated only while its button asks (kept again after a change of attributes, it may not).
    let asking = root.query_selector(".gb-ack").ok().flatten().is_some();
    let gated = STATE.with_borrow(|s| s.gates.iter().any(|g| &g.notice == el));
    let gate = match (&config.input, config.ack_required) {
        (Some(selector), true) if asking && !gated => Some(close_gate(el, selector)),
        _ => None,
    };
    let rule = mark_rule(el, &config, attrs, lang);
    if let Some(rule) = &rule {
        for target in dom::matching(&rule.container, &rule.selector) {
            if let Err(e) = mark::mark(&target, &rule.config, rule.lang) {
                web_sys::console::error_2(&JsValue::from_str("Glassbox: could not label"), &e);
            }
        }
    }
    STATE.with_borrow_mut(|s| {
        s.mounted.push(Mounted {
            host: el.clone(),
            app: App::Prerendered(listeners),
        });
        s.gates.extend(gate);
        s.marks.extend(rule);
    });
    watch_attributes(el);
    dom::dispatch(el, "glassbox:ready", &dom::object(&[]));
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
    let config = notice_config(el, attrs);
    let lang = language(config.lang.as_deref());
    let root = dom::mount_point(el, config.theme, lang)?;
    let host = el.clone();
    let ordinal = STATE.with_borrow_mut(|s| match s.reserved.iter().position(|(e, _)| e == el) {
        Some(i) => s.reserved.remove(i).1,
        None => next_ordinal(s),
    });
    let (view, shown) = notice::View::new(
        root,
        Rc::new(config.clone()),
        lang,
        Rc::new(lang::for_element(el)),
        ordinal,
        Rc::new(move |event| on_event(&host, event)),
    )?;

    let gated = STATE.with_borrow(|s| s.gates.iter().any(|g| &g.notice == el));
    let gate = match (&config.input, config.ack_required) {
        (Some(selector), true) if !gated => Some(close_gate(el, selector)),
        _ => None,
    };
    let rule = mark_rule(el, &config, attrs, lang);
    if let Some(rule) = &rule {
        for target in dom::matching(&rule.container, &rule.selector) {
            mark::mark(&target, &rule.config, rule.lang)?;
        }
    }
    STATE.with_borrow_mut(|s| {
        s.mounted.push(Mounted {
            host: el.clone(),
            app: App::Notice(view),
        });
        s.gates.extend(gate);
        s.marks.extend(rule);
    });
    // Heard once the notice is in place with its gate closed.
    if let Some(event) = shown {
        on_event(el, event);
    }
    Ok(())
}

/// The number of the next notice: after the highest mounted or reserved, so that every
/// notice's name is unique.
fn next_ordinal(s: &State) -> u32 {
    let mounted = s.mounted.iter().filter_map(|m| match &m.app {
        App::Notice(view) => Some(view.ordinal()),
        _ => None,
    });
    mounted
        .chain(s.reserved.iter().map(|(_, n)| *n))
        .max()
        .unwrap_or(0)
        + 1
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
        STATE.with_borrow_mut(|s| {
            if !s.acknowledged.contains(host) {
                s.acknowledged.push(host.clone());
            }
        });
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
        s.reserved.retain(|(e, _)| e != el);
        s.requested.retain(|(e, _)| e != el);
        let (closed, keep) = std::mem::take(&mut s.gates)
            .into_iter()
            .partition::<Vec<_>, _>(|g| &g.notice == el);
        s.gates = keep;
        s.marks.retain(|r| &r.notice != el);
        s.acknowledged.retain(|a| a != el);
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
                App::Notice(view) => Some((m.host.clone(), view.lang())),
                #[cfg(feature = "explanation")]
                App::Explanation(mounted) => Some((m.host.clone(), mounted.props.lang)),
                #[cfg(feature = "explanation")]
                App::Rights(mounted) => Some((m.host.clone(), mounted.props.lang)),
                App::Delegated | App::Prerendered(_) => None,
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
    if let Some(root) = widget_root(host) {
        let _ = root.set_attribute("lang", lang.tag());
    }
    update_props(host, |l, _| *l = lang);
    STATE.with_borrow_mut(|s| {
        for rule in s.marks.iter_mut().filter(|r| &r.notice == host) {
            rule.lang = lang;
        }
    });
}

/// Follows the `data-*` attributes of a mounted `[data-glassbox]` element (a framework
/// re-rendering it, or a custom element mirroring its own): the widget is updated in place.
fn watch_attributes(el: &Element) {
    if !STATE.with_borrow(|s| s.scanning) {
        return;
    }
    let observer = STATE.with_borrow(|s| s.attr_observer.as_ref().map(|(o, _)| o.clone()));
    let observer = match observer {
        Some(observer) => observer,
        None => {
            let callback: ObserverCallback =
                Closure::new(|records: js_sys::Array, _: MutationObserver| {
                    let mut changed: Vec<Element> = Vec::new();
                    for record in records.iter() {
                        let record: MutationRecord = record.unchecked_into();
                        let name = record.attribute_name().unwrap_or_default();
                        // data-glassbox-marked, -label, -holder are Glassbox's own.
                        if name.starts_with("data-glassbox-") || !name.starts_with("data-") {
                            continue;
                        }
                        if let Some(el) = record.target().and_then(|t| t.dyn_into().ok()) {
                            if !changed.contains(&el) {
                                changed.push(el);
                            }
                        }
                    }
                    for el in changed {
                        // A custom element explained from its property has no data-glassbox:
                        // its element follows its attributes itself.
                        if el.is_connected() && el.has_attribute("data-glassbox") && is_mounted(&el)
                        {
                            remount(&el, &Attrs::default());
                        }
                    }
                });
            let Ok(observer) = MutationObserver::new(callback.as_ref().unchecked_ref()) else {
                return;
            };
            STATE.with_borrow_mut(|s| s.attr_observer = Some((observer.clone(), callback)));
            observer
        }
    };
    let init = MutationObserverInit::new();
    init.set_attributes(true);
    let _ = observer.observe_with_options(el, &init);
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
