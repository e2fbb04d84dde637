//! SQL of the `results` table: the answer attached to a request (a stored file, or "no data
//! held") and the hashed token of its download link.

use super::{format_time, Store, StoreError};
use sqlx::Row;
use time::OffsetDateTime;

/// What was attached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewResult {
    /// The controller holds no data (no file).
    pub no_data: bool,
    /// `application/json`, `text/csv` or `application/zip`.
    pub content_type: Option<String>,
    /// Bytes.
    pub size: i64,
    /// SHA-256 of the file, hex.
    pub sha256: Option<String>,
    /// The file's name in the results folder.
    pub file: Option<String>,
}

/// A stored result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredResult {
    /// The request's id.
    pub request_id: String,
    /// The request's reference.
    pub reference: String,
    /// No data held.
    pub no_data: bool,
    /// Its type.
    pub content_type: Option<String>,
    /// Bytes.
    pub size: i64,
    /// The file's name in the results folder (`None` for no data).
    pub file: Option<String>,
    /// When the current link stops working.
    pub expires_at: Option<String>,
    /// When the file was deleted (expired, or retention).
    pub deleted_at: Option<String>,
}

const COLUMNS: &str = "x.request_id, r.reference, x.no_data, x.content_type, x.size, x.file, \
     x.expires_at, x.deleted_at";

fn stored(row: &sqlx::any::AnyRow) -> Result<StoredResult, StoreError> {
    let no_data: i64 = row.try_get(2)?;
    Ok(StoredResult {
        request_id: row.try_get(0)?,
        reference: row.try_get(1)?,
        no_data: no_data != 0,
        content_type: row.try_get(3)?,
        size: row.try_get(4)?,
        file: row.try_get(5)?,
        expires_at: row.try_get(6)?,
        deleted_at: row.try_get(7)?,
    })
}

impl Store {
    /// Attaches (or replaces) the result of the open request `reference`, audited as
    /// `result_attached` (type, size and hash; no content). Returns the replaced file's name,
    /// for the caller to delete once committed.
    pub async fn attach_result(
        &self,
        reference: &str,
        result: &NewResult,
        at: OffsetDateTime,
        actor: &str,
    ) -> Result<Option<String>, StoreError> {
        let (mut tx, head) = self.begin_write().await?;
        let row = sqlx::query(
            "SELECT id, status FROM requests WHERE reference = $1 AND deleted_at IS NULL",
        )
        .bind(reference)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound)?;
        let id: String = row.try_get(0)?;
        let status: String = row.try_get(1)?;
        if !crate::requests::Status::parse(&status).is_some_and(|s| s.is_open()) {
            return Err(StoreError::State(
                "the request is closed: no result can be attached".into(),
            ));
        }
        let old: Option<String> = sqlx::query("SELECT file FROM results WHERE request_id = $1")
            .bind(&id)
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| r.try_get(0))
            .transpose()?
            .flatten();
        let at_s = format_time(at);
        sqlx::query("DELETE FROM results WHERE request_id = $1")
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO results (request_id, no_data, content_type, size, sha256, file, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&id)
        .bind(i64::from(result.no_data))
        .bind(result.content_type.clone())
        .bind(result.size)
        .bind(result.sha256.clone())
        .bind(result.file.clone())
        .bind(&at_s)
        .execute(&mut *tx)
        .await?;
        let detail = serde_json::json!({
            "no_data": result.no_data, "content_type": result.content_type,
            "size": result.size, "sha256": result.sha256, "by": "admin",
        });
        Self::commit_audited(
            tx,
            &head,
            &at_s,
            Some(&id),
            "result_attached",
            &detail,
            actor,
        )
        .await?;
        Ok(old)
    }

    /// The result of the request `request_id`, if any.
    pub async fn result_of(&self, request_id: &str) -> Result<Option<StoredResult>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM results x JOIN requests r ON r.id = x.request_id \
             WHERE x.request_id = $1"
        );
        let row = sqlx::query(&sql)
            .bind(request_id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(stored).transpose()
    }

    /// The result whose download token hashes to `hash`.
    pub async fn result_by_token(&self, hash: &str) -> Result<StoredResult, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM results x JOIN requests r ON r.id = x.request_id \
             WHERE x.token_hash = $1"
        );
        let row = sqlx::query(&sql)
            .bind(hash)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound)?;
        stored(&row)
    }

    /// Records that the result file of `request_id` was deleted.
    pub async fn result_deleted(
        &self,
        request_id: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE results SET deleted_at = $1, file = NULL WHERE request_id = $2 \
             AND deleted_at IS NULL",
        )
        .bind(format_time(at))
        .bind(request_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Results whose file is still there although their link expired before `at`, or their
    /// request's personal data was deleted under the retention rule.
    pub async fn stale_results(&self, at: OffsetDateTime) -> Result<Vec<StoredResult>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM results x JOIN requests r ON r.id = x.request_id \
             WHERE x.file IS NOT NULL AND ((x.expires_at IS NOT NULL AND x.expires_at < $1) \
             OR r.purged_at IS NOT NULL)"
        );
        let rows = sqlx::query(&sql)
            .bind(format_time(at))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(stored).collect()
    }

    /// Audits one download of the result of `request_id` (`result_downloaded`).
    pub async fn audit_download(
        &self,
        request_id: &str,
        at: OffsetDateTime,
    ) -> Result<(), StoreError> {
        let (tx, head) = self.begin_write().await?;
        Self::commit_audited(
            tx,
            &head,
            &format_time(at),
            Some(request_id),
            "result_downloaded",
            &serde_json::json!({}),
            "requester",
        )
        .await?;
        Ok(())
    }

    /// Gives the completed request `reference`'s result file a new download link (the token's
    /// hash, valid until `expires_at`), audited as `result_link`, with the requester's mail
    /// enqueued (`mail` carries the token).
    pub async fn renew_result_link(
        &self,
        reference: &str,
        token_hash: &str,
        expires_at: &str,
        at: OffsetDateTime,
        mail: Option<serde_json::Value>,
        actor: &str,
    ) -> Result<crate::store::Record, StoreError> {
        let (mut tx, head) = self.begin_write().await?;
        let row = sqlx::query(
            "SELECT r.id, x.file FROM requests r LEFT JOIN results x ON x.request_id = r.id \
             WHERE r.reference = $1 AND r.deleted_at IS NULL",
        )
        .bind(reference)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound)?;
        let id: String = row.try_get(0)?;
        let file: Option<String> = row.try_get(1)?;
        if file.is_none() {
            return Err(StoreError::State(
                "no result file to link to (none attached, or deleted after expiry: attach it again)"
                    .into(),
            ));
        }
        sqlx::query("UPDATE results SET token_hash = $1, expires_at = $2 WHERE request_id = $3")
            .bind(token_hash)
            .bind(expires_at)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        let at_s = format_time(at);
        let detail = serde_json::json!({"expires_at": expires_at, "by": "admin"});
        self.commit_change(
            tx,
            &head,
            &at_s,
            &id,
            "result_link",
            &detail,
            reference,
            mail,
            actor,
        )
        .await
    }
}
