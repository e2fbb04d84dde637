//! Operations on a request: submit, read, verify, renew a link, change status, extend. Each
//! change is one transaction in the store with its audit entry and, when mails are on, the
//! requester's mail job. No HTTP types here: the JSON API (`api`) and the HTML pages (`pages`)
//! both call these functions, and every rule that decides (may this request become that? be
//! extended?) is here or in `glassbox_core`.

use crate::audit::AuditEntry;
use crate::messages::{self, Context, Event};
use crate::store::requests::RenewBy;
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
    /// The operation needs mails, and they are off.
    #[error("mails are off (no GLASSBOX_SMTP_URL)")]
    MailOff,
    /// The system's random source failed.
    #[error("the system random source failed")]
    Random,
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
    /// For a refusal: the sentence the requester is shown about the complaint route.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub complaint_notice: Option<String>,
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
        })
    }
}

/// A stored (or replayed) request.
#[derive(Clone, Debug)]
pub struct Accepted {
    /// The receipt.
    pub receipt: Receipt,
    /// False when the same request had been stored before (idempotent replay).
    pub created: bool,
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
    let status_token = random_token()?;
    let (pending, mail) = if state.mails_on() {
        let (token, pending) = new_link(state)?;
        (
            Some(pending),
            Some(serde_json::json!({"verify_token": token})),
        )
    } else {
        (None, None)
    };
    let outcome = state
        .store
        .submit(request, received, &status_token, pending, mail)
        .await?;
    let (receipt, created) = match outcome {
        Submitted::Created(r) => (r, true),
        Submitted::Replayed(r) => (r, false),
    };
    if created {
        tracing::info!(reference = %receipt.reference, kinds = request.kinds.len(), "request stored");
        state.wake_jobs();
    }
    let status_url = state.status_url(&receipt.status_token);
    Ok(Accepted {
        receipt,
        created,
        status_url,
    })
}

/// The history as the requester sees it, with what they were told at each step.
pub fn public_history(state: &AppState, r: &Record, entries: &[AuditEntry]) -> Vec<HistoryItem> {
    let ctx = context(state);
    entries
        .iter()
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
    let complaint_notice = (record.status == Status::Refused)
        .then(|| messages::complaint_notice(lang, state.config.supervisory_authority.as_ref()));
    Ok(StatusView {
        request: record.public(),
        history,
        complaint_notice,
    })
}

/// Confirms the requester's email by the token of the mailed link; returns the request and
/// its status token. Following the link again is harmless.
pub async fn verify(state: &AppState, token: &str) -> Result<(Record, String), OpError> {
    if !is_token(token) {
        return Err(StoreError::NotFound.into());
    }
    let mail = state.mails_on().then(|| serde_json::json!({}));
    let record = state
        .store
        .verify_email(&store::sha256_hex(token.as_bytes()), store::now(), mail)
        .await?;
    state.wake_jobs();
    let status_token = state.store.status_token_of(&record.reference).await?;
    Ok((record, status_token))
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
            RenewBy::TokenHash(&hash),
            pending,
            store::now(),
            serde_json::json!({"verify_token": new_token}),
        )
        .await?;
    tracing::info!(reference = %record.reference, "new confirmation link requested");
    state.wake_jobs();
    Ok(record)
}

/// Sends a fresh confirmation link for a request still `received` (an admin's action).
pub async fn resend_verification(state: &AppState, reference: &str) -> Result<Record, OpError> {
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
    let lang = messages::lang_of(request.lang.as_deref());
    let complaint_notice = (request.status == Status::Refused)
        .then(|| messages::complaint_notice(lang, state.config.supervisory_authority.as_ref()));
    Ok(AdminView {
        request,
        history,
        jobs,
        complaint_notice,
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

/// Moves a request to `to`; a refusal needs its reasons. The requester is told (verified,
/// completed, refused) by mail when mails are on, and on the status page.
pub async fn transition(
    state: &AppState,
    reference: &str,
    to: Status,
    reason: Option<&str>,
) -> Result<AdminView, OpError> {
    if to == Status::Refused && reason.is_none_or(|r| r.trim().is_empty()) {
        return Err(OpError::Invalid(vec![FieldError::new(
            "reason",
            ErrorCode::Required,
        )]));
    }
    check_reason(reason)?;
    let mail = state.mails_on().then(|| serde_json::json!({}));
    state
        .store
        .transition(reference, to, reason, store::now(), mail)
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
        .extend(reference, months, reason, store::now(), mail)
        .await?;
    state.wake_jobs();
    tracing::info!(%reference, months, "deadline extended");
    admin_view(state, reference).await
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
