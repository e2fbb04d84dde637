//! The JSON API: submission, the requester's status, email verification and the admin API.
//!
//! Every handler answers JSON; errors go through [`ApiError`]. Request bodies are parsed and
//! validated by `glassbox_core::request`, the same code the widget runs.

use crate::error::ApiError;
use crate::pages;
use crate::store::{self, ListFilter, PendingVerification, Record, Status, Submitted};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use glassbox_core::deadline::Date;
use glassbox_core::i18n::{tr, Overrides, ReceiverMsg};
use glassbox_core::request::{self, ErrorCode, FieldError, RequestError};
use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;
use utoipa::{IntoParams, ToSchema};

/// The answer to a stored request.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct SubmitResponse {
    /// Reference number to quote.
    pub reference: String,
    /// When the receiver committed the request (UTC, RFC 3339).
    pub received_at: String,
    /// Due date, one month after receipt (GDPR Art. 12(3)), YYYY-MM-DD.
    #[schema(value_type = String, format = Date)]
    pub due_by: Date,
    /// Where the requester can follow the request (unguessable).
    pub status_url: String,
}

/// One step of a request's history, as the requester sees it.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct HistoryItem {
    /// When (UTC).
    pub at: String,
    /// `received`, `status`, `extended`, `purged`.
    pub action: String,
    /// Status before, for status changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Status after, for status changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Reason given (refusal, extension).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// New due date, for extensions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_by: Option<String>,
}

/// The requester's view of a request.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct StatusView {
    /// The request, without personal data.
    pub request: Record,
    /// What happened, oldest first.
    pub history: Vec<HistoryItem>,
    /// For a refusal: the right to lodge a complaint and to a judicial remedy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub complaint_notice: Option<String>,
}

/// The admin view of one request.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct AdminView {
    /// The request with its payload.
    pub request: Record,
    /// Its audit entries, oldest first.
    pub history: Vec<crate::audit::AuditEntry>,
    /// For a refusal: the sentence the requester is shown about the complaint route.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub complaint_notice: Option<String>,
}

/// A page of the queue.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ListResponse {
    /// Today's date (UTC) used for the overdue flags.
    #[schema(value_type = String, format = Date)]
    pub today: Date,
    /// Requests by due date.
    pub items: Vec<Record>,
}

/// Queue filters.
#[derive(Clone, Debug, Default, Deserialize, IntoParams)]
pub struct ListQuery {
    /// Comma-separated statuses (`received,verified`); all when absent.
    pub status: Option<String>,
    /// `true`: only open requests past their due date.
    pub overdue: Option<bool>,
    /// Due on or after (YYYY-MM-DD).
    pub due_from: Option<String>,
    /// Due on or before (YYYY-MM-DD).
    pub due_to: Option<String>,
    /// Page size (default 100).
    pub limit: Option<i64>,
    /// Offset.
    pub offset: Option<i64>,
    /// Export format: `json` (default) or `csv`.
    pub format: Option<String>,
}

impl ListQuery {
    /// The store filter, or a 400 naming the bad parameter.
    pub fn filter(&self) -> Result<ListFilter, ApiError> {
        let bad = |p: &str| ApiError::BadRequest("invalid_parameter", format!("invalid {p}"));
        let mut statuses = Vec::new();
        for s in self.status.iter().flat_map(|s| s.split(',')) {
            let s = s.trim();
            if !s.is_empty() {
                statuses.push(Status::parse(s).ok_or_else(|| bad("status"))?);
            }
        }
        let date = |v: &Option<String>, p: &str| -> Result<Option<Date>, ApiError> {
            v.as_deref()
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().map_err(|_| bad(p)))
                .transpose()
        };
        Ok(ListFilter {
            statuses,
            overdue_only: self.overdue.unwrap_or(false),
            due_from: date(&self.due_from, "due_from")?,
            due_to: date(&self.due_to, "due_to")?,
            limit: self.limit,
            offset: self.offset,
        })
    }
}

/// A status change by the privacy team.
#[derive(Clone, Debug, Deserialize, ToSchema)]
pub struct TransitionBody {
    /// The new status: `verified`, `in_progress`, `completed` or `refused`.
    pub status: Status,
    /// Required for `refused`: the reasons (GDPR Art. 12(4)).
    pub reason: Option<String>,
}

/// An extension of the deadline.
#[derive(Clone, Debug, Deserialize, ToSchema)]
pub struct ExtendBody {
    /// 1 or 2 further months.
    pub months: u8,
    /// The reasons, told to the requester.
    pub reason: String,
}

/// Health answer.
#[derive(Serialize, ToSchema)]
pub struct Health {
    /// `ok` or `degraded`.
    pub status: &'static str,
    /// `sqlite` or `postgres`.
    pub database: &'static str,
}

/// The sentence a refusal carries (GDPR Art. 12(4), 77, 79).
pub fn complaint_notice(authority: Option<&str>) -> String {
    let who = authority.map(|a| format!(" ({a})")).unwrap_or_default();
    format!(
        "You have the right to lodge a complaint with a supervisory authority{who}, in particular \
         in the Member State of your habitual residence, place of work or place of the alleged \
         infringement, and to seek a judicial remedy (GDPR Articles 12(4), 77 and 79)."
    )
}

/// Liveness and database check.
#[utoipa::path(get, path = "/healthz", tag = "service",
    responses((status = 200, body = Health), (status = 503, body = Health)))]
pub async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    let db = match state.store.backend() {
        store::Backend::Sqlite => "sqlite",
        store::Backend::Postgres => "postgres",
    };
    if state.store.healthy().await {
        (
            StatusCode::OK,
            Json(Health {
                status: "ok",
                database: db,
            }),
        )
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(Health {
                status: "degraded",
                database: db,
            }),
        )
    }
}

fn random_token() -> Result<String, ApiError> {
    let mut buf = [0u8; 32];
    getrandom::fill(&mut buf).map_err(|_| {
        tracing::error!("system random source failed");
        ApiError::Internal
    })?;
    Ok(hex::encode(buf))
}

fn is_token(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
}

/// Submit a data-subject request (`glassbox.request/v1`).
///
/// `201 Created` when stored; the same id and body again gives `200 OK` with the original answer
/// and the header `Idempotent-Replayed: true`; the same id with another body gives `409`. The
/// request is committed to the database before the answer is sent.
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
    let received = store::now();
    let status_token = random_token()?;
    let verify_token = match state.mailer {
        Some(_) => Some(random_token()?),
        None => None,
    };
    let pending = verify_token.as_ref().map(|t| PendingVerification {
        token_hash: store::sha256_hex(t.as_bytes()),
        expires_at: store::format_time(
            received + time::Duration::hours(i64::from(state.config.verify_ttl_hours)),
        ),
    });
    let outcome = state
        .store
        .submit(&request, received, &status_token, pending)
        .await?;
    let (code, receipt) = match outcome {
        Submitted::Created(r) => (StatusCode::CREATED, r),
        Submitted::Replayed(r) => (StatusCode::OK, r),
    };
    let status_url = state.status_url(&receipt.status_token);
    if code == StatusCode::CREATED {
        tracing::info!(reference = %receipt.reference, kinds = request.kinds.len(), "request stored");
        if let (Some(mailer), Some(token)) = (state.mailer.clone(), verify_token) {
            let to = request.requester.email.clone();
            let lang = pages::lang_of(request.lang.as_deref());
            let verify_url = format!("{}/v1/verify/{token}?lang={}", state.base_url, lang.tag());
            let (reference, due) = (receipt.reference.clone(), receipt.due_by.to_string());
            let (status_url, cfg) = (status_url.clone(), state.config.clone());
            tokio::spawn(async move {
                let mail = crate::mail::VerificationMail {
                    to: &to,
                    reference: &reference,
                    verify_url: &verify_url,
                    status_url: &status_url,
                    due_by: &due,
                    ttl_hours: cfg.verify_ttl_hours,
                    controller: &cfg.controller,
                    lang,
                };
                // A mail server briefly down should not cost the requester their link: retry
                // with backoff (2, 8, 32 s); after that an admin can resend from the page.
                let mut wait = std::time::Duration::from_secs(2);
                for attempt in 1..=4 {
                    match mailer.send_verification(&mail).await {
                        Ok(()) => {
                            tracing::info!(%reference, attempt, "verification mail sent");
                            break;
                        }
                        Err(e) if attempt < 4 => {
                            tracing::warn!(%reference, attempt, error = %e, "verification mail failed, retrying");
                            tokio::time::sleep(wait).await;
                            wait *= 4;
                        }
                        Err(e) => {
                            tracing::error!(%reference, error = %e, "verification mail failed; resend from the admin page")
                        }
                    }
                }
            });
        }
    }
    let body = SubmitResponse {
        reference: receipt.reference,
        received_at: receipt.received_at,
        due_by: receipt.due_by,
        status_url: status_url.clone(),
    };
    let mut resp = (code, Json(body)).into_response();
    if let Ok(v) = HeaderValue::from_str(&status_url) {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    if code == StatusCode::OK {
        resp.headers_mut()
            .insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    Ok(resp)
}

fn wants_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("text/html"))
}

/// The history as the requester sees it.
pub fn public_history(entries: &[crate::audit::AuditEntry]) -> Vec<HistoryItem> {
    entries
        .iter()
        .map(|e| {
            let d: serde_json::Value = serde_json::from_str(&e.detail).unwrap_or_default();
            let s = |k: &str| d.get(k).and_then(|v| v.as_str()).map(str::to_string);
            HistoryItem {
                at: e.at.clone(),
                action: e.action.clone(),
                from: s("from"),
                to: s("to").or_else(|| (e.action == "received").then(|| "received".into())),
                reason: s("reason"),
                due_by: s("due_by"),
            }
        })
        .collect()
}

/// The requester's view of a request, by the token of its status URL.
///
/// JSON by default; an HTML page when the client accepts `text/html` (a browser). Unknown or
/// malformed tokens give `404`.
#[utoipa::path(get, path = "/v1/status/{token}", tag = "requests",
    params(("token" = String, Path, description = "The token from status_url")),
    responses((status = 200, body = StatusView), (status = 404, body = crate::error::ErrorBody)))]
pub async fn status(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    if !is_token(&token) {
        return Err(ApiError::NotFound);
    }
    let record = state.store.by_status_token(&token).await?;
    let history = public_history(&state.store.history(&record.id).await?);
    let complaint = (record.status == Status::Refused)
        .then(|| complaint_notice(state.config.supervisory_authority.as_deref()));
    let view = StatusView {
        request: record.public(),
        history,
        complaint_notice: complaint,
    };
    if wants_html(&headers) {
        return Ok(pages::html_response(pages::status_page(&state, &view)));
    }
    Ok(Json(view).into_response())
}

/// The page a verification link opens: a button that confirms (a POST), so that mail scanners
/// following links do not verify on the person's behalf.
#[utoipa::path(get, path = "/v1/verify/{token}", tag = "requests",
    params(("token" = String, Path)), responses((status = 200, description = "HTML confirmation page")))]
pub async fn verify_page(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(q): Query<LangQuery>,
) -> Response {
    pages::html_response(pages::verify_page(
        &state,
        &token,
        pages::lang_of(q.lang.as_deref()),
    ))
}

/// `?lang=` on the links in the verification mail: the language of the request.
#[derive(Debug, Default, Deserialize)]
pub struct LangQuery {
    /// A language tag; anything else means English.
    pub lang: Option<String>,
}

/// Confirms the requester's email address; the request becomes `verified`.
///
/// HTML for a browser form, JSON (the public view) when the client asks for JSON.
#[utoipa::path(post, path = "/v1/verify/{token}", tag = "requests",
    params(("token" = String, Path)),
    responses((status = 200, body = Record), (status = 404, body = crate::error::ErrorBody),
              (status = 410, body = crate::error::ErrorBody)))]
pub async fn verify(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(q): Query<LangQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let html = !headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("application/json"));
    let result = if is_token(&token) {
        state
            .store
            .verify_email(&store::sha256_hex(token.as_bytes()), store::now())
            .await
            .map_err(ApiError::from)
    } else {
        Err(ApiError::NotFound)
    };
    match (result, html) {
        (Ok(record), false) => Ok(Json(record.public()).into_response()),
        (Ok(record), true) => {
            let token = state.store.status_token_of(&record.reference).await?;
            tracing::info!(reference = %record.reference, "requester verified");
            Ok(pages::html_response(pages::verified_page(
                &state, &record, &token,
            )))
        }
        (Err(e), true) => {
            let (code, _) = e.status_and_code();
            let lang = pages::lang_of(q.lang.as_deref());
            let t = |m| tr(lang, m, &[], &Overrides::default());
            let mut resp = pages::html_response(pages::message_page(
                &t(ReceiverMsg::VerifyInvalidTitle),
                &t(ReceiverMsg::VerifyInvalidText),
                lang,
            ));
            *resp.status_mut() = code;
            Ok(resp)
        }
        (Err(e), false) => Err(e),
    }
}

/// Checks the admin bearer token (or the admin page's cookie) in constant time.
///
/// Missing credentials → `401`; wrong ones, or admin disabled (no token configured) → `403`.
pub fn check_admin(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.strip_prefix("Bearer ").unwrap_or("").trim().to_string());
    let cookie = pages::admin_cookie(headers);
    if bearer.is_none() && cookie.is_none() {
        return Err(ApiError::Unauthorized);
    }
    let Some(expected) = state
        .config
        .admin_token
        .as_deref()
        .filter(|t| !t.is_empty())
    else {
        return Err(ApiError::Forbidden);
    };
    // Hash both sides so the comparison is constant-time whatever the lengths.
    let ok = if let Some(b) = bearer {
        let given = store::sha256_hex(b.as_bytes());
        let want = store::sha256_hex(expected.as_bytes());
        bool::from(given.as_bytes().ct_eq(want.as_bytes()))
    } else {
        let given = cookie.unwrap_or_default();
        let want = pages::session_value(expected);
        bool::from(given.as_bytes().ct_eq(want.as_bytes()))
    };
    if ok {
        Ok(())
    } else {
        Err(ApiError::Forbidden)
    }
}

/// Middleware guarding `/v1/admin/`.
pub async fn admin_guard(
    State(state): State<AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    match check_admin(&state, req.headers()) {
        Ok(()) => next.run(req).await,
        Err(e) => e.into_response(),
    }
}

/// The queue: requests by due date, filtered by status, overdue or due-date range.
#[utoipa::path(get, path = "/v1/admin/requests", tag = "admin", params(ListQuery),
    security(("bearer" = [])),
    responses((status = 200, body = ListResponse), (status = 401, body = crate::error::ErrorBody),
              (status = 403, body = crate::error::ErrorBody)))]
pub async fn admin_list(
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> Result<Json<ListResponse>, ApiError> {
    let items = state.store.list(&q.filter()?).await?;
    Ok(Json(ListResponse {
        today: store::date_of(store::now()),
        items,
    }))
}

/// One request with its payload and audit history.
#[utoipa::path(get, path = "/v1/admin/requests/{reference}", tag = "admin",
    params(("reference" = String, Path)), security(("bearer" = [])),
    responses((status = 200, body = AdminView), (status = 404, body = crate::error::ErrorBody)))]
pub async fn admin_get(
    State(state): State<AppState>,
    Path(reference): Path<String>,
) -> Result<Json<AdminView>, ApiError> {
    Ok(Json(admin_view(&state, &reference).await?))
}

/// The admin view of one request.
pub async fn admin_view(state: &AppState, reference: &str) -> Result<AdminView, ApiError> {
    let request = state.store.get(reference).await?;
    let history = state.store.history(&request.id).await?;
    let complaint_notice = (request.status == Status::Refused)
        .then(|| complaint_notice(state.config.supervisory_authority.as_deref()));
    Ok(AdminView {
        request,
        history,
        complaint_notice,
    })
}

/// Changes a request's status: `received → verified → in_progress → completed`, or `refused`
/// (with a reason) from any open status. The answer to a refusal states the complaint route.
#[utoipa::path(post, path = "/v1/admin/requests/{reference}/status", tag = "admin",
    params(("reference" = String, Path)), request_body = TransitionBody, security(("bearer" = [])),
    responses((status = 200, body = AdminView), (status = 409, body = crate::error::ErrorBody),
              (status = 422, body = crate::error::ErrorBody)))]
pub async fn admin_transition(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    body: Result<Json<TransitionBody>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<AdminView>, ApiError> {
    let Json(body) = body.map_err(json_rejection)?;
    if body.status == Status::Refused && body.reason.as_deref().is_none_or(|r| r.trim().is_empty())
    {
        return Err(ApiError::Invalid(vec![FieldError::new(
            "reason",
            ErrorCode::Required,
        )]));
    }
    check_reason(body.reason.as_deref())?;
    state
        .store
        .transition(
            &reference,
            body.status,
            body.reason.as_deref(),
            store::now(),
        )
        .await?;
    tracing::info!(%reference, to = body.status.as_str(), "status changed");
    Ok(Json(admin_view(&state, &reference).await?))
}

fn check_reason(reason: Option<&str>) -> Result<(), ApiError> {
    if reason.is_some_and(|r| r.chars().count() > request::MAX_TEXT) {
        return Err(ApiError::Invalid(vec![FieldError {
            field: "reason".into(),
            code: ErrorCode::TooLong,
            max: Some(request::MAX_TEXT),
        }]));
    }
    Ok(())
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

/// Extends the deadline once, by 1 or 2 months, with reasons, while still within the first
/// month after receipt (GDPR Art. 12(3)).
#[utoipa::path(post, path = "/v1/admin/requests/{reference}/extend", tag = "admin",
    params(("reference" = String, Path)), request_body = ExtendBody, security(("bearer" = [])),
    responses((status = 200, body = AdminView), (status = 409, body = crate::error::ErrorBody),
              (status = 422, body = crate::error::ErrorBody)))]
pub async fn admin_extend(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    body: Result<Json<ExtendBody>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<AdminView>, ApiError> {
    let Json(body) = body.map_err(json_rejection)?;
    if !(1..=glassbox_core::deadline::MAX_EXTENSION_MONTHS).contains(&body.months) {
        return Err(ApiError::Invalid(vec![FieldError::new(
            "months",
            ErrorCode::Invalid,
        )]));
    }
    if body.reason.trim().is_empty() {
        return Err(ApiError::Invalid(vec![FieldError::new(
            "reason",
            ErrorCode::Required,
        )]));
    }
    check_reason(Some(&body.reason))?;
    state
        .store
        .extend(&reference, body.months, &body.reason, store::now())
        .await?;
    tracing::info!(%reference, months = body.months, "deadline extended");
    Ok(Json(admin_view(&state, &reference).await?))
}

/// Sends a fresh verification mail for a request still `received`.
#[utoipa::path(post, path = "/v1/admin/requests/{reference}/resend-verification", tag = "admin",
    params(("reference" = String, Path)), security(("bearer" = [])),
    responses((status = 202, description = "Mail queued"), (status = 409, body = crate::error::ErrorBody)))]
pub async fn admin_resend(
    State(state): State<AppState>,
    Path(reference): Path<String>,
) -> Result<StatusCode, ApiError> {
    let Some(mailer) = state.mailer.clone() else {
        return Err(ApiError::Conflict(
            "mail_off",
            "verification mails are off (no GLASSBOX_SMTP_URL)".into(),
        ));
    };
    let token = random_token()?;
    let now = store::now();
    let pending = PendingVerification {
        token_hash: store::sha256_hex(token.as_bytes()),
        expires_at: store::format_time(
            now + time::Duration::hours(i64::from(state.config.verify_ttl_hours)),
        ),
    };
    let (email, status_token) = state.store.renew_verification(&reference, pending).await?;
    let record = state.store.get(&reference).await?;
    let lang = pages::lang_of(record.lang.as_deref());
    let verify_url = format!("{}/v1/verify/{token}?lang={}", state.base_url, lang.tag());
    let status_url = state.status_url(&status_token);
    let due = record.due_by.to_string();
    let mail = crate::mail::VerificationMail {
        to: &email,
        reference: &reference,
        verify_url: &verify_url,
        status_url: &status_url,
        due_by: &due,
        ttl_hours: state.config.verify_ttl_hours,
        controller: &state.config.controller,
        lang,
    };
    mailer.send_verification(&mail).await.map_err(|e| {
        tracing::warn!(%reference, error = %e, "verification mail failed");
        ApiError::Unavailable
    })?;
    Ok(StatusCode::ACCEPTED)
}

/// Exports the register (all matching requests, by due date) as JSON or CSV (`format=csv`).
#[utoipa::path(get, path = "/v1/admin/export", tag = "admin", params(ListQuery),
    security(("bearer" = [])),
    responses((status = 200, description = "JSON array of requests or text/csv")))]
pub async fn admin_export(
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> Result<Response, ApiError> {
    let mut filter = q.filter()?;
    filter.limit = Some(q.limit.unwrap_or(100_000));
    let items = state.store.list(&filter).await?;
    let stamp = store::date_of(store::now());
    if q.format.as_deref() == Some("csv") {
        let mut out = String::from(
            "reference,id,status,kinds,received_at,due_by,original_due_by,extended_months,\
             extension_reason,verified_at,closed_at,refusal_reason,overdue,lang,email\n",
        );
        for r in &items {
            let row = [
                r.reference.clone(),
                r.id.clone(),
                r.status.as_str().to_string(),
                r.kinds.join(" "),
                r.received_at.clone(),
                r.due_by.to_string(),
                r.original_due_by.to_string(),
                r.extended_months.to_string(),
                r.extension_reason.clone().unwrap_or_default(),
                r.verified_at.clone().unwrap_or_default(),
                r.closed_at.clone().unwrap_or_default(),
                r.refusal_reason.clone().unwrap_or_default(),
                r.overdue.to_string(),
                r.lang.clone().unwrap_or_default(),
                r.email.clone().unwrap_or_default(),
            ];
            let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
            out.push_str(&cells.join(","));
            out.push('\n');
        }
        return Ok((
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"glassbox-requests-{stamp}.csv\""),
                ),
            ],
            out,
        )
            .into_response());
    }
    Ok((
        [(
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"glassbox-requests-{stamp}.json\""),
        )],
        Json(items),
    )
        .into_response())
}

/// One CSV cell: quoted when needed, and defused against spreadsheet formula injection.
pub fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Checks the audit chain now.
#[utoipa::path(get, path = "/v1/admin/audit/verify", tag = "admin", security(("bearer" = [])),
    responses((status = 200, description = "{\"Intact\":{\"entries\":N}} or {\"Broken\":{\"seq\":N,\"reason\":\"…\"}}")))]
pub async fn admin_verify_audit(State(state): State<AppState>) -> Result<Response, ApiError> {
    let report = state.store.verify_audit().await?;
    Ok(Json(report).into_response())
}

/// Fallback for unknown API paths.
pub async fn not_found() -> ApiError {
    ApiError::NotFound
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_defused() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\"\nnow"), "\"say \"\"hi\"\"\nnow\"");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("+1"), "'+1");
    }

    #[test]
    fn tokens_are_64_lower_hex() {
        assert!(is_token(&"a1".repeat(32)));
        assert!(!is_token(&"A1".repeat(32)));
        assert!(!is_token("abc"));
        assert!(!is_token(&"g1".repeat(32)));
    }

    #[test]
    fn refusals_name_the_complaint_route() {
        let n = complaint_notice(Some("CNIL"));
        assert!(n.contains("supervisory authority (CNIL)") && n.contains("judicial remedy"));
        assert!(complaint_notice(None).contains("Articles 12(4), 77 and 79"));
    }
}
