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
//!
//! With `--notice-english FILE` it writes only the notice module's English words, in the same
//! form, to FILE: the loader builds them in, to put the notice on screen before the wasm starts
//! (`loader/stamp.js`).

use glassbox_core::i18n::{checked_by_notice_module, Message, RightsMsg};
use glassbox_core::{Lang, Msg};
use std::collections::BTreeMap;

fn notice_words(lang: Lang) -> BTreeMap<&'static str, &'static str> {
    Msg::ALL
        .iter()
        .filter(|m| checked_by_notice_module(m.id()))
        .map(|m| {
            let pattern = m.own_pattern(lang).expect("every message is translated");
            (m.id(), pattern)
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, file] = args.as_slice() {
        if flag == "--notice-english" {
            let json = serde_json::to_string(&notice_words(Lang::En)).expect("serialize");
            std::fs::write(file, json).unwrap_or_else(|e| panic!("{file}: {e}"));
            return;
        }
    }
    let out = args.first().cloned().unwrap_or_else(|| "dist".to_string());
    std::fs::create_dir_all(&out).expect("create the output folder");
    for lang in Lang::ALL.iter().filter(|l| **l != Lang::En) {
        // The notice module's own words only.
        let notice = notice_words(*lang);
        let mut all = BTreeMap::new();
        for m in Msg::ALL {
            let pattern = m.own_pattern(*lang).expect("every message is translated");
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
