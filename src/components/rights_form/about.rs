//! Who receives the request and the other ways to reach them (GDPR Art. 12(2), EDPB 01/2022):
//! the controller's email and postal address, the privacy policy, the data protection officer
//! and the supervisory authority. Shown with the form and with its acknowledgement.

use crate::components::Contacts;
use glassbox_core::config::RightsConfig;
use glassbox_core::i18n::{tr, Overrides, RightsMsg};
use glassbox_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`About`].
#[derive(Properties, PartialEq, Clone)]
pub struct AboutProps {
    /// The form's configuration.
    pub config: Rc<RightsConfig>,
    /// The negotiated language.
    pub lang: Lang,
    /// Strings the integrator replaced.
    #[prop_or_default]
    pub overrides: Rc<Overrides>,
}

/// See the module documentation.
#[component]
pub fn About(props: &AboutProps) -> Html {
    let (lang, overrides) = (props.lang, &props.overrides);
    let t = |msg: RightsMsg, args: &[(&str, &str)]| tr(lang, msg, args, overrides);
    let config = &props.config;
    let other_ways = match &config.controller {
        Some(c) => t(RightsMsg::RightsOtherWays, &[("controller", c)]),
        None => t(RightsMsg::RightsOtherWaysUnknown, &[]),
    };
    let contact = config.contact.clone().map(|email| {
        let label = t(RightsMsg::RightsContactEmail, &[("email", "")]);
        (label, format!("mailto:{email}"), email)
    });
    let postal = config
        .postal_address
        .as_deref()
        .map(|a| t(RightsMsg::RightsContactPost, &[("address", a)]));
    let privacy = config.privacy_policy.as_ref().map(|u| u.to_string());
    html! {
        <div class="gb-about">
            <p>{ other_ways }</p>
            <ul class="gb-contact">
                if let Some((label, href, email)) = contact {
                    <li>{ label }<a {href}>{ email }</a></li>
                }
                if let Some(text) = postal {
                    <li>{ text }</li>
                }
            </ul>
            <Contacts dpo={config.dpo.clone()} authority={config.authority.clone()} {lang} overrides={props.overrides.clone()} />
            if let Some(href) = privacy {
                <p><a {href}>{ t(RightsMsg::RightsPrivacy, &[]) }</a></p>
            }
        </div>
    }
}
