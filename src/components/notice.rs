//! The AI notice (EU AI Act Art. 50): the sentence, who operates the system, the links a person
//! needs before the first interaction, and the optional acknowledgement.

use crate::event::WidgetEvent;
use glassbox_core::config::{HumanContact, NoticeConfig, Variant};
use glassbox_core::i18n::Overrides;
use glassbox_core::notice::NoticeCopy;
use glassbox_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Notice`].
#[derive(Properties, PartialEq, Clone)]
pub struct NoticeProps {
    /// The parsed configuration of this notice.
    pub config: Rc<NoticeConfig>,
    /// The negotiated language.
    pub lang: Lang,
    /// Strings the integrator replaced.
    #[prop_or_default]
    pub overrides: Rc<Overrides>,
    /// Receives what the host page should hear about (shown, acknowledged, human requested).
    #[prop_or_default]
    pub onevent: Callback<WidgetEvent>,
    /// Its place among the notices on the page, from 1: from the second on, its accessible
    /// name ends with its number, so that each notice region's name is unique.
    #[prop_or(1)]
    pub ordinal: u32,
}

/// What the notice's status line says.
#[derive(Clone, Copy, PartialEq)]
enum Said {
    Nothing,
    Acknowledged,
    HumanRequested,
}

/// The AI notice. Rendered at once and never dismissed; with `ack_required` it asks the person
/// to confirm before the host's input is enabled.
#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let copy = use_memo(
        (props.config.clone(), props.lang, props.overrides.clone()),
        |(config, lang, overrides)| NoticeCopy::new(config, *lang, overrides),
    );
    let acked = use_state(|| false);
    // What the status line last said, kept as a fact rather than as text so that it follows a
    // change of language.
    let status = use_state(|| Said::Nothing);

    {
        let onevent = props.onevent.clone();
        let event = WidgetEvent::NoticeShown {
            lang: props.lang,
            variant: props.config.variant,
            fingerprint: copy.fingerprint(),
        };
        use_effect_with(event, move |event| onevent.emit(event.clone()));
    }

    let config = &props.config;
    let variant = config.variant;
    let on_ack = {
        let (acked, status, onevent) = (acked.clone(), status.clone(), props.onevent.clone());
        Callback::from(move |_: MouseEvent| {
            acked.set(true);
            status.set(Said::Acknowledged);
            onevent.emit(WidgetEvent::NoticeAcknowledged);
        })
    };
    let on_human = {
        let (status, onevent) = (status.clone(), props.onevent.clone());
        Callback::from(move |_: MouseEvent| {
            status.set(Said::HumanRequested);
            onevent.emit(WidgetEvent::HumanRequested { source: "notice" });
        })
    };

    let status_text = match *status {
        Said::Nothing => String::new(),
        Said::Acknowledged => copy.acked.clone(),
        Said::HumanRequested => copy.human_requested.clone(),
    };

    let on_rights = props
        .onevent
        .reform(|_: MouseEvent| WidgetEvent::RightsRequested);

    let human_link = match &config.human_contact {
        Some(HumanContact::Link(url)) => Some(url.to_string()),
        _ => None,
    };
    let human_button = matches!(config.human_contact, Some(HumanContact::Event));
    let more_info = config.more_info.as_ref().map(|u| u.to_string());
    let privacy = config.privacy_policy.as_ref().map(|u| u.to_string());
    let rights = copy.rights.clone();
    let has_links = human_link.is_some()
        || human_button
        || more_info.is_some()
        || privacy.is_some()
        || rights.is_some();
    let purpose = copy.purpose.clone().filter(|_| variant != Variant::Badge);
    let asking = config.ack_required && !*acked;
    let class = classes!("gb-notice", format!("gb-{}", variant.as_str()));
    let region_label = crate::components::numbered(copy.region_label.clone(), props.ordinal);

    html! {
        <section {class} aria-label={region_label} lang={props.lang.tag()}
                 data-variant={variant.as_str()}>
            <span class="gb-ai-icon" aria-hidden="true">{ "AI" }</span>
            <div class="gb-body">
                <p class="gb-sentence">{ copy.sentence.clone() }</p>
                <p class="gb-operator">{ copy.operator.clone() }</p>
                if let Some(text) = copy.high_risk.clone() {
                    <p class="gb-high-risk">{ text }</p>
                }
                if let Some(text) = purpose {
                    <p class="gb-purpose">{ text }</p>
                }
                if has_links {
                    <ul class="gb-links">
                        if let Some(href) = human_link {
                            <li><a {href} class="gb-human">{ copy.human.clone() }</a></li>
                        }
                        if human_button {
                            <li><button type="button" class="gb-link-button gb-human" onclick={on_human}>{ copy.human.clone() }</button></li>
                        }
                        if let Some(href) = more_info {
                            <li><a {href} class="gb-more-info">{ copy.more_info.clone() }</a></li>
                        }
                        if let Some(href) = privacy {
                            <li><a {href} class="gb-privacy">{ copy.privacy.clone() }</a></li>
                        }
                        if let Some(text) = rights {
                            <li><button type="button" class="gb-link-button gb-rights-link" aria-haspopup="dialog" onclick={on_rights}>{ text }</button></li>
                        }
                    </ul>
                }
                if asking {
                    <p class="gb-ack-hint" id="gb-ack-hint">{ copy.ack_hint.clone() }</p>
                    <button type="button" class="gb-ack" aria-describedby="gb-ack-hint" onclick={on_ack}>
                        { copy.ack.clone() }
                    </button>
                }
                <p class="gb-status" role="status">{ status_text }</p>
            </div>
        </section>
    }
}
