//! Results through real HTTP (the receiver on a 127.0.0.1 socket), on SQLite and PostgreSQL:
//! wrong type and too large are refused with nothing stored; an access request is not completed
//! without its result; the completion mail carries a download link that serves the file, audited;
//! after expiry the link is 410 and the file is deleted; a new link can be issued while the file
//! is kept; "no data held" is said as such.

mod common;

use axum::body::Bytes;
use common::*;
use glassbox_core::i18n::{tr, Overrides, ReceiverMsg};
use glassbox_core::Lang;
use glassbox_receiver::{app, AppState};
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde_json::{json, Value};
use std::net::SocketAddr;

type HttpClient = Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>;

/// Serves the app on 127.0.0.1 (a free port); returns its base URL.
async fn serve(st: &AppState) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = app(st.clone()).into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

struct Http {
    client: HttpClient,
    base: String,
}

impl Http {
    async fn call(
        &self,
        method: &str,
        path: &str,
        content_type: Option<&str>,
        body: Vec<u8>,
    ) -> (u16, axum::http::HeaderMap, Vec<u8>) {
        let mut req = hyper::Request::builder()
            .method(method)
            .uri(format!("{}{path}", self.base))
            .header(
                "authorization",
                "Bearer admin-secret-for-tests-0123456789abcdef",
            );
        if let Some(ct) = content_type {
            req = req.header("content-type", ct);
        }
        let resp = self
            .client
            .request(req.body(Full::new(Bytes::from(body))).unwrap())
            .await
            .unwrap();
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let bytes = resp
            .into_body()
            .collect()
            .await
            .unwrap()
            .to_bytes()
            .to_vec();
        (status, headers, bytes)
    }

    async fn json(&self, method: &str, path: &str, body: Value) -> (u16, Value) {
        let (s, _, b) = self
            .call(
                method,
                path,
                Some("application/json"),
                body.to_string().into_bytes(),
            )
            .await;
        (s, serde_json::from_slice(&b).unwrap_or(Value::Null))
    }
}

fn files_in(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).count())
        .unwrap_or(0)
}

fn link_in(mail: &str) -> String {
    let text = unfold_qp(mail);
    let i = text.find("/v1/results/").expect("download link") + "/v1/results/".len();
    text[i..i + 64].to_string()
}

async fn results_reach_the_requester(db: &TestDb) {
    let Some(sink) = SmtpSink::start().await else {
        return;
    };
    let folder = tempfile::tempdir().unwrap();
    let mut cfg = config(db);
    cfg.smtp_url = Some(format!("smtp://127.0.0.1:{}", sink.port));
    cfg.controller = "Example Shop SA".into();
    cfg.result_max_bytes = 4096;
    cfg.results_dir = Some(folder.path().to_path_buf());
    let st = state(cfg).await;
    let http = Http {
        client: Client::builder(TokioExecutor::new()).build_http(),
        base: serve(&st).await,
    };
    let mut p = payload();
    p["lang"] = json!("de");
    p["kinds"] = json!(["access"]);
    p["details"] = json!({});
    let (s, a) = post_json(&st, &p).await;
    assert_eq!(s, 201);
    let r = a["reference"].as_str().unwrap();
    let base = format!("/v1/admin/requests/{r}");
    for to in ["verified", "in_progress"] {
        assert_eq!(
            http.json("POST", &format!("{base}/status"), json!({"status": to}))
                .await
                .0,
            200
        );
    }

    // Not completed without its result.
    let (s, e) = http
        .json(
            "POST",
            &format!("{base}/status"),
            json!({"status": "completed"}),
        )
        .await;
    assert_eq!(
        (s, e["error"].as_str()),
        (409, Some("result_required")),
        "{e}"
    );

    // Wrong type, too large: refused, nothing stored.
    let (s, _, _) = http
        .call(
            "POST",
            &format!("{base}/result"),
            Some("application/pdf"),
            b"%PDF-1.7".to_vec(),
        )
        .await;
    assert_eq!(s, 415);
    let (s, _, b) = http
        .call(
            "POST",
            &format!("{base}/result"),
            Some("text/csv"),
            vec![b'x'; 5000],
        )
        .await;
    assert_eq!(s, 413, "{}", String::from_utf8_lossy(&b));
    assert_eq!(
        files_in(folder.path()),
        0,
        "nothing kept of refused uploads"
    );
    let (_, v) = http.json("GET", &base, Value::Null).await;
    assert!(
        v["history"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["action"] != "result_attached"),
        "{v}"
    );

    // The answer, as JSON.
    let file = br#"{"email":"marie@example.fr","orders":[1,2,3]}"#.to_vec();
    let (s, _, _) = http
        .call(
            "POST",
            &format!("{base}/result"),
            Some("application/json"),
            file.clone(),
        )
        .await;
    assert_eq!(s, 200);
    assert_eq!(files_in(folder.path()), 1);
    let (s, _) = http
        .json(
            "POST",
            &format!("{base}/status"),
            json!({"status": "completed"}),
        )
        .await;
    assert_eq!(s, 200);
    let mails = sink.wait_for(3).await; // received, verified, completed (in_progress is not mailed)
    let completed = mails
        .iter()
        .find(|m| m.contains("/v1/results/"))
        .expect("the completion mail");
    let text = unfold_qp(completed);
    let de = |m, args: &[(&str, &str)]| tr(Lang::De, m, args, &Overrides::default());
    assert!(text.contains(&de(ReceiverMsg::DoneAccess, &[])), "{text}");
    let token = link_in(completed);

    // The download, over HTTP: the same bytes, as an attachment; audited.
    let (s, h, body) = http
        .call("GET", &format!("/v1/results/{token}"), None, vec![])
        .await;
    assert_eq!(s, 200, "{}", String::from_utf8_lossy(&body));
    assert_eq!(body, file);
    assert_eq!(h["content-type"], "application/json");
    assert_eq!(
        h["content-disposition"],
        format!("attachment; filename=\"{r}-result.json\"").as_str()
    );
    assert_eq!(h["cache-control"], "no-store");
    let (_, v) = http.json("GET", &base, Value::Null).await;
    let downloads = v["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["action"] == "result_downloaded")
        .count();
    assert_eq!(downloads, 1);
    // Not shown to the requester as a step.
    let (_, sv) = get_json(&st, &status_path(a["status_url"].as_str().unwrap()), None).await;
    assert!(sv["history"]
        .as_array()
        .unwrap()
        .iter()
        .all(|h| h["action"] != "result_downloaded"));
    assert_eq!(
        http.call(
            "GET",
            &format!("/v1/results/{}", "ab".repeat(32)),
            None,
            vec![]
        )
        .await
        .0,
        404
    );

    // The admin sends a new link: the old one stops working, the new one serves the file.
    let (s, _) = http
        .json("POST", &format!("{base}/result/link"), Value::Null)
        .await;
    assert_eq!(s, 200);
    let mails = sink.wait_for(4).await;
    let renewed = mails.last().unwrap();
    assert!(unfold_qp(renewed).contains(&de(ReceiverMsg::MsgResultLink, &[("reference", r)])));
    let fresh = link_in(renewed);
    assert_ne!(fresh, token);
    assert_eq!(
        http.call("GET", &format!("/v1/results/{token}"), None, vec![])
            .await
            .0,
        404
    );
    assert_eq!(
        http.call("GET", &format!("/v1/results/{fresh}"), None, vec![])
            .await
            .0,
        200
    );

    // Expired: 410, and the file is deleted.
    sqlx::query("UPDATE results SET expires_at = '2000-01-01T00:00:00.000000Z'")
        .execute(st.store.pool())
        .await
        .unwrap();
    let (s, _, b) = http
        .call("GET", &format!("/v1/results/{fresh}"), None, vec![])
        .await;
    assert_eq!(s, 410, "{}", String::from_utf8_lossy(&b));
    assert_eq!(files_in(folder.path()), 0, "the expired file is deleted");
    assert_eq!(
        http.call("GET", &format!("/v1/results/{fresh}"), None, vec![])
            .await
            .0,
        410
    );
    // No file left to link to.
    let (s, e) = http
        .json("POST", &format!("{base}/result/link"), Value::Null)
        .await;
    assert_eq!((s, e["error"].as_str()), (409, Some("invalid_state")));
}
both!(results_reach_the_requester);

async fn no_data_is_said_as_such(db: &TestDb) {
    let Some(sink) = SmtpSink::start().await else {
        return;
    };
    let mut cfg = config(db);
    cfg.smtp_url = Some(format!("smtp://127.0.0.1:{}", sink.port));
    cfg.controller = "Example Shop SA".into();
    let st = state(cfg).await;
    let mut p = payload();
    p["kinds"] = json!(["portability"]);
    p["details"] = json!({});
    let (_, a) = post_json(&st, &p).await;
    let r = a["reference"].as_str().unwrap();
    let base = format!("/v1/admin/requests/{r}");
    for to in ["verified", "in_progress"] {
        assert_eq!(
            admin_post(&st, &format!("{base}/status"), json!({"status": to}))
                .await
                .0,
            200
        );
    }
    assert_eq!(
        admin_post(&st, &format!("{base}/result"), json!({"no_data": true}))
            .await
            .0,
        200
    );
    assert_eq!(
        admin_post(
            &st,
            &format!("{base}/status"),
            json!({"status": "completed"})
        )
        .await
        .0,
        200
    );
    let mails = sink.wait_for(3).await;
    let text = unfold_qp(&mails[2]);
    let fr = |m, args: &[(&str, &str)]| tr(Lang::Fr, m, args, &Overrides::default());
    assert!(
        text.contains(&fr(
            ReceiverMsg::MsgNoData,
            &[("controller", "Example Shop SA")]
        )),
        "{text}"
    );
    assert!(
        !text.contains("/v1/results/"),
        "no link when there is no file"
    );
    let (_, sv) = get_json(&st, &status_path(a["status_url"].as_str().unwrap()), None).await;
    let last = sv["history"].as_array().unwrap().last().unwrap().clone();
    for p in last["message"].as_array().unwrap() {
        assert!(text.contains(p.as_str().unwrap()));
    }
}
both!(no_data_is_said_as_such);

async fn the_admin_page_uploads_a_result(db: &TestDb) {
    let folder = tempfile::tempdir().unwrap();
    let mut cfg = config(db);
    cfg.results_dir = Some(folder.path().to_path_buf());
    cfg.result_max_bytes = 4096;
    let st = state(cfg).await;
    let mut p = payload();
    p["kinds"] = json!(["portability"]);
    p["details"] = json!({});
    let (_, a) = post_json(&st, &p).await;
    let r = a["reference"].as_str().unwrap();
    let upload = |name: &str, ct: &str, content: &[u8]| {
        let boundary = "----glassbox-test-boundary";
        let mut body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
             Content-Type: {ct}\r\n\r\n"
        )
        .into_bytes();
        body.extend_from_slice(content);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        axum::http::Request::post(format!("/admin/requests/{r}/result"))
            .header(
                "authorization",
                "Bearer admin-secret-for-tests-0123456789abcdef",
            )
            .header("sec-fetch-site", "same-origin")
            .header(
                "content-type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(axum::body::Body::from(body))
            .unwrap()
    };
    // A PDF is refused, so is a file over the limit; nothing is kept.
    let (s, _, _) = send(&st, upload("answer.pdf", "application/pdf", b"%PDF")).await;
    assert_eq!(s, 415);
    let (s, _, _) = send(&st, upload("answer.csv", "text/csv", &[b'x'; 5000])).await;
    assert_eq!(s, 413);
    assert_eq!(files_in(folder.path()), 0);
    // A ZIP some browsers label application/x-zip-compressed: taken by its extension.
    let zip = b"PK\x03\x04 not really a zip but bytes";
    let (s, h, _) = send(
        &st,
        upload("answer.zip", "application/x-zip-compressed", zip),
    )
    .await;
    assert_eq!(s, 303, "back to the request");
    assert_eq!(h["location"], format!("/admin/requests/{r}").as_str());
    assert_eq!(files_in(folder.path()), 1);
    let (_, v) = get_json(
        &st,
        &format!("/v1/admin/requests/{r}"),
        Some("admin-secret-for-tests-0123456789abcdef"),
    )
    .await;
    assert_eq!(v["result"]["content_type"], "application/zip");
    assert_eq!(v["result"]["size"], zip.len());
    let (_, _, b) = send(
        &st,
        axum::http::Request::get(format!("/admin/requests/{r}"))
            .header(
                "authorization",
                "Bearer admin-secret-for-tests-0123456789abcdef",
            )
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    let html = String::from_utf8(b).unwrap();
    assert!(html.contains("enctype=\"multipart/form-data\""), "{html}");
    assert!(
        html.contains(&format!("application/zip, {} bytes", zip.len())),
        "{html}"
    );
}
both!(the_admin_page_uploads_a_result);
