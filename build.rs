//! Compacts the widget's stylesheets (styles/*.css) for the wasm: comments and runs of
//! whitespace go, the rules stay as written. The sheets are compiled into the wasm
//! (`src/glue/dom.rs`), so every comment there was shipped to every page.

use std::path::Path;

/// Drops `/* … */` comments (outside strings) and collapses whitespace to one space, removing it
/// next to `{ } ; ,`, where CSS ignores it (a descendant combinator's space stays).
fn compact(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote: Option<char> = None;
    let mut space = false;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut last = ' ';
            for d in chars.by_ref() {
                if last == '*' && d == '/' {
                    break;
                }
                last = d;
            }
            space = true;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() && !"{};,".contains(c) && !out.ends_with(['{', '}', ';', ',']) {
            out.push(' ');
        }
        space = false;
        if c == '"' || c == '\'' {
            quote = Some(c);
        }
        out.push(c);
    }
    out
}

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in ["glassbox", "explanation", "rights"] {
        let src = format!("styles/{name}.css");
        println!("cargo:rerun-if-changed={src}");
        let css = std::fs::read_to_string(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
        std::fs::write(Path::new(&out).join(format!("{name}.css")), compact(&css))
            .unwrap_or_else(|e| panic!("writing {name}.css: {e}"));
    }
}
