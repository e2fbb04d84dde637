//! Receiver benchmark: throughput and latency of `POST /v1/requests` at 64 concurrent
//! submitters, with 1,000,000 requests already stored, on SQLite and on PostgreSQL.
//!
//! `make bench-receiver` runs it (release build). For each database it seeds a fresh one in
//! bulk (`glassbox-receiver seed`), starts the release binary on 127.0.0.1, warms up, then
//! measures; it also times the admin queue query. Figures go to `--out` as Markdown.
//!
//! Options: `--out FILE` (default `bench/receiver.md`), `--seed N` (1000000), `--requests N`
//! (20000), `--concurrency N` (64), `--backends sqlite,postgres`.

use axum::body::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

mod bench_common;
use bench_common::{drop_pg, pg_database, receiver, uuid_v4, wait_healthy, HttpClient, AUDIT_KEY};

struct Opts {
    out: PathBuf,
    seed: u64,
    requests: usize,
    concurrency: usize,
    backends: Vec<String>,
}

fn opts() -> Opts {
    let mut o = Opts {
        out: PathBuf::from("bench/receiver.md"),
        seed: 1_000_000,
        requests: 20_000,
        concurrency: 64,
        backends: vec!["sqlite".into(), "postgres".into()],
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i + 1 < args.len() {
        let v = args[i + 1].clone();
        match args[i].as_str() {
            "--out" => o.out = v.into(),
            "--seed" => o.seed = v.parse().expect("--seed N"),
            "--requests" => o.requests = v.parse().expect("--requests N"),
            "--concurrency" => o.concurrency = v.parse().expect("--concurrency N"),
            "--backends" => o.backends = v.split(',').map(str::to_string).collect(),
            other => panic!("unknown option {other}"),
        }
        i += 2;
    }
    o
}

fn body() -> String {
    serde_json::json!({
        "schema": "glassbox.request/v1", "id": uuid_v4(), "kinds": ["access", "erasure"],
        "submitted_at": "2026-11-29T10:15:00Z", "lang": "fr",
        "requester": {"email": "bench@example.org", "name": "Bench"},
        "details": {"access": {"scope": "all"}, "erasure": {"ground": "no longer needed"}},
        "context": {"page": "https://shop.example/help", "system": "Aria"}
    })
    .to_string()
}

async fn submit(client: &HttpClient, port: u16) -> Duration {
    let req = hyper::Request::post(format!("http://127.0.0.1:{port}/v1/requests"))
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body())))
        .unwrap();
    let t = Instant::now();
    let resp = client.request(req).await.expect("request");
    let status = resp.status();
    let _ = resp.into_body().collect().await;
    assert_eq!(status, 201);
    t.elapsed()
}

struct Result {
    backend: String,
    seed_secs: f64,
    throughput: f64,
    p50: f64,
    p99: f64,
    max: f64,
    queue_ms: f64,
}

fn pct(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i].as_secs_f64() * 1000.0
}

async fn run(o: &Opts, backend: &str) -> Result {
    let dir = tempfile::tempdir().unwrap();
    let (url, pg) = if backend == "sqlite" {
        (
            format!("sqlite://{}", dir.path().join("bench.db").display()),
            None,
        )
    } else {
        let (url, name) = pg_database("glassbox_bench").await.expect("PostgreSQL");
        (url, Some(name))
    };
    eprintln!("[{backend}] seeding {} requests…", o.seed);
    let t = Instant::now();
    let st = std::process::Command::new(bench_common::binary())
        .args(["seed", "--count", &o.seed.to_string()])
        .env("DATABASE_URL", &url)
        .env("GLASSBOX_AUDIT_KEY", AUDIT_KEY)
        .env("RUST_LOG", "warn")
        .status()
        .expect("seed");
    assert!(st.success());
    let seed_secs = t.elapsed().as_secs_f64();

    let port = bench_common::free_port();
    let mut server = receiver(port, &url)
        .env("GLASSBOX_DB_MAX_CONNECTIONS", "32")
        .env_remove("GLASSBOX_SMTP_URL")
        .spawn()
        .expect("server");
    let client: HttpClient = Client::builder(TokioExecutor::new()).build_http();
    wait_healthy(
        &client,
        port,
        Duration::from_secs(120),
        "server not healthy",
    )
    .await;
    eprintln!("[{backend}] warm-up…");
    for _ in 0..200 {
        submit(&client, port).await;
    }

    eprintln!(
        "[{backend}] {} submissions at {} concurrent…",
        o.requests, o.concurrency
    );
    let next = Arc::new(AtomicUsize::new(0));
    let t = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..o.concurrency {
        let (client, next, n) = (client.clone(), next.clone(), o.requests);
        workers.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            while next.fetch_add(1, Ordering::Relaxed) < n {
                lat.push(submit(&client, port).await);
            }
            lat
        }));
    }
    let mut lat = Vec::with_capacity(o.requests);
    for w in workers {
        lat.extend(w.await.unwrap());
    }
    let elapsed = t.elapsed().as_secs_f64();
    lat.sort();

    // The privacy team's queue over the whole table.
    let mut q = Vec::new();
    for _ in 0..20 {
        let req = hyper::Request::get(format!(
            "http://127.0.0.1:{port}/v1/admin/requests?status=received,verified,in_progress&limit=100"
        ))
        .header("authorization", "Bearer bench-admin-token-0123456789abcdef01")
        .body(Full::default())
        .unwrap();
        let t = Instant::now();
        let r = client.request(req).await.unwrap();
        assert_eq!(r.status(), 200);
        let _ = r.into_body().collect().await;
        q.push(t.elapsed());
    }
    q.sort();
    server.start_kill().ok();
    server.wait().await.ok();
    if let Some(name) = pg {
        drop_pg(&name).await;
    }
    Result {
        backend: backend.to_string(),
        seed_secs,
        throughput: lat.len() as f64 / elapsed,
        p50: pct(&lat, 0.50),
        p99: pct(&lat, 0.99),
        max: pct(&lat, 1.0),
        queue_ms: pct(&q, 0.5),
    }
}

#[tokio::main]
async fn main() {
    let o = opts();
    let mut results = Vec::new();
    for b in o.backends.clone() {
        let r = run(&o, &b).await;
        eprintln!(
            "[{}] {:.0} req/s, p50 {:.1} ms, p99 {:.1} ms",
            r.backend, r.throughput, r.p50, r.p99
        );
        results.push(r);
    }
    let cpus = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    let mut md = format!(
        "## Receiver benchmark\n\n`POST /v1/requests` (release build, loopback), {c} concurrent \
         submitters, {n} measured submissions after 200 warm-up, {s} requests already stored \
         (seeded in bulk); every answer is a 201 committed to disk before it is sent (SQLite WAL \
         with `synchronous=FULL`; PostgreSQL defaults). Machine: {cpus} CPU cores shared by the \
         load generator and the server. Queue = `GET /v1/admin/requests` of open requests by due \
         date, 100 rows, median of 20.\n\n\
         | database | seeding (s) | throughput (req/s) | p50 (ms) | p99 (ms) | max (ms) | queue (ms) |\n\
         |---|---:|---:|---:|---:|---:|---:|\n",
        c = o.concurrency,
        n = o.requests,
        s = o.seed,
    );
    for r in &results {
        md.push_str(&format!(
            "| {} | {:.1} | {:.0} | {:.1} | {:.1} | {:.1} | {:.1} |\n",
            r.backend, r.seed_secs, r.throughput, r.p50, r.p99, r.max, r.queue_ms
        ));
    }
    md.push_str("\nReproduce with `make bench-receiver`.\n");
    if let Some(dir) = o.out.parent() {
        std::fs::create_dir_all(dir).ok();
    }
    std::fs::write(&o.out, &md).expect("write results");
    print!("{md}");
}
