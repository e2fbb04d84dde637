//! Writes the per-language files the dist build serves next to the wasm:
//!
//! - `glassbox.<lang>.json`: the notice module's messages (notice, AI labels), fetched by the
//!   loader for the page's language, in parallel with the wasm;
//! - `glassbox-explain.<lang>.json`: every message (the explanation and the request form too),
//!   fetched by the explanation module.
//!
//! Each is `{ "<fluent id>": "<pattern>" }`, made from the same compiled table as the tests check.
//! English is compiled into both modules and has no file.
//!
//! `cargo run -p glassbox-core --example locales -- dist/`

use glassbox_core::i18n::{checked_by_notice_module, Message, RightsMsg};
use glassbox_core::{Lang, Msg};
use std::collections::BTreeMap;

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "dist".to_string());
    std::fs::create_dir_all(&out).expect("create the output folder");
    for lang in Lang::ALL.iter().filter(|l| **l != Lang::En) {
        let mut notice = BTreeMap::new();
        let mut all = BTreeMap::new();
        for m in Msg::ALL {
            let pattern = m.own_pattern(*lang).expect("every message is translated");
            if checked_by_notice_module(m.id()) {
                // The notice module's own words only.
                notice.insert(m.id(), pattern);
            }
            all.insert(m.id(), pattern);
        }
        for m in RightsMsg::ALL {
            let pattern = m.own_pattern(*lang).expect("every message is translated");
            all.insert(m.id(), pattern);
        }
        for (name, table) in [("glassbox", &notice), ("glassbox-explain", &all)] {
            let path = format!("{out}/{name}.{}.json", lang.tag());
            let json = serde_json::to_string(table).expect("serialize");
            std::fs::write(&path, json).unwrap_or_else(|e| panic!("{path}: {e}"));
        }
    }
}
