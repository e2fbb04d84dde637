//! The admin API under `/v1/admin/` (bearer token, checked by `staff::admin_guard`): the queue,
//! one request, status changes, extensions, new links, export, the audit check and the mail
//! jobs.

use super::json_rejection;
use crate::error::ApiError;
use crate::requests::{self, AdminView, ListQuery, Status};
use crate::staff::{Actor, Role};
use crate::store::{self, JobState, JobView, Record};
use crate::AppState;
use axum::extract::{Extension, Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use glassbox_core::deadline::Date;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A page of the queue.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ListResponse {
    /// Today's date in the controller's time zone, used for the overdue flags.
    #[schema(value_type = String, format = Date)]
    pub today: Date,
    /// Requests by due date.
    pub items: Vec<Record>,
}

/// A status change by the privacy team.
#[derive(Clone, Debug, Deserialize, ToSchema)]
pub struct TransitionBody {
    /// The new status: `verified`, `in_progress`, `completed` or `refused`.
    pub status: Status,
    /// Required for `refused`: the reasons (GDPR Art. 12(4)), sent to the requester.
    pub reason: Option<String>,
}

/// An extension of the deadline.
#[derive(Clone, Debug, Deserialize, ToSchema)]
pub struct ExtendBody {
    /// 1 or 2 further months, added to the original due date.
    pub months: u8,
    /// The reasons, sent to the requester.
    pub reason: String,
}

/// Mail jobs by state.
#[derive(Clone, Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct JobsQuery {
    /// `failed` (default), `queued` or `done`.
    pub state: Option<String>,
}

/// The queue: requests by due date, filtered by status, overdue or due-date range.
#[utoipa::path(get, path = "/v1/admin/requests", tag = "admin", params(ListQuery),
    security(("bearer" = [])),
    responses((status = 200, body = ListResponse), (status = 401, body = crate::error::ErrorBody),
              (status = 403, body = crate::error::ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> Result<Json<ListResponse>, ApiError> {
    let items = requests::list(&state, &q.filter()?).await?;
    Ok(Json(ListResponse {
        today: state.store.today(),
        items,
    }))
}

/// One request with its payload, audit history and mails.
#[utoipa::path(get, path = "/v1/admin/requests/{reference}", tag = "admin",
    params(("reference" = String, Path)), security(("bearer" = [])),
    responses((status = 200, body = AdminView), (status = 404, body = crate::error::ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    Path(reference): Path<String>,
) -> Result<Json<AdminView>, ApiError> {
    Ok(Json(requests::admin_view(&state, &reference).await?))
}

/// Changes a request's status: `received → verified → in_progress → completed`, or `refused`
/// (with a reason) from any open status. The requester is told by mail (when mails are on) and
/// on the status page; the answer to a refusal states the complaint route.
#[utoipa::path(post, path = "/v1/admin/requests/{reference}/status", tag = "admin",
    params(("reference" = String, Path)), request_body = TransitionBody, security(("bearer" = [])),
    responses((status = 200, body = AdminView), (status = 409, body = crate::error::ErrorBody),
              (status = 422, body = crate::error::ErrorBody)))]
pub async fn transition(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(reference): Path<String>,
    body: Result<Json<TransitionBody>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<AdminView>, ApiError> {
    let Json(body) = body.map_err(json_rejection)?;
    let view = requests::transition(
        &state,
        &reference,
        body.status,
        body.reason.as_deref(),
        &actor.label(),
    )
    .await?;
    Ok(Json(view))
}

/// Extends the deadline once, by 1 or 2 months added to the original due date, with reasons,
/// while still within the first month after receipt (GDPR Art. 12(3)). The requester is told.
#[utoipa::path(post, path = "/v1/admin/requests/{reference}/extend", tag = "admin",
    params(("reference" = String, Path)), request_body = ExtendBody, security(("bearer" = [])),
    responses((status = 200, body = AdminView), (status = 409, body = crate::error::ErrorBody),
              (status = 422, body = crate::error::ErrorBody)))]
pub async fn extend(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(reference): Path<String>,
    body: Result<Json<ExtendBody>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<AdminView>, ApiError> {
    let Json(body) = body.map_err(json_rejection)?;
    let view = requests::extend(
        &state,
        &reference,
        body.months,
        &body.reason,
        &actor.label(),
    )
    .await?;
    Ok(Json(view))
}

/// An admin's deletion of a request.
#[derive(Clone, Debug, Default, Deserialize, ToSchema)]
pub struct DeleteBody {
    /// Why the request is deleted (required; kept in the audit log and on the tombstone).
    pub reason: Option<String>,
}

/// Deletes a request: its payload, email, tokens and result file are removed; the row stays as
/// a tombstone (reference, dates, the reason) and the audit entries stay. Audited as `deleted`
/// with the reason; a body without `reason` is `422`.
#[utoipa::path(delete, path = "/v1/admin/requests/{reference}", tag = "admin",
    params(("reference" = String, Path)), request_body = DeleteBody, security(("bearer" = [])),
    responses((status = 200, body = AdminView), (status = 404, body = crate::error::ErrorBody),
              (status = 409, body = crate::error::ErrorBody),
              (status = 422, body = crate::error::ErrorBody)))]
pub async fn delete(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(reference): Path<String>,
    body: axum::body::Bytes,
) -> Result<Json<AdminView>, ApiError> {
    actor.require(Role::Admin)?;
    // No body at all is the same as no reason: a 422 naming the field.
    let body: DeleteBody = if body.iter().all(u8::is_ascii_whitespace) {
        DeleteBody::default()
    } else {
        serde_json::from_slice(&body).map_err(|e| {
            if e.is_data() {
                ApiError::Invalid(vec![glassbox_core::request::FieldError::new(
                    "reason",
                    glassbox_core::request::ErrorCode::Invalid,
                )])
            } else {
                ApiError::MalformedJson
            }
        })?
    };
    Ok(Json(
        requests::delete(&state, &reference, body.reason.as_deref(), &actor.label()).await?,
    ))
}

/// Sends a fresh confirmation link for a request still `received` (a mail job).
#[utoipa::path(post, path = "/v1/admin/requests/{reference}/resend-verification", tag = "admin",
    params(("reference" = String, Path)), security(("bearer" = [])),
    responses((status = 202, description = "Mail queued"), (status = 409, body = crate::error::ErrorBody)))]
pub async fn resend(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(reference): Path<String>,
) -> Result<StatusCode, ApiError> {
    requests::resend_verification(&state, &reference, &actor.label()).await?;
    Ok(StatusCode::ACCEPTED)
}

/// Mail jobs in one state (`failed` by default: mails given up after their last attempt).
#[utoipa::path(get, path = "/v1/admin/jobs", tag = "admin", params(JobsQuery),
    security(("bearer" = [])), responses((status = 200, body = Vec<JobView>)))]
pub async fn jobs(
    State(state): State<AppState>,
    Query(q): Query<JobsQuery>,
) -> Result<Json<Vec<JobView>>, ApiError> {
    let wanted = match q.state.as_deref().unwrap_or("failed") {
        "failed" => JobState::Failed,
        "queued" => JobState::Queued,
        "done" => JobState::Done,
        _ => {
            return Err(ApiError::BadRequest(
                "invalid_parameter",
                "invalid state".into(),
            ))
        }
    };
    Ok(Json(state.store.jobs_in_state(wanted, 1000).await?))
}

/// Queues a failed job again, due now, with fresh attempts (admins only).
#[utoipa::path(post, path = "/v1/admin/jobs/{id}/retry", tag = "admin",
    params(("id" = String, Path)), security(("bearer" = [])),
    responses((status = 202, description = "Queued again"), (status = 404, body = crate::error::ErrorBody)))]
pub async fn retry_job(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    actor.require(Role::Admin)?;
    state.store.requeue_job(&id, store::now()).await?;
    state.wake_jobs();
    Ok(StatusCode::ACCEPTED)
}

/// Checks the audit chain now.
#[utoipa::path(get, path = "/v1/admin/audit/verify", tag = "admin", security(("bearer" = [])),
    responses((status = 200, description = "{\"Intact\":{\"entries\":N}}, {\"Broken\":{\"seq\":N,\"reason\":\"…\"}} or {\"Mismatched\":{\"entries\":N,\"mismatches\":[{\"reference\",\"field\",\"row\",\"log\"}]}}")))]
pub async fn verify_audit(State(state): State<AppState>) -> Result<Response, ApiError> {
    let report = state.store.verify_audit().await?;
    Ok(Json(report).into_response())
}

/// Which audit entries to export.
#[derive(Clone, Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct AuditQuery {
    /// `json` (default) or `csv`.
    pub format: Option<String>,
    /// Only entries after this sequence number (paging).
    pub after: Option<i64>,
    /// At most this many (default and maximum 100000).
    pub limit: Option<i64>,
}

/// The audit log, oldest first: each entry with who acted (`actor`: `staff:<email>`,
/// `token:<name>`, `bootstrap-token`, `requester`, `system`), as JSON or CSV (`format=csv`).
#[utoipa::path(get, path = "/v1/admin/audit", tag = "admin", params(AuditQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Vec<crate::audit::AuditEntry>, description = "JSON array, or text/csv")))]
pub async fn audit(
    State(state): State<AppState>,
    Query(q): Query<AuditQuery>,
) -> Result<Response, ApiError> {
    let entries = state
        .store
        .audit_entries(q.after.unwrap_or(0), q.limit.unwrap_or(100_000))
        .await?;
    let stamp = state.store.today();
    match q.format.as_deref().unwrap_or("json") {
        "json" => Ok((
            [(
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"glassbox-audit-{stamp}.json\""),
            )],
            Json(entries),
        )
            .into_response()),
        "csv" => {
            let mut out = String::from("seq,at,actor,request_id,action,detail,prev_hash,hash\n");
            for e in &entries {
                let row = [
                    e.seq.to_string(),
                    e.at.clone(),
                    e.actor.clone(),
                    e.request_id.clone().unwrap_or_default(),
                    e.action.clone(),
                    e.detail.clone(),
                    e.prev_hash.clone(),
                    e.hash.clone(),
                ];
                let cells: Vec<String> = row.iter().map(|c| csv_cell(c)).collect();
                out.push_str(&cells.join(","));
                out.push('\n');
            }
            Ok((
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                    (
                        header::CONTENT_DISPOSITION,
                        format!("attachment; filename=\"glassbox-audit-{stamp}.csv\""),
                    ),
                ],
                out,
            )
                .into_response())
        }
        _ => Err(ApiError::BadRequest(
            "invalid_parameter",
            "invalid format: json or csv".into(),
        )),
    }
}

/// Exports the register (all matching requests, by due date) as JSON or CSV (`format=csv`):
/// every requester's data at once, so admins only (`403 not_allowed` for a handler).
#[utoipa::path(get, path = "/v1/admin/export", tag = "admin", params(ListQuery),
    security(("bearer" = [])),
    responses((status = 200, description = "JSON array of requests or text/csv")))]
pub async fn export(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Query(q): Query<ListQuery>,
) -> Result<Response, ApiError> {
    actor.require(Role::Admin)?;
    let mut filter = q.filter()?;
    filter.limit = Some(q.limit.unwrap_or(100_000));
    let items = requests::list(&state, &filter).await?;
    let stamp = state.store.today();
    if q.format.as_deref() == Some("csv") {
        let mut out = String::from(
            "reference,id,status,kinds,received_at,due_by,original_due_by,extended_months,\
             extension_reason,verified_at,closed_at,refusal_reason,overdue,lang,email,assignee,\
             days_to_close\n",
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
                r.assignee.clone().unwrap_or_default(),
                days_to_close(&state, r),
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

/// Calendar days (controller's time zone) from receipt to closing; empty while open.
fn days_to_close(state: &AppState, r: &Record) -> String {
    let zone = state.store.zone();
    match (
        store::parse_time(&r.received_at),
        r.closed_at.as_deref().and_then(store::parse_time),
    ) {
        (Some(a), Some(b)) => zone.date_of(a).days_until(zone.date_of(b)).to_string(),
        _ => String::new(),
    }
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
}
