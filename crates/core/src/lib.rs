//! Glassbox core: everything about the widget that is not the browser.
//!
//! Configuration parsing (`data-*` attributes into typed values, with errors that name the
//! attribute), translations and language negotiation, the notice's wording, safe URLs, the
//! `glassbox.request/v1` payload with its validation, and the legal deadlines (GDPR Art. 12(3)).
//! No yew, web-sys or js-sys here: the widget and the receiver both depend on this crate.

pub mod config;
pub mod deadline;
pub mod explanation;
pub mod i18n;
pub mod notice;
pub mod request;
pub mod rights;
#[cfg(feature = "schemas")]
pub mod schemas;
pub mod url;

pub use config::{Attrs, ConfigError, Parsed};
pub use i18n::{Lang, Msg};
