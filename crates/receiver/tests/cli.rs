//! The binary: `--help`, start-up messages, graceful shutdown, `verify-audit`.

mod common;

use common::*;
use glassbox_receiver::store::Store;
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
        "verify-audit",
    ] {
        assert!(help.contains(env), "--help lacks {env}");
    }
}

#[tokio::test]
async fn says_what_is_off_then_shuts_down_gracefully() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut child = Command::new(BIN)
        .current_dir(dir.path())
        .env_clear()
        .env("GLASSBOX_LISTEN", format!("127.0.0.1:{port}"))
        .env("GLASSBOX_LOG_FORMAT", "json")
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
    assert!(log.contains("verification mails are off"), "{log}");
    assert!(log.contains("admin API and page disabled"), "{log}");
    assert!(log.contains("dist folder missing"), "{log}");
    // The default database file was created and migrated.
    assert!(dir.path().join("glassbox-receiver.db").exists());

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
    let store = Store::connect(&db2.url, 1).await.unwrap();
    assert!(matches!(
        store.verify_audit().await.unwrap(),
        glassbox_receiver::audit::AuditReport::Broken { seq: 3, .. }
    ));
}
