//! Proof and requester abuse (SPEC §9), on SQLite and PostgreSQL: the keyed audit chain and what
//! it catches (a row changed by SQL, a chain recomputed without the key, another key, a history
//! rewritten or cut back behind an anchored head), the upgrade of a log written before the key,
//! status tokens kept only hashed, a verification link that works once, the mail caps shared by
//! two receivers, the purge of requests never verified and an admin's deletion with a reason.

mod common;

use axum::body::Body;
use axum::http::Request;
use common::*;
use glassbox_core::i18n::{tr, Overrides, ReceiverMsg};
use glassbox_core::Lang;
use glassbox_receiver::audit::{AnchoredHead, AuditKey, AuditReport, GENESIS};
use glassbox_receiver::store::Store;
use glassbox_receiver::AppState;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use sqlx::Row;

const BIN: &str = env!("CARGO_BIN_EXE_glassbox-receiver");

/// Runs the binary with the test key (or `key`) on `db`; exit code and standard output.
fn cli(db: &TestDb, key: &str, args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(BIN)
        .args(args)
        .env_clear()
        .env("DATABASE_URL", &db.url)
        .env("GLASSBOX_AUDIT_KEY", key)
        .env("RUST_LOG", "error")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A payload from `email`.
fn from(email: &str) -> Value {
    let mut p = payload();
    p["requester"]["email"] = json!(email);
    p
}

async fn entries(st: &AppState) -> Vec<(i64, String, Option<String>, String, String, String)> {
    sqlx::query("SELECT seq, at, request_id, action, detail, prev_hash FROM audit_log ORDER BY seq")
        .fetch_all(st.store.pool())
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)))
        .collect()
}

/// The unkeyed hash of the code before the audit key, written out independently here: SHA-256
/// over the length-prefixed fields.
fn sha256_entry(
    prev: &str,
    seq: i64,
    at: &str,
    rid: Option<&str>,
    action: &str,
    detail: &str,
) -> String {
    let mut h = Sha256::new();
    for part in [
        prev,
        &seq.to_string(),
        at,
        rid.unwrap_or(""),
        action,
        detail,
    ] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

/// Rewrites the chain from entry `from_seq` on, as someone with database access does: with
/// `key` (a key holder) or with plain SHA-256 (`None`: someone without the key), then the head.
async fn rewrite_chain(st: &AppState, from_seq: i64, key: Option<&AuditKey>) {
    let all = entries(st).await;
    let mut prev = if from_seq == 1 {
        GENESIS.to_string()
    } else {
        sqlx::query_scalar::<_, String>("SELECT hash FROM audit_log WHERE seq = $1")
            .bind(from_seq - 1)
            .fetch_one(st.store.pool())
            .await
            .unwrap()
    };
    for (seq, at, rid, action, detail, _) in all.into_iter().filter(|e| e.0 >= from_seq) {
        let hash = match key {
            Some(k) => {
                let actor: String =
                    sqlx::query_scalar("SELECT actor FROM audit_log WHERE seq = $1")
                        .bind(seq)
                        .fetch_one(st.store.pool())
                        .await
                        .unwrap();
                k.mac(&prev, seq, &at, rid.as_deref(), &action, &detail, &actor)
            }
            None => sha256_entry(&prev, seq, &at, rid.as_deref(), &action, &detail),
        };
        sqlx::query("UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE seq = $3")
            .bind(&prev)
            .bind(&hash)
            .bind(seq)
            .execute(st.store.pool())
            .await
            .unwrap();
        prev = hash;
    }
    sqlx::query("UPDATE audit_head SET hash = $1 WHERE id = 1")
        .bind(&prev)
        .execute(st.store.pool())
        .await
        .unwrap();
}

async fn submit(st: &AppState, p: &Value) -> Value {
    let (s, v) = post_json(st, p).await;
    assert_eq!(s, 201, "{v}");
    v
}

async fn sql(st: &AppState, q: &str) {
    sqlx::query(q).execute(st.store.pool()).await.unwrap();
}

async fn row_changed_by_sql_is_named(db: &TestDb) {
    let st = state(config(db)).await;
    let a = submit(&st, &payload()).await;
    let b = submit(&st, &payload()).await;
    let (ra, rb) = (
        a["reference"].as_str().unwrap(),
        b["reference"].as_str().unwrap(),
    );
    let (s, _) = admin_post(
        &st,
        &format!("/v1/admin/requests/{rb}/extend"),
        json!({"months": 1, "reason": "many systems"}),
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Intact { entries: 3 }
    );
    let (code, out, _) = cli(db, TEST_KEY_HEX, &["verify-audit"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("intact: 3 entries"), "{out}");

    // A database writer closes one request and moves the other's deadline by SQL.
    sql(
        &st,
        &format!("UPDATE requests SET status = 'completed' WHERE reference = '{ra}'"),
    )
    .await;
    sql(
        &st,
        &format!("UPDATE requests SET due_by = '2099-12-31' WHERE reference = '{rb}'"),
    )
    .await;
    match st.store.verify_audit().await.unwrap() {
        AuditReport::Mismatched { mismatches, .. } => {
            let named: Vec<(String, String)> = mismatches
                .iter()
                .map(|m| (m.reference.clone(), m.field.clone()))
                .collect();
            assert!(
                named.contains(&(ra.to_string(), "status".into())),
                "{named:?}"
            );
            assert!(
                named.contains(&(rb.to_string(), "due_by".into())),
                "{named:?}"
            );
            assert_eq!(named.len(), 2, "{named:?}");
        }
        other => panic!("not reported: {other:?}"),
    }
    let (code, out, _) = cli(db, TEST_KEY_HEX, &["verify-audit"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains(&format!("{ra} status")), "{out}");
    assert!(
        out.contains(&format!("{rb} due_by")) && out.contains("2099-12-31"),
        "{out}"
    );
    let (_, v) = get_json(&st, "/v1/admin/audit/verify", Some(ADMIN)).await;
    assert_eq!(
        v["Mismatched"]["mismatches"].as_array().unwrap().len(),
        2,
        "{v}"
    );

    // Put back as the log says, the check passes again; then a row deleted without an entry.
    sql(
        &st,
        &format!("UPDATE requests SET status = 'received' WHERE reference = '{ra}'"),
    )
    .await;
    let ext = entries(&st)
        .await
        .into_iter()
        .find(|e| e.3 == "extended")
        .unwrap();
    let ext_due = serde_json::from_str::<Value>(&ext.4).unwrap()["due_by"]
        .as_str()
        .unwrap()
        .to_string();
    sql(
        &st,
        &format!("UPDATE requests SET due_by = '{ext_due}' WHERE reference = '{rb}'"),
    )
    .await;
    assert_eq!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Intact { entries: 3 }
    );
    sql(
        &st,
        &format!("DELETE FROM requests WHERE reference = '{ra}'"),
    )
    .await;
    match st.store.verify_audit().await.unwrap() {
        AuditReport::Mismatched { mismatches, .. } => {
            assert_eq!(mismatches[0].reference, ra);
            assert_eq!(mismatches[0].row, "missing");
        }
        other => panic!("not reported: {other:?}"),
    }
}
both!(row_changed_by_sql_is_named);

async fn chain_forged_without_the_key_or_checked_with_another_is_caught(db: &TestDb) {
    let st = state(config(db)).await;
    for _ in 0..3 {
        submit(&st, &payload()).await;
    }
    // An intact log checked with another key.
    assert_eq!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Intact { entries: 3 }
    );
    let other = Store::connect(&db.url, 1)
        .await
        .unwrap()
        .with_key(AuditKey::parse(&"5a".repeat(32)).unwrap());
    match other.verify_audit().await.unwrap() {
        AuditReport::Broken { seq, reason } => {
            assert_eq!(seq, 1);
            assert!(reason.contains("another audit key"), "{reason}");
        }
        other => panic!("another key accepted: {other:?}"),
    }
    let (code, out, _) = cli(db, &"5a".repeat(32), &["verify-audit"]);
    assert_eq!(code, 1, "{out}");

    // Edit entry 2 and recompute every hash after it with SHA-256, as a database writer without
    // the key would (the old, unkeyed scheme).
    sql(
        &st,
        "UPDATE audit_log SET at = '2020-01-01T00:00:00.000000Z' WHERE seq = 2",
    )
    .await;
    rewrite_chain(&st, 2, None).await;
    match st.store.verify_audit().await.unwrap() {
        AuditReport::Broken { seq, reason } => {
            assert_eq!(seq, 2);
            assert!(reason.contains("not keyed"), "{reason}");
        }
        other => panic!("forgery not caught: {other:?}"),
    }
    // The whole chain recomputed without the key.
    rewrite_chain(&st, 1, None).await;
    match st.store.verify_audit().await.unwrap() {
        AuditReport::Broken { reason, .. } => {
            // Caught at the first entry (unkeyed, yet naming an actor) or at the end.
            assert!(
                reason.contains("not keyed") || reason.contains("no entry is keyed"),
                "{reason}"
            )
        }
        other => panic!("forgery not caught: {other:?}"),
    }
    let (code, out, _) = cli(db, TEST_KEY_HEX, &["verify-audit"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("BROKEN"), "{out}");
}
both!(chain_forged_without_the_key_or_checked_with_another_is_caught);

async fn anchored_head_catches_rewrites_and_cuts(db: &TestDb) {
    let st = state(config(db)).await;
    let a = submit(&st, &payload()).await;
    let ra = a["reference"].as_str().unwrap();
    admin_post(
        &st,
        &format!("/v1/admin/requests/{ra}/extend"),
        json!({"months": 2, "reason": "many systems"}),
    )
    .await;
    submit(&st, &payload()).await;
    // `--head` prints SEQ:MAC after an intact check.
    let (code, out, _) = cli(db, TEST_KEY_HEX, &["verify-audit", "--head"]);
    assert_eq!(code, 0, "{out}");
    let head_line = out.lines().last().unwrap().trim().to_string();
    let anchored = AnchoredHead::parse(&head_line).unwrap();
    assert_eq!(anchored, st.store.audit_head().await.unwrap());
    assert_eq!(anchored.seq, 3);

    // Later entries do not disturb the anchor.
    submit(&st, &payload()).await;
    submit(&st, &payload()).await;
    let (code, out, _) = cli(
        db,
        TEST_KEY_HEX,
        &["verify-audit", "--expect-head", &head_line],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("anchored head 3 found unchanged"), "{out}");

    // Someone with the database cuts the log back to entry 2 and resets the head (both valid
    // without the key): the plain check passes, the anchor does not.
    let h2: String = sqlx::query_scalar("SELECT hash FROM audit_log WHERE seq = 2")
        .fetch_one(st.store.pool())
        .await
        .unwrap();
    let saved = entries(&st).await;
    let ids: Vec<String> = saved
        .iter()
        .filter(|e| e.0 > 2)
        .filter_map(|e| e.2.clone())
        .collect();
    sql(&st, "DELETE FROM audit_log WHERE seq > 2").await;
    for id in &ids {
        sql(&st, &format!("DELETE FROM requests WHERE id = '{id}'")).await;
    }
    sqlx::query("UPDATE audit_head SET seq = 2, hash = $1 WHERE id = 1")
        .bind(&h2)
        .execute(st.store.pool())
        .await
        .unwrap();
    assert_eq!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Intact { entries: 2 }
    );
    let (code, out, _) = cli(
        db,
        TEST_KEY_HEX,
        &["verify-audit", "--expect-head", &head_line],
    );
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("BROKEN at entry 3") && out.contains("not in the log"),
        "{out}"
    );

    // A key holder rewrites entry 2 (the extension's "by") and recomputes every MAC: the chain
    // verifies, the anchor of entry 2 taken before does not.
    let anchor2 = format!("2:{h2}");
    let mut d: Value = serde_json::from_str(&saved[1].4).unwrap();
    d["by"] = json!("nobody");
    sqlx::query("UPDATE audit_log SET detail = $1 WHERE seq = 2")
        .bind(d.to_string())
        .execute(st.store.pool())
        .await
        .unwrap();
    rewrite_chain(&st, 2, Some(&test_key())).await;
    assert_eq!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Intact { entries: 2 }
    );
    match st
        .store
        .verify_audit_anchored(Some(&AnchoredHead::parse(&anchor2).unwrap()))
        .await
        .unwrap()
    {
        AuditReport::Broken { seq: 2, reason } => assert!(reason.contains("rewritten"), "{reason}"),
        other => panic!("rewrite not caught: {other:?}"),
    }
    let (code, _, err) = cli(db, TEST_KEY_HEX, &["verify-audit", "--expect-head", "3:zz"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--expect-head") && err.contains("64 hex digits"),
        "{err}"
    );
}
both!(anchored_head_catches_rewrites_and_cuts);

/// Writes a database as the receiver did before the audit key: rows with clear status tokens,
/// an unkeyed SHA-256 chain. Returns (reference, clear status token) per request.
async fn old_database(db: &TestDb) -> Vec<(String, String)> {
    let store = Store::connect(&db.url, 2).await.unwrap();
    let pool = store.pool();
    let mut prev = GENESIS.to_string();
    let mut seq = 0i64;
    let mut out = Vec::new();
    let mut append = |rid: &str, action: &str, detail: Value, at: &str| {
        seq += 1;
        let detail = detail.to_string();
        let hash = sha256_entry(&prev, seq, at, Some(rid), action, &detail);
        let e = (
            seq,
            at.to_string(),
            rid.to_string(),
            action.to_string(),
            detail,
            prev.clone(),
            hash.clone(),
        );
        prev = hash;
        e
    };
    let mut rows = Vec::new();
    for (n, email) in [(1, "old1@example.org"), (2, "old2@example.org")] {
        let p = from(email);
        let id = p["id"].as_str().unwrap().to_string();
        let payload = p.to_string();
        let body = hex::encode(Sha256::digest(payload.as_bytes()));
        let reference = format!("GB-{n:07}");
        let at = format!("2026-11-0{n}T10:00:00.000000Z");
        let due = format!("2026-12-0{n}");
        let token = hex::encode(Sha256::digest(format!("old token {n}").as_bytes()));
        sqlx::query(
            "INSERT INTO requests (id, reference, body_hash, payload, kinds, email, lang, status, \
             received_at, due_by, original_due_by, extended_months, status_token, updated_at) \
             VALUES ($1, $2, $3, $4, 'access,erasure', $5, 'fr', 'received', $6, $7, $7, 0, $8, $6)",
        )
        .bind(&id)
        .bind(&reference)
        .bind(&body)
        .bind(&payload)
        .bind(email)
        .bind(&at)
        .bind(&due)
        .bind(&token)
        .execute(pool)
        .await
        .unwrap();
        rows.push(append(
            &id,
            "received",
            json!({"reference": reference, "kinds": ["access", "erasure"], "due_by": due, "body_sha256": body}),
            &at,
        ));
        if n == 2 {
            let vat = "2026-11-03T09:00:00.000000Z";
            sqlx::query("UPDATE requests SET status = 'verified', verified_at = $1 WHERE id = $2")
                .bind(vat)
                .bind(&id)
                .execute(pool)
                .await
                .unwrap();
            rows.push(append(
                &id,
                "status",
                json!({"from": "received", "to": "verified", "by": "admin", "due_by": due}),
                vat,
            ));
        }
        out.push((reference, token));
    }
    for (seq, at, rid, action, detail, prev, hash) in &rows {
        sqlx::query(
            "INSERT INTO audit_log (seq, at, request_id, action, detail, prev_hash, hash) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(seq)
        .bind(at)
        .bind(rid)
        .bind(action)
        .bind(detail)
        .bind(prev)
        .bind(hash)
        .execute(pool)
        .await
        .unwrap();
    }
    sqlx::query("UPDATE audit_head SET seq = $1, hash = $2, next_ref = 3 WHERE id = 1")
        .bind(seq)
        .bind(&prev)
        .execute(pool)
        .await
        .unwrap();
    // The clear tokens as the old code kept them.
    sqlx::query("UPDATE requests SET status_token_hash = NULL")
        .execute(pool)
        .await
        .unwrap();
    store.close().await;
    out
}

async fn an_old_unkeyed_database_is_upgraded(db: &TestDb) {
    let old = old_database(db).await;
    // Before the upgrade, with the key: not keyed.
    let (code, out, _) = cli(db, TEST_KEY_HEX, &["verify-audit"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("no entry is keyed"), "{out}");
    // `upgrade-audit` (what `serve` does at start) keys it, naming the old head.
    let (code, out, err) = cli(db, TEST_KEY_HEX, &["upgrade-audit"]);
    assert_eq!(code, 0, "{out}{err}");
    let st = state(config(db)).await;
    let chain_keyed = entries(&st).await.pop().unwrap();
    assert_eq!((chain_keyed.0, chain_keyed.3.as_str()), (4, "chain_keyed"));
    let d: Value = serde_json::from_str(&chain_keyed.4).unwrap();
    assert_eq!(d["previous_seq"], 3);
    assert_eq!(d["previous_hash"].as_str().unwrap(), chain_keyed.5);
    assert_eq!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Intact { entries: 4 }
    );
    // Running it again changes nothing.
    let (code, _, _) = cli(db, TEST_KEY_HEX, &["upgrade-audit"]);
    assert_eq!(code, 0);
    assert_eq!(entries(&st).await.len(), 4);

    // The clear status tokens are gone from the database, and still open the status page.
    for (reference, token) in &old {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM requests WHERE status_token = $1 OR status_token_hash = $1",
        )
        .bind(token)
        .fetch_one(st.store.pool())
        .await
        .unwrap();
        assert_eq!(n, 0, "clear token of {reference} still stored");
        let (s, v) = get_json(&st, &format!("/v1/status/{token}"), None).await;
        assert_eq!(s, 200, "{v}");
        assert_eq!(v["request"]["reference"], reference.as_str());
    }
    // New changes are keyed and verify; the old requests' mails carry a derived token that
    // works too.
    let r = submit(&st, &payload()).await;
    assert_eq!(r["reference"], "GB-0000003");
    let id: String = sqlx::query_scalar("SELECT id FROM requests WHERE reference = 'GB-0000001'")
        .fetch_one(st.store.pool())
        .await
        .unwrap();
    let (s, _) = get_json(&st, &status_path(&st.status_url_of(&id).unwrap()), None).await;
    assert_eq!(s, 200);
    assert_eq!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Intact { entries: 5 }
    );

    // Rewriting the old, unkeyed part (recomputing its SHA-256 hashes) breaks the link the keyed
    // entry holds to it.
    sql(
        &st,
        "UPDATE audit_log SET at = '2020-01-01T00:00:00.000000Z' WHERE seq = 1",
    )
    .await;
    let all = entries(&st).await;
    let mut prev = GENESIS.to_string();
    for e in all.iter().filter(|e| e.0 <= 3) {
        let h = sha256_entry(&prev, e.0, &e.1, e.2.as_deref(), &e.3, &e.4);
        sqlx::query("UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE seq = $3")
            .bind(&prev)
            .bind(&h)
            .bind(e.0)
            .execute(st.store.pool())
            .await
            .unwrap();
        prev = h;
    }
    assert!(matches!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Broken { seq: 4, .. }
    ));
}
both!(an_old_unkeyed_database_is_upgraded);

#[tokio::test]
async fn a_broken_old_log_is_not_upgraded_silently() {
    let db = TestDb::sqlite();
    old_database(&db).await;
    let store = Store::connect(&db.url, 1).await.unwrap();
    sqlx::query("UPDATE audit_log SET detail = '{}' WHERE seq = 2")
        .execute(store.pool())
        .await
        .unwrap();
    store.close().await;
    let (code, out, err) = cli(&db, TEST_KEY_HEX, &["upgrade-audit"]);
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains("broken at entry 2") && err.contains("--accept-broken"),
        "{err}"
    );
    let (code, out, err) = cli(&db, TEST_KEY_HEX, &["upgrade-audit", "--accept-broken"]);
    assert_eq!(code, 0, "{out}{err}");
    let store = Store::connect(&db.url, 1).await.unwrap();
    let d: String = sqlx::query_scalar("SELECT detail FROM audit_log WHERE action = 'chain_keyed'")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert!(
        d.contains("previous_chain_broken") && d.contains("entry 2"),
        "{d}"
    );
}

#[test]
fn the_server_refuses_to_start_without_a_good_key() {
    let dir = tempfile::tempdir().unwrap();
    let run = |vars: &[(&str, &str)]| {
        let mut c = std::process::Command::new(BIN);
        c.current_dir(dir.path())
            .env_clear()
            .env("GLASSBOX_LISTEN", "127.0.0.1:0");
        for (k, v) in vars {
            c.env(k, v);
        }
        let out = c.output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, err) = run(&[]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("no audit key") && err.contains("GLASSBOX_AUDIT_KEY"),
        "{err}"
    );
    let (code, err) = run(&[("GLASSBOX_AUDIT_KEY", "abcdef0123")]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("GLASSBOX_AUDIT_KEY") && err.contains("at least 32"),
        "{err}"
    );
    let (code, err) = run(&[("GLASSBOX_AUDIT_KEY_FILE", "/nonexistent/key")]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("GLASSBOX_AUDIT_KEY_FILE") && err.contains("cannot read"),
        "{err}"
    );
    assert!(
        !dir.path().join("glassbox-receiver.db").exists(),
        "nothing created without a key"
    );
    // The key is never a flag.
    let out = std::process::Command::new(BIN)
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(!help.contains("--audit-key"), "{help}");
    assert!(help.contains("GLASSBOX_AUDIT_KEY_FILE"), "{help}");
}

async fn status_tokens_are_not_stored_in_clear(db: &TestDb) {
    let st = state(config(db)).await;
    let v = submit(&st, &payload()).await;
    let url = v["status_url"].as_str().unwrap();
    let token = url.rsplit('/').next().unwrap().to_string();
    assert!(glassbox_receiver::requests::is_token(&token));
    let (s, _) = get_json(&st, &status_path(url), None).await;
    assert_eq!(s, 200);
    // Not in any column of any row.
    let hits: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM requests WHERE status_token = $1 OR status_token_hash = $1 \
         OR payload LIKE $2",
    )
    .bind(&token)
    .bind(format!("%{token}%"))
    .fetch_one(st.store.pool())
    .await
    .unwrap();
    assert_eq!(hits, 0);
    let jobs: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE payload LIKE $1")
        .bind(format!("%{token}%"))
        .fetch_one(st.store.pool())
        .await
        .unwrap();
    assert_eq!(jobs, 0);
    // Nor anywhere in the SQLite files (database and write-ahead log).
    if let Some(path) = db.url.strip_prefix("sqlite://") {
        for f in [path.to_string(), format!("{path}-wal")] {
            if let Ok(bytes) = std::fs::read(&f) {
                assert!(
                    !bytes.windows(token.len()).any(|w| w == token.as_bytes()),
                    "status token found in {f}"
                );
            }
        }
    }
    // A replay of the same request gives the same status URL.
    let (s, again) = post_json(&st, &v_payload_of(&st, &v).await).await;
    assert_eq!(s, 200);
    assert_eq!(again["status_url"], v["status_url"]);
}
both!(status_tokens_are_not_stored_in_clear);

async fn v_payload_of(st: &AppState, v: &Value) -> Value {
    let p: String = sqlx::query_scalar("SELECT payload FROM requests WHERE reference = $1")
        .bind(v["reference"].as_str().unwrap())
        .fetch_one(st.store.pool())
        .await
        .unwrap();
    serde_json::from_str(&p).unwrap()
}

/// Settings with mails going to a folder (the demo's mailbox) and the given caps.
fn mail_config(
    db: &TestDb,
    mailbox: &std::path::Path,
    per_address: u32,
    per_day: u32,
) -> glassbox_receiver::config::Config {
    let mut c = config(db);
    c.mailbox_dir = Some(mailbox.to_path_buf());
    c.mails_per_address = per_address;
    c.mails_per_day = per_day;
    c
}

/// The confirmation links (`/v1/verify/TOKEN`) in the mails of a folder.
fn verify_tokens(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let text = unfold_qp(&std::fs::read_to_string(e.path()).unwrap_or_default());
        let mut rest = text.as_str();
        while let Some(i) = rest.find("/v1/verify/") {
            let t = &rest[i + 11..];
            if t.len() >= 64 && glassbox_receiver::requests::is_token(&t[..64]) {
                out.push(t[..64].to_string());
            }
            rest = &rest[i + 11..];
        }
    }
    out.sort();
    out.dedup();
    out
}

async fn the_verification_link_works_once(db: &TestDb) {
    let mailbox = tempfile::tempdir().unwrap();
    let st = state(mail_config(db, mailbox.path(), 3, 500)).await;
    let v = submit(&st, &payload()).await;
    assert_eq!(v["confirmation_mail"], "queued");
    let r = v["reference"].as_str().unwrap();
    wait_jobs_done(&st, 30).await;
    let tokens = verify_tokens(mailbox.path());
    assert_eq!(tokens.len(), 1);
    let post = |t: &str| {
        Request::post(format!("/v1/verify/{t}?lang=fr"))
            .body(Body::empty())
            .unwrap()
    };
    let (s, _, b) = send(&st, post(&tokens[0])).await;
    let first = String::from_utf8(b).unwrap();
    assert_eq!(s, 200);
    let o = Overrides::default();
    assert!(first.contains(&esc(&tr(Lang::Fr, ReceiverMsg::VerifiedTitle, &[], &o))));
    assert!(
        first.contains("/v1/status/"),
        "the first use links the status page"
    );
    let before = entries(&st).await.len();
    let record = st.store.get(r).await.unwrap();

    // Second use: a page saying it is already confirmed; nothing changes.
    let (s, _, b) = send(&st, post(&tokens[0])).await;
    let second = String::from_utf8(b).unwrap();
    assert_eq!(s, 200);
    assert!(
        second.contains(&esc(&tr(Lang::Fr, ReceiverMsg::StateVerified, &[], &o))),
        "{second}"
    );
    assert!(
        !second.contains("/v1/status/"),
        "no status link on a second use"
    );
    assert!(!second.contains(&esc(&tr(
        Lang::Fr,
        ReceiverMsg::VerifyInvalidTitle,
        &[],
        &o
    ))));
    assert_eq!(entries(&st).await.len(), before, "no second verification");
    let again = st.store.get(r).await.unwrap();
    assert_eq!(again.verified_at, record.verified_at);
    let (_, h, _) = send(
        &st,
        Request::post(format!("/v1/verify/{}", tokens[0]))
            .header("accept", "application/json")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(h["glassbox-already-confirmed"], "true");
    wait_jobs_done(&st, 30).await;
    // One "verified" mail only.
    let verified_mails: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE kind = 'mail'")
        .fetch_one(st.store.pool())
        .await
        .unwrap();
    assert_eq!(verified_mails, 2, "acknowledgement and one confirmation");
}
both!(the_verification_link_works_once);

async fn mail_caps_are_shared_by_two_receivers(db: &TestDb) {
    let (m1, m2) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    // Two receivers on one database, without their workers (the mails stay queued as jobs).
    let st1 = AppState::new(
        Store::connect(&db.url, 4).await.unwrap(),
        mail_config(db, m1.path(), 3, 6),
    )
    .unwrap();
    let st2 = AppState::new(
        Store::connect(&db.url, 4).await.unwrap(),
        mail_config(db, m2.path(), 3, 6),
    )
    .unwrap();
    // Ten requests from one address at once, half through each receiver.
    let mut tasks = Vec::new();
    for i in 0..10 {
        let st = if i % 2 == 0 { st1.clone() } else { st2.clone() };
        tasks.push(tokio::spawn(async move {
            post_json(&st, &from("Flood@Example.org")).await
        }));
    }
    let mut answers = Vec::new();
    for t in tasks {
        let (s, v) = t.await.unwrap();
        assert_eq!(s, 201, "every request is stored and acknowledged: {v}");
        answers.push(v);
    }
    let queued = answers
        .iter()
        .filter(|v| v["confirmation_mail"] == "queued")
        .count();
    let withheld: Vec<&Value> = answers
        .iter()
        .filter(|v| v["confirmation_mail"] == "withheld")
        .collect();
    assert_eq!(queued, 3, "{answers:?}");
    assert_eq!(withheld.len(), 7);
    assert!(withheld[0]["confirmation_note"]
        .as_str()
        .unwrap()
        .contains("status"));
    let mails: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE kind = 'mail'")
        .fetch_one(st1.store.pool())
        .await
        .unwrap();
    assert_eq!(mails, 3);
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM requests")
        .fetch_one(st1.store.pool())
        .await
        .unwrap();
    assert_eq!(stored, 10, "no request lost");
    // Audited, without the address.
    let capped: Vec<String> = sqlx::query_scalar(
        "SELECT detail FROM audit_log WHERE action = 'received' AND detail LIKE '%withheld%'",
    )
    .fetch_all(st1.store.pool())
    .await
    .unwrap();
    assert_eq!(capped.len(), 7);
    assert!(capped
        .iter()
        .all(|d| d.contains("per_address") && !d.contains("xample.org")));

    // Other addresses: three more fit the day's total of 6; the next does not.
    for (i, email) in [
        "a@example.net",
        "b@example.net",
        "c@example.net",
        "d@example.net",
    ]
    .iter()
    .enumerate()
    {
        let st = if i % 2 == 0 { &st1 } else { &st2 };
        let (s, v) = post_json(st, &from(email)).await;
        assert_eq!(s, 201);
        let want = if i < 3 { "queued" } else { "withheld" };
        assert_eq!(v["confirmation_mail"], want, "{email}: {v}");
    }

    // The status page of a withheld request says so and offers the link; over the cap 429.
    let url = withheld[0]["status_url"].as_str().unwrap();
    let path = status_path(url);
    let (_, v) = get_json(&st2, &path, None).await;
    assert_eq!(v["confirmation_mail_missing"], true);
    let (_, _, b) = send(
        &st2,
        Request::get(&path)
            .header("accept", "text/html")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let html = String::from_utf8(b).unwrap();
    let o = Overrides::default();
    assert!(
        html.contains(&esc(&tr(
            Lang::Fr,
            ReceiverMsg::StatusMailWithheld,
            &[],
            &o
        ))),
        "{html}"
    );
    assert!(html.contains(&format!("{path}/confirmation")));
    let ask = || {
        Request::post(format!("{path}/confirmation"))
            .header("accept", "application/json")
            .body(Body::empty())
            .unwrap()
    };
    let (s, _, b) = send(&st1, ask()).await;
    assert_eq!(s, 429, "{}", String::from_utf8_lossy(&b));
    let e: Value = serde_json::from_slice(&b).unwrap();
    assert_eq!(e["error"], "mail_cap");
    // From the status page's form (a browser): a page in the request's language, 429.
    let (s, _, b) = send(
        &st2,
        Request::post(format!("{path}/confirmation"))
            .header("accept", "text/html")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, 429);
    let page = String::from_utf8(b).unwrap();
    assert!(
        page.contains(&esc(&tr(
            Lang::Fr,
            ReceiverMsg::StatusMailWithheld,
            &[],
            &o
        ))),
        "{page}"
    );

    // A day later (the counts moved back 25 hours), the link can be asked for: one mail.
    sql(
        &st1,
        "UPDATE verification_mails SET sent_at = '2020-01-01T00:00:00.000000Z'",
    )
    .await;
    let (s, _, _) = send(&st1, ask()).await;
    assert_eq!(s, 202);
    let (_, v) = get_json(&st2, &path, None).await;
    assert_eq!(v["confirmation_mail_missing"], false);
    let mails: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE kind = 'mail'")
        .fetch_one(st1.store.pool())
        .await
        .unwrap();
    assert_eq!(mails, 3 + 3 + 1);
    assert!(matches!(
        st1.store.verify_audit().await.unwrap(),
        AuditReport::Intact { .. }
    ));
}
both!(mail_caps_are_shared_by_two_receivers);

async fn requests_never_verified_are_purged(db: &TestDb) {
    let mut cfg = config(db);
    cfg.unverified_days = 30;
    let st = state(cfg).await;
    let old = submit(&st, &from("never@example.org")).await;
    let kept = submit(&st, &from("verified@example.org")).await;
    let (ro, rk) = (
        old["reference"].as_str().unwrap(),
        kept["reference"].as_str().unwrap(),
    );
    admin_post(
        &st,
        &format!("/v1/admin/requests/{rk}/status"),
        json!({"status": "verified"}),
    )
    .await;
    let now = glassbox_receiver::store::now();
    // 29 days later: nothing yet.
    let n = glassbox_receiver::jobs::purge(&st, now + time::Duration::days(29))
        .await
        .unwrap();
    assert_eq!(n, 0);
    // 31 days later: the unverified one is gone, with an entry without personal data.
    let n = glassbox_receiver::jobs::purge(&st, now + time::Duration::days(31))
        .await
        .unwrap();
    assert_eq!(n, 1);
    assert!(st.store.get(ro).await.is_err());
    assert!(st.store.get(rk).await.is_ok());
    let (s, _) = get_json(&st, &status_path(old["status_url"].as_str().unwrap()), None).await;
    assert_eq!(s, 404);
    let e = entries(&st).await.pop().unwrap();
    assert_eq!(e.3, "unverified_deleted");
    assert!(e.4.contains(ro) && !e.4.contains("never@"), "{}", e.4);
    assert_eq!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Intact { entries: 4 }
    );

    // The durable job: queued once for all receivers, run by the worker, then due again.
    let third = submit(&st, &from("late@example.org")).await;
    let rt = third["reference"].as_str().unwrap();
    sql(&st, &format!("UPDATE requests SET received_at = '2020-01-01T00:00:00.000000Z' WHERE reference = '{rt}'")).await;
    st.store
        .ensure_recurring_job(glassbox_receiver::jobs::PURGE_JOB, now)
        .await
        .unwrap();
    st.store
        .ensure_recurring_job(glassbox_receiver::jobs::PURGE_JOB, now)
        .await
        .unwrap();
    let ran = glassbox_receiver::jobs::run_due(&st).await;
    assert_eq!(ran, 1);
    assert!(st.store.get(rt).await.is_err(), "purged by the job");
    let (state_, run_at): (String, String) = {
        let r = sqlx::query("SELECT state, run_at FROM jobs WHERE kind = 'purge'")
            .fetch_one(st.store.pool())
            .await
            .unwrap();
        (r.get(0), r.get(1))
    };
    assert_eq!(state_, "queued");
    assert!(run_at > glassbox_receiver::store::format_time(now + time::Duration::minutes(59)));
    assert_eq!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Intact { entries: 6 }
    );
}
both!(requests_never_verified_are_purged);

async fn an_admin_deletes_a_request_with_a_reason(db: &TestDb) {
    let st = state(config(db)).await;
    let v = submit(&st, &payload()).await;
    let r = v["reference"].as_str().unwrap();
    // A result file, to see it go.
    let (s, _, _) = send(
        &st,
        Request::post(format!("/v1/admin/requests/{r}/result"))
            .header("authorization", format!("Bearer {ADMIN}"))
            .header("content-type", "application/json")
            .body(Body::from(r#"{"orders": [1, 2]}"#))
            .unwrap(),
    )
    .await;
    assert_eq!(s, 200);
    let files = || std::fs::read_dir(db.results.path()).unwrap().count();
    assert_eq!(files(), 1);
    let del = |body: Option<&str>| {
        let b = Request::delete(format!("/v1/admin/requests/{r}"))
            .header("authorization", format!("Bearer {ADMIN}"))
            .header("content-type", "application/json");
        b.body(
            body.map(|s| Body::from(s.to_string()))
                .unwrap_or_else(Body::empty),
        )
        .unwrap()
    };
    // Without a reason: a JSON 422 naming the field, nothing deleted.
    for body in [None, Some("{}"), Some(r#"{"reason": "  "}"#)] {
        let (s, _, b) = send(&st, del(body)).await;
        assert_eq!(s, 422, "{body:?}");
        let e: Value = serde_json::from_slice(&b).unwrap();
        assert_eq!(e["fields"][0]["field"], "reason", "{e}");
    }
    let (s, _, _) = send(&st, del(Some("{not json"))).await;
    assert_eq!(s, 400);
    assert!(st.store.get(r).await.unwrap().email.is_some());

    let (s, _, b) = send(&st, del(Some(r#"{"reason": "sent twice by mistake"}"#))).await;
    assert_eq!(s, 200, "{}", String::from_utf8_lossy(&b));
    let view: Value = serde_json::from_slice(&b).unwrap();
    assert_eq!(view["request"]["deletion_reason"], "sent twice by mistake");
    assert!(view["request"].get("email").is_none() && view["request"].get("payload").is_none());
    let row = sqlx::query("SELECT payload, email, verify_token_hash, status_token_hash FROM requests WHERE reference = $1")
        .bind(r)
        .fetch_one(st.store.pool())
        .await
        .unwrap();
    for i in 0..4 {
        assert!(row.get::<Option<String>, _>(i).is_none(), "column {i} kept");
    }
    assert_eq!(files(), 0, "result file deleted");
    let (s, _) = get_json(&st, &status_path(v["status_url"].as_str().unwrap()), None).await;
    assert_eq!(s, 404);
    let (_, list) = get_json(&st, "/v1/admin/requests", Some(ADMIN)).await;
    assert!(list["items"].as_array().unwrap().is_empty());
    let e = entries(&st).await.pop().unwrap();
    assert_eq!(e.3, "deleted");
    assert!(e.4.contains("sent twice by mistake"));
    assert_eq!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Intact { entries: 3 }
    );
    // Twice: 409.
    let (s, _, _) = send(&st, del(Some(r#"{"reason": "again"}"#))).await;
    assert_eq!(s, 409);

    // The admin page: a reason, a confirmation page, then the deletion.
    let other = submit(&st, &payload()).await;
    let ro = other["reference"].as_str().unwrap();
    // Deleting is an admin's: a handler's form post is refused and changes nothing.
    add_staff(
        &st,
        "handler@example.org",
        glassbox_receiver::staff::Role::Handler,
    )
    .await;
    let handler = session_cookie(&st, "handler@example.org").await;
    let (s, _, _) = send(
        &st,
        Request::post(format!("/admin/requests/{ro}/delete"))
            .header("cookie", &handler)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from("reason=spam&confirm=yes"))
            .unwrap(),
    )
    .await;
    assert_eq!(s, 403, "a handler may not delete");
    assert!(st.store.get(ro).await.unwrap().deleted_at.is_none());
    add_staff(
        &st,
        "dpo@example.org",
        glassbox_receiver::staff::Role::Admin,
    )
    .await;
    let cookie = session_cookie(&st, "dpo@example.org").await;
    let form = |body: &str| {
        Request::post(format!("/admin/requests/{ro}/delete"))
            .header("cookie", &cookie)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(body.to_string()))
            .unwrap()
    };
    let (s, _, b) = send(
        &st,
        Request::get(format!("/admin/requests/{ro}"))
            .header("cookie", &cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, 200);
    assert!(String::from_utf8(b)
        .unwrap()
        .contains(&format!("/admin/requests/{ro}/delete")));
    let (s, _, b) = send(&st, form("reason=spam")).await;
    assert_eq!(s, 200);
    let page = String::from_utf8(b).unwrap();
    assert!(page.contains("Yes, delete") && page.contains("spam"));
    assert!(
        st.store.get(ro).await.unwrap().deleted_at.is_none(),
        "not before confirming"
    );
    let (s, _, _) = send(&st, form("reason=")).await;
    assert_eq!(s, 422);
    let (s, _, _) = send(&st, form("reason=spam&confirm=yes")).await;
    assert_eq!(s, 303);
    let gone = st.store.get(ro).await.unwrap();
    assert_eq!(gone.deletion_reason.as_deref(), Some("spam"));
    assert!(gone.email.is_none());
    let (_, _, b) = send(
        &st,
        Request::get(format!("/admin/requests/{ro}"))
            .header("cookie", &cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert!(String::from_utf8(b).unwrap().contains("Reason: spam"));
    let report = st.store.verify_audit().await.unwrap();
    // 5 about the requests, 2 accounts added and their 2 sign-ins.
    assert!(
        matches!(report, AuditReport::Intact { entries: 9 }),
        "{report:?}"
    );
    let (code, out, _) = cli(db, TEST_KEY_HEX, &["verify-audit"]);
    assert_eq!(code, 0, "{out}");
}
both!(an_admin_deletes_a_request_with_a_reason);

#[tokio::test]
async fn serve_keys_an_old_database_at_start_with_the_key_file() {
    use tokio::io::AsyncBufReadExt;
    let db = TestDb::sqlite();
    old_database(&db).await;
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("audit.key");
    std::fs::write(&key_file, format!("{TEST_KEY_HEX}\n")).unwrap();
    // Readable by others: named in a warning (the service starts anyway).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key_file, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let port = free_port();
    let mut child = tokio::process::Command::new(BIN)
        .current_dir(dir.path())
        .env_clear()
        .env("DATABASE_URL", &db.url)
        .env("GLASSBOX_LISTEN", format!("127.0.0.1:{port}"))
        .env("GLASSBOX_AUDIT_KEY_FILE", &key_file)
        .env("NO_COLOR", "1")
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = tokio::io::BufReader::new(child.stderr.take().unwrap()).lines();
    let mut log = String::new();
    let read = async {
        while let Some(l) = lines.next_line().await.unwrap() {
            log.push_str(&l);
            log.push('\n');
            if l.contains("listening") {
                break;
            }
        }
    };
    tokio::time::timeout(std::time::Duration::from_secs(60), read)
        .await
        .expect("listening within 60 s");
    assert!(log.contains("audit log keyed"), "{log}");
    assert!(log.contains("readable by other users"), "{log}");
    assert!(!log.contains(TEST_KEY_HEX), "the key is never logged");
    child.kill().await.unwrap();
    let store = Store::connect(&db.url, 1)
        .await
        .unwrap()
        .with_key(test_key());
    assert_eq!(
        store.verify_audit().await.unwrap(),
        AuditReport::Intact { entries: 4 }
    );
}
