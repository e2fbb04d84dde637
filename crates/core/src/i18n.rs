//! Translations and language negotiation.
//!
//! Messages live in Fluent files (`crates/core/locales/<lang>/glassbox.ftl`) compiled by
//! `build.rs` into a table; [`tr`] formats one. Integrators can override any message through
//! [`Overrides`], in the same `{ $variable }` syntax, without rebuilding.

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

impl Lang {
    /// The language of a BCP 47 tag, by its primary subtag: `fr-BE` → `fr`, `PT_br` → `pt`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.tag() == primary)
    }
}

/// A translatable message: [`Msg`] (the widget) or [`RightsMsg`] (the request form, a separate
/// table so that only the module with the form links its words).
pub trait Message: Copy + PartialEq + 'static {
    /// The Fluent id.
    fn id(self) -> &'static str;
    /// The pattern in `lang`, if that language has one.
    fn own_pattern(self, lang: Lang) -> Option<&'static str>;
}

fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|x| *x == lang).unwrap_or(0)
}

impl Message for Msg {
    fn id(self) -> &'static str {
        Msg::id(self)
    }
    fn own_pattern(self, lang: Lang) -> Option<&'static str> {
        let m = Msg::ALL.iter().position(|x| *x == self).unwrap_or(0);
        TABLE[lang_index(lang)][m]
    }
}

impl Message for RightsMsg {
    fn id(self) -> &'static str {
        RightsMsg::id(self)
    }
    fn own_pattern(self, lang: Lang) -> Option<&'static str> {
        let m = RightsMsg::ALL.iter().position(|x| *x == self).unwrap_or(0);
        RIGHTS_TABLE[lang_index(lang)][m]
    }
}

/// The pattern of `msg` in `lang`, falling back to English where a translation is missing.
pub fn pattern<M: Message>(lang: Lang, msg: M) -> &'static str {
    msg.own_pattern(lang)
        .or(msg.own_pattern(Lang::En))
        .unwrap_or("")
}

/// Whether `lang` has its own translation of `msg` (not the English fallback).
pub fn is_translated<M: Message>(lang: Lang, msg: M) -> bool {
    msg.own_pattern(lang).is_some()
}

/// Replaces each `{ $name }` in `pattern` with its value from `args`. Unknown variables are kept
/// as written so a mistake is visible rather than silently blank.
pub fn format(pattern: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let Some(end) = after.find('}') else {
            out.push_str(after);
            return out;
        };
        let inner = after[1..end].trim();
        let value = inner
            .strip_prefix('$')
            .and_then(|name| args.iter().find(|(k, _)| *k == name.trim()))
            .map(|(_, v)| *v);
        match value {
            Some(v) => out.push_str(v),
            None => out.push_str(&after[..=end]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The variables a pattern uses, sorted: `"{ $a } and {$b}"` → `["a", "b"]`.
pub fn variables(pattern: &str) -> Vec<String> {
    let mut vars: Vec<String> = pattern
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}'))
        .filter_map(|(inner, _)| inner.trim().strip_prefix('$').map(|v| v.trim().to_string()))
        .collect();
    vars.sort();
    vars.dedup();
    vars
}

/// Strings an integrator replaced, by language and Fluent id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overrides(Vec<(Lang, String, String)>);

impl Overrides {
    /// Sets the pattern of message `id` in `lang`.
    pub fn insert(&mut self, lang: Lang, id: &str, pattern: &str) {
        self.0.retain(|(l, i, _)| !(*l == lang && i == id));
        self.0.push((lang, id.to_string(), pattern.to_string()));
    }
}

/// The translated text of `msg` in `lang` with `args` filled in, honouring `overrides`.
pub fn tr<M: Message>(lang: Lang, msg: M, args: &[(&str, &str)], overrides: &Overrides) -> String {
    match overrides
        .0
        .iter()
        .find(|(l, i, _)| *l == lang && i == msg.id())
    {
        Some((_, _, p)) => format(p, args),
        None => format(pattern(lang, msg), args),
    }
}

/// Chooses the language: an explicit supported `data-lang` tag; otherwise (or for `auto`) the
/// page's `lang`, then the browser's languages in order, then English.
pub fn negotiate(requested: Option<&str>, page: Option<&str>, browser: &[String]) -> Lang {
    let explicit = requested
        .map(str::trim)
        .filter(|r| !r.is_empty() && !r.eq_ignore_ascii_case("auto"))
        .and_then(Lang::from_tag);
    explicit
        .or_else(|| page.and_then(Lang::from_tag))
        .or_else(|| browser.iter().find_map(|b| Lang::from_tag(b)))
        .unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
    use std::collections::BTreeSet;

    #[test]
    fn regional_tags_fall_back_to_their_language() {
        assert_eq!(Lang::from_tag("fr-BE"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("xx"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn negotiation_order_is_explicit_page_browser_english() {
        let browser = vec!["de-DE".to_string(), "fr-CA".to_string()];
        assert_eq!(negotiate(Some("fr"), Some("en"), &[]), Lang::Fr);
        assert_eq!(negotiate(Some("auto"), Some("fr-FR"), &[]), Lang::Fr);
        assert_eq!(negotiate(Some("auto"), None, &browser), Lang::Fr);
        assert_eq!(negotiate(None, Some("xx"), &["en-US".into()]), Lang::En);
        assert_eq!(negotiate(Some("auto"), None, &[]), Lang::En);
        // An unavailable explicit tag follows the automatic chain.
        assert_eq!(negotiate(Some("ja"), Some("fr"), &[]), Lang::Fr);
    }

    #[test]
    fn format_fills_variables_and_keeps_unknown_ones_visible() {
        assert_eq!(format("Hi { $name }!", &[("name", "Ana")]), "Hi Ana!");
        assert_eq!(format("Hi {$name}", &[("name", "Ana")]), "Hi Ana");
        assert_eq!(format("Hi { $who }", &[("name", "Ana")]), "Hi { $who }");
        assert_eq!(format("open { brace", &[]), "open { brace");
        // A value is never re-parsed as a pattern.
        assert_eq!(format("{ $a }", &[("a", "{ $a }")]), "{ $a }");
    }

    #[test]
    fn overrides_replace_one_language_only() {
        let mut o = Overrides::default();
        o.insert(Lang::Fr, "notice-ack", "D'accord, { $x }");
        assert_eq!(
            tr(Lang::Fr, Msg::NoticeAck, &[("x", "1")], &o),
            "D'accord, 1"
        );
        assert_eq!(tr(Lang::En, Msg::NoticeAck, &[], &o), "I understand");
    }

    fn ftl_messages(lang: &str) -> Vec<(String, BTreeSet<String>)> {
        let mut all = ftl_file(lang, "glassbox.ftl");
        all.extend(ftl_file(lang, "rights.ftl"));
        all
    }

    fn ftl_file(lang: &str, file: &str) -> Vec<(String, BTreeSet<String>)> {
        let path = format!("{}/locales/{lang}/{file}", env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(&path).expect(&path);
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("valid Fluent");
        resource
            .body
            .into_iter()
            .filter_map(|e| match e {
                Entry::Message(m) => Some(m),
                _ => None,
            })
            .map(|m| {
                let vars = m
                    .value
                    .iter()
                    .flat_map(|p| p.elements.iter())
                    .filter_map(|el| match el {
                        PatternElement::Placeable {
                            expression:
                                Expression::Inline(InlineExpression::VariableReference { id }),
                        } => Some(id.name.to_string()),
                        _ => None,
                    })
                    .collect();
                (m.id.name.to_string(), vars)
            })
            .collect()
    }

    /// Messages that may read the same as English in another language (names, acronyms).
    const MAY_EQUAL_ENGLISH: &[&str] = &[];

    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        let english = ftl_messages("en");
        let mut problems = Vec::new();
        for lang in Lang::ALL.iter().filter(|l| **l != Lang::En) {
            let theirs = ftl_messages(lang.tag());
            for (id, vars) in &english {
                match theirs.iter().find(|(i, _)| i == id) {
                    None => problems.push(format!("{}: missing `{id}`", lang.tag())),
                    Some((_, v)) if v != vars => problems.push(format!(
                        "{}: `{id}` uses {v:?}, English uses {vars:?}",
                        lang.tag()
                    )),
                    Some(_) => {}
                }
            }
            for (id, _) in &theirs {
                if !english.iter().any(|(i, _)| i == id) {
                    problems.push(format!("{}: `{id}` is not an English message", lang.tag()));
                }
            }
            let all: Vec<(&str, bool, bool)> = Msg::ALL
                .iter()
                .map(|m| {
                    (
                        m.id(),
                        pattern(*lang, *m) == pattern(Lang::En, *m),
                        is_translated(*lang, *m),
                    )
                })
                .chain(RightsMsg::ALL.iter().map(|m| {
                    (
                        m.id(),
                        pattern(*lang, *m) == pattern(Lang::En, *m),
                        is_translated(*lang, *m),
                    )
                }))
                .collect();
            for (id, same, translated) in all {
                if same && !MAY_EQUAL_ENGLISH.contains(&id) {
                    problems.push(format!("{}: `{id}` is identical to English", lang.tag()));
                }
                if !translated {
                    problems.push(format!("{}: `{id}` falls back to English", lang.tag()));
                }
            }
        }
        assert!(
            problems.is_empty(),
            "translation problems:\n{}",
            problems.join("\n")
        );
    }

    #[test]
    fn variables_are_listed_sorted_and_unique() {
        assert_eq!(variables("{ $b } { $a } {$b}"), vec!["a", "b"]);
        assert!(variables("no vars").is_empty());
    }
}
