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
    pub data_categories: Option<Vec<String>>,
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
        if self.data_categories.as_ref().is_none_or(Vec::is_empty) {
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
}
