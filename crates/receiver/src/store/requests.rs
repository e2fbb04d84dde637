//! SQL of the `requests` table: storing, reading, listing and changing requests. Each change is
//! one transaction through [`Store::begin_write`] with its audit entry (built here, from the
//! change) and, when the requester is to be told, its mail job.

use super::{date_from_text, format_time, jobs, sha256_hex, Store, StoreError};
use crate::audit::{self, AuditEntry};
use crate::requests::Status;
use glassbox_core::deadline::{self, Date};
use glassbox_core::request::Request;
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};
use time::OffsetDateTime;

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
    /// The staff member handling it (an email; admin views only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
    /// When an admin deleted the request (a tombstone: no personal data left).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<String>,
    /// The admin's reason for the deletion.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deletion_reason: Option<String>,
}

impl Record {
    /// The record without personal data, for the requester's status page.
    pub fn public(mut self) -> Record {
        self.email = None;
        self.payload = None;
        self.assignee = None;
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
    /// Token of the status URL (derived from the audit key; only its hash is stored).
    pub status_token: String,
    /// Mails are on but no confirmation mail was sent (a mail cap was reached): the requester
    /// asks for one later from the status page.
    pub confirmation_withheld: bool,
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
    /// Only requests assigned to this email (`Some("")`: only unassigned ones).
    pub assignee: Option<String>,
    /// At most this many (default 100).
    pub limit: Option<i64>,
    /// Skip this many.
    pub offset: Option<i64>,
}

/// A new download link for a request's result file: the token (mailed, never stored), its
/// SHA-256 and its expiry.
#[derive(Clone, Debug)]
pub struct ResultLink {
    /// The token in the link.
    pub token: String,
    /// Its SHA-256, hex (stored).
    pub token_hash: String,
    /// When it stops working (stored time format).
    pub expires_at: String,
}

/// How [`Store::renew_verification`] finds the request.
#[derive(Clone, Copy, Debug)]
pub enum RenewBy<'a> {
    /// By its reference (an admin's action).
    Reference(&'a str),
    /// By the SHA-256 (hex) of the token of its current, possibly expired, link (the requester).
    TokenHash(&'a str),
    /// By the SHA-256 (hex) of its status token (the requester, from the status page).
    StatusHash(&'a str),
}

/// A fresh verification token's hash and expiry, stored with a new request.
#[derive(Clone, Debug)]
pub struct PendingVerification {
    /// SHA-256 (hex) of the token in the mailed link.
    pub token_hash: String,
    /// When the link stops working (UTC, fixed format).
    pub expires_at: String,
}

pub(crate) const RECORD_COLUMNS: &str =
    "id, reference, status, kinds, received_at, due_by, original_due_by, \
     extended_months, extension_reason, refusal_reason, verified_at, closed_at, lang, email, \
     payload, purged_at, assignee, deleted_at, deletion_reason";

impl Store {
    /// Stores a validated request, idempotently on its id: the same body again returns the
    /// original receipt ([`Submitted::Replayed`]); another body under the same id is
    /// [`StoreError::IdConflict`]. Committed before returning.
    ///
    /// With `mail` (the extra fields of the mail job, such as the verification token), the
    /// acknowledgement mail is enqueued in the same transaction.
    ///
    /// The status token is derived from the audit key ([`Store::status_token`]); only its
    /// SHA-256 is stored. The confirmation mail counts against the mail caps (per address and
    /// in total, over 24 hours); over a cap the request is stored all the same, without a mail
    /// ([`Receipt::confirmation_withheld`], audited in the `received` entry).
    pub async fn submit(
        &self,
        request: &Request,
        received: OffsetDateTime,
        verification: Option<PendingVerification>,
        mail: Option<serde_json::Value>,
    ) -> Result<Submitted, StoreError> {
        let id = request.canonical_id();
        let status_token = self.status_token(&id)?;
        let status_hash = sha256_hex(status_token.as_bytes());
        let payload =
            serde_json::to_string(request).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let body_hash = sha256_hex(payload.as_bytes());
        if let Some(found) = self.existing(&id, &body_hash).await? {
            return Ok(Submitted::Replayed(found));
        }
        let (mut tx, head) = self.begin_write().await?;
        let at = format_time(received);
        let due = deadline::due_date(self.zone.date_of(received));
        let reference = format!("GB-{:07}", head.next_ref);
        let kinds = request
            .kinds
            .iter()
            .map(|k| k.as_str())
            .collect::<Vec<_>>()
            .join(",");
        let mut withheld = None;
        if mail.is_some() {
            let address = head.key.address_hash(&request.requester.email);
            withheld = take_mail_slot(&mut tx, self.caps, &address, received).await?;
        }
        let (mail, verification) = if withheld.is_some() {
            (None, None)
        } else {
            (mail, verification)
        };
        let (vhash, vexp) = match verification {
            Some(v) => (Some(v.token_hash), Some(v.expires_at)),
            None => (None, None),
        };
        let inserted = sqlx::query(
            "INSERT INTO requests (id, reference, body_hash, payload, kinds, email, lang, status, \
             received_at, due_by, original_due_by, extended_months, status_token, \
             status_token_hash, verify_token_hash, verify_expires_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'received', $8, $9, $9, 0, $10, $10, $11, $12, $8) \
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
        .bind(&status_hash)
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
        let mut detail = serde_json::json!({
            "reference": reference, "kinds": request.kinds, "due_by": due,
            "body_sha256": body_hash,
        });
        if let Some(cap) = withheld {
            detail["confirmation_mail"] = "withheld".into();
            detail["cap"] = cap.into();
        }
        Self::append(
            &mut tx,
            &head,
            head.next_ref + 1,
            &at,
            Some(&id),
            "received",
            &detail,
            "requester",
        )
        .await?;
        if let Some(extra) = mail {
            jobs::enqueue_mail(&mut tx, &id, head.seq, extra, &at).await?;
        }
        self.follow_up(&mut tx, &id, super::Change::Received, &at)
            .await?;
        tx.commit().await?;
        Ok(Submitted::Created(Receipt {
            reference,
            received_at: at,
            due_by: due,
            status_token,
            confirmation_withheld: withheld.is_some(),
        }))
    }

    async fn existing(&self, id: &str, body_hash: &str) -> Result<Option<Receipt>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        existing_in(&mut conn, self.key()?, id, body_hash).await
    }

    /// The request with this reference.
    pub async fn get(&self, reference: &str) -> Result<Record, StoreError> {
        self.one_where("reference", reference).await
    }

    /// The request with this id.
    pub async fn get_by_id(&self, id: &str) -> Result<Record, StoreError> {
        self.one_where("id", id).await
    }

    /// The request whose current verification link's token hashes to `hash`.
    pub async fn by_verify_hash(&self, hash: &str) -> Result<Record, StoreError> {
        self.one_where("verify_token_hash", hash).await
    }

    /// The request whose status URL carries `token` (found by its SHA-256: the token of the
    /// mails, or the one first given to a request stored before tokens were derived).
    pub async fn by_status_token(&self, token: &str) -> Result<Record, StoreError> {
        let hash = sha256_hex(token.as_bytes());
        let row = sqlx::query(&format!(
            "SELECT {RECORD_COLUMNS} FROM requests WHERE status_token_hash = $1 \
             OR (status_token = $1 AND deleted_at IS NULL)"
        ))
        .bind(&hash)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        record(&row, self.today())
    }

    /// Whether the request `id` still waits for its email to be confirmed without a current
    /// confirmation link (its mail was withheld by a cap): the status page offers one.
    pub async fn lacks_confirmation_link(&self, id: &str) -> Result<bool, StoreError> {
        let row = sqlx::query(
            "SELECT status, verify_token_hash FROM requests WHERE id = $1 AND deleted_at IS NULL",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound)?;
        let status: String = row.try_get(0)?;
        let link: Option<String> = row.try_get(1)?;
        Ok(status == Status::Received.as_str() && link.is_none())
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
        record(&row, self.today())
    }

    /// The audit entries of one request, oldest first.
    pub async fn history(&self, request_id: &str) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {} FROM audit_log \
             WHERE request_id = $1 ORDER BY seq",
            crate::audit::ENTRY_COLUMNS
        ))
        .bind(request_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(audit::entry).collect()
    }

    /// Requests by due date (then time of receipt), filtered.
    pub async fn list(&self, filter: &ListFilter) -> Result<Vec<Record>, StoreError> {
        let today = self.today();
        // Placeholders are numbered by hand: the Any driver passes SQL through unchanged.
        // Deleted requests (tombstones) are not in the queue or the register.
        let mut sql = format!("SELECT {RECORD_COLUMNS} FROM requests WHERE deleted_at IS NULL");
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
        match filter.assignee.as_deref() {
            Some("") => sql.push_str(" AND assignee IS NULL"),
            Some(a) => {
                sql.push_str(" AND assignee = ");
                bind(&mut sql, a.to_string());
            }
            None => {}
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

    /// Marks the request whose verification token hashes to `token_hash` as verified; the
    /// token works once. Using it again changes nothing and returns the record with `false`
    /// (already confirmed). With `mail`, the requester's "verified" message is enqueued with
    /// the change.
    pub async fn verify_email(
        &self,
        token_hash: &str,
        at: OffsetDateTime,
        mail: Option<serde_json::Value>,
    ) -> Result<(Record, bool), StoreError> {
        let (mut tx, head) = self.begin_write().await?;
        let row = sqlx::query(
            "SELECT id, reference, status, verify_expires_at, due_by FROM requests \
             WHERE verify_token_hash = $1 AND deleted_at IS NULL",
        )
        .bind(token_hash)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound)?;
        let id: String = row.try_get(0)?;
        let reference: String = row.try_get(1)?;
        let status: String = row.try_get(2)?;
        let expires: Option<String> = row.try_get(3)?;
        let due_by: String = row.try_get(4)?;
        let at_s = format_time(at);
        if status != "received" {
            tx.rollback().await?;
            return Ok((self.get(&reference).await?, false));
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
        let detail = serde_json::json!({
            "from": "received", "to": "verified", "by": "email-link", "due_by": due_by,
        });
        let record = self
            .commit_change(
                tx,
                &head,
                &at_s,
                &id,
                "status",
                &detail,
                &reference,
                mail,
                "requester",
            )
            .await?;
        Ok((record, true))
    }

    /// Replaces the verification link of a request still `received`, found by its reference or
    /// by the hash of its (expired) link's token: same request, same reference, same due date.
    /// Audited as `verification_renewed`; the new link is mailed through a job (`mail` carries
    /// the new token) enqueued in the same transaction.
    pub async fn renew_verification(
        &self,
        by: RenewBy<'_>,
        verification: PendingVerification,
        at: OffsetDateTime,
        mail: serde_json::Value,
        actor: &str,
    ) -> Result<Record, StoreError> {
        let (mut tx, head) = self.begin_write().await?;
        let (column, value, who) = match by {
            RenewBy::Reference(r) => ("reference", r, "admin"),
            RenewBy::TokenHash(h) => ("verify_token_hash", h, "requester"),
            RenewBy::StatusHash(h) => ("status_token_hash", h, "requester"),
        };
        let row = sqlx::query(&format!(
            "SELECT id, reference, status, email FROM requests WHERE {column} = $1 \
             AND deleted_at IS NULL"
        ))
        .bind(value)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound)?;
        let id: String = row.try_get(0)?;
        let reference: String = row.try_get(1)?;
        let status: String = row.try_get(2)?;
        let email: Option<String> = row.try_get(3)?;
        if status != Status::Received.as_str() {
            tx.rollback().await?;
            return Err(StoreError::State(
                "only a request still received can be re-verified".into(),
            ));
        }
        // Every confirmation mail counts against the caps; only an admin's resend may exceed
        // them (it is counted all the same).
        let address = head.key.address_hash(email.as_deref().unwrap_or_default());
        let over = take_mail_slot(&mut tx, self.caps, &address, at).await?;
        if over.is_some() && !matches!(by, RenewBy::Reference(_)) {
            tx.rollback().await?;
            return Err(StoreError::MailCap);
        }
        if over.is_some() {
            record_mail_slot(&mut tx, &address, at).await?;
        }
        let at_s = format_time(at);
        sqlx::query(
            "UPDATE requests SET verify_token_hash = $1, verify_expires_at = $2, updated_at = $3 \
             WHERE id = $4",
        )
        .bind(verification.token_hash)
        .bind(verification.expires_at)
        .bind(&at_s)
        .bind(&id)
        .execute(&mut *tx)
        .await?;
        let detail = serde_json::json!({"by": who});
        self.commit_change(
            tx,
            &head,
            &at_s,
            &id,
            "verification_renewed",
            &detail,
            &reference,
            Some(mail),
            actor,
        )
        .await
    }

    /// Moves a request to `to` (a staff action by `actor`). A refusal needs a reason.
    #[allow(clippy::too_many_arguments)]
    pub async fn transition(
        &self,
        reference: &str,
        to: Status,
        reason: Option<&str>,
        at: OffsetDateTime,
        mail: Option<serde_json::Value>,
        result_link: Option<ResultLink>,
        actor: &str,
    ) -> Result<Record, StoreError> {
        let reason = reason.map(str::trim).filter(|r| !r.is_empty());
        if to == Status::Refused && reason.is_none() {
            return Err(StoreError::State("a refusal needs a reason".into()));
        }
        let (mut tx, head) = self.begin_write().await?;
        let row =
            sqlx::query("SELECT id, status, due_by, kinds FROM requests WHERE reference = $1 AND deleted_at IS NULL")
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
        let mut mail = mail;
        let mut result_kind = None;
        let mut systems = Vec::new();
        if to == Status::Completed {
            // Access and portability are answered with a result (a file, or "no data held").
            let kinds: String = row.try_get(3)?;
            let needs_result = kinds
                .split(',')
                .any(|k| k == "access" || k == "portability");
            let result = sqlx::query("SELECT no_data, file FROM results WHERE request_id = $1")
                .bind(&id)
                .fetch_optional(&mut *tx)
                .await?;
            let (no_data, file): (i64, Option<String>) = match &result {
                Some(r) => (r.try_get(0)?, r.try_get(1)?),
                None => (0, None),
            };
            if needs_result && result.is_none() {
                tx.rollback().await?;
                return Err(StoreError::ResultRequired);
            }
            match Self::systems_done(&mut tx, &id).await {
                Ok(s) => systems = s,
                Err(e) => {
                    tx.rollback().await?;
                    return Err(e);
                }
            }
            match (&result, file, result_link) {
                (Some(_), Some(_), Some(link)) => {
                    sqlx::query(
                        "UPDATE results SET token_hash = $1, expires_at = $2 WHERE request_id = $3",
                    )
                    .bind(&link.token_hash)
                    .bind(&link.expires_at)
                    .bind(&id)
                    .execute(&mut *tx)
                    .await?;
                    result_kind = Some("file");
                    if let Some(m) = mail.as_mut() {
                        m["result_token"] = link.token.into();
                        m["result_expires_at"] = link.expires_at.into();
                    }
                }
                (Some(_), _, _) if no_data != 0 => result_kind = Some("no_data"),
                _ => {}
            }
        }
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
        let due_by: String = row.try_get(2)?;
        let mut detail =
            serde_json::json!({"from": from.as_str(), "to": to.as_str(), "by": "admin"});
        if to == Status::Verified {
            detail["due_by"] = due_by.into();
        }
        if let Some(r) = reason {
            detail["reason"] = r.into();
        }
        if let Some(k) = result_kind {
            detail["result"] = k.into();
        }
        if !systems.is_empty() {
            detail["systems"] = systems
                .iter()
                .map(|(s, o)| serde_json::json!({"system": s, "outcome": o}))
                .collect();
        }
        // A change to in_progress is shown on the status page but not mailed.
        let mail = mail.filter(|_| to != Status::InProgress);
        self.commit_change(
            tx, &head, &at_s, &id, "status", &detail, reference, mail, actor,
        )
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
        mail: Option<serde_json::Value>,
        actor: &str,
    ) -> Result<Record, StoreError> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(StoreError::State("an extension needs a reason".into()));
        }
        let (mut tx, head) = self.begin_write().await?;
        let row = sqlx::query(
            "SELECT id, status, original_due_by, extended_months FROM requests WHERE reference = $1 AND deleted_at IS NULL",
        )
        .bind(reference)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound)?;
        let id: String = row.try_get(0)?;
        let status: String = row.try_get(1)?;
        let original_due: String = row.try_get(2)?;
        let extended: i64 = row.try_get(3)?;
        let fail = |m: &str| StoreError::State(m.to_string());
        if !Status::parse(&status).is_some_and(Status::is_open) {
            return Err(fail("a closed request cannot be extended"));
        }
        if extended > 0 {
            return Err(fail("the deadline was already extended once"));
        }
        let original_due = date_from_text(&original_due)?;
        let due = deadline::extend(original_due, months, self.zone.date_of(at))?;
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
        self.commit_change(
            tx, &head, &at_s, &id, "extended", &detail, reference, mail, actor,
        )
        .await
    }

    /// Deletes the personal data (payload, email) of requests closed before `cutoff`, one
    /// audited transaction each. Returns how many were purged.
    pub async fn purge_closed_before(&self, cutoff: OffsetDateTime) -> Result<u64, StoreError> {
        let cutoff = format_time(cutoff);
        let now = super::now;
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
            Self::commit_audited(tx, &head, &at, Some(id), "purged", &detail, "system").await?;
        }
        Ok(ids.len() as u64)
    }
}

/// What deleting a request left to do outside the database.
#[derive(Clone, Debug, Default)]
pub struct Deleted {
    /// Result files to delete from the results folder (after the commit).
    pub files: Vec<String>,
}

impl Store {
    /// Deletes the requests never verified that were received before `cutoff` (rows, results,
    /// jobs), one audited transaction each (`unverified_deleted`, with the reference and no
    /// personal data). Returns the references and the result files to delete.
    pub async fn purge_unverified(
        &self,
        cutoff: OffsetDateTime,
        days: u32,
        at: OffsetDateTime,
    ) -> Result<(Vec<String>, Deleted), StoreError> {
        let ids: Vec<String> = sqlx::query(
            "SELECT id FROM requests WHERE status = 'received' AND received_at < $1 \
             AND deleted_at IS NULL",
        )
        .bind(format_time(cutoff))
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<Result<_, _>>()?;
        let mut refs = Vec::new();
        let mut gone = Deleted::default();
        for id in ids {
            let (mut tx, head) = self.begin_write().await?;
            // Still unverified now that we hold the head?
            let row = sqlx::query(
                "SELECT reference, due_by FROM requests WHERE id = $1 AND status = 'received' \
                 AND received_at < $2 AND deleted_at IS NULL",
            )
            .bind(&id)
            .bind(format_time(cutoff))
            .fetch_optional(&mut *tx)
            .await?;
            let Some(row) = row else {
                tx.rollback().await?;
                continue;
            };
            let reference: String = row.try_get(0)?;
            let due_by: String = row.try_get(1)?;
            Self::forget_open(&mut tx, "received", &due_by).await?;
            gone.files.extend(erase_related(&mut tx, &id).await?);
            sqlx::query("DELETE FROM requests WHERE id = $1")
                .bind(&id)
                .execute(&mut *tx)
                .await?;
            let at_s = format_time(at);
            let detail = serde_json::json!({
                "reference": reference, "reason": "never verified", "after_days": days,
            });
            Self::commit_audited(
                tx,
                &head,
                &at_s,
                Some(&id),
                "unverified_deleted",
                &detail,
                "system",
            )
            .await?;
            refs.push(reference);
        }
        Ok((refs, gone))
    }

    /// An admin's deletion of the request `reference`: its personal data (payload, email,
    /// tokens, result) removed, the row kept as a tombstone with the time and reason, and the
    /// audit entries kept; audited as `deleted` with the reason.
    pub async fn delete_request(
        &self,
        reference: &str,
        reason: &str,
        at: OffsetDateTime,
        actor: &str,
    ) -> Result<Deleted, StoreError> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(StoreError::State("a deletion needs a reason".into()));
        }
        let (mut tx, head) = self.begin_write().await?;
        let row =
            sqlx::query("SELECT id, deleted_at, status, due_by FROM requests WHERE reference = $1")
                .bind(reference)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or(StoreError::NotFound)?;
        let id: String = row.try_get(0)?;
        let deleted: Option<String> = row.try_get(1)?;
        if deleted.is_some() {
            tx.rollback().await?;
            return Err(StoreError::State("the request was already deleted".into()));
        }
        let (status, due_by): (String, String) = (row.try_get(2)?, row.try_get(3)?);
        Self::forget_open(&mut tx, &status, &due_by).await?;
        let files = erase_related(&mut tx, &id).await?;
        let at_s = format_time(at);
        // `status_token` is NOT NULL UNIQUE: a value no token hashes to.
        sqlx::query(
            "UPDATE requests SET payload = NULL, email = NULL, verify_token_hash = NULL, \
             verify_expires_at = NULL, status_token = $1, status_token_hash = NULL, \
             deleted_at = $2, deletion_reason = $3, updated_at = $2 WHERE id = $4",
        )
        .bind(format!("deleted:{id}"))
        .bind(&at_s)
        .bind(reason)
        .bind(&id)
        .execute(&mut *tx)
        .await?;
        let detail = serde_json::json!({"reason": reason, "by": "admin"});
        Self::commit_audited(tx, &head, &at_s, Some(&id), "deleted", &detail, actor).await?;
        Ok(Deleted { files })
    }

    /// Deletes the counts of confirmation mails older than a day (they no longer count).
    pub async fn forget_old_mail_counts(&self, at: OffsetDateTime) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM verification_mails WHERE sent_at < $1")
            .bind(format_time(at - time::Duration::hours(25)))
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }
}

/// Deletes a request's result row, jobs, tasks and notes inside `tx`; returns its result file,
/// if any.
async fn erase_related(
    tx: &mut Transaction<'static, Any>,
    id: &str,
) -> Result<Vec<String>, StoreError> {
    let file: Option<String> = sqlx::query("SELECT file FROM results WHERE request_id = $1")
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?
        .map(|r| r.try_get(0))
        .transpose()?
        .flatten();
    sqlx::query("DELETE FROM results WHERE request_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM jobs WHERE request_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    // Its tasks: no worker is to act on a request that is gone (the audit log keeps the story).
    // Its internal notes: free text about the requester (the audit log keeps only their hash).
    for table in ["tasks", "notes"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE request_id = $1"))
            .bind(id)
            .execute(&mut **tx)
            .await?;
    }
    Ok(file.into_iter().collect())
}

async fn existing_in(
    conn: &mut sqlx::AnyConnection,
    key: &crate::audit::AuditKey,
    id: &str,
    body_hash: &str,
) -> Result<Option<Receipt>, StoreError> {
    let Some(row) = sqlx::query(
        "SELECT body_hash, reference, received_at, due_by, status, verify_token_hash, \
         deleted_at FROM requests WHERE id = $1",
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
    let status: String = row.try_get(4)?;
    let link: Option<String> = row.try_get(5)?;
    let deleted: Option<String> = row.try_get(6)?;
    if deleted.is_some() {
        // Deleted by an admin: the same id cannot be stored again.
        return Err(StoreError::IdConflict);
    }
    Ok(Some(Receipt {
        reference: row.try_get(1)?,
        received_at: row.try_get(2)?,
        due_by: date_from_text(&due)?,
        status_token: key.status_token(id),
        confirmation_withheld: status == Status::Received.as_str() && link.is_none(),
    }))
}

/// Counts one confirmation mail to `address` (an HMAC of it) against the caps, inside a write
/// transaction (writers are serialised, so several receivers on one database share the count).
/// Returns the cap reached (`per_address`, `per_day`) without counting, or `None` once counted.
async fn take_mail_slot(
    tx: &mut Transaction<'static, Any>,
    caps: super::MailCaps,
    address: &str,
    at: OffsetDateTime,
) -> Result<Option<&'static str>, StoreError> {
    let since = format_time(at - time::Duration::hours(24));
    let to_address: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM verification_mails WHERE address_hash = $1 AND sent_at > $2",
    )
    .bind(address)
    .bind(&since)
    .fetch_one(&mut **tx)
    .await?;
    if to_address >= caps.per_address {
        return Ok(Some("per_address"));
    }
    let total: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM verification_mails WHERE sent_at > $1")
            .bind(&since)
            .fetch_one(&mut **tx)
            .await?;
    if total >= caps.per_day {
        return Ok(Some("per_day"));
    }
    record_mail_slot(tx, address, at).await?;
    Ok(None)
}

async fn record_mail_slot(
    tx: &mut Transaction<'static, Any>,
    address: &str,
    at: OffsetDateTime,
) -> Result<(), StoreError> {
    let mut b = [0u8; 16];
    getrandom::fill(&mut b).map_err(|e| StoreError::Corrupt(format!("random source: {e}")))?;
    sqlx::query("INSERT INTO verification_mails (id, address_hash, sent_at) VALUES ($1, $2, $3)")
        .bind(hex::encode(b))
        .bind(address)
        .bind(format_time(at))
        .execute(&mut **tx)
        .await?;
    Ok(())
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
        assignee: row.try_get("assignee")?,
        deleted_at: row.try_get("deleted_at")?,
        deletion_reason: row.try_get("deletion_reason")?,
    })
}
