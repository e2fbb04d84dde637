//! The audit log: every change of a request, hash-chained so that tampering shows.
//!
//! Entry `n` stores `hash = SHA-256(prev_hash, seq, at, request_id, action, detail, actor)` where
//! `prev_hash` is entry `n-1`'s hash (64 zeros for the first). Editing, deleting or reordering
//! an entry breaks every hash after it; the `audit_head` row holds the last hash, so cutting
//! the tail off shows too. `glassbox-receiver verify-audit` runs [`crate::store::Store::verify_audit`].
//! Entries hold no personal data: references, statuses, dates, reasons and a hash of the payload.

use crate::store::StoreError;
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::any::AnyRow;
use sqlx::Row;

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One audit log entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct AuditEntry {
    /// Position in the chain, from 1, without gaps.
    pub seq: i64,
    /// When (UTC).
    pub at: String,
    /// The request concerned (its id), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// What happened: `received`, `status`, `extended`, `purged`, `seeded`.
    pub action: String,
    /// Details as JSON text (from/to status, reasons, due dates).
    pub detail: String,
    /// Hash of the previous entry.
    pub prev_hash: String,
    /// This entry's hash.
    pub hash: String,
    /// Who acted: `staff:<email>`, `token:<name>`, `bootstrap-token`, `requester`, `system`
    /// (`legacy` for entries written before actors were recorded).
    pub actor: String,
}

/// The hash of an entry given its predecessor's hash. Fields are length-prefixed so no two
/// different entries hash the same input.
pub fn chain_hash(
    prev_hash: &str,
    seq: i64,
    at: &str,
    request_id: Option<&str>,
    action: &str,
    detail: &str,
    actor: &str,
) -> String {
    let mut h = Sha256::new();
    let seq = seq.to_string();
    for part in [
        prev_hash,
        &seq,
        at,
        request_id.unwrap_or(""),
        action,
        detail,
        actor,
    ] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

/// Reads an entry from a row of `seq, at, request_id, action, detail, prev_hash, hash, actor`.
pub fn entry(row: &AnyRow) -> Result<AuditEntry, StoreError> {
    Ok(AuditEntry {
        seq: row.try_get(0)?,
        at: row.try_get(1)?,
        request_id: row.try_get(2)?,
        action: row.try_get(3)?,
        detail: row.try_get(4)?,
        prev_hash: row.try_get(5)?,
        hash: row.try_get(6)?,
        actor: row.try_get(7)?,
    })
}

/// The outcome of checking the chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum AuditReport {
    /// Every entry checks out.
    Intact {
        /// Number of entries.
        entries: i64,
    },
    /// The first entry that does not.
    Broken {
        /// Its sequence number (or the expected one, when entries are missing).
        seq: i64,
        /// What is wrong.
        reason: String,
    },
}

/// Walks entries in order and finds the first broken one.
#[derive(Debug)]
pub struct ChainChecker {
    expected_seq: i64,
    prev_hash: String,
}

impl Default for ChainChecker {
    fn default() -> Self {
        Self::new()
    }
}

impl ChainChecker {
    /// A checker expecting entry 1.
    pub fn new() -> ChainChecker {
        ChainChecker {
            expected_seq: 1,
            prev_hash: GENESIS.to_string(),
        }
    }

    /// Checks the next entry; `Some` names the break.
    pub fn check(&mut self, e: &AuditEntry) -> Option<AuditReport> {
        let broken = |reason: &str| {
            Some(AuditReport::Broken {
                seq: e.seq,
                reason: reason.to_string(),
            })
        };
        if e.seq != self.expected_seq {
            return Some(AuditReport::Broken {
                seq: self.expected_seq,
                reason: format!("entry missing (next stored entry is {})", e.seq),
            });
        }
        if e.prev_hash != self.prev_hash {
            return broken("prev_hash does not match the previous entry's hash");
        }
        let want = chain_hash(
            &e.prev_hash,
            e.seq,
            &e.at,
            e.request_id.as_deref(),
            &e.action,
            &e.detail,
            &e.actor,
        );
        if want != e.hash {
            return broken("content does not match its hash (entry altered)");
        }
        self.expected_seq += 1;
        self.prev_hash = e.hash.clone();
        None
    }

    /// Final check against the head row after the last entry.
    pub fn finish(self, head_seq: i64, head_hash: &str) -> AuditReport {
        let entries = self.expected_seq - 1;
        if head_seq != entries || head_hash != self.prev_hash {
            return AuditReport::Broken {
                seq: entries + 1,
                reason: format!(
                    "log ends at entry {entries} but the head records entry {head_seq} \
                     (entries removed from the end, or head altered)"
                ),
            };
        }
        AuditReport::Intact { entries }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<AuditEntry> {
        let mut prev = GENESIS.to_string();
        (1..=n)
            .map(|seq| {
                let at = format!("2026-01-01T00:00:{seq:02}.000000Z");
                let hash = chain_hash(&prev, seq, &at, Some("r"), "status", "{}", "system");
                let e = AuditEntry {
                    seq,
                    at,
                    request_id: Some("r".into()),
                    action: "status".into(),
                    detail: "{}".into(),
                    prev_hash: prev.clone(),
                    hash: hash.clone(),
                    actor: "system".into(),
                };
                prev = hash;
                e
            })
            .collect()
    }

    fn run(entries: &[AuditEntry], head_seq: i64, head_hash: &str) -> AuditReport {
        let mut c = ChainChecker::new();
        for e in entries {
            if let Some(b) = c.check(e) {
                return b;
            }
        }
        c.finish(head_seq, head_hash)
    }

    #[test]
    fn intact_and_broken_chains() {
        let ok = chain(5);
        let last = ok[4].hash.clone();
        assert_eq!(run(&ok, 5, &last), AuditReport::Intact { entries: 5 });
        let mut altered = ok.clone();
        altered[2].detail = r#"{"x":1}"#.into();
        assert!(matches!(
            run(&altered, 5, &last),
            AuditReport::Broken { seq: 3, .. }
        ));
        let mut other_actor = ok.clone();
        other_actor[1].actor = "staff:someone@example.org".into();
        assert!(matches!(
            run(&other_actor, 5, &last),
            AuditReport::Broken { seq: 2, .. }
        ));
        let mut gap = ok.clone();
        gap.remove(1);
        assert!(matches!(
            run(&gap, 5, &last),
            AuditReport::Broken { seq: 2, .. }
        ));
        let cut = &ok[..4];
        assert!(matches!(
            run(cut, 5, &last),
            AuditReport::Broken { seq: 5, .. }
        ));
    }
}
