//! Webhooks against a local consumer on 127.0.0.1: signatures checked with another HMAC
//! implementation (the `hmac` crate, not the `standardwebhooks` crate under test), retries of a
//! consumer that fails first, the delivery log and delivery by hand, an unreachable consumer,
//! two receivers on one database, a receiver killed during a delivery, and a bad secret refused
//! at start by the binary.

mod common;

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use common::*;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

/// One request the consumer received.
#[derive(Clone, Debug)]
struct Got {
    id: String,
    timestamp: String,
    signature: String,
    body: String,
    answered: u16,
}

/// A webhook consumer: answers 500 to the first `fail_first` requests, never answers the first
/// `hang_first` (until the connection is dropped), then 200.
#[derive(Clone, Default)]
struct Consumer {
    got: Arc<Mutex<Vec<Got>>>,
    fail_first: Arc<AtomicUsize>,
    hang_first: Arc<AtomicUsize>,
    arrived: Arc<tokio::sync::Notify>,
}

impl Consumer {
    async fn start(fail_first: usize, hang_first: usize) -> (u16, Consumer) {
        let c = Consumer::default();
        c.fail_first.store(fail_first, Ordering::SeqCst);
        c.hang_first.store(hang_first, Ordering::SeqCst);
        let state = c.clone();
        let app = axum::Router::new().route(
            "/hook",
            axum::routing::post(move |headers: HeaderMap, body: Bytes| {
                let c = state.clone();
                async move {
                    let h = |n: &str| {
                        headers
                            .get(n)
                            .and_then(|v| v.to_str().ok())
                            .unwrap_or("")
                            .to_string()
                    };
                    let hang = c
                        .hang_first
                        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                        .is_ok();
                    let fail = !hang
                        && c.fail_first
                            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                            .is_ok();
                    let answered = if hang {
                        0
                    } else if fail {
                        500
                    } else {
                        200
                    };
                    c.got.lock().unwrap().push(Got {
                        id: h("webhook-id"),
                        timestamp: h("webhook-timestamp"),
                        signature: h("webhook-signature"),
                        body: String::from_utf8_lossy(&body).into_owned(),
                        answered,
                    });
                    c.arrived.notify_waiters();
                    if hang {
                        std::future::pending::<()>().await;
                    }
                    StatusCode::from_u16(answered).unwrap()
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move { axum::serve(listener, app).await });
        (port, c)
    }

    fn got(&self) -> Vec<Got> {
        self.got.lock().unwrap().clone()
    }

    /// Waits (30 s deadline) until `pred` holds for what arrived, looking again at each arrival.
    async fn wait(&self, what: &str, pred: impl Fn(&[Got]) -> bool) -> Vec<Got> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            // Registered before looking, so an arrival in between wakes the wait below.
            let arrived = self.arrived.notified();
            tokio::pin!(arrived);
            arrived.as_mut().enable();
            let got = self.got();
            if pred(&got) {
                return got;
            }
            let next = tokio::time::timeout_at(deadline, arrived).await;
            assert!(next.is_ok(), "{what}: not within 30 s; got {got:#?}");
        }
    }
}

/// The signature per the Standard Webhooks specification, computed with the `hmac` crate.
fn signature_ok(g: &Got) -> bool {
    use base64::Engine;
    use hmac::{Hmac, Mac};
    let key = base64::engine::general_purpose::STANDARD
        .decode(SECRET.strip_prefix("whsec_").unwrap())
        .unwrap();
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(&key).unwrap();
    mac.update(format!("{}.{}.{}", g.id, g.timestamp, g.body).as_bytes());
    let expected = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
    g.signature
        .split(' ')
        .any(|s| s == format!("v1,{expected}"))
}

fn hook_config(db: &TestDb, port: u16) -> glassbox_receiver::config::Config {
    let mut c = config(db);
    c.webhook_url = Some(format!("http://127.0.0.1:{port}/hook"));
    c.webhook_secret = Some(SECRET.into());
    c.webhook_retry_secs = 0;
    c.webhook_timeout_secs = 5;
    c.systems = vec!["crm".into()];
    c
}

async fn with_worker(c: glassbox_receiver::config::Config) -> glassbox_receiver::AppState {
    let st = state(c).await;
    glassbox_receiver::jobs::spawn(st.clone());
    st
}

fn delivered(got: &[Got]) -> HashMap<String, Value> {
    got.iter()
        .filter(|g| g.answered == 200)
        .map(|g| (g.id.clone(), serde_json::from_str(&g.body).unwrap()))
        .collect()
}

async fn signed_retried_logged_and_redelivered(db: &TestDb) {
    let (port, consumer) = Consumer::start(2, 0).await;
    let st = with_worker(hook_config(db, port)).await;
    let (s, a) = post_json(&st, &payload()).await;
    assert_eq!(s, 201);
    let reference = a["reference"].as_str().unwrap().to_string();

    // request.received: 500, 500, then 200, always under the same webhook-id.
    let got = consumer
        .wait("request.received delivered", |g| {
            g.iter().any(|x| x.answered == 200)
        })
        .await;
    assert_eq!(got.len(), 3, "{got:#?}");
    assert_eq!(
        got.iter().map(|g| g.answered).collect::<Vec<_>>(),
        [500, 500, 200]
    );
    assert!(got
        .iter()
        .all(|g| g.id == got[0].id && g.id.starts_with("msg_")));
    for g in &got {
        assert!(signature_ok(g), "signature does not verify: {g:#?}");
    }
    let body: Value = serde_json::from_str(&got[2].body).unwrap();
    assert_eq!(body["type"], "request.received");
    assert_eq!(body["data"]["reference"], reference.as_str());
    assert_eq!(body["data"]["status"], "received");
    assert_eq!(body["data"]["kinds"], json!(["access", "erasure"]));
    assert!(body["data"]["due_by"].is_string());
    assert!(body["timestamp"].as_str().unwrap().ends_with('Z'));

    // Verification: request.verified and task.created.
    let (s, _) = admin_post(
        &st,
        &format!("/v1/admin/requests/{reference}/status"),
        json!({"status": "verified"}),
    )
    .await;
    assert_eq!(s, 200);
    let got = consumer
        .wait("verified and task.created", |g| delivered(g).len() == 3)
        .await;
    let types: Vec<String> = delivered(&got)
        .values()
        .map(|b| b["type"].as_str().unwrap().to_string())
        .collect();
    for t in ["request.received", "request.verified", "task.created"] {
        assert!(types.iter().any(|x| x == t), "{t} missing: {types:?}");
    }
    let task = delivered(&got)
        .into_values()
        .find(|b| b["type"] == "task.created")
        .unwrap();
    assert_eq!(task["data"]["task"]["system"], "crm");
    // No personal data in any body.
    for g in &got {
        assert!(signature_ok(g));
        for personal in ["marie", "Marie", "no longer needed", "shop.example/help"] {
            assert!(!g.body.contains(personal), "{personal} in {}", g.body);
        }
    }

    // The delivery log: every attempt, with the consumer's answer.
    let (s, log) = get_json(&st, "/v1/admin/webhooks", Some(ADMIN)).await;
    assert_eq!(s, 200);
    let first = log
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["type"] == "request.received")
        .unwrap()
        .clone();
    assert_eq!(first["webhook_id"], got[0].id.as_str());
    assert_eq!(first["state"], "done");
    let codes: Vec<i64> = first["attempts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["status_code"].as_i64().unwrap())
        .collect();
    assert_eq!(codes, [500, 500, 200]);
    // On the admin page too.
    let (s, html) = admin_get_text(&st, &format!("/admin/requests/{reference}")).await;
    assert_eq!(s, 200);
    assert!(
        html.contains("request.received") && html.contains("500"),
        "{html}"
    );

    // Delivered again by hand: the same webhook-id once more.
    let id = first["id"].as_str().unwrap();
    let (s, _) = admin_post(
        &st,
        &format!("/v1/admin/webhooks/{id}/redeliver"),
        json!({}),
    )
    .await;
    assert_eq!(s, 202);
    let again = consumer
        .wait("delivered again", |g| {
            g.iter()
                .filter(|x| x.id == got[0].id && x.answered == 200)
                .count()
                == 2
        })
        .await;
    assert!(again.iter().all(signature_ok));
    let (s, _) = admin_post(&st, "/v1/admin/webhooks/nope/redeliver", json!({})).await;
    assert_eq!(s, 404);
}
both!(signed_retried_logged_and_redelivered);

/// Submits a request to a receiver with the settings `c` whose jobs the test runs (each retry
/// is due at once: `webhook_retry_secs` is 0), and returns it with the attempts of the one
/// webhook delivery, checked failed after `c.webhook_attempts` attempts.
async fn failed_delivery(
    c: glassbox_receiver::config::Config,
) -> (glassbox_receiver::AppState, Vec<Value>) {
    let want = c.webhook_attempts as usize;
    let st = state_without_worker(c).await;
    let (s, _) = post_json(&st, &payload()).await;
    assert_eq!(s, 201);
    run_jobs(&st).await;
    let (_, log) = get_json(&st, "/v1/admin/webhooks", Some(ADMIN)).await;
    assert_eq!(log[0]["state"], "failed", "not failed: {log}");
    let attempts = log[0]["attempts"].as_array().unwrap().clone();
    assert_eq!(attempts.len(), want, "{log}");
    (st, attempts)
}

async fn unreachable_consumer_is_recorded_as_failed_attempts(db: &TestDb) {
    let dead = free_port();
    let mut c = hook_config(db, dead);
    c.webhook_attempts = 3;
    let (st, attempts) = failed_delivery(c).await;
    for a in &attempts {
        assert!(a["status_code"].is_null());
        assert_eq!(a["error"], "could not connect");
    }
    // Shown as failed among the jobs.
    let (_, failed) = get_json(&st, "/v1/admin/jobs?state=failed", Some(ADMIN)).await;
    assert_eq!(failed[0]["kind"], "webhook");
}
both!(unreachable_consumer_is_recorded_as_failed_attempts);

async fn two_receivers_deliver_each_webhook_once(db: &TestDb) {
    let (port, consumer) = Consumer::start(0, 0).await;
    let mut c = hook_config(db, port);
    c.systems = vec![];
    let a = with_worker(c.clone()).await;
    let b = with_worker(c).await;
    const N: usize = 20;
    for i in 0..N {
        let st = if i % 2 == 0 { &a } else { &b };
        let (s, _) = post_json(st, &payload()).await;
        assert_eq!(s, 201);
    }
    consumer
        .wait("every webhook", |g| delivered(g).len() == N)
        .await;
    wait_jobs_done(&a, 30).await;
    let got = consumer.got();
    assert_eq!(got.len(), N, "a webhook was sent twice: {got:#?}");
}
both!(two_receivers_deliver_each_webhook_once);

fn start_binary(db_url: &str, port: u16, hook_port: u16) -> tokio::process::Child {
    tokio::process::Command::new(env!("CARGO_BIN_EXE_glassbox-receiver"))
        .env_clear()
        .env("GLASSBOX_AUDIT_KEY", TEST_KEY_HEX)
        .env("GLASSBOX_LISTEN", format!("127.0.0.1:{port}"))
        .env("DATABASE_URL", db_url)
        .env(
            "GLASSBOX_WEBHOOK_URL",
            format!("http://127.0.0.1:{hook_port}/hook"),
        )
        .env("GLASSBOX_WEBHOOK_SECRET", SECRET)
        .env("GLASSBOX_WEBHOOK_TIMEOUT_SECS", "60")
        .env("GLASSBOX_JOB_LEASE_SECS", "2")
        .env("GLASSBOX_RATE_LIMIT", "0")
        .env("GLASSBOX_DIST_DIR", "/nonexistent")
        .env("GLASSBOX_DEMO_DIR", "/nonexistent")
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("start glassbox-receiver")
}

async fn wait_listening(child: &mut tokio::process::Child) {
    use tokio::io::{AsyncBufReadExt, BufReader};
    let stderr = child.stderr.take().unwrap();
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
    assert!(matches!(found, Ok(true)), "the receiver did not start");
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
}

async fn killed_during_delivery_delivers_later_with_the_same_id(db: &TestDb) {
    // The consumer never answers the first delivery: the receiver is killed while it waits.
    let (hook_port, consumer) = Consumer::start(0, 1).await;
    let port = free_port();
    let mut first = start_binary(&db.url, port, hook_port);
    wait_listening(&mut first).await;
    let client = reqwest::Client::new();
    let resp = client
        .post(format!("http://127.0.0.1:{port}/v1/requests"))
        .header("content-type", "application/json")
        .body(payload().to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 201);
    let got = consumer.wait("first attempt", |g| !g.is_empty()).await;
    let id = got[0].id.clone();
    first.kill().await.unwrap(); // SIGKILL
    first.wait().await.unwrap();

    let mut second = start_binary(&db.url, free_port(), hook_port);
    wait_listening(&mut second).await;
    let got = consumer
        .wait("delivered after the kill", |g| {
            g.iter().any(|x| x.answered == 200)
        })
        .await;
    let ok: Vec<&Got> = got.iter().filter(|g| g.answered == 200).collect();
    assert_eq!(ok.len(), 1, "{got:#?}");
    assert_eq!(ok[0].id, id, "the same webhook-id after the kill");
    assert!(signature_ok(ok[0]));
    second.kill().await.unwrap();
}
both!(killed_during_delivery_delivers_later_with_the_same_id);

/// A secret without `whsec_`, or not base64, stops the binary at start with one line that names
/// the setting and never repeats the secret; the secret is not accepted as a flag.
#[tokio::test]
async fn a_bad_secret_is_refused_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("x.db").display());
    for (secret, says) in [
        (
            "C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
            "does not start with `whsec_`",
        ),
        ("whsec_%%%not-base64%%%", "not valid base64"),
    ] {
        let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_glassbox-receiver"))
            .env_clear()
            .env("GLASSBOX_AUDIT_KEY", TEST_KEY_HEX)
            .env("DATABASE_URL", &db)
            .env("GLASSBOX_LISTEN", format!("127.0.0.1:{}", free_port()))
            .env("GLASSBOX_WEBHOOK_URL", "https://hooks.example/x")
            .env("GLASSBOX_WEBHOOK_SECRET", secret)
            .env("NO_COLOR", "1")
            .output()
            .await
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<&str> = err.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines.len(), 1, "one line: {err}");
        assert!(
            lines[0].contains("GLASSBOX_WEBHOOK_SECRET") && lines[0].contains(says),
            "{err}"
        );
        assert!(!err.contains(secret), "the secret is never printed: {err}");
    }
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_glassbox-receiver"))
        .args(["--webhook-secret", SECRET])
        .output()
        .await
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "no such flag");
}

/// The demo's consumer keeps only deliveries whose signature verifies, and exists only when
/// `GLASSBOX_DEMO_WEBHOOKS` is on.
#[tokio::test]
async fn the_demo_consumer_checks_signatures() {
    use base64::Engine;
    use hmac::{Hmac, Mac};
    let db = TestDb::sqlite();
    let mut c = hook_config(&db, free_port());
    c.demo_webhooks = true;
    let st = state(c.clone()).await;
    let body = r#"{"type":"request.received","timestamp":"2026-11-29T10:15:00Z","data":{"reference":"GB-0000001"}}"#;
    let ts = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        .to_string();
    let key = base64::engine::general_purpose::STANDARD
        .decode(SECRET.strip_prefix("whsec_").unwrap())
        .unwrap();
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(&key).unwrap();
    mac.update(format!("msg_demo1.{ts}.{body}").as_bytes());
    let good = format!(
        "v1,{}",
        base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
    );
    let post = |sig: &str| {
        axum::http::Request::post("/demo/webhook")
            .header("content-type", "application/json")
            .header("webhook-id", "msg_demo1")
            .header("webhook-timestamp", ts.clone())
            .header("webhook-signature", sig.to_string())
            .body(axum::body::Body::from(body))
            .unwrap()
    };
    let (s, _, _) = send(&st, post("v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")).await;
    assert_eq!(s, 401);
    let (s, _, _) = send(&st, post(&good)).await;
    assert_eq!(s, 204);
    let (s, html) = admin_get_text(&st, "/admin/webhooks-demo").await;
    assert_eq!(s, 200);
    assert!(
        html.contains("msg_demo1") && html.contains("GB-0000001"),
        "{html}"
    );
    assert_eq!(
        html.matches("<article").count(),
        1,
        "the bad one was not kept"
    );
    c.demo_webhooks = false;
    let off = state(c).await;
    let (s, _, _) = send(&off, post(&good)).await;
    assert_eq!(s, 404);
}

/// Once a day (at `GLASSBOX_DIGEST_AT`) each open request due within 7 days gets one
/// `deadline.approaching`, whatever the number of receivers and however often they look.
async fn deadline_warnings_once_per_request(db: &TestDb) {
    let (port, consumer) = Consumer::start(0, 0).await;
    let mut c = hook_config(db, port);
    c.digest_at = (0, 0);
    let a = with_worker(c.clone()).await;
    let b = with_worker(c).await;
    a.store.seed(120).await.unwrap();
    let today = a.store.today();
    let week =
        glassbox_core::deadline::Date::from_days_since_epoch(today.days_since_epoch() + 7).unwrap();
    let (due, _) = a.store.due_until(week, 1000).await.unwrap();
    let expected: Vec<String> = due
        .iter()
        .filter(|d| d.due_by >= today)
        .map(|d| d.reference.clone())
        .collect();
    assert!(
        !expected.is_empty(),
        "the seed has requests due within 7 days"
    );
    for _ in 0..3 {
        glassbox_receiver::team::schedule(&a).await.unwrap();
        glassbox_receiver::team::schedule(&b).await.unwrap();
    }
    let got = consumer
        .wait("deadline warnings", |g| {
            delivered(g).len() == expected.len()
        })
        .await;
    wait_jobs_done(&a, 30).await;
    let got_all = consumer.got();
    assert_eq!(
        got_all.len(),
        expected.len(),
        "each warning once: {got_all:#?}"
    );
    let mut refs: Vec<String> = delivered(&got)
        .values()
        .map(|b| {
            assert_eq!(b["type"], "deadline.approaching");
            let left = b["data"]["days_left"].as_i64().unwrap();
            assert!((0..=7).contains(&left), "{b}");
            b["data"]["reference"].as_str().unwrap().to_string()
        })
        .collect();
    refs.sort();
    let mut want = expected.clone();
    want.sort();
    assert_eq!(refs, want);
    assert!(got.iter().all(signature_ok));
}
both!(deadline_warnings_once_per_request);

/// A consumer that never answers costs one `GLASSBOX_WEBHOOK_TIMEOUT_SECS` per attempt, recorded
/// as a timeout; the worker goes on.
async fn a_consumer_that_never_answers_times_out(db: &TestDb) {
    let (port, _consumer) = Consumer::start(0, 100).await;
    let mut c = hook_config(db, port);
    c.webhook_timeout_secs = 1;
    c.webhook_attempts = 2;
    // Each attempt returns after its timeout.
    let (_st, attempts) = failed_delivery(c).await;
    for a in &attempts {
        assert_eq!(a["error"], "timeout");
        let ms = a["duration_ms"].as_i64().unwrap();
        assert!((900..5000).contains(&ms), "{ms} ms");
    }
}
both!(a_consumer_that_never_answers_times_out);
