//! Staff sign-in for the JSON API: `POST /v1/admin/session` with `{"email", "password"[,
//! "totp"]}` sets the session cookie; `DELETE /v1/admin/session` ends the session server-side.
//! The limits and checks are in `crate::staff::accounts`.

use super::json_rejection;
use crate::error::ApiError;
use crate::staff::{self, accounts, ClientAddr};
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Credentials of a staff member.
#[derive(Clone, Deserialize, ToSchema)]
pub struct SignInBody {
    /// Sign-in email.
    pub email: String,
    /// Password.
    pub password: String,
    /// The 6-digit code of the authenticator app, when two-step sign-in is on.
    pub totp: Option<String>,
}

/// The session just opened.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct SessionView {
    /// Who signed in (`staff:<email>`, as the audit log names them).
    pub actor: String,
    /// `admin` or `handler`.
    pub role: String,
    /// When the session ends at the latest (UTC); it ends earlier after
    /// `GLASSBOX_SESSION_IDLE_MINUTES` without a request.
    pub expires_at: String,
}

/// Signs a staff member in: `200` with the session cookie (`HttpOnly; SameSite=Strict`,
/// `Secure` under an https public URL). Wrong email, password or code, or a disabled account:
/// `401 invalid_credentials`; the password was right and the TOTP code is missing: `401
/// totp_required`; too many failures for the account `429 account_locked`, too many attempts
/// from the client `429 rate_limited`; a cross-site browser request `403`.
#[utoipa::path(post, path = "/v1/admin/session", tag = "admin", request_body = SignInBody,
    responses((status = 200, body = SessionView), (status = 401, body = crate::error::ErrorBody),
              (status = 429, body = crate::error::ErrorBody)))]
pub async fn sign_in(
    State(state): State<AppState>,
    ClientAddr(ip): ClientAddr,
    headers: HeaderMap,
    body: Result<Json<SignInBody>, axum::extract::rejection::JsonRejection>,
) -> Result<Response, ApiError> {
    staff::same_origin(&headers)?;
    let Json(body) = body.map_err(json_rejection)?;
    let session = accounts::sign_in(
        &state,
        ip,
        &body.email,
        &body.password,
        body.totp.as_deref(),
    )
    .await?;
    let cookie = staff::session_cookie(&state, &session.id, session.max_age_secs);
    let view = SessionView {
        actor: session.actor.label(),
        role: session.actor.role.as_str().to_string(),
        expires_at: session.expires_at,
    };
    let mut resp = Json(view).into_response();
    let h = resp.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        h.insert(header::SET_COOKIE, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(resp)
}

/// Signs out: the session of the cookie ends server-side (its id stops working) and the
/// cookie is cleared: `204`, also when there was no session.
#[utoipa::path(delete, path = "/v1/admin/session", tag = "admin",
    responses((status = 204, description = "Signed out"), (status = 403, body = crate::error::ErrorBody)))]
pub async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    staff::same_origin(&headers)?;
    accounts::sign_out(&state, staff::admin_cookie(&headers).as_deref()).await?;
    let mut resp = StatusCode::NO_CONTENT.into_response();
    if let Ok(v) = HeaderValue::from_str(&staff::cleared_cookie(&state)) {
        resp.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(resp)
}
