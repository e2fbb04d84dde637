//! The privacy team's mails (`GLASSBOX_TEAM_EMAIL`) and the daily schedule.
//!
//! A mail for each verified request (a job enqueued with the verification) and a daily digest at
//! `GLASSBOX_DIGEST_AT` of the requests due within 7 days and overdue. Team mails carry
//! references, kinds, dates and admin links only, never the requester's address, name or text.
//! They are in English: they go to the operator, like the admin page.
//!
//! The schedule: every receiver looks each minute whether the day's digest (and the day's
//! `deadline.approaching` sweep, and the recount of the open requests behind the metrics) is due; each is a job with a unique key per day in the
//! database, so it exists once whatever the number of receivers, and runs once under a lease.

use crate::jobs::JobError;
use crate::store::{self, Job};
use crate::AppState;
use glassbox_core::deadline::Date;
use std::time::Duration;

/// How often the schedule is looked at.
const TICK: Duration = Duration::from_secs(30);
/// The most requests listed in one digest section.
const DIGEST_LIST: i64 = 200;

fn admin_link(state: &AppState, reference: &str) -> String {
    format!("{}/admin/requests/{reference}", state.base_url)
}

/// Enqueues what is due today and not enqueued yet (by any receiver): the digest and the
/// deadline sweep, once the local time reaches `GLASSBOX_DIGEST_AT`. Returns the jobs enqueued.
pub async fn schedule(state: &AppState) -> Result<usize, store::StoreError> {
    let now = store::now();
    let (today, h, m) = state.store.zone().local(now);
    if (h, m) < state.config.digest_at {
        return Ok(0);
    }
    let mut n = 0;
    let payload = serde_json::json!({"date": today.to_string()});
    n += usize::from(
        state
            .store
            .enqueue_once(
                "metrics_reconcile",
                &payload,
                &format!("metrics:{today}"),
                now,
            )
            .await?,
    );
    if state.store.team().team_mail {
        let payload = serde_json::json!({"date": today.to_string()});
        n += usize::from(
            state
                .store
                .enqueue_once("digest", &payload, &format!("digest:{today}"), now)
                .await?,
        );
    }
    if state.webhooks.is_some() {
        let payload = serde_json::json!({"date": today.to_string()});
        n += usize::from(
            state
                .store
                .enqueue_once(
                    "deadline_sweep",
                    &payload,
                    &format!("deadlines:{today}"),
                    now,
                )
                .await?,
        );
    }
    if n > 0 {
        state.wake_jobs();
    }
    Ok(n)
}

/// Starts the schedule of this process.
pub fn spawn_schedule(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(e) = schedule(&state).await {
                tracing::warn!(error = %e, "daily schedule failed; trying again");
            }
            tokio::time::sleep(TICK).await;
        }
    })
}

async fn send(state: &AppState, job: &Job, subject: &str, text: String) -> Result<(), JobError> {
    let Some(mailer) = state.mailer.as_ref() else {
        return Err(JobError::Retry(
            "mails are off (no GLASSBOX_SMTP_URL)".into(),
        ));
    };
    let Some(to) = state.config.team_email.as_deref() else {
        return Err(JobError::Permanent("no GLASSBOX_TEAM_EMAIL".into()));
    };
    let message_id = format!("<{}.team@{}>", job.id, mailer.domain());
    mailer
        .send(to, subject, text, &message_id)
        .await
        .map_err(|e| match e {
            crate::mail::MailError::Address(_) => JobError::Permanent(e.to_string()),
            other => JobError::Retry(other.to_string()),
        })
}

/// The team's mail about a verified request.
pub fn verified_mail(
    state: &AppState,
    r: &store::Record,
    tasks: &[store::Task],
) -> (String, String) {
    let kinds = r.kinds.join(", ");
    let subject = format!(
        "[Glassbox] {} verified: {kinds}, due {}",
        r.reference, r.due_by
    );
    let mut text = format!(
        "Request {} ({kinds}) was verified and is due by {}.\n",
        r.reference, r.due_by
    );
    if !tasks.is_empty() {
        let systems: Vec<&str> = tasks.iter().map(|t| t.system.as_str()).collect();
        text.push_str(&format!("Tasks: {}.\n", systems.join(", ")));
    }
    text.push_str(&format!("\nOpen it: {}\n", admin_link(state, &r.reference)));
    (subject, text)
}

/// Sends the team's mail about a verified request.
pub async fn send_verified(state: &AppState, job: &Job) -> Result<serde_json::Value, JobError> {
    let id = job.payload["request_id"]
        .as_str()
        .ok_or_else(|| JobError::Permanent("payload without request_id".into()))?;
    let r = state.store.get_by_id(id).await?;
    let tasks = state.store.tasks_of(id).await?;
    let (subject, text) = verified_mail(state, &r, &tasks);
    send(state, job, &subject, text).await?;
    tracing::info!(reference = %r.reference, "team mail sent");
    Ok(job.payload.clone())
}

/// The digest of `today`: requests overdue, and due within 7 days.
pub async fn digest_mail(state: &AppState, today: Date) -> Result<(String, String), JobError> {
    let week = Date::from_days_since_epoch(today.days_since_epoch() + 7).unwrap_or(today);
    let yesterday = Date::from_days_since_epoch(today.days_since_epoch() - 1).unwrap_or(today);
    let (overdue, n_overdue) = state
        .store
        .due_between(None, yesterday, DIGEST_LIST)
        .await?;
    let (soon, n_soon) = state
        .store
        .due_between(Some(today), week, DIGEST_LIST)
        .await?;
    let subject =
        format!("[Glassbox] Digest {today}: {n_overdue} overdue, {n_soon} due within 7 days");
    let mut text = format!(
        "Requests on {today} ({}): {n_overdue} overdue, {n_soon} due within 7 days.\n",
        state.store.zone().name(),
    );
    for (title, list, all) in [
        ("Overdue", &overdue, n_overdue),
        ("Due within 7 days", &soon, n_soon),
    ] {
        text.push_str(&format!("\n{title}:\n"));
        if list.is_empty() {
            text.push_str("  none\n");
        }
        for i in list.iter() {
            let days = today.days_until(i.due_by);
            let when = if days < 0 {
                format!("{} day(s) overdue", -days)
            } else {
                format!("{days} day(s) left")
            };
            text.push_str(&format!(
                "  {}  {}  due {} ({when}), {}\n  {}\n",
                i.reference,
                i.kinds.join(", "),
                i.due_by,
                i.status,
                admin_link(state, &i.reference)
            ));
        }
        if all > list.len() as i64 {
            text.push_str(&format!(
                "  … and {} more: {}/admin/\n",
                all - list.len() as i64,
                state.base_url
            ));
        }
    }
    Ok((subject, text))
}

/// Sends the day's digest.
pub async fn send_digest(state: &AppState, job: &Job) -> Result<serde_json::Value, JobError> {
    let today: Date = job.payload["date"]
        .as_str()
        .and_then(|d| d.parse().ok())
        .ok_or_else(|| JobError::Permanent("payload without date".into()))?;
    let (subject, text) = digest_mail(state, today).await?;
    send(state, job, &subject, text).await?;
    tracing::info!(%today, "digest sent");
    Ok(job.payload.clone())
}

/// Recomputes the open requests per due date from the rows (the day's reconciliation).
pub async fn reconcile_metrics(state: &AppState, job: &Job) -> Result<serde_json::Value, JobError> {
    state.store.reconcile_open().await?;
    Ok(job.payload.clone())
}

/// Enqueues the day's `deadline.approaching` webhooks (once per request and due date).
pub async fn sweep_deadlines(state: &AppState, job: &Job) -> Result<serde_json::Value, JobError> {
    let today: Date = job.payload["date"]
        .as_str()
        .and_then(|d| d.parse().ok())
        .ok_or_else(|| JobError::Permanent("payload without date".into()))?;
    let week = Date::from_days_since_epoch(today.days_since_epoch() + 7).unwrap_or(today);
    let n = state
        .store
        .warn_deadlines(today, week, store::now())
        .await?;
    if n > 0 {
        tracing::info!(warnings = n, "deadline.approaching webhooks enqueued");
        state.wake_jobs();
    }
    let mut kept = job.payload.clone();
    kept["enqueued"] = n.into();
    Ok(kept)
}
