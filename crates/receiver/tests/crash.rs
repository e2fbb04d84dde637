//! Crash test: 1,000 concurrent submissions to the real binary with mails on (a real SMTP sink),
//! `kill -9` in the middle, restart on the same database. Every request that got a 201 is stored
//! exactly once (a resubmission is answered as a replay with the same reference), nothing
//! half-written is visible, the audit chain verifies, and every stored request's
//! acknowledgement reaches the mailbox as exactly one message (one `Message-ID`), also those
//! whose mail was queued or being sent at the kill.
//!
//! Then two receivers on one database (SPEC §9): submissions spread over both, one killed with
//! SIGKILL under load; the other keeps answering, every acknowledged request is stored once, the
//! survivor sends the killed one's mails, and the audit chain verifies.

mod common;

use axum::body::Bytes;
use common::*;
use glassbox_receiver::audit::AuditReport;
use glassbox_receiver::store::Store;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::process::{Child, Command};
use tokio::sync::mpsc;

const TOTAL: usize = 1000;
const KILL_AFTER: usize = 200;

type HttpClient = Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>;

fn start_server(db_url: &str, port: u16, smtp_port: u16) -> Child {
    Command::new(env!("CARGO_BIN_EXE_glassbox-receiver"))
        .env_clear()
        .env("GLASSBOX_SMTP_URL", format!("smtp://127.0.0.1:{smtp_port}"))
        // A mail claimed by the killed process is taken up again 2 s after its claim.
        .env("GLASSBOX_JOB_LEASE_SECS", "2")
        .env("GLASSBOX_LISTEN", format!("127.0.0.1:{port}"))
        .env("DATABASE_URL", db_url)
        .env("GLASSBOX_RATE_LIMIT", "0")
        .env("GLASSBOX_ADMIN_RATE_LIMIT", "0")
        .env(
            "GLASSBOX_ADMIN_TOKEN",
            "admin-secret-for-tests-0123456789abcdef",
        )
        .env("GLASSBOX_DIST_DIR", "/nonexistent")
        .env("GLASSBOX_DEMO_DIR", "/nonexistent")
        .env("GLASSBOX_DB_MAX_CONNECTIONS", "16")
        .env("GLASSBOX_AUDIT_KEY", common::TEST_KEY_HEX)
        .env("GLASSBOX_MAILS_PER_ADDRESS", "100000")
        .env("GLASSBOX_MAILS_PER_DAY", "100000")
        // "job outcome recorded" (debug) is the event the tests await instead of polling.
        .env("RUST_LOG", "info,glassbox_receiver::jobs=debug")
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("start glassbox-receiver")
}

/// Waits for the server's "listening" log line (an event, not a poll), then keeps draining its
/// output so that logging never blocks it, sending a `()` to `recorded` each time the server
/// has recorded a mail job's outcome in the database.
async fn wait_listening(child: &mut Child, recorded: mpsc::UnboundedSender<()>) {
    use tokio::io::{AsyncBufReadExt, BufReader};
    // The receiver logs to stderr.
    let stderr = child.stderr.take().expect("piped stderr");
    let mut lines = BufReader::new(stderr).lines();
    let found = tokio::time::timeout(Duration::from_secs(60), async {
        while let Ok(Some(line)) = lines.next_line().await {
            if line.contains("listening") {
                return true;
            }
        }
        false
    })
    .await;
    assert!(
        matches!(found, Ok(true)),
        "the server did not start listening within 60 s"
    );
    tokio::spawn(async move {
        while let Ok(Some(line)) = lines.next_line().await {
            if line.contains("job outcome recorded") {
                let _ = recorded.send(());
            }
        }
    });
}

/// Mail jobs not yet done.
async fn jobs_not_done(store: &Store) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE kind = 'mail' AND state <> 'done'")
        .fetch_one(store.pool())
        .await
        .unwrap()
}

/// Waits until every mail job is done: checks the table, then awaits the next "job outcome
/// recorded" of a running receiver (an event, no fixed sleep), within `secs` seconds in all.
/// A job finished by a killed receiver is in the table before this starts.
async fn all_jobs_done(store: &Store, recorded: &mut mpsc::UnboundedReceiver<()>, secs: u64) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(secs);
    loop {
        let left = jobs_not_done(store).await;
        if left == 0 {
            return;
        }
        let waited = tokio::time::timeout_at(deadline, recorded.recv()).await;
        assert!(
            matches!(waited, Ok(Some(()))),
            "{left} mail jobs not done within {secs} s"
        );
    }
}

async fn post(client: &HttpClient, port: u16, body: &str) -> Result<(u16, Value), String> {
    let req = hyper::Request::post(format!("http://127.0.0.1:{port}/v1/requests"))
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body.to_string())))
        .unwrap();
    let resp = client.request(req).await.map_err(|e| e.to_string())?;
    let status = resp.status().as_u16();
    let bytes = resp
        .into_body()
        .collect()
        .await
        .map_err(|e| e.to_string())?
        .to_bytes();
    Ok((
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    ))
}

/// Sends every `(id, body)` again to the receiver on `port`, as the widget's outbox does: an
/// acknowledged request (`acked`: id → reference) is a replay with the same reference, the
/// others are stored now or replayed. Then each request is stored exactly once, with one
/// `received` audit entry, and the audit chain verifies. Returns the references.
async fn resubmit_all<'a>(
    client: &HttpClient,
    port: u16,
    bodies: impl IntoIterator<Item = (&'a String, &'a String)>,
    acked: &HashMap<String, String>,
    store: &Store,
) -> HashSet<String> {
    let mut references = HashSet::new();
    for (id, body) in bodies {
        let (s, v) = post(client, port, body).await.expect("receiver up");
        let reference = v["reference"].as_str().unwrap().to_string();
        if let Some(r) = acked.get(id) {
            assert_eq!(s, 200, "acknowledged request {id} not replayed");
            assert_eq!(&reference, r, "acknowledged request {id} changed reference");
        } else {
            assert!(s == 200 || s == 201, "{s}");
        }
        assert!(references.insert(reference), "reference given twice");
    }
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM requests")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(rows as usize, TOTAL, "each request stored exactly once");
    let received: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'received'")
            .fetch_one(store.pool())
            .await
            .unwrap();
    assert_eq!(
        received as usize, TOTAL,
        "one audit entry per stored request"
    );
    assert_eq!(
        store.verify_audit().await.unwrap(),
        AuditReport::Intact {
            entries: TOTAL as i64
        }
    );
    references
}

async fn crash_and_recover(db: &TestDb) {
    let Some(sink) = SmtpSink::start().await else {
        return;
    };
    // Migrate first so both runs start from the same schema.
    Store::connect(&db.url, 1).await.unwrap().close().await;
    let client: HttpClient = Client::builder(TokioExecutor::new())
        .pool_idle_timeout(Duration::from_secs(5))
        .build_http();
    let (recorded_tx, mut recorded) = mpsc::unbounded_channel();
    let port = free_port();
    let mut server = start_server(&db.url, port, sink.port);
    wait_listening(&mut server, recorded_tx.clone()).await;

    let bodies: Vec<(String, String)> = (0..TOTAL)
        .map(|_| {
            let p = payload();
            (p["id"].as_str().unwrap().to_string(), p.to_string())
        })
        .collect();
    let done = Arc::new(AtomicUsize::new(0));
    let reached = Arc::new(tokio::sync::Notify::new());
    let mut tasks = Vec::with_capacity(TOTAL);
    for (id, body) in bodies.clone() {
        let (client, done, reached) = (client.clone(), done.clone(), reached.clone());
        tasks.push(tokio::spawn(async move {
            let r = post(&client, port, &body).await;
            if done.fetch_add(1, Ordering::SeqCst) + 1 == KILL_AFTER {
                reached.notify_one();
            }
            (id, r)
        }));
    }
    tokio::time::timeout(Duration::from_secs(120), reached.notified())
        .await
        .expect("first answers within 120 s");
    server.start_kill().expect("kill -9"); // SIGKILL on Unix
    server.wait().await.unwrap();
    let mailed_before_restart = sink.received().len();

    let mut acked: HashMap<String, String> = HashMap::new(); // id → reference
    let mut lost = 0;
    for t in tasks {
        let (id, r) = t.await.unwrap();
        match r {
            Ok((201, v)) => {
                acked.insert(id, v["reference"].as_str().unwrap().to_string());
            }
            Ok((s, v)) => panic!("unexpected answer {s}: {v}"),
            Err(_) => lost += 1,
        }
    }
    assert!(acked.len() >= KILL_AFTER - 1, "acked {}", acked.len());
    assert!(lost > 0, "the kill came too late to test anything");
    eprintln!(
        "crash test: {} acknowledged, {lost} cut off by kill -9, {mailed_before_restart} mails \
         sent before the kill",
        acked.len()
    );
    assert!(
        mailed_before_restart < acked.len(),
        "the kill came after every mail was sent: nothing tested"
    );

    // Restart on the same database.
    let port2 = free_port();
    let mut server2 = start_server(&db.url, port2, sink.port);
    wait_listening(&mut server2, recorded_tx.clone()).await;

    let store = Store::connect(&db.url, 2)
        .await
        .unwrap()
        .with_key(common::test_key());
    let stored_before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM requests")
        .fetch_one(store.pool())
        .await
        .unwrap();
    // Everything acknowledged is there; some unacknowledged ones may be too (committed, answer lost).
    assert!(stored_before as usize >= acked.len());
    assert!(stored_before as usize <= TOTAL);

    // Resubmitting every request (what the widget's outbox does).
    let references = resubmit_all(
        &client,
        port2,
        bodies.iter().map(|(id, body)| (id, body)),
        &acked,
        &store,
    )
    .await;

    // Mails: one acknowledgement per stored request, none lost to the kill.
    all_jobs_done(&store, &mut recorded, 300).await;
    assert_eq!(jobs_not_done(&store).await, 0, "every mail job done");
    // Each mail reached the sink before its job was recorded done.
    let all = sink.received();
    let resent = one_acknowledgement_each(&all, &references);
    eprintln!(
        "crash test: {TOTAL} acknowledgements mailed, {resent} re-sent under the same Message-ID"
    );
    store.close().await;
}

/// Every stored request's acknowledgement is in `mails` under exactly one `Message-ID` (a mail
/// handed to the SMTP server by a killed receiver before it recorded it goes out again under
/// the same `Message-ID`, which mail systems keep once: at most one per mail in flight).
/// Returns how many were sent twice.
fn one_acknowledgement_each(mails: &[String], references: &HashSet<String>) -> usize {
    let mut ids_by_ref: HashMap<String, HashSet<String>> = HashMap::new();
    for m in mails {
        let id = header(m, "Message-ID").expect("Message-ID");
        let reference = reference_in(&id).expect("reference in the Message-ID");
        ids_by_ref.entry(reference).or_default().insert(id);
    }
    assert_eq!(
        ids_by_ref.len(),
        references.len(),
        "an acknowledgement for every stored request, and for nothing else"
    );
    for r in references {
        let ids = ids_by_ref
            .get(r)
            .unwrap_or_else(|| panic!("{r}: no acknowledgement"));
        assert_eq!(
            ids.len(),
            1,
            "{r}: {} different acknowledgements",
            ids.len()
        );
    }
    let resent = mails.len() - references.len();
    assert!(resent <= 8, "{resent} mails re-sent");
    resent
}
both!(crash_and_recover);

/// Two receivers on one database, submissions spread over both, one killed with SIGKILL under
/// load: the other keeps answering; every acknowledged request is stored once (a resubmission
/// to the survivor is a replay with the same reference); the survivor sends the mails the killed
/// one had claimed (after their lease) under the same `Message-ID`; the audit chain verifies.
async fn two_receivers_one_killed(db: &TestDb) {
    let Some(sink) = SmtpSink::start().await else {
        return;
    };
    Store::connect(&db.url, 1).await.unwrap().close().await;
    let client: HttpClient = Client::builder(TokioExecutor::new())
        .pool_idle_timeout(Duration::from_secs(5))
        .build_http();
    let (recorded_tx, mut recorded) = mpsc::unbounded_channel();
    let (port_a, port_b) = (free_port(), free_port());
    let mut a = start_server(&db.url, port_a, sink.port);
    let mut b = start_server(&db.url, port_b, sink.port);
    wait_listening(&mut a, recorded_tx.clone()).await;
    wait_listening(&mut b, recorded_tx.clone()).await;

    // Even submissions to A (the one to be killed), odd ones to B.
    let bodies: Vec<(String, String, u16)> = (0..TOTAL)
        .map(|i| {
            let p = payload();
            let port = if i % 2 == 0 { port_a } else { port_b };
            (p["id"].as_str().unwrap().to_string(), p.to_string(), port)
        })
        .collect();
    let done = Arc::new(AtomicUsize::new(0));
    let reached = Arc::new(tokio::sync::Notify::new());
    let mut tasks = Vec::with_capacity(TOTAL);
    for (id, body, port) in bodies.clone() {
        let (client, done, reached) = (client.clone(), done.clone(), reached.clone());
        tasks.push(tokio::spawn(async move {
            let r = post(&client, port, &body).await;
            if done.fetch_add(1, Ordering::SeqCst) + 1 == KILL_AFTER {
                reached.notify_one();
            }
            (id, port, r)
        }));
    }
    tokio::time::timeout(Duration::from_secs(120), reached.notified())
        .await
        .expect("first answers within 120 s");
    a.start_kill().expect("kill -9 receiver A");
    a.wait().await.unwrap();

    let mut acked: HashMap<String, String> = HashMap::new();
    let (mut lost, mut acked_by_a) = (0, 0);
    for t in tasks {
        let (id, port, r) = t.await.unwrap();
        match r {
            Ok((201, v)) => {
                acked_by_a += usize::from(port == port_a);
                acked.insert(id, v["reference"].as_str().unwrap().to_string());
            }
            Ok((s, v)) => panic!("unexpected answer {s} from {port}: {v}"),
            // Only the killed receiver's answers may be cut off.
            Err(e) => {
                assert_eq!(port, port_a, "receiver B failed a request: {e}");
                lost += 1;
            }
        }
    }
    eprintln!(
        "two receivers: {} acknowledged ({acked_by_a} by A before its kill), {lost} cut off",
        acked.len()
    );
    assert!(lost > 0, "the kill came too late to test anything");
    assert!(acked_by_a > 0, "A acknowledged nothing before its kill");
    assert_eq!(
        acked.len() + lost,
        TOTAL,
        "B answered every request sent to it"
    );

    let store = Store::connect(&db.url, 2)
        .await
        .unwrap()
        .with_key(common::test_key());
    // The widget's outbox sends again what was not acknowledged; here everything goes to B.
    let references = resubmit_all(
        &client,
        port_b,
        bodies.iter().map(|(id, body, _)| (id, body)),
        &acked,
        &store,
    )
    .await;

    // B sends every acknowledgement, A's unsent ones too (after their lease).
    all_jobs_done(&store, &mut recorded, 300).await;
    // Each mail reached the sink before its job was recorded done.
    let all = sink.received();
    let resent = one_acknowledgement_each(&all, &references);
    eprintln!("two receivers: {TOTAL} acknowledgements mailed, {resent} re-sent (same Message-ID)");
    store.close().await;
    b.start_kill().unwrap();
}
both!(two_receivers_one_killed);
