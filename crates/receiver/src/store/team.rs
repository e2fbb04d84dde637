//! SQL of the team's workflow: what follows a change of a request in its own transaction (tasks,
//! webhooks, the team's mail, the metrics' counters), tasks claimed by workers with a lease,
//! assignment, internal notes, webhook delivery attempts, and the metrics.

use super::{format_time, jobs, parse_time, Backend, Store, StoreError};
use glassbox_core::deadline::Date;
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use std::collections::BTreeMap;
use time::OffsetDateTime;

/// What the store does after a change, from the settings.
#[derive(Clone, Debug, Default)]
pub struct Team {
    /// The systems that get one task per verified request (`GLASSBOX_SYSTEMS`).
    pub systems: Vec<String>,
    /// Webhooks are on (`GLASSBOX_WEBHOOK_URL`).
    pub webhooks: bool,
    /// The team gets a mail for each verified request (`GLASSBOX_TEAM_EMAIL`).
    pub team_mail: bool,
}

/// A change that others hear of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Stored.
    Received,
    /// The requester's email was confirmed (or an admin verified them).
    Verified,
    /// The deadline was extended.
    Extended,
    /// Refused.
    Refused,
    /// Completed.
    Completed,
}

impl Change {
    /// The webhook event type.
    pub fn event_type(self) -> &'static str {
        match self {
            Change::Received => "request.received",
            Change::Verified => "request.verified",
            Change::Extended => "request.extended",
            Change::Refused => "request.refused",
            Change::Completed => "request.completed",
        }
    }

    /// The change an audit entry records, if others hear of it.
    pub fn of(action: &str, detail: &serde_json::Value) -> Option<Change> {
        match (action, detail.get("to").and_then(|v| v.as_str())) {
            ("received", _) => Some(Change::Received),
            ("extended", _) => Some(Change::Extended),
            ("status", Some("verified")) => Some(Change::Verified),
            ("status", Some("refused")) => Some(Change::Refused),
            ("status", Some("completed")) => Some(Change::Completed),
            _ => None,
        }
    }
}

/// How a task ended.
pub const OUTCOMES: [&str; 3] = ["done", "no_data", "failed"];

/// A task: one system's part of one verified request.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct Task {
    /// Its id.
    pub id: String,
    /// The request's reference.
    pub reference: String,
    /// The system (`crm`).
    pub system: String,
    /// `open`, `done`, `no_data`, `failed` or `cancelled` (the request was refused).
    pub status: String,
    /// Rights requested (what to do in the system).
    pub kinds: Vec<String>,
    /// The request's due date.
    pub due_by: String,
    /// While a worker holds it: until when (UTC).
    pub lease_until: Option<String>,
    /// Claims so far.
    pub attempts: i64,
    /// The note given when it was completed.
    pub note: Option<String>,
    /// When it was created (UTC).
    pub created_at: String,
    /// When it was completed (UTC).
    pub completed_at: Option<String>,
}

/// An internal note of the team (never shown to the requester).
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct Note {
    /// Its id.
    pub id: String,
    /// When (UTC).
    pub at: String,
    /// Who wrote it.
    pub author: String,
    /// The text.
    pub body: String,
}

/// One attempt to deliver a webhook.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct Attempt {
    /// When (UTC).
    pub at: String,
    /// The consumer's HTTP status, if it answered.
    pub status_code: Option<i64>,
    /// Why it failed (no answer, timeout, non-2xx).
    pub error: Option<String>,
    /// How long it took.
    pub duration_ms: i64,
}

/// A webhook delivery (a job) with its attempts.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct Delivery {
    /// The job's id (to deliver again).
    pub id: String,
    /// The `webhook-id`, the same on every attempt.
    pub webhook_id: String,
    /// The event type.
    #[serde(rename = "type")]
    pub event_type: String,
    /// The request concerned.
    pub reference: Option<String>,
    /// `queued`, `done` or `failed`.
    pub state: String,
    /// When it was enqueued (UTC).
    pub created_at: String,
    /// When it was delivered or given up.
    pub finished_at: Option<String>,
    /// Every attempt, oldest first.
    pub attempts: Vec<Attempt>,
}

/// One month of the metrics.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct MonthMetrics {
    /// `YYYY-MM` in the controller's time zone.
    pub month: String,
    /// Requests received, by kind.
    pub received: BTreeMap<String, i64>,
    /// Requests closed (completed or refused), by kind.
    pub closed: BTreeMap<String, i64>,
    /// Requests received.
    pub received_total: i64,
    /// Requests closed.
    pub closed_total: i64,
    /// Median days from receipt to closing of the requests closed this month.
    pub median_days_to_close: Option<f64>,
    /// Share of the requests closed this month that were closed by their due date (0–1).
    pub answered_in_time: Option<f64>,
}

/// The team's numbers.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct Metrics {
    /// Today in the controller's time zone.
    pub today: String,
    /// Open requests (received, verified, in progress).
    pub open: i64,
    /// Open requests due from today to 7 days from now.
    pub due_within_7_days: i64,
    /// Open requests past their due date.
    pub overdue: i64,
    /// The last 12 months, newest first.
    pub months: Vec<MonthMetrics>,
}

/// An open request due soon or overdue (the digest, the deadline warnings).
#[derive(Clone, Debug)]
pub struct DueItem {
    /// The request's id.
    pub id: String,
    /// Its reference.
    pub reference: String,
    /// Rights requested.
    pub kinds: Vec<String>,
    /// Its status.
    pub status: String,
    /// Its due date.
    pub due_by: Date,
}

/// A fresh random id (hex).
pub(crate) fn random_hex(bytes: usize) -> Result<String, StoreError> {
    let mut b = vec![0u8; bytes];
    getrandom::fill(&mut b).map_err(|e| StoreError::Corrupt(format!("random source: {e}")))?;
    Ok(hex::encode(b))
}

fn month_of(d: Date) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

/// The webhook job's payload: a fixed `webhook-id` and the body, signed at each attempt.
pub fn webhook_payload(
    event_type: &str,
    at: &str,
    data: serde_json::Value,
) -> Result<serde_json::Value, StoreError> {
    let timestamp = parse_time(at)
        .and_then(|t| {
            t.replace_nanosecond(t.microsecond() * 1000)
                .ok()?
                .format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| at.to_string());
    let body = serde_json::json!({"type": event_type, "timestamp": timestamp, "data": data});
    Ok(serde_json::json!({
        "webhook_id": format!("msg_{}", random_hex(16)?),
        "type": event_type,
        "body": body.to_string(),
    }))
}

/// The `data` of a request's event: no personal data, only what a worker needs to look it up.
fn request_data(reference: &str, kinds: &str, status: &str, due_by: &str) -> serde_json::Value {
    serde_json::json!({
        "reference": reference,
        "kinds": kinds.split(',').filter(|k| !k.is_empty()).collect::<Vec<_>>(),
        "status": status,
        "due_by": due_by,
    })
}

async fn enqueue_webhook(
    tx: &mut Transaction<'static, Any>,
    event_type: &str,
    data: serde_json::Value,
    request_id: Option<&str>,
    at: &str,
    unique_key: Option<&str>,
) -> Result<bool, StoreError> {
    let payload = webhook_payload(event_type, at, data)?;
    jobs::enqueue_unique(tx, "webhook", &payload, request_id, at, unique_key).await
}

fn task_row(r: &AnyRow) -> Result<Task, StoreError> {
    let kinds: String = r.try_get("kinds")?;
    Ok(Task {
        id: r.try_get("id")?,
        reference: r.try_get("reference")?,
        system: r.try_get("system")?,
        status: r.try_get("status")?,
        kinds: kinds.split(',').map(str::to_string).collect(),
        due_by: r.try_get("due_by")?,
        lease_until: r.try_get("lease_until")?,
        attempts: r.try_get("attempts")?,
        note: r.try_get("note")?,
        created_at: r.try_get("created_at")?,
        completed_at: r.try_get("completed_at")?,
    })
}

const TASK_COLUMNS: &str = "t.id, r.reference, t.system, t.status, r.kinds, r.due_by, \
     t.lease_until, t.attempts, t.note, t.created_at, t.completed_at";

/// Which tasks a listing shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskFilter {
    /// Open and not held by a worker: ready to claim.
    Open,
    /// Open and held by a worker.
    Claimed,
    /// Ended with this outcome (`done`, `no_data`, `failed`, `cancelled`).
    Ended(&'static str),
}

impl TaskFilter {
    /// The filter named `s`.
    pub fn parse(s: &str) -> Option<TaskFilter> {
        Some(match s {
            "open" => TaskFilter::Open,
            "claimed" => TaskFilter::Claimed,
            "done" => TaskFilter::Ended("done"),
            "no_data" => TaskFilter::Ended("no_data"),
            "failed" => TaskFilter::Ended("failed"),
            "cancelled" => TaskFilter::Ended("cancelled"),
            _ => return None,
        })
    }
}

impl Store {
    /// The same store, doing what the team's settings ask after each change.
    pub fn with_team(mut self, team: Team) -> Store {
        self.team = team;
        self
    }

    /// The team's settings.
    pub fn team(&self) -> &Team {
        &self.team
    }

    /// What follows a change of request `id`, in its transaction: the metrics' counters,
    /// the webhook, and for a verification the tasks and the team's mail.
    pub(crate) async fn follow_up(
        &self,
        tx: &mut Transaction<'static, Any>,
        id: &str,
        change: Change,
        at: &str,
    ) -> Result<(), StoreError> {
        let row = sqlx::query(
            "SELECT reference, kinds, status, due_by, received_at, original_due_by \
             FROM requests WHERE id = $1",
        )
        .bind(id)
        .fetch_one(&mut **tx)
        .await?;
        let reference: String = row.try_get(0)?;
        let kinds: String = row.try_get(1)?;
        let status: String = row.try_get(2)?;
        let due_by: String = row.try_get(3)?;
        let received_at: String = row.try_get(4)?;
        let original_due: String = row.try_get(5)?;
        let open_delta: &[(&str, i64)] = match change {
            Change::Received => &[(due_by.as_str(), 1)],
            Change::Extended => &[(original_due.as_str(), -1), (due_by.as_str(), 1)],
            Change::Completed | Change::Refused => &[(due_by.as_str(), -1)],
            Change::Verified => &[],
        };
        for (due, d) in open_delta {
            sqlx::query(
                "INSERT INTO metrics_open (due_by, n) VALUES ($1, $2) \
                 ON CONFLICT (due_by) DO UPDATE SET n = metrics_open.n + $2",
            )
            .bind(*due)
            .bind(*d)
            .execute(&mut **tx)
            .await?;
        }
        // "*" counts the request once, whatever its kinds.
        let kind_list: Vec<&str> = kinds
            .split(',')
            .filter(|k| !k.is_empty())
            .chain(["*"])
            .collect();
        match change {
            Change::Received => {
                let month = month_of(
                    self.zone
                        .date_of(parse_time(&received_at).unwrap_or(super::now())),
                );
                for k in &kind_list {
                    sqlx::query(
                        "INSERT INTO metrics_month (month, kind, received) VALUES ($1, $2, 1) \
                         ON CONFLICT (month, kind) DO UPDATE SET received = metrics_month.received + 1",
                    )
                    .bind(&month)
                    .bind(*k)
                    .execute(&mut **tx)
                    .await?;
                }
            }
            Change::Completed | Change::Refused => {
                let received = self
                    .zone
                    .date_of(parse_time(&received_at).unwrap_or(super::now()));
                let closed = self.zone.date_of(parse_time(at).unwrap_or(super::now()));
                let due: Date = due_by
                    .parse()
                    .map_err(|_| StoreError::Corrupt(due_by.clone()))?;
                let month = month_of(closed);
                let in_time = i64::from(closed <= due);
                for k in &kind_list {
                    sqlx::query(
                        "INSERT INTO metrics_month (month, kind, closed, in_time) \
                         VALUES ($1, $2, 1, $3) ON CONFLICT (month, kind) DO UPDATE SET \
                         closed = metrics_month.closed + 1, in_time = metrics_month.in_time + $3",
                    )
                    .bind(&month)
                    .bind(*k)
                    .bind(in_time)
                    .execute(&mut **tx)
                    .await?;
                }
                sqlx::query(
                    "INSERT INTO metrics_close_days (month, days, n) VALUES ($1, $2, 1) \
                     ON CONFLICT (month, days) DO UPDATE SET n = metrics_close_days.n + 1",
                )
                .bind(&month)
                .bind(received.days_until(closed).max(0))
                .execute(&mut **tx)
                .await?;
                if change == Change::Refused {
                    // Nothing more is done in the systems for a refused request.
                    sqlx::query(
                        "UPDATE tasks SET status = 'cancelled', lease_id = NULL, \
                         lease_until = NULL, updated_at = $1 \
                         WHERE request_id = $2 AND status IN ('open', 'failed')",
                    )
                    .bind(at)
                    .bind(id)
                    .execute(&mut **tx)
                    .await?;
                }
            }
            Change::Verified | Change::Extended => {}
        }
        if self.team.webhooks {
            let data = request_data(&reference, &kinds, &status, &due_by);
            enqueue_webhook(tx, change.event_type(), data, Some(id), at, None).await?;
        }
        if change == Change::Verified {
            for system in &self.team.systems {
                let task_id = random_hex(16)?;
                let created = sqlx::query(
                    "INSERT INTO tasks (id, request_id, system, status, created_at, updated_at) \
                     VALUES ($1, $2, $3, 'open', $4, $4) ON CONFLICT (request_id, system) DO NOTHING",
                )
                .bind(&task_id)
                .bind(id)
                .bind(system)
                .bind(at)
                .execute(&mut **tx)
                .await?;
                if created.rows_affected() == 1 && self.team.webhooks {
                    let mut data = request_data(&reference, &kinds, &status, &due_by);
                    data["task"] = serde_json::json!({"id": task_id, "system": system});
                    enqueue_webhook(tx, "task.created", data, Some(id), at, None).await?;
                }
            }
            if self.team.team_mail {
                let payload = serde_json::json!({"what": "verified", "request_id": id});
                jobs::enqueue(tx, "team_mail", &payload, Some(id), at).await?;
            }
        }
        Ok(())
    }

    /// The tasks of one request, by system.
    pub async fn tasks_of(&self, request_id: &str) -> Result<Vec<Task>, StoreError> {
        let sql = format!(
            "SELECT {TASK_COLUMNS} FROM tasks t JOIN requests r ON r.id = t.request_id \
             WHERE t.request_id = $1 ORDER BY t.system"
        );
        let rows = sqlx::query(&sql)
            .bind(request_id)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(task_row).collect()
    }

    /// One task.
    pub async fn task(&self, id: &str) -> Result<Task, StoreError> {
        let sql = format!(
            "SELECT {TASK_COLUMNS} FROM tasks t JOIN requests r ON r.id = t.request_id \
             WHERE t.id = $1"
        );
        let row = sqlx::query(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        task_row(&row)
    }

    /// Tasks of a system (all when `None`), oldest first.
    pub async fn list_tasks(
        &self,
        system: Option<&str>,
        filter: TaskFilter,
        at: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<Task>, StoreError> {
        let now = format_time(at);
        let cond = match filter {
            TaskFilter::Open => {
                "t.status = 'open' AND (t.lease_until IS NULL OR t.lease_until <= $1)"
            }
            TaskFilter::Claimed => "t.status = 'open' AND t.lease_until > $1",
            TaskFilter::Ended(_) => "t.status = $1",
        };
        let by_system = if system.is_some() {
            " AND t.system = $2"
        } else {
            ""
        };
        let sql = format!(
            "SELECT {TASK_COLUMNS} FROM tasks t JOIN requests r ON r.id = t.request_id \
             WHERE {cond}{by_system} ORDER BY t.created_at, t.id LIMIT {}",
            limit.clamp(1, 1000)
        );
        let mut q = sqlx::query(&sql);
        q = match filter {
            TaskFilter::Ended(s) => q.bind(s.to_string()),
            _ => q.bind(now),
        };
        if let Some(s) = system {
            q = q.bind(s.to_string());
        }
        let rows = q.fetch_all(&self.pool).await?;
        rows.iter().map(task_row).collect()
    }

    /// Claims an open task for `lease` (none else may claim it meanwhile); returns the task and
    /// the lease's id. A task held by another worker, or no longer open, is
    /// [`StoreError::State`].
    pub async fn claim_task(
        &self,
        id: &str,
        at: OffsetDateTime,
        lease: std::time::Duration,
    ) -> Result<(Task, String), StoreError> {
        let now = format_time(at);
        let lease_id = random_hex(16)?;
        // One statement: the condition is checked and the lease taken atomically (PostgreSQL
        // re-checks the row after a concurrent claim commits; SQLite has one writer).
        let claimed = sqlx::query(
            "UPDATE tasks SET lease_id = $1, lease_until = $2, attempts = attempts + 1, \
             updated_at = $3 WHERE id = $4 AND status = 'open' \
             AND (lease_until IS NULL OR lease_until <= $3)",
        )
        .bind(&lease_id)
        .bind(format_time(at + lease))
        .bind(&now)
        .bind(id)
        .execute(&self.pool)
        .await?;
        let task = self.task(id).await?;
        if claimed.rows_affected() == 0 {
            return Err(StoreError::State(if task.status == "open" {
                format!(
                    "the task is claimed until {}",
                    task.lease_until.as_deref().unwrap_or("-")
                )
            } else {
                format!("the task is {}, not open", task.status)
            }));
        }
        Ok((task, lease_id))
    }

    /// Completes an open task with `outcome`, audited. A worker's completion (`by_hand` false)
    /// needs a current lease (its id when given); by hand, a task held by a worker is refused.
    #[allow(clippy::too_many_arguments)]
    pub async fn complete_task(
        &self,
        id: &str,
        outcome: &str,
        note: Option<&str>,
        lease_id: Option<&str>,
        by: &str,
        by_hand: bool,
        at: OffsetDateTime,
    ) -> Result<Task, StoreError> {
        let now = format_time(at);
        let (mut tx, head) = self.begin_write().await?;
        let row = sqlx::query(
            "SELECT request_id, system, status, lease_id, lease_until FROM tasks WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound)?;
        let request_id: String = row.try_get(0)?;
        let system: String = row.try_get(1)?;
        let status: String = row.try_get(2)?;
        let held_by: Option<String> = row.try_get(3)?;
        let until: Option<String> = row.try_get(4)?;
        let leased = until.as_deref().is_some_and(|u| u > now.as_str());
        let refuse = |m: String| StoreError::State(m);
        let problem = if status != "open" {
            Some(format!("the task is {status}, not open"))
        } else if by_hand && leased {
            Some(format!(
                "a worker holds the task until {}",
                until.as_deref().unwrap_or("-")
            ))
        } else if !by_hand && !leased {
            Some("claim the task first (POST /v1/admin/tasks/{id}/claim): it is not claimed, or its lease ran out".into())
        } else if !by_hand && lease_id.is_some_and(|l| Some(l) != held_by.as_deref()) {
            Some("another worker holds the task now (your lease ran out)".into())
        } else {
            None
        };
        if let Some(m) = problem {
            tx.rollback().await?;
            return Err(refuse(m));
        }
        sqlx::query(
            "UPDATE tasks SET status = $1, note = $2, completed_at = $3, updated_at = $3, \
             lease_id = NULL, lease_until = NULL WHERE id = $4",
        )
        .bind(outcome)
        .bind(note.map(str::to_string))
        .bind(&now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        let detail =
            serde_json::json!({"task": id, "system": system, "outcome": outcome, "by": by});
        Self::commit_audited(tx, &head, &now, Some(&request_id), "task", &detail, by).await?;
        self.task(id).await
    }

    /// Opens a failed task again (to retry), audited.
    pub async fn reopen_task(
        &self,
        id: &str,
        by: &str,
        at: OffsetDateTime,
    ) -> Result<Task, StoreError> {
        let now = format_time(at);
        let (mut tx, head) = self.begin_write().await?;
        let row = sqlx::query("SELECT request_id, system, status FROM tasks WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?;
        let request_id: String = row.try_get(0)?;
        let system: String = row.try_get(1)?;
        let status: String = row.try_get(2)?;
        if status != "failed" {
            tx.rollback().await?;
            return Err(StoreError::State(format!(
                "only a failed task can be retried; this one is {status}"
            )));
        }
        sqlx::query(
            "UPDATE tasks SET status = 'open', completed_at = NULL, updated_at = $1 WHERE id = $2",
        )
        .bind(&now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        let detail = serde_json::json!({"task": id, "system": system, "by": by});
        Self::commit_audited(
            tx,
            &head,
            &now,
            Some(&request_id),
            "task_reopened",
            &detail,
            by,
        )
        .await?;
        self.task(id).await
    }

    /// The systems of a request's tasks and how each ended, or an error naming the tasks not
    /// done (a request is completed once every system is done).
    pub(crate) async fn systems_done(
        tx: &mut Transaction<'static, Any>,
        request_id: &str,
    ) -> Result<Vec<(String, String)>, StoreError> {
        let rows =
            sqlx::query("SELECT system, status FROM tasks WHERE request_id = $1 ORDER BY system")
                .bind(request_id)
                .fetch_all(&mut **tx)
                .await?;
        let mut done = Vec::new();
        let mut open = Vec::new();
        for r in &rows {
            let system: String = r.try_get(0)?;
            let status: String = r.try_get(1)?;
            match status.as_str() {
                "done" | "no_data" => done.push((system, status)),
                _ => open.push(format!("{system} ({status})")),
            }
        }
        if !open.is_empty() {
            return Err(StoreError::State(format!(
                "tasks not done yet: {}; complete them first",
                open.join(", ")
            )));
        }
        Ok(done)
    }

    /// Assigns the request to `assignee` (an email), or to nobody; audited.
    pub async fn assign(
        &self,
        reference: &str,
        assignee: Option<&str>,
        by: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let now = format_time(at);
        let (mut tx, head) = self.begin_write().await?;
        let id: String = sqlx::query("SELECT id FROM requests WHERE reference = $1")
            .bind(reference)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?
            .try_get(0)?;
        sqlx::query("UPDATE requests SET assignee = $1, updated_at = $2 WHERE id = $3")
            .bind(assignee.map(str::to_string))
            .bind(&now)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        let detail = serde_json::json!({"assignee": assignee, "by": by});
        Self::commit_audited(tx, &head, &now, Some(&id), "assigned", &detail, by).await?;
        Ok(())
    }

    /// Adds an internal note to the request, audited (the entry holds the note's SHA-256, so a
    /// changed note is detected).
    pub async fn add_note(
        &self,
        reference: &str,
        author: &str,
        body: &str,
        at: OffsetDateTime,
    ) -> Result<Note, StoreError> {
        let now = format_time(at);
        let note_id = random_hex(16)?;
        let (mut tx, head) = self.begin_write().await?;
        let row = sqlx::query("SELECT id, deleted_at FROM requests WHERE reference = $1")
            .bind(reference)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?;
        let id: String = row.try_get(0)?;
        if row.try_get::<Option<String>, _>(1)?.is_some() {
            tx.rollback().await?;
            return Err(StoreError::State("the request was deleted".into()));
        }
        sqlx::query(
            "INSERT INTO notes (id, request_id, at, author, body) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&note_id)
        .bind(&id)
        .bind(&now)
        .bind(author)
        .bind(body)
        .execute(&mut *tx)
        .await?;
        let detail = serde_json::json!({
            "note": note_id, "author": author, "sha256": super::sha256_hex(body.as_bytes()),
        });
        Self::commit_audited(tx, &head, &now, Some(&id), "note", &detail, author).await?;
        Ok(Note {
            id: note_id,
            at: now,
            author: author.to_string(),
            body: body.to_string(),
        })
    }

    /// The notes of a request, oldest first.
    pub async fn notes_of(&self, request_id: &str) -> Result<Vec<Note>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, at, author, body FROM notes WHERE request_id = $1 ORDER BY at, id",
        )
        .bind(request_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Note {
                    id: r.try_get(0)?,
                    at: r.try_get(1)?,
                    author: r.try_get(2)?,
                    body: r.try_get(3)?,
                })
            })
            .collect()
    }

    /// Records one attempt to deliver a webhook.
    pub async fn record_attempt(
        &self,
        job_id: &str,
        at: OffsetDateTime,
        status_code: Option<u16>,
        error: Option<&str>,
        duration_ms: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO webhook_attempts (id, job_id, at, status_code, error, duration_ms) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(random_hex(16)?)
        .bind(job_id)
        .bind(format_time(at))
        .bind(status_code.map(i64::from))
        .bind(error.map(str::to_string))
        .bind(duration_ms)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Webhook deliveries, newest first (of one request when `request_id` is given), with their
    /// attempts.
    pub async fn deliveries(
        &self,
        request_id: Option<&str>,
        limit: i64,
    ) -> Result<Vec<Delivery>, StoreError> {
        let by_request = if request_id.is_some() {
            " AND j.request_id = $1"
        } else {
            ""
        };
        let sql = format!(
            "SELECT j.id, j.payload, r.reference, j.state, j.created_at, j.finished_at \
             FROM jobs j LEFT JOIN requests r ON r.id = j.request_id \
             WHERE j.kind = 'webhook'{by_request} ORDER BY j.created_at DESC, j.id LIMIT {}",
            limit.clamp(1, 1000)
        );
        let mut q = sqlx::query(&sql);
        if let Some(id) = request_id {
            q = q.bind(id.to_string());
        }
        let rows = q.fetch_all(&self.pool).await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let payload: String = r.try_get(1)?;
            let p: serde_json::Value = serde_json::from_str(&payload).unwrap_or_default();
            let id: String = r.try_get(0)?;
            let attempts = sqlx::query(
                "SELECT at, status_code, error, duration_ms FROM webhook_attempts \
                 WHERE job_id = $1 ORDER BY at, id",
            )
            .bind(&id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|a| {
                Ok(Attempt {
                    at: a.try_get(0)?,
                    status_code: a.try_get(1)?,
                    error: a.try_get(2)?,
                    duration_ms: a.try_get(3)?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
            out.push(Delivery {
                id,
                webhook_id: p["webhook_id"].as_str().unwrap_or_default().to_string(),
                event_type: p["type"].as_str().unwrap_or_default().to_string(),
                reference: r.try_get(2)?,
                state: r.try_get(3)?,
                created_at: r.try_get(4)?,
                finished_at: r.try_get(5)?,
                attempts,
            });
        }
        Ok(out)
    }

    /// Queues a delivered or failed webhook again, due now, under the same `webhook-id`.
    pub async fn redeliver(&self, job_id: &str, at: OffsetDateTime) -> Result<(), StoreError> {
        let done = sqlx::query(
            "UPDATE jobs SET state = 'queued', attempts = 0, run_at = $1, lease_until = NULL, \
             finished_at = NULL WHERE id = $2 AND kind = 'webhook' AND state <> 'queued'",
        )
        .bind(format_time(at))
        .bind(job_id)
        .execute(&self.pool)
        .await?;
        if done.rows_affected() == 0 {
            let exists = sqlx::query("SELECT state FROM jobs WHERE id = $1 AND kind = 'webhook'")
                .bind(job_id)
                .fetch_optional(&self.pool)
                .await?;
            return Err(match exists {
                Some(_) => StoreError::State("the delivery is queued already".into()),
                None => StoreError::NotFound,
            });
        }
        Ok(())
    }

    /// Enqueues, once per `key` whatever the number of receivers, a job of `kind` due now.
    /// Returns whether it was enqueued now.
    pub async fn enqueue_once(
        &self,
        kind: &str,
        payload: &serde_json::Value,
        key: &str,
        at: OffsetDateTime,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin().await?;
        let made =
            jobs::enqueue_unique(&mut tx, kind, payload, None, &format_time(at), Some(key)).await?;
        tx.commit().await?;
        Ok(made)
    }

    /// Open requests due on or before `until`, by due date (at most `limit`), and how many
    /// there are in all.
    pub async fn due_until(
        &self,
        until: Date,
        limit: i64,
    ) -> Result<(Vec<DueItem>, i64), StoreError> {
        self.due_between(None, until, limit).await
    }

    /// Open requests due from `from` (any when `None`) to `until`, by due date (at most
    /// `limit`), and how many there are in all.
    pub async fn due_between(
        &self,
        from: Option<Date>,
        until: Date,
        limit: i64,
    ) -> Result<(Vec<DueItem>, i64), StoreError> {
        // A deleted request (a tombstone) is no longer the team's to answer.
        const OPEN: &str =
            "status IN ('received', 'verified', 'in_progress') AND deleted_at IS NULL";
        let from = from.map(|d| d.to_string()).unwrap_or_else(|| "0".into());
        let total: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM requests WHERE {OPEN} AND due_by >= $1 AND due_by <= $2"
        ))
        .bind(&from)
        .bind(until.to_string())
        .fetch_one(&self.pool)
        .await?;
        let rows = sqlx::query(&format!(
            "SELECT id, reference, kinds, status, due_by FROM requests WHERE {OPEN} \
             AND due_by >= $1 AND due_by <= $2 ORDER BY due_by, received_at LIMIT {}",
            limit.clamp(1, 100_000)
        ))
        .bind(&from)
        .bind(until.to_string())
        .fetch_all(&self.pool)
        .await?;
        let items = rows
            .iter()
            .map(|r| {
                let kinds: String = r.try_get(2)?;
                let due: String = r.try_get(4)?;
                Ok(DueItem {
                    id: r.try_get(0)?,
                    reference: r.try_get(1)?,
                    kinds: kinds.split(',').map(str::to_string).collect(),
                    status: r.try_get(3)?,
                    due_by: due.parse().map_err(|_| StoreError::Corrupt(due.clone()))?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok((items, total))
    }

    /// Enqueues the `deadline.approaching` webhook of each open request due from `today` to
    /// `until`, once per request and due date. Returns how many were enqueued now.
    pub async fn warn_deadlines(
        &self,
        today: Date,
        until: Date,
        at: OffsetDateTime,
    ) -> Result<usize, StoreError> {
        let (items, _) = self.due_between(Some(today), until, 100_000).await?;
        let at_s = format_time(at);
        let mut n = 0;
        for item in &items {
            let mut tx = self.pool.begin().await?;
            let mut data = request_data(
                &item.reference,
                &item.kinds.join(","),
                &item.status,
                &item.due_by.to_string(),
            );
            data["days_left"] = today.days_until(item.due_by).into();
            let key = format!("deadline:{}:{}", item.id, item.due_by);
            if enqueue_webhook(
                &mut tx,
                "deadline.approaching",
                data,
                Some(&item.id),
                &at_s,
                Some(&key),
            )
            .await?
            {
                n += 1;
            }
            tx.commit().await?;
        }
        Ok(n)
    }

    /// The team's numbers: open, due within 7 days, overdue, and the last 12 months.
    pub async fn metrics(&self, today: Date) -> Result<Metrics, StoreError> {
        let week = Date::from_days_since_epoch(today.days_since_epoch() + 7).unwrap_or(today);
        // Open requests per due date: a few hundred rows.
        let row = sqlx::query(
            // SUM of BIGINT is NUMERIC on PostgreSQL: cast back.
            "SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT), \
             CAST(COALESCE(SUM(CASE WHEN due_by < $1 THEN n ELSE 0 END), 0) AS BIGINT), \
             CAST(COALESCE(SUM(CASE WHEN due_by >= $1 AND due_by <= $2 THEN n ELSE 0 END), 0) \
             AS BIGINT) FROM metrics_open",
        )
        .bind(today.to_string())
        .bind(week.to_string())
        .fetch_one(&self.pool)
        .await?;
        let open: i64 = row.try_get(0)?;
        let overdue: i64 = row.try_get(1)?;
        let due_soon: i64 = row.try_get(2)?;
        let first = today.add_months(0);
        let first = Date::new(first.year(), first.month(), 1).unwrap_or(today);
        let since = month_of(month_back(first, 11));
        let mut months: BTreeMap<String, MonthMetrics> = BTreeMap::new();
        let mut m = month_back(first, 11);
        for _ in 0..12 {
            let key = month_of(m);
            months.insert(
                key.clone(),
                MonthMetrics {
                    month: key,
                    received: BTreeMap::new(),
                    closed: BTreeMap::new(),
                    received_total: 0,
                    closed_total: 0,
                    median_days_to_close: None,
                    answered_in_time: None,
                },
            );
            m = m.add_months(1);
        }
        let rows = sqlx::query(
            "SELECT month, kind, received, closed, in_time FROM metrics_month WHERE month >= $1",
        )
        .bind(&since)
        .fetch_all(&self.pool)
        .await?;
        // The pseudo-kind "*" counts each request once (a request may have several kinds).
        for r in &rows {
            let month: String = r.try_get(0)?;
            let kind: String = r.try_get(1)?;
            let (rec, clo, ok): (i64, i64, i64) = (r.try_get(2)?, r.try_get(3)?, r.try_get(4)?);
            let Some(e) = months.get_mut(&month) else {
                continue;
            };
            if kind == "*" {
                e.received_total = rec;
                e.closed_total = clo;
                e.answered_in_time = (clo > 0).then(|| ok as f64 / clo as f64);
                continue;
            }
            if rec > 0 {
                e.received.insert(kind.clone(), rec);
            }
            if clo > 0 {
                e.closed.insert(kind, clo);
            }
        }
        let days = sqlx::query(
            "SELECT month, days, n FROM metrics_close_days WHERE month >= $1 ORDER BY month, days",
        )
        .bind(&since)
        .fetch_all(&self.pool)
        .await?;
        let mut hist: BTreeMap<String, Vec<(i64, i64)>> = BTreeMap::new();
        for r in &days {
            let month: String = r.try_get(0)?;
            hist.entry(month)
                .or_default()
                .push((r.try_get(1)?, r.try_get(2)?));
        }
        for (month, e) in months.iter_mut() {
            if let Some(h) = hist.get(month) {
                e.median_days_to_close = median(h);
            }
        }
        Ok(Metrics {
            today: today.to_string(),
            open,
            due_within_7_days: due_soon,
            overdue,
            months: months.into_values().rev().collect(),
        })
    }

    /// Computes the metrics' counters from the stored requests when they have not been yet
    /// (a database from before the counters, or after `seed`). Writers wait meanwhile.
    pub async fn ensure_metrics(&self) -> Result<bool, StoreError> {
        let built: i64 = sqlx::query_scalar("SELECT built FROM metrics_state WHERE id = 1")
            .fetch_one(&self.pool)
            .await?;
        if built != 0 {
            return Ok(false);
        }
        let mut tx = self.pool.begin().await?;
        // Takes the writers' lock without a new audit entry.
        sqlx::query("UPDATE audit_head SET next_ref = next_ref WHERE id = 1")
            .execute(&mut *tx)
            .await?;
        let built: i64 = sqlx::query_scalar("SELECT built FROM metrics_state WHERE id = 1")
            .fetch_one(&mut *tx)
            .await?;
        if built != 0 {
            tx.rollback().await?;
            return Ok(false);
        }
        let mut counts: BTreeMap<(String, String), [i64; 3]> = BTreeMap::new();
        let mut hist: BTreeMap<(String, i64), i64> = BTreeMap::new();
        let mut last = String::new();
        loop {
            let rows = sqlx::query(
                "SELECT id, kinds, received_at, closed_at, due_by FROM requests WHERE id > $1 \
                 ORDER BY id LIMIT 20000",
            )
            .bind(&last)
            .fetch_all(&mut *tx)
            .await?;
            if rows.is_empty() {
                break;
            }
            for r in &rows {
                last = r.try_get(0)?;
                let kinds: String = r.try_get(1)?;
                let received_at: String = r.try_get(2)?;
                let closed_at: Option<String> = r.try_get(3)?;
                let due: String = r.try_get(4)?;
                let Some(received) = parse_time(&received_at).map(|t| self.zone.date_of(t)) else {
                    continue;
                };
                let rmonth = month_of(received);
                let closed = closed_at
                    .as_deref()
                    .and_then(parse_time)
                    .map(|t| self.zone.date_of(t));
                let due: Option<Date> = due.parse().ok();
                for k in kinds.split(',').filter(|k| !k.is_empty()).chain(["*"]) {
                    counts.entry((rmonth.clone(), k.to_string())).or_default()[0] += 1;
                    if let Some(c) = closed {
                        let e = counts.entry((month_of(c), k.to_string())).or_default();
                        e[1] += 1;
                        e[2] += i64::from(due.is_some_and(|d| c <= d));
                    }
                }
                if let Some(c) = closed {
                    *hist
                        .entry((month_of(c), received.days_until(c).max(0)))
                        .or_default() += 1;
                }
            }
        }
        Self::recount_open(&mut tx).await?;
        sqlx::query("DELETE FROM metrics_month")
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM metrics_close_days")
            .execute(&mut *tx)
            .await?;
        for ((month, kind), [rec, clo, ok]) in &counts {
            sqlx::query(
                "INSERT INTO metrics_month (month, kind, received, closed, in_time) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(month)
            .bind(kind)
            .bind(rec)
            .bind(clo)
            .bind(ok)
            .execute(&mut *tx)
            .await?;
        }
        for ((month, days), n) in &hist {
            sqlx::query("INSERT INTO metrics_close_days (month, days, n) VALUES ($1, $2, $3)")
                .bind(month)
                .bind(days)
                .bind(n)
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("UPDATE metrics_state SET built = 1 WHERE id = 1")
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Takes a request that was open off the open counts, inside the transaction that deletes it
    /// (an admin's deletion, the purge of a request never verified).
    pub(crate) async fn forget_open(
        tx: &mut Transaction<'static, Any>,
        status: &str,
        due_by: &str,
    ) -> Result<(), StoreError> {
        if matches!(status, "received" | "verified" | "in_progress") {
            sqlx::query("UPDATE metrics_open SET n = n - 1 WHERE due_by = $1 AND n > 0")
                .bind(due_by)
                .execute(&mut **tx)
                .await?;
        }
        Ok(())
    }

    /// Recomputes the open requests per due date from the rows, inside a writer's transaction.
    async fn recount_open(tx: &mut Transaction<'static, Any>) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM metrics_open")
            .execute(&mut **tx)
            .await?;
        sqlx::query(
            "INSERT INTO metrics_open (due_by, n) SELECT due_by, COUNT(*) FROM requests \
             WHERE status IN ('received', 'verified', 'in_progress') AND deleted_at IS NULL \
             AND due_by >= '0' GROUP BY due_by",
        )
        .execute(&mut **tx)
        .await?;
        Ok(())
    }

    /// Recomputes the open requests per due date from the rows (once a day: whatever changed a
    /// request outside the operations that keep the counts is reflected by the next day).
    pub async fn reconcile_open(&self) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        // Takes the writers' lock without a new audit entry.
        sqlx::query("UPDATE audit_head SET next_ref = next_ref WHERE id = 1")
            .execute(&mut *tx)
            .await?;
        Self::recount_open(&mut tx).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Marks the metrics' counters as to be computed again (after a bulk load).
    pub async fn invalidate_metrics(&self) -> Result<(), StoreError> {
        sqlx::query("UPDATE metrics_state SET built = 0 WHERE id = 1")
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Whether this is PostgreSQL (for tests of the claim).
    pub fn is_postgres(&self) -> bool {
        self.backend == Backend::Postgres
    }
}

fn month_back(first: Date, months: u32) -> Date {
    let index = i64::from(first.year()) * 12 + i64::from(first.month() - 1) - i64::from(months);
    Date::new((index / 12) as i32, (index % 12) as u8 + 1, 1).unwrap_or(first)
}

/// The median of a histogram of (value, count), sorted by value.
fn median(hist: &[(i64, i64)]) -> Option<f64> {
    let n: i64 = hist.iter().map(|(_, c)| c).sum();
    if n == 0 {
        return None;
    }
    let at = |i: i64| -> i64 {
        let mut seen = 0;
        for (v, c) in hist {
            seen += c;
            if seen > i {
                return *v;
            }
        }
        hist.last().map(|(v, _)| *v).unwrap_or(0)
    };
    Some(if n % 2 == 1 {
        at(n / 2) as f64
    } else {
        (at(n / 2 - 1) + at(n / 2)) as f64 / 2.0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_of_histograms() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[(5, 1)]), Some(5.0));
        assert_eq!(median(&[(1, 1), (3, 1)]), Some(2.0));
        assert_eq!(median(&[(1, 2), (10, 1)]), Some(1.0));
        assert_eq!(median(&[(1, 1), (2, 1), (30, 2)]), Some(16.0));
    }

    #[test]
    fn months_back() {
        let d = Date::new(2026, 3, 1).unwrap();
        assert_eq!(month_back(d, 11).to_string(), "2025-04-01");
        assert_eq!(month_back(d, 2).to_string(), "2026-01-01");
    }
}
