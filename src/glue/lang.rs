//! Languages and integrators' strings at run time.
//!
//! The dist build compiles only English into each module; the language a widget needs is fetched
//! by the loader (`glassbox.<lang>.json` for the notice module, `glassbox-explain.<lang>.json`
//! for the explanation module) and installed before the widget renders, so a person never sees
//! English first. The loader starts fetching the page's language in parallel with the wasm.
//!
//! Integrators replace any message per language, without rebuilding, with
//! `{ "<lang>": { "<message id>": "<text with { $variables }>" } }` given as a page-wide JSON
//! block (`<script type="application/json" data-glassbox-strings>`), a `data-strings` attribute
//! (script tag: page-wide; element: that widget), or `Glassbox.strings(...)`.

use super::dom;
use glassbox_core::i18n::{self, checked_by_notice_module, OverrideError, Overrides};
use glassbox_core::Lang;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

type Waiting = Vec<Box<dyn FnOnce()>>;

#[derive(Default)]
struct Languages {
    /// `load(tag)` → Promise of `{ id: pattern }`; `None` when every language is compiled in.
    loader: Option<js_sys::Function>,
    /// Languages being fetched, with what to do once they are here.
    pending: Vec<(Lang, Waiting)>,
    /// Languages that could not be fetched: shown in English rather than not at all.
    failed: Vec<Lang>,
    /// The page-wide replacements (JSON blocks, the script tag, `Glassbox.strings`).
    page: Overrides,
    /// This is the explanation module of the split build: the notice module reports the
    /// mistakes in strings it can check, this one only the rest, so each is said once.
    secondary: bool,
}

thread_local! {
    static LANGUAGES: RefCell<Languages> = RefCell::new(Languages::default());
}

/// Sets how languages are fetched, and whether this module is the secondary one.
pub fn set_loader(loader: &JsValue, secondary: bool) {
    LANGUAGES.with_borrow_mut(|l| {
        l.loader = loader.clone().dyn_into().ok();
        l.secondary = secondary;
    });
}

/// Whether `lang` can be shown now without fetching.
pub fn is_ready(lang: Lang) -> bool {
    LANGUAGES
        .with_borrow(|l| l.loader.is_none() || i18n::is_available(lang) || l.failed.contains(&lang))
}

/// The page-wide replacements.
/// Whether `lang`'s file could not be loaded (its widgets are shown in English).
pub fn failed(lang: Lang) -> bool {
    LANGUAGES.with_borrow(|l| l.failed.contains(&lang))
}

pub fn page() -> Overrides {
    LANGUAGES.with_borrow(|l| l.page.clone())
}

/// Runs `then` once `lang` can be shown: at once when it is compiled in or already fetched (or
/// could not be, in which case the widget shows English rather than nothing), otherwise when the
/// loader has fetched it.
pub fn when_ready(lang: Lang, then: impl FnOnce() + 'static) {
    enum Next {
        Now,
        Wait,
        Fetch(js_sys::Function),
    }
    let next = LANGUAGES.with_borrow(|l| match &l.loader {
        _ if i18n::is_available(lang) || l.failed.contains(&lang) => Next::Now,
        None => Next::Now,
        Some(_) if l.pending.iter().any(|(p, _)| *p == lang) => Next::Wait,
        Some(loader) => Next::Fetch(loader.clone()),
    });
    let loader = match next {
        Next::Now => return then(),
        Next::Wait => {
            return LANGUAGES.with_borrow_mut(|l| {
                if let Some((_, waiting)) = l.pending.iter_mut().find(|(p, _)| *p == lang) {
                    waiting.push(Box::new(then));
                }
            })
        }
        Next::Fetch(loader) => loader,
    };
    LANGUAGES.with_borrow_mut(|l| l.pending.push((lang, vec![Box::new(then)])));
    let promise = loader
        .call1(&JsValue::NULL, &lang.tag().into())
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = promise else {
        return arrived(lang, None);
    };
    let ok = Closure::once(move |table: JsValue| arrived(lang, Some(table))).into_js_value();
    let err = Closure::once(move |_: JsValue| arrived(lang, None)).into_js_value();
    // `then` through the plain function: each callback runs once, then is freed.
    let then = js_sys::Reflect::get(&promise, &"then".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(&promise, &ok, &err);
    }
}

fn arrived(lang: Lang, table: Option<JsValue>) {
    match table.filter(|t| t.is_object()) {
        Some(table) => {
            let rejected = i18n::install(lang, |id| {
                js_sys::Reflect::get(&table, &id.into())
                    .ok()
                    .and_then(|v| v.as_string())
            });
            if !rejected.is_empty() {
                dom::error(&format!(
                    "the {} translation has messages with the wrong placeholders ({}); English is shown for them",
                    lang.tag(),
                    rejected.join(", ")
                ));
            }
        }
        None => {
            dom::error(&format!(
                "could not load the {} translation; widgets are shown in English (a notice prerendered in it stays)",
                lang.tag()
            ));
            LANGUAGES.with_borrow_mut(|l| l.failed.push(lang));
        }
    }
    let waiting = LANGUAGES.with_borrow_mut(|l| {
        let at = l.pending.iter().position(|(p, _)| *p == lang);
        at.map(|i| l.pending.remove(i).1).unwrap_or_default()
    });
    for then in waiting {
        then();
    }
}

/// Reads `{ lang: { id: text } }` into `into`, reporting each mistake with `source` (where the
/// integrator wrote it) unless the other module reports it.
/// Reports a mistake in the integrator's strings that every module finds alike (the shape of
/// the JSON): only the notice module (or the only module) says it.
fn structural_error(text: &str) {
    if !LANGUAGES.with_borrow(|l| l.secondary) {
        dom::error(text);
    }
}

pub fn read(value: &JsValue, source: &str, into: &mut Overrides) {
    let report = |e: OverrideError, id: &str| {
        if matches!(e, OverrideError::Language(_)) || checked_by_notice_module(id) {
            structural_error(&format!("{source}: {e}"));
        } else {
            dom::error(&format!("{source}: {e}"));
        }
    };
    let Some(langs) = value
        .dyn_ref::<js_sys::Object>()
        .filter(|_| !value.is_array())
    else {
        return structural_error(&format!(
            "{source}: expected {{ \"<language>\": {{ \"<message id>\": \"<text>\" }} }}"
        ));
    };
    for entry in js_sys::Object::entries(langs).iter() {
        let pair: js_sys::Array = entry.unchecked_into();
        let tag = pair.get(0).as_string().unwrap_or_default();
        let messages = pair.get(1);
        let Some(messages) = messages.dyn_ref::<js_sys::Object>() else {
            structural_error(&format!(
                "{source}: \"{tag}\" must map message ids to texts"
            ));
            continue;
        };
        for m in js_sys::Object::entries(messages).iter() {
            let m: js_sys::Array = m.unchecked_into();
            let id = m.get(0).as_string().unwrap_or_default();
            let result = match m.get(1).as_string() {
                Some(text) => into.set(&tag, &id, &text),
                None => Err(OverrideError::NotText {
                    lang: tag.clone(),
                    id: id.clone(),
                }),
            };
            if let Err(e) = result {
                let stop = matches!(e, OverrideError::Language(_));
                report(e, &id);
                if stop {
                    break;
                }
            }
        }
    }
}

/// Parses JSON text from an attribute or a JSON block.
fn parse(text: &str, source: &str, into: &mut Overrides) {
    match js_sys::JSON::parse(text) {
        Ok(value) => read(&value, source, into),
        Err(e) => {
            if !LANGUAGES.with_borrow(|l| l.secondary) {
                web_sys::console::error_2(
                    &JsValue::from_str(&format!("Glassbox: {source} is not valid JSON")),
                    &e,
                );
            }
        }
    }
}

/// Reads the page-wide replacements: every `<script type="application/json"
/// data-glassbox-strings>` block, then the script tag's `data-strings`.
pub fn configure_page(script_strings: Option<&str>) {
    let mut page = Overrides::default();
    if let Some(root) = dom::document().and_then(|d| d.document_element()) {
        for block in dom::matching(&root, "script[data-glassbox-strings]") {
            if let Some(text) = block.text_content() {
                parse(&text, "<script data-glassbox-strings>", &mut page);
            }
        }
    }
    if let Some(text) = script_strings {
        parse(text, "data-strings on the Glassbox <script> tag", &mut page);
    }
    LANGUAGES.with_borrow_mut(|l| l.page = page);
}

/// `Glassbox.strings(...)`: adds page-wide replacements.
pub fn add_page(value: &JsValue) {
    let mut page = LANGUAGES.with_borrow(|l| l.page.clone());
    read(value, "Glassbox.strings()", &mut page);
    LANGUAGES.with_borrow_mut(|l| l.page = page);
}

/// The replacements for one widget: the page's, with its own `data-strings` over them.
pub fn for_element(el: &web_sys::Element) -> Overrides {
    let page = page();
    let Some(text) = el.get_attribute("data-strings") else {
        return page;
    };
    let mut mine = Overrides::default();
    parse(
        &text,
        &format!("data-strings on {}", dom::describe(el)),
        &mut mine,
    );
    page.overridden_by(&mine)
}
