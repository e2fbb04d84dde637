//! Storage: requests and the hash-chained audit log, on SQLite or PostgreSQL.
//!
//! One code path for both databases through sqlx's `Any` driver and one set of portable
//! migrations (`migrations/`). Every change of a request happens in one transaction together
//! with its audit entry. Each write transaction first updates the single `audit_head` row, which
//! serialises writers on both databases, so the chain has no forks and reference numbers no gaps
//! that a committed request could see.

use crate::audit::{self, AuditEntry, AuditReport};
use glassbox_core::deadline::{self, Date, DeadlineError};
use glassbox_core::request::Request;
use serde::Serialize;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions, AnyRow};
use sqlx::{Any, AnyPool, Connection, Executor, Row, Transaction};
use std::str::FromStr;
use std::time::Duration;
use time::OffsetDateTime;

/// Errors of the storage layer.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database failed or is unreachable.
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    /// Migrations could not be applied.
    #[error("migration error: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// No such request (or token).
    #[error("not found")]
    NotFound,
    /// The same request id was already used for another body.
    #[error("request id already used with a different body")]
    IdConflict,
    /// The change is not allowed in the request's current state.
    #[error("{0}")]
    State(String),
    /// The verification link has expired.
    #[error("verification link expired")]
    Expired,
    /// A deadline rule was broken.
    #[error(transparent)]
    Deadline(#[from] DeadlineError),
    /// Stored data is not in the expected shape.
    #[error("corrupt row: {0}")]
    Corrupt(String),
}

/// Which database is behind the pool.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// An SQLite file.
    Sqlite,
    /// A PostgreSQL server.
    Postgres,
}

/// Where a request stands.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Stored, requester not yet verified.
    Received,
    /// The requester followed the email link (or an admin verified them).
    Verified,
    /// Being handled.
    InProgress,
    /// Answered.
    Completed,
    /// Refused, with reasons.
    Refused,
}

impl Status {
    /// Every status.
    pub const ALL: [Status; 5] = [
        Status::Received,
        Status::Verified,
        Status::InProgress,
        Status::Completed,
        Status::Refused,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::Verified => "verified",
            Status::InProgress => "in_progress",
            Status::Completed => "completed",
            Status::Refused => "refused",
        }
    }

    /// The status named `s`.
    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// True until the request is completed or refused.
    pub fn is_open(self) -> bool {
        !matches!(self, Status::Completed | Status::Refused)
    }

    /// Allowed transitions: `received → verified → in_progress → completed`, and `refused`
    /// from any open state (a refusal needs no verification first).
    pub fn can_become(self, to: Status) -> bool {
        matches!(
            (self, to),
            (Status::Received, Status::Verified)
                | (Status::Verified, Status::InProgress)
                | (Status::InProgress, Status::Completed)
                | (
                    Status::Received | Status::Verified | Status::InProgress,
                    Status::Refused
                )
        )
    }
}

/// A stored request as the API shows it.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct Record {
    /// Human-friendly reference (`GB-0000042`).
    pub reference: String,
    /// The client's request id (UUID v4).
    pub id: String,
    /// Current status.
    pub status: Status,
    /// Rights requested.
    pub kinds: Vec<String>,
    /// When the receiver committed the request (UTC).
    pub received_at: String,
    /// Current due date (after any extension).
    #[schema(value_type = String, format = Date)]
    pub due_by: Date,
    /// Due date before any extension.
    #[schema(value_type = String, format = Date)]
    pub original_due_by: Date,
    /// Months of extension granted (0–2).
    pub extended_months: i64,
    /// Reason for the extension.
    pub extension_reason: Option<String>,
    /// Reason for a refusal.
    pub refusal_reason: Option<String>,
    /// When the requester's email was verified.
    pub verified_at: Option<String>,
    /// When the request was completed or refused.
    pub closed_at: Option<String>,
    /// Open and past its due date.
    pub overdue: bool,
    /// Language of the request.
    pub lang: Option<String>,
    /// Requester's email (admin views only; `None` once purged).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The full payload (admin views only; `None` once purged).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub payload: Option<serde_json::Value>,
    /// When personal data was deleted under the retention rule.
    pub purged_at: Option<String>,
}

impl Record {
    /// The record without personal data, for the requester's status page.
    pub fn public(mut self) -> Record {
        self.email = None;
        self.payload = None;
        self
    }
}

/// What `submit` did.
#[derive(Clone, Debug)]
pub enum Submitted {
    /// A new request was stored.
    Created(Receipt),
    /// The same request had already been stored; the original receipt.
    Replayed(Receipt),
}

/// The acknowledgement of a stored request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Receipt {
    /// Reference number.
    pub reference: String,
    /// When it was committed (UTC, fixed format).
    pub received_at: String,
    /// Due date.
    pub due_by: Date,
    /// Token of the status URL.
    pub status_token: String,
}

/// Filter and paging for listings.
#[derive(Clone, Debug, Default)]
pub struct ListFilter {
    /// Only these statuses (all when empty).
    pub statuses: Vec<Status>,
    /// Only open requests past their due date.
    pub overdue_only: bool,
    /// Due on or after this date.
    pub due_from: Option<Date>,
    /// Due on or before this date.
    pub due_to: Option<Date>,
    /// At most this many (default 100).
    pub limit: Option<i64>,
    /// Skip this many.
    pub offset: Option<i64>,
}

/// A fresh verification token's hash and expiry, stored with a new request.
#[derive(Clone, Debug)]
pub struct PendingVerification {
    /// SHA-256 (hex) of the token in the mailed link.
    pub token_hash: String,
    /// When the link stops working (UTC, fixed format).
    pub expires_at: String,
}

const RECORD_COLUMNS: &str = "id, reference, status, kinds, received_at, due_by, original_due_by, \
     extended_months, extension_reason, refusal_reason, verified_at, closed_at, lang, email, \
     payload, purged_at";

/// The current time in UTC.
pub fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// A time as stored: `YYYY-MM-DDTHH:MM:SS.ffffffZ` in UTC, so text order is time order.
pub fn format_time(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.microsecond()
    )
}

/// The UTC calendar date of a time.
pub fn date_of(t: OffsetDateTime) -> Date {
    Date::from_unix_seconds(t.unix_timestamp()).unwrap_or_else(|| {
        Date::new(1970, 1, 1).expect("1970-01-01 exists") // unreachable for real clocks
    })
}

/// SHA-256 of bytes, hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// The database, migrated.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
}

struct Head {
    seq: i64,
    hash: String,
    next_ref: i64,
}

impl Store {
    /// Connects (creating an SQLite file when missing) and applies the migrations.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let (url, backend) = if url.starts_with("sqlite:") {
            let url = if url.contains("mode=") {
                url.to_string()
            } else if url.contains('?') {
                format!("{url}&mode=rwc")
            } else {
                format!("{url}?mode=rwc")
            };
            (url, Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            (url.to_string(), Backend::Postgres)
        } else {
            return Err(StoreError::Db(sqlx::Error::Configuration(
                "DATABASE_URL must start with sqlite: or postgres:".into(),
            )));
        };
        let options = AnyConnectOptions::from_str(&url)?;
        let max = match backend {
            Backend::Sqlite => max_connections.clamp(1, 8),
            Backend::Postgres => max_connections.max(1),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            .acquire_timeout(Duration::from_secs(60))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                             PRAGMA busy_timeout = 60000; PRAGMA foreign_keys = ON; \
                             PRAGMA cache_size = -65536;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Store { pool, backend })
    }

    /// Which database this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The pool, for health checks and tests.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Closes all connections.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// True when the database answers.
    pub async fn healthy(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    /// Starts a write transaction: takes the audit head (serialising writers).
    async fn begin_write(&self) -> Result<(Transaction<'static, Any>, Head), StoreError> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash, next_ref",
        )
        .fetch_one(&mut *tx)
        .await?;
        let head = Head {
            seq: row.try_get(0)?,
            hash: row.try_get(1)?,
            next_ref: row.try_get(2)?,
        };
        Ok((tx, head))
    }

    /// Appends the transaction's one audit entry and moves the head.
    /// Appends the audit entry of a change to the request `id`, commits, and returns the
    /// request (by `reference`) as it now is.
    #[allow(clippy::too_many_arguments)]
    async fn commit_change(
        &self,
        mut tx: Transaction<'static, Any>,
        head: &Head,
        at: &str,
        id: &str,
        action: &str,
        detail: &serde_json::Value,
        reference: &str,
    ) -> Result<Record, StoreError> {
        Self::append(&mut tx, head, head.next_ref, at, Some(id), action, detail).await?;
        tx.commit().await?;
        self.get(reference).await
    }

    async fn append(
        tx: &mut Transaction<'static, Any>,
        head: &Head,
        next_ref: i64,
        at: &str,
        request_id: Option<&str>,
        action: &str,
        detail: &serde_json::Value,
    ) -> Result<(), StoreError> {
        let detail = detail.to_string();
        let hash = audit::chain_hash(&head.hash, head.seq, at, request_id, action, &detail);
        sqlx::query(
            "INSERT INTO audit_log (seq, at, request_id, action, detail, prev_hash, hash) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(head.seq)
        .bind(at)
        .bind(request_id.map(str::to_string))
        .bind(action)
        .bind(&detail)
        .bind(&head.hash)
        .bind(&hash)
        .execute(&mut **tx)
        .await?;
        sqlx::query("UPDATE audit_head SET hash = $1, next_ref = $2 WHERE id = 1")
            .bind(&hash)
            .bind(next_ref)
            .execute(&mut **tx)
            .await?;
        Ok(())
    }

    /// Stores a validated request, idempotently on its id: the same body again returns the
    /// original receipt ([`Submitted::Replayed`]); another body under the same id is
    /// [`StoreError::IdConflict`]. Committed before returning.
    pub async fn submit(
        &self,
        request: &Request,
        received: OffsetDateTime,
        status_token: &str,
        verification: Option<PendingVerification>,
    ) -> Result<Submitted, StoreError> {
        let id = request.canonical_id();
        let payload =
            serde_json::to_string(request).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let body_hash = sha256_hex(payload.as_bytes());
        if let Some(found) = self.existing(&id, &body_hash).await? {
            return Ok(Submitted::Replayed(found));
        }
        let (mut tx, head) = self.begin_write().await?;
        let at = format_time(received);
        let due = deadline::due_date(date_of(received));
        let reference = format!("GB-{:07}", head.next_ref);
        let kinds = request
            .kinds
            .iter()
            .map(|k| k.as_str())
            .collect::<Vec<_>>()
            .join(",");
        let (vhash, vexp) = match verification {
            Some(v) => (Some(v.token_hash), Some(v.expires_at)),
            None => (None, None),
        };
        let inserted = sqlx::query(
            "INSERT INTO requests (id, reference, body_hash, payload, kinds, email, lang, status, \
             received_at, due_by, original_due_by, extended_months, status_token, \
             verify_token_hash, verify_expires_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'received', $8, $9, $9, 0, $10, $11, $12, $8) \
             ON CONFLICT (id) DO NOTHING",
        )
        .bind(&id)
        .bind(&reference)
        .bind(&body_hash)
        .bind(&payload)
        .bind(&kinds)
        .bind(request.requester.email.clone())
        .bind(request.lang.clone())
        .bind(&at)
        .bind(due.to_string())
        .bind(status_token)
        .bind(vhash)
        .bind(vexp)
        .execute(&mut *tx)
        .await?;
        if inserted.rows_affected() == 0 {
            // Stored meanwhile by a concurrent submission of the same id (it committed while we
            // waited for the audit head): answer as a replay, or a conflict.
            tx.rollback().await?;
            return self
                .existing(&id, &body_hash)
                .await?
                .map(Submitted::Replayed)
                .ok_or_else(|| StoreError::Corrupt("id conflict without a row".into()));
        }
        let detail = serde_json::json!({
            "reference": reference, "kinds": request.kinds, "due_by": due,
            "body_sha256": body_hash,
        });
        Self::append(
            &mut tx,
            &head,
            head.next_ref + 1,
            &at,
            Some(&id),
            "received",
            &detail,
        )
        .await?;
        tx.commit().await?;
        Ok(Submitted::Created(Receipt {
            reference,
            received_at: at,
            due_by: due,
            status_token: status_token.to_string(),
        }))
    }

    async fn existing(&self, id: &str, body_hash: &str) -> Result<Option<Receipt>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        existing_in(&mut conn, id, body_hash).await
    }

    /// The request with this reference.
    pub async fn get(&self, reference: &str) -> Result<Record, StoreError> {
        self.one_where("reference", reference).await
    }

    /// The request whose status URL carries `token`.
    pub async fn by_status_token(&self, token: &str) -> Result<Record, StoreError> {
        self.one_where("status_token", token).await
    }

    /// The request whose unique `column` (a fixed name, never input) equals `value`.
    async fn one_where(&self, column: &'static str, value: &str) -> Result<Record, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {RECORD_COLUMNS} FROM requests WHERE {column} = $1"
        ))
        .bind(value)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        record(&row, date_of(now()))
    }

    /// The status token of the request with this reference (for resending a link).
    pub async fn status_token_of(&self, reference: &str) -> Result<String, StoreError> {
        let row = sqlx::query("SELECT status_token FROM requests WHERE reference = $1")
            .bind(reference)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(row.try_get(0)?)
    }

    /// The audit entries of one request, oldest first.
    pub async fn history(&self, request_id: &str) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT seq, at, request_id, action, detail, prev_hash, hash FROM audit_log \
             WHERE request_id = $1 ORDER BY seq",
        )
        .bind(request_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(audit::entry).collect()
    }

    /// Requests by due date (then time of receipt), filtered.
    pub async fn list(&self, filter: &ListFilter) -> Result<Vec<Record>, StoreError> {
        let today = date_of(now());
        // Placeholders are numbered by hand: the Any driver passes SQL through unchanged.
        let mut sql = format!("SELECT {RECORD_COLUMNS} FROM requests WHERE 1 = 1");
        let mut params: Vec<String> = Vec::new();
        let mut bind = |sql: &mut String, v: String| {
            params.push(v);
            sql.push_str(&format!("${}", params.len()));
        };
        if !filter.statuses.is_empty() {
            sql.push_str(" AND status IN (");
            for (i, s) in filter.statuses.iter().enumerate() {
                if i > 0 {
                    sql.push_str(", ");
                }
                bind(&mut sql, s.as_str().to_string());
            }
            sql.push(')');
        }
        if filter.overdue_only {
            sql.push_str(" AND status IN ('received', 'verified', 'in_progress') AND due_by < ");
            bind(&mut sql, today.to_string());
        }
        if let Some(from) = filter.due_from {
            sql.push_str(" AND due_by >= ");
            bind(&mut sql, from.to_string());
        }
        if let Some(to) = filter.due_to {
            sql.push_str(" AND due_by <= ");
            bind(&mut sql, to.to_string());
        }
        // Integers, inlined: no injection possible.
        sql.push_str(&format!(
            " ORDER BY due_by, received_at LIMIT {} OFFSET {}",
            filter.limit.unwrap_or(100).clamp(1, 100_000),
            filter.offset.unwrap_or(0).max(0)
        ));
        let mut q = sqlx::query(&sql);
        for p in params {
            q = q.bind(p);
        }
        let rows = q.fetch_all(&self.pool).await?;
        rows.iter().map(|r| record(r, today)).collect()
    }

    /// Marks the request whose verification token hashes to `token_hash` as verified.
    /// Following the link again is harmless (returns the record unchanged).
    pub async fn verify_email(
        &self,
        token_hash: &str,
        at: OffsetDateTime,
    ) -> Result<Record, StoreError> {
        let (mut tx, head) = self.begin_write().await?;
        let row = sqlx::query(
            "SELECT id, reference, status, verify_expires_at FROM requests WHERE verify_token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound)?;
        let id: String = row.try_get(0)?;
        let reference: String = row.try_get(1)?;
        let status: String = row.try_get(2)?;
        let expires: Option<String> = row.try_get(3)?;
        let at_s = format_time(at);
        if status != "received" {
            tx.rollback().await?;
            return self.get(&reference).await;
        }
        if expires.as_deref().is_some_and(|e| e < at_s.as_str()) {
            tx.rollback().await?;
            return Err(StoreError::Expired);
        }
        sqlx::query(
            "UPDATE requests SET status = 'verified', verified_at = $1, updated_at = $1 WHERE id = $2",
        )
        .bind(&at_s)
        .bind(&id)
        .execute(&mut *tx)
        .await?;
        let detail = serde_json::json!({"from": "received", "to": "verified", "by": "email-link"});
        self.commit_change(tx, &head, &at_s, &id, "status", &detail, &reference)
            .await
    }

    /// Replaces the verification token of a request still `received` (resending the mail).
    pub async fn renew_verification(
        &self,
        reference: &str,
        verification: PendingVerification,
    ) -> Result<(String, String), StoreError> {
        let row = sqlx::query(
            "UPDATE requests SET verify_token_hash = $1, verify_expires_at = $2 \
             WHERE reference = $3 AND status = 'received' RETURNING email, status_token",
        )
        .bind(verification.token_hash)
        .bind(verification.expires_at)
        .bind(reference)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(|| {
            StoreError::State("only a request still received can be re-verified".into())
        })?;
        let email: Option<String> = row.try_get(0)?;
        Ok((email.unwrap_or_default(), row.try_get(1)?))
    }

    /// Moves a request to `to` (an admin action). A refusal needs a reason.
    pub async fn transition(
        &self,
        reference: &str,
        to: Status,
        reason: Option<&str>,
        at: OffsetDateTime,
    ) -> Result<Record, StoreError> {
        let reason = reason.map(str::trim).filter(|r| !r.is_empty());
        if to == Status::Refused && reason.is_none() {
            return Err(StoreError::State("a refusal needs a reason".into()));
        }
        let (mut tx, head) = self.begin_write().await?;
        let row = sqlx::query("SELECT id, status FROM requests WHERE reference = $1")
            .bind(reference)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?;
        let id: String = row.try_get(0)?;
        let from_s: String = row.try_get(1)?;
        let from = Status::parse(&from_s).ok_or_else(|| StoreError::Corrupt(from_s.clone()))?;
        if !from.can_become(to) {
            tx.rollback().await?;
            return Err(StoreError::State(format!(
                "cannot go from {} to {}",
                from.as_str(),
                to.as_str()
            )));
        }
        let at_s = format_time(at);
        let closed = (!to.is_open()).then(|| at_s.clone());
        let verified = (to == Status::Verified).then(|| at_s.clone());
        sqlx::query(
            "UPDATE requests SET status = $1, refusal_reason = $2, closed_at = $3, \
             verified_at = COALESCE($4, verified_at), updated_at = $5 WHERE id = $6",
        )
        .bind(to.as_str())
        .bind((to == Status::Refused).then(|| reason.unwrap_or_default().to_string()))
        .bind(closed)
        .bind(verified)
        .bind(&at_s)
        .bind(&id)
        .execute(&mut *tx)
        .await?;
        let mut detail =
            serde_json::json!({"from": from.as_str(), "to": to.as_str(), "by": "admin"});
        if let Some(r) = reason {
            detail["reason"] = r.into();
        }
        self.commit_change(tx, &head, &at_s, &id, "status", &detail, reference)
            .await
    }

    /// Extends the deadline once by `months` (1 or 2) with a reason, only within the first
    /// month after receipt (GDPR Art. 12(3)).
    pub async fn extend(
        &self,
        reference: &str,
        months: u8,
        reason: &str,
        at: OffsetDateTime,
    ) -> Result<Record, StoreError> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(StoreError::State("an extension needs a reason".into()));
        }
        let (mut tx, head) = self.begin_write().await?;
        let row = sqlx::query(
            "SELECT id, status, received_at, extended_months FROM requests WHERE reference = $1",
        )
        .bind(reference)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound)?;
        let id: String = row.try_get(0)?;
        let status: String = row.try_get(1)?;
        let received_at: String = row.try_get(2)?;
        let extended: i64 = row.try_get(3)?;
        let fail = |m: &str| StoreError::State(m.to_string());
        if !Status::parse(&status).is_some_and(Status::is_open) {
            return Err(fail("a closed request cannot be extended"));
        }
        if extended > 0 {
            return Err(fail("the deadline was already extended once"));
        }
        let received: Date = received_at
            .get(..10)
            .unwrap_or_default()
            .parse()
            .map_err(|_| StoreError::Corrupt(received_at.clone()))?;
        let due = deadline::extend(received, months, date_of(at))?;
        let at_s = format_time(at);
        sqlx::query(
            "UPDATE requests SET due_by = $1, extended_months = $2, extension_reason = $3, \
             updated_at = $4 WHERE id = $5",
        )
        .bind(due.to_string())
        .bind(i64::from(months))
        .bind(reason)
        .bind(&at_s)
        .bind(&id)
        .execute(&mut *tx)
        .await?;
        let detail =
            serde_json::json!({"months": months, "due_by": due, "reason": reason, "by": "admin"});
        self.commit_change(tx, &head, &at_s, &id, "extended", &detail, reference)
            .await
    }

    /// Deletes the personal data (payload, email) of requests closed before `cutoff`, one
    /// audited transaction each. Returns how many were purged.
    pub async fn purge_closed_before(&self, cutoff: OffsetDateTime) -> Result<u64, StoreError> {
        let cutoff = format_time(cutoff);
        let ids: Vec<String> = sqlx::query(
            "SELECT id FROM requests WHERE closed_at IS NOT NULL AND closed_at < $1 \
             AND purged_at IS NULL",
        )
        .bind(&cutoff)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<Result<_, _>>()?;
        for id in &ids {
            let (mut tx, head) = self.begin_write().await?;
            let at = format_time(now());
            sqlx::query(
                "UPDATE requests SET payload = NULL, email = NULL, verify_token_hash = NULL, \
                 purged_at = $1, updated_at = $1 WHERE id = $2",
            )
            .bind(&at)
            .bind(id)
            .execute(&mut *tx)
            .await?;
            let detail = serde_json::json!({"reason": "retention period over"});
            Self::append(
                &mut tx,
                &head,
                head.next_ref,
                &at,
                Some(id),
                "purged",
                &detail,
            )
            .await?;
            tx.commit().await?;
        }
        Ok(ids.len() as u64)
    }

    /// Recomputes the whole audit chain.
    pub async fn verify_audit(&self) -> Result<AuditReport, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let head = sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1")
            .fetch_one(&mut *conn)
            .await?;
        let head_seq: i64 = head.try_get(0)?;
        let head_hash: String = head.try_get(1)?;
        let mut checker = audit::ChainChecker::new();
        let mut last = 0i64;
        // Pages by seq keep memory flat on large logs.
        loop {
            let rows = sqlx::query(
                "SELECT seq, at, request_id, action, detail, prev_hash, hash FROM audit_log \
                 WHERE seq > $1 ORDER BY seq LIMIT 10000",
            )
            .bind(last)
            .fetch_all(&mut *conn)
            .await?;
            if rows.is_empty() {
                break;
            }
            for row in &rows {
                let entry = audit::entry(row)?;
                last = entry.seq;
                if let Some(broken) = checker.check(&entry) {
                    return Ok(broken);
                }
            }
        }
        Ok(checker.finish(head_seq, &head_hash))
    }

    /// Inserts `count` synthetic requests in bulk, with one audit entry for the batch
    /// (benchmarks only).
    pub async fn seed(&self, count: u64) -> Result<(), StoreError> {
        const BATCH: u64 = 2000;
        let mut conn = self.pool.acquire().await?;
        if self.backend == Backend::Sqlite {
            // Bulk load: a big page cache for the random-order index inserts, and no fsync per
            // batch (a crash during seeding only loses synthetic rows).
            (&mut *conn)
                .execute("PRAGMA cache_size = -1048576; PRAGMA synchronous = OFF;")
                .await?;
        }
        let start = now();
        let mut done = 0u64;
        while done < count {
            let n = BATCH.min(count - done);
            let mut tx = conn.begin().await?;
            let head = sqlx::query("SELECT next_ref FROM audit_head WHERE id = 1")
                .fetch_one(&mut *tx)
                .await?;
            let next_ref: i64 = head.try_get(0)?;
            // Literal values, no placeholders: SQLite resolves `$N` parameters by name, which
            // is quadratic in their number. The values are generated here (hex, digits, fixed
            // text); quotes are doubled anyway.
            let lit = |v: &str| format!("'{}'", v.replace('\'', "''"));
            let mut sql = String::with_capacity(n as usize * 400);
            sql.push_str(
                "INSERT INTO requests (id, reference, body_hash, payload, kinds, email, lang, \
                 status, received_at, due_by, original_due_by, extended_months, status_token, \
                 updated_at) VALUES ",
            );
            for i in 0..n as i64 {
                let r = next_ref + i;
                // Spread receipt over the last 400 days so listings have varied due dates.
                let received =
                    start - time::Duration::days(r % 400) - time::Duration::seconds(r % 86_400);
                let at = format_time(received);
                let due = deadline::due_date(date_of(received)).to_string();
                let status = Status::ALL[(r % 5) as usize].as_str();
                if i > 0 {
                    sql.push_str(", ");
                }
                sql.push_str(&format!(
                    "({}, {}, {}, {}, 'access', {}, 'en', {}, {}, {}, {}, 0, {}, {})",
                    lit(&format!("00000000-0000-4000-8000-{r:012x}")),
                    lit(&format!("GB-{r:07}")),
                    lit(&sha256_hex(&r.to_le_bytes())),
                    lit(r#"{"schema":"glassbox.request/v1","seed":true}"#),
                    lit(&format!("seed{r}@example.invalid")),
                    lit(status),
                    lit(&at),
                    lit(&due),
                    lit(&due),
                    lit(&sha256_hex(format!("seed-status-{r}").as_bytes())),
                    lit(&at),
                ));
            }
            (&mut *tx).execute(sql.as_str()).await?;
            sqlx::query("UPDATE audit_head SET next_ref = $1 WHERE id = 1")
                .bind(next_ref + n as i64)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            done += n;
        }
        if self.backend == Backend::Sqlite {
            (&mut *conn)
                .execute("PRAGMA synchronous = FULL; PRAGMA cache_size = -65536;")
                .await?;
        }
        drop(conn);
        let (mut tx, head) = self.begin_write().await?;
        let detail = serde_json::json!({"seeded": count});
        Self::append(
            &mut tx,
            &head,
            head.next_ref,
            &format_time(now()),
            None,
            "seeded",
            &detail,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

async fn existing_in(
    conn: &mut sqlx::AnyConnection,
    id: &str,
    body_hash: &str,
) -> Result<Option<Receipt>, StoreError> {
    let Some(row) = sqlx::query(
        "SELECT body_hash, reference, received_at, due_by, status_token FROM requests WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let stored: String = row.try_get(0)?;
    if stored != body_hash {
        return Err(StoreError::IdConflict);
    }
    let due: String = row.try_get(3)?;
    Ok(Some(Receipt {
        reference: row.try_get(1)?,
        received_at: row.try_get(2)?,
        due_by: due.parse().map_err(|_| StoreError::Corrupt(due.clone()))?,
        status_token: row.try_get(4)?,
    }))
}

fn record(row: &AnyRow, today: Date) -> Result<Record, StoreError> {
    let date = |col: &str| -> Result<Date, StoreError> {
        let s: String = row.try_get(col)?;
        s.parse().map_err(|_| StoreError::Corrupt(s.clone()))
    };
    let status_s: String = row.try_get("status")?;
    let status = Status::parse(&status_s).ok_or_else(|| StoreError::Corrupt(status_s.clone()))?;
    let due_by = date("due_by")?;
    let kinds: String = row.try_get("kinds")?;
    let payload: Option<String> = row.try_get("payload")?;
    Ok(Record {
        reference: row.try_get("reference")?,
        id: row.try_get("id")?,
        status,
        kinds: kinds.split(',').map(str::to_string).collect(),
        received_at: row.try_get("received_at")?,
        due_by,
        original_due_by: date("original_due_by")?,
        extended_months: row.try_get("extended_months")?,
        extension_reason: row.try_get("extension_reason")?,
        refusal_reason: row.try_get("refusal_reason")?,
        verified_at: row.try_get("verified_at")?,
        closed_at: row.try_get("closed_at")?,
        overdue: status.is_open() && deadline::is_overdue(due_by, today),
        lang: row.try_get("lang")?,
        email: row.try_get("email")?,
        payload: payload.and_then(|p| serde_json::from_str(&p).ok()),
        purged_at: row.try_get("purged_at")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transitions() {
        use Status::*;
        assert!(Received.can_become(Verified));
        assert!(Verified.can_become(InProgress));
        assert!(InProgress.can_become(Completed));
        assert!(Received.can_become(Refused));
        assert!(!Received.can_become(Completed));
        assert!(!Completed.can_become(Refused));
        assert!(!Refused.can_become(InProgress));
        assert!(!InProgress.can_become(Received));
    }

    #[test]
    fn time_format_sorts() {
        let t = OffsetDateTime::from_unix_timestamp(1_795_000_000).unwrap();
        assert_eq!(format_time(t), "2026-11-18T11:06:40.000000Z");
        assert_eq!(date_of(t).to_string(), "2026-11-18");
    }
}
