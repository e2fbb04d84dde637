//! Bad input, generated: arbitrary bodies, content types, headers and paths never give a 5xx
//! or a panic, and every error is JSON.

mod common;

use axum::body::Body;
use axum::http::Request;
use common::*;
use proptest::prelude::*;
use serde_json::{json, Value};
use std::sync::OnceLock;

struct Fixture {
    rt: tokio::runtime::Runtime,
    state: glassbox_receiver::AppState,
    _db: TestDb,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let db = TestDb::sqlite();
        let state = rt.block_on(state(config(&db)));
        Fixture { rt, state, _db: db }
    })
}

fn check(req: Request<Body>) -> Result<(), TestCaseError> {
    let f = fixture();
    let path = req.uri().path().to_string();
    let head = req.method() == axum::http::Method::HEAD;
    let api = path.starts_with("/v1/")
        && !path.starts_with("/v1/verify/")
        && !path.starts_with("/v1/status/");
    let (status, headers, body) = f.rt.block_on(send(&f.state, req));
    prop_assert!(status < 500, "status {status}");
    if status >= 400 && !head {
        let ct = headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if ct.starts_with("application/json") {
            let v: Value =
                serde_json::from_slice(&body).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert!(v["error"].is_string());
            let text = String::from_utf8_lossy(&body);
            prop_assert!(!text.contains("sqlx") && !text.contains("panicked"));
        } else {
            // The JSON API always answers JSON; pages and static files may answer HTML or empty.
            prop_assert!(!api, "{path}: {status} {ct}");
        }
    }
    Ok(())
}

/// JSON values of any shape, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,30}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A valid payload with one field replaced by anything.
fn mutated_payload() -> impl Strategy<Value = Value> {
    let fields = prop::sample::select(vec![
        "/schema",
        "/id",
        "/kinds",
        "/kinds/0",
        "/submitted_at",
        "/lang",
        "/requester",
        "/requester/email",
        "/requester/name",
        "/details",
        "/details/erasure",
        "/details/erasure/ground",
        "/context",
        "/context/page",
        "/context/explanation",
    ]);
    (fields, any_json()).prop_map(|(ptr, v)| {
        let mut p = payload();
        if let Some(slot) = p.pointer_mut(ptr) {
            *slot = v;
        }
        p
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(body in prop::collection::vec(any::<u8>(), 0..2048)) {
        check(Request::post("/v1/requests").header("content-type", "application/json").body(Body::from(body)).unwrap())?;
    }

    #[test]
    fn arbitrary_json(v in any_json()) {
        check(Request::post("/v1/requests").header("content-type", "application/json").body(Body::from(v.to_string())).unwrap())?;
    }

    #[test]
    fn payloads_with_one_bad_field(p in mutated_payload()) {
        check(Request::post("/v1/requests").header("content-type", "application/json").body(Body::from(p.to_string())).unwrap())?;
    }

    #[test]
    fn arbitrary_headers(
        ct in "\\PC{0,40}", key in "[ -~]{0,80}", accept in "[ -~]{0,40}", auth in "[ -~]{0,60}",
    ) {
        let p = payload();
        let req = Request::post("/v1/requests")
            .header("content-type", ct.as_str())
            .header("idempotency-key", key.as_str())
            .header("accept", accept.as_str())
            .header("authorization", auth.as_str())
            .body(Body::from(p.to_string()));
        if let Ok(req) = req {
            check(req)?;
        }
    }

    #[test]
    fn arbitrary_paths_and_methods(
        path in "/(v1|admin|dist)?/[a-zA-Z0-9%._~/-]{0,60}",
        method in prop::sample::select(vec!["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]),
        body in "\\PC{0,100}",
        auth in prop::sample::select(vec!["", "Bearer admin-secret-for-tests-0123456789abcdef", "Bearer nope"]),
    ) {
        let mut req = Request::builder().method(method).uri(path.as_str());
        if !auth.is_empty() {
            req = req.header("authorization", auth);
        }
        if let Ok(req) = req.header("content-type", "application/json").body(Body::from(body)) {
            check(req)?;
        }
    }

    #[test]
    fn admin_bodies(v in any_json(), action in prop::sample::select(vec!["status", "extend"])) {
        let f = fixture();
        let (_, a) = f.rt.block_on(post_json(&f.state, &payload()));
        let r = a["reference"].as_str().unwrap_or("GB-0000000").to_string();
        check(Request::post(format!("/v1/admin/requests/{r}/{action}"))
            .header("authorization", "Bearer admin-secret-for-tests-0123456789abcdef")
            .header("content-type", "application/json")
            .body(Body::from(v.to_string())).unwrap())?;
        check(Request::post(format!("/v1/admin/requests/{r}/{action}"))
            .header("authorization", "Bearer admin-secret-for-tests-0123456789abcdef")
            .header("content-type", "application/json")
            .body(Body::from(json!({"status": "refused", "reason": v, "months": 1}).to_string())).unwrap())?;
    }
}
