//! The choice of rights: one checkbox per right offered, several at once, with the objection
//! to direct marketing as its own one-step choice next to the right to object (GDPR Art.
//! 21(2)–(3)), and the error "choose at least one right" tied to the group.

use super::state::Action;
use glassbox_core::i18n::{tr, Overrides, RightsMsg};
use glassbox_core::request::Kind;
use glassbox_core::rights::kind_label;
use glassbox_core::Lang;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`KindChoice`].
#[derive(Properties, PartialEq, Clone)]
pub struct KindChoiceProps {
    /// The rights offered, in order.
    pub offered: Rc<[Kind]>,
    /// The rights chosen.
    pub chosen: Vec<Kind>,
    /// Whether the direct-marketing objection is ticked.
    pub direct_marketing: bool,
    /// "Choose at least one right", when shown.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Set when the group holds the first error: focus goes to its first checkbox.
    #[prop_or_default]
    pub focus: Option<NodeRef>,
    /// The negotiated language.
    pub lang: Lang,
    /// Strings the integrator replaced.
    #[prop_or_default]
    pub overrides: Rc<Overrides>,
    /// Receives the person's choices.
    pub ondispatch: Callback<Action>,
}

/// See the module documentation.
#[component]
pub fn KindChoice(props: &KindChoiceProps) -> Html {
    let t = |msg: RightsMsg| tr(props.lang, msg, &[], &props.overrides);
    let invalid = props.error.is_some();
    let checkboxes = props.offered.iter().enumerate().map(|(i, kind)| {
        let kind = *kind;
        let id = format!("gb-kind-{kind}");
        let checked = props.chosen.contains(&kind);
        let offered = props.offered.clone();
        let onchange = props.ondispatch.reform(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            Action::Toggle(kind, on, offered.clone())
        });
        let node = match (i, &props.focus) {
            (0, Some(node)) => node.clone(),
            _ => NodeRef::default(),
        };
        let first_invalid = (i == 0 && invalid).then_some("true");
        let describedby = invalid.then_some("gb-kinds-error");
        let marketing = (kind == Kind::Objection).then(|| {
            let offered = props.offered.clone();
            let onchange = props.ondispatch.reform(move |e: Event| {
                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                Action::Marketing(on, offered.clone())
            });
            html! {
                <div class="gb-check gb-marketing">
                    <input type="checkbox" id="gb-direct-marketing" checked={props.direct_marketing} {onchange}
                        aria-describedby="gb-direct-marketing-hint" />
                    <label for="gb-direct-marketing">{ t(RightsMsg::RightsObjectionMarketing) }</label>
                    <p class="gb-hint" id="gb-direct-marketing-hint">{ t(RightsMsg::RightsObjectionMarketingHint) }</p>
                </div>
            }
        });
        html! {
            <div class="gb-check" key={kind.as_str()}>
                <input type="checkbox" id={id.clone()} name="kinds" value={kind.as_str()} {checked} {onchange}
                    ref={node} aria-invalid={first_invalid} aria-describedby={describedby} />
                <label for={id}>{ t(kind_label(kind)) }</label>
                { for marketing }
            </div>
        }
    });
    html! {
        <fieldset class="gb-kinds" id="gb-kinds">
            <legend>{ t(RightsMsg::RightsKindsLegend) }</legend>
            { for checkboxes }
            if let Some(message) = props.error.clone() {
                <p class="gb-field-error" id="gb-kinds-error">{ message }</p>
            }
        </fieldset>
    }
}
