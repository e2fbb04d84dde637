//! The data-subject request form (GDPR Arts. 12, 15–18, 20–22): the rights offered, the one
//! required contact (an email), optional details per right, who receives the request and the
//! other ways to reach them, what happens to the typed data, and the delivery states (sending,
//! queued, acknowledged with reference and due date, failed, by email).
//!
//! The form checks itself with the same rules as the receiver (`glassbox_core::rights`); the
//! glue delivers what [`RightsFormProps::onsubmit`] receives and sets
//! [`RightsFormProps::delivery`].

use glassbox_core::config::RightsConfig;
use glassbox_core::i18n::{tr, Overrides, RightsMsg};
use glassbox_core::request::{FieldError, Kind};
use glassbox_core::rights::{
    controller_name, error_message, kind_label, percent_encode, readable_time, Field, Form,
    Receipt, Target,
};
use glassbox_core::Lang;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
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
}

/// What the person changed.
pub enum Action {
    /// Chose or un-chose a right.
    Toggle(Kind, bool, Rc<[Kind]>),
    /// Typed into a field.
    Set(Field, String),
    /// The direct-marketing objection: one step, it also chooses the right to object.
    Marketing(bool, Rc<[Kind]>),
    /// Pressed "send": the form's own errors.
    Checked(Vec<FieldError>),
}

#[derive(Clone, PartialEq)]
struct State {
    form: Form,
    errors: Vec<FieldError>,
    attempts: u32,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Toggle(kind, on, offered) => {
                next.form.toggle(kind, on, &offered);
                if kind == Kind::Objection && !on {
                    next.form.direct_marketing = false;
                }
            }
            Action::Set(field, value) => next.form.set(field, value),
            Action::Marketing(on, offered) => {
                next.form.direct_marketing = on;
                if on {
                    next.form.toggle(Kind::Objection, true, &offered);
                }
            }
            Action::Checked(errors) => {
                next.errors = errors;
                next.attempts += 1;
            }
        }
        Rc::new(next)
    }
}

/// See the module documentation.
#[component]
pub fn RightsForm(props: &RightsFormProps) -> Html {
    let state = use_reducer(|| State {
        form: (*props.initial).clone(),
        errors: Vec::new(),
        attempts: 0,
    });
    let first_error = use_node_ref();
    let ack_heading = use_node_ref();
    let (lang, overrides) = (props.lang, props.overrides.clone());
    let t = |msg: RightsMsg, args: &[(&str, &str)]| tr(lang, msg, args, &overrides);
    let config = &props.config;
    let controller = controller_name(config.controller.as_deref(), lang, &overrides);

    // Errors to show: the form's own after "send", else the receiver's.
    let rejected = match &props.delivery {
        Delivery::Rejected(errors) => Some(errors.clone()),
        _ => None,
    };
    let shown: Vec<(Target, String)> = {
        let source: Vec<FieldError> = if !state.errors.is_empty() {
            state.errors.clone()
        } else {
            rejected.as_deref().cloned().unwrap_or_default()
        };
        let mut out: Vec<(Target, String)> = Vec::new();
        for e in &source {
            if let Some(target) = Target::of(e) {
                if !out.iter().any(|(t, _)| *t == target) {
                    out.push((target, error_message(lang, e, &overrides)));
                }
            }
        }
        out
    };
    let first_target = shown.first().map(|(t, _)| *t);
    {
        let first_error = first_error.clone();
        let key = (state.attempts, rejected.clone(), first_target);
        use_effect_with(key, move |_| {
            if let Some(el) = first_error.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let acknowledged = matches!(props.delivery, Delivery::Acknowledged { .. });
    {
        let ack_heading = ack_heading.clone();
        use_effect_with(acknowledged, move |ack| {
            if *ack {
                if let Some(el) = ack_heading.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let error_of = |target: Target| {
        shown
            .iter()
            .find(|(t, _)| *t == target)
            .map(|(_, m)| m.clone())
    };

    let busy = matches!(
        props.delivery,
        Delivery::Sending | Delivery::Queued | Delivery::Acknowledged { .. }
    );
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

    // Who receives the request, and the other ways to reach them (Art. 12(2), EDPB 01/2022).
    let intro = match &config.controller {
        Some(c) => t(RightsMsg::RightsIntro, &[("controller", c)]),
        None => t(RightsMsg::RightsIntroUnknown, &[]),
    };
    let other_ways = match &config.controller {
        Some(c) => t(RightsMsg::RightsOtherWays, &[("controller", c)]),
        None => t(RightsMsg::RightsOtherWaysUnknown, &[]),
    };
    let data_use = match &config.controller {
        Some(c) => t(RightsMsg::RightsDataUse, &[("controller", c)]),
        None => t(RightsMsg::RightsDataUseUnknown, &[]),
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
    let title = t(RightsMsg::RightsTitle, &[]);
    let title_id = props.title_id.clone();
    let close = props.onclose.clone().map(|cb| {
        let label = t(RightsMsg::RightsClose, &[]);
        let onclick = cb.reform(|_: MouseEvent| ());
        html! { <button type="button" class="gb-secondary gb-close" {onclick}>{ label }</button> }
    });

    let about = html! {
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
            if let Some(href) = privacy {
                <p><a {href}>{ t(RightsMsg::RightsPrivacy, &[]) }</a></p>
            }
        </div>
    };

    if let Delivery::Acknowledged {
        receipt,
        receipt_text,
    } = &props.delivery
    {
        let href = format!(
            "data:text/plain;charset=utf-8,{}",
            percent_encode(receipt_text)
        );
        let download = format!("receipt-{}.txt", receipt.reference);
        let status = receipt.status_url.clone();
        return html! {
            <section class="gb-rights" aria-labelledby={title_id.clone()} lang={lang.tag()}>
                <h2 class="gb-title" id={title_id}>{ title }</h2>
                <div class="gb-ack-view" role="status">
                    <h3 tabindex="-1" ref={ack_heading}>{ t(RightsMsg::RightsAcknowledgedTitle, &[]) }</h3>
                    <p class="gb-reference">{ t(RightsMsg::RightsReference, &[("reference", &receipt.reference)]) }</p>
                    <p>{ t(RightsMsg::RightsReceivedAt, &[("time", &crate::intl::date_time(props.lang, &receipt.received_at, || readable_time(&receipt.received_at)))]) }</p>
                    <p class="gb-due">{ t(RightsMsg::RightsDueBy, &[("date", &crate::intl::date(props.lang, &receipt.due_by))]) }</p>
                    <p>{ t(RightsMsg::RightsVerifyEmail, &[]) }</p>
                </div>
                <ul class="gb-links">
                    if let Some(href) = status {
                        <li><a {href} class="gb-status-link">{ t(RightsMsg::RightsStatusLink, &[]) }</a></li>
                    }
                    <li><a {href} {download} class="gb-receipt">{ t(RightsMsg::RightsReceipt, &[]) }</a></li>
                </ul>
                { about }
                { for close }
            </section>
        };
    }

    let offered: Rc<[Kind]> = config.kinds.clone().into();
    let kinds_error = error_of(Target::Kinds);
    let kinds_invalid = kinds_error.is_some();
    let kinds_focus = first_target == Some(Target::Kinds);
    let checkboxes = offered.iter().enumerate().map(|(i, kind)| {
        let kind = *kind;
        let id = format!("gb-kind-{kind}");
        let checked = state.form.kinds.contains(&kind);
        let onchange = {
            let (state, offered) = (state.clone(), offered.clone());
            Callback::from(move |e: Event| {
                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                state.dispatch(Action::Toggle(kind, on, offered.clone()));
            })
        };
        let node = if i == 0 && kinds_focus { first_error.clone() } else { NodeRef::default() };
        let invalid = (i == 0 && kinds_invalid).then_some("true");
        let describedby = kinds_invalid.then_some("gb-kinds-error");
        // Art. 21(2)–(3): objecting to direct marketing is absolute; its own one-step choice.
        let marketing = (kind == Kind::Objection).then(|| {
            let onchange = {
                let (state, offered) = (state.clone(), offered.clone());
                Callback::from(move |e: Event| {
                    let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                    state.dispatch(Action::Marketing(on, offered.clone()));
                })
            };
            html! {
                <div class="gb-check gb-marketing">
                    <input type="checkbox" id="gb-direct-marketing" checked={state.form.direct_marketing} {onchange}
                        aria-describedby="gb-direct-marketing-hint" />
                    <label for="gb-direct-marketing">{ t(RightsMsg::RightsObjectionMarketing, &[]) }</label>
                    <p class="gb-hint" id="gb-direct-marketing-hint">{ t(RightsMsg::RightsObjectionMarketingHint, &[]) }</p>
                </div>
            }
        });
        html! {
            <div class="gb-check" key={kind.as_str()}>
                <input type="checkbox" id={id.clone()} name="kinds" value={kind.as_str()} {checked} {onchange}
                    ref={node} aria-invalid={invalid} aria-describedby={describedby} />
                <label for={id}>{ t(kind_label(kind), &[]) }</label>
                { for marketing }
            </div>
        }
    });

    let field = |f: Field, required: bool, hint: Option<(String, String)>| -> Html {
        let id = f.id();
        let error = error_of(Target::Field(f));
        let error_id = format!("{id}-error");
        let mut described: Vec<String> = Vec::new();
        if let Some((hint_id, _)) = &hint {
            described.push(hint_id.clone());
        }
        if error.is_some() {
            described.push(error_id.clone());
        }
        let describedby = (!described.is_empty()).then(|| described.join(" "));
        let invalid = error.is_some().then_some("true");
        let node = if first_target == Some(Target::Field(f)) {
            first_error.clone()
        } else {
            NodeRef::default()
        };
        let value = state.form.get(f).to_string();
        let maxlength = f.max().to_string();
        let label = t(f.label(), &[]);
        let required_attr = required.then_some("true");
        let input = if f.multiline() {
            let oninput = {
                let state = state.clone();
                Callback::from(move |e: InputEvent| {
                    let v = e.target_unchecked_into::<HtmlTextAreaElement>().value();
                    state.dispatch(Action::Set(f, v));
                })
            };
            html! { <textarea {id} name={id} rows="3" {value} {oninput} {maxlength} ref={node}
            aria-invalid={invalid} aria-describedby={describedby} /> }
        } else {
            let oninput = {
                let state = state.clone();
                Callback::from(move |e: InputEvent| {
                    let v = e.target_unchecked_into::<HtmlInputElement>().value();
                    state.dispatch(Action::Set(f, v));
                })
            };
            let (kind, autocomplete) = match f {
                Field::Email => ("email", Some("email")),
                Field::Name => ("text", Some("name")),
                _ => ("text", None),
            };
            html! { <input type={kind} {id} name={id} {value} {oninput} {maxlength} {autocomplete} ref={node}
            aria-required={required_attr} aria-invalid={invalid} aria-describedby={describedby} /> }
        };
        html! {
            <div class="gb-field">
                <label for={id}>{ label }</label>
                if let Some((hint_id, text)) = hint {
                    <p class="gb-hint" id={hint_id}>{ text }</p>
                }
                { input }
                if let Some(message) = error {
                    <p class="gb-field-error" id={error_id}>{ message }</p>
                }
            </div>
        }
    };

    let details = state.form.kinds.iter().map(|kind| {
        let kind = *kind;
        let fields: Vec<Html> = Field::of(kind)
            .into_iter()
            .map(|f| field(f, false, None))
            .collect();
        html! {
            <fieldset key={kind.as_str()} class={classes!("gb-details", format!("gb-details-{kind}"))}>
                <legend>{ t(kind_label(kind), &[]) }</legend>
                { for fields }
            </fieldset>
        }
    });

    // One live region, present from the start, says each change of state (a region that
    // appears together with its text is not reliably announced). The boxes below show the
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
    let queued = matches!(props.delivery, Delivery::Queued);
    let failed = matches!(props.delivery, Delivery::Failed);
    let no_channel = matches!(props.delivery, Delivery::NoChannel);
    let mailto = match &props.delivery {
        Delivery::Mailto(href) => Some(href.to_string()),
        _ => None,
    };
    let email_hint = Some((
        "gb-email-hint".to_string(),
        t(RightsMsg::RightsEmailHint, &[]),
    ));
    let sending = matches!(props.delivery, Delivery::Sending).then_some("true");
    let busy_attr = busy.then_some("true");

    html! {
        <section class="gb-rights" aria-labelledby={title_id.clone()} lang={lang.tag()}>
            <h2 class="gb-title" id={title_id}>{ title }</h2>
            <p class="gb-intro">{ intro }</p>
            { about }
            <form class="gb-form" novalidate=true {onsubmit} aria-busy={sending}>
                <fieldset class="gb-kinds" id="gb-kinds">
                    <legend>{ t(RightsMsg::RightsKindsLegend, &[]) }</legend>
                    { for checkboxes }
                    if let Some(message) = kinds_error {
                        <p class="gb-field-error" id="gb-kinds-error">{ message }</p>
                    }
                </fieldset>
                // A fixed container keeps the siblings in place while rights are chosen (focus
                // stays on the checkbox the person is on).
                <div class="gb-details-list">{ for details }</div>
                { field(Field::Email, true, email_hint) }
                { field(Field::Name, false, None) }
                <p class="gb-data-use">{ data_use }</p>
                // Kept (not removed) while sending so focus stays put; a second press does nothing.
                <button type="submit" class="gb-primary gb-submit" aria-disabled={busy_attr}>{ t(RightsMsg::RightsSubmit, &[]) }</button>
                <p class="gb-status" role="status">{ status }</p>
            </form>
            if queued {
                <div class="gb-queued">
                    <h3>{ t(RightsMsg::RightsQueuedTitle, &[]) }</h3>
                    <p>{ t(RightsMsg::RightsQueued, &[("controller", &controller)]) }</p>
                </div>
            }
            if failed {
                <div class="gb-failed" role="alert">
                    <h3>{ t(RightsMsg::RightsFailedTitle, &[]) }</h3>
                    <p>{ t(RightsMsg::RightsFailed, &[("controller", &controller)]) }</p>
                </div>
            }
            if let Some(href) = mailto {
                <div class="gb-mailto">
                    <h3>{ t(RightsMsg::RightsMailtoTitle, &[]) }</h3>
                    <p>{ t(RightsMsg::RightsMailto, &[]) }</p>
                    <p><a {href} class="gb-primary gb-mailto-link">{ t(RightsMsg::RightsMailtoLink, &[]) }</a></p>
                </div>
            }
            if no_channel {
                <p class="gb-failed" role="alert">{ t(RightsMsg::RightsNoChannel, &[("controller", &controller)]) }</p>
            }
            { for close }
        </section>
    }
}
