//! Receiver benchmark of the team's workflow: how many signed webhook deliveries per second
//! reach a local consumer (axum on 127.0.0.1, answering 200), and how long the metrics
//! (`GET /v1/admin/metrics`) take with 1,000,000 stored requests, on SQLite and PostgreSQL.
//!
//! `make bench-receiver` runs it after `bench_journey`. PostgreSQL from `DATABASE_URL_PG`
//! (skipped when unreachable). Options: `--out FILE` (default `bench/receiver-team.md`),
//! `--seed N` (1000000), `--webhooks N` (2000).

use axum::body::Body;
use axum::http::Request;
use glassbox_receiver::config::Config;
use glassbox_receiver::store::Store;
use glassbox_receiver::{app, AppState};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tower::ServiceExt;

mod bench_common;
use bench_common::{drop_pg, pg_database, uuid_v4};

struct Opts {
    out: String,
    seed: u64,
    webhooks: usize,
}

fn opts() -> Opts {
    let mut o = Opts {
        out: "bench/receiver-team.md".into(),
        seed: 1_000_000,
        webhooks: 2000,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.chunks(2) {
        let v = pair.get(1).cloned().unwrap_or_default();
        match pair[0].as_str() {
            "--out" => o.out = v,
            "--seed" => o.seed = v.parse().expect("--seed N"),
            "--webhooks" => o.webhooks = v.parse().expect("--webhooks N"),
            other => panic!("unknown option {other}"),
        }
    }
    o
}

fn state_for(url: &str, webhook: Option<String>) -> Config {
    let mut c = Config::for_database(url);
    c.admin_token = Some("bench-admin-token-bench-admin-token".into());
    c.rate_limit_per_minute = 0;
    c.db_max_connections = 8;
    c.results_dir = Some(std::env::temp_dir().join("glassbox-bench-team-results"));
    // A fresh key per run: the bench's audit chain proves nothing beyond the run.
    let mut key = [0u8; 32];
    getrandom::fill(&mut key).expect("randomness");
    c.audit_key = Some(glassbox_receiver::audit::AuditKey::from_bytes(&key).expect("32 bytes"));
    if let Some(u) = webhook {
        c.webhook_url = Some(u);
        c.webhook_secret = Some("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw".into());
    }
    c
}

async fn get(st: &AppState, path: &str) -> (u16, Vec<u8>) {
    let req = Request::get(path)
        .header(
            "authorization",
            "Bearer bench-admin-token-bench-admin-token",
        )
        .body(Body::empty())
        .unwrap();
    let resp = app(st.clone()).oneshot(req).await.unwrap();
    let s = resp.status().as_u16();
    let b = axum::body::to_bytes(resp.into_body(), usize::MAX)
        .await
        .unwrap();
    (s, b.to_vec())
}

/// Seeds `n` requests, then times `GET /v1/admin/metrics`: (seed s, first ms, median ms, max ms,
/// the daily recount of the open requests in ms).
async fn metrics_time(url: &str, n: u64) -> (f64, f64, f64, f64, f64) {
    let store = Store::connect(url, 8).await.unwrap();
    // The app's state keys the store's audit chain (seeding writes audit entries).
    let st = AppState::new(store, state_for(url, None)).unwrap();
    let t = Instant::now();
    st.store.seed(n).await.unwrap();
    let seed = t.elapsed().as_secs_f64();
    let mut times = Vec::new();
    for i in 0..21 {
        let t = Instant::now();
        let (s, body) = get(&st, "/v1/admin/metrics").await;
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        assert_eq!(s, 200, "{}", String::from_utf8_lossy(&body));
        if i == 0 {
            let m: serde_json::Value = serde_json::from_slice(&body).unwrap();
            eprintln!(
                "  open {} overdue {} due≤7d {}",
                m["open"], m["overdue"], m["due_within_7_days"]
            );
        }
        times.push(ms);
    }
    let first = times[0];
    let mut rest = times[1..].to_vec();
    rest.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let t = Instant::now();
    st.store.reconcile_open().await.unwrap();
    let recount = t.elapsed().as_secs_f64() * 1000.0;
    st.store.close().await;
    (
        seed,
        first,
        rest[rest.len() / 2],
        *rest.last().unwrap(),
        recount,
    )
}

/// Enqueues `n` webhooks (one per submitted request), then times their delivery by one worker.
async fn webhook_rate(url: &str, n: usize) -> (f64, f64) {
    let count = Arc::new(AtomicUsize::new(0));
    let c2 = count.clone();
    let consumer = axum::Router::new().route(
        "/hook",
        axum::routing::post(move || {
            let c = c2.clone();
            async move {
                c.fetch_add(1, Ordering::SeqCst);
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, consumer).await });
    let store = Store::connect(url, 8).await.unwrap();
    let st = AppState::new(
        store,
        state_for(url, Some(format!("http://127.0.0.1:{port}/hook"))),
    )
    .unwrap();
    for _ in 0..n {
        let body = serde_json::json!({
            "schema": "glassbox.request/v1", "id": uuid_v4(), "kinds": ["erasure"],
            "submitted_at": "2026-11-29T10:15:00Z", "lang": "en",
            "requester": {"email": "bench@example.invalid"}, "details": {},
        });
        let req = Request::post("/v1/requests")
            .header("content-type", "application/json")
            .body(Body::from(body.to_string()))
            .unwrap();
        let resp = app(st.clone()).oneshot(req).await.unwrap();
        assert_eq!(resp.status().as_u16(), 201);
    }
    let t = Instant::now();
    let worker = glassbox_receiver::jobs::spawn(st.clone());
    let deadline = Instant::now() + Duration::from_secs(600);
    while st.store.queued_jobs().await.unwrap() > 0 {
        assert!(
            Instant::now() < deadline,
            "webhooks not delivered in 10 min"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let secs = t.elapsed().as_secs_f64();
    worker.abort();
    assert_eq!(
        count.load(Ordering::SeqCst),
        n,
        "each webhook delivered once"
    );
    st.store.close().await;
    (secs, n as f64 / secs)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let o = opts();
    let dir = tempfile::tempdir().unwrap();
    let mut rows = Vec::new();
    let mut hooks = Vec::new();
    let sqlite_m = format!("sqlite://{}", dir.path().join("metrics.db").display());
    let sqlite_w = format!("sqlite://{}", dir.path().join("hooks.db").display());
    eprintln!("[sqlite] seeding {} and timing the metrics…", o.seed);
    rows.push(("sqlite", metrics_time(&sqlite_m, o.seed).await));
    eprintln!("[sqlite] {} webhooks…", o.webhooks);
    hooks.push(("sqlite", webhook_rate(&sqlite_w, o.webhooks).await));
    if let Some((url, name)) = pg_database("glassbox_bench_team").await {
        eprintln!("[postgres] seeding {} and timing the metrics…", o.seed);
        rows.push(("postgres", metrics_time(&url, o.seed).await));
        drop_pg(&name).await;
        if let Some((url, name)) = pg_database("glassbox_bench_team").await {
            eprintln!("[postgres] {} webhooks…", o.webhooks);
            hooks.push(("postgres", webhook_rate(&url, o.webhooks).await));
            drop_pg(&name).await;
        }
    } else {
        eprintln!("PostgreSQL unreachable: skipped");
    }
    let mut md = String::from("# Receiver: the team's workflow\n\n");
    md.push_str(&format!(
        "`make bench-receiver` (`examples/bench_team.rs`, release build, in-process router, loopback). \
         Machine: 2 CPU cores shared by everything.\n\n\
         **Metrics** — `GET /v1/admin/metrics` with {} requests stored (seeded in bulk, 60 % open, \
         spread over 400 days; the monthly counters computed once after seeding). 21 calls: the \
         first, then the median and max of the other 20. Goal: under 200 ms. The counts read \
         counters kept in each change's transaction; the last column is the daily recount of the \
         open requests from the rows (a background job, once a day, holding the writers' lock).\n\n\
         | database | seeding + counters (s) | first (ms) | median (ms) | max (ms) | daily recount (ms) |\n|---|---:|---:|---:|---:|---:|\n",
        o.seed
    ));
    for (db, (seed, first, median, max, recount)) in &rows {
        md.push_str(&format!(
            "| {db} | {seed:.1} | {first:.1} | {median:.1} | {max:.1} | {recount:.0} |\n"
        ));
    }
    md.push_str(&format!(
        "\n**Webhooks** — {} `request.received` webhooks queued by as many submissions, then \
         delivered by one receiver's worker (8 at a time) to a local consumer answering 200; \
         each signed (Standard Webhooks), each attempt recorded in the delivery log, each job \
         marked done in the database.\n\n| database | time (s) | deliveries per second |\n|---|---:|---:|\n",
        o.webhooks
    ));
    for (db, (secs, rate)) in &hooks {
        md.push_str(&format!("| {db} | {secs:.2} | {rate:.0} |\n"));
    }
    std::fs::write(&o.out, &md).unwrap();
    print!("{md}");
}
