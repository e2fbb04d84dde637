//! Who may use the admin API and page: the admin bearer token, or the admin page's session
//! cookie (a hash of the token, never the token). One place decides, for the JSON API (through
//! [`admin_guard`]) and for the HTML pages (through [`check`]), and for form posts whether they
//! come from the admin page itself ([`same_origin`]).

use crate::store;
use crate::AppState;
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use subtle::ConstantTimeEq;

/// Name of the admin session cookie.
pub const COOKIE: &str = "glassbox_admin";

/// Why access was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// No credentials at all.
    #[error("authentication required")]
    Missing,
    /// Wrong credentials, or admin disabled (no token configured), or a cross-site form post.
    #[error("forbidden")]
    Refused,
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

fn ct_eq_hashed(given: &str, want: &str) -> bool {
    // Hash both sides so the comparison is constant-time whatever the lengths.
    let (g, w) = (
        store::sha256_hex(given.as_bytes()),
        store::sha256_hex(want.as_bytes()),
    );
    bool::from(g.as_bytes().ct_eq(w.as_bytes()))
}

/// Whether `token` is the admin token (constant time).
pub fn is_admin_token(state: &AppState, token: &str) -> bool {
    state
        .config
        .admin_token
        .as_deref()
        .filter(|t| !t.is_empty())
        .is_some_and(|want| ct_eq_hashed(token.trim(), want))
}

/// Checks the bearer token or the session cookie. Missing credentials → [`AuthError::Missing`];
/// wrong ones, or admin disabled → [`AuthError::Refused`].
pub fn check(state: &AppState, headers: &HeaderMap) -> Result<(), AuthError> {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.strip_prefix("Bearer ").unwrap_or("").trim().to_string());
    let cookie = admin_cookie(headers);
    if bearer.is_none() && cookie.is_none() {
        return Err(AuthError::Missing);
    }
    let Some(expected) = state
        .config
        .admin_token
        .as_deref()
        .filter(|t| !t.is_empty())
    else {
        return Err(AuthError::Refused);
    };
    let ok = match bearer {
        Some(b) => ct_eq_hashed(&b, expected),
        None => ct_eq_hashed(&cookie.unwrap_or_default(), &session_value(expected)),
    };
    if ok {
        Ok(())
    } else {
        Err(AuthError::Refused)
    }
}

/// Middleware guarding `/v1/admin/`: a JSON `401`/`403` without valid credentials.
pub async fn admin_guard(
    axum::extract::State(state): axum::extract::State<AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    match check(&state, req.headers()) {
        Ok(()) => next.run(req).await,
        Err(e) => crate::error::ApiError::from(e).into_response(),
    }
}

/// Refuses cross-site form posts: `Sec-Fetch-Site` (every current browser sends it) must be
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
}
