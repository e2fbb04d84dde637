//! One text field of the request form: its label, an optional hint, the input (one line or
//! several), and its error tied to it (`aria-describedby`, `aria-invalid`).

use super::state::Action;
use glassbox_core::rights::Field;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Properties of [`TextField`].
#[derive(Properties, PartialEq, Clone)]
pub struct TextFieldProps {
    /// Which field.
    pub field: Field,
    /// Its label, in the person's language.
    pub label: AttrValue,
    /// Its hint, if any.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// What is typed in it.
    pub value: AttrValue,
    /// Its error message, if any.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Whether it is required (only the email is).
    #[prop_or_default]
    pub required: bool,
    /// Set when this field holds the first error: focus goes there after "send".
    #[prop_or_default]
    pub focus: Option<NodeRef>,
    /// Receives what the person types.
    pub ondispatch: Callback<Action>,
}

/// See the module documentation.
#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let f = props.field;
    let id = f.id();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let mut described: Vec<&str> = Vec::new();
    if props.hint.is_some() {
        described.push(&hint_id);
    }
    if props.error.is_some() {
        described.push(&error_id);
    }
    let describedby = (!described.is_empty()).then(|| described.join(" "));
    let invalid = props.error.is_some().then_some("true");
    let node = props.focus.clone().unwrap_or_default();
    let value = props.value.clone();
    let maxlength = f.max().to_string();
    let required = props.required.then_some("true");
    let input = if f.multiline() {
        let oninput = props.ondispatch.reform(move |e: InputEvent| {
            Action::Set(f, e.target_unchecked_into::<HtmlTextAreaElement>().value())
        });
        html! { <textarea {id} name={id} rows="3" {value} {oninput} {maxlength} ref={node}
        aria-invalid={invalid} aria-describedby={describedby} /> }
    } else {
        let oninput = props.ondispatch.reform(move |e: InputEvent| {
            Action::Set(f, e.target_unchecked_into::<HtmlInputElement>().value())
        });
        let (kind, autocomplete) = match f {
            Field::Email => ("email", Some("email")),
            Field::Name => ("text", Some("name")),
            _ => ("text", None),
        };
        html! { <input type={kind} {id} name={id} {value} {oninput} {maxlength} {autocomplete} ref={node}
        aria-required={required} aria-invalid={invalid} aria-describedby={describedby} /> }
    };
    html! {
        <div class="gb-field">
            <label for={id}>{ props.label.clone() }</label>
            if let Some(text) = props.hint.clone() {
                <p class="gb-hint" id={hint_id}>{ text }</p>
            }
            { input }
            if let Some(message) = props.error.clone() {
                <p class="gb-field-error" id={error_id}>{ message }</p>
            }
        </div>
    }
}
