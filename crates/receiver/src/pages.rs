//! Server-rendered HTML: the requester's status and verification pages, and the privacy
//! team's admin page at `/admin/`.
//!
//! No JavaScript at all; one stylesheet from `/assets/receiver.css`, so the pages work under
//! `Content-Security-Policy: default-src 'none'; style-src 'self'; form-action 'self'`. The admin
//! page signs in with the admin token once and keeps a `HttpOnly; SameSite=Strict` cookie holding
//! a hash of it; its forms post to the same origin (checked).

use crate::api::{self, StatusView};
use crate::error::ApiError;
use crate::store::{self, Record, Status};
use crate::AppState;
use axum::extract::{Form, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use glassbox_core::i18n::{tr, Overrides, ReceiverMsg};
use glassbox_core::request::Kind;
use glassbox_core::rights::kind_name;
use glassbox_core::Lang;
use serde::Deserialize;

/// Name of the admin session cookie.
pub const COOKIE: &str = "glassbox_admin";

/// The stylesheet of every page.
pub const CSS: &str = include_str!("../static/receiver.css");

const CSP: &str = "default-src 'none'; style-src 'self'; form-action 'self'; \
                   frame-ancestors 'none'; base-uri 'none'";

/// Escapes text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// An HTML answer with the strict security headers.
pub fn html_response(body: String) -> Response {
    let mut resp = ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response();
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    resp
}

/// Serves the stylesheet.
pub async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        CSS,
    )
        .into_response()
}

/// The language of a request (its `lang`), English when absent or not one of the 24.
pub fn lang_of(tag: Option<&str>) -> Lang {
    tag.and_then(Lang::from_tag).unwrap_or(Lang::En)
}

/// A message of the receiver to the requester, in `lang`.
fn say(lang: Lang, msg: ReceiverMsg, args: &[(&str, &str)]) -> String {
    esc(&tr(lang, msg, args, &Overrides::default()))
}

/// An admin page (English: the site owner's tool).
fn page(title: &str, body: &str) -> String {
    page_in(Lang::En, title, body)
}

fn page_in(lang: Lang, title: &str, body: &str) -> String {
    format!(
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"robots\" content=\"noindex\">\
         <title>{t}</title><link rel=\"stylesheet\" href=\"/assets/receiver.css\"></head>\
         <body><main>{body}</main></body></html>",
        lang = lang.tag(),
        t = esc(title)
    )
}

/// A page with a title and one paragraph.
pub fn message_page(title: &str, text: &str, lang: Lang) -> String {
    page_in(
        lang,
        title,
        &format!("<h1>{}</h1><p>{}</p>", esc(title), esc(text)),
    )
}

fn status_label(s: Status) -> &'static str {
    match s {
        Status::Received => "Received",
        Status::Verified => "Email confirmed",
        Status::InProgress => "In progress",
        Status::Completed => "Completed",
        Status::Refused => "Refused",
    }
}

/// A status in the requester's language.
fn status_text(lang: Lang, s: Status) -> String {
    let msg = match s {
        Status::Received => ReceiverMsg::StateReceived,
        Status::Verified => ReceiverMsg::StateVerified,
        Status::InProgress => ReceiverMsg::StateInProgress,
        Status::Completed => ReceiverMsg::StateCompleted,
        Status::Refused => ReceiverMsg::StateRefused,
    };
    tr(lang, msg, &[], &Overrides::default())
}

fn history_table(lang: Lang, items: &[api::HistoryItem]) -> String {
    let t = |m, args: &[(&str, &str)]| tr(lang, m, args, &Overrides::default());
    let mut rows = String::new();
    for h in items {
        let what = match (h.action.as_str(), &h.to) {
            ("received", _) => t(ReceiverMsg::HistoryReceived, &[]),
            ("status", Some(to)) => {
                let status = Status::parse(to)
                    .map(|s| status_text(lang, s))
                    .unwrap_or_else(|| to.clone());
                t(ReceiverMsg::HistoryStatus, &[("status", &status)])
            }
            ("extended", _) => t(
                ReceiverMsg::HistoryExtended,
                &[("date", h.due_by.as_deref().unwrap_or_default())],
            ),
            ("purged", _) => t(ReceiverMsg::HistoryPurged, &[]),
            (other, _) => other.to_string(),
        };
        let reason = h
            .reason
            .as_deref()
            .map(|r| format!("<br><span class=\"reason\">{}</span>", esc(r)))
            .unwrap_or_default();
        rows.push_str(&format!(
            "<tr><td><time>{}</time></td><td>{}{}</td></tr>",
            esc(&h.at),
            esc(&what),
            reason
        ));
    }
    format!(
        "<table><caption>{history}</caption><thead><tr><th scope=\"col\">{when}</th>\
         <th scope=\"col\">{what}</th></tr></thead><tbody>{rows}</tbody></table>",
        history = say(lang, ReceiverMsg::StatusHistory, &[]),
        when = say(lang, ReceiverMsg::StatusWhen, &[]),
        what = say(lang, ReceiverMsg::StatusWhat, &[]),
    )
}

/// The rights of a request, by their short names in `lang` ("Auskunft, Löschung").
fn kinds_text(lang: Lang, kinds: &[String]) -> String {
    kinds
        .iter()
        .map(|k| match Kind::from_wire(k) {
            Some(kind) => tr(lang, kind_name(kind), &[], &Overrides::default()),
            None => k.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The requester's status page, in the language of the request.
pub fn status_page(state: &AppState, v: &StatusView) -> String {
    let r = &v.request;
    let lang = lang_of(r.lang.as_deref());
    let due = r.due_by.to_string();
    let extension = r
        .extension_reason
        .as_deref()
        .map(|x| {
            format!(
                "<p>{}</p>",
                say(
                    lang,
                    ReceiverMsg::StatusExtended,
                    &[("date", &due), ("reason", x)]
                )
            )
        })
        .unwrap_or_default();
    let refusal = match (&r.refusal_reason, &v.complaint_notice) {
        (Some(reason), Some(notice)) => format!(
            "<section class=\"refusal\"><h2>{}</h2><p>{}</p><p>{}</p></section>",
            say(lang, ReceiverMsg::StatusRefusal, &[]),
            esc(reason),
            esc(notice)
        ),
        _ => String::new(),
    };
    let title = tr(
        lang,
        ReceiverMsg::StatusTitle,
        &[("reference", &r.reference)],
        &Overrides::default(),
    );
    page_in(
        lang,
        &title,
        &format!(
            "<h1>{title}</h1>\
             <p class=\"controller\">{sent_to}</p>\
             <dl><dt>{l_status}</dt><dd class=\"status\">{status}</dd>\
             <dt>{l_kinds}</dt><dd>{kinds}</dd>\
             <dt>{l_received}</dt><dd>{received}</dd>\
             <dt>{l_due}</dt><dd>{due}</dd></dl>{extension}{refusal}{history}\
             <p class=\"note\">{private}</p>",
            title = esc(&title),
            sent_to = say(
                lang,
                ReceiverMsg::StatusSentTo,
                &[("controller", &state.config.controller)]
            ),
            l_status = say(lang, ReceiverMsg::StatusStatus, &[]),
            status = esc(&status_text(lang, r.status)),
            l_kinds = say(lang, ReceiverMsg::StatusKinds, &[]),
            kinds = esc(&kinds_text(lang, &r.kinds)),
            l_received = say(lang, ReceiverMsg::StatusReceived, &[]),
            received = esc(&r.received_at),
            l_due = say(lang, ReceiverMsg::StatusDue, &[]),
            due = esc(&due),
            history = history_table(lang, &v.history),
            private = say(lang, ReceiverMsg::StatusPrivate, &[]),
        ),
    )
}

/// The page a verification link opens, in the language of the request (`?lang=` on the link).
pub fn verify_page(state: &AppState, token: &str, lang: Lang) -> String {
    let title = tr(lang, ReceiverMsg::VerifyTitle, &[], &Overrides::default());
    page_in(
        lang,
        &title,
        &format!(
            "<h1>{}</h1><p>{}</p>\
             <form method=\"post\" action=\"/v1/verify/{}?lang={}\"><button type=\"submit\">{}</button></form>",
            esc(&title),
            say(
                lang,
                ReceiverMsg::VerifyText,
                &[("controller", &state.config.controller)]
            ),
            esc(token),
            lang.tag(),
            say(lang, ReceiverMsg::VerifyButton, &[]),
        ),
    )
}

/// The page after a successful confirmation.
pub fn verified_page(state: &AppState, r: &Record, status_token: &str) -> String {
    let lang = lang_of(r.lang.as_deref());
    let title = tr(lang, ReceiverMsg::VerifiedTitle, &[], &Overrides::default());
    page_in(
        lang,
        &title,
        &format!(
            "<h1>{}</h1><p>{}</p><p><a href=\"{}\">{}</a></p>",
            esc(&title),
            say(
                lang,
                ReceiverMsg::VerifiedText,
                &[
                    ("reference", &r.reference),
                    ("controller", &state.config.controller),
                    ("date", &r.due_by.to_string()),
                ]
            ),
            esc(&state.status_url(status_token)),
            say(lang, ReceiverMsg::FollowLink, &[]),
        ),
    )
}

/// The value of the admin cookie for `token` (a hash, so the cookie never holds the token).
pub fn session_value(token: &str) -> String {
    store::sha256_hex(format!("glassbox-admin-session\n{token}").as_bytes())
}

/// The admin cookie's value, if the browser sent one.
pub fn admin_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .map(|(_, v)| v.to_string())
}

/// Refuses cross-site form posts: an `Origin` header, when sent, must be this host.
fn same_origin(headers: &HeaderMap) -> Result<(), ApiError> {
    let text = |name: header::HeaderName| headers.get(name).and_then(|v| v.to_str().ok());
    // Browsers send Sec-Fetch-Site on every form post; it is the reliable signal, because the
    // admin pages' `Referrer-Policy: no-referrer` makes Chromium send `Origin: null`.
    if let Some(site) = text(header::HeaderName::from_static("sec-fetch-site")) {
        return if site == "same-origin" {
            Ok(())
        } else {
            Err(ApiError::Forbidden)
        };
    }
    let Some(origin) = text(header::ORIGIN) else {
        return Ok(());
    };
    let host = text(header::HOST).unwrap_or("");
    let bare = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
        .unwrap_or("");
    if !host.is_empty() && bare == host {
        Ok(())
    } else {
        Err(ApiError::Forbidden)
    }
}

fn login_page(message: Option<&str>) -> String {
    let msg = message
        .map(|m| format!("<p class=\"error\" role=\"alert\">{}</p>", esc(m)))
        .unwrap_or_default();
    page(
        "Glassbox admin",
        &format!(
            "<h1>Data-subject requests</h1>{msg}<form method=\"post\" action=\"/admin/login\">\
             <label for=\"token\">Admin token</label>\
             <input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"current-password\" required>\
             <button type=\"submit\">Sign in</button></form>"
        ),
    )
}

/// Credentials of the login form.
#[derive(Deserialize)]
pub struct LoginForm {
    /// The admin token.
    pub token: String,
}

/// `POST /admin/login`: sets the session cookie when the token is right.
pub async fn login(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Response {
    if same_origin(&headers).is_err() {
        return ApiError::Forbidden.into_response();
    }
    let mut probe = HeaderMap::new();
    if let Ok(v) = HeaderValue::from_str(&format!("Bearer {}", form.token.trim())) {
        probe.insert(header::AUTHORIZATION, v);
    }
    match api::check_admin(&state, &probe) {
        Ok(()) => {
            let token = form.token.trim();
            let secure = if state.base_url.starts_with("https://") {
                "; Secure"
            } else {
                ""
            };
            let cookie = format!(
                "{COOKIE}={}; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200{secure}",
                session_value(token)
            );
            let mut resp = Redirect::to("/admin/").into_response();
            if let Ok(v) = HeaderValue::from_str(&cookie) {
                resp.headers_mut().insert(header::SET_COOKIE, v);
            }
            resp
        }
        Err(_) => {
            tracing::warn!("admin sign-in refused");
            let mut resp = html_response(login_page(Some(
                "Wrong token, or admin disabled (no GLASSBOX_ADMIN_TOKEN).",
            )));
            *resp.status_mut() = StatusCode::FORBIDDEN;
            resp
        }
    }
}

/// `POST /admin/logout`: clears the cookie.
pub async fn logout() -> Response {
    let mut resp = Redirect::to("/admin/").into_response();
    resp.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_static("glassbox_admin=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"),
    );
    resp
}

fn guard(state: &AppState, headers: &HeaderMap) -> Option<Response> {
    match api::check_admin(state, headers) {
        Ok(()) => None,
        Err(_) => {
            let mut resp = html_response(login_page(None));
            if admin_cookie(headers).is_some() {
                *resp.status_mut() = StatusCode::FORBIDDEN;
            }
            Some(resp)
        }
    }
}

fn nav() -> &'static str {
    "<nav><a href=\"/admin/\">Queue</a> · <a href=\"/v1/admin/export?format=csv\">Export CSV</a> · \
     <a href=\"/v1/admin/export?format=json\">Export JSON</a> · \
     <a href=\"/v1/admin/audit/verify\">Check audit log</a>\
     <form method=\"post\" action=\"/admin/logout\" class=\"inline\"><button type=\"submit\">Sign out</button></form></nav>"
}

/// `GET /admin/`: the queue by due date, overdue first and in red.
pub async fn queue(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<api::ListQuery>,
) -> Response {
    if let Some(r) = guard(&state, &headers) {
        return r;
    }
    let q = api::ListQuery {
        status: q
            .status
            .filter(|s| !s.is_empty())
            .or(Some("received,verified,in_progress".to_string())),
        limit: Some(q.limit.unwrap_or(200)),
        ..q
    };
    let filter = match q.filter() {
        Ok(f) => f,
        Err(e) => return e.into_response(),
    };
    let items = match state.store.list(&filter).await {
        Ok(i) => i,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let today = store::date_of(store::now());
    let mut rows = String::new();
    for r in &items {
        let days = today.days_until(r.due_by);
        let left = if r.overdue {
            format!("<strong>overdue by {} day(s)</strong>", -days)
        } else if r.status.is_open() {
            format!("{days} day(s) left")
        } else {
            "closed".into()
        };
        rows.push_str(&format!(
            "<tr class=\"{cls}\"><td><a href=\"/admin/requests/{r}\">{r}</a></td><td>{kinds}</td>\
             <td>{status}</td><td>{recv}</td><td>{due}{ext}</td><td>{left}</td></tr>",
            cls = if r.overdue { "overdue" } else { "" },
            r = esc(&r.reference),
            kinds = esc(&r.kinds.join(", ")),
            status = status_label(r.status),
            recv = esc(r.received_at.get(..16).unwrap_or(&r.received_at)),
            due = r.due_by,
            ext = if r.extended_months > 0 {
                " (extended)"
            } else {
                ""
            },
        ));
    }
    let sel = |v: &str, label: &str| {
        let on = q.status.as_deref() == Some(v);
        format!(
            "<option value=\"{v}\"{}>{label}</option>",
            if on { " selected" } else { "" }
        )
    };
    let body = format!(
        "<h1>Data-subject requests</h1>{nav}\
         <form method=\"get\" action=\"/admin/\" class=\"filters\">\
         <label for=\"status\">Show</label><select id=\"status\" name=\"status\">{o1}{o2}{o3}{o4}{o5}{o6}{o7}</select>\
         <label><input type=\"checkbox\" name=\"overdue\" value=\"true\"{od}> overdue only</label>\
         <button type=\"submit\">Filter</button></form>\
         <p>{n} request(s), today is {today} (UTC).</p>\
         <table class=\"queue\"><thead><tr><th scope=\"col\">Reference</th><th scope=\"col\">Rights</th>\
         <th scope=\"col\">Status</th><th scope=\"col\">Received (UTC)</th><th scope=\"col\">Due by</th>\
         <th scope=\"col\">Time left</th></tr></thead><tbody>{rows}</tbody></table>",
        nav = nav(),
        o1 = sel("received,verified,in_progress", "Open"),
        o2 = sel("received", "Received (unverified)"),
        o3 = sel("verified", "Verified"),
        o4 = sel("in_progress", "In progress"),
        o5 = sel("completed", "Completed"),
        o6 = sel("refused", "Refused"),
        o7 = sel("received,verified,in_progress,completed,refused", "All"),
        od = if q.overdue == Some(true) { " checked" } else { "" },
        n = items.len(),
    );
    html_response(page("Glassbox admin", &body))
}

/// `GET /admin/requests/{reference}`: details, history and actions.
pub async fn detail(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(reference): Path<String>,
) -> Response {
    if let Some(r) = guard(&state, &headers) {
        return r;
    }
    let view = match api::admin_view(&state, &reference).await {
        Ok(v) => v,
        Err(e) => return e.into_response(),
    };
    let r = &view.request;
    let payload = r
        .payload
        .as_ref()
        .and_then(|p| serde_json::to_string_pretty(p).ok())
        .unwrap_or_else(|| "(deleted under the retention rule)".into());
    let mut history = String::new();
    for e in &view.history {
        history.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td><code>{}</code></td></tr>",
            e.seq,
            esc(&e.at),
            esc(&e.action),
            esc(&e.detail)
        ));
    }
    let mut actions = String::new();
    let r_esc = esc(&r.reference);
    for (to, label) in [
        (Status::Verified, "Mark identity verified"),
        (Status::InProgress, "Start handling"),
        (Status::Completed, "Mark completed (answered)"),
    ] {
        if r.status.can_become(to) {
            actions.push_str(&format!(
                "<form method=\"post\" action=\"/admin/requests/{r_esc}/status\">\
                 <input type=\"hidden\" name=\"status\" value=\"{}\">\
                 <button type=\"submit\">{label}</button></form>",
                to.as_str()
            ));
        }
    }
    if r.status.can_become(Status::Refused) {
        actions.push_str(&format!(
            "<form method=\"post\" action=\"/admin/requests/{r_esc}/status\">\
             <input type=\"hidden\" name=\"status\" value=\"refused\">\
             <label for=\"refuse-reason\">Reasons for refusing (sent to the requester, with their \
             right to complain to a supervisory authority)</label>\
             <textarea id=\"refuse-reason\" name=\"reason\" required maxlength=\"5000\"></textarea>\
             <button type=\"submit\" class=\"danger\">Refuse</button></form>"
        ));
    }
    let first_month = store::date_of(store::now()) <= r.original_due_by;
    if r.status.is_open() && r.extended_months == 0 && first_month {
        actions.push_str(&format!(
            "<form method=\"post\" action=\"/admin/requests/{r_esc}/extend\">\
             <label for=\"ext-months\">Extend the deadline by</label>\
             <select id=\"ext-months\" name=\"months\"><option value=\"1\">1 month</option>\
             <option value=\"2\">2 months</option></select>\
             <label for=\"ext-reason\">Reasons (told to the requester)</label>\
             <textarea id=\"ext-reason\" name=\"reason\" required maxlength=\"5000\"></textarea>\
             <button type=\"submit\">Extend</button></form>"
        ));
    }
    if r.status == Status::Received && state.mailer.is_some() {
        actions.push_str(&format!(
            "<form method=\"post\" action=\"/admin/requests/{r_esc}/resend\">\
             <button type=\"submit\">Resend verification mail</button></form>"
        ));
    }
    if actions.is_empty() {
        actions.push_str("<p>None: the request is closed.</p>");
    }
    let notice = view
        .complaint_notice
        .as_deref()
        .map(|n| {
            format!(
                "<p class=\"refusal\">Shown to the requester: {}</p>",
                esc(n)
            )
        })
        .unwrap_or_default();
    let body = format!(
        "<h1>Request {r_esc}</h1>{nav}\
         <dl><dt>Status</dt><dd>{status}</dd><dt>Rights</dt><dd>{kinds}</dd>\
         <dt>Requester</dt><dd>{email}</dd><dt>Language</dt><dd>{lang}</dd>\
         <dt>Received (UTC)</dt><dd>{recv}</dd><dt>Due by</dt><dd class=\"{cls}\">{due}{over}</dd>\
         <dt>Extension</dt><dd>{ext}</dd><dt>Refusal reason</dt><dd>{refusal}</dd></dl>{notice}\
         <h2>Actions</h2><div class=\"actions\">{actions}</div>\
         <h2>Request as submitted</h2><pre>{payload}</pre>\
         <h2>Audit history</h2><table><thead><tr><th scope=\"col\">#</th><th scope=\"col\">When (UTC)</th>\
         <th scope=\"col\">Action</th><th scope=\"col\">Detail</th></tr></thead><tbody>{history}</tbody></table>",
        nav = nav(),
        status = status_label(r.status),
        kinds = esc(&r.kinds.join(", ")),
        email = esc(r.email.as_deref().unwrap_or("(deleted)")),
        lang = esc(r.lang.as_deref().unwrap_or("-")),
        recv = esc(&r.received_at),
        cls = if r.overdue { "overdue" } else { "" },
        due = r.due_by,
        over = if r.overdue { " — overdue" } else { "" },
        ext = r
            .extension_reason
            .as_deref()
            .map(|x| format!("{} month(s): {}", r.extended_months, esc(x)))
            .unwrap_or_else(|| "none".into()),
        refusal = esc(r.refusal_reason.as_deref().unwrap_or("-")),
        payload = esc(&payload),
    );
    html_response(page(&format!("Request {}", r.reference), &body))
}

/// The status form.
#[derive(Deserialize)]
pub struct StatusForm {
    /// New status.
    pub status: String,
    /// Reason (refusals).
    pub reason: Option<String>,
}

/// The extension form.
#[derive(Deserialize)]
pub struct ExtendForm {
    /// 1 or 2.
    pub months: u8,
    /// Reasons.
    pub reason: String,
}

fn action_result(reference: &str, result: Result<(), ApiError>) -> Response {
    match result {
        Ok(()) => Redirect::to(&format!("/admin/requests/{reference}")).into_response(),
        Err(e) => {
            let (code, _) = e.status_and_code();
            let mut resp = html_response(page(
                "Not done",
                &format!(
                    "<h1>Not done</h1><p role=\"alert\">{}</p><p><a href=\"/admin/requests/{}\">Back to the request</a></p>",
                    esc(&match &e {
                        ApiError::Invalid(f) => f.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", "),
                        other => other.to_string(),
                    }),
                    esc(reference)
                ),
            ));
            *resp.status_mut() = code;
            resp
        }
    }
}

/// `POST /admin/requests/{reference}/status`.
pub async fn form_status(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(reference): Path<String>,
    Form(form): Form<StatusForm>,
) -> Response {
    if let Some(r) = guard(&state, &headers) {
        return r;
    }
    let result = async {
        same_origin(&headers)?;
        let to = Status::parse(&form.status).ok_or(ApiError::BadRequest(
            "invalid_parameter",
            "unknown status".into(),
        ))?;
        let body = api::TransitionBody {
            status: to,
            reason: form.reason.clone(),
        };
        api::admin_transition(
            State(state.clone()),
            Path(reference.clone()),
            Ok(axum::Json(body)),
        )
        .await
        .map(|_| ())
    }
    .await;
    action_result(&reference, result)
}

/// `POST /admin/requests/{reference}/extend`.
pub async fn form_extend(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(reference): Path<String>,
    Form(form): Form<ExtendForm>,
) -> Response {
    if let Some(r) = guard(&state, &headers) {
        return r;
    }
    let result = async {
        same_origin(&headers)?;
        let body = api::ExtendBody {
            months: form.months,
            reason: form.reason.clone(),
        };
        api::admin_extend(
            State(state.clone()),
            Path(reference.clone()),
            Ok(axum::Json(body)),
        )
        .await
        .map(|_| ())
    }
    .await;
    action_result(&reference, result)
}

/// `POST /admin/requests/{reference}/resend`.
pub async fn form_resend(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(reference): Path<String>,
) -> Response {
    if let Some(r) = guard(&state, &headers) {
        return r;
    }
    let result = async {
        same_origin(&headers)?;
        api::admin_resend(State(state.clone()), Path(reference.clone()))
            .await
            .map(|_| ())
    }
    .await;
    action_result(&reference, result)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn a_browser_form_post_from_the_admin_page_is_same_origin() {
        // What Chromium sends under the admin pages' `Referrer-Policy: no-referrer`.
        let h = headers(&[
            ("origin", "null"),
            ("sec-fetch-site", "same-origin"),
            ("host", "127.0.0.1:8787"),
        ]);
        assert!(same_origin(&h).is_ok());
    }

    #[test]
    fn cross_site_posts_are_refused() {
        let h = headers(&[
            ("origin", "null"),
            ("sec-fetch-site", "cross-site"),
            ("host", "a"),
        ]);
        assert!(same_origin(&h).is_err());
        let h = headers(&[
            ("origin", "https://evil.example"),
            ("host", "127.0.0.1:8787"),
        ]);
        assert!(same_origin(&h).is_err());
        let h = headers(&[
            ("origin", "http://127.0.0.1:8787"),
            ("host", "127.0.0.1:8787"),
        ]);
        assert!(same_origin(&h).is_ok());
        assert!(
            same_origin(&HeaderMap::new()).is_ok(),
            "non-browser clients send neither"
        );
    }
}
