//! Operations on a request: submit, read, verify, renew a link, change status, extend. Each
//! change is one transaction in the store with its audit entry and, when mails are on, the
//! requester's mail job. No HTTP types here: the JSON API (`api`) and the HTML pages (`pages`)
//! both call these functions, and every rule that decides (may this request become that? be
//! extended?) is here or in `glassbox_core`.

use crate::audit::AuditEntry;
use crate::messages::{self, Context, Event};
use crate::results::{self, Written};
use crate::store::requests::{RenewBy, ResultLink};
use crate::store::results::{NewResult, StoredResult};
use crate::store::{self, ListFilter, PendingVerification, Receipt, Record, StoreError, Submitted};
use crate::AppState;
use glassbox_core::deadline::{self, Date};
use glassbox_core::request::{self, ErrorCode, FieldError, Request};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Where a request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Stored, requester not yet verified.
    Received,
    /// The requester followed the email link (or an admin verified them).
    Verified,
    /// Being handled.
    InProgress,
    /// Answered.
    Completed,
    /// Refused, with reasons.
    Refused,
}

impl Status {
    /// Every status.
    pub const ALL: [Status; 5] = [
        Status::Received,
        Status::Verified,
        Status::InProgress,
        Status::Completed,
        Status::Refused,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::Verified => "verified",
            Status::InProgress => "in_progress",
            Status::Completed => "completed",
            Status::Refused => "refused",
        }
    }

    /// The status named `s`.
    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// True until the request is completed or refused.
    pub fn is_open(self) -> bool {
        !matches!(self, Status::Completed | Status::Refused)
    }

    /// The lifecycle, in one place: `received → verified → in_progress → completed`, and
    /// `refused` from any open state (a refusal needs no verification first).
    pub fn can_become(self, to: Status) -> bool {
        use Status::*;
        matches!(
            (self, to),
            (Received, Verified)
                | (Verified, InProgress)
                | (InProgress, Completed)
                | (Received | Verified | InProgress, Refused)
        )
    }
}

/// Why an operation was not done.
#[derive(Debug, thiserror::Error)]
pub enum OpError {
    /// The store refused or failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Input that breaks a rule, by field.
    #[error("the input is invalid")]
    Invalid(Vec<FieldError>),
    /// A query parameter that cannot be understood (its name).
    #[error("invalid {0}")]
    BadParameter(String),
    /// Too many confirmation mails to this address or in total today.
    #[error("too many confirmation mails today; try again tomorrow")]
    MailCap,
    /// The operation needs mails, and they are off.
    #[error("mails are off (no GLASSBOX_SMTP_URL)")]
    MailOff,
    /// The system's random source failed.
    #[error("the system random source failed")]
    Random,
    /// A result upload that is not kept (too large, disk failure).
    #[error(transparent)]
    Upload(#[from] results::UploadError),
    /// A result file that is not JSON, CSV or ZIP.
    #[error("a result must be application/json, text/csv or application/zip")]
    ResultType,
}

/// One step of a request's history, as the requester sees it.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct HistoryItem {
    /// When (UTC).
    pub at: String,
    /// `received`, `status`, `extended`, `verification_renewed`, `purged`.
    pub action: String,
    /// Status before, for status changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Status after, for status changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Reason given (refusal, extension).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// New due date, for extensions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_by: Option<String>,
    /// What the requester was told, paragraph by paragraph, in the request's language: the
    /// same text as the mail about this step.
    pub message: Vec<String>,
}

/// The requester's view of a request.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct StatusView {
    /// The request, without personal data.
    pub request: Record,
    /// What happened, oldest first.
    pub history: Vec<HistoryItem>,
    /// For a refusal: the right to lodge a complaint and to a judicial remedy, in the request's
    /// language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub complaint_notice: Option<String>,
    /// True when the email is still to be confirmed and no confirmation mail was sent (a mail
    /// cap was reached): `POST` to this status URL's `/confirmation` sends one.
    pub confirmation_mail_missing: bool,
}

/// The admin view of one request.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct AdminView {
    /// The request with its payload.
    pub request: Record,
    /// Its audit entries, oldest first.
    pub history: Vec<AuditEntry>,
    /// Its mails and other jobs, oldest first.
    pub jobs: Vec<store::JobView>,
    /// The result attached, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<ResultView>,
    /// For a refusal: the sentence the requester is shown about the complaint route.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub complaint_notice: Option<String>,
    /// One task per system holding personal data (`GLASSBOX_SYSTEMS`), once verified.
    pub tasks: Vec<store::Task>,
    /// The team's internal notes (never shown to the requester).
    pub notes: Vec<store::Note>,
    /// Webhook deliveries about this request, newest first, with their attempts.
    pub webhooks: Vec<store::Delivery>,
}

/// Queue filters.
#[derive(Clone, Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct ListQuery {
    /// Comma-separated statuses (`received,verified`); all when absent.
    pub status: Option<String>,
    /// `true`: only open requests past their due date.
    pub overdue: Option<bool>,
    /// Due on or after (YYYY-MM-DD).
    pub due_from: Option<String>,
    /// Due on or before (YYYY-MM-DD).
    pub due_to: Option<String>,
    /// Page size (default 100).
    pub limit: Option<i64>,
    /// Offset.
    pub offset: Option<i64>,
    /// Export format: `json` (default) or `csv`.
    pub format: Option<String>,
    /// Only requests assigned to this staff member (an email), or `none` for unassigned ones.
    pub assignee: Option<String>,
}

impl ListQuery {
    /// The store filter, or an error naming the bad parameter.
    pub fn filter(&self) -> Result<ListFilter, OpError> {
        let bad = |p: &str| OpError::BadParameter(p.to_string());
        let mut statuses = Vec::new();
        for s in self.status.iter().flat_map(|s| s.split(',')) {
            let s = s.trim();
            if !s.is_empty() {
                statuses.push(Status::parse(s).ok_or_else(|| bad("status"))?);
            }
        }
        let date = |v: &Option<String>, p: &str| -> Result<Option<Date>, OpError> {
            v.as_deref()
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().map_err(|_| bad(p)))
                .transpose()
        };
        Ok(ListFilter {
            statuses,
            overdue_only: self.overdue.unwrap_or(false),
            due_from: date(&self.due_from, "due_from")?,
            due_to: date(&self.due_to, "due_to")?,
            limit: self.limit,
            offset: self.offset,
            assignee: match self.assignee.as_deref().map(str::trim) {
                None | Some("") => None,
                Some("none") => Some(String::new()),
                Some(a) if request::is_plausible_email(a) => Some(a.to_ascii_lowercase()),
                Some(_) => return Err(bad("assignee")),
            },
        })
    }
}

/// The result attached to a request, as the admin sees it.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ResultView {
    /// The controller holds no data (no file).
    pub no_data: bool,
    /// The file's type.
    pub content_type: Option<String>,
    /// Bytes.
    pub size: i64,
    /// When the current download link stops working (none sent yet: `None`).
    pub link_expires_at: Option<String>,
    /// When the file was deleted (expired, or retention).
    pub deleted_at: Option<String>,
}

/// A stored (or replayed) request.
#[derive(Clone, Debug)]
pub struct Accepted {
    /// The receipt.
    pub receipt: Receipt,
    /// False when the same request had been stored before (idempotent replay).
    pub created: bool,
    /// Mails are on but the confirmation mail was not sent (a mail cap was reached).
    pub confirmation_withheld: bool,
    /// The status page.
    pub status_url: String,
}

/// A fresh unguessable token: 32 random bytes, hex.
pub fn random_token() -> Result<String, OpError> {
    let mut buf = [0u8; 32];
    getrandom::fill(&mut buf).map_err(|_| {
        tracing::error!("system random source failed");
        OpError::Random
    })?;
    Ok(hex::encode(buf))
}

/// Whether `s` has the shape of a token (64 lower-case hex digits).
pub fn is_token(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
}

fn context(state: &AppState) -> Context<'_> {
    Context {
        controller: &state.config.controller,
        authority: state.config.supervisory_authority.as_ref(),
        zone: state.store.zone(),
        overrides: &state.overrides,
    }
}

/// A new verification link's token and what the store keeps of it.
fn new_link(state: &AppState) -> Result<(String, PendingVerification), OpError> {
    let token = random_token()?;
    let pending = PendingVerification {
        token_hash: store::sha256_hex(token.as_bytes()),
        expires_at: store::format_time(
            store::now() + time::Duration::hours(i64::from(state.config.verify_ttl_hours)),
        ),
    };
    Ok((token, pending))
}

/// Stores a validated request (idempotent on its id) and, when mails are on, enqueues the
/// acknowledgement with its confirmation link in the same transaction.
pub async fn submit(state: &AppState, request: &Request) -> Result<Accepted, OpError> {
    let received = store::now();
    let (pending, mail) = if state.mails_on() {
        let (token, pending) = new_link(state)?;
        (
            Some(pending),
            Some(serde_json::json!({"verify_token": token})),
        )
    } else {
        (None, None)
    };
    let outcome = state.store.submit(request, received, pending, mail).await?;
    let (receipt, created) = match outcome {
        Submitted::Created(r) => (r, true),
        Submitted::Replayed(r) => (r, false),
    };
    if created {
        tracing::info!(reference = %receipt.reference, kinds = request.kinds.len(), "request stored");
        state.wake_jobs();
    }
    if created && receipt.confirmation_withheld {
        tracing::warn!(reference = %receipt.reference,
            "confirmation mail not sent: mail cap reached (GLASSBOX_MAILS_PER_ADDRESS / GLASSBOX_MAILS_PER_DAY)");
    }
    let status_url = state.status_url(&receipt.status_token);
    Ok(Accepted {
        confirmation_withheld: receipt.confirmation_withheld && state.mails_on(),
        receipt,
        created,
        status_url,
    })
}

/// The history as the requester sees it, with what they were told at each step.
pub fn public_history(state: &AppState, r: &Record, entries: &[AuditEntry]) -> Vec<HistoryItem> {
    let ctx = context(state);
    // Only the steps the requester is told of (not result uploads or downloads).
    const SHOWN: [&str; 6] = [
        "received",
        "status",
        "extended",
        "verification_renewed",
        "result_link",
        "purged",
    ];
    entries
        .iter()
        .filter(|e| SHOWN.contains(&e.action.as_str()))
        .map(|e| {
            let d: serde_json::Value = serde_json::from_str(&e.detail).unwrap_or_default();
            let s = |k: &str| d.get(k).and_then(|v| v.as_str()).map(str::to_string);
            let message = Event::from_audit(e)
                .map(|ev| messages::compose(&ev, r, &ctx).paragraphs)
                .unwrap_or_default();
            HistoryItem {
                at: e.at.clone(),
                action: e.action.clone(),
                from: s("from"),
                to: s("to").or_else(|| (e.action == "received").then(|| "received".into())),
                reason: s("reason"),
                due_by: s("due_by"),
                message,
            }
        })
        .collect()
}

/// The requester's view by the token of the status URL.
pub async fn status(state: &AppState, token: &str) -> Result<StatusView, OpError> {
    if !is_token(token) {
        return Err(StoreError::NotFound.into());
    }
    let record = state.store.by_status_token(token).await?;
    let history = public_history(state, &record, &state.store.history(&record.id).await?);
    let lang = messages::lang_of(record.lang.as_deref());
    let complaint_notice = (record.status == Status::Refused).then(|| {
        messages::complaint_notice(
            &state.overrides,
            lang,
            state.config.supervisory_authority.as_ref(),
        )
    });
    let confirmation_mail_missing =
        state.mails_on() && state.store.lacks_confirmation_link(&record.id).await?;
    Ok(StatusView {
        request: record.public(),
        history,
        complaint_notice,
        confirmation_mail_missing,
    })
}

/// Sends a confirmation link for the request of the status URL `token` whose email is still
/// to be confirmed (its first mail was withheld by a cap, or lost): within the caps.
pub async fn confirmation_by_status(state: &AppState, token: &str) -> Result<Record, OpError> {
    let record = renew_for_requester(state, token, |h| RenewBy::StatusHash(h)).await?;
    tracing::info!(reference = %record.reference, "confirmation link requested from the status page");
    Ok(record)
}

/// A fresh confirmation link asked for by the requester, who holds `token`; `by` says which
/// of the request's tokens it is (its hash finds the request). Within the caps; wakes the
/// mailer.
async fn renew_for_requester(
    state: &AppState,
    token: &str,
    by: fn(&str) -> RenewBy<'_>,
) -> Result<Record, OpError> {
    if !state.mails_on() {
        return Err(OpError::MailOff);
    }
    if !is_token(token) {
        return Err(StoreError::NotFound.into());
    }
    let hash = store::sha256_hex(token.as_bytes());
    let (new_token, pending) = new_link(state)?;
    let record = state
        .store
        .renew_verification(
            by(&hash),
            pending,
            store::now(),
            serde_json::json!({"verify_token": new_token}),
            "requester",
        )
        .await
        .map_err(cap_error)?;
    state.wake_jobs();
    Ok(record)
}

fn cap_error(e: StoreError) -> OpError {
    match e {
        StoreError::MailCap => OpError::MailCap,
        other => other.into(),
    }
}

/// Deletes the request `reference` at an admin's request, with the reason (required): its
/// personal data (payload, email, tokens, result file) is removed; the row stays as a
/// tombstone and the audit entries stay.
pub async fn delete(
    state: &AppState,
    reference: &str,
    reason: Option<&str>,
    actor: &str,
) -> Result<AdminView, OpError> {
    let Some(reason) = reason.filter(|r| !r.trim().is_empty()) else {
        return Err(OpError::Invalid(vec![FieldError::new(
            "reason",
            ErrorCode::Required,
        )]));
    };
    check_reason(Some(reason))?;
    let gone = state
        .store
        .delete_request(reference, reason, store::now(), actor)
        .await?;
    let dir = state.config.results_folder();
    for f in &gone.files {
        if let Err(e) = results::delete(&dir, f).await {
            tracing::warn!(%reference, error = %e, "result file of a deleted request not deleted");
        }
    }
    tracing::info!(%reference, "request deleted by an admin");
    admin_view(state, reference).await
}

/// What following a confirmation link did.
#[derive(Clone, Debug)]
pub enum Verified {
    /// Confirmed now; with the status URL.
    Now(Record, String),
    /// The link had been used before (or the request moved on): nothing changed.
    Already(Record),
}

/// Confirms the requester's email by the token of the mailed link. The token works once: a
/// second use changes nothing ([`Verified::Already`]).
pub async fn verify(state: &AppState, token: &str) -> Result<Verified, OpError> {
    if !is_token(token) {
        return Err(StoreError::NotFound.into());
    }
    let mail = state.mails_on().then(|| serde_json::json!({}));
    let (record, now) = state
        .store
        .verify_email(&store::sha256_hex(token.as_bytes()), store::now(), mail)
        .await?;
    if !now {
        return Ok(Verified::Already(record));
    }
    state.wake_jobs();
    let url = state.status_url_of(&record.id)?;
    Ok(Verified::Now(record, url))
}

/// The request whose current confirmation link carries `token` (to offer a fresh link).
pub async fn by_link(state: &AppState, token: &str) -> Result<Record, OpError> {
    if !is_token(token) {
        return Err(StoreError::NotFound.into());
    }
    let hash = store::sha256_hex(token.as_bytes());
    Ok(state.store.by_verify_hash(&hash).await?)
}

/// Sends a fresh confirmation link for the request whose (expired) link carried `token`:
/// the same request, reference and due date.
pub async fn renew_link(state: &AppState, token: &str) -> Result<Record, OpError> {
    let record = renew_for_requester(state, token, |h| RenewBy::TokenHash(h)).await?;
    tracing::info!(reference = %record.reference, "new confirmation link requested");
    Ok(record)
}

/// Sends a fresh confirmation link for a request still `received` (a staff action by
/// `actor`, as the audit log names them).
pub async fn resend_verification(
    state: &AppState,
    reference: &str,
    actor: &str,
) -> Result<Record, OpError> {
    if !state.mails_on() {
        return Err(OpError::MailOff);
    }
    let (token, pending) = new_link(state)?;
    let record = state
        .store
        .renew_verification(
            RenewBy::Reference(reference),
            pending,
            store::now(),
            serde_json::json!({"verify_token": token}),
            actor,
        )
        .await?;
    state.wake_jobs();
    Ok(record)
}

/// Requests by due date, filtered.
pub async fn list(state: &AppState, filter: &ListFilter) -> Result<Vec<Record>, OpError> {
    Ok(state.store.list(filter).await?)
}

/// One request with its payload, audit history and mails.
pub async fn admin_view(state: &AppState, reference: &str) -> Result<AdminView, OpError> {
    let request = state.store.get(reference).await?;
    let history = state.store.history(&request.id).await?;
    let jobs = state.store.jobs_of(&request.id).await?;
    let tasks = state.store.tasks_of(&request.id).await?;
    let notes = state.store.notes_of(&request.id).await?;
    let webhooks = state.store.deliveries(Some(&request.id), 200).await?;
    let result = state
        .store
        .result_of(&request.id)
        .await?
        .map(|r| ResultView {
            no_data: r.no_data,
            content_type: r.content_type,
            size: r.size,
            link_expires_at: r.expires_at,
            deleted_at: r.deleted_at,
        });
    let lang = messages::lang_of(request.lang.as_deref());
    let complaint_notice = (request.status == Status::Refused).then(|| {
        messages::complaint_notice(
            &state.overrides,
            lang,
            state.config.supervisory_authority.as_ref(),
        )
    });
    Ok(AdminView {
        request,
        history,
        jobs,
        result,
        complaint_notice,
        tasks,
        notes,
        webhooks,
    })
}

fn check_reason(reason: Option<&str>) -> Result<(), OpError> {
    if reason.is_some_and(|r| r.chars().count() > request::MAX_TEXT) {
        return Err(OpError::Invalid(vec![FieldError {
            field: "reason".into(),
            code: ErrorCode::TooLong,
            max: Some(request::MAX_TEXT),
        }]));
    }
    Ok(())
}

/// Moves a request to `to` (by `actor`); a refusal needs its reasons. The requester is told
/// (verified, completed, refused) by mail when mails are on, and on the status page.
pub async fn transition(
    state: &AppState,
    reference: &str,
    to: Status,
    reason: Option<&str>,
    actor: &str,
) -> Result<AdminView, OpError> {
    if to == Status::Refused && reason.is_none_or(|r| r.trim().is_empty()) {
        return Err(OpError::Invalid(vec![FieldError::new(
            "reason",
            ErrorCode::Required,
        )]));
    }
    check_reason(reason)?;
    let mail = state.mails_on().then(|| serde_json::json!({}));
    // Completing sends the result's download link (valid GLASSBOX_RESULT_TTL_DAYS); the store
    // uses it only when a result file is attached.
    let link = if to == Status::Completed {
        Some(result_link(state)?)
    } else {
        None
    };
    state
        .store
        .transition(reference, to, reason, store::now(), mail, link, actor)
        .await?;
    state.wake_jobs();
    tracing::info!(%reference, to = to.as_str(), "status changed");
    admin_view(state, reference).await
}

/// Whether the deadline of `r` may still be extended on `today`: open, not yet extended, and
/// within the first month (GDPR Art. 12(3)).
pub fn may_extend(r: &Record, today: Date) -> bool {
    r.status.is_open() && r.extended_months == 0 && today <= r.original_due_by
}

/// Extends the deadline once, by 1 or 2 further months added to the original due date, with
/// reasons, while still within the first month. The requester is told.
pub async fn extend(
    state: &AppState,
    reference: &str,
    months: u8,
    reason: &str,
    actor: &str,
) -> Result<AdminView, OpError> {
    if !(1..=deadline::MAX_EXTENSION_MONTHS).contains(&months) {
        return Err(OpError::Invalid(vec![FieldError::new(
            "months",
            ErrorCode::Invalid,
        )]));
    }
    if reason.trim().is_empty() {
        return Err(OpError::Invalid(vec![FieldError::new(
            "reason",
            ErrorCode::Required,
        )]));
    }
    check_reason(Some(reason))?;
    let mail = state.mails_on().then(|| serde_json::json!({}));
    state
        .store
        .extend(reference, months, reason, store::now(), mail, actor)
        .await?;
    state.wake_jobs();
    tracing::info!(%reference, months, "deadline extended");
    admin_view(state, reference).await
}

/// A fresh download link for a result.
fn result_link(state: &AppState) -> Result<ResultLink, OpError> {
    let token = random_token()?;
    Ok(ResultLink {
        token_hash: store::sha256_hex(token.as_bytes()),
        expires_at: store::format_time(
            store::now() + time::Duration::days(i64::from(state.config.result_ttl_days)),
        ),
        token,
    })
}

/// What is attached as the answer to a request.
#[derive(Debug)]
pub enum Attachment {
    /// The controller holds no personal data about the requester.
    NoData,
    /// A finished upload and its type.
    File(Written, String),
}

/// Attaches the answer to the open request `reference` (replacing an earlier one), audited.
/// The file moves from its temporary name to the results folder; on any failure it is deleted
/// and nothing is recorded.
pub async fn attach_result(
    state: &AppState,
    reference: &str,
    attachment: Attachment,
    actor: &str,
) -> Result<AdminView, OpError> {
    let dir = state.config.results_folder();
    let (new, kept) = match attachment {
        Attachment::NoData => (
            NewResult {
                no_data: true,
                content_type: None,
                size: 0,
                sha256: None,
                file: None,
            },
            None,
        ),
        Attachment::File(written, content_type) => {
            let Some(ext) = results::extension_of(&content_type) else {
                let _ = tokio::fs::remove_file(&written.path).await;
                return Err(OpError::ResultType);
            };
            let name = match results::keep(&dir, &written, ext).await {
                Ok(n) => n,
                Err(e) => {
                    let _ = tokio::fs::remove_file(&written.path).await;
                    return Err(OpError::Upload(e.into()));
                }
            };
            let main = content_type
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            (
                NewResult {
                    no_data: false,
                    content_type: Some(main),
                    size: i64::try_from(written.size).unwrap_or(i64::MAX),
                    sha256: Some(written.sha256.clone()),
                    file: Some(name.clone()),
                },
                Some(name),
            )
        }
    };
    match state
        .store
        .attach_result(reference, &new, store::now(), actor)
        .await
    {
        Ok(old) => {
            if let Some(old) = old {
                if let Err(e) = results::delete(&dir, &old).await {
                    tracing::warn!(%reference, error = %e, "replaced result file not deleted");
                }
            }
            tracing::info!(%reference, no_data = new.no_data, size = new.size, "result attached");
            admin_view(state, reference).await
        }
        Err(e) => {
            if let Some(name) = kept {
                let _ = results::delete(&dir, &name).await;
            }
            Err(e.into())
        }
    }
}

/// The result file behind a download token, audited as downloaded. An expired link deletes the
/// file and is [`StoreError::Expired`] (410).
pub async fn download(
    state: &AppState,
    token: &str,
) -> Result<(StoredResult, std::path::PathBuf), OpError> {
    if !is_token(token) {
        return Err(StoreError::NotFound.into());
    }
    let result = state
        .store
        .result_by_token(&store::sha256_hex(token.as_bytes()))
        .await?;
    let now = store::now();
    let expired = result
        .expires_at
        .as_deref()
        .is_none_or(|e| e < store::format_time(now).as_str());
    let dir = state.config.results_folder();
    match (&result.file, expired) {
        (Some(name), false) => {
            state.store.audit_download(&result.request_id, now).await?;
            tracing::info!(reference = %result.reference, "result downloaded");
            let path = dir.join(name);
            Ok((result, path))
        }
        (Some(name), true) => {
            results::delete(&dir, name)
                .await
                .map_err(|e| OpError::Upload(e.into()))?;
            state.store.result_deleted(&result.request_id, now).await?;
            tracing::info!(reference = %result.reference, "expired result deleted");
            Err(StoreError::Expired.into())
        }
        (None, _) => Err(StoreError::Expired.into()),
    }
}

/// Mails the requester a new download link for the result of the request `reference` (its file
/// must still be there).
pub async fn renew_result_link(
    state: &AppState,
    reference: &str,
    actor: &str,
) -> Result<AdminView, OpError> {
    let link = result_link(state)?;
    let mail = state.mails_on().then(
        || serde_json::json!({"result_token": link.token, "result_expires_at": link.expires_at}),
    );
    state
        .store
        .renew_result_link(
            reference,
            &link.token_hash,
            &link.expires_at,
            store::now(),
            mail,
            actor,
        )
        .await?;
    state.wake_jobs();
    admin_view(state, reference).await
}

/// Deletes the files of results whose link expired, and of requests purged by the retention
/// rule. Returns how many files were deleted.
pub async fn delete_stale_results(state: &AppState) -> Result<usize, OpError> {
    let now = store::now();
    let dir = state.config.results_folder();
    let mut n = 0;
    for r in state.store.stale_results(now).await? {
        if let Some(name) = &r.file {
            results::delete(&dir, name)
                .await
                .map_err(|e| OpError::Upload(e.into()))?;
            state.store.result_deleted(&r.request_id, now).await?;
            n += 1;
        }
    }
    Ok(n)
}

/// Whether `email` may be assigned requests: an active staff account (`staff add`). A store
/// error counts as no (the assignment is refused, never made to an unknown person).
pub async fn assignable(store: &store::Store, email: &str) -> bool {
    matches!(store.staff_get(email).await, Ok(Some(s)) if s.disabled_at.is_none())
}

/// Assigns the request to a staff member (an email), or to nobody (`None`); audited.
pub async fn assign(
    state: &AppState,
    reference: &str,
    assignee: Option<&str>,
    actor: &str,
) -> Result<AdminView, OpError> {
    let assignee = assignee
        .map(|a| a.trim().to_ascii_lowercase())
        .filter(|a| !a.is_empty());
    if let Some(a) = &assignee {
        if !request::is_plausible_email(a) || !assignable(&state.store, a).await {
            return Err(OpError::Invalid(vec![FieldError::new(
                "assignee",
                ErrorCode::Invalid,
            )]));
        }
    }
    state
        .store
        .assign(reference, assignee.as_deref(), actor, store::now())
        .await?;
    tracing::info!(%reference, assigned = assignee.is_some(), "assignment changed");
    admin_view(state, reference).await
}

/// Adds an internal note (at most 5,000 characters), audited; never shown to the requester.
pub async fn add_note(
    state: &AppState,
    reference: &str,
    body: &str,
    actor: &str,
) -> Result<AdminView, OpError> {
    let body = body.trim();
    if body.is_empty() {
        return Err(OpError::Invalid(vec![FieldError::new(
            "body",
            ErrorCode::Required,
        )]));
    }
    if body.chars().count() > request::MAX_TEXT {
        return Err(OpError::Invalid(vec![FieldError {
            field: "body".into(),
            code: ErrorCode::TooLong,
            max: Some(request::MAX_TEXT),
        }]));
    }
    state
        .store
        .add_note(reference, actor, body, store::now())
        .await?;
    admin_view(state, reference).await
}

/// A system name that is not one of `GLASSBOX_SYSTEMS`.
fn unknown_system(state: &AppState, system: &str) -> OpError {
    OpError::BadParameter(format!(
        "system {system:?}: the known systems are {}",
        if state.config.systems.is_empty() {
            "none (GLASSBOX_SYSTEMS is not set)".to_string()
        } else {
            state.config.systems.join(", ")
        }
    ))
}

/// Tasks of one system (all when `None`) in one state (`open`: ready to claim).
pub async fn tasks(
    state: &AppState,
    system: Option<&str>,
    status: Option<&str>,
    limit: Option<i64>,
) -> Result<Vec<store::Task>, OpError> {
    let system = system.map(str::trim).filter(|s| !s.is_empty());
    if let Some(s) = system {
        if !state.config.systems.iter().any(|x| x == s) {
            return Err(unknown_system(state, s));
        }
    }
    let filter = match status.map(str::trim).filter(|s| !s.is_empty()) {
        None => store::TaskFilter::Open,
        Some(s) => store::TaskFilter::parse(s).ok_or_else(|| {
            OpError::BadParameter(
                "status: one of open, claimed, done, no_data, failed, cancelled".into(),
            )
        })?,
    };
    Ok(state
        .store
        .list_tasks(system, filter, state.clock.now(), limit.unwrap_or(100))
        .await?)
}

/// Claims a task for `GLASSBOX_TASK_LEASE_SECS`; returns it and the lease's id. Leases are
/// measured by `state.clock` (tests move it past a lease instead of waiting).
pub async fn claim_task(state: &AppState, id: &str) -> Result<(store::Task, String), OpError> {
    let lease = std::time::Duration::from_secs(state.config.task_lease_secs);
    Ok(state.store.claim_task(id, state.clock.now(), lease).await?)
}

/// Completes a task with `outcome` (`done`, `no_data` or `failed`) and a note. A worker
/// (`by_hand` false) must hold its lease; the admin page completes it by hand.
pub async fn complete_task(
    state: &AppState,
    id: &str,
    outcome: &str,
    note: Option<&str>,
    lease: Option<&str>,
    by_hand: bool,
    actor: &str,
) -> Result<store::Task, OpError> {
    let Some(outcome) = store::team::OUTCOMES.iter().find(|o| **o == outcome.trim()) else {
        return Err(OpError::Invalid(vec![FieldError::new(
            "outcome",
            ErrorCode::Invalid,
        )]));
    };
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if note.is_some_and(|n| n.chars().count() > request::MAX_TEXT) {
        return Err(OpError::Invalid(vec![FieldError {
            field: "note".into(),
            code: ErrorCode::TooLong,
            max: Some(request::MAX_TEXT),
        }]));
    }
    let task = state
        .store
        .complete_task(id, outcome, note, lease, actor, by_hand, state.clock.now())
        .await?;
    tracing::info!(reference = %task.reference, system = %task.system, outcome, "task completed");
    Ok(task)
}

/// Opens a failed task again.
pub async fn retry_task(state: &AppState, id: &str, actor: &str) -> Result<store::Task, OpError> {
    Ok(state.store.reopen_task(id, actor, store::now()).await?)
}

/// The team's numbers.
pub async fn metrics(state: &AppState) -> Result<store::Metrics, OpError> {
    Ok(state.store.metrics(state.store.today()).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transitions() {
        use Status::*;
        assert!(Received.can_become(Verified));
        assert!(Verified.can_become(InProgress));
        assert!(InProgress.can_become(Completed));
        assert!(Received.can_become(Refused));
        assert!(!Received.can_become(Completed));
        assert!(!Completed.can_become(Refused));
        assert!(!Refused.can_become(InProgress));
        assert!(!InProgress.can_become(Received));
    }

    #[test]
    fn tokens_are_64_lower_hex() {
        assert!(is_token(&"a1".repeat(32)));
        assert!(!is_token(&"A1".repeat(32)));
        assert!(!is_token("abc"));
        assert!(!is_token(&"g1".repeat(32)));
    }
}
