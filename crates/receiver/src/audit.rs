//! The audit log: every change of a request, chained with a keyed MAC so that tampering shows,
//! also by someone who can write to the database.
//!
//! Entry `n` stores `hash = HMAC-SHA256(K, prev_hash, seq, at, request_id, action, detail, actor)`
//! (fields length-prefixed) where `prev_hash` is entry `n-1`'s hash (64 zeros for the first) and
//! `K` is derived from the audit key ([`AuditKey`], `GLASSBOX_AUDIT_KEY` or
//! `GLASSBOX_AUDIT_KEY_FILE`, kept outside the database). Editing, deleting or reordering an entry
//! breaks every MAC after it, and without the key nobody can compute new ones; the `audit_head`
//! row holds the last MAC, so cutting the tail off shows too (unless the head is reset with it:
//! that is what an anchored head, `verify-audit --expect-head`, catches).
//!
//! Logs written before the key existed hold plain SHA-256 hashes ([`chain_hash`]). Upgrading
//! verifies them and appends a keyed `chain_keyed` entry naming the old head; from there every
//! entry must be keyed. `glassbox-receiver verify-audit` runs [`crate::store::Store::verify_audit`].
//! Unkeyed entries predate the actor column: their hash leaves it out and their actor must be
//! `legacy`.
//! Entries hold no personal data: references, statuses, dates, reasons and a hash of the payload.

use crate::store::StoreError;
use hmac::{Hmac, Mac};
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

/// The unkeyed (legacy) hash of an entry given its predecessor's hash, as logs written before the
/// audit key hold them. Fields are length-prefixed so no two different entries hash the same
/// input.
pub fn chain_hash(
    prev_hash: &str,
    seq: i64,
    at: &str,
    request_id: Option<&str>,
    action: &str,
    detail: &str,
) -> String {
    let mut h = Sha256::new();
    fields(prev_hash, seq, at, request_id, action, detail, None, |b| {
        h.update(b)
    });
    hex::encode(h.finalize())
}

/// The columns [`entry`] reads, in its order (every query of entries selects these).
pub const ENTRY_COLUMNS: &str = "seq, at, request_id, action, detail, prev_hash, hash, actor";

/// Reads an entry from a row of [`ENTRY_COLUMNS`].
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

/// Length-prefixed fields of an entry, the input of its hash or MAC.
// One parameter per column of the entry, in the chain's order.
#[allow(clippy::too_many_arguments)]
fn fields(
    prev_hash: &str,
    seq: i64,
    at: &str,
    request_id: Option<&str>,
    action: &str,
    detail: &str,
    actor: Option<&str>,
    mut update: impl FnMut(&[u8]),
) {
    let seq = seq.to_string();
    for part in [
        prev_hash,
        &seq,
        at,
        request_id.unwrap_or(""),
        action,
        detail,
    ]
    .into_iter()
    .chain(actor)
    {
        update(&(part.len() as u64).to_be_bytes());
        update(part.as_bytes());
    }
}

/// The environment variable holding the audit key.
pub const KEY_ENV: &str = "GLASSBOX_AUDIT_KEY";
/// The environment variable naming a file that holds the audit key.
pub const KEY_FILE_ENV: &str = "GLASSBOX_AUDIT_KEY_FILE";
/// Set to `1` to run with a fixed, publicly known key (development only: it proves nothing).
pub const DEV_KEY_ENV: &str = "GLASSBOX_INSECURE_DEV_AUDIT_KEY";
/// The shortest key accepted, in bytes.
pub const MIN_KEY_BYTES: usize = 32;

type HmacSha256 = Hmac<Sha256>;

/// The audit key: the secret outside the database from which the chain's MAC key, the status
/// tokens and the hashed addresses of the mail caps are derived (one subkey each, so no value
/// computed for one purpose is valid for another).
#[derive(Clone)]
pub struct AuditKey {
    chain: [u8; 32],
    status: [u8; 32],
    address: [u8; 32],
    insecure: bool,
}

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuditKey(…)")
    }
}

fn hmac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut m = <HmacSha256 as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    for p in parts {
        m.update(p);
    }
    m.finalize().into_bytes().into()
}

impl AuditKey {
    /// The key from its bytes (at least [`MIN_KEY_BYTES`]).
    pub fn from_bytes(bytes: &[u8]) -> Result<AuditKey, String> {
        if bytes.len() < MIN_KEY_BYTES {
            return Err(format!(
                "the audit key is {} bytes; at least {MIN_KEY_BYTES} random bytes are needed \
                 (for example `head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \\n'`)",
                bytes.len()
            ));
        }
        Ok(AuditKey {
            chain: hmac(bytes, &[b"glassbox audit chain v1"]),
            status: hmac(bytes, &[b"glassbox status token v1"]),
            address: hmac(bytes, &[b"glassbox mail address v1"]),
            insecure: false,
        })
    }

    /// Parses a key written as hex (at least 64 hex digits) or base64 (standard or URL-safe,
    /// at least 32 bytes once decoded); surrounding white space is ignored.
    pub fn parse(text: &str) -> Result<AuditKey, String> {
        use base64::Engine;
        let t = text.trim();
        let expected =
            "expected at least 32 random bytes written as hex (64 digits or more) or base64";
        if t.is_empty() {
            return Err(format!("the audit key is empty; {expected}"));
        }
        let bytes = if t.len() % 2 == 0 && t.bytes().all(|b| b.is_ascii_hexdigit()) {
            hex::decode(t).map_err(|_| format!("the audit key is not valid hex; {expected}"))?
        } else {
            let engines = [
                base64::engine::general_purpose::STANDARD,
                base64::engine::general_purpose::URL_SAFE,
                base64::engine::general_purpose::STANDARD_NO_PAD,
                base64::engine::general_purpose::URL_SAFE_NO_PAD,
            ];
            engines
                .iter()
                .find_map(|e| e.decode(t).ok())
                .ok_or_else(|| format!("the audit key is neither hex nor base64; {expected}"))?
        };
        AuditKey::from_bytes(&bytes)
    }

    /// A fixed, publicly known key for development (`GLASSBOX_INSECURE_DEV_AUDIT_KEY=1`): the
    /// chain it writes can be forged by anyone.
    pub fn insecure_dev() -> AuditKey {
        let mut k = AuditKey::from_bytes(b"glassbox insecure development audit key, never use")
            .expect("long enough");
        k.insecure = true;
        k
    }

    /// True for [`AuditKey::insecure_dev`].
    pub fn is_insecure(&self) -> bool {
        self.insecure
    }

    /// The key from the environment: `GLASSBOX_AUDIT_KEY`, else the file named by
    /// `GLASSBOX_AUDIT_KEY_FILE`, else the development key when `GLASSBOX_INSECURE_DEV_AUDIT_KEY`
    /// is `1`; `Ok(None)` when none is set. A malformed or short key is an error saying why.
    pub fn from_env() -> Result<Option<AuditKey>, String> {
        let var = |n: &str| std::env::var(n).ok().filter(|v| !v.trim().is_empty());
        if let Some(v) = var(KEY_ENV) {
            if var(KEY_FILE_ENV).is_some() {
                return Err(format!("set {KEY_ENV} or {KEY_FILE_ENV}, not both"));
            }
            return AuditKey::parse(&v)
                .map(Some)
                .map_err(|e| format!("{KEY_ENV}: {e}"));
        }
        if let Some(path) = var(KEY_FILE_ENV) {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("{KEY_FILE_ENV}: cannot read {path}: {e}"))?;
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                if let Ok(meta) = std::fs::metadata(&path) {
                    if meta.permissions().mode() & 0o077 != 0 {
                        tracing::warn!(file = %path,
                            "{KEY_FILE_ENV}: the key file is readable by other users; chmod 600 it");
                    }
                }
            }
            return AuditKey::parse(&text)
                .map(Some)
                .map_err(|e| format!("{KEY_FILE_ENV} ({path}): {e}"));
        }
        if var(DEV_KEY_ENV).is_some_and(|v| v.trim() == "1") {
            return Ok(Some(AuditKey::insecure_dev()));
        }
        Ok(None)
    }

    /// The MAC of an entry given its predecessor's MAC, hex.
    #[allow(clippy::too_many_arguments)]
    pub fn mac(
        &self,
        prev_hash: &str,
        seq: i64,
        at: &str,
        request_id: Option<&str>,
        action: &str,
        detail: &str,
        actor: &str,
    ) -> String {
        let mut m = <HmacSha256 as Mac>::new_from_slice(&self.chain).expect("any key length");
        fields(
            prev_hash,
            seq,
            at,
            request_id,
            action,
            detail,
            Some(actor),
            |b| m.update(b),
        );
        hex::encode(m.finalize().into_bytes())
    }

    /// Whether `e` was written with this key: its hash is this key's MAC of its fields.
    pub fn signed(&self, e: &AuditEntry) -> bool {
        self.mac(
            &e.prev_hash,
            e.seq,
            &e.at,
            e.request_id.as_deref(),
            &e.action,
            &e.detail,
            &e.actor,
        ) == e.hash
    }

    /// The status token of a request (64 hex digits): derived from the key and the request id,
    /// so it is never stored, yet every mail can carry the status link. Only its SHA-256 is kept.
    pub fn status_token(&self, request_id: &str) -> String {
        hex::encode(hmac(&self.status, &[request_id.as_bytes()]))
    }

    /// The pseudonym of an email address in the mail caps' table (case and spaces ignored).
    pub fn address_hash(&self, email: &str) -> String {
        hex::encode(hmac(
            &self.address,
            &[email.trim().to_lowercase().as_bytes()],
        ))
    }
}

/// An anchored head: the sequence number and MAC of an entry kept outside the database
/// (`verify-audit --head` prints it, `--expect-head SEQ:MAC` checks it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct AnchoredHead {
    /// The entry's sequence number.
    pub seq: i64,
    /// Its MAC, hex.
    pub mac: String,
}

impl AnchoredHead {
    /// Parses `SEQ:MAC`.
    pub fn parse(s: &str) -> Result<AnchoredHead, String> {
        let (seq, mac) = s
            .trim()
            .split_once(':')
            .ok_or_else(|| "expected SEQ:MAC as printed by `verify-audit --head`".to_string())?;
        let seq: i64 = seq
            .parse()
            .map_err(|_| format!("{seq:?} is not a sequence number; expected SEQ:MAC"))?;
        let mac = mac.trim().to_ascii_lowercase();
        if mac.len() != 64 || !mac.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err("the MAC must be 64 hex digits; expected SEQ:MAC".into());
        }
        Ok(AnchoredHead { seq, mac })
    }
}

impl std::fmt::Display for AnchoredHead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.seq, self.mac)
    }
}

/// A request row that does not say what its log entries say.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Mismatch {
    /// The request's reference (its id when the row is gone).
    pub reference: String,
    /// The column (`status`, `due_by`, …) or `row`.
    pub field: String,
    /// What the row holds.
    pub row: String,
    /// What the log says.
    pub log: String,
}

/// The outcome of checking the chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum AuditReport {
    /// Every entry checks out, and every request row matches its entries.
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
    /// The chain is intact but request rows were changed outside the receiver.
    Mismatched {
        /// Number of entries.
        entries: i64,
        /// Each differing field (at most 1,000).
        mismatches: Vec<Mismatch>,
    },
}

/// Walks entries in order and finds the first broken one.
#[derive(Debug)]
pub struct ChainChecker<'k> {
    key: &'k AuditKey,
    expected_seq: i64,
    prev_hash: String,
    keyed: bool,
}

impl<'k> ChainChecker<'k> {
    /// A checker expecting entry 1, verifying MACs with `key`.
    pub fn new(key: &'k AuditKey) -> ChainChecker<'k> {
        ChainChecker {
            key,
            expected_seq: 1,
            prev_hash: GENESIS.to_string(),
            keyed: false,
        }
    }

    /// Whether a keyed entry has been seen (from there on every entry must be keyed).
    pub fn keyed(&self) -> bool {
        self.keyed
    }

    /// The last entry checked: its sequence number and hash.
    pub fn last(&self) -> AnchoredHead {
        AnchoredHead {
            seq: self.expected_seq - 1,
            mac: self.prev_hash.clone(),
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
        let args = (
            e.prev_hash.as_str(),
            e.seq,
            e.at.as_str(),
            e.request_id.as_deref(),
            e.action.as_str(),
            e.detail.as_str(),
            e.actor.as_str(),
        );
        if self.key.signed(e) {
            if !self.keyed && e.seq > 1 && e.action != "chain_keyed" {
                return broken(
                    "the first keyed entry after unkeyed ones is not the upgrade's chain_keyed entry",
                );
            }
            self.keyed = true;
        } else if chain_hash(args.0, args.1, args.2, args.3, args.4, args.5) == e.hash {
            if e.actor != "legacy" {
                return broken(
                    "entry not keyed but naming an actor: entries written before the audit key \
                     predate actors (entry forged or altered)",
                );
            }
            if self.keyed {
                return broken(
                    "entry not keyed: its hash is a plain SHA-256, as someone without the audit \
                     key would write it (entry forged or altered)",
                );
            }
        } else {
            return broken("content does not match its MAC (entry altered, or another audit key)");
        }
        self.expected_seq += 1;
        self.prev_hash = e.hash.clone();
        None
    }

    /// Final check against the head row after the last entry. With `require_keyed`, a log
    /// whose entries are all unkeyed is broken (never upgraded, or rewritten without the key).
    pub fn finish(self, head_seq: i64, head_hash: &str, require_keyed: bool) -> AuditReport {
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
        if require_keyed && entries > 0 && !self.keyed {
            return AuditReport::Broken {
                seq: entries,
                reason: "no entry is keyed with this audit key: the log predates the key (run \
                         `glassbox-receiver upgrade-audit`) or was rewritten without it"
                    .into(),
            };
        }
        AuditReport::Intact { entries }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> AuditKey {
        AuditKey::parse(&"ab".repeat(32)).unwrap()
    }

    fn chain(n: i64, key: Option<&AuditKey>) -> Vec<AuditEntry> {
        let mut prev = GENESIS.to_string();
        (1..=n)
            .map(|seq| {
                let at = format!("2026-01-01T00:00:{seq:02}.000000Z");
                let hash = match key {
                    Some(k) => k.mac(&prev, seq, &at, Some("r"), "status", "{}", "system"),
                    None => chain_hash(&prev, seq, &at, Some("r"), "status", "{}"),
                };
                let e = AuditEntry {
                    seq,
                    at,
                    request_id: Some("r".into()),
                    action: "status".into(),
                    detail: "{}".into(),
                    prev_hash: prev.clone(),
                    hash: hash.clone(),
                    actor: if key.is_some() { "system" } else { "legacy" }.into(),
                };
                prev = hash;
                e
            })
            .collect()
    }

    fn run(key: &AuditKey, entries: &[AuditEntry], head_seq: i64, head_hash: &str) -> AuditReport {
        let mut c = ChainChecker::new(key);
        for e in entries {
            if let Some(b) = c.check(e) {
                return b;
            }
        }
        c.finish(head_seq, head_hash, true)
    }

    #[test]
    fn intact_and_broken_chains() {
        let k = key();
        let ok = chain(5, Some(&k));
        let last = ok[4].hash.clone();
        assert_eq!(run(&k, &ok, 5, &last), AuditReport::Intact { entries: 5 });
        let mut altered = ok.clone();
        altered[2].detail = r#"{"x":1}"#.into();
        assert!(matches!(
            run(&k, &altered, 5, &last),
            AuditReport::Broken { seq: 3, .. }
        ));
        let mut other_actor = ok.clone();
        other_actor[1].actor = "staff:someone@example.org".into();
        assert!(matches!(
            run(&k, &other_actor, 5, &last),
            AuditReport::Broken { seq: 2, .. }
        ));
        let mut gap = ok.clone();
        gap.remove(1);
        assert!(matches!(
            run(&k, &gap, 5, &last),
            AuditReport::Broken { seq: 2, .. }
        ));
        let cut = &ok[..4];
        assert!(matches!(
            run(&k, cut, 5, &last),
            AuditReport::Broken { seq: 5, .. }
        ));
        // Another key: the first entry does not verify.
        let other = AuditKey::parse(&"cd".repeat(32)).unwrap();
        assert!(matches!(
            run(&other, &ok, 5, &last),
            AuditReport::Broken { seq: 1, .. }
        ));
        // Rewritten without the key (plain SHA-256 throughout): not keyed.
        let plain = chain(5, None);
        let plain_last = plain[4].hash.clone();
        match run(&k, &plain, 5, &plain_last) {
            AuditReport::Broken { reason, .. } => assert!(reason.contains("no entry is keyed")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn keys_are_parsed_strictly() {
        assert!(AuditKey::parse(&"ab".repeat(32)).is_ok());
        assert!(AuditKey::parse(&"ab".repeat(31))
            .unwrap_err()
            .contains("31 bytes"));
        assert!(AuditKey::parse("").unwrap_err().contains("empty"));
        assert!(AuditKey::parse("not a key!")
            .unwrap_err()
            .contains("neither hex nor base64"));
        use base64::Engine;
        let b64 = base64::engine::general_purpose::STANDARD.encode([7u8; 32]);
        assert!(AuditKey::parse(&b64).is_ok());
        let k = key();
        assert_eq!(k.status_token("x").len(), 64);
        assert_ne!(k.status_token("x"), k.status_token("y"));
        assert_eq!(
            k.address_hash(" A@b.example "),
            k.address_hash("a@b.example")
        );
        assert!(AnchoredHead::parse("12:abc").is_err());
        let h = AnchoredHead::parse(&format!("12:{}", "AB".repeat(32))).unwrap();
        assert_eq!(h.to_string(), format!("12:{}", "ab".repeat(32)));
    }
}
