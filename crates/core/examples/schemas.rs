//! Writes the JSON Schemas of `glassbox.explanation/v1` and `glassbox.request/v1`, generated from
//! glassbox-core's types, to a folder (`schemas/` in the repository, the npm package's too).
//!
//! `cargo run -p glassbox-core --features schemas --example schemas -- schemas/`

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "schemas".to_string());
    std::fs::create_dir_all(&out).expect("create the output folder");
    for (file, schema) in glassbox_core::schemas::all() {
        let path = std::path::Path::new(&out).join(file);
        std::fs::write(&path, glassbox_core::schemas::to_file(&schema)).expect("write a schema");
        println!("{}", path.display());
    }
}
