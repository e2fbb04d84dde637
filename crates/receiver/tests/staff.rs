//! Staff accounts, sessions, API tokens and sign-in abuse controls (SPEC §9): the command line
//! through the real binary, sign-in and its limits (per account across two receivers on one
//! database, per client), session expiry and revocation, TOTP, the same-origin rule for cookies,
//! the `Secure` flag, the bootstrap token's length, secrets never as flags, and the actor of
//! every audit entry. Database tests run on SQLite and PostgreSQL.

mod common;

use axum::body::Body;
use axum::http::Request;
use common::*;
use glassbox_receiver::audit::AuditReport;
use glassbox_receiver::staff::{accounts, Role};
use glassbox_receiver::AppState;
use serde_json::{json, Value};
use std::process::Stdio;
use tokio::io::AsyncWriteExt;

const BIN: &str = env!("CARGO_BIN_EXE_glassbox-receiver");

/// Runs the binary with `args` on the database `url`, `stdin` written to its standard input
/// (not a terminal). Returns (success, stdout, stderr).
async fn cli(url: &str, args: &[&str], stdin: Option<&str>) -> (bool, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut child = tokio::process::Command::new(BIN)
        .current_dir(dir.path())
        .env_clear()
        .env("DATABASE_URL", url)
        .env("GLASSBOX_AUDIT_KEY", TEST_KEY_HEX)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        // A command refused before it reads its input (an unknown role) may have exited
        // already: its exit status and stderr say what happened, not the pipe.
        if let Err(e) = input.write_all(text.as_bytes()).await {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
    }
    drop(input);
    let out = child.wait_with_output().await.unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A request through the router with optional session cookie, bearer token and headers.
async fn call(
    st: &AppState,
    method: &str,
    path: &str,
    cookie: Option<&str>,
    bearer: Option<&str>,
    headers: &[(&str, &str)],
    body: Option<Value>,
) -> (u16, axum::http::HeaderMap, Value) {
    let mut req = Request::builder().method(method).uri(path);
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    if let Some(t) = bearer {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let req = match body {
        Some(b) => req
            .header("content-type", "application/json")
            .body(Body::from(b.to_string())),
        None => req.body(Body::empty()),
    }
    .unwrap();
    let (s, h, b) = send(st, req).await;
    (s, h, serde_json::from_slice(&b).unwrap_or(Value::Null))
}

/// `glassbox-receiver staff add <email> --role <role>` on the database `url`, `password`
/// typed on its standard input. Returns (success, stdout, stderr).
async fn staff_add(url: &str, email: &str, role: &str, password: &str) -> (bool, String, String) {
    cli(
        url,
        &["staff", "add", email, "--role", role],
        Some(&format!("{password}\n")),
    )
    .await
}

async fn queue_with(st: &AppState, cookie: &str) -> u16 {
    call(
        st,
        "GET",
        "/v1/admin/requests",
        Some(cookie),
        None,
        &[],
        None,
    )
    .await
    .0
}

async fn the_command_line_manages_accounts_and_tokens(db: &TestDb) {
    let url = db.url.as_str();
    let pw = "a long enough passphrase";
    let (ok, out, err) = staff_add(url, "Ana@Example.org", "admin", pw).await;
    assert!(ok, "{out}{err}");
    assert!(out.contains("ana@example.org added (admin)"), "{out}");
    let (ok, _, err) = staff_add(url, "bob@example.org", "handler", pw).await;
    assert!(ok, "{err}");
    // Refused, with a reason: a short password, an account that exists, an unknown role.
    let (ok, _, err) = staff_add(url, "cy@example.org", "admin", "short").await;
    assert!(!ok && err.contains("at least 12 characters"), "{err}");
    let (ok, _, err) = staff_add(url, "ana@example.org", "admin", pw).await;
    assert!(!ok && err.contains("exists already"), "{err}");
    let (ok, _, err) = staff_add(url, "cy@example.org", "boss", pw).await;
    assert!(!ok && err.contains("boss"), "{err}");

    let (ok, out, _) = cli(url, &["staff", "list"], None).await;
    assert!(ok);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].starts_with("ana@example.org\tadmin\tno-totp\tactive"),
        "{out}"
    );
    assert!(
        lines[1].starts_with("bob@example.org\thandler\tno-totp\tactive"),
        "{out}"
    );

    // Only an Argon2id PHC string is stored, never the password.
    let st = state(config(db)).await;
    let rows = sqlx::query("SELECT email, role, password_hash FROM staff ORDER BY email")
        .fetch_all(st.store.pool())
        .await
        .unwrap();
    for row in &rows {
        use sqlx::Row;
        let hash: String = row.try_get(2).unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m="), "{hash}");
        assert!(!hash.contains("passphrase"));
    }
    // The password works; the session ends when the account is disabled.
    let (s, h, v) = sign_in(&st, "ana@example.org", pw, None).await;
    assert_eq!(s, 200, "{v}");
    assert_eq!(v["actor"], "staff:ana@example.org");
    assert_eq!(v["role"], "admin");
    let ana = cookie_of(&h);
    assert_eq!(queue_with(&st, &ana).await, 200);
    let (ok, out, err) = cli(url, &["staff", "disable", "ana@example.org"], None).await;
    assert!(ok, "{err}");
    assert!(out.contains("disabled"));
    assert_eq!(queue_with(&st, &ana).await, 403, "the session ended");
    let (s, _, v) = sign_in(&st, "ana@example.org", pw, None).await;
    assert_eq!((s, v["error"].as_str()), (401, Some("invalid_credentials")));
    let (_, out, _) = cli(url, &["staff", "list"], None).await;
    assert!(
        out.contains("ana@example.org\tadmin\tno-totp\tdisabled"),
        "{out}"
    );

    // A new password: the old one and the old session stop working.
    let bob = {
        let (s, h, _) = sign_in(&st, "bob@example.org", pw, None).await;
        assert_eq!(s, 200);
        cookie_of(&h)
    };
    let (ok, _, err) = cli(
        url,
        &["staff", "reset", "bob@example.org"],
        Some("another long passphrase\n"),
    )
    .await;
    assert!(ok, "{err}");
    assert_eq!(queue_with(&st, &bob).await, 403);
    assert_eq!(sign_in(&st, "bob@example.org", pw, None).await.0, 401);
    assert_eq!(
        sign_in(&st, "bob@example.org", "another long passphrase", None)
            .await
            .0,
        200
    );
    let (ok, _, err) = cli(url, &["staff", "reset", "nobody@example.org"], Some("x\n")).await;
    assert!(!ok && err.contains("no such staff account"), "{err}");

    // TOTP: the secret is printed once; sign-in then needs the code.
    let (ok, out, err) = cli(url, &["staff", "totp", "bob@example.org"], None).await;
    assert!(ok, "{err}");
    assert!(
        out.contains("otpauth://totp/Glassbox:bob%40example.org?"),
        "{out}"
    );
    let secret = out
        .lines()
        .find_map(|l| l.strip_prefix("secret: "))
        .expect("secret printed")
        .to_string();
    let (s, _, v) = sign_in(&st, "bob@example.org", "another long passphrase", None).await;
    assert_eq!((s, v["error"].as_str()), (401, Some("totp_required")));
    let now = st.clock.now().unix_timestamp() as u64;
    let code = accounts::totp_code(&secret, "bob@example.org", now).unwrap();
    let (s, h, v) = sign_in(
        &st,
        "bob@example.org",
        "another long passphrase",
        Some(&code),
    )
    .await;
    assert_eq!(s, 200, "{v}");
    // A lost phone: an admin turns the second step off; the password alone signs in again, and
    // the session opened with the second step is ended.
    let session = cookie_of(&h);
    assert_eq!(queue_with(&st, &session).await, 200);
    let (ok, out, err) = cli(url, &["staff", "totp-off", "bob@example.org"], None).await;
    assert!(ok && out.contains("two-step sign-in is off"), "{out}{err}");
    assert_eq!(
        queue_with(&st, &session).await,
        403,
        "the old session is ended"
    );
    let (ok, out, _) = cli(url, &["staff", "list"], None).await;
    assert!(
        ok && out.contains("bob@example.org\thandler\tno-totp"),
        "{out}"
    );
    let (s, _, v) = sign_in(&st, "bob@example.org", "another long passphrase", None).await;
    assert_eq!(s, 200, "{v}");
    let (ok, _, err) = cli(url, &["staff", "totp-off", "nobody@example.org"], None).await;
    assert!(!ok && err.contains("no such staff account"), "{err}");

    // Named tokens: printed once, stored hashed, working until revoked.
    let (ok, out, err) = cli(url, &["token", "create", "crm-worker"], None).await;
    assert!(ok, "{err}");
    let token = out.lines().last().unwrap().trim().to_string();
    assert!(token.starts_with("gbx_") && token.len() == 68, "{out}");
    let stored: String =
        sqlx::query_scalar("SELECT token_hash FROM api_tokens WHERE name = 'crm-worker'")
            .fetch_one(st.store.pool())
            .await
            .unwrap();
    assert_ne!(stored, token);
    let (s, _) = get_json(&st, "/v1/admin/requests", Some(&token)).await;
    assert_eq!(s, 200);
    // A handler token may not export the register.
    let (s, v) = get_json(&st, "/v1/admin/export", Some(&token)).await;
    assert_eq!((s, v["error"].as_str()), (403, Some("not_allowed")));
    let (ok, out, _) = cli(url, &["token", "list"], None).await;
    assert!(ok && out.contains("crm-worker\thandler\tactive"), "{out}");
    assert!(!out.contains(&token));
    let (ok, _, err) = cli(url, &["token", "revoke", "crm-worker"], None).await;
    assert!(ok, "{err}");
    let (s, _) = get_json(&st, "/v1/admin/requests", Some(&token)).await;
    assert_eq!(s, 403, "a revoked token no longer works");
    let (ok, _, err) = cli(url, &["token", "revoke", "crm-worker"], None).await;
    assert!(!ok && err.contains("no active token"), "{err}");
    // The chain, with the account and token changes in it, verifies.
    assert!(matches!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Intact { .. }
    ));
}
both!(the_command_line_manages_accounts_and_tokens);

async fn failures_lock_the_account_on_every_receiver(db: &TestDb) {
    let a = state(config(db)).await;
    let b = state(config(db)).await;
    add_staff(&a, "ana@example.org", Role::Admin).await;
    add_staff(&a, "off@example.org", Role::Handler).await;
    // Wrong password: 401; a disabled account with the right password: the same 401.
    let (s, _, v) = sign_in(&a, "ana@example.org", "not the password", None).await;
    assert_eq!((s, v["error"].as_str()), (401, Some("invalid_credentials")));
    a.store
        .staff_set_disabled("off@example.org", true, a.clock.now())
        .await
        .unwrap();
    let (s, _, v) = sign_in(&a, "off@example.org", PASSWORD, None).await;
    assert_eq!((s, v["error"].as_str()), (401, Some("invalid_credentials")));
    // Five failures in all, on two receivers sharing the database, lock the account on both.
    for (i, st) in [&b, &a, &b, &a].iter().enumerate() {
        let (s, _, _) = sign_in(st, "ana@example.org", &format!("guess {i}"), None).await;
        assert_eq!(s, 401);
    }
    for st in [&a, &b] {
        let (s, _, v) = sign_in(st, "ana@example.org", PASSWORD, None).await;
        assert_eq!(
            (s, v["error"].as_str()),
            (429, Some("account_locked")),
            "{v}"
        );
    }
    // The lock ends after GLASSBOX_SIGNIN_LOCK_MINUTES.
    b.clock.advance(14 * 60);
    assert_eq!(sign_in(&b, "ana@example.org", PASSWORD, None).await.0, 429);
    b.clock.advance(2 * 60);
    assert_eq!(sign_in(&b, "ana@example.org", PASSWORD, None).await.0, 200);
}
both!(failures_lock_the_account_on_every_receiver);

#[tokio::test]
async fn one_client_is_limited_whatever_the_account() {
    let db = TestDb::sqlite();
    let mut cfg = config(&db);
    cfg.signin_per_client = 3;
    let st = state(cfg).await;
    add_staff(&st, "ana@example.org", Role::Admin).await;
    for who in ["x@example.org", "y@example.org", "z@example.org"] {
        assert_eq!(sign_in(&st, who, "guess", None).await.0, 401);
    }
    let (s, _, v) = sign_in(&st, "ana@example.org", PASSWORD, None).await;
    assert_eq!((s, v["error"].as_str()), (429, Some("rate_limited")), "{v}");
}

#[tokio::test]
async fn the_admin_api_and_pages_are_rate_limited_per_client() {
    let db = TestDb::sqlite();
    let mut cfg = config(&db);
    cfg.admin_rate_limit_per_minute = 1;
    cfg.admin_rate_limit_burst = 2;
    let st = state(cfg).await;
    for _ in 0..2 {
        let (s, _) = get_json(&st, "/v1/admin/requests", Some(ADMIN)).await;
        assert_eq!(s, 200);
    }
    let (s, v) = get_json(&st, "/v1/admin/requests", Some(ADMIN)).await;
    assert_eq!((s, v["error"].as_str()), (429, Some("rate_limited")));
    let (s, _, v) = call(&st, "GET", "/admin/", None, None, &[], None).await;
    assert_eq!(
        (s, v["error"].as_str()),
        (429, Some("rate_limited")),
        "the admin pages share the client's budget"
    );
    let (s, _, _) = call(
        &st,
        "POST",
        "/v1/admin/session",
        None,
        None,
        &[],
        Some(json!({"email": "a@b.c", "password": "x"})),
    )
    .await;
    assert_eq!(s, 429, "so does signing in");
    // The public API is not affected.
    assert_eq!(post_json(&st, &payload()).await.0, 201);
}

async fn sessions_end_when_idle_and_at_their_absolute_expiry(db: &TestDb) {
    let st = state(config(db)).await;
    add_staff(&st, "ana@example.org", Role::Handler).await;
    let c = session_cookie(&st, "ana@example.org").await;
    // Active every 29 minutes: still signed in; then 31 minutes idle: ended.
    for _ in 0..2 {
        st.clock.advance(29 * 60);
        assert_eq!(queue_with(&st, &c).await, 200);
    }
    st.clock.advance(31 * 60);
    assert_eq!(queue_with(&st, &c).await, 403);
    // However active, a session ends 12 hours after sign-in.
    let c = session_cookie(&st, "ana@example.org").await;
    let mut elapsed = 0;
    while elapsed + 25 * 60 < 12 * 3600 {
        st.clock.advance(25 * 60);
        elapsed += 25 * 60;
        assert_eq!(queue_with(&st, &c).await, 200, "after {elapsed} s");
    }
    st.clock.advance(12 * 3600 - elapsed);
    assert_eq!(queue_with(&st, &c).await, 403);
    // Sessions that are never used again are deleted by the clean-up.
    let _idle = session_cookie(&st, "ana@example.org").await;
    let count = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM staff_sessions")
            .fetch_one(st.store.pool())
            .await
            .unwrap()
    };
    assert_eq!(count().await, 1);
    st.clock.advance(31 * 60);
    let now = st.clock.now();
    let ended = st
        .store
        .staff_cleanup(now, now - time::Duration::minutes(30), now)
        .await
        .unwrap();
    assert_eq!((ended, count().await), (1, 0));
}
both!(sessions_end_when_idle_and_at_their_absolute_expiry);

async fn signing_out_revokes_the_session(db: &TestDb) {
    let st = state(config(db)).await;
    add_staff(&st, "ana@example.org", Role::Handler).await;
    let c = session_cookie(&st, "ana@example.org").await;
    assert_eq!(queue_with(&st, &c).await, 200);
    let (s, h, _) = call(
        &st,
        "DELETE",
        "/v1/admin/session",
        Some(&c),
        None,
        &[],
        None,
    )
    .await;
    assert_eq!(s, 204);
    assert!(h["set-cookie"].to_str().unwrap().contains("Max-Age=0"));
    // The old value, sent again, no longer works: the session ended on the server.
    assert_eq!(queue_with(&st, &c).await, 403);
    // The same through the admin page's sign-out button.
    let c = session_cookie(&st, "ana@example.org").await;
    let (s, _, _) = call(
        &st,
        "POST",
        "/admin/logout",
        Some(&c),
        None,
        &[("sec-fetch-site", "same-origin")],
        None,
    )
    .await;
    assert_eq!(s, 303);
    assert_eq!(queue_with(&st, &c).await, 403);
    let (s, _, _) = call(&st, "GET", "/admin/", Some(&c), None, &[], None).await;
    assert_eq!(s, 403, "the page asks to sign in again");
}
both!(signing_out_revokes_the_session);

async fn totp_is_required_once_enabled(db: &TestDb) {
    let st = state(config(db)).await;
    add_staff(&st, "ana@example.org", Role::Admin).await;
    let (secret, _) = accounts::new_totp("ana@example.org").unwrap();
    st.store
        .staff_set_totp("ana@example.org", &secret, st.clock.now())
        .await
        .unwrap();
    let (s, _, v) = sign_in(&st, "ana@example.org", PASSWORD, None).await;
    assert_eq!((s, v["error"].as_str()), (401, Some("totp_required")));
    let now = st.clock.now().unix_timestamp() as u64;
    let code = accounts::totp_code(&secret, "ana@example.org", now).unwrap();
    let wrong = format!("{:06}", (code.parse::<u32>().unwrap() + 1) % 1_000_000);
    let (s, _, v) = sign_in(&st, "ana@example.org", PASSWORD, Some(&wrong)).await;
    assert_eq!((s, v["error"].as_str()), (401, Some("invalid_credentials")));
    // A right code with a wrong password is refused too.
    assert_eq!(
        sign_in(&st, "ana@example.org", "not it", Some(&code))
            .await
            .0,
        401
    );
    let (s, _, v) = sign_in(&st, "ana@example.org", PASSWORD, Some(&code)).await;
    assert_eq!(s, 200, "{v}");
    // A code works once: the same code again (someone who saw it) is refused.
    let (s, _, v) = sign_in(&st, "ana@example.org", PASSWORD, Some(&code)).await;
    assert_eq!((s, v["error"].as_str()), (401, Some("invalid_credentials")));
    st.clock.advance(30);
    let now = st.clock.now().unix_timestamp() as u64;
    let next = accounts::totp_code(&secret, "ana@example.org", now).unwrap();
    assert_eq!(
        sign_in(&st, "ana@example.org", PASSWORD, Some(&next))
            .await
            .0,
        200
    );
}
both!(totp_is_required_once_enabled);

#[tokio::test]
async fn cookie_state_changes_must_be_same_origin_bearer_ones_need_not() {
    let db = TestDb::sqlite();
    let st = state(config(&db)).await;
    add_staff(&st, "ana@example.org", Role::Handler).await;
    let c = session_cookie(&st, "ana@example.org").await;
    let (_, a) = post_json(&st, &payload()).await;
    let r = a["reference"].as_str().unwrap();
    let path = format!("/v1/admin/requests/{r}/status");
    let verify = json!({"status": "verified"});
    for cross in [
        vec![("sec-fetch-site", "cross-site")],
        vec![("sec-fetch-site", "same-site")],
        vec![
            ("origin", "https://evil.example"),
            ("host", "receiver.test"),
        ],
    ] {
        let (s, _, v) = call(
            &st,
            "POST",
            &path,
            Some(&c),
            None,
            &cross,
            Some(verify.clone()),
        )
        .await;
        assert_eq!(
            (s, v["error"].as_str()),
            (403, Some("forbidden")),
            "{cross:?}"
        );
    }
    let (_, v) = get_json(&st, &format!("/v1/admin/requests/{r}"), Some(ADMIN)).await;
    assert_eq!(v["request"]["status"], "received", "nothing changed");
    // Reading with the cookie from anywhere is harmless; the same change from the admin's own
    // origin is taken, and a bearer token is not subject to the check.
    let (s, _, _) = call(
        &st,
        "GET",
        &format!("/v1/admin/requests/{r}"),
        Some(&c),
        None,
        &[("sec-fetch-site", "cross-site")],
        None,
    )
    .await;
    assert_eq!(s, 200);
    let (s, _, _) = call(
        &st,
        "POST",
        &path,
        Some(&c),
        None,
        &[("sec-fetch-site", "same-origin")],
        Some(verify),
    )
    .await;
    assert_eq!(s, 200);
    let (s, _, _) = call(
        &st,
        "POST",
        &path,
        None,
        Some(ADMIN),
        &[("sec-fetch-site", "cross-site")],
        Some(json!({"status": "in_progress"})),
    )
    .await;
    assert_eq!(s, 200);
    // Signing in and out from another site is refused as well.
    let (s, _, _) = call(
        &st,
        "POST",
        "/v1/admin/session",
        None,
        None,
        &[("sec-fetch-site", "cross-site")],
        Some(json!({"email": "ana@example.org", "password": PASSWORD})),
    )
    .await;
    assert_eq!(s, 403);
    let (s, _, _) = call(
        &st,
        "DELETE",
        "/v1/admin/session",
        Some(&c),
        None,
        &[("sec-fetch-site", "cross-site")],
        None,
    )
    .await;
    assert_eq!(s, 403);
    assert_eq!(queue_with(&st, &c).await, 200, "still signed in");
}

#[tokio::test]
async fn the_cookie_is_secure_under_an_https_public_url() {
    for (public, secure) in [
        ("https://privacy.example.com", true),
        ("http://127.0.0.1:8787", false),
    ] {
        let db = TestDb::sqlite();
        let mut cfg = config(&db);
        cfg.public_url = Some(public.into());
        let st = state(cfg).await;
        add_staff(&st, "ana@example.org", Role::Handler).await;
        let (s, h, _) = sign_in(&st, "ana@example.org", PASSWORD, None).await;
        assert_eq!(s, 200);
        let set = h["set-cookie"].to_str().unwrap().to_string();
        assert!(
            set.contains("HttpOnly") && set.contains("SameSite=Strict"),
            "{set}"
        );
        assert!(set.contains("Max-Age=43200"), "{set}");
        assert_eq!(set.contains("; Secure"), secure, "{public}: {set}");
        let value = cookie_of(&h);
        let id = value.strip_prefix("glassbox_admin=").unwrap();
        // Only the id's hash is stored.
        let stored: String = sqlx::query_scalar("SELECT id_hash FROM staff_sessions")
            .fetch_one(st.store.pool())
            .await
            .unwrap();
        assert_ne!(stored, id);
        assert_eq!(stored, glassbox_receiver::store::sha256_hex(id.as_bytes()));
    }
}

#[tokio::test]
async fn a_short_bootstrap_token_stops_the_start_and_secrets_are_never_flags() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("token");
    let run = |envs: Vec<(&str, String)>, args: Vec<&str>| {
        let mut c = std::process::Command::new(BIN);
        c.current_dir(dir.path())
            .env_clear()
            .env("GLASSBOX_LISTEN", "127.0.0.1:0")
            .args(args);
        for (k, v) in envs {
            c.env(k, v);
        }
        c.output().unwrap()
    };
    std::fs::write(&file, "short-token\n").unwrap();
    for env in [
        (
            "GLASSBOX_ADMIN_TOKEN",
            "admin-token-of-31-characters-xx".to_string(),
        ),
        ("GLASSBOX_ADMIN_TOKEN_FILE", file.display().to_string()),
    ] {
        let out = run(vec![env.clone()], vec![]);
        assert!(!out.status.success(), "{env:?} started");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "one line: {err}");
        assert!(
            err.contains("GLASSBOX_ADMIN_TOKEN has") && err.contains("at least 32"),
            "{err}"
        );
        assert!(!dir.path().join("glassbox-receiver.db").exists());
    }
    // 32 characters from a file are accepted (trailing newline dropped).
    std::fs::write(&file, format!("{}\n", "k".repeat(32))).unwrap();
    let out = run(
        vec![("GLASSBOX_ADMIN_TOKEN_FILE", file.display().to_string())],
        vec!["migrate"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Both ways at once, or a file that cannot be read, are named.
    let out = run(
        vec![
            ("GLASSBOX_ADMIN_TOKEN_FILE", file.display().to_string()),
            ("GLASSBOX_ADMIN_TOKEN", "k".repeat(40)),
        ],
        vec!["migrate"],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("not both"), "{err}");
    let out = run(
        vec![("GLASSBOX_SMTP_URL_FILE", "/nonexistent/smtp-url".into())],
        vec!["migrate"],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("GLASSBOX_SMTP_URL_FILE: cannot read"),
        "{err}"
    );
    // The secrets have no flags: a flag is refused, and never read.
    for flag in ["--admin-token", "--smtp-url"] {
        let out = run(
            vec![],
            vec![flag, "admin-secret-for-tests-0123456789abcdef"],
        );
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(&format!("unexpected argument '{flag}'")),
            "{err}"
        );
    }
}

async fn every_audit_entry_names_its_actor(db: &TestDb) {
    let st = state(config(db)).await;
    add_staff(&st, "ana@example.org", Role::Handler).await;
    let c = session_cookie(&st, "ana@example.org").await;
    let token = accounts::create_token(&st.store, "crm", Role::Handler)
        .await
        .unwrap();
    let (_, a) = post_json(&st, &payload()).await;
    let r = a["reference"].as_str().unwrap();
    let base = format!("/v1/admin/requests/{r}");
    let same = [("sec-fetch-site", "same-origin")];
    let (s, _, _) = call(
        &st,
        "POST",
        &format!("{base}/status"),
        Some(&c),
        None,
        &same,
        Some(json!({"status": "verified"})),
    )
    .await;
    assert_eq!(s, 200);
    let (s, _, _) = call(
        &st,
        "POST",
        &format!("{base}/extend"),
        None,
        Some(&token),
        &[],
        Some(json!({"months": 1, "reason": "three systems to search"})),
    )
    .await;
    assert_eq!(s, 200);
    let (s, _, _) = call(
        &st,
        "POST",
        &format!("{base}/status"),
        None,
        Some(ADMIN),
        &[],
        Some(json!({"status": "refused", "reason": "not our customer"})),
    )
    .await;
    assert_eq!(s, 200);
    let (_, view) = get_json(&st, &base, Some(ADMIN)).await;
    let actors: Vec<(&str, &str)> = view["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["action"].as_str().unwrap(), e["actor"].as_str().unwrap()))
        .collect();
    assert_eq!(
        actors,
        [
            ("received", "requester"),
            ("status", "staff:ana@example.org"),
            ("extended", "token:crm"),
            ("status", "bootstrap-token"),
        ]
    );
    // The admin page's history shows who.
    let (s, _, _) = call(
        &st,
        "GET",
        &format!("/admin/requests/{r}"),
        Some(&c),
        None,
        &[],
        None,
    )
    .await;
    assert_eq!(s, 200);
    let req = Request::get(format!("/admin/requests/{r}"))
        .header("cookie", &c)
        .body(Body::empty())
        .unwrap();
    let html = String::from_utf8(send(&st, req).await.2).unwrap();
    for who in [
        "staff:ana@example.org",
        "token:crm",
        "bootstrap-token",
        "requester",
    ] {
        assert!(
            html.contains(&format!("<td>{who}</td>")),
            "{who} not on the page"
        );
    }
    // And the audit log's JSON and CSV outputs.
    let (s, all) = get_json(&st, "/v1/admin/audit", Some(ADMIN)).await;
    assert_eq!(s, 200);
    let signed_in: Vec<&Value> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "signed_in")
        .collect();
    assert_eq!(signed_in.len(), 1);
    assert_eq!(signed_in[0]["actor"], "staff:ana@example.org");
    let (_, csv) = admin_get_text(&st, "/v1/admin/audit?format=csv").await;
    assert!(csv.starts_with("seq,at,actor,request_id,action,"), "{csv}");
    assert!(
        csv.contains(",token:crm,") && csv.contains(",token_created,"),
        "{csv}"
    );
    assert!(
        csv.contains(",bootstrap-token,") && csv.contains(",requester,"),
        "{csv}"
    );
    // The actor is part of each entry's hash: changing it breaks the chain there.
    assert!(matches!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Intact { .. }
    ));
    sqlx::query(
        "UPDATE audit_log SET actor = 'staff:someone-else@example.org' WHERE action = 'extended'",
    )
    .execute(st.store.pool())
    .await
    .unwrap();
    let seq = view["history"][2]["seq"].as_i64().unwrap();
    assert_eq!(
        st.store.verify_audit().await.unwrap(),
        AuditReport::Broken {
            seq,
            reason: "content does not match its MAC (entry altered, or another audit key)".into()
        }
    );
}
both!(every_audit_entry_names_its_actor);
