//! Configuration: the `data-*` attributes of the script tag and of each widget element, parsed
//! once into typed values.
//!
//! Parsing never fails as a whole. Each wrong attribute gives a [`ConfigError`] that names it and
//! says what was expected, and a safe default takes its place, so the rest of the widget works.

use crate::request::Kind;
use crate::url::{SafeUrl, UrlError};

/// Raw attributes by full name (`data-system` → `Aria`), the script tag's defaults already
/// overridden by the element's own. A plain list: a handful of entries, and small in wasm.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attrs(Vec<(String, String)>);

impl Attrs {
    /// Attributes from name/value pairs; names are lower-cased, a later pair replaces an earlier.
    pub fn from_pairs<I, K, V>(pairs: I) -> Attrs
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: Into<String>,
    {
        let mut attrs = Attrs::default();
        for (k, v) in pairs {
            attrs.set(k.as_ref(), &v.into());
        }
        attrs
    }

    /// `self` with `own` laid over it: an element's attributes override the page-wide defaults.
    pub fn overridden_by(&self, own: &Attrs) -> Attrs {
        let mut merged = self.clone();
        for (k, v) in &own.0 {
            merged.set(k, v);
        }
        merged
    }

    /// The trimmed value of `name`, or `None` when absent or blank.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// Every attribute name.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }

    /// Sets one attribute.
    pub fn set(&mut self, name: &str, value: &str) {
        let name = name.to_ascii_lowercase();
        match self.0.iter_mut().find(|(k, _)| *k == name) {
            Some(entry) => entry.1 = value.to_string(),
            None => self.0.push((name, value.to_string())),
        }
    }
}

/// Every attribute Glassbox reads. Others on a Glassbox element are reported as likely typos.
pub const KNOWN_ATTRIBUTES: &[&str] = &[
    "data-glassbox",
    "data-system",
    "data-purpose",
    "data-variant",
    "data-controller",
    "data-contact",
    "data-postal-address",
    "data-privacy-policy",
    "data-endpoint",
    "data-lang",
    "data-theme",
    "data-human-contact",
    "data-more-info",
    "data-ack",
    "data-input",
    "data-mark",
    "data-high-risk",
    "data-ai-label",
    "data-explanation",
    "data-explanation-src",
    "data-timeout",
    "data-rights",
    "data-strings",
    "data-dpo",
    "data-authority",
];

/// A configuration mistake, for the integrator (the console), never shown to the person.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// A value outside the allowed set.
    #[error("{attribute}=\"{value}\" is not valid: expected {expected}; using \"{fallback}\"")]
    Invalid {
        /// The attribute, e.g. `data-variant`.
        attribute: String,
        /// What the page gave (shortened).
        value: String,
        /// What is allowed.
        expected: &'static str,
        /// What is used instead.
        fallback: &'static str,
    },
    /// A link that is unsafe or malformed; the link is left out.
    #[error("{attribute}=\"{value}\" is not a usable link: {reason}; the link is left out")]
    Url {
        /// The attribute, e.g. `data-more-info`.
        attribute: String,
        /// What the page gave (shortened).
        value: String,
        /// Why it was refused.
        reason: UrlError,
    },
    /// A CSS selector the browser could not parse.
    #[error("{attribute}=\"{value}\" is not a valid CSS selector; it is ignored")]
    Selector {
        /// The attribute, e.g. `data-input`.
        attribute: String,
        /// What the page gave (shortened).
        value: String,
    },
    /// A language the widget is not translated into.
    #[error("data-lang=\"{value}\" is not available (available: {available}); using the page's or browser's language")]
    Language {
        /// What the page gave (shortened).
        value: String,
        /// The available tags, space-separated.
        available: String,
    },
    /// An attribute that should be set for the notice to say everything the law asks.
    #[error("{attribute} is missing: {consequence}")]
    Missing {
        /// The attribute, e.g. `data-controller`.
        attribute: &'static str,
        /// What the person sees instead.
        consequence: &'static str,
    },
    /// An attribute Glassbox does not read, probably a typo.
    #[error("{attribute} is not a Glassbox attribute{}", suggestion.map(|s| format!(" (did you mean {s}?)")).unwrap_or_default())]
    Unknown {
        /// The attribute as written.
        attribute: String,
        /// The closest known attribute, if any is close.
        suggestion: Option<&'static str>,
    },
}

impl ConfigError {
    /// Whether this is only a warning (the widget does exactly what it would otherwise).
    pub fn is_warning(&self) -> bool {
        matches!(
            self,
            ConfigError::Unknown { .. } | ConfigError::Missing { .. }
        )
    }
}

/// A parsed value with the mistakes found on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed<T> {
    /// The configuration, with safe defaults where the input was wrong.
    pub value: T,
    /// One entry per wrong attribute.
    pub errors: Vec<ConfigError>,
}

fn shorten(v: &str) -> String {
    if v.chars().count() > 80 {
        v.chars().take(77).collect::<String>() + "…"
    } else {
        v.to_string()
    }
}

/// What a `data-glassbox` element is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WidgetKind {
    /// The AI notice (`notice`).
    Notice,
    /// A piece of AI-generated content to label (`ai-content`).
    AiContent,
    /// The explanation of an automated decision (`explanation`).
    Explanation,
    /// The data-subject request form (`rights`).
    Rights,
}

impl WidgetKind {
    /// Reads `data-glassbox`. An unknown value is an error: nothing is mounted for it.
    pub fn parse(attrs: &Attrs) -> Result<WidgetKind, ConfigError> {
        let raw = attrs.get("data-glassbox").unwrap_or("");
        match raw.to_ascii_lowercase().as_str() {
            "notice" => Ok(WidgetKind::Notice),
            "ai-content" => Ok(WidgetKind::AiContent),
            "explanation" => Ok(WidgetKind::Explanation),
            "rights" => Ok(WidgetKind::Rights),
            _ => Err(ConfigError::Invalid {
                attribute: "data-glassbox".into(),
                value: shorten(raw),
                expected: "notice, explanation, rights or ai-content",
                fallback: "nothing mounted here",
            }),
        }
    }
}

/// How the notice is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Variant {
    /// A full-width strip above the chat (default).
    #[default]
    Banner,
    /// A box in the flow of the page.
    Inline,
    /// A compact line; still shows the sentence.
    Badge,
}

impl Variant {
    /// The attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            Variant::Banner => "banner",
            Variant::Inline => "inline",
            Variant::Badge => "badge",
        }
    }
}

/// Colour scheme of the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows `prefers-color-scheme` (default).
    #[default]
    Auto,
    /// Dark text on light.
    Light,
    /// Light text on dark.
    Dark,
}

impl Theme {
    /// The attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// How a person reaches a human instead of the AI.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HumanContact {
    /// A page or a `mailto:` link.
    Link(SafeUrl),
    /// A button that emits `glassbox:human-requested` so the host hands over.
    Event,
}

/// What the AI label on generated content says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum AiLabel {
    /// "AI" (default).
    #[default]
    Ai,
    /// "AI GENERATED".
    Generated,
    /// "AI MODIFIED".
    Modified,
}

impl AiLabel {
    /// The `ai-disclosure` value (WICG AI Content Disclosure): `ai-assisted` for content
    /// changed with AI (`modified`), `ai-generated` otherwise.
    pub fn disclosure(self) -> &'static str {
        match self {
            AiLabel::Modified => "ai-assisted",
            AiLabel::Ai | AiLabel::Generated => "ai-generated",
        }
    }

    /// The visible label in English, the capitalised acronym of the EU icon. The widget shows
    /// it in the person's language: `notice::ai_label_text`.
    pub fn text(self) -> &'static str {
        match self {
            AiLabel::Ai => "AI",
            AiLabel::Generated => "AI GENERATED",
            AiLabel::Modified => "AI MODIFIED",
        }
    }
}

/// A contact shown as a link: what the person reads and where it goes. Used for `data-dpo`
/// (the data protection officer, GDPR Arts. 13(1)(b), 38(4)) and `data-authority` (the
/// supervisory authority, Art. 77).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactLink {
    /// The text of the link: the authority's name, the DPO's email address or page.
    pub text: String,
    /// Where it goes (`mailto:` for an email address).
    pub href: SafeUrl,
}

/// The notice's configuration, typed.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct NoticeConfig {
    /// `data-system`: the AI system's name.
    pub system: Option<String>,
    /// `data-purpose`: what the system does.
    pub purpose: Option<String>,
    /// `data-controller`: who operates it.
    pub controller: Option<String>,
    /// `data-variant`.
    pub variant: Variant,
    /// `data-theme`.
    pub theme: Theme,
    /// `data-human-contact`.
    pub human_contact: Option<HumanContact>,
    /// `data-more-info`: documentation of the model.
    pub more_info: Option<SafeUrl>,
    /// `data-privacy-policy`.
    pub privacy_policy: Option<SafeUrl>,
    /// `data-ack="required"`.
    pub ack_required: bool,
    /// `data-input`: selector of the host's chat input, gated until acknowledged.
    pub input: Option<String>,
    /// `data-mark`: selector of AI messages to label inside the notice's container.
    pub mark: Option<String>,
    /// `data-high-risk="true"`: adds the Art. 26(11) sentence.
    pub high_risk: bool,
    /// `data-lang` as given (`auto` when absent).
    pub lang: Option<String>,
    /// Whether the notice links to the request form ("Your rights"): the controller gave a way
    /// to reach it (`data-endpoint`, `data-contact` or `data-postal-address`).
    pub rights: bool,
}

/// The configuration of a `rights` element (the data-subject request form).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RightsConfig {
    /// `data-rights`: the kinds offered, in the order given (default: access, rectification,
    /// erasure, objection).
    pub kinds: Vec<Kind>,
    /// `data-controller`.
    pub controller: Option<String>,
    /// `data-contact`: the controller's email address for requests.
    pub contact: Option<String>,
    /// `data-postal-address`.
    pub postal_address: Option<String>,
    /// `data-endpoint`: where requests are `POST`ed.
    pub endpoint: Option<SafeUrl>,
    /// `data-privacy-policy`.
    pub privacy_policy: Option<SafeUrl>,
    /// `data-dpo`: the data protection officer's contact.
    pub dpo: Option<ContactLink>,
    /// `data-authority`: the supervisory authority (`Name|URL`).
    pub authority: Option<ContactLink>,
    /// `data-theme`.
    pub theme: Theme,
    /// `data-lang` as given.
    pub lang: Option<String>,
}

/// The kinds a form offers when `data-rights` is absent: the four of the mission.
pub const DEFAULT_RIGHTS: [Kind; 4] = [
    Kind::Access,
    Kind::Rectification,
    Kind::Erasure,
    Kind::Objection,
];

/// The configuration of an `ai-content` element.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct AiContentConfig {
    /// `data-ai-label`.
    pub label: AiLabel,
    /// `data-theme`: light gives a black label, dark a white one.
    pub theme: Theme,
    /// `data-lang` as given.
    pub lang: Option<String>,
}

/// Where an explanation comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExplanationSource {
    /// `data-explanation`: the JSON itself.
    Inline(String),
    /// `data-explanation-src`: a URL to fetch it from.
    Url(SafeUrl),
    /// Neither: the host calls `Glassbox.explain(el, explanation)`.
    Api,
}

/// The configuration of an `explanation` element.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExplanationConfig {
    /// Where the explanation comes from.
    pub source: ExplanationSource,
    /// `data-timeout`: milliseconds to wait for `data-explanation-src` (default 10000).
    pub timeout_ms: u32,
    /// `data-controller`.
    pub controller: Option<String>,
    /// `data-dpo`: the data protection officer's contact.
    pub dpo: Option<ContactLink>,
    /// `data-authority`: the supervisory authority (`Name|URL`).
    pub authority: Option<ContactLink>,
    /// `data-theme`.
    pub theme: Theme,
    /// `data-lang` as given.
    pub lang: Option<String>,
}

struct Reader<'a> {
    attrs: &'a Attrs,
    errors: Vec<ConfigError>,
}

impl<'a> Reader<'a> {
    fn text(&self, name: &str) -> Option<String> {
        self.attrs.get(name).map(str::to_string)
    }

    fn choice<T: Copy>(
        &mut self,
        name: &str,
        options: &[(&str, T)],
        default: T,
        expected: &'static str,
        fallback: &'static str,
    ) -> T {
        let Some(raw) = self.attrs.get(name) else {
            return default;
        };
        match options.iter().find(|(k, _)| k.eq_ignore_ascii_case(raw)) {
            Some((_, v)) => *v,
            None => {
                self.errors.push(ConfigError::Invalid {
                    attribute: name.into(),
                    value: shorten(raw),
                    expected,
                    fallback,
                });
                default
            }
        }
    }

    fn theme(&mut self) -> Theme {
        self.choice(
            "data-theme",
            THEMES,
            Theme::Auto,
            "auto, light or dark",
            "auto",
        )
    }

    fn url(&mut self, name: &str) -> Option<SafeUrl> {
        let raw = self.attrs.get(name)?;
        match SafeUrl::parse(raw) {
            Ok(u) => Some(u),
            Err(reason) => {
                self.errors.push(ConfigError::Url {
                    attribute: name.into(),
                    value: shorten(raw),
                    reason,
                });
                None
            }
        }
    }

    /// `data-dpo`: an email address (a `mailto:` link) or a link to a page or form.
    fn dpo(&mut self) -> Option<ContactLink> {
        let raw = self.attrs.get("data-dpo")?;
        if crate::request::is_plausible_email(raw) {
            let href = SafeUrl::parse(&format!("mailto:{raw}")).ok()?;
            return Some(ContactLink {
                text: raw.to_string(),
                href,
            });
        }
        if !raw.contains(['/', ':']) {
            self.errors.push(ConfigError::Invalid {
                attribute: "data-dpo".into(),
                value: shorten(raw),
                expected: "an email address or a link (https://…)",
                fallback: "no data protection officer shown",
            });
            return None;
        }
        let href = self.url("data-dpo")?;
        Some(ContactLink {
            text: raw.to_string(),
            href,
        })
    }

    /// `data-authority`: `Name|URL`, both required.
    fn authority(&mut self) -> Option<ContactLink> {
        let raw = self.attrs.get("data-authority")?;
        let parsed = raw
            .split_once('|')
            .map(|(name, url)| (name.trim(), url.trim()))
            .filter(|(name, url)| !name.is_empty() && !url.is_empty());
        let Some((name, url)) = parsed else {
            self.errors.push(ConfigError::Invalid {
                attribute: "data-authority".into(),
                value: shorten(raw),
                expected: "the authority's name and its website, as \"Name|https://…\"",
                fallback: "no supervisory authority named",
            });
            return None;
        };
        match SafeUrl::parse(url) {
            Ok(href) => Some(ContactLink {
                text: name.to_string(),
                href,
            }),
            Err(reason) => {
                self.errors.push(ConfigError::Url {
                    attribute: "data-authority".into(),
                    value: shorten(raw),
                    reason,
                });
                None
            }
        }
    }

    fn lang(&mut self) -> Option<String> {
        let raw = self.attrs.get("data-lang")?;
        if !raw.eq_ignore_ascii_case("auto") && crate::Lang::from_tag(raw).is_none() {
            self.errors.push(ConfigError::Language {
                value: shorten(raw),
                available: crate::Lang::ALL
                    .iter()
                    .map(|l| l.tag())
                    .collect::<Vec<_>>()
                    .join(" "),
            });
        }
        Some(raw.to_string())
    }

    fn unknown(&mut self) {
        for name in self.attrs.names() {
            if name.starts_with("data-") && !KNOWN_ATTRIBUTES.contains(&name) {
                let suggestion = KNOWN_ATTRIBUTES
                    .iter()
                    .copied()
                    .map(|k| (strsim::levenshtein(k, name), k))
                    .filter(|(d, _)| *d <= 2)
                    .min()
                    .map(|(_, k)| k);
                self.errors.push(ConfigError::Unknown {
                    attribute: name.to_string(),
                    suggestion,
                });
            }
        }
    }
}

const THEMES: &[(&str, Theme)] = &[
    ("auto", Theme::Auto),
    ("light", Theme::Light),
    ("dark", Theme::Dark),
];

impl NoticeConfig {
    /// Reads a notice's attributes; never fails, see [`Parsed::errors`].
    pub fn parse(attrs: &Attrs) -> Parsed<NoticeConfig> {
        let mut r = Reader {
            attrs,
            errors: Vec::new(),
        };
        let variant = r.choice(
            "data-variant",
            &[
                ("banner", Variant::Banner),
                ("inline", Variant::Inline),
                ("badge", Variant::Badge),
            ],
            Variant::Banner,
            "banner, inline or badge",
            "banner",
        );
        let theme = r.theme();
        let ack_required = r.choice(
            "data-ack",
            &[("none", false), ("required", true)],
            false,
            "none or required",
            "none",
        );
        let high_risk = r.choice(
            "data-high-risk",
            &[("true", true), ("false", false)],
            false,
            "true or false",
            "false",
        );
        let human_contact = match r.attrs.get("data-human-contact") {
            Some(v) if v.eq_ignore_ascii_case("event") => Some(HumanContact::Event),
            Some(_) => r.url("data-human-contact").map(HumanContact::Link),
            None => None,
        };
        let config = NoticeConfig {
            system: r.text("data-system"),
            purpose: r.text("data-purpose"),
            controller: r.text("data-controller"),
            variant,
            theme,
            human_contact,
            more_info: r.url("data-more-info"),
            privacy_policy: r.url("data-privacy-policy"),
            ack_required,
            input: r.text("data-input"),
            mark: r.text("data-mark"),
            high_risk,
            lang: r.lang(),
            rights: ["data-endpoint", "data-contact", "data-postal-address"]
                .iter()
                .any(|a| attrs.get(a).is_some_and(|v| !v.trim().is_empty())),
        };
        if config.controller.is_none() {
            r.errors.push(ConfigError::Missing {
                attribute: "data-controller",
                consequence: "the notice says \"the owner of this website\" operates the system",
            });
        }
        if config.privacy_policy.is_none() && attrs.get("data-privacy-policy").is_none() {
            r.errors.push(ConfigError::Missing {
                attribute: "data-privacy-policy",
                consequence: "the notice has no link to how personal data is used (GDPR Art. 13)",
            });
        }
        r.unknown();
        Parsed {
            value: config,
            errors: r.errors,
        }
    }
}

impl ExplanationConfig {
    /// Reads an explanation element's attributes; never fails.
    pub fn parse(attrs: &Attrs) -> Parsed<ExplanationConfig> {
        let mut r = Reader {
            attrs,
            errors: Vec::new(),
        };
        let source = match (
            r.text("data-explanation"),
            attrs.get("data-explanation-src"),
        ) {
            (Some(json), _) => ExplanationSource::Inline(json),
            (None, Some(_)) => r
                .url("data-explanation-src")
                .map(ExplanationSource::Url)
                .unwrap_or(ExplanationSource::Api),
            (None, None) => ExplanationSource::Api,
        };
        let timeout_ms = match attrs.get("data-timeout") {
            None => 10_000,
            Some(raw) => match raw.parse::<u32>() {
                Ok(ms) if (100..=120_000).contains(&ms) => ms,
                _ => {
                    r.errors.push(ConfigError::Invalid {
                        attribute: "data-timeout".into(),
                        value: shorten(raw),
                        expected: "milliseconds between 100 and 120000",
                        fallback: "10000",
                    });
                    10_000
                }
            },
        };
        let theme = r.theme();
        let config = ExplanationConfig {
            source,
            timeout_ms,
            controller: r.text("data-controller"),
            dpo: r.dpo(),
            authority: r.authority(),
            theme,
            lang: r.lang(),
        };
        r.unknown();
        Parsed {
            value: config,
            errors: r.errors,
        }
    }
}

impl RightsConfig {
    /// Reads a request form's attributes; never fails.
    pub fn parse(attrs: &Attrs) -> Parsed<RightsConfig> {
        let mut r = Reader {
            attrs,
            errors: Vec::new(),
        };
        let mut kinds = Vec::new();
        if let Some(raw) = attrs.get("data-rights") {
            for word in raw.split([' ', ',']).filter(|w| !w.is_empty()) {
                match Kind::from_wire(&word.to_ascii_lowercase()) {
                    Some(k) if !kinds.contains(&k) => kinds.push(k),
                    Some(_) => {}
                    None => r.errors.push(ConfigError::Invalid {
                        attribute: "data-rights".into(),
                        value: shorten(word),
                        expected: "access, rectification, erasure, objection, restriction, portability or human-review, separated by spaces",
                        fallback: "the other kinds given",
                    }),
                }
            }
        }
        if kinds.is_empty() {
            kinds = DEFAULT_RIGHTS.to_vec();
        }
        let contact = r.text("data-contact").map(|c| c.trim().to_string());
        let contact = match contact {
            Some(c) if crate::request::is_plausible_email(&c) => Some(c),
            Some(c) => {
                r.errors.push(ConfigError::Invalid {
                    attribute: "data-contact".into(),
                    value: shorten(&c),
                    expected: "an email address",
                    fallback: "no email contact",
                });
                None
            }
            None => None,
        };
        let theme = r.theme();
        let config = RightsConfig {
            kinds,
            controller: r.text("data-controller"),
            contact,
            postal_address: r.text("data-postal-address"),
            endpoint: r.url("data-endpoint"),
            privacy_policy: r.url("data-privacy-policy"),
            dpo: r.dpo(),
            authority: r.authority(),
            theme,
            lang: r.lang(),
        };
        if config.endpoint.is_none() && config.contact.is_none() {
            r.errors.push(ConfigError::Missing {
                attribute: "data-endpoint",
                consequence: "requests cannot be sent (and there is no data-contact for an email); the form only says how to reach the controller",
            });
        }
        if config.controller.is_none() {
            r.errors.push(ConfigError::Missing {
                attribute: "data-controller",
                consequence: "the form says \"the owner of this website\" receives the request",
            });
        }
        r.unknown();
        Parsed {
            value: config,
            errors: r.errors,
        }
    }
}

impl AiContentConfig {
    /// Reads an `ai-content` element's attributes; never fails.
    pub fn parse(attrs: &Attrs) -> Parsed<AiContentConfig> {
        let mut r = Reader {
            attrs,
            errors: Vec::new(),
        };
        let label = r.choice(
            "data-ai-label",
            &[
                ("ai", AiLabel::Ai),
                ("generated", AiLabel::Generated),
                ("modified", AiLabel::Modified),
            ],
            AiLabel::Ai,
            "ai, generated or modified",
            "ai",
        );
        let theme = r.theme();
        let lang = r.lang();
        Parsed {
            value: AiContentConfig { label, theme, lang },
            errors: r.errors,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attrs(pairs: &[(&str, &str)]) -> Attrs {
        Attrs::from_pairs(pairs.iter().copied())
    }

    fn full() -> Attrs {
        attrs(&[
            ("data-glassbox", "notice"),
            ("data-system", "Aria"),
            ("data-controller", "Example Bank SA"),
            ("data-privacy-policy", "https://example.com/privacy"),
        ])
    }

    #[test]
    fn a_complete_notice_parses_without_errors() {
        let p = NoticeConfig::parse(&full());
        assert!(p.errors.is_empty(), "{:?}", p.errors);
        assert_eq!(p.value.system.as_deref(), Some("Aria"));
        assert_eq!(p.value.variant, Variant::Banner);
        assert_eq!(p.value.theme, Theme::Auto);
        assert!(!p.value.ack_required);
    }

    #[test]
    fn element_attributes_override_script_defaults() {
        let defaults = attrs(&[("data-controller", "A"), ("data-variant", "badge")]);
        let own = attrs(&[("data-controller", "B")]);
        let merged = defaults.overridden_by(&own);
        assert_eq!(merged.get("data-controller"), Some("B"));
        assert_eq!(merged.get("data-variant"), Some("badge"));
    }

    #[test]
    fn every_choice_attribute_names_itself_and_falls_back() {
        for (name, bad, fallback) in [
            ("data-variant", "popup", "banner"),
            ("data-theme", "pink", "auto"),
            ("data-ack", "yes", "none"),
            ("data-high-risk", "maybe", "false"),
        ] {
            let mut a = full();
            a.set(name, bad);
            let p = NoticeConfig::parse(&a);
            assert_eq!(p.errors.len(), 1, "{name}: {:?}", p.errors);
            let msg = p.errors[0].to_string();
            assert!(msg.starts_with(&format!("{name}=\"{bad}\"")), "{msg}");
            assert!(msg.contains(&format!("using \"{fallback}\"")), "{msg}");
            assert!(!p.errors[0].is_warning());
        }
    }

    #[test]
    fn choices_are_case_insensitive() {
        let mut a = full();
        a.set("data-variant", "BADGE");
        a.set("data-ack", "Required");
        let p = NoticeConfig::parse(&a);
        assert!(p.errors.is_empty());
        assert_eq!(p.value.variant, Variant::Badge);
        assert!(p.value.ack_required);
    }

    #[test]
    fn unsafe_links_are_dropped_and_named() {
        for name in [
            "data-more-info",
            "data-privacy-policy",
            "data-human-contact",
        ] {
            let mut a = full();
            a.set(name, "javascript:alert(1)");
            let p = NoticeConfig::parse(&a);
            let msg = p
                .errors
                .iter()
                .find(|e| matches!(e, ConfigError::Url { .. }))
                .unwrap_or_else(|| panic!("{name}: {:?}", p.errors))
                .to_string();
            assert!(msg.contains(name) && msg.contains("javascript"), "{msg}");
        }
        let mut a = full();
        a.set("data-more-info", "javascript:alert(1)");
        assert_eq!(NoticeConfig::parse(&a).value.more_info, None);
    }

    #[test]
    fn human_contact_is_link_mailto_or_event() {
        let mut a = full();
        a.set("data-human-contact", "event");
        assert_eq!(
            NoticeConfig::parse(&a).value.human_contact,
            Some(HumanContact::Event)
        );
        a.set("data-human-contact", "mailto:help@example.com");
        assert!(matches!(
            NoticeConfig::parse(&a).value.human_contact,
            Some(HumanContact::Link(u)) if u.is_mailto()
        ));
    }

    #[test]
    fn missing_system_still_gives_a_notice_and_missing_controller_is_reported() {
        let p = NoticeConfig::parse(&attrs(&[("data-glassbox", "notice")]));
        assert_eq!(p.value.system, None);
        let missing: Vec<_> = p
            .errors
            .iter()
            .filter(|e| matches!(e, ConfigError::Missing { .. }))
            .map(|e| e.to_string())
            .collect();
        assert!(missing
            .iter()
            .any(|m| m.starts_with("data-controller is missing")));
        assert!(missing
            .iter()
            .any(|m| m.starts_with("data-privacy-policy is missing")));
        assert!(p.errors.iter().all(ConfigError::is_warning));
    }

    #[test]
    fn unknown_attributes_are_warned_with_a_suggestion() {
        let mut a = full();
        a.set("data-sytem", "Aria");
        a.set("data-something-else", "x");
        let p = NoticeConfig::parse(&a);
        let texts: Vec<String> = p.errors.iter().map(|e| e.to_string()).collect();
        assert!(
            texts.contains(
                &"data-sytem is not a Glassbox attribute (did you mean data-system?)".to_string()
            ),
            "{texts:?}"
        );
        assert!(texts.contains(&"data-something-else is not a Glassbox attribute".to_string()));
    }

    #[test]
    fn unavailable_language_is_reported() {
        let mut a = full();
        a.set("data-lang", "ja");
        let p = NoticeConfig::parse(&a);
        assert!(matches!(&p.errors[0], ConfigError::Language { value, .. } if value == "ja"));
        a.set("data-lang", "fr-BE");
        assert!(NoticeConfig::parse(&a).errors.is_empty());
    }

    #[test]
    fn widget_kind_rejects_unknown_values() {
        assert_eq!(WidgetKind::parse(&full()), Ok(WidgetKind::Notice));
        let err = WidgetKind::parse(&attrs(&[("data-glassbox", "popup")])).unwrap_err();
        assert!(err
            .to_string()
            .starts_with("data-glassbox=\"popup\" is not valid"));
    }

    #[test]
    fn long_values_are_shortened_in_messages() {
        let mut a = full();
        a.set("data-variant", &"x".repeat(500));
        let msg = NoticeConfig::parse(&a).errors[0].to_string();
        assert!(msg.len() < 250, "{msg}");
    }

    #[test]
    fn explanation_sources() {
        let p = ExplanationConfig::parse(&attrs(&[("data-explanation", "{}")]));
        assert_eq!(p.value.source, ExplanationSource::Inline("{}".into()));
        let p = ExplanationConfig::parse(&attrs(&[("data-explanation-src", "/d/1.json")]));
        assert!(matches!(p.value.source, ExplanationSource::Url(_)));
        assert_eq!(p.value.timeout_ms, 10_000);
        let p = ExplanationConfig::parse(&attrs(&[
            ("data-explanation-src", "javascript:alert(1)"),
            ("data-timeout", "soon"),
        ]));
        assert_eq!(p.value.source, ExplanationSource::Api);
        let texts: Vec<String> = p.errors.iter().map(|e| e.to_string()).collect();
        assert!(
            texts.iter().any(|t| t.starts_with("data-explanation-src=")),
            "{texts:?}"
        );
        assert!(
            texts.iter().any(|t| t.starts_with("data-timeout=\"soon\"")),
            "{texts:?}"
        );
        assert_eq!(
            WidgetKind::parse(&attrs(&[("data-glassbox", "explanation")])),
            Ok(WidgetKind::Explanation)
        );
    }

    #[test]
    fn ai_content_label_parses() {
        let p = AiContentConfig::parse(&attrs(&[("data-ai-label", "generated")]));
        assert_eq!(p.value.label, AiLabel::Generated);
        assert_eq!(p.value.label.text(), "AI GENERATED");
        assert_eq!(p.value.label.disclosure(), "ai-generated");
        assert_eq!(AiLabel::Modified.disclosure(), "ai-assisted");
        assert_eq!(AiLabel::Ai.disclosure(), "ai-generated");
        let p = AiContentConfig::parse(&attrs(&[("data-ai-label", "robot")]));
        assert_eq!(p.value.label, AiLabel::Ai);
        assert_eq!(p.errors.len(), 1);
    }

    #[test]
    fn rights_kinds_default_to_the_four_and_follow_data_rights() {
        let p = RightsConfig::parse(&attrs(&[
            ("data-endpoint", "/v1/requests"),
            ("data-controller", "Example Bank SA"),
        ]));
        assert_eq!(p.value.kinds, DEFAULT_RIGHTS.to_vec());
        assert!(p.errors.is_empty(), "{:?}", p.errors);
        let p = RightsConfig::parse(&attrs(&[
            (
                "data-rights",
                "human-review  Portability,access access teleport",
            ),
            ("data-contact", "privacy@example.com"),
            ("data-postal-address", "1 Rue Exemple, 75001 Paris"),
        ]));
        assert_eq!(
            p.value.kinds,
            vec![Kind::HumanReview, Kind::Portability, Kind::Access]
        );
        assert_eq!(p.value.contact.as_deref(), Some("privacy@example.com"));
        let messages: Vec<String> = p.errors.iter().map(|e| e.to_string()).collect();
        assert!(messages[0].starts_with("data-rights=\"teleport\" is not valid"));
        assert!(messages
            .iter()
            .any(|m| m.starts_with("data-controller is missing")));
    }

    #[test]
    fn rights_without_endpoint_or_contact_is_reported() {
        let p = RightsConfig::parse(&attrs(&[("data-contact", "not an email")]));
        assert_eq!(p.value.contact, None);
        let messages: Vec<String> = p.errors.iter().map(|e| e.to_string()).collect();
        assert!(messages
            .iter()
            .any(|m| m.starts_with("data-contact=\"not an email\" is not valid")));
        assert!(messages
            .iter()
            .any(|m| m.starts_with("data-endpoint is missing")));
        assert_eq!(
            WidgetKind::parse(&attrs(&[("data-glassbox", "rights")])),
            Ok(WidgetKind::Rights)
        );
    }

    #[test]
    fn the_notice_links_to_rights_only_with_a_channel() {
        assert!(!NoticeConfig::parse(&attrs(&[])).value.rights);
        assert!(
            NoticeConfig::parse(&attrs(&[("data-contact", "a@b.eu")]))
                .value
                .rights
        );
    }

    #[test]
    fn dpo_and_authority_are_read_on_explanations_and_forms() {
        let a = attrs(&[
            ("data-dpo", "dpo@example.com"),
            ("data-authority", "CNIL|https://www.cnil.fr/"),
        ]);
        let e = ExplanationConfig::parse(&a);
        assert!(e.errors.is_empty(), "{:?}", e.errors);
        let dpo = e.value.dpo.expect("dpo");
        assert_eq!(dpo.text, "dpo@example.com");
        assert_eq!(dpo.href.as_str(), "mailto:dpo@example.com");
        let authority = e.value.authority.expect("authority");
        assert_eq!(authority.text, "CNIL");
        assert_eq!(authority.href.as_str(), "https://www.cnil.fr/");
        let r = RightsConfig::parse(&attrs(&[
            ("data-endpoint", "/v1/requests"),
            ("data-controller", "Example Bank SA"),
            ("data-dpo", "https://example.com/dpo"),
            (
                "data-authority",
                " Autoriteit Persoonsgegevens | https://autoriteitpersoonsgegevens.nl ",
            ),
        ]));
        assert!(r.errors.is_empty(), "{:?}", r.errors);
        assert_eq!(
            r.value.dpo.unwrap().href.as_str(),
            "https://example.com/dpo"
        );
        let authority = r.value.authority.unwrap();
        assert_eq!(authority.text, "Autoriteit Persoonsgegevens");
        assert_eq!(
            authority.href.as_str(),
            "https://autoriteitpersoonsgegevens.nl"
        );
        // Known on the notice too (script-tag defaults reach every element): no typo warning.
        let n = NoticeConfig::parse(&full().overridden_by(&a));
        assert!(n.errors.is_empty(), "{:?}", n.errors);
    }

    #[test]
    fn a_wrong_dpo_or_authority_is_named_and_left_out() {
        let wrong = |pairs: &[(&str, &str)]| {
            let e = ExplanationConfig::parse(&attrs(pairs));
            assert_eq!(e.value.dpo, None);
            assert_eq!(e.value.authority, None);
            e.errors.iter().map(ToString::to_string).collect::<Vec<_>>()
        };
        let e = wrong(&[("data-authority", "https://www.cnil.fr/")]);
        assert_eq!(e.len(), 1);
        assert!(
            e[0].starts_with("data-authority=\"https://www.cnil.fr/\" is not valid")
                && e[0].contains("Name|https://"),
            "{e:?}"
        );
        let e = wrong(&[("data-authority", "CNIL|")]);
        assert!(
            e[0].contains("data-authority") && e[0].contains("Name|"),
            "{e:?}"
        );
        let e = wrong(&[("data-authority", "CNIL|javascript:alert(1)")]);
        assert!(
            e[0].contains("data-authority") && e[0].contains("`javascript:` is not allowed"),
            "{e:?}"
        );
        let e = wrong(&[("data-dpo", "the DPO")]);
        assert!(
            e[0].starts_with("data-dpo=\"the DPO\" is not valid") && e[0].contains("email"),
            "{e:?}"
        );
        let e = wrong(&[("data-dpo", "javascript:alert(1)")]);
        assert!(
            e[0].starts_with("data-dpo=") && e[0].contains("javascript"),
            "{e:?}"
        );
        // The rest still works.
        let r = RightsConfig::parse(&attrs(&[
            ("data-contact", "privacy@example.com"),
            ("data-authority", "nope"),
        ]));
        assert_eq!(r.value.contact.as_deref(), Some("privacy@example.com"));
    }
}
