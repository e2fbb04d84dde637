//! SQL of the `jobs` table: durable background work claimed with a lease.
//!
//! A job is enqueued inside the transaction of the change it follows from (so a committed change
//! always has its job, and a rolled-back one never). Workers claim due jobs by setting
//! `lease_until`; on PostgreSQL the claim skips rows another worker is claiming
//! (`FOR UPDATE SKIP LOCKED`), so several receivers on one database never run a job twice at
//! once. A worker killed mid-job leaves its lease to run out, after which the job is claimed
//! again. Generic by design: `kind` names the work (`mail` today), `payload` is its JSON.

use super::{format_time, Backend, Store, StoreError};
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use time::OffsetDateTime;

/// Where a job stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum JobState {
    /// Waiting for its `run_at`, or running under a lease.
    Queued,
    /// Done.
    Done,
    /// Given up after the last attempt; shown on the admin page.
    Failed,
}

impl JobState {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            JobState::Queued => "queued",
            JobState::Done => "done",
            JobState::Failed => "failed",
        }
    }

    fn parse(s: &str) -> Option<JobState> {
        [JobState::Queued, JobState::Done, JobState::Failed]
            .into_iter()
            .find(|x| x.as_str() == s)
    }
}

/// A claimed job, for the worker.
#[derive(Clone, Debug)]
pub struct Job {
    /// Its id.
    pub id: String,
    /// What to do (`mail`).
    pub kind: String,
    /// What the work needs.
    pub payload: serde_json::Value,
    /// Attempts so far, this one included.
    pub attempts: i64,
    /// The request concerned, if any (its jobs run one after the other, in order).
    pub request_id: Option<String>,
    /// When it became due, then when it was enqueued: the order of a request's jobs.
    pub order: (String, String),
}

/// A job as the admin page and API show it (no payload: it may hold a link's token).
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct JobView {
    /// Its id.
    pub id: String,
    /// What it does (`mail`).
    pub kind: String,
    /// The request's reference, if the job concerns one.
    pub reference: Option<String>,
    /// Where it stands.
    pub state: JobState,
    /// Attempts made.
    pub attempts: i64,
    /// When it runs next (queued), or ran last.
    pub run_at: String,
    /// Why the last attempt failed.
    pub last_error: Option<String>,
    /// When it was enqueued.
    pub created_at: String,
    /// When it was done or given up.
    pub finished_at: Option<String>,
}

fn random_id() -> Result<String, StoreError> {
    let mut b = [0u8; 16];
    getrandom::fill(&mut b).map_err(|e| StoreError::Corrupt(format!("random source: {e}")))?;
    Ok(hex::encode(b))
}

/// Enqueues a job of `kind` inside `tx`, due at `at`.
pub(crate) async fn enqueue(
    tx: &mut Transaction<'static, Any>,
    kind: &str,
    payload: &serde_json::Value,
    request_id: Option<&str>,
    at: &str,
) -> Result<String, StoreError> {
    let id = random_id()?;
    sqlx::query(
        "INSERT INTO jobs (id, kind, payload, request_id, state, attempts, run_at, created_at) \
         VALUES ($1, $2, $3, $4, 'queued', 0, $5, $5)",
    )
    .bind(&id)
    .bind(kind)
    .bind(payload.to_string())
    .bind(request_id.map(str::to_string))
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(id)
}

/// Enqueues a job of `kind` inside `tx`, due at `at`, once per `unique_key` (when given):
/// returns false when a job with that key exists already (enqueued by another receiver).
pub(crate) async fn enqueue_unique(
    tx: &mut Transaction<'static, Any>,
    kind: &str,
    payload: &serde_json::Value,
    request_id: Option<&str>,
    at: &str,
    unique_key: Option<&str>,
) -> Result<bool, StoreError> {
    let Some(key) = unique_key else {
        enqueue(tx, kind, payload, request_id, at).await?;
        return Ok(true);
    };
    let id = random_id()?;
    let made = sqlx::query(
        "INSERT INTO jobs (id, kind, payload, request_id, state, attempts, run_at, created_at, \
         unique_key) VALUES ($1, $2, $3, $4, 'queued', 0, $5, $5, $6) \
         ON CONFLICT (unique_key) DO NOTHING",
    )
    .bind(&id)
    .bind(kind)
    .bind(payload.to_string())
    .bind(request_id.map(str::to_string))
    .bind(at)
    .bind(key)
    .execute(&mut **tx)
    .await?;
    Ok(made.rows_affected() == 1)
}

/// Enqueues the requester's mail about audit entry `seq` of request `request_id`; `extra`
/// (an object) adds fields such as a verification token.
pub(crate) async fn enqueue_mail(
    tx: &mut Transaction<'static, Any>,
    request_id: &str,
    seq: i64,
    extra: serde_json::Value,
    at: &str,
) -> Result<String, StoreError> {
    let mut payload = match extra {
        serde_json::Value::Object(m) => serde_json::Value::Object(m),
        _ => serde_json::json!({}),
    };
    payload["request_id"] = request_id.into();
    payload["seq"] = seq.into();
    enqueue(tx, "mail", &payload, Some(request_id), at).await
}

const VIEW_COLUMNS: &str = "j.id, j.kind, r.reference, j.state, j.attempts, j.run_at, \
     j.last_error, j.created_at, j.finished_at";

fn view(row: &AnyRow) -> Result<JobView, StoreError> {
    let state: String = row.try_get(3)?;
    Ok(JobView {
        id: row.try_get(0)?,
        kind: row.try_get(1)?,
        reference: row.try_get(2)?,
        state: JobState::parse(&state).ok_or(StoreError::Corrupt(state))?,
        attempts: row.try_get(4)?,
        run_at: row.try_get(5)?,
        last_error: row.try_get(6)?,
        created_at: row.try_get(7)?,
        finished_at: row.try_get(8)?,
    })
}

impl Store {
    /// Claims up to `limit` due jobs for `lease` (a worker that dies lets it run out), counting
    /// an attempt on each.
    pub async fn claim_jobs(
        &self,
        at: OffsetDateTime,
        lease: std::time::Duration,
        limit: i64,
    ) -> Result<Vec<Job>, StoreError> {
        let now = format_time(at);
        let until = format_time(at + lease);
        let lock = match self.backend {
            Backend::Postgres => " FOR UPDATE SKIP LOCKED",
            Backend::Sqlite => "",
        };
        // `limit` is an integer, inlined.
        let sql = format!(
            "UPDATE jobs SET lease_until = $1, attempts = attempts + 1 WHERE id IN (\
             SELECT id FROM jobs WHERE state = 'queued' AND run_at <= $2 \
             AND (lease_until IS NULL OR lease_until <= $2) ORDER BY run_at, created_at \
             LIMIT {}{lock}) \
             RETURNING id, kind, payload, attempts, request_id, run_at, created_at",
            limit.clamp(1, 1000)
        );
        let rows = sqlx::query(&sql)
            .bind(&until)
            .bind(&now)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                let payload: String = r.try_get(2)?;
                Ok(Job {
                    id: r.try_get(0)?,
                    kind: r.try_get(1)?,
                    payload: serde_json::from_str(&payload)
                        .map_err(|_| StoreError::Corrupt("job payload".into()))?,
                    attempts: r.try_get(3)?,
                    request_id: r.try_get(4)?,
                    order: (r.try_get(5)?, r.try_get(6)?),
                })
            })
            .collect::<Result<Vec<Job>, StoreError>>()
            .map(|mut jobs| {
                jobs.sort_by(|a, b| a.order.cmp(&b.order));
                jobs
            })
    }

    /// Enqueues the recurring job `id` (its kind is its id), due at `at`, unless it exists;
    /// several receivers starting at once create it once.
    pub async fn ensure_recurring_job(
        &self,
        id: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO jobs (id, kind, payload, request_id, state, attempts, run_at, created_at) \
             VALUES ($1, $1, '{}', NULL, 'queued', 0, $2, $2) ON CONFLICT (id) DO NOTHING",
        )
        .bind(id)
        .bind(format_time(at))
        .execute(&self.pool)
        .await?;
        // A recurring job given up earlier (failed) runs again.
        sqlx::query(
            "UPDATE jobs SET state = 'queued', attempts = 0, finished_at = NULL, run_at = $2 \
             WHERE id = $1 AND state <> 'queued'",
        )
        .bind(id)
        .bind(format_time(at))
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Runs a recurring job again at `run_at` (its attempts counted afresh).
    pub async fn reschedule_job(&self, id: &str, run_at: OffsetDateTime) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE jobs SET lease_until = NULL, attempts = 0, last_error = NULL, run_at = $1 \
             WHERE id = $2",
        )
        .bind(format_time(run_at))
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Marks a job done, replacing its payload by `payload` (a mail's link token is not kept).
    pub async fn finish_job(
        &self,
        id: &str,
        at: OffsetDateTime,
        payload: &serde_json::Value,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE jobs SET state = 'done', finished_at = $1, lease_until = NULL, \
             last_error = NULL, payload = $2 WHERE id = $3",
        )
        .bind(format_time(at))
        .bind(payload.to_string())
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Puts a failed job back in the queue for `run_at`, keeping why it failed.
    pub async fn retry_job(
        &self,
        id: &str,
        error: &str,
        run_at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE jobs SET lease_until = NULL, run_at = $1, last_error = $2 WHERE id = $3",
        )
        .bind(format_time(run_at))
        .bind(error)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Gives a job up after its last attempt.
    pub async fn fail_job(
        &self,
        id: &str,
        error: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE jobs SET state = 'failed', lease_until = NULL, last_error = $1, \
             finished_at = $2 WHERE id = $3",
        )
        .bind(error)
        .bind(format_time(at))
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Queues a failed job again, due now, with a fresh count of attempts (an admin's action).
    pub async fn requeue_job(&self, id: &str, at: OffsetDateTime) -> Result<(), StoreError> {
        let done = sqlx::query(
            "UPDATE jobs SET state = 'queued', attempts = 0, run_at = $1, lease_until = NULL, \
             finished_at = NULL WHERE id = $2 AND state = 'failed'",
        )
        .bind(format_time(at))
        .bind(id)
        .execute(&self.pool)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }

    /// Jobs in `state`, newest first.
    pub async fn jobs_in_state(
        &self,
        state: JobState,
        limit: i64,
    ) -> Result<Vec<JobView>, StoreError> {
        let sql = format!(
            "SELECT {VIEW_COLUMNS} FROM jobs j LEFT JOIN requests r ON r.id = j.request_id \
             WHERE j.state = $1 ORDER BY j.created_at DESC LIMIT {}",
            limit.clamp(1, 10_000)
        );
        let rows = sqlx::query(&sql)
            .bind(state.as_str())
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(view).collect()
    }

    /// The jobs of one request, oldest first.
    pub async fn jobs_of(&self, request_id: &str) -> Result<Vec<JobView>, StoreError> {
        let sql = format!(
            "SELECT {VIEW_COLUMNS} FROM jobs j LEFT JOIN requests r ON r.id = j.request_id \
             WHERE j.request_id = $1 ORDER BY j.created_at, j.id"
        );
        let rows = sqlx::query(&sql)
            .bind(request_id)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(view).collect()
    }

    /// How many jobs are queued (due or not), the recurring purge aside.
    pub async fn queued_jobs(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM jobs WHERE state = 'queued' AND kind <> 'purge'",
        )
        .fetch_one(&self.pool)
        .await?)
    }
}
