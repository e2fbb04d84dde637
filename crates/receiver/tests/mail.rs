//! Email verification through a real SMTP server (aiosmtpd on 127.0.0.1): the mail arrives,
//! its link verifies the request.

mod common;

use axum::body::Body;
use axum::http::Request;
use common::*;
use glassbox_core::i18n::{tr, Overrides, ReceiverMsg};
use glassbox_core::Lang;
use serde_json::Value;

fn verify_token(mail: &str) -> String {
    let text = unfold_qp(mail);
    let i = text.find("/v1/verify/").expect("verification link in mail") + "/v1/verify/".len();
    text[i..i + 64].to_string()
}

async fn email_link_verifies(db: &TestDb) {
    let Some(sink) = SmtpSink::start().await else {
        return;
    };
    let mut cfg = config(db);
    cfg.smtp_url = Some(format!("smtp://127.0.0.1:{}", sink.port));
    cfg.mail_from = "Example Privacy <privacy@shop.example>".into();
    cfg.controller = "Example Shop SA".into();
    let st = state(cfg).await;
    let (s, a) = post_json(&st, &payload()).await;
    assert_eq!(s, 201);
    let reference = a["reference"].as_str().unwrap();

    let mails = sink.wait_for(1).await;
    let mail = &mails[0];
    assert!(mail.contains("X-Envelope-To: marie@example.fr"), "{mail}");
    assert!(mail.contains("privacy@shop.example"));
    assert!(mail.contains(reference));
    let text = unfold_qp(mail);
    assert!(text.contains(a["due_by"].as_str().unwrap()));
    assert!(text.contains(a["status_url"].as_str().unwrap()));
    // Written in the request's language (French here), not in English.
    let fr = |m, args: &[(&str, &str)]| tr(Lang::Fr, m, args, &Overrides::default());
    assert!(text.contains(&fr(ReceiverMsg::MailHello, &[])), "{text}");
    let hours = st.config.verify_ttl_hours.to_string();
    assert!(
        text.contains(&fr(ReceiverMsg::MailConfirm, &[("hours", &hours)])),
        "{text}"
    );
    assert!(text.contains(&fr(ReceiverMsg::MailIgnore, &[])), "{text}");
    assert!(!text.contains("ignore this email"), "{text}");
    let token = verify_token(mail);

    // The link opens a confirmation page (a scanner fetching it verifies nothing).
    let (s, h, b) = send(
        &st,
        Request::get(format!("/v1/verify/{token}?lang=fr"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, 200);
    assert!(h["content-type"].to_str().unwrap().starts_with("text/html"));
    let html = String::from_utf8(b).unwrap();
    assert!(html.contains("method=\"post\""));
    assert!(html.contains("<html lang=\"fr\">"), "{html}");
    assert!(html.contains(&fr(ReceiverMsg::VerifyButton, &[])), "{html}");
    assert!(
        text.contains(&format!("/v1/verify/{token}?lang=fr")),
        "the mail's link carries the language"
    );
    let (_, sv) = get_json(&st, &status_path(a["status_url"].as_str().unwrap()), None).await;
    assert_eq!(sv["request"]["status"], "received");

    // The button confirms.
    let post = |accept: &str| {
        Request::post(format!("/v1/verify/{token}"))
            .header("accept", accept)
            .body(Body::empty())
            .unwrap()
    };
    let (s, _, b) = send(&st, post("text/html")).await;
    assert_eq!(s, 200);
    let html = String::from_utf8(b).unwrap();
    assert!(
        html.contains(&fr(ReceiverMsg::VerifiedTitle, &[])),
        "{html}"
    );
    assert!(html.contains("<html lang=\"fr\">"));
    let (s, _, b) = send(&st, post("application/json")).await;
    assert_eq!(s, 200, "following the link twice is harmless");
    assert_eq!(
        serde_json::from_slice::<Value>(&b).unwrap()["status"],
        "verified"
    );
    let (_, sv) = get_json(&st, &status_path(a["status_url"].as_str().unwrap()), None).await;
    assert_eq!(sv["request"]["status"], "verified");
    assert_eq!(sv["history"][1]["to"], "verified");
    // The requester is told, once (following the link twice sends nothing more).
    let mails = sink.wait_for(2).await;
    let verified = unfold_qp(&mails[1]);
    let due = a["due_by"].as_str().unwrap();
    let said = fr(
        ReceiverMsg::MsgVerified,
        &[
            ("controller", "Example Shop SA"),
            ("reference", reference),
            ("date", due),
        ],
    );
    assert!(verified.contains(&said), "{said} in {verified}");
    assert!(verified.contains("X-Envelope-To: marie@example.fr"));
    for p in sv["history"][1]["message"].as_array().unwrap() {
        assert!(verified.contains(p.as_str().unwrap()), "{p} in {verified}");
    }

    // Wrong and expired tokens.
    let (s, _, _) = send(
        &st,
        Request::post(format!("/v1/verify/{}", "ab".repeat(32)))
            .header("accept", "application/json")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, 404);
    let (_, b2) = post_json(&st, &payload()).await;
    let mails = sink.wait_for(3).await;
    let token2 = verify_token(&mails[2]);
    sqlx::query("UPDATE requests SET verify_expires_at = '2000-01-01T00:00:00.000000Z' WHERE reference = $1")
        .bind(b2["reference"].as_str().unwrap())
        .execute(st.store.pool())
        .await
        .unwrap();
    let (s, _, _) = send(
        &st,
        Request::post(format!("/v1/verify/{token2}"))
            .header("accept", "application/json")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, 410);

    // An admin can send a fresh link.
    let (s, _) = admin_post(
        &st,
        &format!(
            "/v1/admin/requests/{}/resend-verification",
            b2["reference"].as_str().unwrap()
        ),
        Value::Null,
    )
    .await;
    assert_eq!(s, 202);
    let mails = sink.wait_for(4).await;
    let token3 = verify_token(&mails[3]);
    assert_ne!(token3, token2);
    let (s, _, _) = send(
        &st,
        Request::post(format!("/v1/verify/{token3}"))
            .header("accept", "application/json")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, 200);
}
both!(email_link_verifies);
