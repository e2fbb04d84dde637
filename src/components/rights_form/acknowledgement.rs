//! The receiver's acknowledgement (GDPR Art. 12(3)): the reference, when the request was
//! received, the due date, that the period may be extended by two further months with reasons,
//! the right to lodge a complaint with a supervisory authority (Art. 77), the status link where
//! the receiver gives one, and a downloadable receipt. Focus moves to its heading when it
//! appears.

use glassbox_core::i18n::{tr, Overrides, RightsMsg};
use glassbox_core::rights::{percent_encode, readable_time, Receipt};
use glassbox_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Acknowledgement`].
#[derive(Properties, PartialEq, Clone)]
pub struct AcknowledgementProps {
    /// The receiver's answer.
    pub receipt: Rc<Receipt>,
    /// The text of the downloadable receipt.
    pub receipt_text: Rc<str>,
    /// The negotiated language.
    pub lang: Lang,
    /// Strings the integrator replaced.
    #[prop_or_default]
    pub overrides: Rc<Overrides>,
}

/// See the module documentation.
#[component]
pub fn Acknowledgement(props: &AcknowledgementProps) -> Html {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let (lang, overrides) = (props.lang, &props.overrides);
    let t = |msg: RightsMsg, args: &[(&str, &str)]| tr(lang, msg, args, overrides);
    let receipt = &props.receipt;
    let href = format!(
        "data:text/plain;charset=utf-8,{}",
        percent_encode(&props.receipt_text)
    );
    let download = format!("receipt-{}.txt", receipt.reference);
    let received = crate::intl::date_time(lang, &receipt.received_at, || {
        readable_time(&receipt.received_at)
    });
    let due = crate::intl::date(lang, &receipt.due_by);
    html! {
        <>
            <div class="gb-ack-view" role="status">
                <h3 tabindex="-1" ref={heading}>{ t(RightsMsg::RightsAcknowledgedTitle, &[]) }</h3>
                <p class="gb-reference">{ t(RightsMsg::RightsReference, &[("reference", &receipt.reference)]) }</p>
                <p>{ t(RightsMsg::RightsReceivedAt, &[("time", &received)]) }</p>
                <p class="gb-due">{ t(RightsMsg::RightsDueBy, &[("date", &due)]) }</p>
                <p class="gb-extension">{ t(RightsMsg::RightsExtension, &[]) }</p>
                <p class="gb-complaint">{ t(RightsMsg::RightsComplaint, &[]) }</p>
                <p>{ t(RightsMsg::RightsVerifyEmail, &[]) }</p>
            </div>
            <ul class="gb-links">
                if let Some(href) = receipt.status_url.clone() {
                    <li><a {href} class="gb-status-link">{ t(RightsMsg::RightsStatusLink, &[]) }</a></li>
                }
                <li><a {href} {download} class="gb-receipt">{ t(RightsMsg::RightsReceipt, &[]) }</a></li>
            </ul>
        </>
    }
}
