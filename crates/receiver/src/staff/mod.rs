//! Who may use the admin API and page, and who acted. Three kinds of credentials:
//!
//! - a staff member's **session** (the admin page's cookie, set by `POST /v1/admin/session` or
//!   the sign-in form): a random id whose SHA-256 is stored, ending after idle time, at its
//!   absolute expiry, at sign-out, and when the account is disabled or its password reset;
//! - a **named API token** (`glassbox-receiver token create NAME`), stored as its SHA-256;
//! - the **bootstrap token** `GLASSBOX_ADMIN_TOKEN` (at least 32 characters), compared in
//!   constant time.
//!
//! [`authenticate`] turns them into an [`Actor`] (who, with which [`Role`]); [`admin_guard`]
//! does it for `/v1/admin/`, refusing cookie-authenticated state changes that are not
//! same-origin ([`same_origin`]); bearer requests are not subject to that check (no browser
//! sends them on its own). Accounts, passwords, TOTP, sign-in limits and tokens are in
//! [`accounts`]; the command line (`staff …`, `token …`) in [`cli`].

pub mod accounts;
pub mod cli;

use crate::requests::is_token;
use crate::store;
use crate::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, Method};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use std::net::IpAddr;
use std::sync::atomic::{AtomicI64, Ordering};
use subtle::ConstantTimeEq;
use time::OffsetDateTime;

/// Name of the admin session cookie.
pub const COOKIE: &str = "glassbox_admin";

/// The shortest bootstrap token (`GLASSBOX_ADMIN_TOKEN`) the receiver accepts.
pub const MIN_BOOTSTRAP_TOKEN: usize = 32;

/// What a staff member or token may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Everything a handler may, plus exporting the register and re-sending failed mails
    /// (and, as they come, deleting requests and managing staff and tokens).
    Admin,
    /// Works on requests: reads them, changes their status, extends, attaches results, sends
    /// links.
    Handler,
}

impl Role {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Handler => "handler",
        }
    }

    /// The role named `s` (`admin`, `handler`).
    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "admin" => Some(Role::Admin),
            "handler" => Some(Role::Handler),
            _ => None,
        }
    }
}

impl std::str::FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Role, String> {
        Role::parse(s).ok_or_else(|| format!("{s:?} is not a role: admin or handler"))
    }
}

/// Who is acting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Who {
    /// A staff member, by email.
    Staff(String),
    /// A named API token.
    Token(String),
    /// The bootstrap token `GLASSBOX_ADMIN_TOKEN`.
    Bootstrap,
}

/// An authenticated caller of the admin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// Who.
    pub who: Who,
    /// What they may do.
    pub role: Role,
    /// Authenticated by the session cookie (a browser), not a bearer token.
    pub by_cookie: bool,
}

impl Actor {
    /// The actor as the audit log names it: `staff:<email>`, `token:<name>`,
    /// `bootstrap-token`.
    pub fn label(&self) -> String {
        match &self.who {
            Who::Staff(email) => format!("staff:{email}"),
            Who::Token(name) => format!("token:{name}"),
            Who::Bootstrap => "bootstrap-token".into(),
        }
    }

    /// Refuses ([`AuthError::NotAllowed`]) unless the actor has `role` (an admin may do
    /// everything).
    pub fn require(&self, role: Role) -> Result<(), AuthError> {
        if self.role == Role::Admin || self.role == role {
            Ok(())
        } else {
            Err(AuthError::NotAllowed)
        }
    }
}

/// Why access was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// No credentials at all.
    #[error("authentication required")]
    Missing,
    /// Wrong, revoked or expired credentials, or a cross-site request.
    #[error("forbidden")]
    Refused,
    /// Signed in, but the role does not allow this.
    #[error("only an admin may do this")]
    NotAllowed,
    /// The database failed.
    #[error("unavailable")]
    Unavailable,
}

/// The time sessions, sign-in locks and task leases are measured by: the system clock, which
/// tests move forward ([`Clock::advance`]) instead of waiting.
#[derive(Debug, Default)]
pub struct Clock {
    offset_secs: AtomicI64,
}

impl Clock {
    /// Now.
    pub fn now(&self) -> OffsetDateTime {
        store::now() + time::Duration::seconds(self.offset_secs.load(Ordering::Relaxed))
    }

    /// Moves this clock `secs` seconds forward.
    pub fn advance(&self, secs: i64) {
        self.offset_secs.fetch_add(secs, Ordering::Relaxed);
    }
}

/// The session cookie's value, if the browser sent one.
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

fn bearer(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.strip_prefix("Bearer ").unwrap_or("").trim().to_string())
}

fn ct_eq_hashed(given: &str, want: &str) -> bool {
    // Hash both sides so the comparison is constant-time whatever the lengths.
    let (g, w) = (
        store::sha256_hex(given.as_bytes()),
        store::sha256_hex(want.as_bytes()),
    );
    bool::from(g.as_bytes().ct_eq(w.as_bytes()))
}

/// The `Set-Cookie` value of a new session (`Secure` when the public URL is https).
pub fn session_cookie(state: &AppState, id: &str, max_age_secs: i64) -> String {
    format!(
        "{COOKIE}={id}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age_secs}{}",
        secure(state)
    )
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn cleared_cookie(state: &AppState) -> String {
    format!(
        "{COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{}",
        secure(state)
    )
}

fn secure(state: &AppState) -> &'static str {
    if state.base_url.starts_with("https://") {
        "; Secure"
    } else {
        ""
    }
}

async fn by_session(state: &AppState, cookie: &str) -> Result<Actor, AuthError> {
    if !is_token(cookie) {
        return Err(AuthError::Refused);
    }
    let hash = store::sha256_hex(cookie.as_bytes());
    let unavailable = |e: store::StoreError| {
        tracing::error!(error = %e, "session lookup failed");
        AuthError::Unavailable
    };
    let Some(s) = state.store.session_get(&hash).await.map_err(unavailable)? else {
        return Err(AuthError::Refused);
    };
    let now = state.clock.now();
    let idle_cutoff = store::format_time(
        now - time::Duration::minutes(i64::from(state.config.session_idle_minutes)),
    );
    let now_s = store::format_time(now);
    let ended = s.expires_at <= now_s || s.last_seen_at < idle_cutoff;
    let role = Role::parse(&s.role);
    if ended || s.disabled || role.is_none() {
        state
            .store
            .session_delete(&hash, now, None)
            .await
            .map_err(unavailable)?;
        return Err(AuthError::Refused);
    }
    // One write per quarter minute at most: the idle time is counted in minutes.
    let seen_recently = store::format_time(now - time::Duration::seconds(15)) <= s.last_seen_at;
    if !seen_recently {
        state
            .store
            .session_touch(&hash, now)
            .await
            .map_err(unavailable)?;
    }
    Ok(Actor {
        who: Who::Staff(s.email),
        role: role.unwrap_or(Role::Handler),
        by_cookie: true,
    })
}

/// Checks the bearer token (bootstrap or named) or the session cookie. Missing credentials →
/// [`AuthError::Missing`]; wrong, revoked or expired ones → [`AuthError::Refused`].
pub async fn authenticate(state: &AppState, headers: &HeaderMap) -> Result<Actor, AuthError> {
    if let Some(token) = bearer(headers) {
        if token.is_empty() {
            return Err(AuthError::Refused);
        }
        let bootstrap = state
            .config
            .admin_token
            .as_deref()
            .filter(|t| !t.is_empty());
        if bootstrap.is_some_and(|want| ct_eq_hashed(&token, want)) {
            return Ok(Actor {
                who: Who::Bootstrap,
                role: Role::Admin,
                by_cookie: false,
            });
        }
        // Looked up by its SHA-256: the database never sees the token, and timing tells
        // nothing about it.
        let hash = store::sha256_hex(token.as_bytes());
        let found = state.store.token_by_hash(&hash).await.map_err(|e| {
            tracing::error!(error = %e, "token lookup failed");
            AuthError::Unavailable
        })?;
        return match found {
            Some((name, role)) => Ok(Actor {
                who: Who::Token(name),
                role: Role::parse(&role).unwrap_or(Role::Handler),
                by_cookie: false,
            }),
            None => Err(AuthError::Refused),
        };
    }
    match admin_cookie(headers) {
        Some(cookie) => by_session(state, &cookie).await,
        None => Err(AuthError::Missing),
    }
}

fn changes_state(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Middleware guarding `/v1/admin/`: a JSON `401`/`403` without valid credentials, `403` for a
/// cookie-authenticated state change that is not same-origin. The [`Actor`] goes into the
/// request's extensions for the handlers.
pub async fn admin_guard(
    axum::extract::State(state): axum::extract::State<AppState>,
    mut req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    match authenticate(&state, req.headers()).await {
        Ok(actor) => {
            if actor.by_cookie && changes_state(req.method()) && same_origin(req.headers()).is_err()
            {
                tracing::warn!("cross-site admin request refused");
                return crate::error::ApiError::Forbidden.into_response();
            }
            req.extensions_mut().insert(actor);
            next.run(req).await
        }
        Err(e) => crate::error::ApiError::from(e).into_response(),
    }
}

/// Refuses cross-site requests: `Sec-Fetch-Site` (every current browser sends it) must be
/// `same-origin`; without it, an `Origin` header, when sent, must be this host.
pub fn same_origin(headers: &HeaderMap) -> Result<(), AuthError> {
    let text = |name: header::HeaderName| headers.get(name).and_then(|v| v.to_str().ok());
    // The admin pages' `Referrer-Policy: no-referrer` makes Chromium send `Origin: null`, so
    // Sec-Fetch-Site is the reliable signal.
    if let Some(site) = text(header::HeaderName::from_static("sec-fetch-site")) {
        return if site == "same-origin" {
            Ok(())
        } else {
            Err(AuthError::Refused)
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
        Err(AuthError::Refused)
    }
}

/// The client's IP address ([`crate::client_ip`]), for the per-client sign-in limit.
#[derive(Clone, Copy, Debug)]
pub struct ClientAddr(pub IpAddr);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<ClientAddr, Self::Rejection> {
        Ok(ClientAddr(crate::client_ip(
            &state.config.trusted_proxies,
            &parts.extensions,
            &parts.headers,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

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

    #[test]
    fn a_handler_may_not_do_what_needs_an_admin() {
        let handler = Actor {
            who: Who::Staff("h@example.org".into()),
            role: Role::Handler,
            by_cookie: true,
        };
        assert_eq!(handler.require(Role::Admin), Err(AuthError::NotAllowed));
        assert_eq!(handler.require(Role::Handler), Ok(()));
        assert_eq!(handler.label(), "staff:h@example.org");
        let admin = Actor {
            who: Who::Token("worker".into()),
            role: Role::Admin,
            by_cookie: false,
        };
        assert_eq!(admin.require(Role::Handler), Ok(()));
        assert_eq!(admin.label(), "token:worker");
    }
}
