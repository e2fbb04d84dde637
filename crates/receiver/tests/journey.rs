//! The requester's journey through a real SMTP server (aiosmtpd on 127.0.0.1), on SQLite and
//! PostgreSQL: a mail at every step in the request's language, saying what the status page
//! says; deadlines in the controller's time zone; an expired link renewed for the same request;
//! a mail that cannot be sent retried, shown on the admin page and sent again.

mod common;

use axum::body::Body;
use axum::http::Request;
use common::*;
use glassbox_core::i18n::{tr, Overrides, ReceiverMsg};
use glassbox_core::Lang;
use glassbox_receiver::config::Zone;
use glassbox_receiver::store::Store;
use serde_json::{json, Value};
use std::collections::HashMap;

const CONTROLLER: &str = "Example Shop SA";

fn with_mail(db: &TestDb, sink: &SmtpSink) -> glassbox_receiver::config::Config {
    let mut cfg = config(db);
    cfg.smtp_url = Some(format!("smtp://127.0.0.1:{}", sink.port));
    cfg.mail_from = "Example Privacy <privacy@shop.example>".into();
    cfg.controller = CONTROLLER.into();
    cfg
}

fn t(lang: Lang, m: ReceiverMsg, args: &[(&str, &str)]) -> String {
    tr(lang, m, args, &Overrides::default())
}

fn payload_in(lang: &str, kinds: &[&str]) -> Value {
    let mut p = payload();
    p["lang"] = json!(lang);
    p["kinds"] = json!(kinds);
    p["details"] = json!({});
    p
}

/// The mails of the sink, decoded, by request reference (in order of arrival).
fn by_reference(mails: &[String]) -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for m in mails {
        let text = unfold_qp(m);
        let body = text
            .split("\r\n\r\n")
            .skip(1)
            .collect::<Vec<_>>()
            .join("\n");
        let r = reference_in(&body).expect("a reference in every mail");
        out.entry(r).or_default().push(text);
    }
    out
}

async fn history(st: &glassbox_receiver::AppState, status_url: &str) -> Vec<Value> {
    let (_, v) = get_json(st, &status_path(status_url), None).await;
    v["history"].as_array().unwrap().clone()
}

/// Every paragraph of the status page's history entry `i` is in `mail`.
fn says_the_same(mail: &str, entry: &Value) {
    let paragraphs = entry["message"].as_array().unwrap();
    assert!(!paragraphs.is_empty(), "{entry}");
    for p in paragraphs {
        let p = p.as_str().unwrap();
        assert!(mail.contains(p), "mail lacks {p:?}:\n{mail}");
    }
}

async fn every_step_is_mailed_in_every_language(db: &TestDb) {
    let Some(sink) = SmtpSink::start().await else {
        return;
    };
    let st = state(with_mail(db, &sink)).await;
    let authority = st.config.supervisory_authority.clone().unwrap();
    // Per language: one request verified, extended, handled and completed (4 mails), one
    // refused (2 mails).
    let mut done = Vec::new();
    for lang in Lang::ALL {
        let tag = lang.tag();
        let (s, a) = post_json(&st, &payload_in(tag, &["access", "erasure"])).await;
        assert_eq!(s, 201, "{a}");
        let (s, b) = post_json(&st, &payload_in(tag, &["objection"])).await;
        assert_eq!(s, 201, "{b}");
        let ra = a["reference"].as_str().unwrap().to_string();
        let rb = b["reference"].as_str().unwrap().to_string();
        let base = format!("/v1/admin/requests/{ra}");
        for to in ["verified", "in_progress"] {
            let (s, v) = admin_post(&st, &format!("{base}/status"), json!({"status": to})).await;
            assert_eq!(s, 200, "{v}");
        }
        let (s, v) = admin_post(
            &st,
            &format!("{base}/extend"),
            json!({"months": 2, "reason": format!("Reason <{tag}> & more")}),
        )
        .await;
        assert_eq!(s, 200, "{v}");
        // The answer to the access request: a CSV file.
        let (s, _, _) = send(
            &st,
            Request::post(format!("{base}/result"))
                .header(
                    "authorization",
                    "Bearer admin-secret-for-tests-0123456789abcdef",
                )
                .header("content-type", "text/csv")
                .body(Body::from("category,value\nemail,marie@example.fr\n"))
                .unwrap(),
        )
        .await;
        assert_eq!(s, 200);
        let (s, _) = admin_post(
            &st,
            &format!("{base}/status"),
            json!({"status": "completed"}),
        )
        .await;
        assert_eq!(s, 200);
        let (s, _) = admin_post(
            &st,
            &format!("/v1/admin/requests/{rb}/status"),
            json!({"status": "refused", "reason": "manifestly unfounded"}),
        )
        .await;
        assert_eq!(s, 200);
        done.push((*lang, a, b));
    }
    let total = Lang::ALL.len() * 6;
    let mails = sink.wait_for_within(total, 120).await;
    // Every job is done, and nothing more arrived: each step mailed exactly once.
    wait_jobs_done(&st, 30).await;
    assert_eq!(sink.received().len(), total);
    let mails = by_reference(&mails);

    for (lang, a, b) in done {
        let ra = a["reference"].as_str().unwrap();
        let rb = b["reference"].as_str().unwrap();
        let due = a["due_by"].as_str().unwrap();
        let sa = &mails[ra];
        let sb = &mails[rb];
        assert_eq!(sa.len(), 4, "{lang:?} {ra}: {sa:?}");
        assert_eq!(sb.len(), 2, "{lang:?} {rb}");
        for m in sa.iter().chain(sb) {
            assert!(m.contains("X-Envelope-To: marie@example.fr"));
            assert!(m.contains(&t(lang, ReceiverMsg::MailHello, &[])), "{m}");
        }
        // The status page's history says what the mails said, step by step.
        let ha = history(&st, a["status_url"].as_str().unwrap()).await;
        let mailed: Vec<&Value> = ha.iter().filter(|h| h["to"] != "in_progress").collect();
        assert_eq!(mailed.len(), 4, "{ha:?}");
        for (mail, entry) in sa.iter().zip(&mailed) {
            says_the_same(mail, entry);
        }
        let hb = history(&st, b["status_url"].as_str().unwrap()).await;
        for (mail, entry) in sb.iter().zip(&hb) {
            says_the_same(mail, entry);
        }

        // The acknowledgement: reference, day of receipt, due date, the possible extension, the
        // right to complain, and the confirmation link.
        let received = a["received_at"].as_str().unwrap();
        let day = st
            .store
            .zone()
            .date_of(glassbox_receiver::store::parse_time(received).unwrap())
            .to_string();
        let ack = &sa[0];
        for text in [
            t(
                lang,
                ReceiverMsg::MsgReceived,
                &[
                    ("controller", CONTROLLER),
                    ("reference", ra),
                    ("date", &day),
                ],
            ),
            t(lang, ReceiverMsg::MsgDue, &[("date", due)]),
            t(lang, ReceiverMsg::MsgMayExtend, &[]),
            t(
                lang,
                ReceiverMsg::MsgComplaintWith,
                &[("authority", &authority.name), ("url", &authority.url)],
            ),
        ] {
            assert!(ack.contains(&text), "{lang:?}: {text:?} not in\n{ack}");
        }
        assert!(ack.contains("/v1/verify/"), "{ack}");
        // Extended: the reason (as written, not escaped: plain text) and the new due date.
        let (_, view) = get_json(
            &st,
            &format!("/v1/admin/requests/{ra}"),
            Some("admin-secret-for-tests-0123456789abcdef"),
        )
        .await;
        let new_due = view["request"]["due_by"].as_str().unwrap();
        let ext = &sa[2];
        assert!(ext.contains(&t(
            lang,
            ReceiverMsg::MsgExtended,
            &[
                ("controller", CONTROLLER),
                ("reference", ra),
                ("date", new_due)
            ]
        )));
        assert!(
            ext.contains(&format!("Reason <{}> & more", lang.tag())),
            "{ext}"
        );
        // Completed: what was done for each kind.
        let fin = &sa[3];
        for m in [ReceiverMsg::DoneAccess, ReceiverMsg::DoneErasure] {
            assert!(fin.contains(&t(lang, m, &[])), "{fin}");
        }
        assert!(!fin.contains(&t(lang, ReceiverMsg::DoneObjection, &[])));
        // With the result's download link, and the last day it works.
        let until = st
            .store
            .zone()
            .date_of(glassbox_receiver::store::now() + time::Duration::days(14))
            .to_string();
        assert!(
            fin.contains(&t(lang, ReceiverMsg::MsgDownload, &[("date", &until)])),
            "{fin}"
        );
        assert!(fin.contains("http://receiver.test/v1/results/"), "{fin}");
        // Refused: the reason, the authority and the judicial remedy.
        let refused = &sb[1];
        for text in [
            t(
                lang,
                ReceiverMsg::MsgReason,
                &[("reason", "manifestly unfounded")],
            ),
            t(
                lang,
                ReceiverMsg::MsgComplaintWith,
                &[("authority", &authority.name), ("url", &authority.url)],
            ),
            t(lang, ReceiverMsg::MsgRemedy, &[]),
        ] {
            assert!(
                refused.contains(&text),
                "{lang:?}: {text:?} not in\n{refused}"
            );
        }
        // In the request's language, not English.
        if lang != Lang::En {
            assert!(!refused.contains(&t(Lang::En, ReceiverMsg::MsgRemedy, &[])));
            assert!(!ack.contains(&t(Lang::En, ReceiverMsg::MsgMayExtend, &[])));
        }
    }
}
both!(every_step_is_mailed_in_every_language);

async fn deadlines_follow_the_controllers_calendar(db: &TestDb) {
    let store = Store::connect(&db.url, 2)
        .await
        .unwrap()
        .with_key(common::test_key());
    let at = |s: &str| glassbox_receiver::store::parse_time(s).unwrap();
    let submit = |store: &Store, when: &str| {
        let p: glassbox_core::request::Request =
            serde_json::from_value(payload()).expect("payload");
        let (store, when) = (store.clone(), at(when));
        async move {
            match store.submit(&p, when, None, None).await.unwrap() {
                glassbox_receiver::store::Submitted::Created(r) => r,
                other => panic!("{other:?}"),
            }
        }
    };
    // 23:30 UTC on 31 January is 1 February in Brussels: due 1 March.
    let brussels = store
        .clone()
        .in_zone(Zone::parse("Europe/Brussels").unwrap());
    let r = submit(&brussels, "2026-01-31T23:30:00Z").await;
    assert_eq!(r.due_by.to_string(), "2026-03-01");
    // The same moment in Lisbon (UTC+0 in winter) is still 31 January: due 28 February, and an
    // extension by two months counts from there: 28 April (not 30 April).
    let lisbon = store.in_zone(Zone::parse("Europe/Lisbon").unwrap());
    let mut p2 = payload();
    p2["id"] = json!(new_id());
    let request: glassbox_core::request::Request = serde_json::from_value(p2).unwrap();
    let r2 = match lisbon
        .submit(&request, at("2026-01-31T23:30:00Z"), None, None)
        .await
        .unwrap()
    {
        glassbox_receiver::store::Submitted::Created(r) => r,
        other => panic!("{other:?}"),
    };
    assert_eq!(r2.due_by.to_string(), "2026-02-28");
    let extended = lisbon
        .extend(
            &r2.reference,
            2,
            "many systems",
            at("2026-02-10T09:00:00Z"),
            None,
            "system",
        )
        .await
        .unwrap();
    assert_eq!(extended.due_by.to_string(), "2026-04-28");
    assert_eq!(extended.original_due_by.to_string(), "2026-02-28");
    // Deciding after the original due date (in the controller's calendar) is too late.
    let late = brussels
        .extend(
            &r.reference,
            1,
            "too late",
            at("2026-03-01T23:30:00Z"),
            None,
            "system",
        )
        .await;
    assert!(late.is_err(), "{late:?}");
}
both!(deadlines_follow_the_controllers_calendar);

async fn an_expired_link_offers_a_new_one_for_the_same_request(db: &TestDb) {
    let Some(sink) = SmtpSink::start().await else {
        return;
    };
    let st = state(with_mail(db, &sink)).await;
    let (_, a) = post_json(&st, &payload_in("de", &["access"])).await;
    let reference = a["reference"].as_str().unwrap();
    let mails = sink.wait_for(1).await;
    let token = {
        let text = unfold_qp(&mails[0]);
        let i = text.find("/v1/verify/").unwrap() + "/v1/verify/".len();
        text[i..i + 64].to_string()
    };
    sqlx::query(
        "UPDATE requests SET verify_expires_at = '2000-01-01T00:00:00.000000Z' WHERE reference = $1",
    )
    .bind(reference)
    .execute(st.store.pool())
    .await
    .unwrap();
    // The browser's confirmation: 410, in German, with a button for a new link.
    let (s, _, b) = send(
        &st,
        Request::post(format!("/v1/verify/{token}?lang=de"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, 410);
    let html = String::from_utf8(b).unwrap();
    let de = |m, args: &[(&str, &str)]| esc(&t(Lang::De, m, args));
    assert!(
        html.contains(&de(ReceiverMsg::VerifyExpiredTitle, &[])),
        "{html}"
    );
    assert!(
        html.contains(&de(ReceiverMsg::VerifyRenewButton, &[])),
        "{html}"
    );
    assert!(html.contains(&format!("action=\"/v1/verify/{token}/renew?lang=de\"")));
    // Pressing it: a new link for the same request, same reference and due date.
    let (s, _, b) = send(
        &st,
        Request::post(format!("/v1/verify/{token}/renew"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, 202);
    let html = String::from_utf8(b).unwrap();
    assert!(html.contains(&de(
        ReceiverMsg::VerifyRenewedText,
        &[
            ("reference", reference),
            ("date", a["due_by"].as_str().unwrap())
        ]
    )));
    let mails = sink.wait_for(2).await;
    let text = unfold_qp(&mails[1]);
    assert!(text.contains(&t(
        Lang::De,
        ReceiverMsg::MsgLink,
        &[
            ("reference", reference),
            ("date", a["due_by"].as_str().unwrap())
        ]
    )));
    let i = text.find("/v1/verify/").unwrap() + "/v1/verify/".len();
    let fresh = text[i..i + 64].to_string();
    assert_ne!(fresh, token);
    // The old link is gone; the new one confirms the same request.
    let post = |tok: &str| {
        Request::post(format!("/v1/verify/{tok}"))
            .header("accept", "application/json")
            .body(Body::empty())
            .unwrap()
    };
    assert_eq!(send(&st, post(&token)).await.0, 404);
    let (s, _, b) = send(&st, post(&fresh)).await;
    assert_eq!(s, 200);
    let v: Value = serde_json::from_slice(&b).unwrap();
    assert_eq!(v["reference"], a["reference"]);
    assert_eq!(v["due_by"], a["due_by"]);
    assert_eq!(v["status"], "verified");
    let (_, list) = get_json(
        &st,
        "/v1/admin/requests?status=received,verified",
        Some("admin-secret-for-tests-0123456789abcdef"),
    )
    .await;
    assert_eq!(
        list["items"].as_array().unwrap().len(),
        1,
        "never a new request"
    );
    let h = history(&st, a["status_url"].as_str().unwrap()).await;
    let actions: Vec<&str> = h.iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["received", "verification_renewed", "status"]);
}
both!(an_expired_link_offers_a_new_one_for_the_same_request);

async fn a_mail_that_cannot_be_sent_is_retried_then_shown_and_sent_again(db: &TestDb) {
    let port = free_port();
    let mut cfg = config(db);
    // Nothing listens there yet.
    cfg.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
    cfg.mail_attempts = 3;
    cfg.mail_retry_secs = 0;
    // No worker: the test runs the jobs (`run_jobs`), each retry due at once.
    let st = state_without_worker(cfg).await;
    let (_, a) = post_json(&st, &payload()).await;
    let reference = a["reference"].as_str().unwrap();
    // The worker tries 3 times, then gives up; the admin API and page show it.
    run_jobs(&st).await;
    let (_, failed) = get_json(
        &st,
        "/v1/admin/jobs?state=failed",
        Some("admin-secret-for-tests-0123456789abcdef"),
    )
    .await;
    assert!(!failed.as_array().unwrap().is_empty(), "never given up");
    assert_eq!(failed[0]["reference"], reference);
    assert_eq!(failed[0]["attempts"], 3);
    assert!(failed[0]["last_error"].as_str().unwrap().contains("SMTP"));
    let (s, _, b) = send(
        &st,
        Request::get("/admin/")
            .header(
                "authorization",
                "Bearer admin-secret-for-tests-0123456789abcdef",
            )
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, 200);
    let html = String::from_utf8(b).unwrap();
    assert!(html.contains("Mails that could not be sent (1)"), "{html}");
    assert!(html.contains(reference));
    // The mail server is back: sent again from the admin API, it arrives once.
    let Some(sink) = SmtpSink::start_on(port).await else {
        return;
    };
    let id = failed[0]["id"].as_str().unwrap();
    let (s, _) = admin_post(&st, &format!("/v1/admin/jobs/{id}/retry"), Value::Null).await;
    assert_eq!(s, 202);
    // The sink saves a mail before it accepts it, so it is there once the job has run.
    run_jobs(&st).await;
    assert_eq!(st.store.queued_jobs().await.unwrap(), 0);
    let mails = sink.received();
    assert_eq!(mails.len(), 1);
    assert!(unfold_qp(&mails[0]).contains(reference));
    let (_, v) = get_json(
        &st,
        "/v1/admin/jobs?state=failed",
        Some("admin-secret-for-tests-0123456789abcdef"),
    )
    .await;
    assert!(v.as_array().unwrap().is_empty());
}
both!(a_mail_that_cannot_be_sent_is_retried_then_shown_and_sent_again);

async fn the_operators_words_replace_the_built_in_ones(db: &TestDb) {
    let Some(sink) = SmtpSink::start().await else {
        return;
    };
    let templates = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(templates.path().join("de")).unwrap();
    std::fs::write(
        templates.path().join("de/receiver.ftl"),
        "# Unsere Worte\nmsg-verified = Danke! { $controller } kümmert sich um { $reference } bis { $date }.\n\
         msg-unbekannt = gibt es nicht\n",
    )
    .unwrap();
    std::fs::create_dir_all(templates.path().join("fr")).unwrap();
    std::fs::write(
        templates.path().join("fr/receiver.ftl"),
        "msg-verified = { oops\n",
    )
    .unwrap();
    let mut cfg = with_mail(db, &sink);
    cfg.templates_dir = Some(templates.path().to_path_buf());
    let st = state(cfg).await;
    let (_, a) = post_json(&st, &payload_in("de", &["erasure"])).await;
    let (_, b) = post_json(&st, &payload_in("fr", &["erasure"])).await;
    for x in [&a, &b] {
        let r = x["reference"].as_str().unwrap();
        let (s, _) = admin_post(
            &st,
            &format!("/v1/admin/requests/{r}/status"),
            json!({"status": "verified"}),
        )
        .await;
        assert_eq!(s, 200);
    }
    sink.wait_for(4).await;
    wait_jobs_done(&st, 30).await;
    let mails = by_reference(&sink.received());
    let ra = a["reference"].as_str().unwrap();
    let ours = format!(
        "Danke! {CONTROLLER} kümmert sich um {ra} bis {}.",
        a["due_by"].as_str().unwrap()
    );
    assert!(mails[ra][1].contains(&ours), "{}", mails[ra][1]);
    let h = history(&st, a["status_url"].as_str().unwrap()).await;
    assert_eq!(
        h[1]["message"][0],
        ours.as_str(),
        "the status page says the same"
    );
    // The French file does not parse: the built-in French text is kept.
    let rb = b["reference"].as_str().unwrap();
    let builtin = t(
        Lang::Fr,
        ReceiverMsg::MsgVerified,
        &[
            ("controller", CONTROLLER),
            ("reference", rb),
            ("date", b["due_by"].as_str().unwrap()),
        ],
    );
    assert!(mails[rb][1].contains(&builtin));

    // The admin page previews any message in any language, with the replacement.
    let (s, _, body) = send(
        &st,
        Request::get("/admin/preview?lang=de&step=verified")
            .header(
                "authorization",
                "Bearer admin-secret-for-tests-0123456789abcdef",
            )
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, 200);
    let html = String::from_utf8(body).unwrap();
    assert!(
        html.contains(&esc(&format!(
            "Danke! {CONTROLLER} kümmert sich um GB-0000000"
        ))),
        "{html}"
    );
    let (_, _, body) = send(
        &st,
        Request::get("/admin/preview?lang=fi&step=refused")
            .header(
                "authorization",
                "Bearer admin-secret-for-tests-0123456789abcdef",
            )
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let html = String::from_utf8(body).unwrap();
    assert!(
        html.contains(&esc(&t(Lang::Fi, ReceiverMsg::MsgRemedy, &[]))),
        "{html}"
    );
}
both!(the_operators_words_replace_the_built_in_ones);

async fn the_demo_mailbox_shows_the_mails(db: &TestDb) {
    let folder = tempfile::tempdir().unwrap();
    let mut cfg = config(db);
    cfg.mailbox_dir = Some(folder.path().to_path_buf());
    cfg.controller = CONTROLLER.into();
    let st = state(cfg).await;
    let (_, a) = post_json(&st, &payload_in("de", &["erasure"])).await;
    let r = a["reference"].as_str().unwrap();
    wait_jobs_done(&st, 30).await;
    let (s, _, body) = send(
        &st,
        Request::get("/admin/mailbox")
            .header(
                "authorization",
                "Bearer admin-secret-for-tests-0123456789abcdef",
            )
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, 200);
    let html = String::from_utf8(body).unwrap();
    // The subject and the text, decoded, in German.
    assert!(
        html.contains(&esc(&t(
            Lang::De,
            ReceiverMsg::MailSubject,
            &[("reference", r)]
        ))),
        "{html}"
    );
    assert!(
        html.contains(&esc(&t(Lang::De, ReceiverMsg::MsgMayExtend, &[]))),
        "{html}"
    );
    assert!(html.contains("To: marie@example.fr"), "{html}");
    assert!(
        html.contains("/v1/verify/"),
        "the confirmation link is in the mail"
    );
    assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 1);
}
both!(the_demo_mailbox_shows_the_mails);

async fn two_receivers_on_one_database_send_each_mail_once(db: &TestDb) {
    let Some(sink) = SmtpSink::start().await else {
        return;
    };
    // Two receivers (each with its own worker and pool) on the same database.
    let one = state(with_mail(db, &sink)).await;
    let two = state(with_mail(db, &sink)).await;
    const N: usize = 120;
    let mut tasks = Vec::new();
    for i in 0..N {
        let st = if i % 2 == 0 { one.clone() } else { two.clone() };
        tasks.push(tokio::spawn(async move {
            let (s, v) = post_json(&st, &payload_in("en", &["erasure"])).await;
            assert_eq!(s, 201, "{v}");
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let mails = sink.wait_for_within(N, 60).await;
    wait_jobs_done(&one, 30).await;
    let all = sink.received();
    assert_eq!(all.len(), N, "each acknowledgement sent once");
    let ids: std::collections::HashSet<String> = mails
        .iter()
        .map(|m| header(m, "Message-ID").unwrap())
        .collect();
    assert_eq!(ids.len(), N);
}
both!(two_receivers_on_one_database_send_each_mail_once);
