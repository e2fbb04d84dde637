//! Test helpers: a fresh database per test (a temp SQLite file, or a new PostgreSQL database
//! dropped at the end), the app with test settings, and request builders.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{Request, Response};
use glassbox_receiver::config::Config;
use glassbox_receiver::store::Store;
use glassbox_receiver::{app, AppState};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

mod shared;
pub use shared::{free_port, new_id};

/// A database for one test.
pub struct TestDb {
    /// The URL the receiver uses.
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    pg_name: Option<String>,
    /// The results folder of this test (never the working directory).
    pub results: tempfile::TempDir,
}

/// The PostgreSQL server used by tests (Unix socket by default, as `make test-receiver` sets up).
pub fn pg_admin_url() -> String {
    std::env::var("DATABASE_URL_PG")
        .unwrap_or_else(|_| "postgres:///postgres?host=/var/run/postgresql".into())
}

fn with_db(url: &str, db: &str) -> String {
    // Replace the path's database name, keep the query.
    let (base, query) = url.split_once('?').map_or((url, ""), |(b, q)| (b, q));
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let path_start = base[scheme_end..]
        .find('/')
        .map(|i| i + scheme_end)
        .unwrap_or(base.len());
    let mut out = format!("{}/{}", &base[..path_start], db);
    if !query.is_empty() {
        out.push('?');
        out.push_str(query);
    }
    out
}

impl TestDb {
    /// A temp SQLite file.
    pub fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("test.db").display());
        TestDb {
            url,
            _dir: Some(dir),
            pg_name: None,
            results: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// A fresh PostgreSQL database, or `None` (skip) when the server is unreachable outside CI.
    /// With `CI=true`, or `DATABASE_URL_PG` set, an unreachable server fails the test.
    pub async fn postgres() -> Option<TestDb> {
        use sqlx::Connection;
        let admin = pg_admin_url();
        let mut conn = match sqlx::PgConnection::connect(&admin).await {
            Ok(c) => c,
            Err(e) => {
                // In CI, or when a server was named, a missing one fails rather than passes
                // unseen.
                if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
                    || std::env::var_os("DATABASE_URL_PG").is_some()
                {
                    panic!("PostgreSQL unreachable at {admin} (CI or DATABASE_URL_PG set): {e}");
                }
                eprintln!("SKIPPED: PostgreSQL unreachable at {admin}: {e}");
                return None;
            }
        };
        let mut b = [0u8; 8];
        getrandom::fill(&mut b).unwrap();
        let name = format!("glassbox_test_{}", hex::encode(b));
        let sql = format!("CREATE DATABASE {name}");
        sqlx::query(&sql)
            .execute(&mut conn)
            .await
            .expect("create test database");
        conn.close().await.ok();
        Some(TestDb {
            url: with_db(&admin, &name),
            _dir: None,
            pg_name: Some(name),
            results: tempfile::tempdir().expect("temp dir"),
        })
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(name) = self.pg_name.take() {
            let admin = pg_admin_url();
            // A thread with its own runtime: Drop cannot await, and may run during a panic.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                rt.block_on(async move {
                    use sqlx::Connection;
                    if let Ok(mut c) = sqlx::PgConnection::connect(&admin).await {
                        let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                        let _ = sqlx::query(&sql).execute(&mut c).await;
                    }
                });
            })
            .join();
        }
    }
}

/// The bootstrap admin token of the tests (at least 32 characters, as the receiver demands).
pub const ADMIN: &str = "admin-secret-for-tests-0123456789abcdef";

/// The password of the staff accounts tests add.
pub const PASSWORD: &str = "correct horse battery staple";

/// Test settings: bootstrap token [`ADMIN`], one allowed origin, no rate limits, no mail.
pub fn config(db: &TestDb) -> Config {
    let mut c = Config::for_database(&db.url);
    c.admin_token = Some(ADMIN.into());
    c.allowed_origins = vec!["https://shop.example".into()];
    c.rate_limit_per_minute = 0;
    c.admin_rate_limit_per_minute = 0;
    c.signin_per_client = 0;
    c.smtp_url = None;
    c.public_url = Some("http://receiver.test".into());
    c.supervisory_authority = Some(
        glassbox_receiver::config::Authority::parse("CNIL|https://www.cnil.fr/en/plaintes")
            .expect("authority"),
    );
    c.db_max_connections = 4;
    c.results_dir = Some(db.results.path().to_path_buf());
    c.audit_key = Some(test_key());
    // Tests that send many mails to one address; tests/proof.rs sets its own caps.
    c.mails_per_address = 100_000;
    c.mails_per_day = 100_000;
    c
}

/// The audit key of the tests (hex), as `GLASSBOX_AUDIT_KEY` would give it.
pub const TEST_KEY_HEX: &str = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

/// The tests' audit key.
pub fn test_key() -> glassbox_receiver::audit::AuditKey {
    glassbox_receiver::audit::AuditKey::parse(TEST_KEY_HEX).expect("test key")
}

/// An app over a fresh store, with its mail worker running when mails are on (as `serve`
/// starts it).
pub async fn state(cfg: Config) -> AppState {
    let st = state_without_worker(cfg).await;
    if st.mails_on() {
        glassbox_receiver::jobs::spawn(st.clone());
    }
    st
}

/// An app over a fresh store with no job worker: the test runs the jobs itself
/// ([`run_jobs`]), so it knows when they have run instead of waiting for them.
pub async fn state_without_worker(cfg: Config) -> AppState {
    let store = Store::connect(&cfg.database_url, cfg.db_max_connections)
        .await
        .expect("store");
    AppState::new(store, cfg).expect("state")
}

/// Runs the jobs due now the way the worker does (`jobs::run_due`), round after round until
/// none is due: a retry due at once (a retry wait of 0 s) runs in the next round, a later one
/// stays queued. Returns how many runs there were. A job still due after 100 rounds (retried
/// for ever) fails the test.
pub async fn run_jobs(st: &AppState) -> usize {
    let mut ran = 0;
    for _ in 0..100 {
        let n = glassbox_receiver::jobs::run_due(st).await;
        if n == 0 {
            return ran;
        }
        ran += n;
    }
    panic!("jobs still due after 100 rounds ({ran} runs): retried for ever?");
}

/// Text as the pages write it (HTML-escaped by maud).
pub fn esc(text: &str) -> String {
    maud::html! { (text) }.into_string()
}

/// A valid payload with a fresh id.
pub fn payload() -> Value {
    json!({
        "schema": "glassbox.request/v1",
        "id": new_id(),
        "kinds": ["access", "erasure"],
        "submitted_at": "2026-11-29T10:15:00Z",
        "lang": "fr",
        "requester": {"email": "marie@example.fr", "name": "Marie"},
        "details": {"erasure": {"ground": "no longer needed"}},
        "context": {"page": "https://shop.example/help", "system": "Aria"}
    })
}

/// Sends one request through the router (no socket).
pub async fn send(state: &AppState, req: Request<Body>) -> (u16, axum::http::HeaderMap, Vec<u8>) {
    let resp: Response<Body> = app(state.clone()).oneshot(req).await.expect("infallible");
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let body = resp
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    (status, headers, body)
}

/// POSTs JSON to /v1/requests.
pub async fn post_json(state: &AppState, body: &Value) -> (u16, Value) {
    let req = Request::post("/v1/requests")
        .header("content-type", "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    let (s, _, b) = send(state, req).await;
    (s, serde_json::from_slice(&b).unwrap_or(Value::Null))
}

/// GET with optional bearer token; JSON answer.
pub async fn get_json(state: &AppState, path: &str, token: Option<&str>) -> (u16, Value) {
    let mut req = Request::get(path);
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    let (s, _, b) = send(state, req.body(Body::empty()).unwrap()).await;
    (s, serde_json::from_slice(&b).unwrap_or(Value::Null))
}

/// GET with the admin token; the answer as text (an admin page, a CSV export).
pub async fn admin_get_text(state: &AppState, path: &str) -> (u16, String) {
    let req = Request::get(path)
        .header("authorization", format!("Bearer {ADMIN}"))
        .body(Body::empty())
        .unwrap();
    let (s, _, b) = send(state, req).await;
    (s, String::from_utf8(b).unwrap())
}

/// POST JSON with the admin token.
pub async fn admin_post(state: &AppState, path: &str, body: Value) -> (u16, Value) {
    let req = Request::post(path)
        .header(
            "authorization",
            "Bearer admin-secret-for-tests-0123456789abcdef",
        )
        .header("content-type", "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    let (s, _, b) = send(state, req).await;
    (s, serde_json::from_slice(&b).unwrap_or(Value::Null))
}

/// The path of a status URL.
pub fn status_path(url: &str) -> String {
    url.strip_prefix("http://receiver.test")
        .unwrap_or(url)
        .to_string()
}

/// Runs `async fn $name(db: &TestDb)` on SQLite and on PostgreSQL, as two tests
/// (`$name::sqlite`, `$name::postgres`); a module and a function may share a name.
#[macro_export]
macro_rules! both {
    ($name:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let db = $crate::common::TestDb::sqlite();
                super::$name(&db).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(db) = $crate::common::TestDb::postgres().await {
                    super::$name(&db).await;
                }
            }
        }
    };
}

/// True in CI, where a missing test service must fail the run instead of skipping.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// The Python with aiosmtpd (`make receiver-deps` creates it).
pub fn test_python() -> Option<std::path::PathBuf> {
    let p = std::env::var("GLASSBOX_TEST_PYTHON")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| {
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.tools/venv/bin/python")
        });
    if p.exists() {
        Some(p)
    } else if in_ci() {
        panic!("{} missing in CI: run `make receiver-deps`", p.display());
    } else {
        eprintln!(
            "SKIPPED: {} missing (run `make receiver-deps`)",
            p.display()
        );
        None
    }
}

/// A running aiosmtpd sink writing each message to `dir`.
pub struct SmtpSink {
    /// Port on 127.0.0.1.
    pub port: u16,
    /// Where messages land.
    pub dir: tempfile::TempDir,
    _child: tokio::process::Child,
}

impl SmtpSink {
    /// Starts the sink and waits for its READY line.
    pub async fn start() -> Option<SmtpSink> {
        SmtpSink::start_on(free_port()).await
    }

    /// Starts the sink on `port` (a port a receiver was already told about).
    pub async fn start_on(port: u16) -> Option<SmtpSink> {
        use tokio::io::AsyncBufReadExt;
        let python = test_python()?;
        let dir = tempfile::tempdir().unwrap();
        let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/smtp_sink.py");
        let mut child = tokio::process::Command::new(python)
            .arg(script)
            .arg(port.to_string())
            .arg(dir.path())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("start smtp_sink.py");
        let stdout = child.stdout.take().unwrap();
        let mut lines = tokio::io::BufReader::new(stdout).lines();
        let line = tokio::time::timeout(std::time::Duration::from_secs(30), lines.next_line())
            .await
            .expect("SMTP sink did not start in 30 s")
            .unwrap();
        assert_eq!(line.as_deref(), Some("READY"));
        Some(SmtpSink {
            port,
            dir,
            _child: child,
        })
    }

    /// Waits (30 s deadline) until `n` messages have arrived; returns them in order. Looks again
    /// after each job outcome a worker of this process records (the sink saves a mail before it
    /// accepts it, so the mail is there before its job is recorded), never on a timer.
    pub async fn wait_for(&self, n: usize) -> Vec<String> {
        self.wait_for_within(n, 30).await
    }

    /// The `.eml` files that have arrived so far, in order.
    fn files(&self) -> Vec<std::path::PathBuf> {
        let mut files: Vec<_> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            .collect();
        files.sort();
        files
    }

    /// Messages that have arrived so far, in order.
    pub fn received(&self) -> Vec<String> {
        self.files()
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    }

    /// Like [`SmtpSink::wait_for`] with a deadline of `secs` seconds.
    pub async fn wait_for_within(&self, n: usize, secs: u64) -> Vec<String> {
        let mut recorded = job_outcomes();
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(secs);
        loop {
            // Marked before looking: an outcome recorded meanwhile wakes the wait below.
            recorded.mark_unchanged();
            let got = self.files().len();
            if got >= n {
                return self.received();
            }
            let next = tokio::time::timeout_at(deadline, recorded.changed()).await;
            assert!(
                matches!(next, Ok(Ok(()))),
                "{n} mails not there within {secs} s (got {got})"
            );
        }
    }
}

/// Undoes quoted-printable soft breaks and `=3D` so links can be read from a raw message.
/// Decodes a quoted-printable mail (soft line breaks and `=XX` bytes) to text.
pub fn unfold_qp(raw: &str) -> String {
    let joined = raw.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'=', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of a header of a raw mail (first occurrence, unfolded).
pub fn header(mail: &str, name: &str) -> Option<String> {
    let head = mail.split("\r\n\r\n").next().unwrap_or(mail);
    let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
    unfolded.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
    })
}

/// The first request reference (`GB-0000042`) in a text.
pub fn reference_in(text: &str) -> Option<String> {
    let i = text.find("GB-")?;
    let r = text.get(i..i + 10)?;
    r[3..]
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| r.to_string())
}

/// Waits (`secs` deadline) until no job is queued: every mail and webhook sent or given up.
/// Looks at the table again after each job outcome a worker of this process records (also a
/// second receiver's in the same test), never on a timer.
pub async fn wait_jobs_done(st: &AppState, secs: u64) {
    let mut recorded = job_outcomes();
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(secs);
    loop {
        // Marked before looking: an outcome recorded meanwhile wakes the wait below.
        recorded.mark_unchanged();
        let queued = st.store.queued_jobs().await.unwrap();
        if queued == 0 {
            return;
        }
        let next = tokio::time::timeout_at(deadline, recorded.changed()).await;
        assert!(
            matches!(next, Ok(Ok(()))),
            "{queued} jobs still queued after {secs} s"
        );
    }
}

/// A receiver on the outcomes of this process's job workers: its value changes each time a
/// worker has written a job's outcome to the database (the `debug` event "job outcome
/// recorded" of `glassbox_receiver::jobs`, which tests await instead of polling). The first
/// call installs the test process's tracing subscriber, which looks at that event only.
pub fn job_outcomes() -> tokio::sync::watch::Receiver<u64> {
    use tracing_subscriber::layer::SubscriberExt;
    static OUTCOMES: std::sync::OnceLock<tokio::sync::watch::Sender<u64>> =
        std::sync::OnceLock::new();
    OUTCOMES
        .get_or_init(|| {
            let (tx, _) = tokio::sync::watch::channel(0);
            let subscriber = tracing_subscriber::registry().with(OutcomeLayer(tx.clone()));
            tracing::subscriber::set_global_default(subscriber)
                .expect("the tests' tracing subscriber is the only one");
            tx
        })
        .subscribe()
}

/// Counts the "job outcome recorded" events.
struct OutcomeLayer(tokio::sync::watch::Sender<u64>);

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for OutcomeLayer {
    fn enabled(
        &self,
        meta: &tracing::Metadata<'_>,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) -> bool {
        meta.is_event() && meta.target() == "glassbox_receiver::jobs"
    }

    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        struct Recorded(bool);
        impl tracing::field::Visit for Recorded {
            fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
                if field.name() == "message" && format!("{value:?}") == "job outcome recorded" {
                    self.0 = true;
                }
            }
        }
        let mut recorded = Recorded(false);
        event.record(&mut recorded);
        if recorded.0 {
            self.0.send_modify(|n| *n += 1);
        }
    }
}

/// Adds the staff account `email` with `role` and [`PASSWORD`].
pub async fn add_staff(st: &AppState, email: &str, role: glassbox_receiver::staff::Role) {
    glassbox_receiver::staff::accounts::add_staff(&st.store, email, role, PASSWORD)
        .await
        .expect("staff account added");
}

/// `POST /v1/admin/session` with these credentials: status, headers, JSON.
pub async fn sign_in(
    st: &AppState,
    email: &str,
    password: &str,
    totp: Option<&str>,
) -> (u16, axum::http::HeaderMap, Value) {
    let mut body = json!({"email": email, "password": password});
    if let Some(t) = totp {
        body["totp"] = t.into();
    }
    let req = Request::post("/v1/admin/session")
        .header("content-type", "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    let (s, h, b) = send(st, req).await;
    (s, h, serde_json::from_slice(&b).unwrap_or(Value::Null))
}

/// Signs `email` in with [`PASSWORD`] and returns the `Cookie` header value of the session.
pub async fn session_cookie(st: &AppState, email: &str) -> String {
    let (s, h, v) = sign_in(st, email, PASSWORD, None).await;
    assert_eq!(s, 200, "{v}");
    cookie_of(&h)
}

/// The `name=value` part of the `Set-Cookie` header.
pub fn cookie_of(h: &axum::http::HeaderMap) -> String {
    h["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string()
}
