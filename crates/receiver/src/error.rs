//! HTTP errors: one JSON shape for every 4xx and 5xx, never internals.
//!
//! `{"error": "<code>", "message": "<english sentence>", "fields": [...]}`; `fields` only for
//! `422 invalid_request`, with core's [`FieldError`]s. Server faults are logged (without
//! personal data) and answered with a bare `internal`.

use crate::requests::OpError;
use crate::staff::accounts::SignInError;
use crate::staff::AuthError;
use crate::store::StoreError;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use glassbox_core::request::FieldError;
use serde::Serialize;

/// An error answer of the API.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The body is not JSON.
    #[error("the body is not valid JSON")]
    MalformedJson,
    /// The body is not `application/json`.
    #[error("the body must be application/json")]
    UnsupportedMediaType,
    /// The body is too large.
    #[error("the body is too large")]
    PayloadTooLarge,
    /// Another client error (`code`, message).
    #[error("{1}")]
    BadRequest(&'static str, String),
    /// JSON that breaks the schema's rules.
    #[error("the request is invalid")]
    Invalid(Vec<FieldError>),
    /// Not there (or not for you).
    #[error("not found")]
    NotFound,
    /// A verification link past its expiry.
    #[error("this link has expired")]
    Expired,
    /// No credentials.
    #[error("authentication required")]
    Unauthorized,
    /// Wrong, revoked or expired credentials, or a cross-site request.
    #[error("forbidden")]
    Forbidden,
    /// Signed in, but the role does not allow this.
    #[error("only an admin may do this")]
    NotAllowed,
    /// A sign-in refused (`code`, message): wrong credentials, or the TOTP code is needed.
    #[error("{1}")]
    SignIn(&'static str, String),
    /// Too many requests or attempts (`code`, message).
    #[error("{1}")]
    TooMany(&'static str, String),
    /// Conflicts with the stored state (`code`, message).
    #[error("{1}")]
    Conflict(&'static str, String),
    /// The database is unreachable.
    #[error("service unavailable")]
    Unavailable,
    /// A server fault; details are logged, not returned.
    #[error("internal error")]
    Internal,
}

#[derive(Serialize, utoipa::ToSchema)]
/// The body of every error answer.
pub struct ErrorBody {
    /// Machine-readable code (`invalid_request`, `not_found`, …).
    pub error: String,
    /// A short English explanation.
    pub message: String,
    /// Field-level problems, for `invalid_request`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
}

impl ApiError {
    /// HTTP status and machine code.
    pub fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            ApiError::MalformedJson => (StatusCode::BAD_REQUEST, "malformed_json"),
            ApiError::UnsupportedMediaType => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type")
            }
            ApiError::PayloadTooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large"),
            ApiError::BadRequest(code, _) => (StatusCode::BAD_REQUEST, code),
            ApiError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_request"),
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not_found"),
            ApiError::Expired => (StatusCode::GONE, "expired"),
            ApiError::Unauthorized => (StatusCode::UNAUTHORIZED, "unauthorized"),
            ApiError::Forbidden => (StatusCode::FORBIDDEN, "forbidden"),
            ApiError::NotAllowed => (StatusCode::FORBIDDEN, "not_allowed"),
            ApiError::SignIn(code, _) => (StatusCode::UNAUTHORIZED, code),
            ApiError::TooMany(code, _) => (StatusCode::TOO_MANY_REQUESTS, code),
            ApiError::Conflict(code, _) => (StatusCode::CONFLICT, code),
            ApiError::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
            ApiError::Internal => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::NotFound => ApiError::NotFound,
            StoreError::IdConflict => ApiError::Conflict(
                "id_conflict",
                "this request id was already used for a different request".into(),
            ),
            StoreError::State(m) => ApiError::Conflict("invalid_state", m),
            StoreError::Deadline(d) => ApiError::Conflict("deadline", d.to_string()),
            StoreError::Expired => ApiError::Expired,
            StoreError::MailCap => ApiError::TooMany("mail_cap", StoreError::MailCap.to_string()),
            StoreError::ResultRequired => {
                ApiError::Conflict("result_required", StoreError::ResultRequired.to_string())
            }
            StoreError::Db(sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed) => {
                tracing::error!("database pool unavailable");
                ApiError::Unavailable
            }
            other => {
                tracing::error!(error = %other, "storage failure");
                ApiError::Internal
            }
        }
    }
}

impl From<OpError> for ApiError {
    fn from(e: OpError) -> ApiError {
        match e {
            OpError::Store(s) => s.into(),
            OpError::Invalid(fields) => ApiError::Invalid(fields),
            OpError::BadParameter(p) => {
                ApiError::BadRequest("invalid_parameter", format!("invalid {p}"))
            }
            OpError::MailOff => {
                ApiError::Conflict("mail_off", "mails are off (no GLASSBOX_SMTP_URL)".into())
            }
            OpError::Random => ApiError::Internal,
            OpError::MailCap => ApiError::TooMany(
                "mail_cap",
                "too many confirmation mails were sent to this address or in total today; \
                 try again tomorrow"
                    .into(),
            ),
            OpError::ResultType => ApiError::UnsupportedMediaType,
            OpError::Upload(crate::results::UploadError::TooLarge(_)) => ApiError::PayloadTooLarge,
            OpError::Upload(e) => {
                tracing::error!(error = %e, "result storage failure");
                ApiError::Internal
            }
        }
    }
}

impl From<AuthError> for ApiError {
    fn from(e: AuthError) -> ApiError {
        match e {
            AuthError::Missing => ApiError::Unauthorized,
            AuthError::Refused => ApiError::Forbidden,
            AuthError::NotAllowed => ApiError::NotAllowed,
            AuthError::Unavailable => ApiError::Unavailable,
        }
    }
}

impl From<SignInError> for ApiError {
    fn from(e: SignInError) -> ApiError {
        let message = e.to_string();
        match e {
            SignInError::Invalid => ApiError::SignIn("invalid_credentials", message),
            SignInError::TotpRequired => ApiError::SignIn("totp_required", message),
            SignInError::Locked(_) => ApiError::TooMany("account_locked", message),
            SignInError::RateLimited => ApiError::TooMany("rate_limited", message),
            SignInError::Store(s) => s.into(),
            SignInError::Internal => ApiError::Internal,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        let fields = match &self {
            ApiError::Invalid(f) => f.clone(),
            _ => Vec::new(),
        };
        let body = ErrorBody {
            error: code.to_string(),
            message: self.to_string(),
            fields,
        };
        let mut resp = (status, axum::Json(body)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            resp.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        resp
    }
}

/// Middleware: turns any error answer that is not JSON (a 404 of the router, a 405, a 413 of a
/// limit layer, a 429 of the rate limiter) into the JSON shape above, keeping its headers.
pub async fn json_errors(resp: Response) -> Response {
    let status = resp.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return resp;
    }
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    // JSON already, or a page for a person (the requester's pages under /v1/ answer HTML to
    // browsers, also for errors such as an expired link).
    let is_html = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_json || is_html {
        return resp;
    }
    let (mut parts, _) = resp.into_parts();
    let code = match status {
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::PAYLOAD_TOO_LARGE => "payload_too_large",
        StatusCode::TOO_MANY_REQUESTS => "rate_limited",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
        s if s.is_server_error() => "internal",
        _ => "bad_request",
    };
    let body = serde_json::json!({
        "error": code,
        "message": status.canonical_reason().unwrap_or("error"),
    });
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Response::from_parts(parts, axum::body::Body::from(body.to_string()))
}
