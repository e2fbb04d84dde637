//! The operator's own words: `GLASSBOX_TEMPLATES_DIR/<lang>/receiver.ftl` files whose messages
//! replace the built-in ones (`crates/core/locales/<lang>/receiver.ftl`) by id, read once at
//! start, without a rebuild.
//!
//! A file that does not parse is skipped whole; a message with an unknown id, with other
//! `{ $variables }` than the built-in one, or with Fluent features beyond text and variables is
//! skipped; a folder that is not one of the 24 languages is skipped. In every case the built-in
//! text is kept and the mistake is named (file, line, id) in the start-up log.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use glassbox_core::i18n::{same_variables, Overrides, ReceiverMsg};
use glassbox_core::Lang;
use std::path::Path;

/// What was read.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The replacements to use.
    pub overrides: Overrides,
    /// How many messages were replaced.
    pub replaced: usize,
    /// Each mistake, naming the file and the message.
    pub problems: Vec<String>,
}

/// The pattern of a message as `text { $variable } text`, or why it cannot be used.
fn pattern_text(pattern: &fluent_syntax::ast::Pattern<String>) -> Result<String, &'static str> {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => {
                out.push_str("{ $");
                out.push_str(&id.name);
                out.push_str(" }");
            }
            PatternElement::Placeable { .. } => {
                return Err("only text and { $variables } are supported")
            }
        }
    }
    Ok(out)
}

/// The line of byte offset `at` in `source` (1-based).
fn line_of(source: &str, at: usize) -> usize {
    source[..at.min(source.len())].matches('\n').count() + 1
}

/// Reads every `<lang>/receiver.ftl` in `dir`.
pub fn load(dir: &Path) -> Loaded {
    let mut loaded = Loaded::default();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            loaded
                .problems
                .push(format!("{}: cannot be read ({e})", dir.display()));
            return loaded;
        }
    };
    let mut folders: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    folders.sort();
    for folder in folders.into_iter().filter(|p| p.is_dir()) {
        let tag = folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(lang) = Lang::ALL.iter().copied().find(|l| l.tag() == tag) else {
            loaded.problems.push(format!(
                "{}: not one of the 24 language tags (bg cs da … sv); skipped",
                folder.display()
            ));
            continue;
        };
        let file = folder.join("receiver.ftl");
        let Ok(source) = std::fs::read_to_string(&file) else {
            continue;
        };
        let resource = match fluent_syntax::parser::parse(source.clone()) {
            Ok(r) => r,
            Err((_, errors)) => {
                let first = &errors[0];
                loaded.problems.push(format!(
                    "{}:{}: syntax error ({:?}); the whole file is skipped",
                    file.display(),
                    line_of(&source, first.pos.start),
                    first.kind
                ));
                continue;
            }
        };
        for entry in &resource.body {
            let Entry::Message(m) = entry else { continue };
            let id = m.id.name.as_str();
            let Some(msg) = ReceiverMsg::ALL.iter().copied().find(|x| x.id() == id) else {
                loaded.problems.push(format!(
                    "{}: unknown message id {id:?}; skipped",
                    file.display()
                ));
                continue;
            };
            let Some(value) = &m.value else { continue };
            let text = match pattern_text(value) {
                Ok(t) => t,
                Err(why) => {
                    loaded
                        .problems
                        .push(format!("{}: {id}: {why}; skipped", file.display()));
                    continue;
                }
            };
            let builtin = glassbox_core::i18n::pattern(Lang::En, msg);
            if !same_variables(builtin, &text) {
                loaded.problems.push(format!(
                    "{}: {id}: uses other {{ $variables }} than the built-in {builtin:?}; skipped",
                    file.display()
                ));
                continue;
            }
            loaded.overrides.insert(lang, id, &text);
            loaded.replaced += 1;
        }
    }
    loaded
}

#[cfg(test)]
mod tests {
    use super::*;
    use glassbox_core::i18n::tr;

    fn write(dir: &Path, lang: &str, text: &str) {
        std::fs::create_dir_all(dir.join(lang)).unwrap();
        std::fs::write(dir.join(lang).join("receiver.ftl"), text).unwrap();
    }

    #[test]
    fn good_messages_replace_and_mistakes_are_named() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "de",
            "msg-remedy = Sie können auch vor Gericht gehen.\n\
             msg-due = Antwort bis { $date }.\n\
             msg-typo = Unbekannt\n\
             msg-reason = Gründe: { $grund }\n",
        );
        write(dir.path(), "fr", "msg-remedy = { \n");
        write(dir.path(), "xx", "msg-remedy = ?\n");
        let loaded = load(dir.path());
        assert_eq!(loaded.replaced, 2);
        let o = &loaded.overrides;
        assert_eq!(
            tr(Lang::De, ReceiverMsg::MsgRemedy, &[], o),
            "Sie können auch vor Gericht gehen."
        );
        assert_eq!(
            tr(Lang::De, ReceiverMsg::MsgDue, &[("date", "2026-12-01")], o),
            "Antwort bis 2026-12-01."
        );
        // Kept built-in: the bad variable, and the French file with a syntax error.
        assert_eq!(
            tr(Lang::De, ReceiverMsg::MsgReason, &[("reason", "x")], o),
            tr(
                Lang::De,
                ReceiverMsg::MsgReason,
                &[("reason", "x")],
                &Overrides::default()
            )
        );
        let all = loaded.problems.join("\n");
        assert!(all.contains("unknown message id \"msg-typo\""), "{all}");
        assert!(all.contains("msg-reason: uses other"), "{all}");
        assert!(
            all.contains("fr/receiver.ftl:") && all.contains("syntax error"),
            "{all}"
        );
        assert!(all.contains("not one of the 24 language tags"), "{all}");
        assert_eq!(loaded.problems.len(), 4, "{all}");
    }
}
