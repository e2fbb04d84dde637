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
use bolero::{check, TypeGenerator};
use common::*;
use glassbox_receiver::AppState;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A fuzz target: one input in, a panic on a broken promise.
type Target = fn(&[u8]);

/// Runs `target` on `bytes`; if it panics, the bytes are written to
/// `target/fuzz-failures/<name>/<sha-like hash>` first (the shrinker tries several; the
/// smallest is the one to keep under `tests/fuzz-regressions/<name>/`).
fn keep_on_failure(name: &str, bytes: &[u8], target: Target) {
    struct Guard<'a>(&'a str, &'a [u8]);
    impl Drop for Guard<'_> {
        fn drop(&mut self) {
            if std::thread::panicking() {
                use std::hash::{Hash, Hasher};
                let mut h = std::collections::hash_map::DefaultHasher::new();
                self.1.hash(&mut h);
                let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("../../target/fuzz-failures")
                    .join(self.0);
                let file = dir.join(format!("{:016x}", h.finish()));
                if std::fs::create_dir_all(&dir).is_ok() && std::fs::write(&file, self.1).is_ok() {
                    eprintln!("fuzz: failing input kept in {}", file.display());
                }
            }
        }
    }
    let _guard = Guard(name, bytes);
    target(bytes);
}

/// One edit of a seed.
#[derive(Clone, Debug, TypeGenerator)]
enum Edit {
    Flip { at: u16, byte: u8 },
    Insert { at: u16, bytes: Vec<u8> },
    Delete { at: u16, len: u8 },
    Token { at: u16, which: u8 },
}

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

fn mutate(seeds: &[Vec<u8>], pick: u8, edits: &[Edit]) -> Vec<u8> {
    let mut out = seeds[usize::from(pick) % seeds.len()].clone();
    for edit in edits {
        let at = |a: u16, len: usize| usize::from(a) % (len + 1);
        match edit {
            Edit::Flip { at: a, byte } => {
                if !out.is_empty() {
                    let i = usize::from(*a) % out.len();
                    out[i] = *byte;
                }
            }
            Edit::Insert { at: a, bytes } => {
                let i = at(*a, out.len());
                out.splice(i..i, bytes.iter().copied().take(64));
            }
            Edit::Delete { at: a, len } => {
                let i = at(*a, out.len());
                let end = (i + usize::from(*len)).min(out.len());
                out.drain(i..end);
            }
            Edit::Token { at: a, which } => {
                let token = TOKENS[usize::from(*which) % TOKENS.len()].as_bytes();
                let i = at(*a, out.len());
                out.splice(i..i, token.iter().copied());
            }
        }
    }
    out
}

fn submit_seeds() -> &'static [Vec<u8>] {
    static S: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    S.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/request");
        let mut out = vec![payload().to_string().into_bytes()];
        let mut stack: Vec<PathBuf> = vec![root];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "json") {
                    out.push(std::fs::read(&p).unwrap());
                }
            }
        }
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
                &mutate(submit_seeds(), *pick, edits),
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
            keep_on_failure("admin", &mutate(&seeds, *pick, edits), admin_target)
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
