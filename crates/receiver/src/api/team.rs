//! The team's admin API: assignment, internal notes, tasks for workers (list, claim with a lease,
//! complete, retry), metrics, and the webhook delivery log.

use super::json_rejection;
use crate::error::ApiError;
use crate::requests::{self, AdminView};
use crate::staff::Actor;
use crate::store::{self, Delivery, Metrics, Task};
use crate::AppState;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Extension, Path, Query, State};
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// An assignment.
#[derive(Clone, Debug, Deserialize, ToSchema)]
pub struct AssignBody {
    /// The staff member's email, or `null` to unassign.
    pub assignee: Option<String>,
}

/// An internal note.
#[derive(Clone, Debug, Deserialize, ToSchema)]
pub struct NoteBody {
    /// The text (at most 5,000 characters); never shown to the requester.
    pub body: String,
}

/// Task listing filters.
#[derive(Clone, Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct TasksQuery {
    /// One of `GLASSBOX_SYSTEMS` (all when absent).
    pub system: Option<String>,
    /// `open` (default: ready to claim), `claimed`, `done`, `no_data`, `failed`, `cancelled`.
    pub status: Option<String>,
    /// At most this many (default 100, at most 1000).
    pub limit: Option<i64>,
}

/// A claimed task and its lease.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Claimed {
    /// The task.
    pub task: Task,
    /// The lease's id: pass it back when completing.
    pub lease: String,
}

/// A task's completion.
#[derive(Clone, Debug, Deserialize, ToSchema)]
pub struct CompleteBody {
    /// `done`, `no_data` or `failed`.
    pub outcome: String,
    /// What was done (internal).
    pub note: Option<String>,
    /// The lease from the claim (refused if another worker holds the task now).
    pub lease: Option<String>,
}

type Body<T> = Result<Json<T>, JsonRejection>;

/// Assigns a request to a staff member (an email), or unassigns it (`null`).
#[utoipa::path(post, path = "/v1/admin/requests/{reference}/assign", tag = "team",
    params(("reference" = String, Path)), request_body = AssignBody, security(("bearer" = [])),
    responses((status = 200, body = AdminView), (status = 404, body = crate::error::ErrorBody),
              (status = 422, body = crate::error::ErrorBody)))]
pub async fn assign(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(reference): Path<String>,
    body: Body<AssignBody>,
) -> Result<Json<AdminView>, ApiError> {
    let Json(body) = body.map_err(json_rejection)?;
    Ok(Json(
        requests::assign(&state, &reference, body.assignee.as_deref(), &actor.label()).await?,
    ))
}

/// Adds an internal note to a request (audited; never shown to the requester).
#[utoipa::path(post, path = "/v1/admin/requests/{reference}/notes", tag = "team",
    params(("reference" = String, Path)), request_body = NoteBody, security(("bearer" = [])),
    responses((status = 201, body = AdminView), (status = 404, body = crate::error::ErrorBody),
              (status = 422, body = crate::error::ErrorBody)))]
pub async fn add_note(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(reference): Path<String>,
    body: Body<NoteBody>,
) -> Result<(StatusCode, Json<AdminView>), ApiError> {
    let Json(body) = body.map_err(json_rejection)?;
    let view = requests::add_note(&state, &reference, &body.body, &actor.label()).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// Tasks of one system, oldest first: `status=open` lists those ready to claim.
#[utoipa::path(get, path = "/v1/admin/tasks", tag = "team", params(TasksQuery),
    security(("bearer" = [])),
    responses((status = 200, body = Vec<Task>), (status = 400, body = crate::error::ErrorBody)))]
pub async fn list_tasks(
    State(state): State<AppState>,
    Query(q): Query<TasksQuery>,
) -> Result<Json<Vec<Task>>, ApiError> {
    Ok(Json(
        requests::tasks(&state, q.system.as_deref(), q.status.as_deref(), q.limit).await?,
    ))
}

/// Claims a task for `GLASSBOX_TASK_LEASE_SECS`; `409` while another worker holds it.
#[utoipa::path(post, path = "/v1/admin/tasks/{id}/claim", tag = "team",
    params(("id" = String, Path)), security(("bearer" = [])),
    responses((status = 200, body = Claimed), (status = 404, body = crate::error::ErrorBody),
              (status = 409, body = crate::error::ErrorBody)))]
pub async fn claim(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Claimed>, ApiError> {
    let (task, lease) = requests::claim_task(&state, &id).await?;
    Ok(Json(Claimed { task, lease }))
}

/// Completes a claimed task: `{"outcome": "done|no_data|failed", "note": "…"}`; `409` when it
/// is not claimed (or the lease ran out).
#[utoipa::path(post, path = "/v1/admin/tasks/{id}/complete", tag = "team",
    params(("id" = String, Path)), request_body = CompleteBody, security(("bearer" = [])),
    responses((status = 200, body = Task), (status = 409, body = crate::error::ErrorBody),
              (status = 422, body = crate::error::ErrorBody)))]
pub async fn complete(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<String>,
    body: Body<CompleteBody>,
) -> Result<Json<Task>, ApiError> {
    let Json(body) = body.map_err(json_rejection)?;
    Ok(Json(
        requests::complete_task(
            &state,
            &id,
            &body.outcome,
            body.note.as_deref(),
            body.lease.as_deref(),
            false,
            &actor.label(),
        )
        .await?,
    ))
}

/// Opens a failed task again, to retry it.
#[utoipa::path(post, path = "/v1/admin/tasks/{id}/retry", tag = "team",
    params(("id" = String, Path)), security(("bearer" = [])),
    responses((status = 200, body = Task), (status = 409, body = crate::error::ErrorBody)))]
pub async fn retry(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<String>,
) -> Result<Json<Task>, ApiError> {
    Ok(Json(
        requests::retry_task(&state, &id, &actor.label()).await?,
    ))
}

/// Open, due within 7 days, overdue; per month received and closed by kind, median days to
/// close and the share answered in time.
#[utoipa::path(get, path = "/v1/admin/metrics", tag = "team", security(("bearer" = [])),
    responses((status = 200, body = Metrics)))]
pub async fn metrics(State(state): State<AppState>) -> Result<Json<Metrics>, ApiError> {
    Ok(Json(requests::metrics(&state).await?))
}

/// Webhook deliveries, newest first, with every attempt.
#[utoipa::path(get, path = "/v1/admin/webhooks", tag = "team", security(("bearer" = [])),
    responses((status = 200, body = Vec<Delivery>)))]
pub async fn deliveries(State(state): State<AppState>) -> Result<Json<Vec<Delivery>>, ApiError> {
    Ok(Json(state.store.deliveries(None, 200).await?))
}

/// Delivers a webhook again (same `webhook-id`), now.
#[utoipa::path(post, path = "/v1/admin/webhooks/{id}/redeliver", tag = "team",
    params(("id" = String, Path)), security(("bearer" = [])),
    responses((status = 202, description = "Queued again"), (status = 404, body = crate::error::ErrorBody),
              (status = 409, body = crate::error::ErrorBody)))]
pub async fn redeliver(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.store.redeliver(&id, store::now()).await?;
    state.wake_jobs();
    Ok(StatusCode::ACCEPTED)
}
