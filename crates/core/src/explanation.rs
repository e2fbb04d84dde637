//! The explanation of an automated decision, schema `glassbox.explanation/v1` (SPEC §3), and
//! everything derived from it that does not need a browser: validation, the ranking of factors
//! and the plain-language summary.
//!
//! Sign convention: a factor's `impact` is positive when it pushed the decision in the person's
//! favour and negative when it weighed against them. Unknown fields are ignored.

use crate::i18n::{tr, Lang, Msg, Overrides};
use serde::{Deserialize, Serialize};

/// The schema name hosts may put in `schema`.
pub const SCHEMA: &str = "glassbox.explanation/v1";

/// How many factors are shown before "show all".
pub const TOP_FACTORS: usize = 5;

/// How the decision came out for the person.
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// In the person's favour.
    Favourable,
    /// Not in the person's favour.
    Unfavourable,
    /// Neither.
    Neutral,
}

/// The AI system's part in the decision (AI Act Art. 86).
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AiRole {
    /// It advised; a person decided.
    Advisory,
    /// It decided.
    Decisive,
}

/// The person's value for a factor, as the host gave it.
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FactorValue {
    /// Text, e.g. "3 years".
    Text(String),
    /// A number, e.g. 42000.
    Number(f64),
    /// Yes or no.
    Flag(bool),
}

impl std::fmt::Display for FactorValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FactorValue::Text(t) => f.write_str(t),
            FactorValue::Number(n) => f.write_str(&decimal(*n, 2)),
            FactorValue::Flag(b) => write!(f, "{b}"),
        }
    }
}

impl FactorValue {
    /// The value as a person reads it in `lang`: text as given, a number with at most two
    /// decimals, yes or no in words (never `true`/`false`).
    pub fn text(&self, lang: Lang, overrides: &Overrides) -> String {
        match self {
            FactorValue::Flag(true) => tr(lang, Msg::ExplanationYes, &[], overrides),
            FactorValue::Flag(false) => tr(lang, Msg::ExplanationNo, &[], overrides),
            other => other.to_string(),
        }
    }
}

/// How much a factor weighed, in words, by its share of the decision's total absolute weight
/// (the sum of every factor's `|impact|`):
///
/// | share | word |
/// |---|---|
/// | 25 % or more | strong |
/// | 10 % to under 25 % | moderate |
/// | above 0 to under 10 % | slight |
/// | 0 (no impact) | none |
///
/// A share, not the raw number, because hosts use any scale for `impact`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strength {
    /// A share of 25 % or more.
    Strong,
    /// 10 % to under 25 %.
    Moderate,
    /// Above 0 and under 10 %.
    Slight,
    /// No impact at all.
    None,
}

impl Strength {
    /// The share at and above which a factor is strong.
    pub const STRONG: f64 = 0.25;
    /// The share at and above which a factor is moderate.
    pub const MODERATE: f64 = 0.10;

    /// The strength of a factor of `impact` among factors whose absolute impacts sum to
    /// `total`.
    pub fn of(impact: f64, total: f64) -> Strength {
        let share = if total > 0.0 {
            impact.abs() / total
        } else {
            0.0
        };
        if impact == 0.0 || share == 0.0 {
            Strength::None
        } else if share >= Strength::STRONG {
            Strength::Strong
        } else if share >= Strength::MODERATE {
            Strength::Moderate
        } else {
            Strength::Slight
        }
    }

    /// The word in `lang` ("strong", "moderate", "slight", "no effect").
    pub fn word(self, lang: Lang, overrides: &Overrides) -> String {
        let msg = match self {
            Strength::Strong => Msg::ExplanationWeightStrong,
            Strength::Moderate => Msg::ExplanationWeightModerate,
            Strength::Slight => Msg::ExplanationWeightSlight,
            Strength::None => Msg::ExplanationWeightNone,
        };
        tr(lang, msg, &[], overrides)
    }
}

/// `n` with at most `places` decimals, trailing zeros dropped and a real minus sign (U+2212).
/// Integer arithmetic only: float formatting would add kilobytes to the widget's wasm.
pub fn decimal(n: f64, places: u32) -> String {
    if !n.is_finite() {
        return String::new();
    }
    let scale = 10u64.pow(places.min(6));
    let scaled = (n.abs() * scale as f64).round();
    if scaled >= 9.0e15 {
        return if n < 0.0 {
            "\u{2212}∞".into()
        } else {
            "∞".into()
        };
    }
    let scaled = scaled as u64;
    let (whole, mut frac) = (scaled / scale, scaled % scale);
    let mut digits = places.min(6) as usize;
    while digits > 0 && frac % 10 == 0 {
        frac /= 10;
        digits -= 1;
    }
    let sign = if n < 0.0 && scaled > 0 {
        "\u{2212}"
    } else {
        ""
    };
    if digits == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0digits$}")
    }
}

/// A factor's impact as signed text: `+0.25`, `−0.42`, `0`.
pub fn signed(impact: f64) -> String {
    let text = decimal(impact, 2);
    if impact > 0.0 && text != "0" {
        format!("+{text}")
    } else {
        text
    }
}

/// One factor of the decision.
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Factor {
    /// What the factor is, in words ("Income stability").
    pub label: String,
    /// The person's value, if the host shows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<FactorValue>,
    /// Signed contribution: positive for the person, negative against.
    pub impact: f64,
}

/// The model behind the decision.
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Model {
    /// Its name.
    pub name: String,
    /// Its version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// A link to its documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documentation_url: Option<String>,
}

/// A category of the person's data: a plain name (`"income"`), or with where it came from and
/// why it matters (`{"category", "source", "why"}`). Written back the way it was given.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataCategory {
    /// The category ("income").
    pub category: String,
    /// Where it came from ("your application", "a credit bureau").
    pub source: Option<String>,
    /// Why it is relevant to the decision.
    pub why: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct DetailedCategory {
    category: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    why: Option<String>,
}

impl Serialize for DataCategory {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.source.is_none() && self.why.is_none() {
            return serializer.serialize_str(&self.category);
        }
        DetailedCategory {
            category: self.category.clone(),
            source: self.source.clone(),
            why: self.why.clone(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for DataCategory {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = DataCategory;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string or an object {\"category\", \"source\", \"why\"}")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<DataCategory, E> {
                Ok(DataCategory {
                    category: v.to_string(),
                    ..DataCategory::default()
                })
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<DataCategory, A::Error> {
                let d = DetailedCategory::deserialize(
                    serde::de::value::MapAccessDeserializer::new(map),
                )?;
                Ok(DataCategory {
                    category: d.category,
                    source: d.source,
                    why: d.why,
                })
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

// The schema says what the hand-written `Deserialize` above accepts: a string, or an object
// with `category` and optionally `source` and `why`.
#[cfg(feature = "schemas")]
impl schemars::JsonSchema for DataCategory {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DataCategory".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A category of the person's data: its name, or an object with where it came from and why it matters.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "properties": {
                        "category": { "description": "The category (\"income\").", "type": "string" },
                        "source": { "description": "Where it came from (\"your application\", \"a credit bureau\").", "type": ["string", "null"] },
                        "why": { "description": "Why it is relevant to the decision.", "type": ["string", "null"] }
                    },
                    "required": ["category"]
                }
            ]
        })
    }
}

/// How a change in the person's data would have changed the outcome, in words (CJEU C-203/22).
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Counterfactual {
    /// The change ("If your monthly debt repayments were below € 900").
    pub change: String,
    /// What would have followed ("the loan would have been granted").
    pub result: String,
}

/// How to contest the decision (GDPR Art. 22(3)).
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Contest {
    /// How, in words ("Reply to the decision letter or call 01 23 45 67 89").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<String>,
    /// How long it takes ("10 working days"); takes the place of `review_timescale`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timescale: Option<String>,
}

/// `glassbox.explanation/v1`.
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// `glassbox.explanation/v1` when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// What was decided, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
    /// How it came out for the person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    /// The host's id for this decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_ref: Option<String>,
    /// When it was decided (RFC 3339 or a date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_at: Option<String>,
    /// The AI system's role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ai_role: Option<AiRole>,
    /// Whether a person reviewed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub human_reviewed: Option<bool>,
    /// The factors, in any order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub factors: Option<Vec<Factor>>,
    /// How the system works, in plain language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logic: Option<String>,
    /// The categories of the person's data it used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_categories: Option<Vec<DataCategory>>,
    /// Where the person's data came from (GDPR Arts. 14(2)(f), 15(1)(g)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_sources: Option<Vec<String>>,
    /// How changes in the person's data would have changed the outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counterfactuals: Option<Vec<Counterfactual>>,
    /// How to contest the decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contest: Option<Contest>,
    /// What the decision means for the person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub significance: Option<String>,
    /// Its envisaged consequences.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consequences: Option<String>,
    /// The model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<Model>,
    /// How long a human review takes ("5 working days").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_timescale: Option<String>,
}

/// A section the law requires (GDPR Arts. 13(2)(f), 15(1)(h); AI Act Art. 86).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// `decision`
    Decision,
    /// `factors`
    Factors,
    /// `logic`
    Logic,
    /// `data_categories`
    DataCategories,
    /// `significance`
    Significance,
    /// `consequences`
    Consequences,
    /// `ai_role`
    AiRole,
    /// `human_reviewed`
    HumanReviewed,
}

impl Section {
    /// The JSON field.
    pub fn field(self) -> &'static str {
        match self {
            Section::Decision => "decision",
            Section::Factors => "factors",
            Section::Logic => "logic",
            Section::DataCategories => "data_categories",
            Section::Significance => "significance",
            Section::Consequences => "consequences",
            Section::AiRole => "ai_role",
            Section::HumanReviewed => "human_reviewed",
        }
    }
}

/// Why an explanation could not be read. The message names the field and what was expected.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExplanationError {
    /// Not JSON at all.
    #[error("the explanation is not valid JSON: {0}")]
    Syntax(String),
    /// A field of the wrong type or value.
    #[error("explanation field `{path}`: {message}")]
    Field {
        /// Where, e.g. `factors[2].impact`.
        path: String,
        /// What was wrong and expected.
        message: String,
    },
    /// Another schema than v1.
    #[error("explanation schema `{0}` is not supported (expected `glassbox.explanation/v1`)")]
    Schema(String),
}

impl ExplanationError {
    /// The error for JSON that is not an object (an array, a string, …).
    pub fn not_an_object() -> ExplanationError {
        ExplanationError::Field {
            path: "(top level)".into(),
            message: "expected a JSON object".into(),
        }
    }
}

impl Explanation {
    /// Reads an explanation from any serde deserializer (JSON text natively, a JS object in
    /// the browser), naming the field of the first error.
    pub fn deserialize_from<'de, D>(deserializer: D) -> Result<Explanation, ExplanationError>
    where
        D: serde::Deserializer<'de>,
    {
        let explanation: Explanation =
            serde_path_to_error::deserialize(deserializer).map_err(|e| {
                let path = e.path().to_string();
                ExplanationError::Field {
                    path: if path == "." {
                        "(top level)".into()
                    } else {
                        path
                    },
                    message: e.into_inner().to_string(),
                }
            })?;
        explanation.checked()
    }

    /// Reads an explanation from JSON text.
    pub fn from_json(text: &str) -> Result<Explanation, ExplanationError> {
        let trimmed = text.trim_start();
        if !trimmed.is_empty()
            && !trimmed.starts_with('{')
            && serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
        {
            return Err(ExplanationError::not_an_object());
        }
        let mut de = serde_json::Deserializer::from_str(text);
        let result = Explanation::deserialize_from(&mut de);
        if let Err(ExplanationError::Field { message, .. }) = &result {
            if message.contains("at line")
                && serde_json::from_str::<serde::de::IgnoredAny>(text).is_err()
            {
                return Err(ExplanationError::Syntax(message.clone()));
            }
        }
        result
    }

    fn checked(self) -> Result<Explanation, ExplanationError> {
        if let Some(schema) = &self.schema {
            if schema != SCHEMA {
                return Err(ExplanationError::Schema(schema.clone()));
            }
        }
        if let Some((i, _)) = self
            .factors
            .iter()
            .flatten()
            .enumerate()
            .find(|(_, f)| !f.impact.is_finite())
        {
            return Err(ExplanationError::Field {
                path: format!("factors[{i}].impact"),
                message: "expected a finite number".into(),
            });
        }
        Ok(self)
    }

    /// The required sections the host did not provide (empty text counts as missing).
    pub fn missing(&self) -> Vec<Section> {
        let blank = |s: &Option<String>| s.as_deref().is_none_or(|t| t.trim().is_empty());
        let mut missing = Vec::new();
        if blank(&self.decision) {
            missing.push(Section::Decision);
        }
        if self.factors.is_none() {
            missing.push(Section::Factors);
        }
        if blank(&self.logic) {
            missing.push(Section::Logic);
        }
        if self
            .data_categories
            .as_ref()
            .is_none_or(|c| c.iter().all(|c| c.category.trim().is_empty()))
        {
            missing.push(Section::DataCategories);
        }
        if blank(&self.significance) {
            missing.push(Section::Significance);
        }
        if blank(&self.consequences) {
            missing.push(Section::Consequences);
        }
        if self.ai_role.is_none() {
            missing.push(Section::AiRole);
        }
        if self.human_reviewed.is_none() {
            missing.push(Section::HumanReviewed);
        }
        missing
    }

    /// Parts of the optional sections that were given but are empty or blank, by path
    /// (`data_sources`, `counterfactuals[1].result`, `data_categories[0].category`, `contest`):
    /// the view shows them as not provided and the glue names them in the console.
    pub fn incomplete(&self) -> Vec<String> {
        let blank = |s: &str| s.trim().is_empty();
        let blank_opt = |s: &Option<String>| s.as_deref().is_some_and(blank);
        let mut out = Vec::new();
        for (i, c) in self.data_categories.iter().flatten().enumerate() {
            if blank(&c.category) {
                out.push(format!("data_categories[{i}].category"));
            }
            if blank_opt(&c.source) {
                out.push(format!("data_categories[{i}].source"));
            }
            if blank_opt(&c.why) {
                out.push(format!("data_categories[{i}].why"));
            }
        }
        match &self.data_sources {
            Some(sources) if sources.is_empty() => out.push("data_sources".into()),
            Some(sources) => {
                for (i, s) in sources.iter().enumerate() {
                    if blank(s) {
                        out.push(format!("data_sources[{i}]"));
                    }
                }
            }
            None => {}
        }
        match &self.counterfactuals {
            Some(items) if items.is_empty() => out.push("counterfactuals".into()),
            Some(items) => {
                for (i, c) in items.iter().enumerate() {
                    if blank(&c.change) {
                        out.push(format!("counterfactuals[{i}].change"));
                    }
                    if blank(&c.result) {
                        out.push(format!("counterfactuals[{i}].result"));
                    }
                }
            }
            None => {}
        }
        if let Some(c) = &self.contest {
            let none = |s: &Option<String>| s.as_deref().is_none_or(blank);
            if none(&c.how) && none(&c.timescale) {
                out.push("contest".into());
            }
        }
        out
    }

    /// How long a review or contest takes: `contest.timescale`, else `review_timescale`.
    pub fn timescale(&self) -> Option<&str> {
        self.contest
            .as_ref()
            .and_then(|c| c.timescale.as_deref())
            .or(self.review_timescale.as_deref())
            .map(str::trim)
            .filter(|t| !t.is_empty())
    }

    /// The total absolute weight of all factors, the base of [`Strength::of`].
    pub fn total_weight(&self) -> f64 {
        self.factors.iter().flatten().map(|f| f.impact.abs()).sum()
    }

    /// The factors from the largest absolute impact to the smallest; ties keep the host's order.
    pub fn ranked(&self) -> Vec<Factor> {
        let mut factors = self.factors.clone().unwrap_or_default();
        factors.sort_by(|a, b| b.impact.abs().total_cmp(&a.impact.abs()));
        factors
    }

    /// The one-paragraph plain-language summary in `lang`: the (up to three) factors that
    /// weighed most against the person, then those in their favour.
    pub fn summary(&self, lang: Lang, overrides: &Overrides) -> String {
        let ranked = self.ranked();
        if ranked.is_empty() {
            return tr(lang, Msg::SummaryNoFactors, &[], overrides);
        }
        let labels = |against: bool| -> Vec<String> {
            ranked
                .iter()
                .filter(|f| {
                    if against {
                        f.impact < 0.0
                    } else {
                        f.impact > 0.0
                    }
                })
                .take(3)
                .map(|f| f.label.clone())
                .collect()
        };
        let (against, favour) = (labels(true), labels(false));
        let sentence = |items: &[String], one: Msg, many: Msg| {
            let msg = if items.len() == 1 { one } else { many };
            tr(
                lang,
                msg,
                &[("factors", &list(items, lang, overrides))],
                overrides,
            )
        };
        let mut parts = Vec::new();
        if against.is_empty() {
            parts.push(tr(lang, Msg::SummaryNothingAgainst, &[], overrides));
        } else {
            parts.push(sentence(
                &against,
                Msg::SummaryAgainstOne,
                Msg::SummaryAgainstMany,
            ));
        }
        if !favour.is_empty() {
            parts.push(sentence(&favour, Msg::SummaryForOne, Msg::SummaryForMany));
        }
        parts.join(" ")
    }
}

/// "A, B and C" in `lang`.
pub fn list(items: &[String], lang: Lang, overrides: &Overrides) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => tr(
            lang,
            Msg::ListAnd,
            &[("head", &head.join(", ")), ("last", last)],
            overrides,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOAN: &str = r#"{
        "schema": "glassbox.explanation/v1",
        "decision": "Your loan application was declined.",
        "outcome": "unfavourable",
        "decision_ref": "LN-2026-0042",
        "decided_at": "2026-11-20T10:00:00Z",
        "ai_role": "decisive",
        "human_reviewed": false,
        "factors": [
            {"label": "Income stability", "value": "8 months in current job", "impact": -0.30},
            {"label": "Existing debt", "value": 12500, "impact": -0.42},
            {"label": "Repayment history", "value": "no missed payments", "impact": 0.25},
            {"label": "Savings", "value": true, "impact": 0.05},
            {"label": "Age of account", "impact": -0.01}
        ],
        "logic": "A statistical model compares your application with past loans.",
        "data_categories": ["income", "debts", "repayment history"],
        "significance": "The decision determines whether you receive the loan.",
        "consequences": "You will not receive the loan; you may apply again in 3 months.",
        "model": {"name": "CreditScore", "version": "4.2", "documentation_url": "https://example.com/model"},
        "review_timescale": "5 working days",
        "some_future_field": {"ignored": true}
    }"#;

    #[test]
    fn parses_the_full_schema_and_ignores_unknown_fields() {
        let e = Explanation::from_json(LOAN).expect("valid");
        assert_eq!(e.outcome, Some(Outcome::Unfavourable));
        assert_eq!(e.ai_role, Some(AiRole::Decisive));
        assert_eq!(e.factors.as_ref().map(Vec::len), Some(5));
        assert_eq!(
            e.factors.as_ref().unwrap()[1].value,
            Some(FactorValue::Number(12500.0))
        );
        assert_eq!(e.model.as_ref().unwrap().version.as_deref(), Some("4.2"));
        assert!(e.missing().is_empty());
    }

    #[test]
    fn a_wrong_type_names_the_field_and_what_was_expected() {
        let err = Explanation::from_json(
            r#"{"factors": [{"label": "a", "impact": 1}, {"label": "b", "impact": "high"}]}"#,
        )
        .unwrap_err();
        let text = err.to_string();
        assert!(text.contains("factors[1].impact"), "{text}");
        assert!(text.contains("expected f64"), "{text}");
        let err = Explanation::from_json(r#"{"outcome": "maybe"}"#)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("`outcome`") && err.contains("favourable"),
            "{err}"
        );
        let err = Explanation::from_json(r#"{"human_reviewed": "no"}"#)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("human_reviewed") && err.contains("boolean"),
            "{err}"
        );
    }

    #[test]
    fn broken_json_and_other_schemas_are_refused() {
        assert!(matches!(
            Explanation::from_json("{not json"),
            Err(ExplanationError::Syntax(_))
        ));
        assert_eq!(
            Explanation::from_json(r#"{"schema": "glassbox.explanation/v9"}"#),
            Err(ExplanationError::Schema("glassbox.explanation/v9".into()))
        );
        assert!(Explanation::from_json("[]").is_err());
    }

    #[test]
    fn missing_sections_are_listed() {
        let e =
            Explanation::from_json(r#"{"decision": "x", "logic": "  ", "factors": []}"#).unwrap();
        let fields: Vec<_> = e.missing().iter().map(|s| s.field()).collect();
        assert_eq!(
            fields,
            vec![
                "logic",
                "data_categories",
                "significance",
                "consequences",
                "ai_role",
                "human_reviewed"
            ]
        );
    }

    #[test]
    fn factors_are_ranked_by_absolute_impact_and_ties_keep_order() {
        let e = Explanation::from_json(LOAN).unwrap();
        let labels: Vec<_> = e.ranked().into_iter().map(|f| f.label).collect();
        assert_eq!(
            labels,
            vec![
                "Existing debt",
                "Income stability",
                "Repayment history",
                "Savings",
                "Age of account"
            ]
        );
        let ties = Explanation::from_json(
            r#"{"factors": [{"label": "B", "impact": 0.2}, {"label": "A", "impact": -0.2}, {"label": "C", "impact": 0.5}]}"#,
        )
        .unwrap();
        let labels: Vec<_> = ties.ranked().into_iter().map(|f| f.label).collect();
        assert_eq!(labels, vec!["C", "B", "A"]);
    }

    fn summary(json: &str, lang: Lang) -> String {
        Explanation::from_json(json)
            .unwrap()
            .summary(lang, &Overrides::default())
    }

    #[test]
    fn summary_in_english() {
        assert_eq!(
            summary(LOAN, Lang::En),
            "The factors that weighed most against you were Existing debt, Income stability and Age of account. \
             The factors that weighed most in your favour were Repayment history and Savings."
        );
    }

    #[test]
    fn summary_in_french() {
        assert_eq!(
            summary(LOAN, Lang::Fr),
            "Les facteurs qui ont le plus pesé en votre défaveur sont Existing debt, Income stability et Age of account. \
             Les facteurs qui ont le plus pesé en votre faveur sont Repayment history et Savings."
        );
    }

    #[test]
    fn summary_edge_cases() {
        let one = r#"{"factors": [{"label": "Debt", "impact": -1}]}"#;
        assert_eq!(
            summary(one, Lang::En),
            "The factor that weighed most against you was Debt."
        );
        assert_eq!(
            summary(one, Lang::Fr),
            "Le facteur qui a le plus pesé en votre défaveur est Debt."
        );
        let none = r#"{"factors": []}"#;
        assert_eq!(
            summary(none, Lang::En),
            "No individual factor was reported for this decision."
        );
        let favourable = r#"{"factors": [{"label": "Savings", "impact": 0.4}, {"label": "History", "impact": 0.1}]}"#;
        assert_eq!(
            summary(favourable, Lang::En),
            "No factor weighed against you. The factors that weighed most in your favour were Savings and History."
        );
        let ties =
            r#"{"factors": [{"label": "A", "impact": -0.2}, {"label": "B", "impact": -0.2}]}"#;
        assert_eq!(
            summary(ties, Lang::En),
            "The factors that weighed most against you were A and B."
        );
        let zero = r#"{"factors": [{"label": "Z", "impact": 0}]}"#;
        assert_eq!(summary(zero, Lang::En), "No factor weighed against you.");
    }

    #[test]
    fn numbers_are_written_without_float_formatting() {
        assert_eq!(decimal(12500.0, 2), "12500");
        assert_eq!(decimal(-0.42, 2), "\u{2212}0.42");
        assert_eq!(decimal(0.05, 2), "0.05");
        assert_eq!(decimal(0.5, 2), "0.5");
        assert_eq!(decimal(-0.001, 2), "0");
        assert_eq!(signed(0.25), "+0.25");
        assert_eq!(signed(-0.3), "\u{2212}0.3");
        assert_eq!(signed(0.0), "0");
        assert_eq!(FactorValue::Number(1.23456).to_string(), "1.23");
    }

    #[test]
    fn serialises_back_to_the_same_explanation() {
        let e = Explanation::from_json(LOAN).unwrap();
        let again = Explanation::from_json(&serde_json::to_string(&e).unwrap()).unwrap();
        assert_eq!(e, again);
    }

    const C203: &str = r#"{
        "decision": "Your loan application was declined.",
        "factors": [{"label": "Existing debt", "value": 12500, "impact": -0.42}],
        "data_categories": [
            "income",
            {"category": "debts", "source": "a credit bureau", "why": "They show what you can repay."},
            {"category": "repayment history"}
        ],
        "data_sources": ["your application", "Example Credit Bureau"],
        "counterfactuals": [
            {"change": "If your monthly debt repayments were below € 900", "result": "the loan would have been granted"}
        ],
        "contest": {"how": "Reply to the decision letter.", "timescale": "10 working days"},
        "review_timescale": "5 working days"
    }"#;

    #[test]
    fn the_c203_fields_parse_and_round_trip() {
        let e = Explanation::from_json(C203).expect("valid");
        let cats = e.data_categories.as_ref().unwrap();
        assert_eq!(cats[0].category, "income");
        assert_eq!(cats[0].source, None);
        assert_eq!(cats[1].source.as_deref(), Some("a credit bureau"));
        assert_eq!(
            cats[1].why.as_deref(),
            Some("They show what you can repay.")
        );
        assert_eq!(cats[2].category, "repayment history");
        assert_eq!(
            e.data_sources.as_deref(),
            Some(
                &[
                    "your application".to_string(),
                    "Example Credit Bureau".to_string()
                ][..]
            )
        );
        let cf = &e.counterfactuals.as_ref().unwrap()[0];
        assert_eq!(
            cf.change,
            "If your monthly debt repayments were below € 900"
        );
        assert_eq!(cf.result, "the loan would have been granted");
        assert_eq!(
            e.contest.as_ref().unwrap().how.as_deref(),
            Some("Reply to the decision letter.")
        );
        // `contest.timescale` takes the place of `review_timescale`.
        assert_eq!(e.timescale(), Some("10 working days"));
        assert!(e.incomplete().is_empty());
        // Written back as given: a plain category stays a string.
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["data_categories"][0], "income");
        assert_eq!(json["data_categories"][1]["source"], "a credit bureau");
        assert_eq!(json["data_categories"][2], "repayment history");
        assert_eq!(Explanation::from_json(&json.to_string()).unwrap(), e);
    }

    #[test]
    fn old_documents_stay_valid_and_the_new_fields_default_to_absent() {
        let e = Explanation::from_json(LOAN).unwrap();
        assert_eq!(e.data_sources, None);
        assert_eq!(e.counterfactuals, None);
        assert_eq!(e.contest, None);
        assert_eq!(e.timescale(), Some("5 working days"));
        assert_eq!(
            e.data_categories.as_ref().unwrap()[1],
            DataCategory {
                category: "debts".into(),
                source: None,
                why: None
            }
        );
    }

    #[test]
    fn errors_in_the_new_fields_name_their_path() {
        let err = |json: &str| Explanation::from_json(json).unwrap_err().to_string();
        let e = err(r#"{"data_categories": ["income", 42]}"#);
        assert!(
            e.contains("data_categories[1]") && e.contains("a string or an object"),
            "{e}"
        );
        let e = err(r#"{"data_categories": [{"source": "bureau"}]}"#);
        assert!(
            e.contains("data_categories[0]") && e.contains("missing field `category`"),
            "{e}"
        );
        let e = err(r#"{"data_categories": [{"category": "debts", "why": 3}]}"#);
        assert!(e.contains("data_categories[0].why"), "{e}");
        let e = err(r#"{"counterfactuals": [{"change": "If", "result": "ok"}, {"change": "If"}]}"#);
        assert!(
            e.contains("counterfactuals[1]") && e.contains("missing field `result`"),
            "{e}"
        );
        let e = err(r#"{"counterfactuals": {"change": "If", "result": "ok"}}"#);
        assert!(
            e.contains("`counterfactuals`") && e.contains("sequence"),
            "{e}"
        );
        let e = err(r#"{"data_sources": ["form", false]}"#);
        assert!(e.contains("data_sources[1]"), "{e}");
        let e = err(r#"{"contest": {"how": ["call us"]}}"#);
        assert!(e.contains("contest.how"), "{e}");
    }

    #[test]
    fn blank_parts_of_the_new_sections_are_reported() {
        let e = Explanation::from_json(
            r#"{"data_sources": [], "counterfactuals": [{"change": "If x", "result": " "}],
                "data_categories": [{"category": "debts", "source": ""}], "contest": {"how": ""}}"#,
        )
        .unwrap();
        assert_eq!(
            e.incomplete(),
            vec![
                "data_categories[0].source",
                "data_sources",
                "counterfactuals[0].result",
                "contest"
            ]
        );
        let only_blank =
            Explanation::from_json(r#"{"data_categories": [{"category": " "}]}"#).unwrap();
        assert!(only_blank.missing().contains(&Section::DataCategories));
    }

    #[test]
    fn weight_in_words_follows_the_documented_thresholds() {
        assert_eq!(Strength::of(0.25, 1.0), Strength::Strong);
        assert_eq!(Strength::of(-0.249, 1.0), Strength::Moderate);
        assert_eq!(Strength::of(0.10, 1.0), Strength::Moderate);
        assert_eq!(Strength::of(-0.099, 1.0), Strength::Slight);
        assert_eq!(Strength::of(0.0, 1.0), Strength::None);
        assert_eq!(Strength::of(0.0, 0.0), Strength::None);
        // Scale-free: only the share counts.
        assert_eq!(Strength::of(-42.0, 103.0), Strength::Strong);
        let e = Explanation::from_json(LOAN).unwrap();
        let total = e.total_weight();
        let words: Vec<_> = e
            .ranked()
            .iter()
            .map(|f| Strength::of(f.impact, total).word(Lang::En, &Overrides::default()))
            .collect();
        assert_eq!(words, ["strong", "strong", "moderate", "slight", "slight"]);
        assert_eq!(
            Strength::Strong.word(Lang::De, &Overrides::default()),
            tr(
                Lang::De,
                Msg::ExplanationWeightStrong,
                &[],
                &Overrides::default()
            )
        );
        assert_ne!(
            Strength::Strong.word(Lang::De, &Overrides::default()),
            "strong"
        );
    }

    #[test]
    fn yes_and_no_are_words_in_the_persons_language() {
        let o = Overrides::default();
        assert_eq!(FactorValue::Flag(true).text(Lang::En, &o), "yes");
        assert_eq!(FactorValue::Flag(false).text(Lang::En, &o), "no");
        assert_eq!(FactorValue::Flag(true).text(Lang::Fr, &o), "oui");
        assert_eq!(FactorValue::Flag(false).text(Lang::De, &o), "nein");
        assert_eq!(FactorValue::Number(12500.0).text(Lang::De, &o), "12500");
        assert_eq!(
            FactorValue::Text("3 years".into()).text(Lang::De, &o),
            "3 years"
        );
    }
}
