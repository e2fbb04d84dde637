//! Compiles the Fluent resource files in `locales/<lang>/glassbox.ftl` into a compact table.
//!
//! Translators edit ordinary Fluent files; the widget ships no Fluent parser. Every message is a
//! plain pattern of text and `{ $variable }` placeables. Anything richer is rejected here with the
//! file and message named, so a translator's mistake fails the build rather than a person's page.
//! A message missing from a language falls back to English at run time, and the core test
//! `every_language_has_every_message` fails on it.
//!
//! Without the `all-languages` feature only English is compiled in; the widget's dist build
//! loads each other language at run time from a small JSON file made from the same table (see
//! `examples/locales.rs`), so a page pays only for the language it shows.
//!
//! Without the `explanation` feature (the widget's small notice module), the explanation's
//! messages (ids starting with `explanation-`, `summary-` or `list-`) are left out of the
//! table: that module never shows them, and every page loads it.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    // The 24 official languages of the EU (Regulation No 1/1958). A language whose files are
    // missing still exists (it falls back to English), and the core test
    // `every_language_has_every_message_with_the_same_placeholders` fails on it.
    let langs: Vec<String> = [
        "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
        "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
    ]
    .map(String::from)
    .to_vec();
    // The languages whose patterns are compiled in; the enum `Lang` always has all of them.
    let compiled: Vec<String> = if std::env::var_os("CARGO_FEATURE_ALL_LANGUAGES").is_some() {
        langs.clone()
    } else {
        vec!["en".to_string()]
    };

    let mut out = String::new();
    // Two resources, two tables: the request form's words (rights.ftl) are only linked into the
    // module that has the form, so the notice module does not carry them.
    emit(
        &mut out,
        &root,
        &compiled,
        "glassbox.ftl",
        "Msg",
        "TABLE",
        "A message of the widget, named after its Fluent id.",
    );
    emit(
        &mut out,
        &root,
        &compiled,
        "rights.ftl",
        "RightsMsg",
        "RIGHTS_TABLE",
        "A message of the request form (`rights.ftl`), named after its Fluent id.",
    );

    // The receiver's words to the person (the verification mail, the status page): only in the
    // receiver, never in the widget's wasm.
    if std::env::var_os("CARGO_FEATURE_RECEIVER").is_some() {
        emit(
            &mut out,
            &root,
            &compiled,
            "receiver.ftl",
            "ReceiverMsg",
            "RECEIVER_TABLE",
            "A message of the reference receiver to the requester (`receiver.ftl`), named after its Fluent id.",
        );
    }

    out.push_str("/// A language the widget is translated into.\n");
    out.push_str(
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum Lang {\n",
    );
    for lang in &langs {
        let _ = writeln!(out, "    /// `{lang}`\n    {},", camel(lang));
    }
    out.push_str("}\n\nimpl Lang {\n    /// Every language, sorted by tag.\n    pub const ALL: &'static [Lang] = &[");
    for lang in &langs {
        let _ = write!(out, "Lang::{}, ", camel(lang));
    }
    out.push_str("];\n\n    /// The BCP 47 tag of this language.\n    pub const fn tag(self) -> &'static str {\n        match self {\n");
    for lang in &langs {
        let _ = writeln!(out, "            Lang::{} => {:?},", camel(lang), lang);
    }
    out.push_str("        }\n    }\n}\n\n");
    out.push_str("/// The languages compiled into the tables, in table order.\nstatic COMPILED: &[Lang] = &[");
    for lang in &compiled {
        let _ = write!(out, "Lang::{}, ", camel(lang));
    }
    out.push_str("];\n\n");

    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("messages.rs");
    std::fs::write(dest, out).expect("write messages.rs");
}

/// Emits the enum `name` of the messages in `file` and their table `table`.
fn emit(
    out: &mut String,
    root: &Path,
    langs: &[String],
    file: &str,
    name: &str,
    table: &str,
    doc: &str,
) {
    let mut tables: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for lang in langs {
        let path = root.join(lang).join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        tables.insert(lang.clone(), compile(&path, &source));
    }
    let english = tables["en"].clone();
    let ids: Vec<&String> = english.keys().collect();
    if file == "glassbox.ftl" && std::env::var_os("CARGO_FEATURE_EXPLANATION").is_none() {
        for table in tables.values_mut() {
            table.retain(|id, _| {
                !["explanation-", "summary-", "list-"]
                    .iter()
                    .any(|p| id.starts_with(p))
            });
        }
    }

    let _ = writeln!(out, "/// {doc}");
    let _ = writeln!(
        out,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum {name} {{"
    );
    for id in &ids {
        let _ = writeln!(out, "    /// `{id}`: {:?}", english[id.as_str()]);
        let _ = writeln!(out, "    {},", camel(id));
    }
    let _ = write!(out, "}}\n\nimpl {name} {{\n    /// Every message, in the order of the English file.\n    pub const ALL: &'static [{name}] = &[");
    for id in &ids {
        let _ = write!(out, "{name}::{}, ", camel(id));
    }
    out.push_str("];\n\n    /// The Fluent id of this message.\n    pub const fn id(self) -> &'static str {\n        match self {\n");
    for id in &ids {
        let _ = writeln!(out, "            {name}::{} => {:?},", camel(id), id);
    }
    out.push_str("        }\n    }\n}\n\n");

    let _ = writeln!(
        out,
        "/// Patterns by compiled language (in `COMPILED` order), then by message (in `{name}::ALL` order).\nstatic {table}: [[Option<&str>; {}]; {}] = [",
        ids.len(),
        langs.len()
    );
    for lang in langs {
        out.push_str("    [");
        for id in &ids {
            match tables[lang].get(*id) {
                Some(p) => {
                    let _ = write!(out, "Some({p:?}), ");
                }
                None => out.push_str("None, "),
            }
        }
        out.push_str("],\n");
    }
    out.push_str("];\n\n");
}

/// Turns one .ftl file into `id → pattern`, where a pattern is text with `{$name}` placeables.
fn compile(path: &Path, source: &str) -> BTreeMap<String, String> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{}: Fluent syntax errors: {errors:?}", path.display()),
    };
    let mut map = BTreeMap::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_string();
        let value = message
            .value
            .unwrap_or_else(|| panic!("{}: message `{id}` has no value", path.display()));
        let mut pattern = String::new();
        for element in value.elements {
            match element {
                PatternElement::TextElement { value } => {
                    assert!(
                        !value.contains('{') && !value.contains('}'),
                        "{}: `{id}` has a literal brace",
                        path.display()
                    );
                    pattern.push_str(value);
                }
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::VariableReference { id: var }),
                } => {
                    let _ = write!(pattern, "{{${}}}", var.name);
                }
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::StringLiteral { value }),
                } => pattern.push_str(value),
                other => panic!(
                    "{}: `{id}` uses {other:?}; only text and {{ $variable }} are supported",
                    path.display()
                ),
            }
        }
        assert!(
            map.insert(id.clone(), pattern).is_none(),
            "{}: `{id}` is defined twice",
            path.display()
        );
    }
    map
}

fn camel(id: &str) -> String {
    id.split(['-', '_'])
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}
