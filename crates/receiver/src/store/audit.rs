//! SQL of the audit log's checks: the MAC chain walked in order, every request row reconciled
//! with what its entries say, an anchored head, and the upgrade of a log written before the
//! audit key (plain SHA-256) to the keyed chain.

use super::{format_time, now, sha256_hex, Store, StoreError};
use crate::audit::{self, AnchoredHead, AuditEntry, AuditReport, Mismatch};
use sqlx::any::AnyRow;
use sqlx::Row;
use std::collections::HashMap;

/// At most this many mismatches are reported.
const MAX_MISMATCHES: usize = 1000;
/// Requests reconciled per query.
const PAGE: i64 = 500;

/// What [`Store::upgrade_audit`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Upgrade {
    /// The log is empty or already keyed: nothing to do (`tokens` legacy status tokens hashed).
    Nothing {
        /// Clear-text status tokens replaced by their hash.
        tokens: u64,
    },
    /// A `chain_keyed` entry was appended after the old (unkeyed) head.
    Keyed {
        /// The old head the new entry commits to.
        previous: AnchoredHead,
        /// Clear-text status tokens replaced by their hash.
        tokens: u64,
    },
}

/// What the log says a request row should hold, replayed from its entries.
#[derive(Debug, Default)]
struct Expected {
    reference: Option<String>,
    kinds: Option<String>,
    body_hash: Option<String>,
    status: Option<String>,
    received_at: Option<String>,
    due_by: Option<String>,
    original_due_by: Option<String>,
    extended_months: i64,
    extension_reason: Option<String>,
    refusal_reason: Option<String>,
    verified_at: Option<String>,
    closed_at: Option<String>,
    purged_at: Option<String>,
    deleted_at: Option<String>,
    deletion_reason: Option<String>,
    /// Deleted with its row (never verified).
    gone: bool,
}

fn detail_of(e: &AuditEntry) -> serde_json::Value {
    serde_json::from_str(&e.detail).unwrap_or_default()
}

fn text(d: &serde_json::Value, k: &str) -> Option<String> {
    match d.get(k) {
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

/// Replays one request's entries (in order) into the row they describe.
fn replay(entries: &[AuditEntry]) -> Expected {
    let mut x = Expected::default();
    for e in entries {
        let d = detail_of(e);
        match e.action.as_str() {
            "received" => {
                x.reference = text(&d, "reference");
                x.kinds = d.get("kinds").and_then(|k| k.as_array()).map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str())
                        .collect::<Vec<_>>()
                        .join(",")
                });
                x.body_hash = text(&d, "body_sha256");
                x.status = Some("received".into());
                x.received_at = Some(e.at.clone());
                x.due_by = text(&d, "due_by");
                x.original_due_by = x.due_by.clone();
            }
            "status" => {
                let to = text(&d, "to");
                let closed = matches!(to.as_deref(), Some("completed" | "refused"));
                if to.as_deref() == Some("verified") {
                    x.verified_at = Some(e.at.clone());
                }
                x.closed_at = closed.then(|| e.at.clone());
                x.refusal_reason = if to.as_deref() == Some("refused") {
                    text(&d, "reason")
                } else {
                    None
                };
                x.status = to;
            }
            "extended" => {
                x.due_by = text(&d, "due_by");
                x.extended_months = d.get("months").and_then(|m| m.as_i64()).unwrap_or(0);
                x.extension_reason = text(&d, "reason");
            }
            "purged" => x.purged_at = Some(e.at.clone()),
            "deleted" => {
                x.deleted_at = Some(e.at.clone());
                x.deletion_reason = text(&d, "reason");
            }
            "unverified_deleted" => x.gone = true,
            _ => {}
        }
    }
    x
}

const ROW_COLUMNS: &str = "id, reference, kinds, body_hash, status, received_at, due_by, \
     original_due_by, extended_months, extension_reason, refusal_reason, verified_at, closed_at, \
     purged_at, deleted_at, deletion_reason, payload, email";

/// Compares a row with what its entries say; pushes each differing field.
fn compare(row: &AnyRow, x: &Expected, out: &mut Vec<Mismatch>) -> Result<(), StoreError> {
    let reference: String = row.try_get("reference")?;
    let mut differ = |field: &str, row: Option<String>, log: Option<String>| {
        if row != log {
            let show = |v: Option<String>| v.unwrap_or_else(|| "(none)".into());
            out.push(Mismatch {
                reference: reference.clone(),
                field: field.to_string(),
                row: show(row),
                log: show(log),
            });
        }
    };
    let s = |c: &str| -> Result<Option<String>, StoreError> {
        Ok(row.try_get::<Option<String>, _>(c)?)
    };
    differ("reference", Some(reference.clone()), x.reference.clone());
    differ("kinds", s("kinds")?, x.kinds.clone());
    differ("body_hash", s("body_hash")?, x.body_hash.clone());
    differ("status", s("status")?, x.status.clone());
    differ("received_at", s("received_at")?, x.received_at.clone());
    differ("due_by", s("due_by")?, x.due_by.clone());
    differ(
        "original_due_by",
        s("original_due_by")?,
        x.original_due_by.clone(),
    );
    let months: i64 = row.try_get("extended_months")?;
    differ(
        "extended_months",
        Some(months.to_string()),
        Some(x.extended_months.to_string()),
    );
    differ(
        "extension_reason",
        s("extension_reason")?,
        x.extension_reason.clone(),
    );
    differ(
        "refusal_reason",
        s("refusal_reason")?,
        x.refusal_reason.clone(),
    );
    differ("verified_at", s("verified_at")?, x.verified_at.clone());
    differ("closed_at", s("closed_at")?, x.closed_at.clone());
    differ("purged_at", s("purged_at")?, x.purged_at.clone());
    differ("deleted_at", s("deleted_at")?, x.deleted_at.clone());
    differ(
        "deletion_reason",
        s("deletion_reason")?,
        x.deletion_reason.clone(),
    );
    let payload = s("payload")?;
    let erased = x.purged_at.is_some() || x.deleted_at.is_some();
    match &payload {
        Some(_) if erased => differ("payload", Some("kept".into()), Some("deleted".into())),
        Some(p) => differ(
            "payload",
            Some(format!("sha256 {}", sha256_hex(p.as_bytes()))),
            x.body_hash.as_ref().map(|h| format!("sha256 {h}")),
        ),
        None => {}
    }
    if erased && s("email")?.is_some() {
        differ("email", Some("kept".into()), Some("deleted".into()));
    }
    Ok(())
}

impl Store {
    /// The head of the chain as stored (sequence number and MAC of the last entry).
    pub async fn audit_head(&self) -> Result<AnchoredHead, StoreError> {
        let row = sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1")
            .fetch_one(&self.pool)
            .await?;
        Ok(AnchoredHead {
            seq: row.try_get(0)?,
            mac: row.try_get(1)?,
        })
    }

    /// Checks the whole log: the MAC chain, then that every request row matches its entries.
    pub async fn verify_audit(&self) -> Result<AuditReport, StoreError> {
        self.verify_audit_anchored(None).await
    }

    /// [`Store::verify_audit`], and that the entry of a head anchored earlier (`expect`) is
    /// still in the chain with the same MAC: a history rewritten before it (even with the key)
    /// or cut back behind it (with the head row reset) is reported.
    pub async fn verify_audit_anchored(
        &self,
        expect: Option<&AnchoredHead>,
    ) -> Result<AuditReport, StoreError> {
        let key = self.key()?;
        let mut conn = self.pool.acquire().await?;
        let head = sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1")
            .fetch_one(&mut *conn)
            .await?;
        let head_seq: i64 = head.try_get(0)?;
        let head_hash: String = head.try_get(1)?;
        let mut checker = audit::ChainChecker::new(key);
        let mut last = 0i64;
        let mut anchored: Option<String> = None;
        let mut seeded: Vec<(i64, i64)> = Vec::new();
        // Pages by seq keep memory flat on large logs.
        loop {
            let rows = sqlx::query(&format!(
                "SELECT {} FROM audit_log \
                 WHERE seq > $1 ORDER BY seq LIMIT 10000",
                crate::audit::ENTRY_COLUMNS
            ))
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
                if expect.is_some_and(|a| a.seq == entry.seq) {
                    anchored = Some(entry.hash.clone());
                }
                if entry.action == "seeded" {
                    let d = detail_of(&entry);
                    if let (Some(a), Some(b)) = (
                        d.get("first_ref").and_then(|v| v.as_i64()),
                        d.get("last_ref").and_then(|v| v.as_i64()),
                    ) {
                        seeded.push((a, b));
                    }
                }
            }
        }
        let report = checker.finish(head_seq, &head_hash, true);
        let AuditReport::Intact { entries } = report else {
            return Ok(report);
        };
        if let Some(a) = expect {
            match anchored {
                None => {
                    return Ok(AuditReport::Broken {
                        seq: a.seq,
                        reason: format!(
                            "the anchored head {} is not in the log, which ends at entry \
                             {entries}: entries were removed (or the database rolled back)",
                            a.seq
                        ),
                    })
                }
                Some(mac) if mac != a.mac => {
                    return Ok(AuditReport::Broken {
                        seq: a.seq,
                        reason: format!(
                            "entry {}'s MAC differs from the anchored head: the history up to \
                             it was rewritten",
                            a.seq
                        ),
                    })
                }
                Some(_) => {}
            }
        }
        drop(conn);
        let mismatches = self.reconcile(&seeded).await?;
        if mismatches.is_empty() {
            Ok(AuditReport::Intact { entries })
        } else {
            Ok(AuditReport::Mismatched {
                entries,
                mismatches,
            })
        }
    }

    /// Every request row against the replay of its entries; rows the log does not know of,
    /// and requests in the log whose row is gone without a deletion entry.
    async fn reconcile(&self, seeded: &[(i64, i64)]) -> Result<Vec<Mismatch>, StoreError> {
        let mut out = Vec::new();
        let mut after = String::new();
        loop {
            // Rows and their entries from one snapshot: a change committed meanwhile (row and
            // entry together) is either seen whole or not at all.
            let mut tx = self.pool.begin().await?;
            if self.backend == super::Backend::Postgres {
                sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    .execute(&mut *tx)
                    .await?;
            }
            let rows = sqlx::query(&format!(
                "SELECT {ROW_COLUMNS} FROM requests WHERE id > $1 ORDER BY id LIMIT {PAGE}"
            ))
            .bind(&after)
            .fetch_all(&mut *tx)
            .await?;
            let Some(last) = rows.last() else { break };
            after = last.try_get("id")?;
            let ids: Vec<String> = rows
                .iter()
                .map(|r| r.try_get("id"))
                .collect::<Result<_, _>>()?;
            let marks: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT {} FROM audit_log \
                 WHERE request_id IN ({}) ORDER BY seq",
                crate::audit::ENTRY_COLUMNS,
                marks.join(", ")
            );
            let mut q = sqlx::query(&sql);
            for id in &ids {
                q = q.bind(id);
            }
            let mut by_id: HashMap<String, Vec<AuditEntry>> = HashMap::new();
            let entry_rows = q.fetch_all(&mut *tx).await?;
            tx.commit().await?;
            for r in entry_rows {
                let e = audit::entry(&r)?;
                if let Some(id) = e.request_id.clone() {
                    by_id.entry(id).or_default().push(e);
                }
            }
            for (row, id) in rows.iter().zip(&ids) {
                match by_id.get(id) {
                    Some(entries) => {
                        let x = replay(entries);
                        if x.gone {
                            let reference: String = row.try_get("reference")?;
                            out.push(Mismatch {
                                reference,
                                field: "row".into(),
                                row: "present".into(),
                                log: "deleted (never verified)".into(),
                            });
                        } else {
                            compare(row, &x, &mut out)?;
                        }
                    }
                    None => {
                        let reference: String = row.try_get("reference")?;
                        let n = reference
                            .strip_prefix("GB-")
                            .and_then(|n| n.parse::<i64>().ok());
                        let was_seeded =
                            n.is_some_and(|n| seeded.iter().any(|(a, b)| (*a..=*b).contains(&n)));
                        if !was_seeded {
                            out.push(Mismatch {
                                reference,
                                field: "row".into(),
                                row: "present".into(),
                                log: "no entry (inserted outside the receiver)".into(),
                            });
                        }
                    }
                }
            }
            if out.len() >= MAX_MISMATCHES {
                out.truncate(MAX_MISMATCHES);
                return Ok(out);
            }
        }
        // Requests the log knows whose row is gone.
        let gone: Vec<String> = sqlx::query(
            "SELECT DISTINCT a.request_id FROM audit_log a WHERE a.request_id IS NOT NULL \
             AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.id = a.request_id)",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<Result<_, _>>()?;
        for id in gone {
            let x = replay(&self.history(&id).await?);
            if !x.gone && out.len() < MAX_MISMATCHES {
                out.push(Mismatch {
                    reference: x.reference.unwrap_or(id),
                    field: "row".into(),
                    row: "missing".into(),
                    log: format!(
                        "{} (no deletion entry)",
                        x.status.unwrap_or_else(|| "present".into())
                    ),
                });
            }
        }
        Ok(out)
    }

    /// Brings a database written before the audit key up to it: a log of plain SHA-256
    /// entries is verified, then a keyed `chain_keyed` entry naming its head is appended
    /// (from there every entry is keyed); clear-text status tokens are replaced by their hash.
    /// A broken old log stops the upgrade unless `accept_broken`, which records the break in
    /// the new entry. Safe to run again and from several receivers at once.
    pub async fn upgrade_audit(&self, accept_broken: bool) -> Result<Upgrade, StoreError> {
        let key = self.key()?.clone();
        let previous = if self.last_entry_unkeyed().await? {
            let mut checker = audit::ChainChecker::new(&key);
            let mut broken = None;
            let mut last = 0i64;
            'walk: loop {
                let rows = sqlx::query(&format!(
                    "SELECT {} FROM audit_log \
                     WHERE seq > $1 ORDER BY seq LIMIT 10000",
                    crate::audit::ENTRY_COLUMNS
                ))
                .bind(last)
                .fetch_all(&self.pool)
                .await?;
                if rows.is_empty() {
                    break;
                }
                for row in &rows {
                    let e = audit::entry(row)?;
                    last = e.seq;
                    if let Some(b) = checker.check(&e) {
                        broken = Some(b);
                        break 'walk;
                    }
                }
            }
            let head = self.audit_head().await?;
            let report = match broken {
                Some(b) => b,
                None => checker.finish(head.seq, &head.mac, false),
            };
            let broken_reason = match report {
                AuditReport::Broken { seq, reason } => {
                    if !accept_broken {
                        return Err(StoreError::State(format!(
                            "the audit log written before the key is broken at entry {seq}: \
                             {reason}. Nothing was changed. To key it anyway, recording the \
                             break, run `glassbox-receiver upgrade-audit --accept-broken`"
                        )));
                    }
                    Some(format!("entry {seq}: {reason}"))
                }
                _ => None,
            };
            let (mut tx, head) = self.begin_write().await?;
            // Another receiver may have upgraded meanwhile (we now hold the head).
            let last_row = sqlx::query(&format!(
                "SELECT {} FROM audit_log \
                 WHERE seq = $1",
                crate::audit::ENTRY_COLUMNS
            ))
            .bind(head.seq - 1)
            .fetch_optional(&mut *tx)
            .await?;
            let still_unkeyed = match &last_row {
                Some(r) => !key.signed(&audit::entry(r)?),
                None => false,
            };
            if !still_unkeyed {
                tx.rollback().await?;
                None
            } else {
                let previous = AnchoredHead {
                    seq: head.seq - 1,
                    mac: head.hash.clone(),
                };
                let mut detail = serde_json::json!({
                    "scheme": "hmac-sha256", "previous_seq": previous.seq,
                    "previous_hash": previous.mac,
                });
                if let Some(b) = broken_reason {
                    detail["previous_chain_broken"] = b.into();
                }
                let at = format_time(now());
                Self::commit_audited(tx, &head, &at, None, "chain_keyed", &detail, "system")
                    .await?;
                Some(previous)
            }
        } else {
            None
        };
        let tokens = self.hash_legacy_status_tokens().await?;
        Ok(match previous {
            Some(previous) => Upgrade::Keyed { previous, tokens },
            None => Upgrade::Nothing { tokens },
        })
    }

    /// True when the log's last entry is not keyed with this store's key; false for an empty
    /// log.
    async fn last_entry_unkeyed(&self) -> Result<bool, StoreError> {
        let key = self.key()?;
        let row = sqlx::query(&format!(
            "SELECT {} FROM audit_log \
             ORDER BY seq DESC LIMIT 1",
            crate::audit::ENTRY_COLUMNS
        ))
        .fetch_optional(&self.pool)
        .await?;
        Ok(match row {
            Some(r) => !key.signed(&audit::entry(&r)?),
            None => false,
        })
    }

    /// Replaces clear-text status tokens (rows written before this version) by their SHA-256,
    /// and gives each row the hash of its derived token (the one later mails carry). Returns
    /// how many rows changed.
    async fn hash_legacy_status_tokens(&self) -> Result<u64, StoreError> {
        let key = self.key()?.clone();
        let mut n = 0u64;
        loop {
            let rows = sqlx::query(
                "SELECT id, status_token FROM requests WHERE status_token_hash IS NULL \
                 AND deleted_at IS NULL LIMIT 500",
            )
            .fetch_all(&self.pool)
            .await?;
            if rows.is_empty() {
                return Ok(n);
            }
            let mut tx = self.pool.begin().await?;
            for r in &rows {
                let id: String = r.try_get(0)?;
                let clear: String = r.try_get(1)?;
                let done = sqlx::query(
                    "UPDATE requests SET status_token = $1, status_token_hash = $2 \
                     WHERE id = $3 AND status_token_hash IS NULL",
                )
                .bind(sha256_hex(clear.as_bytes()))
                .bind(sha256_hex(key.status_token(&id).as_bytes()))
                .bind(&id)
                .execute(&mut *tx)
                .await?;
                n += done.rows_affected();
            }
            tx.commit().await?;
        }
    }
}
