//! Marking of AI-generated content: the `ai-disclosure` attribute (WICG AI Content Disclosure
//! proposal: `ai-generated`, or `ai-assisted` for `data-ai-label="modified"`) and a visible
//! "AI" label in the style of the EU icon, its word ("GENERATED", "MODIFIED") and its text
//! alternative in the person's language.

use super::dom;
use glassbox_core::config::AiContentConfig;
use glassbox_core::notice::{ai_label_alt, ai_label_text};
use glassbox_core::Lang;
use wasm_bindgen::JsValue;
use web_sys::Element;

/// Marks `el` once: the attribute, and the label as its first child in a shadow root of its own
/// (the prerendered one, when the page has it).
pub fn mark(el: &Element, config: &AiContentConfig, lang: Lang) -> Result<(), JsValue> {
    if el.has_attribute("data-glassbox-marked") {
        return Ok(());
    }
    let doc = dom::document().ok_or_else(|| JsValue::from_str("no document"))?;
    el.set_attribute("ai-disclosure", config.label.disclosure())?;
    el.set_attribute("data-glassbox-marked", "")?;
    // A page prerendered by glassbox-render already has the label's holder with its shadow
    // root: take it over in place rather than adding a second label.
    let holder = match el
        .first_element_child()
        .filter(|c| c.has_attribute("data-glassbox-label"))
    {
        Some(holder) => holder,
        None => {
            let holder = doc.create_element("span")?;
            holder.set_attribute("data-glassbox-label", "")?;
            el.prepend_with_node_1(&holder)?;
            holder
        }
    };
    let root = dom::mount_point(&holder, config.theme, lang)?;
    let label = doc.create_element("span")?;
    label.set_class_name("gb-ai-label");
    label.set_attribute("role", "img")?;
    let overrides = super::lang::for_element(el);
    label.set_attribute("aria-label", &ai_label_alt(config.label, lang, &overrides))?;
    label.set_text_content(Some(&ai_label_text(config.label, lang, &overrides)));
    root.append_child(&label)?;
    Ok(())
}
