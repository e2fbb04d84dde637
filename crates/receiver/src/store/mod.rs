//! Storage: requests, the keyed audit chain and durable jobs, on SQLite or PostgreSQL.
//! SQL only: [`requests`] (the requests table), [`jobs`] (the jobs table); this module owns the
//! connection, the audit chain and the write transaction every change goes through.
//!
//! One code path for both databases through sqlx's `Any` driver and one set of portable
//! migrations (`migrations/`). Every change of a request happens in one transaction together
//! with its audit entry. Each write transaction first updates the single `audit_head` row, which
//! serialises writers on both databases, so the chain has no forks and reference numbers no gaps
//! that a committed request could see.

pub mod audit;
pub mod jobs;
pub mod requests;
pub mod results;
pub mod staff;
pub mod team;

pub use jobs::{Job, JobState, JobView};
pub use requests::{ListFilter, PendingVerification, Receipt, Record, Submitted};
pub use team::{Attempt, Change, Delivery, Metrics, Note, Task, TaskFilter, Team};

use crate::audit::{self as audit_log, AuditKey};
use crate::config::Zone;
use glassbox_core::deadline::{self, Date, DeadlineError};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{Any, AnyPool, Connection, Executor, Row, Transaction};
use std::str::FromStr;
use std::sync::Arc;
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
    /// An access or portability request cannot be completed without its result.
    #[error("attach the result first (a file, or no_data): access and portability are answered with one")]
    ResultRequired,
    /// The verification link has expired.
    #[error("verification link expired")]
    Expired,
    /// A deadline rule was broken.
    #[error(transparent)]
    Deadline(#[from] DeadlineError),
    /// Stored data is not in the expected shape.
    #[error("corrupt row: {0}")]
    Corrupt(String),
    /// No audit key: nothing can be written to or checked in the audit chain.
    #[error("no audit key: set GLASSBOX_AUDIT_KEY or GLASSBOX_AUDIT_KEY_FILE")]
    NoKey,
    /// Too many confirmation mails to this address today, or in total (the mail caps).
    #[error("too many confirmation mails were sent to this address or in total today; try again tomorrow")]
    MailCap,
}

/// Which database is behind the pool.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// An SQLite file.
    Sqlite,
    /// A PostgreSQL server.
    Postgres,
}

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

/// Parses a stored time (see [`format_time`]).
pub fn parse_time(s: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).ok()
}

/// A stored `YYYY-MM-DD` date.
pub fn date_from_text(s: &str) -> Result<Date, StoreError> {
    s.parse().map_err(|_| StoreError::Corrupt(s.to_string()))
}

/// SHA-256 of bytes, hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// How many verification mails may be sent in 24 hours: to one address, and in total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MailCaps {
    /// To one address (`GLASSBOX_MAILS_PER_ADDRESS`).
    pub per_address: i64,
    /// In total (`GLASSBOX_MAILS_PER_DAY`).
    pub per_day: i64,
}

impl Default for MailCaps {
    fn default() -> MailCaps {
        MailCaps {
            per_address: 3,
            per_day: 500,
        }
    }
}

/// The database, migrated.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    zone: Zone,
    team: Team,
    key: Option<Arc<AuditKey>>,
    caps: MailCaps,
}

/// The audit head taken by a write transaction.
pub(crate) struct Head {
    seq: i64,
    hash: String,
    next_ref: i64,
    key: Arc<AuditKey>,
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
        Ok(Store {
            pool,
            backend,
            zone: Zone::default(),
            team: Team::default(),
            key: None,
            caps: MailCaps::default(),
        })
    }

    /// The same store, writing and checking the audit chain with `key`.
    pub fn with_key(mut self, key: AuditKey) -> Store {
        self.key = Some(Arc::new(key));
        self
    }

    /// The same store, capping verification mails at `caps`.
    pub fn with_mail_caps(mut self, caps: MailCaps) -> Store {
        self.caps = caps;
        self
    }

    /// The audit key, or [`StoreError::NoKey`].
    pub fn key(&self) -> Result<&AuditKey, StoreError> {
        self.key.as_deref().ok_or(StoreError::NoKey)
    }

    /// The status token of the request `id` (derived from the audit key; never stored).
    pub fn status_token(&self, id: &str) -> Result<String, StoreError> {
        Ok(self.key()?.status_token(id))
    }

    /// The same store, taking calendar days (receipt, today) in `zone`.
    pub fn in_zone(mut self, zone: Zone) -> Store {
        self.zone = zone;
        self
    }

    /// The time zone of calendar days.
    pub fn zone(&self) -> &Zone {
        &self.zone
    }

    /// Today in the controller's time zone.
    pub fn today(&self) -> Date {
        self.zone.date_of(now())
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
    pub(crate) async fn begin_write(
        &self,
    ) -> Result<(Transaction<'static, Any>, Head), StoreError> {
        let key = self.key.clone().ok_or(StoreError::NoKey)?;
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
            key,
        };
        Ok((tx, head))
    }

    /// Appends the audit entry of a change to the request `id` by `actor`, enqueues the requester's mail
    /// about it when `mail` is given (its extra payload fields), commits, and returns the
    /// request (by `reference`) as it now is. The change, its entry and its mail commit together
    /// or not at all.
    #[allow(clippy::too_many_arguments)]
    pub(crate) async fn commit_change(
        &self,
        mut tx: Transaction<'static, Any>,
        head: &Head,
        at: &str,
        id: &str,
        action: &str,
        detail: &serde_json::Value,
        reference: &str,
        mail: Option<serde_json::Value>,
        actor: &str,
    ) -> Result<Record, StoreError> {
        Self::append(
            &mut tx,
            head,
            head.next_ref,
            at,
            Some(id),
            action,
            detail,
            actor,
        )
        .await?;
        if let Some(extra) = mail {
            jobs::enqueue_mail(&mut tx, id, head.seq, extra, at).await?;
        }
        if let Some(change) = Change::of(action, detail) {
            self.follow_up(&mut tx, id, change, at).await?;
        }
        tx.commit().await?;
        self.get(reference).await
    }

    /// The last step of an audited change: appends its audit entry (the head's next reference
    /// unchanged) and commits `tx`.
    pub(crate) async fn commit_audited(
        mut tx: Transaction<'static, Any>,
        head: &Head,
        at: &str,
        request_id: Option<&str>,
        action: &str,
        detail: &serde_json::Value,
        actor: &str,
    ) -> Result<(), StoreError> {
        Self::append(
            &mut tx,
            head,
            head.next_ref,
            at,
            request_id,
            action,
            detail,
            actor,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) async fn append(
        tx: &mut Transaction<'static, Any>,
        head: &Head,
        next_ref: i64,
        at: &str,
        request_id: Option<&str>,
        action: &str,
        detail: &serde_json::Value,
        actor: &str,
    ) -> Result<(), StoreError> {
        let detail = detail.to_string();
        let hash = head
            .key
            .mac(&head.hash, head.seq, at, request_id, action, &detail, actor);
        sqlx::query(
            "INSERT INTO audit_log (seq, at, request_id, action, detail, prev_hash, hash, actor) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(head.seq)
        .bind(at)
        .bind(request_id.map(str::to_string))
        .bind(action)
        .bind(&detail)
        .bind(&head.hash)
        .bind(&hash)
        .bind(actor)
        .execute(&mut **tx)
        .await?;
        sqlx::query("UPDATE audit_head SET hash = $1, next_ref = $2 WHERE id = 1")
            .bind(&hash)
            .bind(next_ref)
            .execute(&mut **tx)
            .await?;
        Ok(())
    }

    /// Audit entries after `after_seq`, oldest first, at most `limit`.
    pub async fn audit_entries(
        &self,
        after_seq: i64,
        limit: i64,
    ) -> Result<Vec<audit_log::AuditEntry>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {} FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2",
            audit_log::ENTRY_COLUMNS
        ))
        .bind(after_seq)
        .bind(limit.clamp(1, 100_000))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(audit_log::entry).collect()
    }

    /// Inserts `count` synthetic requests in bulk, with one audit entry for the batch
    /// (benchmarks only).
    pub async fn seed(&self, count: u64) -> Result<(), StoreError> {
        const BATCH: u64 = 2000;
        let key = self.key()?.clone();
        let first_ref =
            sqlx::query_scalar::<_, i64>("SELECT next_ref FROM audit_head WHERE id = 1")
                .fetch_one(&self.pool)
                .await?;
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
                 status_token_hash, updated_at, closed_at) VALUES ",
            );
            for i in 0..n as i64 {
                let r = next_ref + i;
                // Spread receipt over the last 400 days so listings have varied due dates.
                let received =
                    start - time::Duration::days(r % 400) - time::Duration::seconds(r % 86_400);
                let at = format_time(received);
                let due = deadline::due_date(self.zone.date_of(received)).to_string();
                let status = crate::requests::Status::ALL[(r % 5) as usize];
                // Closed requests took 0–44 days (some past their due date).
                let closed = if status.is_open() {
                    "NULL".to_string()
                } else {
                    format!("'{}'", format_time(received + time::Duration::days(r % 45)))
                };
                let status = status.as_str();
                let id = format!("00000000-0000-4000-8000-{r:012x}");
                let token_hash = sha256_hex(key.status_token(&id).as_bytes());
                if i > 0 {
                    sql.push_str(", ");
                }
                sql.push_str(&format!(
                    "({}, {}, {}, {}, 'access', {}, 'en', {}, {}, {}, {}, 0, {}, {}, {}, {closed})",
                    lit(&id),
                    lit(&format!("GB-{r:07}")),
                    lit(&sha256_hex(&r.to_le_bytes())),
                    lit(r#"{"schema":"glassbox.request/v1","seed":true}"#),
                    lit(&format!("seed{r}@example.invalid")),
                    lit(status),
                    lit(&at),
                    lit(&due),
                    lit(&due),
                    lit(&token_hash),
                    lit(&token_hash),
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
        let (tx, head) = self.begin_write().await?;
        // The range lets verify-audit tell these rows (without entries of their own) from rows
        // inserted behind the receiver's back.
        let detail = serde_json::json!({
            "seeded": count, "first_ref": first_ref, "last_ref": first_ref + count as i64 - 1,
        });
        Self::commit_audited(
            tx,
            &head,
            &format_time(now()),
            None,
            "seeded",
            &detail,
            "system",
        )
        .await?;
        if self.backend == Backend::Postgres {
            // As autovacuum would after a bulk load: statistics, and the visibility map that
            // lets counts read the open requests' index alone.
            sqlx::query("VACUUM ANALYZE requests")
                .execute(&self.pool)
                .await?;
        }
        // The metrics' counters are computed again from the rows now stored.
        self.invalidate_metrics().await?;
        self.ensure_metrics().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_format_sorts() {
        let t = OffsetDateTime::from_unix_timestamp(1_795_000_000).unwrap();
        assert_eq!(format_time(t), "2026-11-18T11:06:40.000000Z");
        assert_eq!(parse_time(&format_time(t)), Some(t));
    }
}
