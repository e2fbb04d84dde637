//! What happened to a request that was not acknowledged: kept in the browser and sent later,
//! refused, to be sent by email, or impossible to send from this page. The form's own live
//! region announces each change; these boxes give the details.

use super::Delivery;
use glassbox_core::i18n::{tr, Overrides, RightsMsg};
use glassbox_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`DeliveryStatus`].
#[derive(Properties, PartialEq, Clone)]
pub struct DeliveryStatusProps {
    /// Where the request is.
    pub delivery: Delivery,
    /// Who receives it, as the person reads it.
    pub controller: AttrValue,
    /// The negotiated language.
    pub lang: Lang,
    /// Strings the integrator replaced.
    #[prop_or_default]
    pub overrides: Rc<Overrides>,
}

/// See the module documentation.
#[component]
pub fn DeliveryStatus(props: &DeliveryStatusProps) -> Html {
    let (lang, overrides) = (props.lang, &props.overrides);
    let t = |msg: RightsMsg, args: &[(&str, &str)]| tr(lang, msg, args, overrides);
    let controller = [("controller", props.controller.as_str())];
    match &props.delivery {
        Delivery::Queued => html! {
            <div class="gb-queued">
                <h3>{ t(RightsMsg::RightsQueuedTitle, &[]) }</h3>
                <p>{ t(RightsMsg::RightsQueued, &controller) }</p>
            </div>
        },
        Delivery::Failed => html! {
            <div class="gb-failed" role="alert">
                <h3>{ t(RightsMsg::RightsFailedTitle, &[]) }</h3>
                <p>{ t(RightsMsg::RightsFailed, &controller) }</p>
            </div>
        },
        Delivery::Mailto(href) => {
            let href = href.to_string();
            html! {
                <div class="gb-mailto">
                    <h3>{ t(RightsMsg::RightsMailtoTitle, &[]) }</h3>
                    <p>{ t(RightsMsg::RightsMailto, &[]) }</p>
                    <p><a {href} class="gb-primary gb-mailto-link">{ t(RightsMsg::RightsMailtoLink, &[]) }</a></p>
                </div>
            }
        }
        Delivery::NoChannel => html! {
            <p class="gb-failed" role="alert">{ t(RightsMsg::RightsNoChannel, &controller) }</p>
        },
        _ => html! {},
    }
}
