//! The data-subject request form (GDPR Arts. 12, 15–18, 20–22): the rights offered, the one
//! required contact (an email), optional details per right (for an objection, the person's
//! particular situation, Art. 21(1)), who receives the request and the other ways to reach
//! them, what happens to the typed data, and the delivery states (sending, queued,
//! acknowledged with reference, due date, possible extension and complaint route, failed, by
//! email).
//!
//! Small components, one a file: [`KindChoice`](kind_choice::KindChoice),
//! [`TextField`](text_field::TextField), [`About`](about::About),
//! [`Acknowledgement`](acknowledgement::Acknowledgement) and
//! [`DeliveryStatus`](delivery_status::DeliveryStatus); the state and its pure reducer are in
//! [`state`]. The form checks itself with the same rules as the receiver
//! (`glassbox_core::rights`); the glue delivers what [`RightsFormProps::onsubmit`] receives
//! and sets [`RightsFormProps::delivery`].

mod about;
mod acknowledgement;
mod delivery_status;
mod kind_choice;
pub mod state;
mod text_field;

use about::About;
use acknowledgement::Acknowledgement;
use delivery_status::DeliveryStatus;
use glassbox_core::config::RightsConfig;
use glassbox_core::i18n::{tr, Overrides, RightsMsg};
use glassbox_core::request::{FieldError, Kind};
use glassbox_core::rights::{
    controller_name, error_message, kind_label, Field, Form, Receipt, Target,
};
use glassbox_core::Lang;
use kind_choice::KindChoice;
pub use state::Action;
use state::State;
use std::rc::Rc;
use text_field::TextField;
use yew::prelude::*;

/// Where the request is, as the glue reports it.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Delivery {
    /// Not sent yet.
    #[default]
    Idle,
    /// Being sent.
    Sending,
    /// Could not be sent; kept in the outbox and retried.
    Queued,
    /// The receiver acknowledged it.
    Acknowledged {
        /// Its answer.
        receipt: Rc<Receipt>,
        /// The text of the downloadable receipt.
        receipt_text: Rc<str>,
    },
    /// The receiver refused some fields (`422`); shown next to them.
    Rejected(Rc<Vec<FieldError>>),
    /// Refused for another reason; not retried.
    Failed,
    /// No endpoint: the request as an email (`mailto:` link).
    Mailto(Rc<str>),
    /// Neither an endpoint nor a contact address.
    NoChannel,
}

/// Properties of [`RightsForm`].
#[derive(Properties, PartialEq, Clone)]
pub struct RightsFormProps {
    /// The parsed configuration.
    pub config: Rc<RightsConfig>,
    /// The negotiated language.
    pub lang: Lang,
    /// Strings the integrator replaced.
    #[prop_or_default]
    pub overrides: Rc<Overrides>,
    /// What the form starts with (kinds chosen, prefilled fields, context).
    #[prop_or_default]
    pub initial: Rc<Form>,
    /// Where the request is.
    #[prop_or_default]
    pub delivery: Delivery,
    /// Receives the form once it passes the checks.
    #[prop_or_default]
    pub onsubmit: Callback<Form>,
    /// Shown as a dialog: the "Close" button.
    #[prop_or_default]
    pub onclose: Option<Callback<()>>,
    /// Id of the title, for the dialog's `aria-labelledby`.
    #[prop_or_else(|| AttrValue::from("gb-rights-title"))]
    pub title_id: AttrValue,
    /// Its place among the request forms on the page, from 1: from the second on, its
    /// accessible name ends with its number, so that each region's name is unique.
    #[prop_or(1)]
    pub ordinal: u32,
}

/// The errors to show, one per place: the form's own after "send", else the receiver's.
fn shown_errors(
    own: &[FieldError],
    delivery: &Delivery,
    lang: Lang,
    overrides: &Overrides,
) -> Vec<(Target, AttrValue)> {
    let source: &[FieldError] = match delivery {
        Delivery::Rejected(errors) if own.is_empty() => errors,
        _ => own,
    };
    let mut out: Vec<(Target, AttrValue)> = Vec::new();
    for e in source {
        if let Some(target) = Target::of(e) {
            if !out.iter().any(|(t, _)| *t == target) {
                out.push((target, error_message(lang, e, overrides).into()));
            }
        }
    }
    out
}

/// See the module documentation.
#[component]
pub fn RightsForm(props: &RightsFormProps) -> Html {
    let state = use_reducer(|| State::new((*props.initial).clone()));
    let first_error = use_node_ref();
    let (lang, overrides) = (props.lang, props.overrides.clone());
    let t = |msg: RightsMsg, args: &[(&str, &str)]| tr(lang, msg, args, &overrides);
    let config = &props.config;
    let controller = controller_name(config.controller.as_deref(), lang, &overrides);

    let shown = shown_errors(&state.errors, &props.delivery, lang, &overrides);
    let first_target = shown.first().map(|(t, _)| *t);
    {
        let first_error = first_error.clone();
        let rejected = match &props.delivery {
            Delivery::Rejected(errors) => Some(errors.clone()),
            _ => None,
        };
        let key = (state.attempts, rejected, first_target);
        use_effect_with(key, move |_| {
            if let Some(el) = first_error.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let error_of = |target: Target| {
        shown
            .iter()
            .find(|(t, _)| *t == target)
            .map(|(_, m)| m.clone())
    };
    let focus_at = |target: Target| (first_target == Some(target)).then(|| first_error.clone());

    let title = t(RightsMsg::RightsTitle, &[]);
    let title_id = props.title_id.clone();
    // The first form is named by its title; later ones by the title and their number.
    let (labelledby, label) = if props.ordinal > 1 {
        (
            None,
            Some(crate::components::numbered(title.clone(), props.ordinal)),
        )
    } else {
        (Some(title_id.clone()), None)
    };
    let close = props.onclose.clone().map(|cb| {
        let label = t(RightsMsg::RightsClose, &[]);
        let onclick = cb.reform(|_: MouseEvent| ());
        html! { <button type="button" class="gb-secondary gb-close" {onclick}>{ label }</button> }
    });
    let about = html! { <About config={config.clone()} {lang} overrides={overrides.clone()} /> };

    if let Delivery::Acknowledged {
        receipt,
        receipt_text,
    } = &props.delivery
    {
        return html! {
            <section class="gb-rights" aria-labelledby={labelledby.clone()} aria-label={label.clone()} lang={lang.tag()}>
                <h2 class="gb-title" id={title_id}>{ title }</h2>
                <Acknowledgement receipt={receipt.clone()} receipt_text={receipt_text.clone()} {lang} overrides={overrides.clone()} />
                { about }
                { for close }
            </section>
        };
    }

    let busy = matches!(props.delivery, Delivery::Sending | Delivery::Queued);
    let onsubmit = {
        let (state, onsubmit) = (state.clone(), props.onsubmit.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if busy {
                return;
            }
            let errors = state.form.errors(lang);
            let ok = errors.is_empty();
            state.dispatch(Action::Checked(errors));
            if ok {
                onsubmit.emit(state.form.clone());
            }
        })
    };
    let ondispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };

    let intro = match &config.controller {
        Some(c) => t(RightsMsg::RightsIntro, &[("controller", c)]),
        None => t(RightsMsg::RightsIntroUnknown, &[]),
    };
    let data_use = match &config.controller {
        Some(c) => t(RightsMsg::RightsDataUse, &[("controller", c)]),
        None => t(RightsMsg::RightsDataUseUnknown, &[]),
    };
    let offered: Rc<[Kind]> = config.kinds.clone().into();
    let field = |f: Field, required: bool| -> Html {
        let hint = f.hint().map(|h| AttrValue::from(t(h, &[])));
        html! {
            <TextField field={f} label={t(f.label(), &[])} {hint} {required}
                value={state.form.get(f).to_string()} error={error_of(Target::Field(f))}
                focus={focus_at(Target::Field(f))} ondispatch={ondispatch.clone()} />
        }
    };
    let details = state.form.kinds.iter().map(|kind| {
        let kind = *kind;
        html! {
            <fieldset key={kind.as_str()} class={classes!("gb-details", format!("gb-details-{kind}"))}>
                <legend>{ t(kind_label(kind), &[]) }</legend>
                for f in Field::of(kind) {
                    { field(f, false) }
                }
            </fieldset>
        }
    });

    // One live region, present from the start, says each change of state (a region that
    // appears together with its text is not reliably announced). `DeliveryStatus` shows the
    // details; the queued and email titles are said here and shown there.
    let status = match &props.delivery {
        Delivery::Sending => html! { { t(RightsMsg::RightsSending, &[]) } },
        Delivery::Queued => html! {
            <span class="gb-visually-hidden">{ t(RightsMsg::RightsQueuedTitle, &[]) }</span>
        },
        Delivery::Mailto(_) => html! {
            <span class="gb-visually-hidden">{ t(RightsMsg::RightsMailtoTitle, &[]) }</span>
        },
        _ if !shown.is_empty() => html! { { t(RightsMsg::RightsErrors, &[]) } },
        _ => html! {},
    };
    let sending = matches!(props.delivery, Delivery::Sending).then_some("true");
    let busy_attr = busy.then_some("true");

    html! {
        <section class="gb-rights" aria-labelledby={labelledby.clone()} aria-label={label.clone()} lang={lang.tag()}>
            <h2 class="gb-title" id={title_id}>{ title }</h2>
            <p class="gb-intro">{ intro }</p>
            { about }
            <form class="gb-form" novalidate=true {onsubmit} aria-busy={sending}>
                <KindChoice offered={offered.clone()} chosen={state.form.kinds.clone()}
                    direct_marketing={state.form.direct_marketing} error={error_of(Target::Kinds)}
                    focus={focus_at(Target::Kinds)} {lang} overrides={overrides.clone()}
                    ondispatch={ondispatch.clone()} />
                // A fixed container keeps the siblings in place while rights are chosen (focus
                // stays on the checkbox the person is on).
                <div class="gb-details-list">{ for details }</div>
                { field(Field::Email, true) }
                { field(Field::Name, false) }
                <p class="gb-data-use">{ data_use }</p>
                // Kept (not removed) while sending so focus stays put; a second press does nothing.
                <button type="submit" class="gb-primary gb-submit" aria-disabled={busy_attr}>{ t(RightsMsg::RightsSubmit, &[]) }</button>
                <p class="gb-status" role="status">{ status }</p>
            </form>
            <DeliveryStatus delivery={props.delivery.clone()} controller={controller} {lang} overrides={overrides.clone()} />
            { for close }
        </section>
    }
}
