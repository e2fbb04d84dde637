//! What a widget tells its host page. The glue turns each into a bubbling `glassbox:*` DOM event.

use glassbox_core::config::Variant;
use glassbox_core::Lang;

/// Something the host page may want to know. Never carries personal data.
#[derive(Clone, Debug, PartialEq, Eq)]
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
}

impl WidgetEvent {
    /// The DOM event name.
    pub fn name(&self) -> &'static str {
        match self {
            WidgetEvent::NoticeShown { .. } => "glassbox:notice-shown",
            WidgetEvent::NoticeAcknowledged => "glassbox:notice-acknowledged",
            WidgetEvent::HumanRequested { .. } => "glassbox:human-requested",
        }
    }
}
