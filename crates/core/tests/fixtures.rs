//! The wire-format fixtures in `tests/fixtures/` that the JSON Schemas in `schemas/` are checked
//! against too (`e2e/package.test.mjs`, with ajv): here the Rust parsers accept every `valid/`
//! file and refuse every `invalid/` one, so the schemas and the code are held to the same files.
//! With the `schemas` feature, the committed schemas must be exactly what the code generates.

use glassbox_core::explanation::Explanation;
use glassbox_core::request;
use std::path::{Path, PathBuf};

fn fixtures(format: &str, which: &str) -> Vec<(PathBuf, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format)
        .join(which);
    let mut files: Vec<(PathBuf, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|x| x == "json"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a fixture reads");
            (path, text)
        })
        .collect();
    files.sort();
    assert!(files.len() >= 2, "fixtures in {}", dir.display());
    files
}

#[test]
fn every_valid_explanation_fixture_parses() {
    for (path, text) in fixtures("explanation", "valid") {
        if let Err(e) = Explanation::from_json(&text) {
            panic!("{}: {e}", path.display());
        }
    }
}

#[test]
fn every_invalid_explanation_fixture_is_refused() {
    for (path, text) in fixtures("explanation", "invalid") {
        assert!(
            Explanation::from_json(&text).is_err(),
            "{} was accepted",
            path.display()
        );
    }
}

#[test]
fn every_valid_request_fixture_parses_and_validates() {
    for (path, text) in fixtures("request", "valid") {
        if let Err(e) = request::parse(text.as_bytes()) {
            panic!("{}: {e:?}", path.display());
        }
    }
}

#[test]
fn every_invalid_request_fixture_is_refused() {
    for (path, text) in fixtures("request", "invalid") {
        assert!(
            request::parse(text.as_bytes()).is_err(),
            "{} was accepted",
            path.display()
        );
    }
}

#[cfg(feature = "schemas")]
#[test]
fn the_committed_schemas_are_what_the_code_generates() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schemas");
    for (file, schema) in glassbox_core::schemas::all() {
        let committed = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
        assert!(
            committed == glassbox_core::schemas::to_file(&schema),
            "schemas/{file} is out of date: run `cargo run -p glassbox-core --features schemas --example schemas -- schemas/`"
        );
    }
}
