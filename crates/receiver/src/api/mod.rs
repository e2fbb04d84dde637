//! The JSON API: submission ([`requests`]) and the admin API ([`admin`]), plus health and the
//! JSON fallback. Handlers parse at the edge, call the operations in `crate::requests`, and
//! answer JSON; errors go through [`ApiError`]. Request bodies are parsed and validated by
//! `glassbox_core::request`, the same code the widget runs.

pub mod admin;
pub mod requests;
pub mod results;
pub mod session;
pub mod team;

use crate::error::ApiError;
use crate::store;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Json;
use glassbox_core::request::{ErrorCode, FieldError};
use serde::Serialize;
use utoipa::ToSchema;

/// Health answer.
#[derive(Serialize, ToSchema)]
pub struct Health {
    /// `ok` or `degraded`.
    pub status: &'static str,
    /// `sqlite` or `postgres`.
    pub database: &'static str,
}

/// Liveness and database check.
#[utoipa::path(get, path = "/healthz", tag = "service",
    responses((status = 200, body = Health), (status = 503, body = Health)))]
pub async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    let db = match state.store.backend() {
        store::Backend::Sqlite => "sqlite",
        store::Backend::Postgres => "postgres",
    };
    let (code, status) = if state.store.healthy().await {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "degraded")
    };
    (
        code,
        Json(Health {
            status,
            database: db,
        }),
    )
}

/// Maps axum's JSON extractor rejections to our errors.
pub fn json_rejection(e: axum::extract::rejection::JsonRejection) -> ApiError {
    use axum::extract::rejection::JsonRejection as J;
    match e {
        J::MissingJsonContentType(_) => ApiError::UnsupportedMediaType,
        J::JsonSyntaxError(_) => ApiError::MalformedJson,
        J::JsonDataError(_) => ApiError::Invalid(vec![FieldError::new("", ErrorCode::Invalid)]),
        _ => ApiError::BadRequest("bad_body", "the body could not be read".into()),
    }
}

/// Fallback for unknown API paths.
pub async fn not_found() -> ApiError {
    ApiError::NotFound
}
