//! Dates and numbers in the person's language, through the browser's `Intl` (SPEC §6). Native
//! builds (the render tests) have no `Intl` and show the ISO form, which is also the fallback for
//! a value the browser cannot parse.

use glassbox_core::Lang;

/// A calendar date (`2026-12-29`, or the date of an RFC 3339 time) in `lang`'s long form:
/// "29 December 2026", "29. Dezember 2026", "29 Δεκεμβρίου 2026".
pub fn date(lang: Lang, iso: &str) -> String {
    let day = iso.get(..10).unwrap_or(iso);
    imp::format(lang, day, false).unwrap_or_else(|| day.to_string())
}

/// A moment (RFC 3339) with date and time in `lang`, in the person's time zone.
pub fn date_time(lang: Lang, rfc3339: &str, fallback: impl FnOnce() -> String) -> String {
    imp::format(lang, rfc3339, true).unwrap_or_else(fallback)
}

/// A whole number with `lang`'s digit grouping ("1 000", "1.000").
pub fn count(lang: Lang, n: u64) -> String {
    imp::number(lang, n as f64, 0).unwrap_or_else(|| n.to_string())
}

/// A signed decimal with two fraction digits and `lang`'s decimal separator ("−0,30").
pub fn signed(lang: Lang, value: f64, fallback: impl FnOnce() -> String) -> String {
    imp::number(lang, value, 2).unwrap_or_else(fallback)
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::Lang;
    use js_sys::{Array, Date, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;

    fn options(pairs: &[(&str, JsValue)]) -> Object {
        let o = Object::new();
        for (k, v) in pairs {
            let _ = Reflect::set(&o, &JsValue::from_str(k), v);
        }
        o
    }

    pub fn format(lang: Lang, value: &str, with_time: bool) -> Option<String> {
        let date = Date::new(&JsValue::from_str(value));
        if date.get_time().is_nan() {
            return None;
        }
        let mut pairs = vec![("dateStyle", JsValue::from_str("long"))];
        if with_time {
            pairs.push(("timeStyle", JsValue::from_str("short")));
        } else {
            // A date without a time is parsed as midnight UTC: show that day everywhere.
            pairs.push(("timeZone", JsValue::from_str("UTC")));
        }
        let f = Intl::DateTimeFormat::new(&Array::of1(&lang.tag().into()), &options(&pairs));
        f.format().call1(&f, &date).ok()?.as_string()
    }

    pub fn number(lang: Lang, value: f64, fraction: u32) -> Option<String> {
        let mut pairs = vec![
            ("minimumFractionDigits", JsValue::from(fraction)),
            ("maximumFractionDigits", JsValue::from(fraction)),
        ];
        if fraction > 0 {
            pairs.push(("signDisplay", JsValue::from_str("exceptZero")));
        }
        let f = Intl::NumberFormat::new(&Array::of1(&lang.tag().into()), &options(&pairs));
        f.format()
            .call1(&f, &JsValue::from_f64(value))
            .ok()?
            .as_string()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::Lang;

    pub fn format(_: Lang, _: &str, _: bool) -> Option<String> {
        None
    }

    pub fn number(_: Lang, _: f64, _: u32) -> Option<String> {
        None
    }
}
