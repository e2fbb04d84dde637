//! Durable background work, run by a worker in every receiver process: the requester's mails,
//! webhooks (`webhooks`), the team's mails and daily digest and the deadline sweep (`team`).
//!
//! Jobs are enqueued in the transaction of the change they follow from (see `store::jobs`), so
//! no change is committed without its mail. The worker claims due jobs with a lease
//! (`GLASSBOX_JOB_LEASE_SECS`), runs them a few at a time, and marks each done as soon as the
//! SMTP server accepted it. A failed attempt is retried with exponential backoff
//! (`GLASSBOX_MAIL_RETRY_SECS`, doubling, at most 6 hours) until `GLASSBOX_MAIL_ATTEMPTS`; then
//! the job is `failed` and shown on the admin page, where it can be queued again.
//!
//! Delivery is at least once with one `Message-ID` per job: a receiver killed between the SMTP
//! server's acceptance and the database update (a window of one small write) sends that mail
//! again after the lease, under the same `Message-ID`, which mail systems treat as the same
//! message. No other path sends a mail twice.

use crate::messages::{self, Context, Event, Links};
use crate::store::{self, Job, StoreError};
use crate::AppState;
use std::time::Duration;
use tokio::task::JoinSet;

/// How many jobs one worker claims at once.
const BATCH: i64 = 32;
/// How many mails one worker sends at the same time.
const PARALLEL: usize = 8;
/// How often an idle worker looks for due jobs (retries, or jobs enqueued by another receiver).
const POLL: Duration = Duration::from_secs(1);
/// The recurring job deleting requests never verified (`GLASSBOX_UNVERIFIED_DAYS`) and old
/// mail counts; it runs every [`PURGE_EVERY`], on one receiver at a time.
pub const PURGE_JOB: &str = "purge";
/// How often the purge runs.
pub const PURGE_EVERY: Duration = Duration::from_secs(3600);
/// Longest wait between two attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(6 * 3600);

/// Why one attempt failed.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    /// Worth trying again later (server down, timeout, temporary rejection).
    #[error("{0}")]
    Retry(String),
    /// Trying again cannot help (bad address, unknown kind, request gone).
    #[error("{0}")]
    Permanent(String),
}

impl From<StoreError> for JobError {
    fn from(e: StoreError) -> JobError {
        match e {
            StoreError::NotFound => JobError::Permanent("the request no longer exists".into()),
            other => JobError::Retry(other.to_string()),
        }
    }
}

/// The wait before attempt `attempts + 1`: `first`, doubling, at most 6 hours.
pub fn backoff(first: Duration, attempts: i64) -> Duration {
    let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 30)).unwrap_or(30);
    first
        .checked_mul(1u32 << doublings)
        .unwrap_or(MAX_BACKOFF)
        .min(MAX_BACKOFF)
}

/// Starts the worker of this process; it runs until the runtime stops.
pub fn spawn(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            let ran = run_due(&state).await;
            if ran == 0 {
                tokio::select! {
                    _ = state.jobs_wake.notified() => {}
                    _ = tokio::time::sleep(POLL) => {}
                }
            }
        }
    })
}

/// Claims and runs the jobs due now; returns how many ran.
pub async fn run_due(state: &AppState) -> usize {
    let lease = Duration::from_secs(state.config.job_lease_secs);
    let jobs = match state.store.claim_jobs(store::now(), lease, BATCH).await {
        Ok(j) => j,
        Err(e) => {
            tracing::warn!(error = %e, "claiming jobs failed");
            return 0;
        }
    };
    let n = jobs.len();
    // A request's jobs run one after the other, in the order of its changes (the person reads
    // "received" before "completed"); different requests' jobs run side by side.
    let mut groups: Vec<Vec<Job>> = Vec::new();
    for job in jobs {
        let same = groups.iter_mut().find(|g| {
            job.request_id.is_some() && g.first().is_some_and(|f| f.request_id == job.request_id)
        });
        match same {
            Some(g) => g.push(job),
            None => groups.push(vec![job]),
        }
    }
    let mut running = JoinSet::new();
    for group in groups {
        while running.len() >= PARALLEL {
            running.join_next().await;
        }
        let state = state.clone();
        running.spawn(async move {
            for job in group {
                run_one(&state, job).await;
            }
        });
    }
    while running.join_next().await.is_some() {}
    n
}

async fn run_one(state: &AppState, job: Job) {
    let result = match job.kind.as_str() {
        "mail" => send_mail(state, &job).await,
        "webhook" => crate::webhooks::deliver(state, &job).await,
        "team_mail" => crate::team::send_verified(state, &job).await,
        "digest" => crate::team::send_digest(state, &job).await,
        "deadline_sweep" => crate::team::sweep_deadlines(state, &job).await,
        "metrics_reconcile" => crate::team::reconcile_metrics(state, &job).await,
        PURGE_JOB => {
            let now = store::now();
            let outcome = match purge(state, now).await {
                Ok(n) => {
                    if n > 0 {
                        tracing::info!(deleted = n, "requests never verified deleted");
                    }
                    Ok(())
                }
                Err(e) => {
                    tracing::warn!(error = %e, "purge of unverified requests failed");
                    Err(e)
                }
            };
            // Recurring: runs again in an hour either way.
            let wait = if outcome.is_ok() {
                PURGE_EVERY
            } else {
                Duration::from_secs(state.config.mail_retry_secs.max(1))
            };
            if let Err(e) = state.store.reschedule_job(&job.id, now + wait).await {
                tracing::warn!(job = %job.id, error = %e, "could not reschedule the purge");
            }
            return;
        }
        other => Err(JobError::Permanent(format!("unknown job kind {other:?}"))),
    };
    let now = store::now();
    let (attempts, first_retry) = if job.kind == "webhook" {
        (
            state.config.webhook_attempts,
            state.config.webhook_retry_secs,
        )
    } else {
        (state.config.mail_attempts, state.config.mail_retry_secs)
    };
    let outcome = match result {
        Ok(payload) => state.store.finish_job(&job.id, now, &payload).await,
        Err(e) => {
            let last = job.attempts >= i64::from(attempts);
            if last || matches!(e, JobError::Permanent(_)) {
                tracing::error!(job = %job.id, kind = %job.kind, attempts = job.attempts, error = %e,
                    "job failed for good; shown on the admin page");
                state.store.fail_job(&job.id, &e.to_string(), now).await
            } else {
                let wait = backoff(Duration::from_secs(first_retry), job.attempts);
                tracing::warn!(job = %job.id, kind = %job.kind, attempts = job.attempts, error = %e,
                    retry_in_s = wait.as_secs(), "job failed, will retry");
                state
                    .store
                    .retry_job(&job.id, &e.to_string(), now + wait)
                    .await
            }
        }
    };
    match outcome {
        // After the database has it (tests await this line instead of polling the table).
        Ok(()) => tracing::debug!(job = %job.id, "job outcome recorded"),
        // The lease runs out and the job is claimed again.
        Err(e) => tracing::warn!(job = %job.id, error = %e, "could not record a job's outcome"),
    }
}

/// Sends the requester's mail about one audit entry; returns the payload to keep (without the
/// link's token).
async fn send_mail(state: &AppState, job: &Job) -> Result<serde_json::Value, JobError> {
    let Some(mailer) = state.mailer.as_ref() else {
        return Err(JobError::Retry(
            "mails are off (no GLASSBOX_SMTP_URL)".into(),
        ));
    };
    let p = &job.payload;
    let request_id = p["request_id"]
        .as_str()
        .ok_or_else(|| JobError::Permanent("payload without request_id".into()))?;
    let seq = p["seq"]
        .as_i64()
        .ok_or_else(|| JobError::Permanent("payload without seq".into()))?;
    let mut kept = p.clone();
    if let Some(m) = kept.as_object_mut() {
        m.remove("verify_token");
        m.remove("result_token");
    }
    let record = state.store.get_by_id(request_id).await?;
    let Some(email) = record.email.clone() else {
        // Personal data deleted under the retention rule: nobody to write to.
        return Ok(kept);
    };
    let entry = state
        .store
        .history(request_id)
        .await?
        .into_iter()
        .find(|e| e.seq == seq)
        .ok_or_else(|| JobError::Permanent(format!("no audit entry {seq}")))?;
    let event = Event::from_audit(&entry)
        .filter(Event::is_mailed)
        .ok_or_else(|| JobError::Permanent(format!("nothing to mail for {}", entry.action)))?;
    let lang = messages::lang_of(record.lang.as_deref());
    let ctx = Context {
        controller: &state.config.controller,
        authority: state.config.supervisory_authority.as_ref(),
        zone: state.store.zone(),
        overrides: &state.overrides,
    };
    let message = messages::compose(&event, &record, &ctx);
    let verify_url = p["verify_token"]
        .as_str()
        .map(|t| format!("{}/v1/verify/{t}?lang={}", state.base_url, lang.tag()));
    let status_url = state.status_url_of(&record.id)?;
    let download_url = p["result_token"]
        .as_str()
        .map(|t| format!("{}/v1/results/{t}", state.base_url));
    let until = p["result_expires_at"]
        .as_str()
        .and_then(store::parse_time)
        .map(|at| state.store.zone().date_of(at).to_string())
        .unwrap_or_default();
    let links = Links {
        download: download_url.as_deref().map(|u| (u, until.as_str())),
        verify: verify_url
            .as_deref()
            .map(|u| (u, state.config.verify_ttl_hours)),
        status_url: &status_url,
    };
    let text = messages::mail_text(&state.overrides, lang, &message, &links);
    let subject = messages::mail_subject(
        &state.overrides,
        lang,
        &event,
        &message,
        &record.reference,
        verify_url.is_some(),
    );
    let message_id = format!("<{}.{}@{}>", job.id, record.reference, mailer.domain());
    mailer
        .send(&email, &subject, text, &message_id)
        .await
        .map_err(|e| match e {
            crate::mail::MailError::Address(_) => JobError::Permanent(e.to_string()),
            other => JobError::Retry(other.to_string()),
        })?;
    tracing::info!(reference = %record.reference, action = %entry.action, job = %job.id, "mail sent");
    Ok(kept)
}

/// Deletes the requests never verified received more than `GLASSBOX_UNVERIFIED_DAYS` before
/// `now` (audited, with their result files) and the mail counts older than a day; returns how
/// many requests were deleted. What the recurring [`PURGE_JOB`] runs; `now` is a parameter so
/// that tests can run it "later".
pub async fn purge(state: &AppState, now: time::OffsetDateTime) -> Result<usize, StoreError> {
    state.store.forget_old_mail_counts(now).await?;
    let days = state.config.unverified_days;
    if days == 0 {
        return Ok(0);
    }
    let cutoff = now - time::Duration::days(i64::from(days));
    let (refs, gone) = state.store.purge_unverified(cutoff, days, now).await?;
    let dir = state.config.results_folder();
    for f in &gone.files {
        if let Err(e) = crate::results::delete(&dir, f).await {
            tracing::warn!(error = %e, "result file of a deleted request not deleted");
        }
    }
    for r in &refs {
        tracing::info!(reference = %r, days, "request never verified deleted");
    }
    Ok(refs.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn webhooks_are_retried_for_more_than_a_day_by_default() {
        use clap::Parser;
        let cli = crate::config::Cli::parse_from(["glassbox-receiver"]);
        let c = cli.config;
        let first = Duration::from_secs(c.webhook_retry_secs);
        // The waits after attempts 1 … n-1 (the last attempt is not followed by a wait).
        let span: Duration = (1..i64::from(c.webhook_attempts))
            .map(|a| backoff(first, a))
            .sum();
        assert!(span >= Duration::from_secs(24 * 3600), "{span:?}");
    }

    #[test]
    fn backoff_doubles_up_to_six_hours() {
        let first = Duration::from_secs(30);
        assert_eq!(backoff(first, 1), Duration::from_secs(30));
        assert_eq!(backoff(first, 2), Duration::from_secs(60));
        assert_eq!(backoff(first, 4), Duration::from_secs(240));
        assert_eq!(backoff(first, 20), MAX_BACKOFF);
        assert_eq!(backoff(first, i64::MAX), MAX_BACKOFF);
    }
}
