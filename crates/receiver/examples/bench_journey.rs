//! Receiver benchmark of the requester's journey: how fast 1,000 acknowledgement mails queued by
//! 1,000 submissions reach a real SMTP server (aiosmtpd on 127.0.0.1), and the server's memory
//! while a 50 MiB result is uploaded and downloaded (streamed: the peak must stay under 64 MiB
//! above idle). SQLite; the release binary next to this example.
//!
//! `make bench-receiver` runs it after `bench`. Needs the Python with aiosmtpd
//! (`GLASSBOX_TEST_PYTHON`, as `make receiver-deps` sets up). Options: `--out FILE` (default
//! `bench/receiver-journey.md`), `--mails N` (1000), `--result-mib N` (50).

use axum::body::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tokio::io::AsyncBufReadExt;

mod bench_common;
use bench_common::{free_port, receiver, uuid_v4, wait_healthy, HttpClient, ADMIN_TOKEN};

/// A `/proc/<pid>/status` value in KiB (`VmRSS`, `VmHWM`).
fn proc_kib(pid: u32, key: &str) -> u64 {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    s.lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn count_eml(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
                .count()
        })
        .unwrap_or(0)
}

async fn call(
    client: &HttpClient,
    method: &str,
    url: &str,
    ct: Option<&str>,
    body: Bytes,
) -> (u16, Bytes) {
    let mut req = hyper::Request::builder()
        .method(method)
        .uri(url)
        .header("authorization", format!("Bearer {ADMIN_TOKEN}"));
    if let Some(ct) = ct {
        req = req.header("content-type", ct);
    }
    let resp = client
        .request(req.body(Full::new(body)).unwrap())
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.into_body().collect().await.unwrap().to_bytes())
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |name: &str, default: &str| -> String {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1).cloned())
            .unwrap_or_else(|| default.to_string())
    };
    let out = PathBuf::from(arg("--out", "bench/receiver-journey.md"));
    let mails: usize = arg("--mails", "1000").parse().expect("--mails N");
    let mib: usize = arg("--result-mib", "50").parse().expect("--result-mib N");
    let python =
        std::env::var("GLASSBOX_TEST_PYTHON").unwrap_or_else(|_| ".tools/venv/bin/python".into());

    let dir = tempfile::tempdir().unwrap();
    let sink_dir = dir.path().join("sink");
    let sink_port = free_port();
    let mut sink = tokio::process::Command::new(&python)
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/smtp_sink.py"))
        .arg(sink_port.to_string())
        .arg(&sink_dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("smtp_sink.py (GLASSBOX_TEST_PYTHON with aiosmtpd)");
    let mut lines = tokio::io::BufReader::new(sink.stdout.take().unwrap()).lines();
    assert_eq!(lines.next_line().await.unwrap().as_deref(), Some("READY"));

    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let db = format!("sqlite://{}", dir.path().join("bench.db").display());
    let mut server = receiver(port, &db)
        .env("GLASSBOX_SMTP_URL", format!("smtp://127.0.0.1:{sink_port}"))
        .env("GLASSBOX_RESULTS_DIR", dir.path().join("results"))
        .env(
            "GLASSBOX_RESULT_MAX_BYTES",
            ((mib + 1) * 1024 * 1024).to_string(),
        )
        .spawn()
        .expect("server");
    let pid = server.id().unwrap();
    let client: HttpClient = Client::builder(TokioExecutor::new()).build_http();
    wait_healthy(
        &client,
        port,
        Duration::from_secs(60),
        "receiver not healthy",
    )
    .await;

    // 1. Mails: 1,000 submissions, each committing its acknowledgement job; time until the SMTP
    // server holds all of them.
    let t0 = Instant::now();
    let mut tasks = Vec::new();
    for chunk in 0..16 {
        let (client, base) = (client.clone(), base.clone());
        let n = mails / 16 + usize::from(chunk < mails % 16);
        tasks.push(tokio::spawn(async move {
            for _ in 0..n {
                let body = serde_json::json!({
                    "schema": "glassbox.request/v1", "id": uuid_v4(), "kinds": ["access"],
                    "submitted_at": "2026-11-29T10:15:00Z", "lang": "de",
                    "requester": {"email": "bench@example.org"}, "details": {}
                });
                let (s, _) = call(
                    &client,
                    "POST",
                    &format!("{base}/v1/requests"),
                    Some("application/json"),
                    Bytes::from(body.to_string()),
                )
                .await;
                assert_eq!(s, 201);
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let submitted = t0.elapsed();
    let deadline = Instant::now() + Duration::from_secs(600);
    while count_eml(&sink_dir) < mails {
        assert!(Instant::now() < deadline, "mails not delivered in 10 min");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let delivered = t0.elapsed();

    // 2. A 50 MiB result: upload, complete, download; the server's peak memory above idle.
    let (_, list) = call(
        &client,
        "GET",
        &format!("{base}/v1/admin/requests?limit=1"),
        None,
        Bytes::new(),
    )
    .await;
    let list: serde_json::Value = serde_json::from_slice(&list).unwrap();
    let reference = list["items"][0]["reference"].as_str().unwrap().to_string();
    for to in ["verified", "in_progress"] {
        let (s, _) = call(
            &client,
            "POST",
            &format!("{base}/v1/admin/requests/{reference}/status"),
            Some("application/json"),
            Bytes::from(format!("{{\"status\":\"{to}\"}}")),
        )
        .await;
        assert_eq!(s, 200);
    }
    let idle_kib = proc_kib(pid, "VmRSS:");
    let hwm_before = proc_kib(pid, "VmHWM:");
    let size = mib * 1024 * 1024;
    let mut file = Vec::with_capacity(size);
    let mut i: u64 = 0;
    while file.len() < size {
        file.extend_from_slice(format!("{i},row-{i},{}\n", i * 7919 % 100_003).as_bytes());
        i += 1;
    }
    file.truncate(size);
    let file = Bytes::from(file);
    let t = Instant::now();
    let (s, b) = call(
        &client,
        "POST",
        &format!("{base}/v1/admin/requests/{reference}/result"),
        Some("text/csv"),
        file.clone(),
    )
    .await;
    assert_eq!(s, 200, "{}", String::from_utf8_lossy(&b));
    let upload = t.elapsed();
    let (s, _) = call(
        &client,
        "POST",
        &format!("{base}/v1/admin/requests/{reference}/status"),
        Some("application/json"),
        Bytes::from("{\"status\":\"completed\"}"),
    )
    .await;
    assert_eq!(s, 200);
    let deadline = Instant::now() + Duration::from_secs(60);
    let link = loop {
        let found = std::fs::read_dir(&sink_dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .find_map(|e| {
                let text = std::fs::read_to_string(e.path()).ok()?.replace("=\r\n", "");
                let i = text.find("/v1/results/")?;
                Some(text[i..i + "/v1/results/".len() + 64].to_string())
            });
        if let Some(l) = found {
            break l;
        }
        assert!(Instant::now() < deadline, "no completion mail");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let t = Instant::now();
    let (s, got) = call(&client, "GET", &format!("{base}{link}"), None, Bytes::new()).await;
    let download = t.elapsed();
    assert_eq!(s, 200);
    assert_eq!(got.len(), file.len());
    assert!(got == file, "downloaded bytes differ");
    let peak_kib = proc_kib(pid, "VmHWM:");
    server.start_kill().ok();
    server.wait().await.ok();
    sink.start_kill().ok();

    let above = peak_kib.saturating_sub(idle_kib) as f64 / 1024.0;
    let md = format!(
        "## Receiver benchmark: the requester's journey\n\n\
         SQLite, release build, loopback, aiosmtpd as the SMTP server (Python, one process).\n\n\
         | measure | value |\n|---|---:|\n\
         | {mails} submissions, each with its acknowledgement mail job (s) | {:.1} |\n\
         | … until the SMTP server held all {mails} mails (s) | {:.1} |\n\
         | mails per second (first submission to last mail) | {:.0} |\n\
         | upload of a {mib} MiB CSV result (s) | {:.2} |\n\
         | download of it (s) | {:.2} |\n\
         | receiver memory at idle (RSS, MiB) | {:.1} |\n\
         | peak during upload and download (VmHWM, MiB; before: {:.1}) | {:.1} |\n\
         | peak above idle (MiB; must stay under 64) | {above:.1} |\n\n\
         Reproduce with `make bench-receiver`.\n",
        submitted.as_secs_f64(),
        delivered.as_secs_f64(),
        mails as f64 / delivered.as_secs_f64(),
        upload.as_secs_f64(),
        download.as_secs_f64(),
        idle_kib as f64 / 1024.0,
        hwm_before as f64 / 1024.0,
        peak_kib as f64 / 1024.0,
    );
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent).ok();
    }
    std::fs::write(&out, &md).expect("write results");
    print!("{md}");
    assert!(above < 64.0, "peak memory {above:.1} MiB above idle");
}
