//! The privacy team's admin page at `/admin/` (English: the site owner's tool): sign-in, the
//! queue by due date, one request with its actions, history and mails, and the mails that could
//! not be sent. Forms post to the same origin (checked) and call the operations in
//! `crate::requests`, the same ones the admin API calls.

use super::{html_response, layout};
use crate::error::ApiError;
use crate::requests::{self, Attachment, ListQuery, OpError, Status};
use crate::results::{self, UploadError, Writer};
use crate::staff::accounts::{self, SignInError};
use crate::staff::{self, Actor, AuthError, ClientAddr, Role};
use crate::store::{self, JobState, JobView};
use crate::AppState;
use axum::extract::{Form, FromRequestParts, Multipart, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use glassbox_core::Lang;
use maud::{html, Markup};
use serde::Deserialize;

pub(crate) fn page(title: &str, body: Markup) -> Markup {
    layout(Lang::En, title, body)
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

fn login_page(message: Option<&str>, email: &str) -> Markup {
    page(
        "Glassbox admin",
        html! {
            h1 { "Data-subject requests" }
            @if let Some(m) = message { p.error role="alert" { (m) } }
            form method="post" action="/admin/login" {
                label for="email" { "Email" }
                input id="email" name="email" type="email" autocomplete="username" required value=(email);
                label for="password" { "Password" }
                input id="password" name="password" type="password" autocomplete="current-password" required;
                label for="totp" { "Authentication code (only if two-step sign-in is on)" }
                input id="totp" name="totp" type="text" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6";
                button type="submit" { "Sign in" }
            }
        },
    )
}

/// Credentials of the sign-in form.
#[derive(Deserialize)]
pub struct LoginForm {
    /// Sign-in email.
    pub email: String,
    /// Password.
    pub password: String,
    /// The TOTP code, when two-step sign-in is on.
    pub totp: Option<String>,
}

/// `POST /admin/login`: signs a staff member in (the same checks and limits as
/// `POST /v1/admin/session`) and sets the session cookie.
pub async fn login(
    State(state): State<AppState>,
    ClientAddr(ip): ClientAddr,
    headers: HeaderMap,
    form: Result<Form<LoginForm>, axum::extract::rejection::FormRejection>,
) -> Response {
    if staff::same_origin(&headers).is_err() {
        return ApiError::Forbidden.into_response();
    }
    let Ok(Form(form)) = form else {
        return html_response(
            StatusCode::BAD_REQUEST,
            login_page(Some("Enter your email and password."), ""),
        );
    };
    match accounts::sign_in(
        &state,
        ip,
        &form.email,
        &form.password,
        form.totp.as_deref(),
    )
    .await
    {
        Ok(session) => {
            let cookie = staff::session_cookie(&state, &session.id, session.max_age_secs);
            let mut resp = Redirect::to("/admin/").into_response();
            if let Ok(v) = HeaderValue::from_str(&cookie) {
                resp.headers_mut().insert(header::SET_COOKIE, v);
            }
            resp
        }
        Err(e) => {
            let (code, _) = ApiError::from(SignInError::Invalid).status_and_code();
            let (code, text) = match &e {
                SignInError::Store(_) | SignInError::Internal => {
                    let (c, _) = ApiError::from(e).status_and_code();
                    (
                        c,
                        "The sign-in could not be completed; try again.".to_string(),
                    )
                }
                SignInError::Locked(_) | SignInError::RateLimited => {
                    (StatusCode::TOO_MANY_REQUESTS, capitalised(&e.to_string()))
                }
                _ => (code, capitalised(&e.to_string())),
            };
            html_response(
                code,
                login_page(Some(&format!("{text}.")), form.email.trim()),
            )
        }
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// `POST /admin/logout`: ends the session server-side and clears the cookie.
pub async fn logout(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if staff::same_origin(&headers).is_err() {
        return ApiError::Forbidden.into_response();
    }
    if let Err(e) = accounts::sign_out(&state, staff::admin_cookie(&headers).as_deref()).await {
        return ApiError::from(e).into_response();
    }
    let mut resp = Redirect::to("/admin/").into_response();
    if let Ok(v) = HeaderValue::from_str(&staff::cleared_cookie(&state)) {
        resp.headers_mut().insert(header::SET_COOKIE, v);
    }
    resp
}

/// The signed-in staff member of an admin page: extracting it answers with the sign-in page
/// (or `403`) instead of the page when nobody valid is signed in.
pub struct SignedIn(pub Actor);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<SignedIn, Response> {
        guard(state, &parts.headers).await.map(SignedIn)
    }
}

/// The signed-in actor, or the sign-in page instead of the content.
async fn guard(state: &AppState, headers: &HeaderMap) -> Result<Actor, Response> {
    match staff::authenticate(state, headers).await {
        Ok(actor) => Ok(actor),
        Err(AuthError::Missing) => Err(html_response(StatusCode::OK, login_page(None, ""))),
        Err(AuthError::Refused) => Err(html_response(
            StatusCode::FORBIDDEN,
            login_page(
                Some("Your session has ended (signed out, expired or revoked): sign in again."),
                "",
            ),
        )),
        Err(e) => Err(ApiError::from(e).into_response()),
    }
}

pub(crate) fn nav(actor: &Actor) -> Markup {
    let admin = actor.role == Role::Admin;
    html! {
        nav {
            a href="/admin/" { "Queue" } " · "
            a href="/admin/dashboard" { "Dashboard" } " · "
            a href="/admin/tasks" { "Tasks" } " · "
            a href="/admin/webhooks" { "Webhooks" } " · "
            @if admin {
                a href="/v1/admin/export?format=csv" { "Export CSV" } " · "
                a href="/v1/admin/export?format=json" { "Export JSON" } " · "
            }
            a href="/v1/admin/audit?format=csv" { "Audit log (CSV)" } " · "
            a href="/v1/admin/audit/verify" { "Check audit log" } " · "
            a href="/admin/preview" { "Preview messages" } " · "
            a href="/admin/mailbox" { "Mailbox" }
            " · Signed in as " (actor.label()) " (" (actor.role.as_str()) ")"
            @if actor.by_cookie {
                form.inline method="post" action="/admin/logout" { button type="submit" { "Sign out" } }
            }
        }
    }
}

fn jobs_table(jobs: &[JobView], with_reference: bool) -> Markup {
    html! {
        table.jobs {
            thead { tr {
                @if with_reference { th scope="col" { "Request" } }
                th scope="col" { "Queued (UTC)" }
                th scope="col" { "State" }
                th scope="col" { "Attempts" }
                th scope="col" { "Last error" }
                th scope="col" { "Action" }
            } }
            tbody {
                @for j in jobs {
                    tr class=(if j.state == JobState::Failed { "overdue" } else { "" }) {
                        @if with_reference {
                            td { @if let Some(r) = &j.reference { a href=(format!("/admin/requests/{r}")) { (r) } } }
                        }
                        td { (j.created_at.get(..16).unwrap_or(&j.created_at)) }
                        td { (j.state.as_str()) }
                        td { (j.attempts) }
                        td { (j.last_error.as_deref().unwrap_or("")) }
                        td {
                            @if j.state == JobState::Failed {
                                form method="post" action=(format!("/admin/jobs/{}/retry", j.id)) {
                                    button type="submit" { "Send again" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// `GET /admin/`: the queue by due date, overdue first and in red, and the mails that failed.
pub async fn queue(
    State(state): State<AppState>,
    SignedIn(actor): SignedIn,
    Query(q): Query<ListQuery>,
) -> Response {
    let q = ListQuery {
        status: q
            .status
            .filter(|s| !s.is_empty())
            .or(Some("received,verified,in_progress".to_string())),
        limit: Some(q.limit.unwrap_or(200)),
        ..q
    };
    let items = match q.filter() {
        Ok(f) => requests::list(&state, &f).await,
        Err(e) => Err(e),
    };
    let items = match items {
        Ok(i) => i,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let failed = match state.store.jobs_in_state(JobState::Failed, 100).await {
        Ok(f) => f,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let today = state.store.today();
    let options = [
        ("received,verified,in_progress", "Open"),
        ("received", "Received (unverified)"),
        ("verified", "Verified"),
        ("in_progress", "In progress"),
        ("completed", "Completed"),
        ("refused", "Refused"),
        ("received,verified,in_progress,completed,refused", "All"),
    ];
    let body = html! {
        h1 { "Data-subject requests" }
        (nav(&actor))
        @if !failed.is_empty() {
            section.failed role="alert" {
                h2 { "Mails that could not be sent (" (failed.len()) ")" }
                p { "These mails were given up after their last attempt. Check the mail settings (GLASSBOX_SMTP_URL) and send them again." }
                (jobs_table(&failed, true))
            }
        }
        form.filters method="get" action="/admin/" {
            label for="status" { "Show" }
            select id="status" name="status" {
                @for (v, label) in options {
                    option value=(v) selected[q.status.as_deref() == Some(v)] { (label) }
                }
            }
            label { input type="checkbox" name="overdue" value="true" checked[q.overdue == Some(true)]; " overdue only" }
            label for="f-assignee" { "Assigned to" }
            input id="f-assignee" name="assignee" type="text" placeholder="email, or none" value=(q.assignee.as_deref().unwrap_or("")) size="24";
            button type="submit" { "Filter" }
        }
        p { (items.len()) " request(s), today is " (today) " (" (state.store.zone().name()) ")." }
        table.queue {
            thead { tr {
                th scope="col" { "Reference" }
                th scope="col" { "Rights" }
                th scope="col" { "Status" }
                th scope="col" { "Received (UTC)" }
                th scope="col" { "Due by" }
                th scope="col" { "Time left" }
                th scope="col" { "Assigned to" }
            } }
            tbody {
                @for r in &items {
                    @let days = today.days_until(r.due_by);
                    tr class=(if r.overdue { "overdue" } else { "" }) {
                        td { a href=(format!("/admin/requests/{}", r.reference)) { (r.reference) } }
                        td { (r.kinds.join(", ")) }
                        td { (status_label(r.status)) }
                        td { (r.received_at.get(..16).unwrap_or(&r.received_at)) }
                        td { (r.due_by) @if r.extended_months > 0 { " (extended)" } }
                        td {
                            @if r.overdue { strong { "overdue by " (-days) " day(s)" } }
                            @else if r.status.is_open() { (days) " day(s) left" }
                            @else { "closed" }
                        }
                        td { (r.assignee.as_deref().unwrap_or("–")) }
                    }
                }
            }
        }
    };
    html_response(StatusCode::OK, page("Glassbox admin", body))
}

/// `GET /admin/requests/{reference}`: details, actions, mails and history.
pub async fn detail(
    State(state): State<AppState>,
    SignedIn(actor): SignedIn,
    Path(reference): Path<String>,
) -> Response {
    let view = match requests::admin_view(&state, &reference).await {
        Ok(v) => v,
        Err(e) => return ApiError::from(e).into_response(),
    };
    // Who can be assigned: the active staff accounts.
    let staff: Vec<String> = match state.store.staff_list().await {
        Ok(list) => list
            .into_iter()
            .filter(|s| s.disabled_at.is_none())
            .map(|s| s.email)
            .collect(),
        Err(e) => return ApiError::from(e).into_response(),
    };
    let r = &view.request;
    let payload = r
        .payload
        .as_ref()
        .and_then(|p| serde_json::to_string_pretty(p).ok())
        .unwrap_or_else(|| {
            if r.deleted_at.is_some() {
                "(deleted by an admin)".into()
            } else {
                "(deleted under the retention rule)".into()
            }
        });
    let deleted = r.deleted_at.is_some();
    let base = format!("/admin/requests/{}", r.reference);
    let steps = [
        (Status::Verified, "Mark identity verified"),
        (Status::InProgress, "Start handling"),
        (Status::Completed, "Mark completed (answered)"),
    ];
    let may_extend = requests::may_extend(r, state.store.today());
    let may_resend = r.status == Status::Received && state.mails_on();
    let wants_result = r.kinds.iter().any(|k| k == "access" || k == "portability");
    let body = html! {
        h1 { "Request " (r.reference) }
        (nav(&actor))
        dl {
            dt { "Status" } dd { (status_label(r.status)) }
            dt { "Rights" } dd { (r.kinds.join(", ")) }
            dt { "Requester" } dd { (r.email.as_deref().unwrap_or("(deleted)")) }
            dt { "Language" } dd { (r.lang.as_deref().unwrap_or("-")) }
            dt { "Received (UTC)" } dd { (r.received_at) }
            dt { "Due by" }
            dd class=(if r.overdue { "overdue" } else { "" }) { (r.due_by) @if r.overdue { " — overdue" } }
            dt { "Extension" }
            dd {
                @if let Some(x) = &r.extension_reason { (r.extended_months) " month(s): " (x) }
                @else { "none" }
            }
            dt { "Refusal reason" } dd { (r.refusal_reason.as_deref().unwrap_or("-")) }
            dt { "Assigned to" } dd { (r.assignee.as_deref().unwrap_or("nobody")) }
        }
        @if let Some(n) = &view.complaint_notice {
            p.refusal { "Shown to the requester: " (n) }
        }
        @if let Some(at) = &r.deleted_at {
            p.refusal role="status" {
                "Deleted " (at) " (UTC). Reason: " (r.deletion_reason.as_deref().unwrap_or("-"))
                ". The requester's data is gone; this record and the audit history stay."
            }
        }
        h2 { "Actions" }
        @if deleted { p { "None: the request was deleted." } }
        @else {
        div.actions {
            @for (to, label) in steps {
                @if r.status.can_become(to) {
                    form method="post" action=(format!("{base}/status")) {
                        input type="hidden" name="status" value=(to.as_str());
                        button type="submit" { (label) }
                    }
                }
            }
            @if r.status.can_become(Status::Refused) {
                form method="post" action=(format!("{base}/status")) {
                    input type="hidden" name="status" value="refused";
                    label for="refuse-reason" {
                        "Reasons for refusing"
                    }
                    p.warning id="refuse-warning" { strong { "Sent to the requester: " } "this text is mailed to them and shown on their status page, with their right to complain to a supervisory authority. Keep internal remarks in the notes." }
                    textarea id="refuse-reason" name="reason" required maxlength="5000" aria-describedby="refuse-warning" {}
                    button.danger type="submit" { "Refuse" }
                }
            }
            @if may_extend {
                form method="post" action=(format!("{base}/extend")) {
                    label for="ext-months" { "Extend the deadline by" }
                    select id="ext-months" name="months" {
                        option value="1" { "1 month" }
                        option value="2" { "2 months" }
                    }
                    label for="ext-reason" { "Reasons" }
                    p.warning id="ext-warning" { strong { "Sent to the requester: " } "this text is mailed to them and shown on their status page. Keep internal remarks in the notes." }
                    textarea id="ext-reason" name="reason" required maxlength="5000" aria-describedby="ext-warning" {}
                    button type="submit" { "Extend" }
                }
            }
            @if may_resend {
                form method="post" action=(format!("{base}/resend")) {
                    button type="submit" { "Resend verification mail" }
                }
            }
            @if !r.status.is_open() { p { "None: the request is closed." } }
        }
        }
        h2 { "Result" }
        @match &view.result {
            None => p { "None attached." @if wants_result { " An access or portability request is completed with a result: a file, or \"no data held\"." } },
            Some(res) if res.no_data => p { "No data held (the requester is told so when the request is completed)." },
            Some(res) => p {
                (res.content_type.as_deref().unwrap_or("-")) ", " (res.size) " bytes. "
                @if let Some(d) = &res.deleted_at { "File deleted " (d) "." }
                @else if let Some(e) = &res.link_expires_at { "Download link valid until " (e) " (UTC)." }
                @else { "The download link is sent when the request is completed." }
            },
        }
        @if r.status.is_open() {
            form method="post" action=(format!("{base}/result")) enctype="multipart/form-data" {
                label for="result-file" { "Result file (JSON, CSV or ZIP, at most " (state.config.result_max_bytes / (1024 * 1024)) " MiB)" }
                input id="result-file" name="file" type="file" required accept=".json,.csv,.zip,application/json,text/csv,application/zip";
                button type="submit" { "Attach result" }
            }
            form method="post" action=(format!("{base}/result/none")) {
                button type="submit" { "No data held" }
            }
        }
        @if r.status == Status::Completed && view.result.as_ref().is_some_and(|x| !x.no_data && x.deleted_at.is_none()) {
            form method="post" action=(format!("{base}/result/link")) {
                button type="submit" { "Send a new download link" }
            }
        }
        (super::team::request_sections(&state, &view, &staff))
        // Deleting is an admin's (a handler's post would be refused).
        @if !deleted && actor.role == Role::Admin {
            h2 { "Delete this request" }
            form method="post" action=(format!("{base}/delete")) {
                label for="delete-reason" {
                    "Reason (required; kept in the audit log). Deleting removes the request as \
                     submitted, the email address, its links and any result file; the reference, \
                     dates and audit history stay."
                }
                textarea id="delete-reason" name="reason" required maxlength="5000" {}
                button.danger type="submit" { "Delete…" }
            }
        }
        h2 { "Mails and other jobs" }
        @if view.jobs.is_empty() {
            p { @if state.mails_on() { "None yet." } @else { "Mails are off (no GLASSBOX_SMTP_URL)." } }
        } @else {
            (jobs_table(&view.jobs, false))
        }
        h2 { "Request as submitted" }
        pre { (payload) }
        h2 { "Audit history" }
        table {
            thead { tr {
                th scope="col" { "#" }
                th scope="col" { "When (UTC)" }
                th scope="col" { "Who" }
                th scope="col" { "Action" }
                th scope="col" { "Detail" }
            } }
            tbody {
                @for e in &view.history {
                    tr { td { (e.seq) } td { (e.at) } td { (e.actor) } td { (e.action) } td { code { (e.detail) } } }
                }
            }
        }
    };
    html_response(
        StatusCode::OK,
        page(&format!("Request {}", r.reference), body),
    )
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

fn action_result(back: &str, result: Result<(), ApiError>) -> Response {
    match result {
        Ok(()) => Redirect::to(back).into_response(),
        Err(e) => {
            let (code, _) = e.status_and_code();
            let text = match &e {
                ApiError::Invalid(f) => f
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                other => other.to_string(),
            };
            html_response(
                code,
                page(
                    "Not done",
                    html! {
                        h1 { "Not done" }
                        p role="alert" { (text) }
                        p { a href=(back) { "Back" } }
                    },
                ),
            )
        }
    }
}

/// Runs a form action of the signed-in `actor` when the post is same-origin, and answers
/// with a redirect to `back` or a page saying why it was not done. `op` is not started when
/// the post is not same-origin; what it returns on success is not shown.
pub(crate) async fn form_action<F, T, E>(headers: &HeaderMap, back: &str, op: F) -> Response
where
    F: std::future::Future<Output = Result<T, E>>,
    ApiError: From<E>,
{
    let result = match staff::same_origin(headers) {
        Ok(()) => op.await.map(|_| ()).map_err(ApiError::from),
        Err(e) => Err(e.into()),
    };
    action_result(back, result)
}

/// A form post about the request named in the path (`/admin/requests/{reference}/…`) by a
/// signed-in staff member. Extracting it answers like [`SignedIn`] when nobody valid is signed
/// in; [`RequestForm::answer`] checks the origin, runs the operation and goes back to the
/// request's page (or says why it was not done).
pub struct RequestForm {
    /// The receiver.
    pub state: AppState,
    /// Who posted.
    pub actor: Actor,
    /// `actor` as the audit log names it.
    pub label: String,
    /// The request's reference.
    pub reference: String,
    headers: HeaderMap,
}

impl FromRequestParts<AppState> for RequestForm {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let SignedIn(actor) = SignedIn::from_request_parts(parts, state).await?;
        let Path(reference) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(RequestForm {
            state: state.clone(),
            label: actor.label(),
            actor,
            reference,
            headers: parts.headers.clone(),
        })
    }
}

impl RequestForm {
    /// The request's admin page, where the form goes back to.
    pub fn back(&self) -> String {
        format!("/admin/requests/{}", self.reference)
    }

    /// Runs `op` when the post is same-origin and answers with a redirect to the request's
    /// page, or a page saying why it was not done.
    pub async fn answer<F, T, E>(&self, op: F) -> Response
    where
        F: std::future::Future<Output = Result<T, E>>,
        ApiError: From<E>,
    {
        form_action(&self.headers, &self.back(), op).await
    }
}

/// `POST /admin/requests/{reference}/status`.
pub async fn form_status(f: RequestForm, Form(form): Form<StatusForm>) -> Response {
    f.answer(async {
        let to = Status::parse(&form.status).ok_or(ApiError::BadRequest(
            "invalid_parameter",
            "unknown status".into(),
        ))?;
        requests::transition(&f.state, &f.reference, to, form.reason.as_deref(), &f.label).await?;
        Ok::<_, ApiError>(())
    })
    .await
}

/// `POST /admin/requests/{reference}/extend`.
pub async fn form_extend(f: RequestForm, Form(form): Form<ExtendForm>) -> Response {
    f.answer(requests::extend(
        &f.state,
        &f.reference,
        form.months,
        &form.reason,
        &f.label,
    ))
    .await
}

/// The deletion form: the reason, and `confirm=yes` once confirmed.
#[derive(Deserialize)]
pub struct DeleteForm {
    /// Why (required).
    pub reason: Option<String>,
    /// `yes` on the confirmation page's button.
    pub confirm: Option<String>,
}

/// `POST /admin/requests/{reference}/delete`: first a page asking to confirm (with the
/// reason), then, with `confirm=yes`, the deletion.
pub async fn form_delete(f: RequestForm, Form(form): Form<DeleteForm>) -> Response {
    let (back, reference) = (f.back(), &f.reference);
    if let Err(e) = f.actor.require(Role::Admin) {
        return action_result(&back, Err(e.into()));
    }
    let reason = form.reason.clone().unwrap_or_default();
    if form.confirm.as_deref() != Some("yes") && !reason.trim().is_empty() {
        let action = format!("/admin/requests/{reference}/delete");
        let body = html! {
            h1 { "Delete request " (reference) "?" }
            p role="alert" {
                "This removes the request as submitted, the requester's email address, their links                  and any result file, for good. The reference, the dates and the audit history stay."
            }
            p { "Reason: " (reason) }
            form method="post" action=(action) {
                input type="hidden" name="reason" value=(reason);
                input type="hidden" name="confirm" value="yes";
                button.danger type="submit" { "Yes, delete " (reference) }
            }
            p { a href=(back) { "No, back to the request" } }
        };
        return html_response(StatusCode::OK, page(&format!("Delete {reference}?"), body));
    }
    f.answer(requests::delete(
        &f.state,
        reference,
        form.reason.as_deref(),
        &f.label,
    ))
    .await
}

/// `POST /admin/requests/{reference}/resend`.
pub async fn form_resend(f: RequestForm) -> Response {
    f.answer(requests::resend_verification(
        &f.state,
        &f.reference,
        &f.label,
    ))
    .await
}

/// `POST /admin/jobs/{id}/retry`: queues a failed mail again.
pub async fn form_retry_job(
    State(state): State<AppState>,
    headers: HeaderMap,
    SignedIn(actor): SignedIn,
    Path(id): Path<String>,
) -> Response {
    let op = async {
        actor.require(Role::Admin)?;
        state.store.requeue_job(&id, store::now()).await?;
        state.wake_jobs();
        Ok::<_, ApiError>(())
    };
    form_action(&headers, "/admin/", op).await
}

/// The type of an uploaded file: its declared type when accepted, else by its name's extension
/// (browsers differ on ZIP files).
fn upload_type(declared: Option<&str>, file_name: Option<&str>) -> Option<String> {
    if let Some(ct) = declared.filter(|c| results::extension_of(c).is_some()) {
        return Some(ct.to_string());
    }
    let ext = file_name?.rsplit_once('.')?.1.to_ascii_lowercase();
    results::TYPES
        .iter()
        .find(|(_, e)| *e == ext)
        .map(|(t, _)| t.to_string())
}

/// `POST /admin/requests/{reference}/result`: the upload form (multipart), streamed to disk.
pub async fn form_result(
    f: RequestForm,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let state = &f.state;
    let op = async {
        let mut multipart = multipart.map_err(|_| ApiError::UnsupportedMediaType)?;
        let bad = || ApiError::BadRequest("bad_body", "the upload could not be read".into());
        while let Some(mut field) = multipart.next_field().await.map_err(|_| bad())? {
            if field.name() != Some("file") {
                continue;
            }
            let Some(content_type) = upload_type(field.content_type(), field.file_name()) else {
                return Err(ApiError::UnsupportedMediaType);
            };
            let mut writer = Writer::create(
                &state.config.results_folder(),
                state.config.result_max_bytes,
            )
            .await
            .map_err(OpError::from)?;
            loop {
                match field.chunk().await {
                    Ok(Some(chunk)) => writer.push(&chunk).await.map_err(|e| match e {
                        UploadError::TooLarge(_) => ApiError::PayloadTooLarge,
                        other => OpError::from(other).into(),
                    })?,
                    Ok(None) => break,
                    Err(_) => {
                        writer.abort().await;
                        return Err(bad());
                    }
                }
            }
            let written = writer.finish().await.map_err(OpError::from)?;
            if written.size == 0 {
                let _ = tokio::fs::remove_file(&written.path).await;
                return Err(ApiError::BadRequest("empty", "the file is empty".into()));
            }
            requests::attach_result(
                state,
                &f.reference,
                Attachment::File(written, content_type),
                &f.label,
            )
            .await?;
            return Ok(());
        }
        Err(ApiError::BadRequest("no_file", "choose a file".into()))
    };
    f.answer(op).await
}

/// `POST /admin/requests/{reference}/result/none`: no data held.
pub async fn form_no_data(f: RequestForm) -> Response {
    f.answer(requests::attach_result(
        &f.state,
        &f.reference,
        Attachment::NoData,
        &f.label,
    ))
    .await
}

/// `POST /admin/requests/{reference}/result/link`: mails a new download link.
pub async fn form_result_link(f: RequestForm) -> Response {
    f.answer(requests::renew_result_link(
        &f.state,
        &f.reference,
        &f.label,
    ))
    .await
}

/// The preview's choice.
#[derive(Debug, Default, Deserialize)]
pub struct PreviewQuery {
    /// A language tag (default `en`).
    pub lang: Option<String>,
    /// The step (default `received`).
    pub step: Option<String>,
}

/// The steps the preview offers: (value, label).
const STEPS: [(&str, &str); 8] = [
    ("received", "Acknowledgement (with confirmation link)"),
    ("verified", "Verified"),
    ("extended", "Extended"),
    ("refused", "Refused"),
    ("completed", "Completed, with a result file"),
    ("completed-no-data", "Completed, no data held"),
    ("link", "New confirmation link"),
    ("result-link", "New download link"),
];

/// The configured systems as a completed request lists them (the first one without data).
fn sample_systems(state: &AppState) -> Vec<(String, String)> {
    state
        .config
        .systems
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                s.clone(),
                if i == 0 { "no_data" } else { "done" }.to_string(),
            )
        })
        .collect()
}

/// `GET /admin/preview`: any message to requesters in any language, as the mail would say it
/// (with the operator's replacements from `GLASSBOX_TEMPLATES_DIR`), for a sample request.
pub async fn preview(
    State(state): State<AppState>,
    SignedIn(actor): SignedIn,
    Query(q): Query<PreviewQuery>,
) -> Response {
    use crate::messages::{self, Context, Event, Links};
    let lang = messages::lang_of(q.lang.as_deref());
    let step = q.step.as_deref().unwrap_or("received");
    let now = store::now();
    let today = state.store.today();
    let due = glassbox_core::deadline::due_date(today);
    let extended = due.add_months(2);
    let sample = store::Record {
        reference: "GB-0000000".into(),
        id: "00000000-0000-4000-8000-000000000000".into(),
        status: Status::Received,
        kinds: vec!["access".into(), "erasure".into()],
        received_at: store::format_time(now),
        due_by: if step == "extended" { extended } else { due },
        original_due_by: due,
        extended_months: 0,
        extension_reason: None,
        refusal_reason: None,
        verified_at: None,
        closed_at: None,
        overdue: false,
        lang: Some(lang.tag().to_string()),
        email: None,
        payload: None,
        purged_at: None,
        assignee: None,
        deleted_at: None,
        deletion_reason: None,
    };
    let reason = "(the reasons you enter on the request's page)".to_string();
    let event = match step {
        "verified" => Event::Verified { due_by: Some(due) },
        "extended" => Event::Extended {
            due_by: Some(extended),
            reason,
        },
        "refused" => Event::Refused { reason },
        "completed" => Event::Completed {
            result: Some("file".into()),
            systems: sample_systems(&state),
        },
        "completed-no-data" => Event::Completed {
            result: Some("no_data".into()),
            systems: sample_systems(&state),
        },
        "link" => Event::LinkRenewed,
        "result-link" => Event::ResultLink,
        _ => Event::Received,
    };
    let ctx = Context {
        controller: &state.config.controller,
        authority: state.config.supervisory_authority.as_ref(),
        zone: state.store.zone(),
        overrides: &state.overrides,
    };
    let message = messages::compose(&event, &sample, &ctx);
    let example = |path: &str| format!("{}/{path}/<token>", state.base_url);
    let verify = example("v1/verify");
    let download = example("v1/results");
    let until = state
        .store
        .zone()
        .date_of(now + time::Duration::days(i64::from(state.config.result_ttl_days)))
        .to_string();
    let with_link = matches!(event, Event::Received | Event::LinkRenewed);
    let with_download = step == "completed" || step == "result-link";
    let links = Links {
        verify: with_link.then_some((verify.as_str(), state.config.verify_ttl_hours)),
        download: with_download.then_some((download.as_str(), until.as_str())),
        status_url: &example("v1/status"),
    };
    let subject = messages::mail_subject(
        &state.overrides,
        lang,
        &event,
        &message,
        &sample.reference,
        with_link,
    );
    let text = messages::mail_text(&state.overrides, lang, &message, &links);
    let body = html! {
        h1 { "Preview a message to requesters" }
        (nav(&actor))
        form.filters method="get" action="/admin/preview" {
            label for="p-lang" { "Language" }
            select id="p-lang" name="lang" {
                @for l in Lang::ALL {
                    option value=(l.tag()) selected[*l == lang] { (l.tag()) }
                }
            }
            label for="p-step" { "Message" }
            select id="p-step" name="step" {
                @for (v, label) in STEPS {
                    option value=(v) selected[v == step] { (label) }
                }
            }
            button type="submit" { "Show" }
        }
        p { "A sample request; replace any text per language with " code { "GLASSBOX_TEMPLATES_DIR/<lang>/receiver.ftl" } " (restart to apply)." }
        section.mail lang=(lang.tag()) {
            h2 { "Subject: " (subject) }
            pre { (text) }
        }
    };
    html_response(StatusCode::OK, page("Preview a message", body))
}

/// One mail of the demo mailbox, decoded for reading.
struct Shown {
    to: String,
    subject: String,
    date: String,
    body: String,
}

/// Decodes RFC 2047 encoded words (`=?utf-8?b?…?=`, as lettre writes non-ASCII subjects).
fn decode_words(value: &str) -> String {
    use base64::Engine;
    let mut out = String::new();
    // Whitespace between two encoded words is not part of the text; any other is.
    let mut previous_encoded = false;
    for word in value.split_whitespace() {
        let decoded = word
            .strip_prefix("=?utf-8?b?")
            .or_else(|| word.strip_prefix("=?UTF-8?B?"))
            .and_then(|w| w.strip_suffix("?="))
            .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
            .and_then(|bytes| String::from_utf8(bytes).ok());
        let encoded = decoded.is_some();
        let joined = encoded && previous_encoded;
        if !out.is_empty() && !joined {
            out.push(' ');
        }
        out.push_str(decoded.as_deref().unwrap_or(word));
        previous_encoded = encoded;
    }
    out
}

fn read_mail(raw: &str) -> Shown {
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((raw, ""));
    let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
    let header = |name: &str| {
        unfolded
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
            })
            .unwrap_or_default()
    };
    let qp = header("Content-Transfer-Encoding").eq_ignore_ascii_case("quoted-printable");
    let body = if qp {
        quoted_printable::decode(body.as_bytes(), quoted_printable::ParseMode::Robust)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .unwrap_or_else(|| body.to_string())
    } else {
        body.to_string()
    };
    Shown {
        to: header("To"),
        subject: decode_words(&header("Subject")),
        date: header("Date"),
        body: body.replace("\r\n", "\n"),
    }
}

/// `GET /admin/mailbox`: the mails written to `GLASSBOX_MAILBOX_DIR` (the demo has no SMTP
/// server), newest first.
pub async fn mailbox(State(state): State<AppState>, SignedIn(actor): SignedIn) -> Response {
    let Some(dir) = state.mailer.as_ref().and_then(|m| m.folder()) else {
        let body = html! {
            h1 { "Mailbox" }
            (nav(&actor))
            p { "No mailbox: mails go to the SMTP server (GLASSBOX_SMTP_URL), or are off. Set GLASSBOX_MAILBOX_DIR to keep them in a folder shown here." }
        };
        return html_response(StatusCode::OK, page("Mailbox", body));
    };
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files.reverse();
    let mails: Vec<Shown> = files
        .iter()
        .take(200)
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|raw| read_mail(&raw))
        .collect();
    let body = html! {
        h1 { "Mailbox" }
        (nav(&actor))
        p { (mails.len()) " mail(s), newest first, from " code { (dir.display()) } ". Mails to the team (GLASSBOX_TEAM_EMAIL) are marked." }
        @for m in &mails {
            @let to_team = state.config.team_email.as_deref().is_some_and(|t| m.to.contains(t));
            article.mail.team[to_team] {
                h2 { @if to_team { span.badge { "Team" } " " } @else { span.badge.requester { "Requester" } " " } (m.subject) }
                p { "To: " (m.to) " · " (m.date) }
                pre { (m.body) }
            }
        }
    };
    html_response(StatusCode::OK, page("Mailbox", body))
}

#[cfg(test)]
mod tests {
    use super::decode_words;

    #[test]
    fn encoded_subjects_read_as_written() {
        assert_eq!(
            decode_words("Bitte =?utf-8?b?YmVzdMOkdGlnZW4=?= Sie"),
            "Bitte bestätigen Sie"
        );
        assert_eq!(
            decode_words("=?utf-8?b?w6Q=?= =?utf-8?b?IGI=?="),
            "ä b",
            "space between encoded words is dropped"
        );
    }
}
