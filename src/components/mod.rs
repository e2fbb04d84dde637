//! The widget's Yew components, one a file.

mod contacts;
mod explanation;
mod factor_chart;
mod notice;
mod rights_form;

pub use contacts::{Contacts, ContactsProps};
pub use explanation::{numbered, Explanation, ExplanationProps, ExplanationState};
pub use factor_chart::{FactorChart, FactorChartProps};
pub use notice::{
    clicked, notice_markup, shown_event, Click, El, Notice, NoticeProps, NoticeState, Part, Said,
};
pub use rights_form::{Action as RightsAction, Delivery, RightsForm, RightsFormProps};
