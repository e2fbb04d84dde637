//! Who else the person can turn to: the data protection officer (`data-dpo`, GDPR Arts.
//! 13(1)(b), 38(4)) and the supervisory authority (`data-authority`, Art. 77), each as a
//! link. Shown in the explanation, the request form and its acknowledgement; nothing when
//! neither is configured.

use glassbox_core::config::ContactLink;
use glassbox_core::i18n::{tr, Overrides, RightsMsg};
use glassbox_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Contacts`].
#[derive(Properties, PartialEq, Clone)]
pub struct ContactsProps {
    /// `data-dpo`.
    #[prop_or_default]
    pub dpo: Option<ContactLink>,
    /// `data-authority`.
    #[prop_or_default]
    pub authority: Option<ContactLink>,
    /// The negotiated language.
    pub lang: Lang,
    /// Strings the integrator replaced.
    #[prop_or_default]
    pub overrides: Rc<Overrides>,
}

/// See the module documentation.
#[component]
pub fn Contacts(props: &ContactsProps) -> Html {
    if props.dpo.is_none() && props.authority.is_none() {
        return html! {};
    }
    let t = |msg: RightsMsg| tr(props.lang, msg, &[], &props.overrides);
    let line = |label: String, link: &ContactLink, class: &'static str| {
        let href = link.href.to_string();
        html! { <li {class}>{ label }{ " " }<a {href}>{ link.text.clone() }</a></li> }
    };
    let dpo = props
        .dpo
        .as_ref()
        .map(|l| line(t(RightsMsg::RightsDpo), l, "gb-dpo"));
    let authority = props
        .authority
        .as_ref()
        .map(|l| line(t(RightsMsg::RightsAuthority), l, "gb-authority"));
    html! {
        <ul class="gb-contact gb-officials">
            { for dpo }
            { for authority }
        </ul>
    }
}
