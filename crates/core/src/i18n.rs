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

/// The position of `lang` in the compiled tables, if it is compiled in.
fn compiled_index(lang: Lang) -> Option<usize> {
    COMPILED.iter().position(|x| *x == lang)
}

/// A language installed at run time (see [`install`]): patterns in `Msg::ALL` and
/// `RightsMsg::ALL` order.
struct Installed {
    lang: Lang,
    msgs: Vec<Option<&'static str>>,
    rights: Vec<Option<&'static str>>,
}

thread_local! {
    static INSTALLED: std::cell::RefCell<Vec<Installed>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn installed<T>(lang: Lang, f: impl FnOnce(&Installed) -> Option<T>) -> Option<T> {
    INSTALLED.with_borrow(|all| all.iter().find(|i| i.lang == lang).and_then(f))
}

impl Message for Msg {
    fn id(self) -> &'static str {
        Msg::id(self)
    }
    fn own_pattern(self, lang: Lang) -> Option<&'static str> {
        let m = Msg::ALL.iter().position(|x| *x == self).unwrap_or(0);
        match compiled_index(lang) {
            Some(l) => TABLE[l][m],
            None => installed(lang, |i| i.msgs.get(m).copied().flatten()),
        }
    }
}

impl Message for RightsMsg {
    fn id(self) -> &'static str {
        RightsMsg::id(self)
    }
    fn own_pattern(self, lang: Lang) -> Option<&'static str> {
        let m = RightsMsg::ALL.iter().position(|x| *x == self).unwrap_or(0);
        match compiled_index(lang) {
            Some(l) => RIGHTS_TABLE[l][m],
            None => installed(lang, |i| i.rights.get(m).copied().flatten()),
        }
    }
}

#[cfg(feature = "receiver")]
impl Message for ReceiverMsg {
    fn id(self) -> &'static str {
        ReceiverMsg::id(self)
    }
    fn own_pattern(self, lang: Lang) -> Option<&'static str> {
        let m = ReceiverMsg::ALL
            .iter()
            .position(|x| *x == self)
            .unwrap_or(0);
        compiled_index(lang).and_then(|l| RECEIVER_TABLE[l][m])
    }
}

/// Whether the widget can speak `lang` now: compiled in, or installed at run time.
pub fn is_available(lang: Lang) -> bool {
    compiled_index(lang).is_some() || installed(lang, |_| Some(())).is_some()
}

/// Installs the patterns of a language that is not compiled in, looked up by Fluent id (the
/// dist build's `glassbox.<lang>.json`). A pattern whose `{ $variables }` differ from the
/// English one is left out (English is shown instead), so a damaged file cannot show a wrong
/// value. Returns the ids left out. Installing a language twice keeps the first.
pub fn install(lang: Lang, get: impl Fn(&str) -> Option<String>) -> Vec<&'static str> {
    let mut rejected = Vec::new();
    if is_available(lang) {
        return rejected;
    }
    let mut take = |id: &'static str, english: Option<&'static str>| -> Option<&'static str> {
        let pattern = get(id)?;
        if english.is_some_and(|e| !same_variables(e, &pattern)) {
            rejected.push(id);
            return None;
        }
        Some(&*Box::leak(pattern.into_boxed_str()))
    };
    let msgs = Msg::ALL
        .iter()
        .map(|m| take(m.id(), m.own_pattern(Lang::En)))
        .collect();
    // The notice module has no form, so it keeps none of the form's words.
    #[cfg(feature = "explanation")]
    let rights = RightsMsg::ALL
        .iter()
        .map(|m| take(m.id(), m.own_pattern(Lang::En)))
        .collect();
    #[cfg(not(feature = "explanation"))]
    let rights = Vec::new();
    INSTALLED.with_borrow_mut(|all| all.push(Installed { lang, msgs, rights }));
    rejected
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

fn variables_of(pattern: &str) -> impl Iterator<Item = &str> + Clone {
    pattern
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}'))
        .filter_map(|(inner, _)| inner.trim().strip_prefix('$').map(str::trim))
}

/// Whether two patterns use the same `{ $variables }` (in any order, any number of times).
/// Without sorting: the sort would cost more bytes in the notice module than it saves time.
pub fn same_variables(a: &str, b: &str) -> bool {
    let (va, vb) = (variables_of(a), variables_of(b));
    va.clone().all(|v| vb.clone().any(|w| w == v)) && vb.clone().all(|w| va.clone().any(|v| v == w))
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

/// Why an integrator's replacement string was not used. The message names the language tag and
/// the message id as the integrator wrote them.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OverrideError {
    /// The language is not one of the 24.
    #[error("\"{0}\" is not one of the widget's languages (bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv)")]
    Language(String),
    /// No message has this id.
    #[error("\"{id}\" is not a message of the widget{}", suggestion.map(|s| format!("; did you mean \"{s}\"?")).unwrap_or_default())]
    Message {
        /// The id as written.
        id: String,
        /// The closest id, if one is close.
        suggestion: Option<&'static str>,
    },
    /// The replacement uses other `{ $variables }` than the message.
    #[error("\"{id}\" in \"{lang}\" must use the same {{ $placeholders }} as the original: \"{original}\"")]
    Placeholders {
        /// The language tag.
        lang: String,
        /// The message id.
        id: String,
        /// The original (English) pattern.
        original: String,
    },
    /// The replacement is empty or only spaces: the built-in text is kept, so the notice
    /// sentence (or any button, link or heading) can never be blanked out.
    #[error("\"{id}\" in \"{lang}\" is empty; the built-in text is kept")]
    Blank {
        /// The language tag.
        lang: String,
        /// The message id.
        id: String,
    },
    /// The value is not a string.
    #[error("\"{id}\" in \"{lang}\" must be a string")]
    NotText {
        /// The language tag.
        lang: String,
        /// The message id.
        id: String,
    },
}

/// The English pattern of message `id`: `None` for no such message, `Some(None)` for a message
/// this build cannot check (the notice module has neither the explanation's nor the form's words;
/// the explanation module checks those).
fn english(id: &str) -> Option<Option<&'static str>> {
    if let Some(m) = Msg::ALL.iter().find(|m| m.id() == id) {
        return Some(m.own_pattern(Lang::En));
    }
    #[cfg(feature = "explanation")]
    return RightsMsg::ALL
        .iter()
        .find(|m| m.id() == id)
        .map(|m| m.own_pattern(Lang::En));
    #[cfg(not(feature = "explanation"))]
    return id.starts_with("rights-").then_some(None);
}

/// Whether the notice module (built without the `explanation` feature) checks replacements of
/// `id` itself; the explanation module checks (and reports) the others.
pub fn checked_by_notice_module(id: &str) -> bool {
    !["explanation-", "summary-", "list-", "rights-"]
        .iter()
        .any(|p| id.starts_with(p))
}

impl Overrides {
    /// Sets the pattern of message `id` in `lang`.
    pub fn insert(&mut self, lang: Lang, id: &str, pattern: &str) {
        self.0.retain(|(l, i, _)| !(*l == lang && i == id));
        self.0.push((lang, id.to_string(), pattern.to_string()));
    }

    /// Sets the pattern of message `id` in the language `tag` (`"de"`, `"pt-BR"` → `pt`), after
    /// checking the language, the id and the placeholders against the original message.
    pub fn set(&mut self, tag: &str, id: &str, pattern: &str) -> Result<(), OverrideError> {
        let lang = Lang::from_tag(tag).ok_or_else(|| OverrideError::Language(tag.to_string()))?;
        let Some(original) = english(id) else {
            #[cfg(feature = "explanation")]
            let rights = RightsMsg::ALL.iter().map(|m| m.id());
            #[cfg(not(feature = "explanation"))]
            let rights = std::iter::empty();
            let suggestion = Msg::ALL
                .iter()
                .map(|m| m.id())
                .chain(rights)
                .map(|known| (strsim::levenshtein(id, known), known))
                .filter(|(distance, _)| *distance <= 3)
                .min()
                .map(|(_, known)| known);
            return Err(OverrideError::Message {
                id: id.to_string(),
                suggestion,
            });
        };
        if pattern.trim().is_empty() {
            return Err(OverrideError::Blank {
                lang: tag.to_string(),
                id: id.to_string(),
            });
        }
        if let Some(original) = original {
            if !same_variables(original, pattern) {
                return Err(OverrideError::Placeholders {
                    lang: tag.to_string(),
                    id: id.to_string(),
                    original: original.to_string(),
                });
            }
        }
        self.insert(lang, id, pattern);
        Ok(())
    }

    /// `self` with every replacement of `other` laid over it.
    pub fn overridden_by(&self, other: &Overrides) -> Overrides {
        let mut out = self.clone();
        for (lang, id, pattern) in &other.0 {
            out.insert(*lang, id, pattern);
        }
        out
    }

    /// Whether nothing is replaced.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
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
        assert_eq!(Lang::from_tag("pt-BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_tag("el-CY"), Some(Lang::El));
        assert_eq!(Lang::ALL.len(), 24);
        assert_eq!(Lang::from_tag("xx"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn negotiation_order_is_explicit_page_browser_english() {
        let browser = vec!["ja-JP".to_string(), "fr-CA".to_string()];
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

    #[test]
    fn integrator_overrides_are_checked_against_the_original() {
        let mut o = Overrides::default();
        assert_eq!(o.set("pt-BR", "notice-ack", "Entendi"), Ok(()));
        assert_eq!(tr(Lang::Pt, Msg::NoticeAck, &[], &o), "Entendi");
        let e = o.set("xx", "notice-ack", "x").unwrap_err();
        assert!(
            e.to_string()
                .contains("\"xx\" is not one of the widget's languages"),
            "{e}"
        );
        let e = o.set("de", "notice-akc", "x").unwrap_err();
        assert!(
            e.to_string().contains("did you mean \"notice-ack\"?"),
            "{e}"
        );
        let e = o
            .set("de", "notice-operator", "Betrieben von { $firma }")
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "\"notice-operator\" in \"de\" must use the same { $placeholders } as the original: \"This system is operated by {$controller}.\""
        );
        // The notice sentence (or any text) cannot be blanked out: named, the built-in kept.
        for blank in ["", "  \n\t "] {
            let e = o.set("en", "notice-sentence", blank).unwrap_err();
            assert_eq!(
                e.to_string(),
                "\"notice-sentence\" in \"en\" is empty; the built-in text is kept"
            );
        }
        assert!(o.set("de", "notice-sentence-named", " ").is_err());
        assert_eq!(
            tr(Lang::En, Msg::NoticeSentence, &[], &o),
            "You are interacting with an AI system, not a person."
        );
        // The rejected ones changed nothing.
        assert_eq!(o, {
            let mut only = Overrides::default();
            only.insert(Lang::Pt, "notice-ack", "Entendi");
            only
        });
        let mut page = Overrides::default();
        page.insert(Lang::Pt, "notice-ack", "Li");
        page.insert(Lang::Pt, "notice-human", "Falar com uma pessoa");
        let merged = page.overridden_by(&o);
        assert_eq!(tr(Lang::Pt, Msg::NoticeAck, &[], &merged), "Entendi");
        assert_eq!(
            tr(Lang::Pt, Msg::NoticeHuman, &[], &merged),
            "Falar com uma pessoa"
        );
    }

    #[test]
    fn an_installed_language_is_used_and_a_damaged_pattern_is_refused() {
        // Installing a compiled-in language changes nothing.
        assert!(install(Lang::Fr, |_| Some("x".into())).is_empty());
        assert_ne!(pattern(Lang::Fr, Msg::NoticeAck), "x");
        assert!(is_available(Lang::Fr));
        for lang in Lang::ALL {
            assert!(
                is_available(*lang),
                "{} is compiled in with all-languages",
                lang.tag()
            );
        }
    }

    /// `(id, variables, text)` of every message of `lang` in the three resource files, read
    /// from the files translators edit (whatever this build compiles in).
    fn ftl_messages(lang: &str) -> Vec<(String, BTreeSet<String>, String)> {
        ["glassbox.ftl", "rights.ftl", "receiver.ftl"]
            .iter()
            .flat_map(|file| ftl_file(lang, file))
            .collect()
    }

    fn ftl_file(lang: &str, file: &str) -> Vec<(String, BTreeSet<String>, String)> {
        let path = format!("{}/locales/{lang}/{file}", env!("CARGO_MANIFEST_DIR"));
        // A missing file shows as every one of its messages missing.
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("valid Fluent");
        resource
            .body
            .into_iter()
            .filter_map(|e| match e {
                Entry::Message(m) => Some(m),
                _ => None,
            })
            .map(|m| {
                let mut vars = BTreeSet::new();
                let mut text = String::new();
                for el in m.value.iter().flat_map(|p| p.elements.iter()) {
                    match el {
                        PatternElement::TextElement { value } => text.push_str(value),
                        PatternElement::Placeable {
                            expression:
                                Expression::Inline(InlineExpression::VariableReference { id }),
                        } => {
                            vars.insert(id.name.to_string());
                            text.push_str(&format!("{{${}}}", id.name));
                        }
                        other => text.push_str(&format!("{other:?}")),
                    }
                }
                (m.id.name.to_string(), vars, text.trim().to_string())
            })
            .collect()
    }

    /// Messages that may read the same as English in one language: the word really is the
    /// same there ("no" in Spanish and Italian). By language, so that no other language can
    /// leave it untranslated. Kept in step with `scripts/check-locale.py`.
    const MAY_EQUAL_ENGLISH: &[(&str, &str)] =
        &[("es", "explanation-no"), ("it", "explanation-no")];

    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        let english = ftl_messages("en");
        let mut problems = Vec::new();
        for lang in Lang::ALL.iter().filter(|l| **l != Lang::En) {
            let tag = lang.tag();
            let theirs = ftl_messages(tag);
            for (id, vars, text) in &english {
                match theirs.iter().find(|(i, _, _)| i == id) {
                    None => problems.push(format!("{tag}: missing `{id}`")),
                    Some((_, v, _)) if v != vars => {
                        problems.push(format!("{tag}: `{id}` uses {v:?}, English uses {vars:?}"))
                    }
                    Some((_, _, t))
                        if t == text && !MAY_EQUAL_ENGLISH.contains(&(tag, id.as_str())) =>
                    {
                        problems.push(format!("{tag}: `{id}` is identical to English"))
                    }
                    Some((_, _, t)) if t.is_empty() => {
                        problems.push(format!("{tag}: `{id}` is empty"))
                    }
                    Some(_) => {}
                }
            }
            for (id, _, _) in &theirs {
                if !english.iter().any(|(i, _, _)| i == id) {
                    problems.push(format!("{tag}: `{id}` is not an English message"));
                }
            }
            // What this build compiled in agrees with the files: nothing falls back to English.
            #[cfg(all(feature = "all-languages", feature = "explanation"))]
            for id in Msg::ALL
                .iter()
                .filter(|m| !is_translated(*lang, **m))
                .map(|m| m.id())
                .chain(
                    RightsMsg::ALL
                        .iter()
                        .filter(|m| !is_translated(*lang, **m))
                        .map(|m| m.id()),
                )
            {
                problems.push(format!("{tag}: `{id}` falls back to English"));
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
