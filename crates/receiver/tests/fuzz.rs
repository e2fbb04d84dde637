//! Fuzz targets (bolero, stable toolchain): the receiver's JSON bodies, sent through the whole
//! router (deserialize, validate, store) on an SQLite file. Whatever the body, the answer is
//! never a 5xx, never a panic, and an error is a JSON body naming it.
//!
//! Submission bodies are the request fixtures (`crates/core/tests/fixtures/request`) mutated by
//! random edits; admin bodies are status changes and extensions mutated the same way.
//! `cargo test` runs each target for 1 s, `make fuzz-smoke` 10 s, `make fuzz` 10 minutes
//! (`BOLERO_RANDOM_TEST_TIME_MS`). A failing body is kept under
//! `tests/fuzz-regressions/<submit|admin>/` and replayed by `regressions_replay`.

mod common;

use axum::body::Body;
use axum::http::Request;
use bolero::check;
use common::*;
use glassbox_receiver::AppState;
use serde_json::Value;
use std::path::Path;
use std::sync::OnceLock;

#[path = "../../core/tests/fuzz_kit/mod.rs"]
mod fuzz_kit;
use fuzz_kit::{files, keep_on_failure, mutate, repo, Edit, Target};

const TOKENS: &[&str] = &[
    "\"\\ud800\"",
    "\"\\u0000\"",
    "1e999",
    "-1",
    "256",
    "18446744073709551616",
    "null",
    "[]",
    "{}",
    "\"\"",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    "\"refused\"",
    "\"completed\"",
    "\"in_progress\"",
    "\"verified\"",
    "\"reason\":",
    "\u{202e}",
    "é",
];

fn submit_seeds() -> &'static [Vec<u8>] {
    static S: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    S.get_or_init(|| {
        let mut out = vec![payload().to_string().into_bytes()];
        out.extend(files(
            &[repo().join("crates/core/tests/fixtures/request")],
            &[".json"],
        ));
        assert!(out.len() > 3, "request fixtures missing");
        out
    })
}

fn admin_seeds() -> Vec<Vec<u8>> {
    [
        r#"{"status":"verified"}"#,
        r#"{"status":"in_progress"}"#,
        r#"{"status":"refused","reason":"We hold no account under this address."}"#,
        r#"{"status":"completed"}"#,
        r#"{"months":2,"reason":"Many requests this month."}"#,
        r#"{"months":1,"reason":""}"#,
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect()
}

/// One runtime and one receiver (an SQLite file) for every input of the run.
struct Harness {
    rt: tokio::runtime::Runtime,
    state: AppState,
    reference: String,
    _db: TestDb,
}

fn harness() -> &'static Harness {
    static H: OnceLock<Harness> = OnceLock::new();
    H.get_or_init(|| {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let db = TestDb::sqlite();
        let (state, reference) = rt.block_on(async {
            let st = state(config(&db)).await;
            let (s, v) = post_json(&st, &payload()).await;
            assert_eq!(s, 201, "{v}");
            (st, v["reference"].as_str().unwrap().to_string())
        });
        Harness {
            rt,
            state,
            reference,
            _db: db,
        }
    })
}

/// The answer to a fuzzed body: a 2xx, or a 4xx with a JSON error; never a 5xx.
fn check_answer(what: &str, body: &[u8], status: u16, answer: &[u8]) {
    assert!(
        status < 500,
        "{what} answered {status} to {:?}",
        String::from_utf8_lossy(body)
    );
    if status >= 400 {
        let v: Value = serde_json::from_slice(answer).unwrap_or(Value::Null);
        assert!(
            v["error"].is_string(),
            "{what} {status} without a JSON error: {:?}",
            String::from_utf8_lossy(answer)
        );
    }
}

fn submit_target(body: &[u8]) {
    let h = harness();
    let req = Request::post("/v1/requests")
        .header("content-type", "application/json")
        .body(Body::from(body.to_vec()))
        .unwrap();
    let (s, _, answer) = h.rt.block_on(send(&h.state, req));
    assert!(
        matches!(s, 200 | 201 | 400 | 409 | 413 | 422),
        "submission answered {s}"
    );
    check_answer("POST /v1/requests", body, s, &answer);
}

fn admin_target(body: &[u8]) {
    let h = harness();
    for action in ["status", "extend"] {
        let req = Request::post(format!("/v1/admin/requests/{}/{action}", h.reference))
            .header("authorization", format!("Bearer {ADMIN}"))
            .header("content-type", "application/json")
            .body(Body::from(body.to_vec()))
            .unwrap();
        let (s, _, answer) = h.rt.block_on(send(&h.state, req));
        check_answer(action, body, s, &answer);
    }
}

#[test]
fn fuzz_submission_bodies() {
    check!()
        .with_type::<(u8, Vec<Edit>)>()
        .for_each(|(pick, edits)| {
            keep_on_failure(
                "submit",
                &mutate(submit_seeds(), *pick, edits, TOKENS),
                submit_target,
            )
        });
}

#[test]
fn fuzz_admin_bodies() {
    let seeds = admin_seeds();
    check!()
        .with_type::<(u8, Vec<Edit>)>()
        .for_each(|(pick, edits)| {
            keep_on_failure("admin", &mutate(&seeds, *pick, edits, TOKENS), admin_target)
        });
}

/// Failing bodies found by fuzzing, kept as files and replayed on every `cargo test`; the
/// seeds too.
#[test]
fn regressions_replay() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let targets: [(&str, Target); 2] = [("submit", submit_target), ("admin", admin_target)];
    for (name, target) in targets {
        if let Ok(entries) = std::fs::read_dir(dir.join(name)) {
            for e in entries.flatten() {
                target(&std::fs::read(e.path()).unwrap());
            }
        }
    }
    for s in submit_seeds() {
        submit_target(s);
    }
    for s in admin_seeds() {
        admin_target(&s);
    }
}
