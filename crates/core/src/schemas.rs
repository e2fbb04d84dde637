//! JSON Schemas of the two wire formats, generated from the Rust types that parse them
//! (feature `schemas`), so that the files in `schemas/` and the npm package's TypeScript types
//! cannot drift from the code. `cargo run -p glassbox-core --features schemas --example schemas`
//! writes them; a test checks that the committed files are what this module generates.

use crate::explanation::{self, Explanation};
use crate::request::{self, Request};
use schemars::{generate::SchemaSettings, JsonSchema};
use serde_json::Value;

/// The file name of each schema in `schemas/` and the schema itself.
pub fn all() -> Vec<(&'static str, Value)> {
    vec![
        (
            "glassbox.explanation.v1.json",
            schema::<Explanation>(explanation::SCHEMA),
        ),
        (
            "glassbox.request.v1.json",
            schema::<Request>(request::SCHEMA),
        ),
    ]
}

/// The JSON Schema (draft 2020-12) of `T`, titled with the wire schema's name.
fn schema<T: JsonSchema>(name: &str) -> Value {
    let mut schema = SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>();
    schema.insert("title".into(), name.into());
    schema.to_value()
}

/// `value` as the committed files hold it: pretty JSON with a final newline.
pub fn to_file(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("a JSON value serializes");
    text.push('\n');
    text
}
