//! The binary: `--help`, start-up messages, graceful shutdown, `verify-audit`.

mod common;

use axum::body::Bytes;
use common::*;
use glassbox_receiver::store::Store;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use std::process::Stdio;
use std::time::Duration;
use tokio::io::AsyncBufReadExt;
use tokio::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_glassbox-receiver");

#[test]
fn help_documents_every_setting() {
    let out = std::process::Command::new(BIN)
        .arg("--help")
        .output()
        .unwrap();
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for env in [
        "GLASSBOX_LISTEN",
        "DATABASE_URL",
        "GLASSBOX_ADMIN_TOKEN",
        "GLASSBOX_ALLOWED_ORIGINS",
        "GLASSBOX_SMTP_URL",
        "GLASSBOX_PUBLIC_URL",
        "GLASSBOX_RETENTION_DAYS",
        "GLASSBOX_DIST_DIR",
        "GLASSBOX_DEMO_DIR",
        "GLASSBOX_RATE_LIMIT",
        "GLASSBOX_TRUSTED_PROXIES",
        "GLASSBOX_SUPERVISORY_AUTHORITY",
        "GLASSBOX_TIMEZONE",
        "GLASSBOX_MAIL_ATTEMPTS",
        "GLASSBOX_MAIL_RETRY_SECS",
        "GLASSBOX_JOB_LEASE_SECS",
        "GLASSBOX_ADMIN_TOKEN_FILE",
        "GLASSBOX_SMTP_URL_FILE",
        "GLASSBOX_ADMIN_RATE_LIMIT",
        "GLASSBOX_SESSION_IDLE_MINUTES",
        "GLASSBOX_SESSION_MAX_HOURS",
        "GLASSBOX_SIGNIN_MAX_FAILURES",
        "GLASSBOX_SIGNIN_LOCK_MINUTES",
        "GLASSBOX_SIGNIN_PER_CLIENT",
        "verify-audit",
    ] {
        assert!(help.contains(env), "--help lacks {env}");
    }
}

#[test]
fn a_wrong_authority_or_time_zone_stops_the_start_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    for (var, value, says) in [
        (
            "GLASSBOX_SUPERVISORY_AUTHORITY",
            "CNIL",
            "no `|` between the name and the URL",
        ),
        (
            "GLASSBOX_SUPERVISORY_AUTHORITY",
            "CNIL|www.cnil.fr",
            "is not an http(s) URL",
        ),
        (
            "GLASSBOX_TIMEZONE",
            "Europe/Atlantis",
            "not an IANA time zone name",
        ),
    ] {
        let out = std::process::Command::new(BIN)
            .current_dir(dir.path())
            .env_clear()
            .env("GLASSBOX_LISTEN", "127.0.0.1:0")
            .env(var, value)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{var}={value} started");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(var) || err.contains("--"), "{err}");
        assert!(err.contains(says), "{var}={value}: {err}");
        assert!(
            !dir.path().join("glassbox-receiver.db").exists(),
            "nothing created before the settings are right"
        );
    }
}

#[tokio::test]
async fn says_what_is_off_then_shuts_down_gracefully() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    // A template file with a syntax error: named in one log line, the service starts anyway.
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(templates.join("de")).unwrap();
    std::fs::write(templates.join("de/receiver.ftl"), "msg-remedy = { broken\n").unwrap();
    let mut child = Command::new(BIN)
        .current_dir(dir.path())
        .env_clear()
        .env("GLASSBOX_LISTEN", format!("127.0.0.1:{port}"))
        .env("GLASSBOX_TEMPLATES_DIR", &templates)
        .env("GLASSBOX_LOG_FORMAT", "json")
        .env("GLASSBOX_AUDIT_KEY", common::TEST_KEY_HEX)
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = tokio::io::BufReader::new(child.stderr.take().unwrap()).lines();
    let mut log = String::new();
    let read = async {
        while let Some(l) = lines.next_line().await.unwrap() {
            log.push_str(&l);
            log.push('\n');
            if l.contains("listening") {
                break;
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(60), read)
        .await
        .expect("started");
    assert!(log.contains("mails to requesters are off"), "{log}");
    let template_lines: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("GLASSBOX_TEMPLATES_DIR:"))
        .collect();
    assert_eq!(template_lines.len(), 1, "{log}");
    assert!(
        template_lines[0].contains("de/receiver.ftl:")
            && template_lines[0].contains("syntax error"),
        "{log}"
    );
    assert!(log.contains("Europe/Brussels"), "{log}");
    assert!(log.contains("no GLASSBOX_ADMIN_TOKEN"), "{log}");
    // No folder is served unless configured.
    assert!(log.contains("GLASSBOX_DIST_DIR unset"), "{log}");
    assert!(log.contains("GLASSBOX_DEMO_DIR unset"), "{log}");
    // The default database file was created and migrated.
    assert!(dir.path().join("glassbox-receiver.db").exists());

    // A submission is logged without personal data or tokens.
    let client: Client<HttpConnector, Full<Bytes>> =
        Client::builder(TokioExecutor::new()).build_http();
    let body = payload();
    let req = hyper::Request::post(format!("http://127.0.0.1:{port}/v1/requests"))
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body.to_string())))
        .unwrap();
    let resp = client.request(req).await.unwrap();
    assert_eq!(resp.status(), 201);
    let answer: serde_json::Value =
        serde_json::from_slice(&resp.into_body().collect().await.unwrap().to_bytes()).unwrap();
    let token = answer["status_url"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    let req = hyper::Request::get(format!("http://127.0.0.1:{port}/v1/status/{token}"))
        .body(Full::default())
        .unwrap();
    assert_eq!(client.request(req).await.unwrap().status(), 200);

    let pid = child.id().unwrap().to_string();
    let st = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap();
    assert!(st.success());
    let status = tokio::time::timeout(Duration::from_secs(30), child.wait())
        .await
        .expect("exits after SIGTERM")
        .unwrap();
    assert!(status.success(), "{status:?}");
    while let Some(l) = lines.next_line().await.unwrap() {
        log.push_str(&l);
        log.push('\n');
    }
    assert!(log.contains("request stored"), "{log}");
    assert!(log.contains(answer["reference"].as_str().unwrap()));
    for secret in [
        "marie@example.fr",
        "Marie",
        "no longer needed",
        token.as_str(),
    ] {
        assert!(!log.contains(secret), "log leaks {secret}: {log}");
    }
}

#[tokio::test]
async fn verify_audit_names_the_first_broken_entry() {
    let db = TestDb::sqlite();
    let st = state(config(&db)).await;
    for _ in 0..4 {
        post_json(&st, &payload()).await;
    }
    let run = || {
        std::process::Command::new(BIN)
            .arg("verify-audit")
            .env("DATABASE_URL", &db.url)
            .env("GLASSBOX_AUDIT_KEY", common::TEST_KEY_HEX)
            .env("RUST_LOG", "error")
            .output()
            .unwrap()
    };
    let ok = run();
    assert!(ok.status.success());
    assert!(String::from_utf8_lossy(&ok.stdout).contains("intact: 4 entries"));

    sqlx::query("UPDATE audit_log SET at = '2020-01-01T00:00:00.000000Z' WHERE seq = 3")
        .execute(st.store.pool())
        .await
        .unwrap();
    let bad = run();
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stdout).contains("BROKEN at entry 3"));

    // Removing the last entries is caught by the head row.
    let db2 = TestDb::sqlite();
    let st2 = state(config(&db2)).await;
    for _ in 0..3 {
        post_json(&st2, &payload()).await;
    }
    sqlx::query("DELETE FROM audit_log WHERE seq = 3")
        .execute(st2.store.pool())
        .await
        .unwrap();
    let store = Store::connect(&db2.url, 1)
        .await
        .unwrap()
        .with_key(common::test_key());
    assert!(matches!(
        store.verify_audit().await.unwrap(),
        glassbox_receiver::audit::AuditReport::Broken { seq: 3, .. }
    ));
}
