//! `POST /v1/requests`: the widget's submission.

use crate::error::ApiError;
use crate::requests;
use crate::AppState;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use glassbox_core::deadline::Date;
use glassbox_core::request::{self, ErrorCode, FieldError, RequestError};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The answer to a stored request.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct SubmitResponse {
    /// Reference number to quote.
    pub reference: String,
    /// When the receiver committed the request (UTC, RFC 3339).
    pub received_at: String,
    /// Due date, one month after the day of receipt in the controller's time zone (GDPR
    /// Art. 12(3)), YYYY-MM-DD.
    #[schema(value_type = String, format = Date)]
    pub due_by: Date,
    /// Where the requester can follow the request (unguessable).
    pub status_url: String,
    /// The confirmation mail: `queued`, `withheld` (a mail cap was reached: none was sent; the
    /// status page offers the link later) or `off` (mails are off).
    #[serde(default)]
    pub confirmation_mail: String,
    /// When the confirmation mail was withheld: what to tell the requester.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmation_note: Option<String>,
}

/// What the requester is told when no confirmation mail could be sent.
pub const WITHHELD_NOTE: &str = "Your request is stored, but no confirmation email could be \
     sent now (too many emails today). Open your status page (status_url) later, for example \
     tomorrow, and ask for the confirmation link there.";

/// Submit a data-subject request (`glassbox.request/v1`).
///
/// `201 Created` when stored; the same id and body again gives `200 OK` with the original answer
/// and the header `Idempotent-Replayed: true`; the same id with another body gives `409`. The
/// request (and, with mails on, its acknowledgement mail job) is committed to the database
/// before the answer is sent.
#[utoipa::path(post, path = "/v1/requests", tag = "requests",
    request_body(content = glassbox_core::request::Request,
                 description = "A glassbox.request/v1 payload (unknown fields are ignored)",
                 content_type = "application/json"),
    params(("Idempotency-Key" = Option<String>, Header, description = "Must equal the body's id")),
    responses(
        (status = 201, description = "Stored", body = SubmitResponse),
        (status = 200, description = "Already stored (idempotent replay)", body = SubmitResponse),
        (status = 400, body = crate::error::ErrorBody), (status = 409, body = crate::error::ErrorBody),
        (status = 413, body = crate::error::ErrorBody), (status = 415, body = crate::error::ErrorBody),
        (status = 422, description = "Field errors", body = crate::error::ErrorBody),
        (status = 429, body = crate::error::ErrorBody)))]
pub async fn submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let json_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
    if !json_type {
        return Err(ApiError::UnsupportedMediaType);
    }
    let body = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::PayloadTooLarge
        } else {
            ApiError::BadRequest("bad_body", "the body could not be read".into())
        }
    })?;
    let request = request::parse(&body).map_err(|e| match e {
        RequestError::Malformed(_) => ApiError::MalformedJson,
        RequestError::Invalid(fields) => ApiError::Invalid(fields),
    })?;
    if let Some(key) = headers.get("idempotency-key") {
        let matches = key
            .to_str()
            .is_ok_and(|k| k.trim().eq_ignore_ascii_case(&request.id));
        if !matches {
            return Err(ApiError::Invalid(vec![FieldError::new(
                "Idempotency-Key",
                ErrorCode::Invalid,
            )]));
        }
    }
    let accepted = requests::submit(&state, &request).await?;
    let code = if accepted.created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let r = accepted.receipt;
    let body = SubmitResponse {
        reference: r.reference,
        received_at: r.received_at,
        due_by: r.due_by,
        status_url: accepted.status_url.clone(),
        confirmation_mail: if !state.mails_on() {
            "off"
        } else if accepted.confirmation_withheld {
            "withheld"
        } else {
            "queued"
        }
        .into(),
        confirmation_note: accepted
            .confirmation_withheld
            .then(|| WITHHELD_NOTE.to_string()),
    };
    let mut resp = (code, Json(body)).into_response();
    if let Ok(v) = HeaderValue::from_str(&accepted.status_url) {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    if !accepted.created {
        resp.headers_mut()
            .insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    Ok(resp)
}
