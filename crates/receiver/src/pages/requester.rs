//! The requester's pages, in the request's language: the status page (`/v1/status/{token}`),
//! the confirmation page a mailed link opens (`/v1/verify/{token}`), and, for an expired link,
//! a fresh link for the same request. Browsers get HTML; other clients asking for JSON get the
//! same view as JSON.

use super::{html_response, layout, message_page};
use crate::error::ApiError;
use crate::messages::{lang_of, t};
use crate::requests::{self, HistoryItem, OpError, Status, StatusView, Verified};
use crate::store::{Record, StoreError};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use glassbox_core::i18n::{tr, Overrides, ReceiverMsg};
use glassbox_core::request::Kind;
use glassbox_core::rights::kind_name;
use glassbox_core::Lang;
use maud::{html, Markup};
use serde::Deserialize;

/// `?lang=` on the links in the mails: the language of the request.
#[derive(Debug, Default, Deserialize)]
pub struct LangQuery {
    /// A language tag; anything else means English.
    pub lang: Option<String>,
}

fn wants_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("text/html"))
}

fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("application/json"))
}

/// A status in the requester's language.
fn status_text(o: &Overrides, lang: Lang, s: Status) -> String {
    let msg = match s {
        Status::Received => ReceiverMsg::StateReceived,
        Status::Verified => ReceiverMsg::StateVerified,
        Status::InProgress => ReceiverMsg::StateInProgress,
        Status::Completed => ReceiverMsg::StateCompleted,
        Status::Refused => ReceiverMsg::StateRefused,
    };
    t(o, lang, msg, &[])
}

/// The short title of a history row.
fn history_title(o: &Overrides, lang: Lang, h: &HistoryItem) -> String {
    match (h.action.as_str(), &h.to) {
        ("received", _) => t(o, lang, ReceiverMsg::HistoryReceived, &[]),
        ("status", Some(to)) => {
            let status = Status::parse(to)
                .map(|s| status_text(o, lang, s))
                .unwrap_or_else(|| to.clone());
            t(o, lang, ReceiverMsg::HistoryStatus, &[("status", &status)])
        }
        ("extended", _) => t(
            o,
            lang,
            ReceiverMsg::HistoryExtended,
            &[("date", h.due_by.as_deref().unwrap_or_default())],
        ),
        ("verification_renewed", _) => t(o, lang, ReceiverMsg::HistoryLink, &[]),
        ("result_link", _) => t(o, lang, ReceiverMsg::HistoryResultLink, &[]),
        ("purged", _) => t(o, lang, ReceiverMsg::HistoryPurged, &[]),
        (other, _) => other.to_string(),
    }
}

fn history_table(o: &Overrides, lang: Lang, items: &[HistoryItem]) -> Markup {
    html! {
        table {
            caption { (t(o, lang, ReceiverMsg::StatusHistory, &[])) }
            thead { tr {
                th scope="col" { (t(o, lang, ReceiverMsg::StatusWhen, &[])) }
                th scope="col" { (t(o, lang, ReceiverMsg::StatusWhat, &[])) }
            } }
            tbody {
                @for h in items {
                    tr {
                        td { time { (h.at) } }
                        td {
                            strong { (history_title(o, lang, h)) }
                            @for p in h.message.iter().filter(|p| !p.is_empty()) {
                                p.message { (p) }
                            }
                        }
                    }
                }
            }
        }
    }
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

/// The requester's status page, in the language of the request. `token` is the status URL's
/// (for the form asking for a confirmation link when the first mail was withheld).
pub fn status_page(state: &AppState, v: &StatusView, token: &str) -> Markup {
    let r = &v.request;
    let o = &state.overrides;
    let lang = lang_of(r.lang.as_deref());
    let due = r.due_by.to_string();
    let title = t(
        o,
        lang,
        ReceiverMsg::StatusTitle,
        &[("reference", &r.reference)],
    );
    let body = html! {
        h1 { (title) }
        p.controller { (t(o, lang, ReceiverMsg::StatusSentTo, &[("controller", &state.config.controller)])) }
        dl {
            dt { (t(o, lang, ReceiverMsg::StatusStatus, &[])) }
            dd.status { (status_text(o, lang, r.status)) }
            dt { (t(o, lang, ReceiverMsg::StatusKinds, &[])) }
            dd { (kinds_text(lang, &r.kinds)) }
            dt { (t(o, lang, ReceiverMsg::StatusReceived, &[])) }
            dd { (r.received_at) }
            dt { (t(o, lang, ReceiverMsg::StatusDue, &[])) }
            dd { (due) }
        }
        @if v.confirmation_mail_missing {
            section.confirmation {
                p { (t(o, lang, ReceiverMsg::StatusMailWithheld, &[])) }
                form method="post" action=(format!("/v1/status/{token}/confirmation")) {
                    button type="submit" { (t(o, lang, ReceiverMsg::StatusMailButton, &[])) }
                }
            }
        }
        @if let Some(reason) = &r.extension_reason {
            p { (t(o, lang, ReceiverMsg::StatusExtended, &[("date", &due), ("reason", reason)])) }
        }
        @if let (Some(reason), Some(notice)) = (&r.refusal_reason, &v.complaint_notice) {
            section.refusal {
                h2 { (t(o, lang, ReceiverMsg::StatusRefusal, &[])) }
                p { (reason) }
                p { (notice) }
            }
        }
        (history_table(o, lang, &v.history))
        p.note { (t(o, lang, ReceiverMsg::StatusPrivate, &[])) }
    };
    layout(lang, &title, body)
}

/// The requester's view of a request, by the token of its status URL.
///
/// JSON by default; an HTML page when the client accepts `text/html` (a browser). Unknown or
/// malformed tokens give `404`.
#[utoipa::path(get, path = "/v1/status/{token}", tag = "requests",
    params(("token" = String, Path, description = "The token from status_url")),
    responses((status = 200, body = StatusView), (status = 404, body = crate::error::ErrorBody)))]
pub async fn status(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let view = requests::status(&state, &token).await?;
    if wants_html(&headers) {
        return Ok(html_response(
            StatusCode::OK,
            status_page(&state, &view, &token),
        ));
    }
    Ok(Json(view).into_response())
}

/// The page a verification link opens: a button that confirms (a POST), so that mail scanners
/// following links do not verify on the person's behalf.
#[utoipa::path(get, path = "/v1/verify/{token}", tag = "requests",
    params(("token" = String, Path)), responses((status = 200, description = "HTML confirmation page")))]
pub async fn verify_page(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(q): Query<LangQuery>,
) -> Response {
    let lang = lang_of(q.lang.as_deref());
    let o = &state.overrides;
    let title = t(o, lang, ReceiverMsg::VerifyTitle, &[]);
    let action = format!("/v1/verify/{token}?lang={}", lang.tag());
    let body = html! {
        h1 { (title) }
        p { (t(o, lang, ReceiverMsg::VerifyText, &[("controller", &state.config.controller)])) }
        form method="post" action=(action) {
            button type="submit" { (t(o, lang, ReceiverMsg::VerifyButton, &[])) }
        }
    };
    html_response(StatusCode::OK, layout(lang, &title, body))
}

/// The page after confirming; `status_url` is `None` when the link had been used before (the
/// page then says the address is already confirmed, and gives nothing more).
fn verified_page(state: &AppState, r: &Record, status_url: Option<&str>) -> Markup {
    let o = &state.overrides;
    let lang = lang_of(r.lang.as_deref());
    let title = match status_url {
        Some(_) => t(o, lang, ReceiverMsg::VerifiedTitle, &[]),
        None => t(o, lang, ReceiverMsg::StateVerified, &[]),
    };
    let text = t(
        o,
        lang,
        ReceiverMsg::VerifiedText,
        &[
            ("reference", &r.reference),
            ("controller", &state.config.controller),
            ("date", &r.due_by.to_string()),
        ],
    );
    let body = html! {
        h1 { (title) }
        p { (text) }
        @if let Some(url) = status_url {
            p { a href=(url) { (t(o, lang, ReceiverMsg::FollowLink, &[])) } }
        }
    };
    layout(lang, &title, body)
}

/// The page of an expired link: a button asking for a fresh link for the same request.
fn expired_page(o: &Overrides, r: &Record, token: &str) -> Markup {
    let lang = lang_of(r.lang.as_deref());
    let title = t(o, lang, ReceiverMsg::VerifyExpiredTitle, &[]);
    let action = format!("/v1/verify/{token}/renew?lang={}", lang.tag());
    let body = html! {
        h1 { (title) }
        p { (t(o, lang, ReceiverMsg::VerifyExpiredText, &[("reference", &r.reference)])) }
        form method="post" action=(action) {
            button type="submit" { (t(o, lang, ReceiverMsg::VerifyRenewButton, &[])) }
        }
    };
    layout(lang, &title, body)
}

/// Confirms the requester's email address; the request becomes `verified`.
///
/// HTML for a browser form, JSON (the public view) when the client asks for JSON. An expired
/// link is `410`; its page offers a fresh link for the same request.
#[utoipa::path(post, path = "/v1/verify/{token}", tag = "requests",
    params(("token" = String, Path)),
    responses((status = 200, body = Record), (status = 404, body = crate::error::ErrorBody),
              (status = 410, body = crate::error::ErrorBody)))]
pub async fn verify(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(q): Query<LangQuery>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let result = requests::verify(&state, &token).await;
    if wants_json(&headers) {
        return Ok(match result? {
            Verified::Now(record, _) => Json(record.public()).into_response(),
            Verified::Already(record) => {
                let mut resp = Json(record.public()).into_response();
                resp.headers_mut().insert(
                    "glassbox-already-confirmed",
                    axum::http::HeaderValue::from_static("true"),
                );
                resp
            }
        });
    }
    match result {
        Ok(Verified::Now(record, status_url)) => {
            tracing::info!(reference = %record.reference, "requester verified");
            Ok(html_response(
                StatusCode::OK,
                verified_page(&state, &record, Some(&status_url)),
            ))
        }
        Ok(Verified::Already(record)) => Ok(html_response(
            StatusCode::OK,
            verified_page(&state, &record, None),
        )),
        Err(OpError::Store(StoreError::Expired)) => {
            let record = requests::by_link(&state, &token).await?;
            Ok(html_response(
                StatusCode::GONE,
                expired_page(&state.overrides, &record, &token),
            ))
        }
        Err(e) => {
            let code = ApiError::from(e).status_and_code().0;
            let lang = lang_of(q.lang.as_deref());
            let o = &state.overrides;
            Ok(html_response(
                code,
                message_page(
                    lang,
                    &t(o, lang, ReceiverMsg::VerifyInvalidTitle, &[]),
                    &t(o, lang, ReceiverMsg::VerifyInvalidText, &[]),
                ),
            ))
        }
    }
}

/// `202` and the page that says a confirmation link is on its way, in the request's language.
fn link_sent_page(state: &AppState, record: &Record) -> Response {
    let lang = lang_of(record.lang.as_deref());
    let o = &state.overrides;
    let text = t(
        o,
        lang,
        ReceiverMsg::VerifyRenewedText,
        &[
            ("reference", &record.reference),
            ("date", &record.due_by.to_string()),
        ],
    );
    html_response(
        StatusCode::ACCEPTED,
        message_page(
            lang,
            &t(o, lang, ReceiverMsg::VerifyRenewedTitle, &[]),
            &text,
        ),
    )
}

/// Sends a fresh confirmation link for the request of an (expired) link: the same request,
/// reference and due date, never a new request. `202` with the public view for JSON clients.
#[utoipa::path(post, path = "/v1/verify/{token}/renew", tag = "requests",
    params(("token" = String, Path)),
    responses((status = 202, body = Record), (status = 404, body = crate::error::ErrorBody),
              (status = 409, body = crate::error::ErrorBody)))]
pub async fn renew(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let record = requests::renew_link(&state, &token).await?;
    if wants_json(&headers) {
        return Ok((StatusCode::ACCEPTED, Json(record.public())).into_response());
    }
    Ok(link_sent_page(&state, &record))
}

/// Sends a confirmation link for the request of this status URL when its first confirmation
/// mail was withheld by a mail cap (or lost): within the caps (`429` over them). `202`.
#[utoipa::path(post, path = "/v1/status/{token}/confirmation", tag = "requests",
    params(("token" = String, Path)),
    responses((status = 202, body = Record), (status = 404, body = crate::error::ErrorBody),
              (status = 409, body = crate::error::ErrorBody),
              (status = 429, body = crate::error::ErrorBody)))]
pub async fn confirmation(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let result = requests::confirmation_by_status(&state, &token).await;
    if wants_json(&headers) {
        return Ok((StatusCode::ACCEPTED, Json(result?.public())).into_response());
    }
    let record = match result {
        Ok(r) => r,
        Err(OpError::MailCap) => {
            // Still over a cap: the page says so in the request's language, and when to retry.
            let view = requests::status(&state, &token).await?;
            let lang = lang_of(view.request.lang.as_deref());
            let o = &state.overrides;
            return Ok(html_response(
                StatusCode::TOO_MANY_REQUESTS,
                message_page(
                    lang,
                    &t(o, lang, ReceiverMsg::StatusStatus, &[]),
                    &t(o, lang, ReceiverMsg::StatusMailWithheld, &[]),
                ),
            ));
        }
        Err(e) => return Err(e.into()),
    };
    Ok(link_sent_page(&state, &record))
}
