//! The task worker of the receiver's README, run as written (bash, curl, jq) against a receiver
//! on 127.0.0.1: it completes the open `crm` tasks and leaves the other systems' alone.

mod common;

use common::*;
use serde_json::json;

fn readme_worker() -> String {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("<!-- worker-example -->")
        .expect("worker example marker");
    let block = &readme[start..];
    let code = block.split("```sh\n").nth(1).expect("sh block");
    code.split("\n```").next().unwrap().to_string()
}

fn have(tool: &str) -> bool {
    std::process::Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

async fn the_readme_worker_completes_its_systems_tasks(db: &TestDb) {
    if !(have("curl") && have("jq")) {
        assert!(
            !in_ci(),
            "curl and jq missing in CI: run `make receiver-deps`"
        );
        eprintln!("SKIPPED: curl or jq missing (make receiver-deps installs them)");
        return;
    }
    let mut c = config(db);
    c.systems = vec!["crm".into(), "billing".into()];
    let st = state(c).await;
    let mut refs = Vec::new();
    for _ in 0..2 {
        let (s, a) = post_json(&st, &payload()).await;
        assert_eq!(s, 201);
        let r = a["reference"].as_str().unwrap().to_string();
        let (s, _) = admin_post(
            &st,
            &format!("/v1/admin/requests/{r}/status"),
            json!({"status": "verified"}),
        )
        .await;
        assert_eq!(s, 200);
        refs.push(r);
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let app = glassbox_receiver::app(st.clone());
    tokio::spawn(async move { axum::serve(listener, app).await });

    let out = tokio::process::Command::new("bash")
        .args(["-euo", "pipefail", "-c", &readme_worker()])
        .env("GLASSBOX_URL", format!("http://127.0.0.1:{port}"))
        .env("GLASSBOX_TOKEN", ADMIN)
        .output()
        .await
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let (_, done) = get_json(&st, "/v1/admin/tasks?system=crm&status=done", Some(ADMIN)).await;
    let done = done.as_array().unwrap();
    assert_eq!(done.len(), 2, "{done:?}");
    for r in &refs {
        let t = done.iter().find(|t| t["reference"] == r.as_str()).unwrap();
        assert_eq!(t["note"], format!("crm: access,erasure done for {r}"));
    }
    let (_, billing) = get_json(
        &st,
        "/v1/admin/tasks?system=billing&status=open",
        Some(ADMIN),
    )
    .await;
    assert_eq!(
        billing.as_array().unwrap().len(),
        2,
        "other systems' tasks are left alone"
    );
}
both!(the_readme_worker_completes_its_systems_tasks);
