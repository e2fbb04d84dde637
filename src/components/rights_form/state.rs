//! The request form's state and its pure reducer (yew's `function_todomvc` way): what the
//! person chose and typed, the errors of the last "send", and how many times they pressed it.
//! Nothing here touches the network or storage; the glue does that with what
//! [`super::RightsFormProps::onsubmit`] receives.

use glassbox_core::request::{FieldError, Kind};
use glassbox_core::rights::{Field, Form};
use std::rc::Rc;
use yew::prelude::*;

/// What the person changed.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Chose or un-chose a right, among those offered.
    Toggle(Kind, bool, Rc<[Kind]>),
    /// Typed into a field.
    Set(Field, String),
    /// The direct-marketing objection: one step, it also chooses the right to object.
    Marketing(bool, Rc<[Kind]>),
    /// Pressed "send": the form's own errors.
    Checked(Vec<FieldError>),
}

/// The form as the person left it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct State {
    /// What they chose and typed.
    pub form: Form,
    /// The form's own errors after the last "send".
    pub errors: Vec<FieldError>,
    /// How many times "send" was pressed (each moves focus to the first error again).
    pub attempts: u32,
}

impl State {
    /// A form starting from `initial` (prefilled kinds, fields and context).
    pub fn new(initial: Form) -> State {
        State {
            form: initial,
            ..State::default()
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn offered() -> Rc<[Kind]> {
        vec![Kind::Access, Kind::Erasure, Kind::Objection].into()
    }

    fn apply(state: State, actions: Vec<Action>) -> State {
        let mut s = Rc::new(state);
        for a in actions {
            s = s.reduce(a);
        }
        (*s).clone()
    }

    #[test]
    fn rights_keep_the_order_offered() {
        let s = apply(
            State::default(),
            vec![
                Action::Toggle(Kind::Objection, true, offered()),
                Action::Toggle(Kind::Access, true, offered()),
            ],
        );
        assert_eq!(s.form.kinds, [Kind::Access, Kind::Objection]);
    }

    #[test]
    fn direct_marketing_chooses_the_objection_and_leaves_with_it() {
        let s = apply(State::default(), vec![Action::Marketing(true, offered())]);
        assert!(s.form.direct_marketing);
        assert_eq!(s.form.kinds, [Kind::Objection]);
        let s = apply(s, vec![Action::Toggle(Kind::Objection, false, offered())]);
        assert!(!s.form.direct_marketing && s.form.kinds.is_empty());
    }

    #[test]
    fn typing_and_sending_are_recorded() {
        let s = apply(
            State::new(Form::default()),
            vec![
                Action::Set(Field::ObjectionSituation, "I am a carer".into()),
                Action::Checked(Vec::new()),
                Action::Checked(Vec::new()),
            ],
        );
        assert_eq!(s.form.get(Field::ObjectionSituation), "I am a carer");
        assert_eq!(s.attempts, 2);
    }
}
