//! What a widget tells its host page. The glue turns each into a bubbling `glassbox:*` DOM event.

use glassbox_core::config::Variant;
use glassbox_core::explanation::Explanation;
use glassbox_core::Lang;
use std::rc::Rc;

/// Something the host page may want to know. Never carries personal data.
#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    /// `glassbox:notice-shown`: the notice is on screen.
    NoticeShown {
        /// The language it is shown in.
        lang: Lang,
        /// Its layout.
        variant: Variant,
        /// Fingerprint of the exact wording shown.
        fingerprint: String,
    },
    /// `glassbox:notice-acknowledged`: the person confirmed they read it.
    NoticeAcknowledged,
    /// `glassbox:human-requested`: the person asked to talk to a person.
    HumanRequested {
        /// Which part of the widget asked (`notice`).
        source: &'static str,
    },
    /// The person asked to see their rights (the notice's "Your rights"): the glue opens the
    /// request form as a dialog. No DOM event.
    RightsRequested,
    /// `glassbox:human-requested` from an explanation: the person asked for a human review of
    /// the decision (GDPR Art. 22(3)). Carries the decision reference and a snapshot of exactly
    /// the explanation shown, for the request.
    ReviewRequested {
        /// The language the person read the explanation in.
        lang: Lang,
        /// The host's id for the decision, when it gave one.
        decision_ref: Option<String>,
        /// The explanation as shown, when it could be loaded.
        explanation: Option<Rc<Explanation>>,
    },
}

impl WidgetEvent {
    /// The DOM event name.
    pub fn name(&self) -> &'static str {
        match self {
            WidgetEvent::NoticeShown { .. } => "glassbox:notice-shown",
            WidgetEvent::NoticeAcknowledged => "glassbox:notice-acknowledged",
            WidgetEvent::RightsRequested => "glassbox:rights-requested",
            WidgetEvent::HumanRequested { .. } | WidgetEvent::ReviewRequested { .. } => {
                "glassbox:human-requested"
            }
        }
    }
}
