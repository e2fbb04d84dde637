//! The team's parts of the admin page: on a request's page the assignment, the internal notes,
//! the tasks per system and the webhook delivery log; the dashboard (`/admin/dashboard`), the
//! tasks of every system (`/admin/tasks`) and all webhook deliveries (`/admin/webhooks`). Forms
//! call the same operations in `crate::requests` as the API.

use super::admin::{form_action, nav, page, RequestForm, SignedIn};
use super::html_response;
use crate::error::ApiError;
use crate::requests::{self, AdminView};
use crate::store::{self, Delivery, Task};
use crate::AppState;
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{html, Markup};
use serde::Deserialize;

fn task_status(t: &Task, now: &str) -> String {
    match (t.status.as_str(), t.lease_until.as_deref()) {
        ("open", Some(u)) if u > now => {
            format!("claimed by a worker until {}", &u[..16.min(u.len())])
        }
        ("open", _) => "open".into(),
        ("no_data", _) => "no data held".into(),
        (s, _) => s.to_string(),
    }
}

/// The tasks table; with `reference`, a column links each task's request.
pub fn tasks_table(tasks: &[Task], with_reference: bool) -> Markup {
    let now = store::format_time(store::now());
    html! {
        table.tasks {
            thead { tr {
                @if with_reference { th scope="col" { "Request" } th scope="col" { "Rights" } th scope="col" { "Due by" } }
                th scope="col" { "System" }
                th scope="col" { "Status" }
                th scope="col" { "Note" }
                th scope="col" { "Action" }
            } }
            tbody {
                @for t in tasks {
                    tr class=(if t.status == "failed" { "overdue" } else { "" }) {
                        @if with_reference {
                            td { a href=(format!("/admin/requests/{}", t.reference)) { (t.reference) } }
                            td { (t.kinds.join(", ")) }
                            td { (t.due_by) }
                        }
                        td { (t.system) }
                        td { (task_status(t, &now)) }
                        td { (t.note.as_deref().unwrap_or("")) }
                        td {
                            @if t.status == "open" && t.lease_until.as_deref().is_none_or(|u| u <= now.as_str()) {
                                form.task method="post" action=(format!("/admin/tasks/{}/complete", t.id)) {
                                    label for=(format!("o-{}", t.id)) { "Outcome" }
                                    select id=(format!("o-{}", t.id)) name="outcome" {
                                        option value="done" { "Done" }
                                        option value="no_data" { "No data held" }
                                        option value="failed" { "Failed" }
                                    }
                                    label for=(format!("n-{}", t.id)) { "Note (internal)" }
                                    input id=(format!("n-{}", t.id)) name="note" maxlength="5000";
                                    input type="hidden" name="back" value=(if with_reference { "/admin/tasks".to_string() } else { format!("/admin/requests/{}", t.reference) });
                                    button type="submit" { "Record" }
                                }
                            }
                            @if t.status == "failed" {
                                form method="post" action=(format!("/admin/tasks/{}/retry", t.id)) {
                                    input type="hidden" name="back" value=(if with_reference { "/admin/tasks".to_string() } else { format!("/admin/requests/{}", t.reference) });
                                    button type="submit" { "Retry" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The webhook delivery log.
pub fn deliveries_table(list: &[Delivery], with_reference: bool, back: &str) -> Markup {
    html! {
        table.webhooks {
            thead { tr {
                @if with_reference { th scope="col" { "Request" } }
                th scope="col" { "Event" }
                th scope="col" { "webhook-id" }
                th scope="col" { "State" }
                th scope="col" { "Attempts (UTC time, answer, ms)" }
                th scope="col" { "Action" }
            } }
            tbody {
                @for d in list {
                    tr class=(if d.state == "failed" { "overdue" } else { "" }) {
                        @if with_reference {
                            td { @if let Some(r) = &d.reference { a href=(format!("/admin/requests/{r}")) { (r) } } }
                        }
                        td { (d.event_type) }
                        td { code { (d.webhook_id) } }
                        td { (d.state) }
                        td {
                            @if d.attempts.is_empty() { "none yet" }
                            ol {
                                @for a in &d.attempts {
                                    li {
                                        (a.at.get(11..19).unwrap_or(&a.at)) " — "
                                        @if let Some(c) = a.status_code { (c) } @else { "no answer" }
                                        @if let Some(e) = &a.error { " (" (e) ")" }
                                        " — " (a.duration_ms) " ms"
                                    }
                                }
                            }
                        }
                        td {
                            @if d.state != "queued" {
                                form method="post" action=(format!("/admin/webhooks/{}/redeliver", d.id)) {
                                    input type="hidden" name="back" value=(back);
                                    button type="submit" { "Deliver again" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The team's sections of a request's page.
pub fn request_sections(state: &AppState, view: &AdminView, staff: &[String]) -> Markup {
    let r = &view.request;
    let base = format!("/admin/requests/{}", r.reference);
    let current = r.assignee.as_deref().unwrap_or("");
    html! {
        h2 { "Assignment" }
        form.assign method="post" action=(format!("{base}/assign")) {
            label for="assignee" { "Assigned to" }
            select id="assignee" name="assignee" {
                option value="" selected[current.is_empty()] { "Nobody" }
                @for email in staff {
                    option value=(email) selected[email == current] { (email) }
                }
                @if !current.is_empty() && !staff.iter().any(|e| e == current) {
                    option value=(current) selected { (current) " (account disabled)" }
                }
            }
            button type="submit" { "Assign" }
        }
        h2 { "Tasks per system" }
        @if view.tasks.is_empty() {
            p {
                @if state.config.systems.is_empty() { "No systems configured (GLASSBOX_SYSTEMS)." }
                @else { "Tasks are created when the request is verified: one for each of " (state.config.systems.join(", ")) "." }
            }
        } @else {
            (tasks_table(&view.tasks, false))
        }
        h2 { "Internal notes" }
        p.hint { "Only the team sees these notes; they are never sent or shown to the requester." }
        @if view.notes.is_empty() { p { "None yet." } }
        @for n in &view.notes {
            article.note {
                p.meta { (n.author) ", " (n.at.get(..16).unwrap_or(&n.at)) " UTC" }
                p { (n.body) }
            }
        }
        form method="post" action=(format!("{base}/notes")) {
            label for="note" { "Add a note" }
            textarea id="note" name="body" required maxlength="5000" {}
            button type="submit" { "Add note" }
        }
        h2 { "Webhooks" }
        @if state.webhooks.is_none() && view.webhooks.is_empty() {
            p { "Webhooks are off (GLASSBOX_WEBHOOK_URL)." }
        } @else if view.webhooks.is_empty() {
            p { "None yet." }
        } @else {
            (deliveries_table(&view.webhooks, false, &base))
        }
    }
}

/// The assignment form.
#[derive(Deserialize)]
pub struct AssignForm {
    /// An email, or empty for nobody.
    pub assignee: String,
}

/// `POST /admin/requests/{reference}/assign`.
pub async fn form_assign(f: RequestForm, Form(form): Form<AssignForm>) -> Response {
    f.answer(requests::assign(
        &f.state,
        &f.reference,
        Some(form.assignee.as_str()),
        &f.label,
    ))
    .await
}

/// The note form.
#[derive(Deserialize)]
pub struct NoteForm {
    /// The text.
    pub body: String,
}

/// `POST /admin/requests/{reference}/notes`.
pub async fn form_note(f: RequestForm, Form(form): Form<NoteForm>) -> Response {
    f.answer(requests::add_note(
        &f.state,
        &f.reference,
        &form.body,
        &f.label,
    ))
    .await
}

/// A task recorded by hand.
#[derive(Deserialize)]
pub struct TaskForm {
    /// `done`, `no_data` or `failed`.
    pub outcome: Option<String>,
    /// Internal note.
    pub note: Option<String>,
    /// Where to go afterwards (a path of the admin page).
    pub back: Option<String>,
}

fn back_to(b: Option<&str>) -> String {
    // Only paths of the admin page: never an open redirect.
    match b {
        Some(p) if p.starts_with("/admin/") && !p.contains("//") && !p.contains('\\') => {
            p.to_string()
        }
        _ => "/admin/tasks".to_string(),
    }
}

/// `POST /admin/tasks/{id}/complete`: a task done by hand.
pub async fn form_complete_task(
    State(state): State<AppState>,
    headers: HeaderMap,
    SignedIn(actor): SignedIn,
    Path(id): Path<String>,
    Form(form): Form<TaskForm>,
) -> Response {
    let back = back_to(form.back.as_deref());
    let outcome = form.outcome.as_deref().unwrap_or("");
    form_action(
        &headers,
        &back,
        requests::complete_task(
            &state,
            &id,
            outcome,
            form.note.as_deref(),
            None,
            true,
            &actor.label(),
        ),
    )
    .await
}

/// `POST /admin/tasks/{id}/retry`.
pub async fn form_retry_task(
    State(state): State<AppState>,
    headers: HeaderMap,
    SignedIn(actor): SignedIn,
    Path(id): Path<String>,
    Form(form): Form<TaskForm>,
) -> Response {
    let back = back_to(form.back.as_deref());
    form_action(
        &headers,
        &back,
        requests::retry_task(&state, &id, &actor.label()),
    )
    .await
}

/// `POST /admin/webhooks/{id}/redeliver`.
pub async fn form_redeliver(
    State(state): State<AppState>,
    headers: HeaderMap,
    _: SignedIn,
    Path(id): Path<String>,
    Form(form): Form<TaskForm>,
) -> Response {
    let back = match form.back.as_deref() {
        Some(b) => back_to(Some(b)),
        None => "/admin/webhooks".into(),
    };
    let op = async {
        state.store.redeliver(&id, store::now()).await?;
        state.wake_jobs();
        Ok::<_, ApiError>(())
    };
    form_action(&headers, &back, op).await
}

/// Filters of the tasks page.
#[derive(Debug, Default, Deserialize)]
pub struct TasksPageQuery {
    /// A system (all when empty).
    pub system: Option<String>,
    /// `open` (default), `claimed`, `failed`, `done`, `no_data`.
    pub status: Option<String>,
}

/// `GET /admin/tasks`: the tasks of every system.
pub async fn tasks_page(
    State(state): State<AppState>,
    SignedIn(actor): SignedIn,
    Query(q): Query<TasksPageQuery>,
) -> Response {
    let tasks =
        match requests::tasks(&state, q.system.as_deref(), q.status.as_deref(), Some(500)).await {
            Ok(t) => t,
            Err(e) => return ApiError::from(e).into_response(),
        };
    let status = q.status.as_deref().unwrap_or("open");
    let body = html! {
        h1 { "Tasks" }
        (nav(&actor))
        form.filters method="get" action="/admin/tasks" {
            label for="t-system" { "System" }
            select id="t-system" name="system" {
                option value="" { "All" }
                @for s in &state.config.systems {
                    option value=(s) selected[q.system.as_deref() == Some(s.as_str())] { (s) }
                }
            }
            label for="t-status" { "Show" }
            select id="t-status" name="status" {
                @for (v, label) in [("open", "Open (ready)"), ("claimed", "Claimed by a worker"), ("failed", "Failed"), ("done", "Done"), ("no_data", "No data held"), ("cancelled", "Cancelled (refused)")] {
                    option value=(v) selected[status == v] { (label) }
                }
            }
            button type="submit" { "Filter" }
        }
        @if state.config.systems.is_empty() {
            p { "No systems configured: set GLASSBOX_SYSTEMS (for example crm,billing,newsletter)." }
        }
        p { (tasks.len()) " task(s), oldest first. Workers use " code { "GET /v1/admin/tasks?system=…&status=open" } ", then claim and complete each task." }
        (tasks_table(&tasks, true))
    };
    html_response(StatusCode::OK, page("Tasks", body))
}

/// `GET /admin/webhooks`: every delivery with its attempts.
pub async fn webhooks_page(State(state): State<AppState>, SignedIn(actor): SignedIn) -> Response {
    let list = match state.store.deliveries(None, 200).await {
        Ok(l) => l,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let body = html! {
        h1 { "Webhook deliveries" }
        (nav(&actor))
        p {
            @match &state.webhooks {
                Some(h) => { "Signed deliveries to " code { (h.url()) } " (Standard Webhooks), newest first. Each keeps its webhook-id across retries." }
                None => { "Webhooks are off: set GLASSBOX_WEBHOOK_URL and GLASSBOX_WEBHOOK_SECRET." }
            }
        }
        @if state.config.demo_webhooks {
            p { "The demo's consumer shows what it received: " a href="/admin/webhooks-demo" { "/admin/webhooks-demo" } "." }
        }
        (deliveries_table(&list, true, "/admin/webhooks"))
    };
    html_response(StatusCode::OK, page("Webhooks", body))
}

fn pct(x: Option<f64>) -> String {
    x.map(|v| format!("{:.0} %", v * 100.0))
        .unwrap_or_else(|| "–".into())
}

/// `GET /admin/dashboard`: the metrics.
pub async fn dashboard(State(state): State<AppState>, SignedIn(actor): SignedIn) -> Response {
    let m = match requests::metrics(&state).await {
        Ok(m) => m,
        Err(e) => return ApiError::from(e).into_response(),
    };
    let kinds: Vec<String> = {
        let mut k: Vec<String> = m
            .months
            .iter()
            .flat_map(|x| x.received.keys().chain(x.closed.keys()).cloned())
            .collect();
        k.sort();
        k.dedup();
        k
    };
    let body = html! {
        h1 { "Dashboard" }
        (nav(&actor))
        ul.tiles {
            li { a href="/admin/?status=received,verified,in_progress" { span.n { (m.open) } " open" } }
            li { a href=(format!("/admin/?status=received,verified,in_progress&due_to={}", glassbox_core::deadline::Date::from_days_since_epoch(state.store.today().days_since_epoch() + 7).map(|d| d.to_string()).unwrap_or_default())) { span.n { (m.due_within_7_days) } " due within 7 days" } }
            li.overdue { a href="/admin/?overdue=true" { span.n { (m.overdue) } " overdue" } }
        }
        h2 { "By month (" (state.store.zone().name()) ")" }
        table.metrics {
            thead {
                tr {
                    th scope="col" { "Month" }
                    th scope="col" { "Received" }
                    th scope="col" { "Closed" }
                    @for k in &kinds { th scope="col" { "Received / closed: " (k) } }
                    th scope="col" { "Median days to close" }
                    th scope="col" { "Answered in time" }
                }
            }
            tbody {
                @for mo in &m.months {
                    tr {
                        th scope="row" { (mo.month) }
                        td { (mo.received_total) }
                        td { (mo.closed_total) }
                        @for k in &kinds {
                            td { (mo.received.get(k).copied().unwrap_or(0)) " / " (mo.closed.get(k).copied().unwrap_or(0)) }
                        }
                        td { @if let Some(d) = mo.median_days_to_close { (format!("{d:.1}")) } @else { "–" } }
                        td { (pct(mo.answered_in_time)) }
                    }
                }
            }
        }
        p { "Also as JSON: " a href="/v1/admin/metrics" { "/v1/admin/metrics" } "." }
    };
    html_response(StatusCode::OK, page("Dashboard", body))
}

/// `GET /admin/webhooks-demo`: what the demo's consumer received (`GLASSBOX_DEMO_WEBHOOKS`).
pub async fn webhooks_demo(State(state): State<AppState>, SignedIn(actor): SignedIn) -> Response {
    let list: Vec<crate::webhooks::DemoDelivery> = state
        .demo_hooks
        .lock()
        .map(|l| l.iter().rev().cloned().collect())
        .unwrap_or_default();
    let body = html! {
        h1 { "Demo webhook consumer" }
        (nav(&actor))
        @if !state.config.demo_webhooks {
            p { "Off: set GLASSBOX_DEMO_WEBHOOKS=true and GLASSBOX_WEBHOOK_URL to this receiver's /demo/webhook (make demo does)." }
        } @else {
            p { (list.len()) " signed delivery(ies) received at " code { "/demo/webhook" } ", newest first; each signature was checked before it was kept." }
        }
        @for d in &list {
            article.mail {
                h2 { (d.id) }
                p { "Received " (d.at) " · webhook-timestamp " (d.timestamp) }
                pre { (d.body) }
            }
        }
    };
    html_response(StatusCode::OK, page("Demo webhook consumer", body))
}

#[cfg(test)]
mod tests {
    use super::back_to;

    #[test]
    fn forms_only_go_back_to_admin_pages() {
        assert_eq!(
            back_to(Some("/admin/requests/GB-0000001")),
            "/admin/requests/GB-0000001"
        );
        for evil in [
            "https://evil.example/",
            "//evil.example/admin/",
            "/admin//evil",
            "/admin/\\evil",
            "/v1/x",
        ] {
            assert_eq!(back_to(Some(evil)), "/admin/tasks", "{evil}");
        }
        assert_eq!(back_to(None), "/admin/tasks");
    }
}
