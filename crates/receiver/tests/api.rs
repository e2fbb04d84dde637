//! Handler tests through `app(state).oneshot(..)`, each on a fresh SQLite file and a fresh
//! PostgreSQL database.

mod common;

use axum::body::Body;
use axum::http::Request;
use common::*;
use glassbox_core::i18n::{tr, Overrides, ReceiverMsg};
use glassbox_core::Lang;
use glassbox_receiver::audit::AuditReport;
use serde_json::{json, Value};

async fn submit_is_idempotent(db: &TestDb) {
    let st = state(config(db)).await;
    let body = payload();
    let (s1, a1) = post_json(&st, &body).await;
    assert_eq!(s1, 201, "{a1}");
    assert!(a1["reference"].as_str().unwrap().starts_with("GB-"));
    assert!(a1["status_url"]
        .as_str()
        .unwrap()
        .starts_with("http://receiver.test/v1/status/"));
    assert_eq!(a1["due_by"].as_str().unwrap().len(), 10);

    // Same id, same body: the same answer, 200.
    let req = Request::post("/v1/requests")
        .header("content-type", "application/json; charset=utf-8")
        .header("idempotency-key", body["id"].as_str().unwrap())
        .body(Body::from(body.to_string()))
        .unwrap();
    let (s2, h2, b2) = send(&st, req).await;
    assert_eq!(s2, 200);
    assert_eq!(h2.get("idempotent-replayed").unwrap(), "true");
    assert_eq!(serde_json::from_slice::<Value>(&b2).unwrap(), a1);

    // Same id, unknown extra field only: still the same request.
    let mut extra = body.clone();
    extra["something_new"] = json!(1);
    assert_eq!(post_json(&st, &extra).await.0, 200);

    // Same id, another body: 409.
    let mut other = body.clone();
    other["requester"]["name"] = json!("Someone else");
    let (s3, e3) = post_json(&st, &other).await;
    assert_eq!(s3, 409);
    assert_eq!(e3["error"], "id_conflict");

    // Idempotency-Key must equal the id.
    let fresh = payload();
    let req = Request::post("/v1/requests")
        .header("content-type", "application/json")
        .header("idempotency-key", new_id())
        .body(Body::from(fresh.to_string()))
        .unwrap();
    let (s4, _, b4) = send(&st, req).await;
    assert_eq!(s4, 422);
    let e4: Value = serde_json::from_slice(&b4).unwrap();
    assert_eq!(e4["fields"][0]["field"], "Idempotency-Key");

    // Exactly one row, one audit entry, chain intact.
    let (_, list) = get_json(
        &st,
        "/v1/admin/requests",
        Some("admin-secret-for-tests-0123456789abcdef"),
    )
    .await;
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
    assert_eq!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Intact { entries: 1 }
    );
}
both!(submit_is_idempotent);

async fn bad_input_is_a_json_4xx(db: &TestDb) {
    let st = state(config(db)).await;
    let mut bad = payload();
    bad["requester"]["email"] = json!("nope");
    bad["kinds"] = json!(["access", "access"]);
    let (s, e) = post_json(&st, &bad).await;
    assert_eq!(s, 422);
    assert_eq!(e["error"], "invalid_request");
    let fields: Vec<&str> = e["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"requester.email") && fields.contains(&"kinds[1]"),
        "{e}"
    );

    let cases: Vec<(&str, Vec<u8>, u16)> = vec![
        ("application/json", b"{not json".to_vec(), 400),
        ("text/plain", payload().to_string().into_bytes(), 415),
        ("application/json", vec![b' '; 300 * 1024], 413),
        ("application/json", b"[1,2,3]".to_vec(), 422),
        ("application/json", b"".to_vec(), 400),
    ];
    for (ct, body, want) in cases {
        let req = Request::post("/v1/requests")
            .header("content-type", ct)
            .body(Body::from(body))
            .unwrap();
        let (s, h, b) = send(&st, req).await;
        assert_eq!(s, want, "{ct}");
        assert!(h["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json"));
        let v: Value = serde_json::from_slice(&b).unwrap();
        assert!(v["error"].is_string());
    }
    // Unknown routes and methods answer JSON too.
    let (s, v) = get_json(&st, "/v1/nothing-here", None).await;
    assert_eq!((s, v["error"].as_str()), (404, Some("not_found")));
    let (s, _, b) = send(
        &st,
        Request::delete("/v1/requests").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(s, 405);
    assert!(serde_json::from_slice::<Value>(&b).is_ok());
}
both!(bad_input_is_a_json_4xx);

async fn status_page_by_token(db: &TestDb) {
    let st = state(config(db)).await;
    let (_, a) = post_json(&st, &payload()).await;
    let path = status_path(a["status_url"].as_str().unwrap());
    let (s, v) = get_json(&st, &path, None).await;
    assert_eq!(s, 200);
    assert_eq!(v["request"]["status"], "received");
    assert_eq!(v["request"]["reference"], a["reference"]);
    assert_eq!(v["request"]["due_by"], a["due_by"]);
    assert!(v["request"].get("email").is_none(), "no personal data: {v}");
    assert_eq!(v["history"][0]["action"], "received");

    // Wrong tokens: 404, whatever their shape.
    for bad in [
        "/v1/status/0000000000000000000000000000000000000000000000000000000000000000",
        "/v1/status/short",
        "/v1/status/%00",
    ] {
        assert_eq!(get_json(&st, bad, None).await.0, 404, "{bad}");
    }
    // A browser gets HTML with a strict CSP.
    let req = Request::get(&path)
        .header("accept", "text/html")
        .body(Body::empty())
        .unwrap();
    let (s, h, b) = send(&st, req).await;
    assert_eq!(s, 200);
    assert!(h["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("default-src 'none'"));
    let html = String::from_utf8(b).unwrap();
    assert!(html.contains(a["reference"].as_str().unwrap()));
    assert!(!html.contains("marie@example.fr"));
    // In the language of the request (French here): labels, status and the rights' names.
    let fr = |m| tr(Lang::Fr, m, &[], &Overrides::default());
    assert!(html.contains("<html lang=\"fr\">"), "{html}");
    for text in [
        fr(ReceiverMsg::StatusStatus),
        fr(ReceiverMsg::StateReceived),
        fr(ReceiverMsg::StatusPrivate),
        fr(ReceiverMsg::HistoryReceived),
    ] {
        assert!(html.contains(&esc(&text)), "{text} in {html}");
    }
    assert!(!html.contains("Answer due by"), "{html}");
}
both!(status_page_by_token);

async fn admin_auth(db: &TestDb) {
    let st = state(config(db)).await;
    assert_eq!(get_json(&st, "/v1/admin/requests", None).await.0, 401);
    assert_eq!(
        get_json(&st, "/v1/admin/requests", Some("wrong")).await.0,
        403
    );
    assert_eq!(
        get_json(
            &st,
            "/v1/admin/requests",
            Some("admin-secret-for-tests-0123456789abcdef")
        )
        .await
        .0,
        200
    );
    let mut cfg = config(db);
    cfg.admin_token = None;
    let off = state(cfg).await;
    assert_eq!(get_json(&off, "/v1/admin/requests", None).await.0, 401);
    assert_eq!(
        get_json(
            &off,
            "/v1/admin/requests",
            Some("admin-secret-for-tests-0123456789abcdef")
        )
        .await
        .0,
        403
    );
    assert_eq!(get_json(&off, "/v1/admin/requests", Some("")).await.0, 403);
}
both!(admin_auth);

async fn admin_workflow(db: &TestDb) {
    let st = state(config(db)).await;
    let (_, a) = post_json(&st, &payload()).await;
    let (_, b) = post_json(&st, &payload()).await;
    let r = a["reference"].as_str().unwrap().to_string();
    let base = format!("/v1/admin/requests/{r}");

    // received → completed is not allowed.
    let (s, e) = admin_post(
        &st,
        &format!("{base}/status"),
        json!({"status": "completed"}),
    )
    .await;
    assert_eq!((s, e["error"].as_str()), (409, Some("invalid_state")));
    for to in ["verified", "in_progress"] {
        let (s, v) = admin_post(&st, &format!("{base}/status"), json!({"status": to})).await;
        assert_eq!(s, 200, "{v}");
        assert_eq!(v["request"]["status"], to);
    }
    // Extension: once, 1–2 months, with a reason.
    let (s, _) = admin_post(
        &st,
        &format!("{base}/extend"),
        json!({"months": 3, "reason": "x"}),
    )
    .await;
    assert_eq!(s, 422);
    let (s, _) = admin_post(
        &st,
        &format!("{base}/extend"),
        json!({"months": 2, "reason": " "}),
    )
    .await;
    assert_eq!(s, 422);
    let (s, v) = admin_post(
        &st,
        &format!("{base}/extend"),
        json!({"months": 2, "reason": "many systems to search"}),
    )
    .await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["request"]["extended_months"], 2);
    assert_ne!(v["request"]["due_by"], v["request"]["original_due_by"]);
    let (s, _) = admin_post(
        &st,
        &format!("{base}/extend"),
        json!({"months": 1, "reason": "again"}),
    )
    .await;
    assert_eq!(s, 409);

    // Refusal needs a reason and states the complaint route.
    let rb = b["reference"].as_str().unwrap();
    let (s, _) = admin_post(
        &st,
        &format!("/v1/admin/requests/{rb}/status"),
        json!({"status": "refused"}),
    )
    .await;
    assert_eq!(s, 422);
    let (s, v) = admin_post(
        &st,
        &format!("/v1/admin/requests/{rb}/status"),
        json!({"status": "refused", "reason": "manifestly unfounded"}),
    )
    .await;
    assert_eq!(s, 200);
    // In the request's language (French), naming the configured authority and its URL.
    let fr = |m, args: &[(&str, &str)]| tr(Lang::Fr, m, args, &Overrides::default());
    let complaint = fr(
        ReceiverMsg::MsgComplaintWith,
        &[
            ("authority", "CNIL"),
            ("url", "https://www.cnil.fr/en/plaintes"),
        ],
    );
    let notice = v["complaint_notice"].as_str().unwrap();
    assert!(notice.contains(&complaint), "{notice}");
    assert!(
        notice.contains(&fr(ReceiverMsg::MsgRemedy, &[])),
        "{notice}"
    );
    let (_, sv) = get_json(&st, &status_path(b["status_url"].as_str().unwrap()), None).await;
    assert_eq!(sv["request"]["status"], "refused");
    assert_eq!(sv["request"]["refusal_reason"], "manifestly unfounded");
    assert_eq!(sv["complaint_notice"].as_str().unwrap(), notice);
    assert_eq!(
        sv["history"].as_array().unwrap().last().unwrap()["to"],
        "refused"
    );

    // Complete the first one: an access request needs its result first (here: no data held).
    let (s, e) = admin_post(
        &st,
        &format!("{base}/status"),
        json!({"status": "completed"}),
    )
    .await;
    assert_eq!((s, e["error"].as_str()), (409, Some("result_required")));
    let (s, _) = admin_post(&st, &format!("{base}/result"), json!({"no_data": true})).await;
    assert_eq!(s, 200);
    let (s, _) = admin_post(
        &st,
        &format!("{base}/status"),
        json!({"status": "completed"}),
    )
    .await;
    assert_eq!(s, 200);
    let (s, _) = admin_post(
        &st,
        &format!("{base}/status"),
        json!({"status": "refused", "reason": "x"}),
    )
    .await;
    assert_eq!(s, 409);

    // One request with its history.
    let (s, v) = get_json(&st, &base, Some("admin-secret-for-tests-0123456789abcdef")).await;
    assert_eq!(s, 200);
    assert_eq!(v["request"]["email"], "marie@example.fr");
    let actions: Vec<&str> = v["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "received",
            "status",
            "status",
            "extended",
            "result_attached",
            "status"
        ]
    );
    assert_eq!(
        get_json(
            &st,
            "/v1/admin/requests/GB-9999999",
            Some("admin-secret-for-tests-0123456789abcdef")
        )
        .await
        .0,
        404
    );

    // Filters.
    let (_, v) = get_json(
        &st,
        "/v1/admin/requests?status=completed",
        Some("admin-secret-for-tests-0123456789abcdef"),
    )
    .await;
    assert_eq!(v["items"].as_array().unwrap().len(), 1);
    let (_, v) = get_json(
        &st,
        "/v1/admin/requests?status=received,verified,in_progress",
        Some("admin-secret-for-tests-0123456789abcdef"),
    )
    .await;
    assert_eq!(v["items"].as_array().unwrap().len(), 0);
    assert_eq!(
        get_json(
            &st,
            "/v1/admin/requests?status=bogus",
            Some("admin-secret-for-tests-0123456789abcdef")
        )
        .await
        .0,
        400
    );

    // Export.
    let req = Request::get("/v1/admin/export?format=csv")
        .header(
            "authorization",
            "Bearer admin-secret-for-tests-0123456789abcdef",
        )
        .body(Body::empty())
        .unwrap();
    let (s, h, body) = send(&st, req).await;
    assert_eq!(s, 200);
    assert!(h["content-type"].to_str().unwrap().starts_with("text/csv"));
    let csv = String::from_utf8(body).unwrap();
    assert_eq!(csv.lines().count(), 3);
    assert!(csv.contains("manifestly unfounded"));
    let (s, v) = get_json(
        &st,
        "/v1/admin/export?format=json",
        Some("admin-secret-for-tests-0123456789abcdef"),
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(v.as_array().unwrap().len(), 2);

    // The chain covers everything: 2 received + 2 + extension + refusal + result + completion.
    assert_eq!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Intact { entries: 8 }
    );
    let (_, v) = get_json(
        &st,
        "/v1/admin/audit/verify",
        Some("admin-secret-for-tests-0123456789abcdef"),
    )
    .await;
    assert_eq!(v["Intact"]["entries"], 8);
}
both!(admin_workflow);

async fn queue_sorted_by_due_date_and_overdue_flagged(db: &TestDb) {
    let st = state(config(db)).await;
    let mut refs = Vec::new();
    for _ in 0..3 {
        let (_, a) = post_json(&st, &payload()).await;
        refs.push(a["reference"].as_str().unwrap().to_string());
    }
    // Age two of them: one long overdue, one received 40 days ago, so too late to extend.
    for (r, received, due) in [
        (&refs[2], "2026-01-05", "2026-02-05"),
        (&refs[1], "2026-10-20", "2026-11-20"),
    ] {
        sqlx::query("UPDATE requests SET received_at = $1, due_by = $2, original_due_by = $2 WHERE reference = $3")
            .bind(format!("{received}T09:00:00.000000Z"))
            .bind(due)
            .bind(r)
            .execute(st.store.pool())
            .await
            .unwrap();
    }
    let (_, v) = get_json(
        &st,
        "/v1/admin/requests",
        Some("admin-secret-for-tests-0123456789abcdef"),
    )
    .await;
    let items = v["items"].as_array().unwrap();
    let order: Vec<&str> = items
        .iter()
        .map(|i| i["reference"].as_str().unwrap())
        .collect();
    assert_eq!(order, [&refs[2], &refs[1], &refs[0]]);
    assert_eq!(items[0]["overdue"], true);
    assert_eq!(items[2]["overdue"], false);
    let (_, v) = get_json(
        &st,
        "/v1/admin/requests?overdue=true",
        Some("admin-secret-for-tests-0123456789abcdef"),
    )
    .await;
    assert_eq!(v["items"].as_array().unwrap().len(), 2);
    let (_, v) = get_json(
        &st,
        "/v1/admin/requests?due_from=2026-03-01&due_to=2026-11-30",
        Some("admin-secret-for-tests-0123456789abcdef"),
    )
    .await;
    assert_eq!(v["items"].as_array().unwrap().len(), 1);
    // Past the first month: no extension (Art. 12(3)).
    let (s, e) = admin_post(
        &st,
        &format!("/v1/admin/requests/{}/extend", refs[1]),
        json!({"months": 1, "reason": "late"}),
    )
    .await;
    assert_eq!((s, e["error"].as_str()), (409, Some("deadline")));
}
both!(queue_sorted_by_due_date_and_overdue_flagged);

async fn tampering_is_detected(db: &TestDb) {
    let st = state(config(db)).await;
    for _ in 0..3 {
        post_json(&st, &payload()).await;
    }
    assert_eq!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Intact { entries: 3 }
    );
    sqlx::query("UPDATE audit_log SET detail = '{\"edited\":true}' WHERE seq = 2")
        .execute(st.store.pool())
        .await
        .unwrap();
    match st.store.verify_audit().await.unwrap() {
        AuditReport::Broken { seq, .. } => assert_eq!(seq, 2),
        other => panic!("tampering not detected: {other:?}"),
    }
}
both!(tampering_is_detected);

#[tokio::test]
async fn cors_allows_listed_origins_only() {
    let db = TestDb::sqlite();
    let st = state(config(&db)).await;
    let preflight = |origin: &str| {
        Request::builder()
            .method("OPTIONS")
            .uri("/v1/requests")
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "content-type,idempotency-key",
            )
            .body(Body::empty())
            .unwrap()
    };
    let (s, h, _) = send(&st, preflight("https://shop.example")).await;
    assert!(s < 300);
    assert_eq!(h["access-control-allow-origin"], "https://shop.example");
    let allowed = h["access-control-allow-headers"]
        .to_str()
        .unwrap()
        .to_lowercase();
    assert!(allowed.contains("idempotency-key") && allowed.contains("content-type"));
    let (_, h, _) = send(&st, preflight("https://evil.example")).await;
    assert!(h.get("access-control-allow-origin").is_none());
    // `*` allows any origin (and does not crash the layer).
    let mut any = config(&db);
    any.allowed_origins = vec!["*".into()];
    let any = state(any).await;
    let (_, h, _) = send(&any, preflight("https://elsewhere.example")).await;
    assert_eq!(h["access-control-allow-origin"], "*");
    // Admin API has no CORS at all.
    let req = Request::get("/v1/admin/requests")
        .header("origin", "https://shop.example")
        .body(Body::empty())
        .unwrap();
    let (_, h, _) = send(&st, req).await;
    assert!(h.get("access-control-allow-origin").is_none());
}

#[tokio::test]
async fn rate_limit_per_client() {
    let db = TestDb::sqlite();
    let mut cfg = config(&db);
    cfg.rate_limit_per_minute = 1;
    cfg.rate_limit_burst = 2;
    let st = state(cfg).await;
    assert_eq!(post_json(&st, &payload()).await.0, 201);
    assert_eq!(post_json(&st, &payload()).await.0, 201);
    let (s, e) = post_json(&st, &payload()).await;
    assert_eq!(s, 429);
    assert_eq!(e["error"], "rate_limited");
}

#[tokio::test]
async fn healthz_openapi_and_static_files() {
    let db = TestDb::sqlite();
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    let demo = dir.path().join("demo");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::create_dir_all(&demo).unwrap();
    std::fs::write(dist.join("glassbox_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    std::fs::write(dist.join("glassbox.js"), "/* loader */").unwrap();
    std::fs::write(
        demo.join("index.html"),
        "<!doctype html><title>demo</title>",
    )
    .unwrap();
    let mut cfg = config(&db);
    cfg.dist_dir = Some(dist);
    cfg.demo_dir = Some(demo);
    let st = state(cfg).await;

    let (s, v) = get_json(&st, "/healthz", None).await;
    assert_eq!((s, v["status"].as_str()), (200, Some("ok")));

    let (s, v) = get_json(&st, "/v1/openapi.json", None).await;
    assert_eq!(s, 200);
    for p in [
        "/v1/requests",
        "/v1/status/{token}",
        "/v1/admin/requests",
        "/v1/admin/requests/{reference}/extend",
    ] {
        assert!(v["paths"].get(p).is_some(), "{p} missing from OpenAPI");
    }
    // The request schema comes from core's types.
    let schemas = &v["components"]["schemas"];
    assert!(
        schemas["Request"]["properties"]["requester"].is_object(),
        "{schemas}"
    );
    assert!(schemas["Kind"].to_string().contains("human-review"));
    assert!(schemas["Details"]["properties"]["human-review"].is_object());

    let (s, h, b) = send(
        &st,
        Request::get("/dist/glassbox_bg.wasm")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(h["content-type"], "application/wasm");
    assert_eq!(h["access-control-allow-origin"], "*");
    assert_eq!(&b[..4], b"\0asm");
    let (s, _, b) = send(&st, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(s, 200);
    assert!(String::from_utf8(b).unwrap().contains("demo"));
    let (s, _, _) = send(
        &st,
        Request::get("/dist/missing.js")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, 404);
}

#[tokio::test]
async fn admin_page_signs_in_and_acts() {
    let db = TestDb::sqlite();
    let st = state(config(&db)).await;
    let (_, a) = post_json(&st, &payload()).await;
    let r = a["reference"].as_str().unwrap();

    // Not signed in: the sign-in form.
    let (s, _, b) = send(&st, Request::get("/admin/").body(Body::empty()).unwrap()).await;
    assert_eq!(s, 200);
    let html = String::from_utf8(b).unwrap();
    assert!(html.contains("Email") && html.contains("Password"));
    add_staff(
        &st,
        "privacy@example.org",
        glassbox_receiver::staff::Role::Handler,
    )
    .await;
    let login = |pw: &str| {
        Request::post("/admin/login")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(format!(
                "email=privacy%40example.org&password={}",
                pw.replace(' ', "+")
            )))
            .unwrap()
    };
    assert_eq!(send(&st, login("wrong password here")).await.0, 401);
    let (s, h, _) = send(&st, login(PASSWORD)).await;
    assert_eq!(s, 303);
    let cookie = cookie_of(&h);
    assert!(h["set-cookie"].to_str().unwrap().contains("HttpOnly"));
    assert!(!cookie.contains("correct"));

    let get = |p: &str| {
        Request::get(p)
            .header("cookie", &cookie)
            .body(Body::empty())
            .unwrap()
    };
    let (s, h, b) = send(&st, get("/admin/")).await;
    assert_eq!(s, 200);
    assert!(!h["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("unsafe-inline"));
    let html = String::from_utf8(b).unwrap();
    assert!(html.contains(r) && !html.contains("<script"));

    // An action through the form.
    let act = Request::post(format!("/admin/requests/{r}/status"))
        .header("cookie", &cookie)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from("status=refused&reason=not+our+customer"))
        .unwrap();
    assert_eq!(send(&st, act).await.0, 303);
    let (_, _, b) = send(&st, get(&format!("/admin/requests/{r}"))).await;
    let html = String::from_utf8(b).unwrap();
    let complaint = tr(
        Lang::Fr,
        ReceiverMsg::MsgComplaintWith,
        &[
            ("authority", "CNIL"),
            ("url", "https://www.cnil.fr/en/plaintes"),
        ],
        &Overrides::default(),
    );
    assert!(html.contains("not our customer") && html.contains(&esc(&complaint)));

    // A cross-site post is refused.
    let evil = Request::post(format!("/admin/requests/{r}/status"))
        .header("cookie", &cookie)
        .header("origin", "https://evil.example")
        .header("host", "receiver.test")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from("status=verified"))
        .unwrap();
    assert_eq!(send(&st, evil).await.0, 403);

    // The JSON API accepts the session cookie too; exporting the register is for admins, and
    // this account is a handler.
    let (s, _, _) = send(&st, get("/v1/admin/requests")).await;
    assert_eq!(s, 200);
    let (s, _, b) = send(&st, get("/v1/admin/export?format=csv")).await;
    assert_eq!(s, 403);
    assert_eq!(
        serde_json::from_slice::<Value>(&b).unwrap()["error"],
        "not_allowed"
    );
}

async fn retention_deletes_personal_data_of_closed_requests(db: &TestDb) {
    let st = state(config(db)).await;
    let (_, a) = post_json(&st, &payload()).await;
    let (_, open) = post_json(&st, &payload()).await;
    let r = a["reference"].as_str().unwrap();
    let (s, _) = admin_post(
        &st,
        &format!("/v1/admin/requests/{r}/status"),
        json!({"status": "refused", "reason": "duplicate of another request"}),
    )
    .await;
    assert_eq!(s, 200);
    let later = glassbox_receiver::store::now() + time::Duration::days(1);
    assert_eq!(st.store.purge_closed_before(later).await.unwrap(), 1);
    let (_, v) = get_json(
        &st,
        &format!("/v1/admin/requests/{r}"),
        Some("admin-secret-for-tests-0123456789abcdef"),
    )
    .await;
    assert!(
        v["request"].get("email").is_none() && v["request"].get("payload").is_none(),
        "{v}"
    );
    assert!(v["request"]["purged_at"].is_string());
    assert_eq!(
        v["history"].as_array().unwrap().last().unwrap()["action"],
        "purged"
    );
    // The open request keeps its data; the requester's status page still works.
    let ro = open["reference"].as_str().unwrap();
    let (_, v) = get_json(
        &st,
        &format!("/v1/admin/requests/{ro}"),
        Some("admin-secret-for-tests-0123456789abcdef"),
    )
    .await;
    assert_eq!(v["request"]["email"], "marie@example.fr");
    assert_eq!(
        get_json(&st, &status_path(a["status_url"].as_str().unwrap()), None)
            .await
            .0,
        200
    );
    assert_eq!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Intact { entries: 4 }
    );
}
both!(retention_deletes_personal_data_of_closed_requests);

async fn concurrent_duplicates_store_once(db: &TestDb) {
    let st = state(config(db)).await;
    let body = payload();
    let mut tasks = Vec::new();
    for _ in 0..20 {
        let (st, body) = (st.clone(), body.clone());
        tasks.push(tokio::spawn(async move { post_json(&st, &body).await }));
    }
    let mut created = 0;
    let mut refs = std::collections::HashSet::new();
    for t in tasks {
        let (s, v) = t.await.unwrap();
        assert!(s == 201 || s == 200, "{s} {v}");
        created += usize::from(s == 201);
        refs.insert(v["reference"].as_str().unwrap().to_string());
    }
    assert_eq!(created, 1);
    assert_eq!(refs.len(), 1);
    assert_eq!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Intact { entries: 1 }
    );
}
both!(concurrent_duplicates_store_once);
