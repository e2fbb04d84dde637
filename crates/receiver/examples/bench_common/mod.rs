//! What the receiver benchmarks (`bench`, `bench_journey`, `bench_team`) share: starting the
//! release binary on 127.0.0.1 and waiting until it answers, a scratch PostgreSQL database, and
//! random request ids. Each benchmark uses part of it.
#![allow(dead_code)] // included by each benchmark, which uses only part of it

use axum::body::Bytes;
use http_body_util::Full;
use hyper_util::client::legacy::Client;
use std::path::PathBuf;
use std::time::{Duration, Instant};

// The tests' request ids and free ports (one helper for both).
#[path = "../../tests/common/shared.rs"]
mod shared;
#[allow(unused_imports)] // each benchmark uses part of it
pub use shared::{free_port, new_id as uuid_v4};

/// The HTTP client the benchmarks talk to the receiver with.
pub type HttpClient = Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>;

/// The admin token the benchmarks start the receiver with.
pub const ADMIN_TOKEN: &str = "bench-admin-token-0123456789abcdef01";

/// A fixed audit key: enough for a benchmark.
pub const AUDIT_KEY: &str = "62656e63682d6b65792d62656e63682d6b65792d62656e63682d6b65792d3332";

/// The release binary next to the example
/// (`target/release/examples/bench` → `target/release/glassbox-receiver`).
pub fn binary() -> PathBuf {
    let me = std::env::current_exe().unwrap();
    me.parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("glassbox-receiver")
}

/// The receiver binary listening on 127.0.0.1:`port` with the database `url`: rate limits off,
/// [`ADMIN_TOKEN`] and [`AUDIT_KEY`], mail caps out of the way of 1,000 mails, warnings only,
/// killed when dropped. The caller adds its own settings and spawns it.
pub fn receiver(port: u16, url: &str) -> tokio::process::Command {
    let mut cmd = tokio::process::Command::new(binary());
    cmd.env("GLASSBOX_LISTEN", format!("127.0.0.1:{port}"))
        .env("DATABASE_URL", url)
        .env("GLASSBOX_RATE_LIMIT", "0")
        .env("GLASSBOX_ADMIN_RATE_LIMIT", "0")
        .env("GLASSBOX_ADMIN_TOKEN", ADMIN_TOKEN)
        .env("GLASSBOX_AUDIT_KEY", AUDIT_KEY)
        .env("GLASSBOX_MAILS_PER_ADDRESS", "1000000")
        .env("GLASSBOX_MAILS_PER_DAY", "1000000")
        .env("RUST_LOG", "warn")
        .kill_on_drop(true);
    cmd
}

/// Returns once the receiver on `port` answers `GET /healthz` with 200; panics with `what`
/// after `within`. (A separate process: its health endpoint is the only signal there is.)
pub async fn wait_healthy(client: &HttpClient, port: u16, within: Duration, what: &str) {
    let deadline = Instant::now() + within;
    loop {
        let req = hyper::Request::get(format!("http://127.0.0.1:{port}/healthz"))
            .body(Full::default())
            .unwrap();
        if client.request(req).await.is_ok_and(|r| r.status() == 200) {
            return;
        }
        assert!(Instant::now() < deadline, "{what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn pg_admin_url() -> String {
    std::env::var("DATABASE_URL_PG")
        .unwrap_or_else(|_| "postgres:///postgres?host=/var/run/postgresql".into())
}

/// A new, empty PostgreSQL database named `<prefix>_<random>` on the server of
/// `DATABASE_URL_PG` (default: the local socket): its URL and name, or `None` when the server
/// is unreachable or refuses.
pub async fn pg_database(prefix: &str) -> Option<(String, String)> {
    use sqlx::Connection;
    let admin = pg_admin_url();
    let mut conn = sqlx::PgConnection::connect(&admin).await.ok()?;
    let name = format!("{prefix}_{}", &uuid_v4()[..8]);
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await
        .ok()?;
    let (base, query) = admin.split_once('?').unwrap_or((&admin, ""));
    let base = base.rsplit_once('/').map(|(b, _)| b).unwrap_or(base);
    Some((format!("{base}/{name}?{query}"), name))
}

/// Drops the database `name` made by [`pg_database`] (best effort).
pub async fn drop_pg(name: &str) {
    use sqlx::Connection;
    if let Ok(mut c) = sqlx::PgConnection::connect(&pg_admin_url()).await {
        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .execute(&mut c)
            .await;
    }
}
