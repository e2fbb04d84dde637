//! The data-subject request payload, schema `glassbox.request/v1`, and its validation.
//!
//! One definition shared by the widget (which builds and checks it before sending) and the
//! receiver (which parses and checks it again). [`parse`] turns JSON bytes into a [`Request`] with
//! field-level errors; [`Request::validate`] enforces the rules that serde cannot (lengths,
//! formats, at least one kind, no duplicates, a plausible email). Unknown fields are ignored so
//! that newer widgets can talk to older receivers.
//!
//! ```
//! use glassbox_core::request::{parse, ErrorCode, Kind, RequestError};
//!
//! let body = br#"{"schema": "glassbox.request/v1",
//!   "id": "4b1d9a2e-7c1f-4d3a-9e2b-1f0c8a7b6d5e", "kinds": ["erasure"],
//!   "submitted_at": "2026-11-29T10:15:00Z", "requester": {"email": "marie@example.fr"}}"#;
//! let request = parse(body).unwrap();
//! assert_eq!(request.kinds, [Kind::Erasure]);
//!
//! let Err(RequestError::Invalid(errors)) = parse(br#"{"kinds": []}"#) else { panic!() };
//! assert!(errors.iter().any(|e| e.field == "requester" && e.code == ErrorCode::Required));
//! ```

use serde::{Deserialize, Serialize};
use std::fmt;

/// The value of the `schema` field.
pub const SCHEMA: &str = "glassbox.request/v1";

/// Longest email address (RFC 5321 path limit).
pub const MAX_EMAIL: usize = 254;
/// Longest name, title-like or reference field (characters).
pub const MAX_SHORT: usize = 200;
/// Longest free-text field (characters).
pub const MAX_TEXT: usize = 5_000;
/// Longest URL (characters).
pub const MAX_URL: usize = 2_048;
/// Longest language tag (characters).
pub const MAX_LANG: usize = 35;
/// Largest serialized `context.explanation` (bytes).
pub const MAX_EXPLANATION_BYTES: usize = 64 * 1024;
/// Largest whole payload (bytes); the receiver also limits request bodies to this.
pub const MAX_PAYLOAD_BYTES: usize = 128 * 1024;

/// A right the person exercises (GDPR Arts. 15–18, 20–22).
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Right of access (Art. 15).
    Access,
    /// Right to rectification (Art. 16).
    Rectification,
    /// Right to erasure (Art. 17).
    Erasure,
    /// Right to object (Art. 21).
    Objection,
    /// Right to restriction of processing (Art. 18).
    Restriction,
    /// Right to data portability (Art. 20).
    Portability,
    /// Human review of an automated decision (Art. 22(3)).
    HumanReview,
}

impl Kind {
    /// Every kind, in the order forms show them.
    pub const ALL: [Kind; 7] = [
        Kind::Access,
        Kind::Rectification,
        Kind::Erasure,
        Kind::Objection,
        Kind::Restriction,
        Kind::Portability,
        Kind::HumanReview,
    ];

    /// The wire name (`human-review`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Access => "access",
            Kind::Rectification => "rectification",
            Kind::Erasure => "erasure",
            Kind::Objection => "objection",
            Kind::Restriction => "restriction",
            Kind::Portability => "portability",
            Kind::HumanReview => "human-review",
        }
    }

    /// The kind with wire name `s`.
    pub fn from_wire(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A `glassbox.request/v1` payload.
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// Always [`SCHEMA`].
    #[cfg_attr(feature = "schemas", schemars(extend("const" = SCHEMA)))]
    pub schema: String,
    /// A UUID v4 chosen by the client; the idempotency key.
    #[cfg_attr(feature = "schemas", schemars(extend("format" = "uuid")))]
    pub id: String,
    /// The rights exercised, at least one, no duplicates.
    #[cfg_attr(feature = "schemas", schemars(length(min = 1), extend("uniqueItems" = true)))]
    pub kinds: Vec<Kind>,
    /// When the person pressed "send", RFC 3339 (the legal clock starts at receipt, not here).
    #[cfg_attr(feature = "schemas", schemars(extend("format" = "date-time")))]
    pub submitted_at: String,
    /// The language the person used (BCP 47 tag), for the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// How to reach the person.
    pub requester: Requester,
    /// Optional kind-specific details.
    #[serde(default, skip_serializing_if = "Details::is_empty")]
    pub details: Details,
    /// Where the request was made.
    #[serde(default, skip_serializing_if = "Context::is_empty")]
    pub context: Context,
}

/// The person making the request.
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requester {
    /// Email address, the one required contact channel.
    #[cfg_attr(feature = "schemas", schemars(extend("format" = "email"), length(max = MAX_EMAIL)))]
    pub email: String,
    /// Name, optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Kind-specific details, each optional; a kind's details may only be given when the kind is
/// requested.
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Details {
    /// Details of an access request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<AccessDetails>,
    /// Details of a rectification request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rectification: Option<RectificationDetails>,
    /// Details of an erasure request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub erasure: Option<ErasureDetails>,
    /// Details of an objection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objection: Option<ObjectionDetails>,
    /// Details of a restriction request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restriction: Option<RestrictionDetails>,
    /// Details of a portability request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portability: Option<PortabilityDetails>,
    /// Details of a request for human review.
    #[serde(
        default,
        rename = "human-review",
        skip_serializing_if = "Option::is_none"
    )]
    pub human_review: Option<HumanReviewDetails>,
}

impl Details {
    /// True when no kind has details.
    pub fn is_empty(&self) -> bool {
        self.kinds_given().is_empty()
    }

    /// The kinds that carry details.
    pub fn kinds_given(&self) -> Vec<Kind> {
        let mut out = Vec::new();
        if self.access.is_some() {
            out.push(Kind::Access);
        }
        if self.rectification.is_some() {
            out.push(Kind::Rectification);
        }
        if self.erasure.is_some() {
            out.push(Kind::Erasure);
        }
        if self.objection.is_some() {
            out.push(Kind::Objection);
        }
        if self.restriction.is_some() {
            out.push(Kind::Restriction);
        }
        if self.portability.is_some() {
            out.push(Kind::Portability);
        }
        if self.human_review.is_some() {
            out.push(Kind::HumanReview);
        }
        out
    }
}

/// Access (Art. 15): what the person wants and how.
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessDetails {
    /// Which data or processing the request is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// Preferred format of the copy (for example "pdf", "json").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
}

/// Rectification (Art. 16).
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RectificationDetails {
    /// What is inaccurate or incomplete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub what_is_wrong: Option<String>,
    /// The correct value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correct_value: Option<String>,
}

/// Erasure (Art. 17).
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasureDetails {
    /// The ground, if the person wishes to give one (never required).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ground: Option<String>,
}

/// Objection (Art. 21).
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectionDetails {
    /// The purpose objected to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// The grounds relating to the person's particular situation (Art. 21(1)), if they wish to
    /// give them; never required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub particular_situation: Option<String>,
    /// Objection to direct marketing: absolute, needs no justification (Art. 21(2)–(3)).
    #[serde(default)]
    pub direct_marketing: bool,
}

/// Restriction (Art. 18).
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RestrictionDetails {
    /// The ground, if the person wishes to give one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ground: Option<String>,
}

/// Portability (Art. 20).
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortabilityDetails {
    /// Preferred machine-readable format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
}

/// Human review of an automated decision (Art. 22(3)).
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HumanReviewDetails {
    /// The host's id of the decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_ref: Option<String>,
    /// The person's point of view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub point_of_view: Option<String>,
}

/// Where and about what the request was made.
#[cfg_attr(feature = "schemas", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Context {
    /// URL of the page, without its query or fragment (the widget strips them: tokens live there).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    /// The AI system's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// The decision the request is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_ref: Option<String>,
    /// A snapshot of the `glassbox.explanation/v1` shown, as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub explanation: Option<serde_json::Value>,
}

impl Context {
    /// True when nothing is set.
    pub fn is_empty(&self) -> bool {
        self.page.is_none()
            && self.system.is_none()
            && self.decision_ref.is_none()
            && self.explanation.is_none()
    }
}

/// What is wrong with a field.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Missing or blank.
    Required,
    /// Present but malformed or of the wrong type.
    Invalid,
    /// Longer than its limit.
    TooLong,
    /// The same value twice where each must be unique.
    Duplicate,
    /// A value this version does not support (another schema, an unknown kind).
    Unsupported,
    /// Given although it does not apply (details for a kind not requested).
    Unexpected,
}

impl ErrorCode {
    /// The wire name (`too_long`).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Required => "required",
            ErrorCode::Invalid => "invalid",
            ErrorCode::TooLong => "too_long",
            ErrorCode::Duplicate => "duplicate",
            ErrorCode::Unsupported => "unsupported",
            ErrorCode::Unexpected => "unexpected",
        }
    }
}

/// One problem with one field, for a localized message next to it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// Path of the field, dotted (`requester.email`, `kinds[1]`, `details.human-review`).
    pub field: String,
    /// What is wrong.
    pub code: ErrorCode,
    /// The limit that was exceeded, for [`ErrorCode::TooLong`] (characters, or bytes for the
    /// explanation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<usize>,
}

impl FieldError {
    /// An error without a limit.
    pub fn new(field: impl Into<String>, code: ErrorCode) -> FieldError {
        FieldError {
            field: field.into(),
            code,
            max: None,
        }
    }

    fn too_long(field: impl Into<String>, max: usize) -> FieldError {
        FieldError {
            field: field.into(),
            code: ErrorCode::TooLong,
            max: Some(max),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.code.as_str())?;
        if let Some(max) = self.max {
            write!(f, " (max {max})")?;
        }
        Ok(())
    }
}

/// Why a payload was rejected.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    /// The bytes are not JSON (or too deeply nested); a client bug, not the person's mistake.
    #[error("malformed JSON: {0}")]
    Malformed(String),
    /// JSON, but fields are missing, of the wrong type or break a rule.
    #[error("invalid request: {}", .0.iter().map(|e| e.to_string()).collect::<Vec<_>>().join(", "))]
    Invalid(Vec<FieldError>),
}

/// Parses and validates a payload: the one entry point for untrusted bytes.
pub fn parse(json: &[u8]) -> Result<Request, RequestError> {
    if json.len() > MAX_PAYLOAD_BYTES {
        return Err(RequestError::Invalid(vec![FieldError::too_long(
            "",
            MAX_PAYLOAD_BYTES,
        )]));
    }
    let value: serde_json::Value =
        serde_json::from_slice(json).map_err(|e| RequestError::Malformed(e.to_string()))?;
    from_value(value)
}

/// Validates an already-parsed JSON value (see [`parse`]).
pub fn from_value(value: serde_json::Value) -> Result<Request, RequestError> {
    if !value.is_object() {
        return Err(RequestError::Invalid(vec![FieldError::new(
            "",
            ErrorCode::Invalid,
        )]));
    }
    // serde stops at the first problem: report every missing required field at once first.
    let missing = missing_required(&value);
    if !missing.is_empty() {
        return Err(RequestError::Invalid(missing));
    }
    let request: Request = serde_path_to_error::deserialize(value).map_err(|e| {
        RequestError::Invalid(vec![serde_error_to_field(
            &e.path().to_string(),
            &e.inner().to_string(),
        )])
    })?;
    request.validate().map_err(RequestError::Invalid)?;
    Ok(request)
}

/// Every required field absent (or `null`) in a JSON object.
fn missing_required(value: &serde_json::Value) -> Vec<FieldError> {
    let absent = |v: Option<&serde_json::Value>| v.is_none_or(serde_json::Value::is_null);
    let mut out: Vec<FieldError> = ["schema", "id", "kinds", "submitted_at", "requester"]
        .into_iter()
        .filter(|k| absent(value.get(*k)))
        .map(|k| FieldError::new(k, ErrorCode::Required))
        .collect();
    if let Some(r) = value.get("requester").filter(|r| r.is_object()) {
        if absent(r.get("email")) {
            out.push(FieldError::new("requester.email", ErrorCode::Required));
        }
    }
    out
}

/// Maps a serde error at `path` to a field error: a missing field gets its own path and
/// `required`, an unknown kind `unsupported`, anything else `invalid`.
fn serde_error_to_field(path: &str, message: &str) -> FieldError {
    let path = if path == "." { "" } else { path };
    let join = |name: &str| {
        if path.is_empty() {
            name.to_string()
        } else {
            format!("{path}.{name}")
        }
    };
    if let Some(rest) = message.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or_default();
        return FieldError::new(join(name), ErrorCode::Required);
    }
    if message.starts_with("unknown variant") && path.starts_with("kinds") {
        return FieldError::new(path, ErrorCode::Unsupported);
    }
    FieldError::new(path, ErrorCode::Invalid)
}

impl Request {
    /// Checks every rule and returns all problems found, in field order.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errs = Vec::new();
        if self.schema != SCHEMA {
            errs.push(FieldError::new("schema", ErrorCode::Unsupported));
        }
        if self.id.trim().is_empty() {
            errs.push(FieldError::new("id", ErrorCode::Required));
        } else if !is_uuid_v4(&self.id) {
            errs.push(FieldError::new("id", ErrorCode::Invalid));
        }
        if self.kinds.is_empty() {
            errs.push(FieldError::new("kinds", ErrorCode::Required));
        }
        for (i, kind) in self.kinds.iter().enumerate() {
            if self.kinds[..i].contains(kind) {
                errs.push(FieldError::new(format!("kinds[{i}]"), ErrorCode::Duplicate));
            }
        }
        if self.submitted_at.trim().is_empty() {
            errs.push(FieldError::new("submitted_at", ErrorCode::Required));
        } else if !is_rfc3339(&self.submitted_at) {
            errs.push(FieldError::new("submitted_at", ErrorCode::Invalid));
        }
        if let Some(lang) = &self.lang {
            if lang.chars().count() > MAX_LANG {
                errs.push(FieldError::too_long("lang", MAX_LANG));
            } else if !is_language_tag(lang) {
                errs.push(FieldError::new("lang", ErrorCode::Invalid));
            }
        }
        let email = &self.requester.email;
        if email.trim().is_empty() {
            errs.push(FieldError::new("requester.email", ErrorCode::Required));
        } else if email.chars().count() > MAX_EMAIL {
            errs.push(FieldError::too_long("requester.email", MAX_EMAIL));
        } else if !is_plausible_email(email) {
            errs.push(FieldError::new("requester.email", ErrorCode::Invalid));
        }
        text(&mut errs, "requester.name", &self.requester.name, MAX_SHORT);

        for kind in self.details.kinds_given() {
            if !self.kinds.contains(&kind) {
                errs.push(FieldError::new(
                    format!("details.{kind}"),
                    ErrorCode::Unexpected,
                ));
            }
        }
        let d = &self.details;
        if let Some(a) = &d.access {
            text(&mut errs, "details.access.scope", &a.scope, MAX_TEXT);
            text(&mut errs, "details.access.format", &a.format, MAX_SHORT);
        }
        if let Some(r) = &d.rectification {
            let f = "details.rectification";
            text(
                &mut errs,
                &format!("{f}.what_is_wrong"),
                &r.what_is_wrong,
                MAX_TEXT,
            );
            text(
                &mut errs,
                &format!("{f}.correct_value"),
                &r.correct_value,
                MAX_TEXT,
            );
        }
        if let Some(e) = &d.erasure {
            text(&mut errs, "details.erasure.ground", &e.ground, MAX_TEXT);
        }
        if let Some(o) = &d.objection {
            text(&mut errs, "details.objection.purpose", &o.purpose, MAX_TEXT);
            text(
                &mut errs,
                "details.objection.particular_situation",
                &o.particular_situation,
                MAX_TEXT,
            );
        }
        if let Some(r) = &d.restriction {
            text(&mut errs, "details.restriction.ground", &r.ground, MAX_TEXT);
        }
        if let Some(p) = &d.portability {
            text(
                &mut errs,
                "details.portability.format",
                &p.format,
                MAX_SHORT,
            );
        }
        if let Some(h) = &d.human_review {
            let f = "details.human-review";
            text(
                &mut errs,
                &format!("{f}.decision_ref"),
                &h.decision_ref,
                MAX_SHORT,
            );
            text(
                &mut errs,
                &format!("{f}.point_of_view"),
                &h.point_of_view,
                MAX_TEXT,
            );
        }

        let c = &self.context;
        if let Some(page) = &c.page {
            if page.chars().count() > MAX_URL {
                errs.push(FieldError::too_long("context.page", MAX_URL));
            } else if !(page.starts_with("https://") || page.starts_with("http://"))
                || page.chars().any(char::is_control)
            {
                errs.push(FieldError::new("context.page", ErrorCode::Invalid));
            }
        }
        text(&mut errs, "context.system", &c.system, MAX_SHORT);
        text(
            &mut errs,
            "context.decision_ref",
            &c.decision_ref,
            MAX_SHORT,
        );
        if let Some(x) = &c.explanation {
            let size = json_len(x);
            if size > MAX_EXPLANATION_BYTES {
                errs.push(FieldError::too_long(
                    "context.explanation",
                    MAX_EXPLANATION_BYTES,
                ));
            } else if !x.is_object() {
                errs.push(FieldError::new("context.explanation", ErrorCode::Invalid));
            }
        }

        if errs.is_empty() {
            Ok(())
        } else {
            Err(errs)
        }
    }

    /// The id in canonical (lower-case) form.
    pub fn canonical_id(&self) -> String {
        self.id.to_ascii_lowercase()
    }
}

/// The length in bytes of `value` as compact JSON (what `serde_json::to_vec` writes), counted
/// without writing it: the widget then links no JSON writer.
pub fn json_len(value: &serde_json::Value) -> usize {
    use serde_json::Value;
    match value {
        Value::Null => 4,
        Value::Bool(b) => {
            if *b {
                4
            } else {
                5
            }
        }
        Value::Number(n) => n.to_string().len(),
        Value::String(s) => json_str_len(s),
        Value::Array(items) => {
            2 + items.iter().map(json_len).sum::<usize>() + items.len().saturating_sub(1)
        }
        Value::Object(map) => {
            2 + map
                .iter()
                .map(|(k, v)| json_str_len(k) + 1 + json_len(v))
                .sum::<usize>()
                + map.len().saturating_sub(1)
        }
    }
}

fn json_str_len(s: &str) -> usize {
    2 + s
        .chars()
        .map(|c| match c {
            '"' | '\\' | '\u{8}' | '\u{c}' | '\n' | '\r' | '\t' => 2,
            c if (c as u32) < 0x20 => 6,
            c => c.len_utf8(),
        })
        .sum::<usize>()
}

/// Length and control-character check of an optional free-text field.
fn text(errs: &mut Vec<FieldError>, field: &str, value: &Option<String>, max: usize) {
    if let Some(v) = value {
        if v.chars().count() > max {
            errs.push(FieldError::too_long(field, max));
        } else if v
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
        {
            errs.push(FieldError::new(field, ErrorCode::Invalid));
        }
    }
}

/// True for a UUID version 4 in the 8-4-4-4-12 hexadecimal form (either case).
pub fn is_uuid_v4(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 36 {
        return false;
    }
    for (i, c) in b.iter().enumerate() {
        let ok = match i {
            8 | 13 | 18 | 23 => *c == b'-',
            14 => *c == b'4',
            19 => matches!(c, b'8' | b'9' | b'a' | b'b' | b'A' | b'B'),
            _ => c.is_ascii_hexdigit(),
        };
        if !ok {
            return false;
        }
    }
    true
}

/// True for an RFC 3339 date-time (`2026-11-29T10:00:00Z`, `…T10:00:00.123+01:00`) that exists
/// (valid day, hour ≤ 23, minute ≤ 59, second ≤ 60).
pub fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 20 || b.len() > 40 || !s.is_ascii() {
        return false;
    }
    if s[..10].parse::<crate::deadline::Date>().is_err() || !matches!(b[10], b'T' | b't' | b' ') {
        return false;
    }
    let two = |i: usize| -> Option<u8> {
        let (x, y) = (b.get(i)?, b.get(i + 1)?);
        (x.is_ascii_digit() && y.is_ascii_digit()).then(|| (x - b'0') * 10 + (y - b'0'))
    };
    match (two(11), two(14), two(17)) {
        (Some(h), Some(m), Some(sec)) if h <= 23 && m <= 59 && sec <= 60 => {}
        _ => return false,
    }
    if b[13] != b':' || b[16] != b':' {
        return false;
    }
    let mut i = 19;
    if b[i] == b'.' {
        i += 1;
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start || i - start > 9 {
            return false;
        }
    }
    match &b[i..] {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', _, _, b':', _, _] => {
            matches!((two(i + 1), two(i + 4)), (Some(h), Some(m)) if h <= 23 && m <= 59)
        }
        _ => false,
    }
}

/// True for something shaped like a BCP 47 tag: alphanumeric subtags of 1–8 separated by `-`,
/// the first alphabetic of 2–3 letters (`fr`, `pt-BR`, `sr-Latn-RS`).
pub fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.bytes().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_alphanumeric()))
}

/// A plausible email address: one `@`, a local part of 1–64 printable characters without
/// spaces, and a domain of at least two dot-separated labels of letters, digits and hyphens
/// (internationalized labels allowed), not starting or ending with a hyphen. Only a mail that
/// arrives proves an address; this catches typos.
pub fn is_plausible_email(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    if local.is_empty()
        || local.chars().count() > 64
        || local.contains('@')
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
        || local
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>()[]\\,;:\"".contains(c))
    {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && domain.chars().count() <= 253
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.chars().count() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.chars().count() >= 2 && !tld.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn valid() -> serde_json::Value {
        json!({
            "schema": "glassbox.request/v1",
            "id": "4b1d9a2e-7c1f-4d3a-9e2b-1f0c8a7b6d5e",
            "kinds": ["access", "human-review"],
            "submitted_at": "2026-11-29T10:15:00.123+01:00",
            "lang": "fr",
            "requester": {"email": "marie@example.fr", "name": "Marie"},
            "details": {
                "access": {"scope": "everything", "format": "pdf"},
                "human-review": {"decision_ref": "D-123", "point_of_view": "I paid on time."}
            },
            "context": {"page": "https://example.com/loan", "system": "Aria",
                        "decision_ref": "D-123", "explanation": {"decision": "refused"}},
            "future_field": 42
        })
    }

    fn errors(v: serde_json::Value) -> Vec<FieldError> {
        match from_value(v) {
            Err(RequestError::Invalid(e)) => e,
            other => panic!("expected field errors, got {other:?}"),
        }
    }

    fn has(errs: &[FieldError], field: &str, code: ErrorCode) -> bool {
        errs.iter().any(|e| e.field == field && e.code == code)
    }

    #[test]
    fn valid_request_parses_and_round_trips() {
        let r = from_value(valid()).unwrap();
        assert_eq!(r.kinds, vec![Kind::Access, Kind::HumanReview]);
        assert_eq!(
            r.details
                .human_review
                .as_ref()
                .unwrap()
                .decision_ref
                .as_deref(),
            Some("D-123")
        );
        let again = parse(&serde_json::to_vec(&r).unwrap()).unwrap();
        assert_eq!(again, r);
        let text = serde_json::to_value(&r).unwrap();
        assert!(text["details"].get("human-review").is_some());
        assert!(text.get("future_field").is_none());
    }

    #[test]
    fn minimal_request() {
        let r = from_value(json!({
            "schema": SCHEMA, "id": "4b1d9a2e-7c1f-4d3a-9e2b-1f0c8a7b6d5e", "kinds": ["erasure"],
            "submitted_at": "2026-11-29T10:15:00Z", "requester": {"email": "a@b.co"}
        }))
        .unwrap();
        assert!(r.details.is_empty() && r.context.is_empty() && r.lang.is_none());
    }

    #[test]
    fn missing_fields_are_required() {
        let mut v = valid();
        v["requester"].as_object_mut().unwrap().remove("email");
        assert!(has(&errors(v), "requester.email", ErrorCode::Required));
        let mut v = valid();
        v.as_object_mut().unwrap().remove("kinds");
        assert!(has(&errors(v), "kinds", ErrorCode::Required));
        let mut v = valid();
        v["kinds"] = json!([]);
        assert!(has(&errors(v), "kinds", ErrorCode::Required));
    }

    #[test]
    fn all_missing_fields_at_once() {
        let errs = errors(json!({"kinds": ["access"], "requester": {}}));
        for f in ["schema", "id", "submitted_at", "requester.email"] {
            assert!(has(&errs, f, ErrorCode::Required), "{f}: {errs:?}");
        }
        assert!(!has(&errs, "kinds", ErrorCode::Required));
    }

    #[test]
    fn rule_violations_are_reported_per_field() {
        let mut v = valid();
        v["kinds"] = json!(["access", "access"]);
        v["requester"]["email"] = json!("not an email");
        v["requester"]["name"] = json!("x".repeat(MAX_SHORT + 1));
        v["id"] = json!("4b1d9a2e-7c1f-1d3a-9e2b-1f0c8a7b6d5e");
        v["submitted_at"] = json!("yesterday");
        v["schema"] = json!("glassbox.request/v2");
        v["lang"] = json!("français");
        let errs = errors(v);
        assert!(has(&errs, "kinds[1]", ErrorCode::Duplicate));
        assert!(has(&errs, "requester.email", ErrorCode::Invalid));
        assert!(has(&errs, "requester.name", ErrorCode::TooLong));
        assert!(has(&errs, "id", ErrorCode::Invalid));
        assert!(has(&errs, "submitted_at", ErrorCode::Invalid));
        assert!(has(&errs, "schema", ErrorCode::Unsupported));
        assert!(has(&errs, "lang", ErrorCode::Invalid));
        assert!(has(&errs, "details.human-review", ErrorCode::Unexpected));
    }

    #[test]
    fn unknown_kind_and_wrong_types() {
        let mut v = valid();
        v["kinds"] = json!(["access", "telepathy"]);
        assert!(has(&errors(v), "kinds[1]", ErrorCode::Unsupported));
        let mut v = valid();
        v["details"]["objection"] = json!({"direct_marketing": "yes"});
        assert!(has(
            &errors(v),
            "details.objection.direct_marketing",
            ErrorCode::Invalid
        ));
        assert!(matches!(parse(b"{nope"), Err(RequestError::Malformed(_))));
        assert!(matches!(parse(b"[]"), Err(RequestError::Invalid(_))));
    }

    #[test]
    fn explanation_is_limited() {
        let mut v = valid();
        v["context"]["explanation"] = json!({"blob": "x".repeat(MAX_EXPLANATION_BYTES)});
        assert!(has(&errors(v), "context.explanation", ErrorCode::TooLong));
    }

    #[test]
    fn emails() {
        for ok in ["a@b.co", "first.last+tag@example.co.uk", "zoë@exämple.de"] {
            assert!(is_plausible_email(ok), "{ok}");
        }
        for bad in [
            "", "a", "a@", "@b.co", "a@b", "a b@c.de", "a@b..de", "a@-b.de", "a@b.c", "a@1.2",
            ".a@b.de", "a@@b.de", "a@b.de\n",
        ] {
            assert!(!is_plausible_email(bad), "{bad}");
        }
    }

    #[test]
    fn timestamps_and_ids() {
        for ok in [
            "2026-11-29T10:15:00Z",
            "2026-11-29T10:15:00.1+01:00",
            "2024-02-29T23:59:60-12:00",
        ] {
            assert!(is_rfc3339(ok), "{ok}");
        }
        for bad in [
            "2026-11-29",
            "2026-02-30T10:00:00Z",
            "2026-11-29T24:00:00Z",
            "2026-11-29T10:15:00",
            "2026-11-29T10:15:00.Z",
            "2026-11-29T10:15:00+0100",
        ] {
            assert!(!is_rfc3339(bad), "{bad}");
        }
        assert!(is_uuid_v4("4B1D9A2E-7C1F-4D3A-9E2B-1F0C8A7B6D5E"));
        assert!(!is_uuid_v4("4b1d9a2e-7c1f-4d3a-7e2b-1f0c8a7b6d5e"));
        assert!(!is_uuid_v4("4b1d9a2e7c1f4d3a9e2b1f0c8a7b6d5e"));
    }

    fn json_value() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<f64>().prop_map(serde_json::Value::from),
            "\\PC{0,20}|[\\x00-\\x1f\"\\\\é€😀]{0,8}".prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(4, 64, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
                proptest::collection::btree_map("\\PC{0,8}|[\\x00-\\x1f\"]{0,3}", inner, 0..6)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn json_len_is_the_length_serde_json_writes(v in json_value()) {
            prop_assert_eq!(json_len(&v), serde_json::to_vec(&v).unwrap().len());
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = parse(&bytes);
        }

        #[test]
        fn arbitrary_strings_in_fields_never_panic(
            email in "\\PC{0,80}", name in "\\PC{0,40}", id in "[0-9a-f-]{0,40}",
            at in "\\PC{0,30}", lang in "\\PC{0,12}",
        ) {
            let mut v = valid();
            v["requester"]["email"] = json!(email);
            v["requester"]["name"] = json!(name);
            v["id"] = json!(id);
            v["submitted_at"] = json!(at);
            v["lang"] = json!(lang);
            if let Err(RequestError::Invalid(errs)) = from_value(v) {
                prop_assert!(!errs.is_empty());
            }
        }

        #[test]
        fn valid_requests_with_any_kinds_validate(
            kinds in proptest::sample::subsequence(Kind::ALL.to_vec(), 1..=7),
            local in "[a-z0-9._+]{0,20}[a-z0-9]", point in "\\PC{0,200}",
        ) {
            let mut v = valid();
            v["kinds"] = serde_json::to_value(&kinds).unwrap();
            v["details"] = json!({});
            v["requester"]["email"] = json!(format!("{}@example.org", local.trim_start_matches('.')));
            if kinds.contains(&Kind::HumanReview) {
                v["details"]["human-review"] = json!({"point_of_view": point});
            }
            let local_ok = !local.starts_with('.') && !local.contains("..");
            let r = from_value(v);
            if local_ok {
                prop_assert!(r.is_ok(), "{:?}", r);
            }
        }
    }
}
