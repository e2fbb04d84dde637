//! The words of the AI notice, decided once so the widget shows and fingerprints the same text.

use crate::config::{AiLabel, NoticeConfig};
use crate::i18n::{tr, Lang, Msg, Overrides};

/// Every sentence and label of one notice, in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoticeCopy {
    /// Accessible name of the notice region.
    pub region_label: String,
    /// "You are interacting with …, an AI system, not a person."
    pub sentence: String,
    /// Who operates the system.
    pub operator: String,
    /// The Art. 26(11) sentence, when `data-high-risk="true"`.
    pub high_risk: Option<String>,
    /// What the system does, as the integrator wrote it.
    pub purpose: Option<String>,
    /// Link or button text to reach a person.
    pub human: String,
    /// Link text to the model documentation.
    pub more_info: String,
    /// Link text to the privacy policy.
    pub privacy: String,
    /// Hint shown while acknowledgement is required.
    pub ack_hint: String,
    /// The acknowledgement button.
    pub ack: String,
    /// Announced once acknowledged.
    pub acked: String,
    /// Announced when the person asked for a human.
    pub human_requested: String,
    /// The link to the request form, when the controller gave a channel.
    pub rights: Option<String>,
}

impl NoticeCopy {
    /// The notice's words for `config` in `lang`.
    pub fn new(config: &NoticeConfig, lang: Lang, overrides: &Overrides) -> NoticeCopy {
        let t = |msg: Msg, args: &[(&str, &str)]| tr(lang, msg, args, overrides);
        let sentence = match &config.system {
            Some(system) => t(Msg::NoticeSentenceNamed, &[("system", system)]),
            None => t(Msg::NoticeSentence, &[]),
        };
        let operator = match &config.controller {
            Some(c) => t(Msg::NoticeOperator, &[("controller", c)]),
            None => t(Msg::NoticeOperatorUnknown, &[]),
        };
        let high_risk = config.high_risk.then(|| match &config.controller {
            Some(c) => t(Msg::NoticeHighRisk, &[("controller", c)]),
            None => t(Msg::NoticeHighRiskUnknown, &[]),
        });
        NoticeCopy {
            region_label: t(Msg::NoticeRegionLabel, &[]),
            sentence,
            operator,
            high_risk,
            purpose: config.purpose.clone(),
            human: t(Msg::NoticeHuman, &[]),
            more_info: t(Msg::NoticeMoreInfo, &[]),
            privacy: t(Msg::NoticePrivacy, &[]),
            rights: config.rights.then(|| t(Msg::NoticeRights, &[])),
            ack_hint: t(Msg::NoticeAckHint, &[]),
            ack: t(Msg::NoticeAck, &[]),
            acked: t(Msg::NoticeAcked, &[]),
            human_requested: t(Msg::NoticeHumanRequested, &[]),
        }
    }

    /// The text a person reads as the notice, one sentence a line.
    pub fn text(&self) -> String {
        let mut lines = vec![self.sentence.as_str(), self.operator.as_str()];
        lines.extend(self.high_risk.as_deref());
        lines.extend(self.purpose.as_deref());
        lines.join("\n")
    }

    /// A stable fingerprint of [`NoticeCopy::text`] (FNV-1a, 64 bits, hex), carried by the
    /// `glassbox:notice-shown` event so a deployer can show which wording was displayed.
    /// It identifies a wording; it is not a security hash.
    pub fn fingerprint(&self) -> String {
        format!("{:016x}", fnv1a64(self.text().as_bytes()))
    }
}

/// The text alternative of the AI label in `lang`.
pub fn ai_label_alt(label: AiLabel, lang: Lang, overrides: &Overrides) -> String {
    let msg = match label {
        AiLabel::Modified => Msg::AiLabelAltModified,
        AiLabel::Ai | AiLabel::Generated => Msg::AiLabelAlt,
    };
    tr(lang, msg, &[], overrides)
}

/// The visible AI label in `lang`: the acronym "AI" of the EU icon, with the localized word
/// for `generated` or `modified` beside it ("AI GENERIERT").
pub fn ai_label_text(label: AiLabel, lang: Lang, overrides: &Overrides) -> String {
    let word = match label {
        AiLabel::Ai => return "AI".into(),
        AiLabel::Generated => Msg::AiLabelGenerated,
        AiLabel::Modified => Msg::AiLabelModified,
    };
    format!("AI {}", tr(lang, word, &[], overrides))
}

fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> NoticeConfig {
        NoticeConfig {
            system: Some("Aria".into()),
            controller: Some("Example Bank SA".into()),
            ..NoticeConfig::default()
        }
    }

    #[test]
    fn names_the_system_and_the_operator() {
        let c = NoticeCopy::new(&config(), Lang::En, &Overrides::default());
        assert_eq!(
            c.sentence,
            "You are interacting with Aria, an AI system, not a person."
        );
        assert_eq!(c.operator, "This system is operated by Example Bank SA.");
        assert_eq!(c.high_risk, None);
    }

    #[test]
    fn french_wording() {
        let c = NoticeCopy::new(&config(), Lang::Fr, &Overrides::default());
        assert!(c.sentence.contains("système d'IA"), "{}", c.sentence);
        assert!(c.operator.contains("Example Bank SA"));
    }

    #[test]
    fn without_a_system_name_the_notice_is_still_said() {
        let c = NoticeCopy::new(&NoticeConfig::default(), Lang::En, &Overrides::default());
        assert_eq!(
            c.sentence,
            "You are interacting with an AI system, not a person."
        );
        assert_eq!(
            c.operator,
            "This system is operated by the owner of this website."
        );
    }

    #[test]
    fn high_risk_adds_its_sentence() {
        let mut cfg = config();
        cfg.high_risk = true;
        let c = NoticeCopy::new(&cfg, Lang::En, &Overrides::default());
        assert!(c
            .high_risk
            .as_deref()
            .unwrap_or("")
            .starts_with("Example Bank SA uses"));
        assert!(c.text().contains("decisions about you"));
    }

    #[test]
    fn fingerprint_changes_with_wording_and_language_only() {
        let en = NoticeCopy::new(&config(), Lang::En, &Overrides::default());
        let en2 = NoticeCopy::new(&config(), Lang::En, &Overrides::default());
        let fr = NoticeCopy::new(&config(), Lang::Fr, &Overrides::default());
        assert_eq!(en.fingerprint(), en2.fingerprint());
        assert_ne!(en.fingerprint(), fr.fingerprint());
        assert_eq!(en.fingerprint().len(), 16);
        // FNV-1a 64 reference value.
        assert_eq!(format!("{:016x}", fnv1a64(b"a")), "af63dc4c8601ec8c");
    }

    #[test]
    fn ai_label_words_are_localised_beside_the_acronym() {
        let o = Overrides::default();
        assert_eq!(ai_label_text(AiLabel::Ai, Lang::De, &o), "AI");
        assert_eq!(
            ai_label_text(AiLabel::Generated, Lang::En, &o),
            "AI GENERATED"
        );
        assert_eq!(
            ai_label_text(AiLabel::Modified, Lang::En, &o),
            "AI MODIFIED"
        );
        assert_eq!(
            ai_label_text(AiLabel::Generated, Lang::De, &o),
            "AI GENERIERT"
        );
        assert_eq!(
            ai_label_text(AiLabel::Modified, Lang::De, &o),
            "AI VERÄNDERT"
        );
        assert_eq!(ai_label_text(AiLabel::Modified, Lang::Fr, &o), "AI MODIFIÉ");
    }

    #[test]
    fn ai_label_alternative_is_localised() {
        assert_eq!(
            ai_label_alt(AiLabel::Ai, Lang::En, &Overrides::default()),
            "Generated by AI"
        );
        assert_eq!(
            ai_label_alt(AiLabel::Modified, Lang::Fr, &Overrides::default()),
            "Modifié avec l'IA"
        );
    }
}
