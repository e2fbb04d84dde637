//! The receiver's edge (SPEC §9): security headers on every response, a strict CSP on the
//! receiver's own pages but not on the widget's files or the demo host pages, static files only
//! when configured and never a dotfile or a path out of their folder, and the client address of
//! the rate limits taken from a forwarding header only behind a trusted proxy.

mod common;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::Request;
use common::*;
use glassbox_receiver::edge::{parse_proxy, PAGE_CSP};
use std::net::SocketAddr;
use std::path::PathBuf;

/// A folder with `dist/` and `demo/` files, a dotfile in each, and a secret beside them.
struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn new() -> Site {
        let dir = tempfile::tempdir().unwrap();
        let (dist, demo) = (dir.path().join("dist"), dir.path().join("demo"));
        std::fs::create_dir_all(dist.join(".hidden-dir")).unwrap();
        std::fs::create_dir_all(demo.join(".git")).unwrap();
        std::fs::write(dist.join("glassbox.js"), "/* loader */").unwrap();
        std::fs::write(dist.join(".hidden"), "HIDDEN-DIST").unwrap();
        std::fs::write(dist.join(".hidden-dir/x.js"), "HIDDEN-DIR").unwrap();
        std::fs::write(
            demo.join("chat.html"),
            "<!doctype html><title>demo chat</title>",
        )
        .unwrap();
        std::fs::write(demo.join(".env"), "DATABASE_PASSWORD=SECRET-ENV").unwrap();
        std::fs::write(demo.join(".git/config"), "[core] SECRET-GIT").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "SECRET-OUTSIDE").unwrap();
        Site { dir }
    }
    fn dist(&self) -> PathBuf {
        self.dir.path().join("dist")
    }
    fn demo(&self) -> PathBuf {
        self.dir.path().join("demo")
    }
}

fn get(path: &str) -> Request<Body> {
    Request::get(path).body(Body::empty()).unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

async fn every_response_carries_the_security_headers(db: &TestDb) {
    let site = Site::new();
    let mut cfg = config(db);
    cfg.dist_dir = Some(site.dist());
    cfg.demo_dir = Some(site.demo());
    // A burst of 4: the submission and the three public pages below; the next is limited.
    cfg.rate_limit_per_minute = 1;
    cfg.rate_limit_burst = 4;
    let st = state(cfg).await;
    let (s, a) = post_json(&st, &payload()).await;
    assert_eq!(s, 201, "{a}");
    let status = status_path(a["status_url"].as_str().unwrap());

    // (request, expected status, is it the receiver's own answer?)
    let cases: Vec<(Request<Body>, &[u16], bool)> = vec![
        (get("/healthz"), &[200], true),
        (get("/v1/openapi.json"), &[200], true),
        (get("/v1/no-such-thing"), &[404], true),
        (get("/admin/"), &[200], true),
        (get("/assets/receiver.css"), &[200], true),
        (
            Request::get(&status)
                .header("accept", "text/html")
                .body(Body::empty())
                .unwrap(),
            &[200],
            true,
        ),
        (
            Request::get("/v1/status/not-a-token")
                .header("accept", "text/html")
                .body(Body::empty())
                .unwrap(),
            &[404],
            true,
        ),
        (get("/v1/verify/some-token"), &[200], true),
        (
            Request::get("/v1/admin/requests")
                .header("authorization", "Bearer wrong")
                .body(Body::empty())
                .unwrap(),
            &[401, 403],
            true,
        ),
        // Rate limited (the burst went to the submission and the pages above).
        (
            Request::post("/v1/requests")
                .header("content-type", "application/json")
                .body(Body::from(payload().to_string()))
                .unwrap(),
            &[429],
            true,
        ),
        (get("/dist/glassbox.js"), &[200], false),
        (get("/dist/missing.js"), &[404], false),
        (get("/chat.html"), &[200], false),
        (get("/missing.html"), &[404], false),
        (get("/.env"), &[404], false),
    ];
    for (req, want, own) in cases {
        let what = format!("{} {}", req.method(), req.uri());
        let (s, h, _) = send(&st, req).await;
        assert!(want.contains(&s), "{what}: {s}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{what}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{what}");
        if own {
            assert_eq!(h["content-security-policy"], PAGE_CSP, "{what}");
            assert_eq!(h["x-frame-options"], "DENY", "{what}");
        } else {
            // The widget's files and the demo host pages run under the host page's policy.
            assert!(h.get("content-security-policy").is_none(), "{what}");
            assert!(h.get("x-frame-options").is_none(), "{what}");
        }
    }
    // The page policy forbids scripts, frames and foreign forms.
    for directive in [
        "default-src 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'none'",
    ] {
        assert!(PAGE_CSP.contains(directive), "{directive}");
    }
    assert!(!PAGE_CSP.contains("script-src") && !PAGE_CSP.contains("unsafe"));
}
both!(every_response_carries_the_security_headers);

async fn dotfiles_and_paths_out_of_the_folder_are_never_served(db: &TestDb) {
    let site = Site::new();
    let mut cfg = config(db);
    cfg.dist_dir = Some(site.dist());
    cfg.demo_dir = Some(site.demo());
    let st = state(cfg).await;
    let (s, _, b) = send(&st, get("/chat.html")).await;
    assert_eq!((s, text(&b).contains("demo chat")), (200, true));
    for path in [
        "/.env",
        "/.git/config",
        "/%2egit/config",
        "/dist/.hidden",
        "/dist/%2ehidden",
        "/dist/.hidden-dir/x.js",
        "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/dist/..%2f..%2fsecret.txt",
        "/dist/..%2fdemo/.env",
        "/dist/%2e%2e/%2e%2e/secret.txt",
        "/..%5csecret.txt",
    ] {
        let (s, _, b) = send(&st, get(path)).await;
        let body = text(&b);
        assert_eq!(s, 404, "{path} answered {s}: {body}");
        for secret in ["SECRET", "HIDDEN"] {
            assert!(!body.contains(secret), "{path} leaked {body}");
        }
    }
}
both!(dotfiles_and_paths_out_of_the_folder_are_never_served);

/// Without `GLASSBOX_DEMO_DIR` / `GLASSBOX_DIST_DIR` the binary serves no files, even when
/// `demo/` and `dist/` folders sit in its working directory.
#[tokio::test]
async fn no_demo_or_dist_unless_configured() {
    use tokio::io::AsyncBufReadExt;
    let site = Site::new();
    let port = free_port();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_glassbox-receiver"))
        .current_dir(site.dir.path())
        .env_clear()
        .env("GLASSBOX_LISTEN", format!("127.0.0.1:{port}"))
        .env(
            "DATABASE_URL",
            format!("sqlite://{}", site.dir.path().join("r.db").display()),
        )
        .env("GLASSBOX_AUDIT_KEY", common::TEST_KEY_HEX)
        .env("NO_COLOR", "1")
        .env("RUST_LOG", "info")
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = tokio::io::BufReader::new(child.stderr.take().unwrap()).lines();
    let mut log = String::new();
    tokio::time::timeout(std::time::Duration::from_secs(60), async {
        while let Ok(Some(line)) = lines.next_line().await {
            log.push_str(&line);
            log.push('\n');
            if line.contains("listening") {
                break;
            }
        }
    })
    .await
    .expect("listening within 60 s");
    assert!(
        log.contains("listening"),
        "the receiver did not start: {log}"
    );
    assert!(!log.contains("serving the"), "{log}");
    for path in ["/chat.html", "/dist/glassbox.js", "/"] {
        let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .unwrap();
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        stream
            .write_all(
                format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
            )
            .await
            .unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await.unwrap();
        assert!(answer.starts_with("HTTP/1.1 404"), "{path}: {answer}");
        assert!(!answer.contains("demo chat") && !answer.contains("loader"));
    }
    child.start_kill().unwrap();
}

fn from(peer: &str, xff: Option<&str>) -> Request<Body> {
    let mut req = Request::post("/v1/requests").header("content-type", "application/json");
    if let Some(x) = xff {
        req = req.header("x-forwarded-for", x);
    }
    let mut req = req.body(Body::from(payload().to_string())).unwrap();
    let addr: SocketAddr = peer.parse().unwrap();
    req.extensions_mut().insert(ConnectInfo(addr));
    req
}

async fn a_forged_forwarding_header_does_not_escape_the_limit(db: &TestDb) {
    let mut cfg = config(db);
    cfg.rate_limit_per_minute = 1;
    cfg.rate_limit_burst = 2;
    // The proxy at 127.0.0.1 is trusted; the client at 203.0.113.5 is not.
    cfg.trusted_proxies = vec![parse_proxy("127.0.0.1").unwrap()];
    let st = state(cfg).await;
    let mut answers = vec![];
    for i in 0..4 {
        let forged = format!("198.51.100.{i}");
        let (s, _, _) = send(&st, from("203.0.113.5:4000", Some(&forged))).await;
        answers.push(s);
    }
    assert_eq!(answers, [201, 201, 429, 429], "one client, one bucket");
    // Another real client still has its own.
    assert_eq!(send(&st, from("203.0.113.6:4000", None)).await.0, 201);
    // Also a forged Forwarded header.
    let mut req = from("203.0.113.5:4001", None);
    req.headers_mut()
        .insert("forwarded", "for=192.0.2.77".parse().unwrap());
    assert_eq!(send(&st, req).await.0, 429);
}
both!(a_forged_forwarding_header_does_not_escape_the_limit);

async fn behind_a_trusted_proxy_each_client_has_its_own_bucket(db: &TestDb) {
    let mut cfg = config(db);
    cfg.rate_limit_per_minute = 1;
    cfg.rate_limit_burst = 2;
    cfg.trusted_proxies = vec![
        parse_proxy("127.0.0.1").unwrap(),
        parse_proxy("10.0.0.0/8").unwrap(),
    ];
    let st = state(cfg).await;
    // nginx on 127.0.0.1 sets X-Forwarded-For to the client it saw; a client's own prefix
    // ("1.2.3.4, ") does not change its bucket.
    let a = |forged: &str| format!("{forged}198.51.100.10");
    assert_eq!(send(&st, from("127.0.0.1:5000", Some(&a("")))).await.0, 201);
    assert_eq!(
        send(&st, from("127.0.0.1:5001", Some(&a("1.2.3.4, "))))
            .await
            .0,
        201
    );
    assert_eq!(
        send(&st, from("127.0.0.1:5002", Some(&a("5.6.7.8, "))))
            .await
            .0,
        429
    );
    // Client B behind the same proxy, also through an inner trusted hop.
    let b = "198.51.100.11, 10.1.2.3";
    assert_eq!(send(&st, from("127.0.0.1:5003", Some(b))).await.0, 201);
    assert_eq!(send(&st, from("127.0.0.1:5004", Some(b))).await.0, 201);
    assert_eq!(send(&st, from("127.0.0.1:5005", Some(b))).await.0, 429);
}
both!(behind_a_trusted_proxy_each_client_has_its_own_bucket);
