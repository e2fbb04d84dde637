//! The privacy team's workflow: tasks per system claimed by workers with a lease, completion
//! listing what was done in each system, assignment and the queue's filter, internal notes that
//! the requester never sees, team mails and the daily digest (once, whatever the number of
//! receivers, without the requester's data), metrics and the register's new columns.

mod common;

use axum::body::Body;
use axum::http::Request;
use common::*;
use glassbox_receiver::AppState;
use serde_json::{json, Value};

const NOTE: &str = "Called the CRM vendor: export ticket #4411";

fn team_config(db: &TestDb, mailbox: &std::path::Path) -> glassbox_receiver::config::Config {
    let mut c = config(db);
    c.systems = vec!["crm".into(), "billing".into()];
    c.mailbox_dir = Some(mailbox.to_path_buf());
    c.team_email = Some("privacy-team@shop.example".into());
    c
}

/// The mails in the mailbox folder, oldest first, decoded.
fn mails(dir: &std::path::Path) -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| unfold_qp(&std::fs::read_to_string(p).unwrap()))
        .collect()
}

fn to_team(m: &str) -> bool {
    header(m, "To").is_some_and(|t| t.contains("privacy-team@shop.example"))
}

/// Posts `body` (admin token) to `/v1/admin/tasks/{id}/{action}`.
async fn task_post(st: &AppState, id: &str, action: &str, body: Value) -> (u16, Value) {
    admin_post(st, &format!("/v1/admin/tasks/{id}/{action}"), body).await
}

/// Posts `body` (admin token) to `/v1/admin/requests/{reference}/{action}`.
async fn request_post(st: &AppState, reference: &str, action: &str, body: Value) -> (u16, Value) {
    admin_post(
        st,
        &format!("/v1/admin/requests/{reference}/{action}"),
        body,
    )
    .await
}

async fn submit_and_verify(st: &AppState) -> (String, Value) {
    let (s, a) = post_json(st, &payload()).await;
    assert_eq!(s, 201);
    let reference = a["reference"].as_str().unwrap().to_string();
    let (s, _) = request_post(st, &reference, "status", json!({"status": "verified"})).await;
    assert_eq!(s, 200);
    (reference, a)
}

async fn tasks_to_completion(db: &TestDb) {
    let mailbox = tempfile::tempdir().unwrap();
    // No worker: the test sends the mails itself (`run_jobs`) once the request is completed.
    let st = state_without_worker(team_config(db, mailbox.path())).await;
    let (reference, a) = submit_and_verify(&st).await;

    // One task per system, in the transaction of the verification.
    let (s, view) = get_json(&st, &format!("/v1/admin/requests/{reference}"), Some(ADMIN)).await;
    assert_eq!(s, 200);
    let systems: Vec<&str> = view["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["system"].as_str().unwrap())
        .collect();
    assert_eq!(systems, ["billing", "crm"]);

    // A worker lists its system's open tasks.
    let (s, crm) = get_json(&st, "/v1/admin/tasks?system=crm&status=open", Some(ADMIN)).await;
    assert_eq!(s, 200);
    assert_eq!(crm.as_array().unwrap().len(), 1);
    assert_eq!(crm[0]["reference"], reference.as_str());
    assert_eq!(crm[0]["kinds"], json!(["access", "erasure"]));
    let crm_id = crm[0]["id"].as_str().unwrap().to_string();
    let (_, billing) = get_json(&st, "/v1/admin/tasks?system=billing", Some(ADMIN)).await;
    let billing_id = billing[0]["id"].as_str().unwrap().to_string();

    // Unknown system: 400 naming the known ones.
    let (s, e) = get_json(&st, "/v1/admin/tasks?system=erp&status=open", Some(ADMIN)).await;
    assert_eq!(s, 400);
    let msg = e["message"].as_str().unwrap();
    assert!(
        msg.contains("erp") && msg.contains("crm") && msg.contains("billing"),
        "{msg}"
    );
    let (s, _) = get_json(&st, "/v1/admin/tasks?status=whatever", Some(ADMIN)).await;
    assert_eq!(s, 400);

    // Completing a task nobody claimed: 409.
    let (s, e) = task_post(&st, &billing_id, "complete", json!({"outcome": "done"})).await;
    assert_eq!(s, 409, "{e}");

    // Claim: a lease; a second claim while leased is 409; a claimed task leaves the open list.
    let (s, c) = task_post(&st, &crm_id, "claim", json!({})).await;
    assert_eq!(s, 200, "{c}");
    let lease = c["lease"].as_str().unwrap().to_string();
    assert!(c["task"]["lease_until"].is_string());
    let (s, _) = task_post(&st, &crm_id, "claim", json!({})).await;
    assert_eq!(s, 409);
    let (_, open) = get_json(&st, "/v1/admin/tasks?system=crm&status=open", Some(ADMIN)).await;
    assert!(open.as_array().unwrap().is_empty());
    // Bad outcome: 422, the task stays claimed.
    let (s, _) = task_post(&st, &crm_id, "complete", json!({"outcome": "maybe"})).await;
    assert_eq!(s, 422);
    let (s, t) = task_post(
        &st,
        &crm_id,
        "complete",
        json!({"outcome": "done", "note": "deleted contact 123", "lease": lease}),
    )
    .await;
    assert_eq!(s, 200, "{t}");
    assert_eq!(t["status"], "done");

    // billing fails, then is retried and ends with no data.
    let (s, _) = task_post(&st, &billing_id, "claim", json!({})).await;
    assert_eq!(s, 200);
    let (s, _) = task_post(
        &st,
        &billing_id,
        "complete",
        json!({"outcome": "failed", "note": "API down"}),
    )
    .await;
    assert_eq!(s, 200);
    let (s, _) = request_post(&st, &reference, "status", json!({"status": "in_progress"})).await;
    assert_eq!(s, 200);
    let (s, _) = request_post(&st, &reference, "result", json!({"no_data": true})).await;
    assert!(s == 200 || s == 201, "{s}");
    // Not completed while a task is not done.
    let (s, e) = request_post(&st, &reference, "status", json!({"status": "completed"})).await;
    assert_eq!(s, 409, "{e}");
    assert!(e["message"].as_str().unwrap().contains("billing"), "{e}");
    let (s, _) = task_post(&st, &billing_id, "retry", json!({})).await;
    assert_eq!(s, 200);
    let (s, _) = task_post(&st, &crm_id, "retry", json!({})).await;
    assert_eq!(s, 409, "a done task is not retried");
    let (s, _) = task_post(&st, &billing_id, "claim", json!({})).await;
    assert_eq!(s, 200);
    let (s, _) = task_post(&st, &billing_id, "complete", json!({"outcome": "no_data"})).await;
    assert_eq!(s, 200);
    let (s, e) = request_post(&st, &reference, "status", json!({"status": "completed"})).await;
    assert_eq!(s, 200, "{e}");

    // The completion message lists each system, on the status page and in the mail (French).
    let (_, sv) = get_json(&st, &status_path(a["status_url"].as_str().unwrap()), None).await;
    let last = sv["history"].as_array().unwrap().last().unwrap().clone();
    let text = last["message"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(text.contains("Dans chacun de nos systèmes"), "{text}");
    assert!(text.contains("crm : fait."), "{text}");
    assert!(
        text.contains("billing : aucune donnée personnelle"),
        "{text}"
    );
    run_jobs(&st).await;
    let all = mails(mailbox.path());
    let m = all
        .iter()
        .find(|m| !to_team(m) && m.contains("crm : fait."))
        .unwrap_or_else(|| panic!("completion mail missing among {} mails", all.len()));
    assert!(m.contains("billing : aucune donnée personnelle"), "{m}");
    // Every task change is in the audit log, and the chain verifies.
    let (_, view) = get_json(&st, &format!("/v1/admin/requests/{reference}"), Some(ADMIN)).await;
    let tasks_audited = view["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "task")
        .count();
    assert_eq!(tasks_audited, 3);
    let (_, audit) = get_json(&st, "/v1/admin/audit/verify", Some(ADMIN)).await;
    assert!(audit.get("Intact").is_some(), "{audit}");
    // The task view on the admin page.
    let (s, html) = admin_get_text(&st, "/admin/tasks?status=done").await;
    assert_eq!(s, 200);
    assert!(
        html.contains(&reference) && html.contains("deleted contact 123"),
        "{html}"
    );
}
both!(tasks_to_completion);

async fn leases_expire_and_racing_workers_get_one_claim(db: &TestDb) {
    let mailbox = tempfile::tempdir().unwrap();
    let mut c = team_config(db, mailbox.path());
    c.task_lease_secs = 600;
    let a = state(c.clone()).await;
    let b = state(c).await; // a second receiver on the same database
    let (_, _) = submit_and_verify(&a).await;
    let (_, crm) = get_json(&a, "/v1/admin/tasks?system=crm", Some(ADMIN)).await;
    let id = crm[0]["id"].as_str().unwrap().to_string();

    // Two workers, through two receivers, claim at the same moment: exactly one gets it.
    let path = format!("/v1/admin/tasks/{id}/claim");
    let (ra, rb) = tokio::join!(
        admin_post(&a, &path, json!({})),
        admin_post(&b, &path, json!({}))
    );
    let mut codes = [ra.0, rb.0];
    codes.sort();
    assert_eq!(codes, [200, 409], "{ra:?} {rb:?}");
    let first_lease = if ra.0 == 200 {
        ra.1["lease"].clone()
    } else {
        rb.1["lease"].clone()
    };

    // Halfway through the lease (the second receiver's clock moved on), still nobody else.
    b.clock.advance(300);
    let (s, v) = admin_post(&b, &path, json!({})).await;
    assert_eq!(s, 409, "claimed while leased: {v}");
    // After the lease runs out another worker may claim it.
    b.clock.advance(301);
    let (s, second) = admin_post(&b, &path, json!({})).await;
    assert_eq!(s, 200, "lease never expired: {second}");
    assert_ne!(second["lease"], first_lease);
    // The first worker's lease is gone: its completion is refused.
    let (s, e) = task_post(
        &a,
        &id,
        "complete",
        json!({"outcome": "done", "lease": first_lease}),
    )
    .await;
    assert_eq!(s, 409, "{e}");
    let (s, _) = task_post(
        &b,
        &id,
        "complete",
        json!({"outcome": "done", "lease": second["lease"]}),
    )
    .await;
    assert_eq!(s, 200);
}
both!(leases_expire_and_racing_workers_get_one_claim);

async fn assignment_notes_and_privacy(db: &TestDb) {
    let mailbox = tempfile::tempdir().unwrap();
    let st = state(team_config(db, mailbox.path())).await;
    // Requests are assigned to staff accounts only.
    add_staff(
        &st,
        "ana@shop.example",
        glassbox_receiver::staff::Role::Handler,
    )
    .await;
    let (reference, a) = submit_and_verify(&st).await;
    let (s, other) = post_json(&st, &payload()).await;
    assert_eq!(s, 201);

    let (s, _) = request_post(
        &st,
        &reference,
        "assign",
        json!({"assignee": "not an email"}),
    )
    .await;
    assert_eq!(s, 422);
    let (s, _) = request_post(
        &st,
        &reference,
        "assign",
        json!({"assignee": "nobody@shop.example"}),
    )
    .await;
    assert_eq!(s, 422, "not a staff account");
    let (s, _) = admin_post(
        &st,
        "/v1/admin/requests/GB-9999999/assign",
        json!({"assignee": "ana@shop.example"}),
    )
    .await;
    assert_eq!(s, 404);
    let (s, v) = request_post(
        &st,
        &reference,
        "assign",
        json!({"assignee": "Ana@Shop.example"}),
    )
    .await;
    assert_eq!(s, 200);
    assert_eq!(v["request"]["assignee"], "ana@shop.example");

    // The queue filters by assignee (API and page).
    let (_, mine) = get_json(
        &st,
        "/v1/admin/requests?assignee=ana@shop.example",
        Some(ADMIN),
    )
    .await;
    let refs: Vec<&str> = mine["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reference"].as_str().unwrap())
        .collect();
    assert_eq!(refs, [reference.as_str()]);
    let (_, none) = get_json(&st, "/v1/admin/requests?assignee=none", Some(ADMIN)).await;
    let refs: Vec<&str> = none["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reference"].as_str().unwrap())
        .collect();
    assert_eq!(refs, [other["reference"].as_str().unwrap()]);
    let (s, _) = get_json(&st, "/v1/admin/requests?assignee=bad", Some(ADMIN)).await;
    assert_eq!(s, 400);
    let (_, html) = admin_get_text(&st, "/admin/?assignee=ana@shop.example").await;
    assert!(html.contains(&reference) && !html.contains(other["reference"].as_str().unwrap()));

    // Notes: audited, on the admin page, never to the requester.
    let (s, _) = request_post(&st, &reference, "notes", json!({"body": ""})).await;
    assert_eq!(s, 422);
    let (s, _) = request_post(&st, &reference, "notes", json!({"body": "x".repeat(5001)})).await;
    assert_eq!(s, 422);
    let (s, v) = request_post(&st, &reference, "notes", json!({"body": NOTE})).await;
    assert_eq!(s, 201);
    assert_eq!(v["notes"][0]["body"], NOTE);
    assert!(v["history"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["action"] == "note"));
    let (_, html) = admin_get_text(&st, &format!("/admin/requests/{reference}")).await;
    assert!(html.contains(&esc(NOTE)));
    // The page warns that refusal and extension reasons reach the requester.
    assert_eq!(html.matches("Sent to the requester").count(), 2, "{html}");

    // Then the request is extended and refused: the requester's mails and status page (JSON
    // and HTML) never carry the note or the assignee.
    let (s, _) = request_post(
        &st,
        &reference,
        "extend",
        json!({"months": 1, "reason": "Many systems"}),
    )
    .await;
    assert_eq!(s, 200);
    let (s, _) = request_post(
        &st,
        &reference,
        "status",
        json!({"status": "refused", "reason": "Manifestly unfounded"}),
    )
    .await;
    assert_eq!(s, 200);
    let status_path = status_path(a["status_url"].as_str().unwrap());
    let (_, sv) = get_json(&st, &status_path, None).await;
    let (_, _, html) = send(
        &st,
        Request::get(&status_path)
            .header("accept", "text/html")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let html = String::from_utf8(html).unwrap();
    for shown in [sv.to_string(), html] {
        assert!(
            !shown.contains("ticket #4411") && !shown.contains(&esc(NOTE)),
            "{shown}"
        );
        assert!(!shown.contains("ana@shop.example"), "{shown}");
    }
    wait_jobs_done(&st, 30).await;
    let all = mails(mailbox.path());
    let to_requester: Vec<&String> = all.iter().filter(|m| !to_team(m)).collect();
    assert!(to_requester.len() >= 4, "{}", to_requester.len());
    for m in &all {
        assert!(!m.contains("ticket #4411"), "{m}");
        assert!(!m.contains("ana@shop.example"), "{m}");
    }
}
both!(assignment_notes_and_privacy);

async fn team_mails_and_one_digest_a_day(db: &TestDb) {
    let mailbox = tempfile::tempdir().unwrap();
    let mut c = team_config(db, mailbox.path());
    c.digest_at = (0, 0); // due as soon as the schedule looks
    let a = state(c.clone()).await;
    let b = state(c).await;
    let (reference, _) = submit_and_verify(&a).await;
    let (s, overdue_candidate) = post_json(&a, &payload()).await;
    assert_eq!(s, 201);
    wait_jobs_done(&a, 30).await;

    // The verified request's team mail: reference, kinds, due date, admin link; no personal data.
    let team: Vec<String> = mails(mailbox.path())
        .into_iter()
        .filter(|m| to_team(m))
        .collect();
    assert_eq!(team.len(), 1, "{team:?}");
    let m = &team[0];
    assert!(
        m.contains(&reference) && m.contains("access, erasure"),
        "{m}"
    );
    assert!(
        m.contains(&format!("http://receiver.test/admin/requests/{reference}")),
        "{m}"
    );
    assert!(m.contains("Tasks: billing, crm."), "{m}");

    // Both receivers look at the schedule, several times: one digest for the day.
    let mut enqueued = 0;
    for _ in 0..3 {
        enqueued += glassbox_receiver::team::schedule(&a).await.unwrap();
        enqueued += glassbox_receiver::team::schedule(&b).await.unwrap();
    }
    assert_eq!(
        enqueued, 2,
        "the digest and the metrics' daily recount, once each"
    );
    wait_jobs_done(&a, 30).await;
    let team: Vec<String> = mails(mailbox.path())
        .into_iter()
        .filter(|m| to_team(m))
        .collect();
    let digests: Vec<&String> = team.iter().filter(|m| m.contains("Digest")).collect();
    assert_eq!(digests.len(), 1, "{team:?}");
    let d = digests[0];
    assert!(d.contains("due within 7 days"), "{d}");
    // Both open requests are due in about a month: none overdue, none within 7 days.
    assert!(d.contains("0 overdue, 0 due within 7 days"), "{d}");
    let _ = overdue_candidate;
    for m in &team {
        for personal in [
            "marie@example.fr",
            "Marie",
            "no longer needed",
            "shop.example/help",
        ] {
            assert!(!m.contains(personal), "{personal} in a team mail: {m}");
        }
    }
}
both!(team_mails_and_one_digest_a_day);

async fn digest_lists_due_soon_and_overdue(db: &TestDb) {
    // Requests stored with past receipt dates by `seed`: some overdue, some due within 7 days.
    let mailbox = tempfile::tempdir().unwrap();
    let c = team_config(db, mailbox.path());
    let st = state(c).await;
    st.store.seed(60).await.unwrap();
    let today = st.store.today();
    let (subject, text) = glassbox_receiver::team::digest_mail(&st, today)
        .await
        .unwrap();
    assert!(subject.contains("overdue"), "{subject}");
    assert!(text.contains("day(s) overdue"), "{text}");
    assert!(text.contains("day(s) left"), "{text}");
    assert!(
        text.contains("http://receiver.test/admin/requests/GB-"),
        "{text}"
    );
    assert!(
        !text.contains("@example.invalid"),
        "no requester address: {text}"
    );
}
both!(digest_lists_due_soon_and_overdue);

async fn metrics_and_register(db: &TestDb) {
    let mailbox = tempfile::tempdir().unwrap();
    let mut c = team_config(db, mailbox.path());
    c.systems = vec![];
    let st = state(c).await;
    // Requests are assigned to staff accounts only.
    add_staff(
        &st,
        "ana@shop.example",
        glassbox_receiver::staff::Role::Handler,
    )
    .await;
    let (r1, _) = submit_and_verify(&st).await;
    let (r2, _) = submit_and_verify(&st).await;
    let (s, _) = post_json(&st, &payload()).await;
    assert_eq!(s, 201);
    let (s, _) = request_post(
        &st,
        &r1,
        "status",
        json!({"status": "refused", "reason": "Identity not shown"}),
    )
    .await;
    assert_eq!(s, 200);
    let (s, _) = request_post(&st, &r2, "assign", json!({"assignee": "ana@shop.example"})).await;
    assert_eq!(s, 200);

    let (s, m) = get_json(&st, "/v1/admin/metrics", Some(ADMIN)).await;
    assert_eq!(s, 200, "{m}");
    assert_eq!(m["open"], 2);
    assert_eq!(m["overdue"], 0);
    assert_eq!(m["due_within_7_days"], 0);
    let month = &m["months"][0];
    assert_eq!(
        month["month"].as_str().unwrap(),
        &m["today"].as_str().unwrap()[..7]
    );
    assert_eq!(month["received_total"], 3);
    assert_eq!(month["received"]["access"], 3);
    assert_eq!(month["received"]["erasure"], 3);
    assert_eq!(month["closed_total"], 1);
    assert_eq!(month["closed"]["access"], 1);
    assert_eq!(month["median_days_to_close"], 0.0);
    assert_eq!(month["answered_in_time"], 1.0);
    assert_eq!(m["months"].as_array().unwrap().len(), 12);
    let (s, _) = get_json(&st, "/v1/admin/metrics", None).await;
    assert_eq!(s, 401);

    // Recomputed from the rows (as at the first start of an older database): the same numbers.
    st.store.invalidate_metrics().await.unwrap();
    assert!(st.store.ensure_metrics().await.unwrap());
    let (_, again) = get_json(&st, "/v1/admin/metrics", Some(ADMIN)).await;
    assert_eq!(again, m);
    st.store.reconcile_open().await.unwrap();
    let (_, again) = get_json(&st, "/v1/admin/metrics", Some(ADMIN)).await;
    assert_eq!(again, m);
    // An extension moves an open request to its new due date; the counts stay right.
    let (s, _) = request_post(
        &st,
        &r2,
        "extend",
        json!({"months": 2, "reason": "Complex"}),
    )
    .await;
    assert_eq!(s, 200);
    let (_, after) = get_json(&st, "/v1/admin/metrics", Some(ADMIN)).await;
    st.store.reconcile_open().await.unwrap();
    let (_, recounted) = get_json(&st, "/v1/admin/metrics", Some(ADMIN)).await;
    assert_eq!(after, recounted);
    assert_eq!(after["open"], 2);

    // The OpenAPI document describes the team's API.
    let (_, doc) = get_json(&st, "/v1/openapi.json", None).await;
    for path in [
        "/v1/admin/metrics",
        "/v1/admin/tasks",
        "/v1/admin/tasks/{id}/claim",
        "/v1/admin/tasks/{id}/complete",
        "/v1/admin/requests/{reference}/assign",
        "/v1/admin/requests/{reference}/notes",
        "/v1/admin/webhooks/{id}/redeliver",
    ] {
        assert!(
            doc["paths"].get(path).is_some(),
            "{path} missing from the OpenAPI document"
        );
    }

    // The dashboard.
    let (s, html) = admin_get_text(&st, "/admin/dashboard").await;
    assert_eq!(s, 200);
    assert!(
        html.contains("Dashboard") && html.contains("Median days to close"),
        "{html}"
    );

    // The register: assignee and closing time columns.
    let (s, csv) = admin_get_text(&st, "/v1/admin/export?format=csv").await;
    assert_eq!(s, 200);
    let head: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    assert!(
        head.contains(&"assignee") && head.contains(&"days_to_close"),
        "{head:?}"
    );
    let col = |name: &str| head.iter().position(|h| *h == name).unwrap();
    let row = |r: &str| {
        csv.lines()
            .find(|l| l.starts_with(r))
            .unwrap()
            .split(',')
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(row(&r2)[col("assignee")], "ana@shop.example");
    assert_eq!(row(&r1)[col("days_to_close")], "0");
    assert!(!row(&r1)[col("closed_at")].is_empty());
}
both!(metrics_and_register);

async fn form(st: &AppState, path: &str, body: &str, site: &str) -> (u16, String) {
    let (s, h, b) = send(
        st,
        Request::post(path)
            .header("authorization", format!("Bearer {ADMIN}"))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", site)
            .body(Body::from(body.to_string()))
            .unwrap(),
    )
    .await;
    let location = h
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    (
        s,
        if location.is_empty() {
            String::from_utf8(b).unwrap()
        } else {
            location
        },
    )
}

/// On the admin page a task is done by hand (not while a worker holds it), a failed one
/// retried, a request assigned and a note added; a cross-site form post is refused.
async fn tasks_by_hand_on_the_admin_page(db: &TestDb) {
    let mailbox = tempfile::tempdir().unwrap();
    let st = state(team_config(db, mailbox.path())).await;
    // Requests are assigned to staff accounts only.
    add_staff(
        &st,
        "ana@shop.example",
        glassbox_receiver::staff::Role::Handler,
    )
    .await;
    let (reference, _) = submit_and_verify(&st).await;
    let (_, view) = get_json(&st, &format!("/v1/admin/requests/{reference}"), Some(ADMIN)).await;
    let id = |system: &str| {
        view["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["system"] == system)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (crm, billing) = (id("crm"), id("billing"));
    let back = format!("/admin/requests/{reference}");

    // Cross-site: refused, nothing recorded.
    let (s, _) = form(
        &st,
        &format!("/admin/tasks/{crm}/complete"),
        &format!("outcome=done&back={back}"),
        "cross-site",
    )
    .await;
    assert_eq!(s, 403);
    // By hand: done, back to the request's page.
    let (s, to) = form(
        &st,
        &format!("/admin/tasks/{crm}/complete"),
        &format!("outcome=done&note=by+hand&back={back}"),
        "same-origin",
    )
    .await;
    assert_eq!((s, to.as_str()), (303, back.as_str()));
    // A task a worker holds cannot be done by hand meanwhile.
    let (s, _) = task_post(&st, &billing, "claim", json!({})).await;
    assert_eq!(s, 200);
    let (s, page_text) = form(
        &st,
        &format!("/admin/tasks/{billing}/complete"),
        "outcome=failed",
        "same-origin",
    )
    .await;
    assert_eq!(s, 409);
    assert!(page_text.contains("a worker holds the task"), "{page_text}");
    let (_, t) = get_json(&st, "/v1/admin/tasks?system=crm&status=done", Some(ADMIN)).await;
    assert_eq!(t[0]["note"], "by hand");

    // Assignment and a note through the page's forms: the page offers the active staff accounts.
    let (_, html) = admin_get_text(&st, &format!("/admin/requests/{reference}")).await;
    assert!(
        html.contains(r#"<option value="ana@shop.example">ana@shop.example</option>"#),
        "{html}"
    );
    let (s, _) = form(
        &st,
        &format!("/admin/requests/{reference}/assign"),
        "assignee=ana%40shop.example",
        "same-origin",
    )
    .await;
    assert_eq!(s, 303);
    let (s, _) = form(
        &st,
        &format!("/admin/requests/{reference}/notes"),
        "body=Checked+ID",
        "same-origin",
    )
    .await;
    assert_eq!(s, 303);
    let (_, v) = get_json(&st, &format!("/v1/admin/requests/{reference}"), Some(ADMIN)).await;
    assert_eq!(v["request"]["assignee"], "ana@shop.example");
    assert_eq!(v["notes"][0]["body"], "Checked ID");
    let (_, html) = admin_get_text(&st, &format!("/admin/requests/{reference}")).await;
    assert!(
        html.contains("Checked ID")
            && html.contains("by hand")
            && html.contains("claimed by a worker"),
        "{html}"
    );
}
both!(tasks_by_hand_on_the_admin_page);

async fn deleted_and_purged_requests_leave_the_open_counts_at_once(db: &TestDb) {
    // The dashboard's "open", the digest and the deadline webhooks follow a deletion (an admin's,
    // or the purge of a request never verified) in its own transaction, not at the next daily
    // recount; and the recount itself no longer counts a tombstone as open. Workers are no
    // longer offered the deleted request's tasks.
    let mailbox = tempfile::tempdir().unwrap();
    let mut c = team_config(db, mailbox.path());
    c.systems = vec!["crm".into()];
    let st = state(c).await;
    let (r1, _) = submit_and_verify(&st).await;
    let (r2, _) = submit_and_verify(&st).await;
    let (s, unverified) = post_json(&st, &payload()).await;
    assert_eq!(s, 201);
    let (s, _) = admin_post(
        &st,
        &format!("/v1/admin/requests/{r1}/notes"),
        json!({"body": "Called Ms Example; she asked to hurry"}),
    )
    .await;
    assert_eq!(s, 201);
    let open = |st: &AppState| {
        let st = st.clone();
        async move {
            let (s, m) = get_json(&st, "/v1/admin/metrics", Some(ADMIN)).await;
            assert_eq!(s, 200, "{m}");
            m["open"].as_i64().unwrap()
        }
    };
    let listed = |st: &AppState| {
        let st = st.clone();
        async move {
            let until = st.store.today().add_months(12);
            let (items, total) = st.store.due_between(None, until, 100).await.unwrap();
            assert_eq!(items.len() as i64, total);
            items.into_iter().map(|i| i.reference).collect::<Vec<_>>()
        }
    };
    assert_eq!(open(&st).await, 3);
    assert_eq!(listed(&st).await.len(), 3);
    let crm = |st: &AppState| {
        let st = st.clone();
        async move {
            let (s, tasks) =
                get_json(&st, "/v1/admin/tasks?system=crm&status=open", Some(ADMIN)).await;
            assert_eq!(s, 200, "{tasks}");
            tasks
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t["reference"].as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(crm(&st).await, vec![r1.clone(), r2.clone()]);

    let (s, _, b) = send(
        &st,
        Request::delete(format!("/v1/admin/requests/{r1}"))
            .header("authorization", format!("Bearer {ADMIN}"))
            .header("content-type", "application/json")
            .body(Body::from(r#"{"reason": "sent twice by mistake"}"#))
            .unwrap(),
    )
    .await;
    assert_eq!(s, 200, "{}", String::from_utf8_lossy(&b));
    assert_eq!(open(&st).await, 2, "an admin's deletion");
    assert!(!listed(&st).await.contains(&r1), "not in the digest's list");
    assert_eq!(crm(&st).await, vec![r2.clone()], "its task is gone");
    let notes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM notes")
        .fetch_one(st.store.pool())
        .await
        .unwrap();
    assert_eq!(notes, 0, "its internal notes are gone");
    let (s, _) = admin_post(
        &st,
        &format!("/v1/admin/requests/{r1}/notes"),
        json!({"body": "too late"}),
    )
    .await;
    assert_eq!(s, 409, "no note on a deleted request");
    st.store.reconcile_open().await.unwrap();
    assert_eq!(open(&st).await, 2, "the daily recount agrees");

    // The purge of requests never verified, as its daily job runs it.
    let now = time::OffsetDateTime::now_utc();
    let (gone, _) = st
        .store
        .purge_unverified(now + time::Duration::days(1), 30, now)
        .await
        .unwrap();
    assert_eq!(
        gone,
        vec![unverified["reference"].as_str().unwrap().to_string()]
    );
    assert_eq!(open(&st).await, 1, "the purge");
    assert_eq!(listed(&st).await, vec![r2.clone()]);
    st.store.reconcile_open().await.unwrap();
    assert_eq!(open(&st).await, 1, "the daily recount agrees");
}
both!(deleted_and_purged_requests_leave_the_open_counts_at_once);
