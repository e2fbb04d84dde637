//! Fuzz targets (bolero, on the stable toolchain): every parser of untrusted input in core takes
//! random and mutated inputs without panicking, and what it accepts keeps its promise.
//!
//! Inputs are the test fixtures (`tests/fixtures`, `schemas/`, `e2e/fixtures`) mutated by
//! random edits (flip, insert, delete, splice, "interesting" tokens such as `\ud800`, `1e999`,
//! deep nesting, `javascript:`), or random bytes. `cargo test` runs each target for 1 s;
//! `make fuzz-smoke` for 10 s (`BOLERO_RANDOM_TEST_TIME_MS`), `make fuzz` for 10 minutes. A
//! failure prints the input and its `BOLERO_RANDOM_SEED`; keep the input as a file under
//! `tests/fuzz-regressions/<target>/`, which `regressions_replay` replays on every run.

use bolero::check;
use glassbox_core::config::{
    AiContentConfig, Attrs, ExplanationConfig, NoticeConfig, RightsConfig, WidgetKind,
    KNOWN_ATTRIBUTES,
};
use glassbox_core::explanation::Explanation;
use glassbox_core::i18n::{format, tr, Msg, Overrides};
use glassbox_core::url::SafeUrl;
use glassbox_core::Lang;
use std::path::Path;
use std::sync::OnceLock;

mod fuzz_kit;
use fuzz_kit::{files, keep_on_failure, mutate, repo, Edit, Target};

/// Tokens that break parsers more often than random bytes do.
const TOKENS: &[&str] = &[
    "\"\\ud800\"",
    "\"\\u0000\"",
    "1e999",
    "-0",
    "18446744073709551616",
    "-9223372036854775809",
    "null",
    "[]",
    "{}",
    "\"\"",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    "{\"a\":",
    "javascript:alert(1)",
    " JaVaScRiPt:x",
    "\u{0}",
    "\u{202e}",
    "\u{feff}",
    "é",
    "𝔘",
    "\"schema\":\"glassbox.request/v1\"",
    "\"kinds\":[\"access\",\"erasure\",\"human-review\"]",
    "{ $system }",
    "{ $",
    "}",
    "2026-02-30T25:61:61Z",
    "0000-01-01T00:00:00+23:59",
];

fn request_seeds() -> &'static [Vec<u8>] {
    static S: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    S.get_or_init(|| {
        let r = repo();
        let mut v = files(&[r.join("crates/core/tests/fixtures/request")], &[".json"]);
        v.extend(files(&[r.join("schemas")], &["request.v1.json"]));
        v
    })
}

fn explanation_seeds() -> &'static [Vec<u8>] {
    static S: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    S.get_or_init(|| {
        let r = repo();
        let mut v = files(
            &[r.join("crates/core/tests/fixtures/explanation")],
            &[".json"],
        );
        v.extend(files(&[r.join("schemas")], &["explanation.v1.json"]));
        v
    })
}

/// Attribute values of the e2e host pages (`name="value"` pairs), plus the attribute names.
fn attribute_seeds() -> &'static [Vec<u8>] {
    static S: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    S.get_or_init(|| {
        let pages = files(&[repo().join("e2e/fixtures")], &[".html"]);
        let mut v: Vec<Vec<u8>> = vec![];
        for page in pages {
            let text = String::from_utf8_lossy(&page);
            for piece in text.split("data-").skip(1) {
                if let Some((_, rest)) = piece.split_once("=\"") {
                    if let Some((value, _)) = rest.split_once('"') {
                        v.push(value.as_bytes().to_vec());
                    }
                }
            }
        }
        v.extend(KNOWN_ATTRIBUTES.iter().map(|a| a.as_bytes().to_vec()));
        v.sort();
        v.dedup();
        v
    })
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// `glassbox.request/v1`: parse never panics; what it accepts validates, serializes and
/// parses back to itself.
fn request_target(bytes: &[u8]) {
    if let Ok(req) = glassbox_core::request::parse(bytes) {
        assert!(req.validate().is_ok(), "accepted but invalid: {req:?}");
        let again = serde_json::to_vec(&req).expect("serializes");
        let back = glassbox_core::request::parse(&again).expect("its own JSON parses");
        assert_eq!(back, req);
        let _ = req.canonical_id();
    }
}

/// `glassbox.explanation/v1`: the parser and everything the widget computes from an accepted
/// document.
fn explanation_target(bytes: &[u8]) {
    if let Ok(e) = Explanation::from_json(&text(bytes)) {
        let o = Overrides::default();
        let _ = (e.missing(), e.incomplete(), e.timescale(), e.total_weight());
        let ranked = e.ranked();
        assert!(ranked.len() <= e.factors.as_ref().map_or(0, Vec::len));
        for lang in [Lang::En, Lang::De, Lang::El] {
            let _ = e.summary(lang, &o);
        }
    }
}

/// A `SafeUrl` never lets a script, data or other scheme through, whatever the disguise.
fn url_target(bytes: &[u8]) {
    let raw = text(bytes);
    if let Ok(url) = SafeUrl::parse(&raw) {
        let s = url.as_str();
        let lower: String = s
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .collect::<String>()
            .to_ascii_lowercase();
        if let Some(end) = lower.find(':') {
            if lower.find(['/', '?', '#']).is_none_or(|p| end < p) {
                let scheme = &lower[..end];
                assert!(
                    matches!(scheme, "http" | "https" | "mailto"),
                    "{raw:?} accepted with scheme {scheme:?}"
                );
            }
        }
        assert!(!s.contains(['<', '>', '"', ' ', '`']), "{raw:?} → {s:?}");
    }
}

/// The widget's attributes: every parser takes any names and values, and a URL it keeps is
/// safe.
fn attributes_target(pairs: &[(u8, Vec<u8>)]) {
    let seeds = attribute_seeds();
    let attrs = Attrs::from_pairs(pairs.iter().map(|(name, value)| {
        let name = KNOWN_ATTRIBUTES[usize::from(*name) % KNOWN_ATTRIBUTES.len()];
        // Half the values from the host pages' own, the rest random.
        let value = if value.first().is_some_and(|b| b % 2 == 0) {
            let mut v =
                seeds[usize::from(value.get(1).copied().unwrap_or(0)) % seeds.len()].clone();
            v.extend_from_slice(value.get(2..).unwrap_or(&[]));
            text(&v)
        } else {
            text(value)
        };
        (name.to_string(), value)
    }));
    let _ = WidgetKind::parse(&attrs);
    let notice = NoticeConfig::parse(&attrs).value;
    for url in [&notice.more_info, &notice.privacy_policy]
        .into_iter()
        .flatten()
    {
        url_target(url.as_str().as_bytes());
    }
    let _ = ExplanationConfig::parse(&attrs);
    let _ = RightsConfig::parse(&attrs);
    let _ = AiContentConfig::parse(&attrs);
}

/// [`attributes_target`] on `name index, value bytes, NUL` records (the regression files' form).
fn attributes_bytes_target(bytes: &[u8]) {
    let pairs: Vec<(u8, Vec<u8>)> = bytes
        .split(|b| *b == 0)
        .filter(|r| !r.is_empty())
        .map(|r| (r[0], r[1..].to_vec()))
        .collect();
    attributes_target(&pairs);
}

/// Integrators' strings (`data-strings`, `Glassbox.strings()`): `{lang: {id: pattern}}`;
/// `Overrides::set` checks each, and every message then formats in that language.
fn strings_target(bytes: &[u8]) {
    let Ok(serde_json::Value::Object(langs)) = serde_json::from_slice(bytes) else {
        return;
    };
    let mut o = Overrides::default();
    for (tag, messages) in &langs {
        if let serde_json::Value::Object(messages) = messages {
            for (id, pattern) in messages {
                if let Some(p) = pattern.as_str() {
                    let _ = o.set(tag, id, p);
                    let _ = format(p, &[("system", "Aria"), ("controller", "<b>&")]);
                }
            }
        }
    }
    for lang in [Lang::En, Lang::Fr, Lang::De] {
        for msg in Msg::ALL {
            let _ = tr(lang, *msg, &[("system", "Aria")], &o);
        }
    }
}

/// Seeds of `strings_target`: every message id with its English pattern, in one document
/// per language.
fn strings_seeds() -> &'static [Vec<u8>] {
    static S: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    S.get_or_init(|| {
        let mut out = vec![];
        for tag in ["en", "fr", "pt-BR", "xx"] {
            let mut m = serde_json::Map::new();
            for msg in Msg::ALL.iter().take(40) {
                let pattern = glassbox_core::i18n::pattern(Lang::En, *msg);
                m.insert(msg.id().to_string(), pattern.into());
            }
            out.push(serde_json::json!({ tag: m }).to_string().into_bytes());
        }
        out
    })
}

#[test]
fn fuzz_request_parse() {
    check!()
        .with_type::<(u8, Vec<Edit>)>()
        .for_each(|(pick, edits)| {
            keep_on_failure(
                "request",
                &mutate(request_seeds(), *pick, edits, TOKENS),
                request_target,
            )
        });
    check!().for_each(|b| keep_on_failure("request", b, request_target));
}

#[test]
fn fuzz_explanation_parse() {
    check!()
        .with_type::<(u8, Vec<Edit>)>()
        .for_each(|(pick, edits)| {
            keep_on_failure(
                "explanation",
                &mutate(explanation_seeds(), *pick, edits, TOKENS),
                explanation_target,
            )
        });
    check!().for_each(|b| keep_on_failure("explanation", b, explanation_target));
}

#[test]
fn fuzz_safe_url() {
    check!()
        .with_type::<(u8, Vec<Edit>)>()
        .for_each(|(pick, edits)| {
            keep_on_failure(
                "url",
                &mutate(attribute_seeds(), *pick, edits, TOKENS),
                url_target,
            )
        });
    check!().for_each(|b| keep_on_failure("url", b, url_target));
}

#[test]
fn fuzz_widget_attributes() {
    check!()
        .with_type::<Vec<(u8, Vec<u8>)>>()
        .for_each(|pairs| {
            // As bytes (name index, value; NUL-separated), so a failure can be kept as a file.
            let mut bytes = vec![];
            for (name, value) in pairs {
                bytes.push(*name);
                bytes.extend(value.iter().copied().filter(|b| *b != 0));
                bytes.push(0);
            }
            keep_on_failure("attributes", &bytes, attributes_bytes_target)
        });
}

#[test]
fn fuzz_integrator_strings() {
    check!()
        .with_type::<(u8, Vec<Edit>)>()
        .for_each(|(pick, edits)| {
            keep_on_failure(
                "strings",
                &mutate(strings_seeds(), *pick, edits, TOKENS),
                strings_target,
            )
        });
}

/// Every input a fuzz run found failing, kept as a file, replayed on every `cargo test`:
/// `tests/fuzz-regressions/<target>/<name>` with target `request`, `explanation`, `url`,
/// `attributes` or `strings`.
#[test]
fn regressions_replay() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let targets: [(&str, Target); 5] = [
        ("request", request_target),
        ("attributes", attributes_bytes_target),
        ("explanation", explanation_target),
        ("url", url_target),
        ("strings", strings_target),
    ];
    let mut replayed = 0;
    for (name, target) in targets {
        let Ok(entries) = std::fs::read_dir(dir.join(name)) else {
            continue;
        };
        for e in entries.flatten() {
            let bytes = std::fs::read(e.path()).unwrap();
            target(&bytes);
            replayed += 1;
        }
    }
    eprintln!("{replayed} fuzz regressions replayed");
    // The seeds themselves go through every target too.
    for s in request_seeds() {
        request_target(s);
    }
    for s in explanation_seeds() {
        explanation_target(s);
    }
    for s in attribute_seeds() {
        url_target(s);
    }
    for s in strings_seeds() {
        strings_target(s);
    }
}
