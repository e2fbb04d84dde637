//! Server-rendered HTML: the requester's pages ([`requester`]: status, confirmation, a new
//! link) and the privacy team's admin page ([`admin`]) at `/admin/`.
//!
//! Templates are maud: every value is escaped by construction. No JavaScript at all; one
//! stylesheet from `/assets/receiver.css`, so the pages work under
//! [`crate::edge::PAGE_CSP`] (no script, styles from this origin, no frames).

pub mod admin;
pub mod requester;
pub mod team;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use glassbox_core::Lang;
use maud::{html, Markup, DOCTYPE};

/// The stylesheet of every page.
pub const CSS: &str = include_str!("../../static/receiver.css");

const CSP: &str = crate::edge::PAGE_CSP;

/// An HTML answer with the strict security headers.
pub fn html_response(status: StatusCode, body: Markup) -> Response {
    let mut resp = (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body.into_string(),
    )
        .into_response();
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

/// A whole page in `lang` with `title` and `body` inside `<main>`.
pub fn layout(lang: Lang, title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(lang.tag()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="robots" content="noindex";
                title { (title) }
                link rel="stylesheet" href="/assets/receiver.css";
            }
            body { main { (body) } }
        }
    }
}

/// A page with a title and one paragraph.
pub fn message_page(lang: Lang, title: &str, text: &str) -> Markup {
    layout(lang, title, html! { h1 { (title) } p { (text) } })
}
