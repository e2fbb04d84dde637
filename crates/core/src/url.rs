//! URLs that come from attributes and end up in an `href`.
//!
//! Only `http:`, `https:` and `mailto:` absolute URLs and relative references are accepted;
//! `javascript:`, `data:`, `vbscript:` and every other scheme are refused, including when
//! disguised with case, whitespace or control characters (which browsers strip).

use std::fmt;

/// A URL that is safe to put in an `href`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafeUrl(String);

/// Why a URL was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    /// Empty after trimming.
    #[error("it is empty")]
    Empty,
    /// A scheme other than http, https or mailto.
    #[error("the scheme `{0}:` is not allowed (use https:, http:, mailto: or a relative path)")]
    Scheme(String),
    /// Spaces, quotes or angle brackets inside.
    #[error("it contains spaces, quotes or angle brackets")]
    Malformed,
    /// Not an absolute `http:` or `https:` URL where only a web page will do.
    #[error("it is not an absolute http: or https: URL")]
    NotWeb,
}

impl SafeUrl {
    /// Checks `raw` and keeps it as written (trimmed).
    pub fn parse(raw: &str) -> Result<SafeUrl, UrlError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(UrlError::Empty);
        }
        // What a browser would see: ASCII tab and newlines removed, then leading C0/space trimmed.
        let seen: String = trimmed
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect::<String>()
            .trim_start_matches(|c: char| c <= ' ')
            .to_string();
        if seen
            .chars()
            .any(|c| c.is_control() || matches!(c, ' ' | '"' | '<' | '>' | '`'))
        {
            return Err(UrlError::Malformed);
        }
        let scheme_end = seen.find(':');
        let path_start = seen.find(['/', '?', '#']);
        if let Some(end) = scheme_end {
            if path_start.is_none_or(|p| end < p) {
                let scheme = seen[..end].to_ascii_lowercase();
                if !matches!(scheme.as_str(), "http" | "https" | "mailto") {
                    return Err(UrlError::Scheme(scheme));
                }
            }
        }
        Ok(SafeUrl(seen))
    }

    /// Checks `raw` as an absolute `http:` or `https:` URL (a page to open), nothing else: no
    /// `mailto:`, no relative reference. Used for links that come from a server's answer, such
    /// as the receiver's `status_url`.
    pub fn parse_web(raw: &str) -> Result<SafeUrl, UrlError> {
        let url = SafeUrl::parse(raw)?;
        let lower = url.0.get(..8).unwrap_or(&url.0).to_ascii_lowercase();
        if lower.starts_with("https://") || lower.starts_with("http://") {
            Ok(url)
        } else {
            Err(UrlError::NotWeb)
        }
    }

    /// The URL as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this is a `mailto:` link.
    pub fn is_mailto(&self) -> bool {
        self.0.len() >= 7 && self.0[..7].eq_ignore_ascii_case("mailto:")
    }
}

impl fmt::Display for SafeUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_web_mail_and_relative() {
        for ok in [
            "https://example.com/a?b#c",
            "HTTP://x",
            "mailto:privacy@example.com",
            "/privacy",
            "docs/model.html",
            "#top",
            "?q=1",
            "a/b:c",
        ] {
            assert!(SafeUrl::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn refuses_script_and_data_schemes_however_disguised() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "data:text/html,<b>x</b>",
            "vbscript:x",
            "file:///etc/passwd",
        ] {
            assert!(SafeUrl::parse(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            SafeUrl::parse("javascript:x"),
            Err(UrlError::Scheme("javascript".into()))
        );
        assert_eq!(SafeUrl::parse("  "), Err(UrlError::Empty));
        assert_eq!(SafeUrl::parse("https://a b"), Err(UrlError::Malformed));
    }

    #[test]
    fn web_urls_only_for_server_links() {
        for ok in ["https://example.com/v1/status/abc", "HTTP://x/y"] {
            assert!(SafeUrl::parse_web(ok).is_ok(), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            " JaVa\tScRiPt:alert(1)",
            "mailto:a@b.c",
            "/v1/status/abc",
            "//evil.example/x",
            "https:x",
            "data:text/html,x",
        ] {
            assert!(SafeUrl::parse_web(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn mailto_is_recognised() {
        assert!(SafeUrl::parse("MAILTO:a@b.c").unwrap().is_mailto());
        assert!(!SafeUrl::parse("https://a").unwrap().is_mailto());
    }

    proptest! {
        #[test]
        fn nothing_accepted_runs_script(s in "\\PC{0,40}") {
            if let Ok(u) = SafeUrl::parse(&s) {
                let lower: String = u.as_str().to_ascii_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
                prop_assert!(!lower.starts_with("javascript:"));
                prop_assert!(!lower.starts_with("data:"));
                prop_assert!(!lower.starts_with("vbscript:"));
            }
        }
    }
}
