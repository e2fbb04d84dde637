//! glassbox-render on real pages and on hostile ones: what the person will see in the
//! prerendered notice, what an integrator is told when a page cannot be rendered safely, and
//! that every other byte of the page is kept.

use glassbox::components::{Notice, NoticeProps};
use glassbox_core::config::{Attrs, NoticeConfig};
use glassbox_core::Lang;
use glassbox_render::{inline_style_source, render, render_str, Options, RenderError};
use std::rc::Rc;

const HEAD: &str = r#"<script src="https://cdn.example.com/glassbox/glassbox.js" defer
        data-controller="Example Bank SA" data-privacy-policy="https://example.com/privacy"></script>"#;

fn page(lang: &str, body: &str) -> String {
    format!("<!doctype html>\n<html lang=\"{lang}\">\n<head>\n{HEAD}\n</head>\n<body>\n{body}\n</body>\n</html>\n")
}

fn ok(html: &str) -> String {
    render_str(html, &Options::default()).expect("rendered").0
}

fn refused(html: &str, options: &Options) -> (usize, String) {
    match render_str(html, options) {
        Err(RenderError::Refused { line, message }) => (line, message),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// The content of the first declarative shadow root in `html`.
fn template(html: &str) -> &str {
    let start = html
        .find(r#"<template shadowrootmode="open">"#)
        .expect("a declarative shadow root");
    let end = html[start..].find("</template>").expect("closed") + start;
    &html[start..end]
}

#[test]
fn a_page_without_glassbox_elements_comes_out_byte_for_byte() {
    // Odd but valid (and some invalid) HTML: comments, entities, unquoted and duplicate
    // attributes, uppercase tags, a template, raw text, stray end tags, CRLF, non-UTF-8 bytes.
    let mut input = b"<!DOCTYPE html>\r\n<HTML lang=de><head><title>a &amp; b &lt; c</title>\r\n\
<style>p > a { color: red }</style><script>if (a < b && c) { document.write('<div data-glassbox=\"notice\">') }</script>\n\
</head><body><!-- <div data-glassbox=\"notice\"></div> --><P class=x class=y>unclosed <b>bold <i>both</b></i>\n\
<template><div>inert</div></template></div></span><textarea><div data-glassbox=\"notice\"></textarea>\n\
<img src=x alt='it''s'>"
        .to_vec();
    input.extend_from_slice(&[0xff, 0xfe, b'\n']);
    input.extend_from_slice("grüße ελληνικά\n".as_bytes());
    let mut out = Vec::new();
    let summary = render(&input[..], &mut out, &Options::default()).expect("rendered");
    assert_eq!(out, input, "the page changed");
    assert_eq!((summary.notices, summary.labels), (0, 0));
}

#[test]
fn the_notice_is_prerendered_with_the_widgets_own_markup() {
    let html = ok(&page(
        "en",
        r#"<div id="n" data-glassbox="notice" data-system="Aria" data-more-info="/model.html"></div>"#,
    ));
    let shadow = template(&html);
    assert!(shadow.contains(
        r#"<link rel="stylesheet" href="https://cdn.example.com/glassbox/glassbox.css">"#
    ));
    assert!(shadow.contains("You are interacting with Aria, an AI system, not a person."));
    assert!(shadow.contains("This system is operated by Example Bank SA."));
    assert!(shadow.contains(r#"href="https://example.com/privacy""#));
    assert!(shadow.contains(r#"href="/model.html""#));
    assert!(shadow.contains(r#"<div class="gb-root gb-theme-auto" lang="en">"#));

    // Exactly what the component renders (the widget in the browser renders the same).
    let attrs = Attrs::from_pairs([
        ("data-controller", "Example Bank SA"),
        ("data-privacy-policy", "https://example.com/privacy"),
        ("data-glassbox", "notice"),
        ("data-system", "Aria"),
        ("data-more-info", "/model.html"),
    ]);
    let props = NoticeProps {
        config: Rc::new(NoticeConfig::parse(&attrs).value),
        lang: Lang::En,
        overrides: Rc::default(),
        onevent: Default::default(),
        ordinal: 1,
    };
    let component = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(
            yew::LocalServerRenderer::<Notice>::with_props(props)
                .hydratable(false)
                .render(),
        );
    assert!(shadow.ends_with(&format!("{component}</div>")), "{shadow}");
    // The host keeps its attributes, says it was prerendered, and holds the template first.
    assert!(html.contains(r#"<div id="n" data-glassbox="notice" data-system="Aria" data-more-info="/model.html"><template shadowrootmode="open">"#));
}

#[test]
fn every_byte_outside_the_prerendered_elements_is_kept() {
    let input = page(
        "en",
        "<p>before</p>\n<div data-glassbox=\"notice\"\n     data-system='Aria'>fallback text</div>\n<p>after <b>unclosed\n",
    );
    let html = ok(&input);
    let start = html.find("<template").unwrap();
    let end = html.find("</template>").unwrap() + "</template>".len();
    let without = format!("{}{}", &html[..start], &html[end..])
        .replace(" data-glassbox-prerendered=\"\"", "");
    assert_eq!(without, input);
}

#[test]
fn the_notice_speaks_the_pages_language_or_its_own() {
    let fr = ok(&page(
        "fr-BE",
        r#"<div data-glassbox="notice" data-system="Aria"></div>"#,
    ));
    assert!(template(&fr)
        .contains("Vous interagissez avec Aria, un système d'IA, et non avec une personne."));
    assert!(template(&fr).contains(r#"lang="fr""#));
    let el = ok(&page(
        "en",
        r#"<div data-glassbox="notice" data-system="Aria" data-lang="el"></div>"#,
    ));
    assert!(template(&el).contains("σύστημα ΤΝ"), "{}", template(&el));
    assert!(template(&el).contains(r#"lang="el""#));
    // A fragment: the language from --lang, the stylesheet from --css.
    let (frag, _) = render_str(
        r#"<div data-glassbox="notice" data-system="Aria" data-controller="X"></div>"#,
        &Options {
            css: Some("/static/glassbox.css".into()),
            lang: Some("de".into()),
            ..Options::default()
        },
    )
    .unwrap();
    assert!(template(&frag).contains("KI-System"));
    assert!(template(&frag).contains(r#"href="/static/glassbox.css""#));
}

#[test]
fn integrators_strings_are_used_as_the_widget_uses_them() {
    let html = ok(&page(
        "en",
        r#"<script type="application/json" data-glassbox-strings>{ "en": { "notice-ack": "Got it" } }</script>
<div data-glassbox="notice" data-ack="required" data-strings='{"en": {"notice-privacy": "Our privacy policy"}}'></div>"#,
    ));
    let shadow = template(&html);
    assert!(shadow.contains(">Got it</button>"), "{shadow}");
    assert!(shadow.contains(">Our privacy policy</a>"), "{shadow}");
}

#[test]
fn markup_in_attributes_stays_text() {
    let html = ok(&page(
        "en",
        r#"<div data-glassbox="notice" data-system="&lt;/template&gt;&lt;script&gt;alert(1)&lt;/script&gt;" data-purpose='"><img src=x onerror=alert(2)>'></div>"#,
    ));
    let shadow = template(&html);
    assert!(!shadow.contains("<script"), "{shadow}");
    assert!(!shadow.contains("<img"), "{shadow}");
    assert!(shadow.contains("&lt;/template&gt;&lt;script&gt;alert(1)&lt;/script&gt;, an AI system"));
    assert!(shadow.contains("&lt;img src=x onerror=alert(2)&gt;"));
    // One template, closed where it should be: the page after it is intact.
    assert_eq!(html.matches("<template").count(), 1);
    assert!(html.contains("</template></div>\n</body>"));
}

#[test]
fn unsafe_links_are_refused_with_the_line_and_the_attribute() {
    let input = page(
        "en",
        "<p>one</p>\n<p>two</p>\n<div data-glassbox=\"notice\"\n data-more-info=\" JaVa&#9;ScRiPt:alert(1)\"></div>",
    );
    let (line, message) = refused(&input, &Options::default());
    assert_eq!(line, 10, "{message}");
    assert!(message.contains("data-more-info"), "{message}");
    assert!(message.contains("javascript:"), "{message}");
    assert!(
        !message.contains("left out"),
        "refused, not left out: {message}"
    );
    let input = page("en", r#"<div data-glassbox="notice"></div>"#);
    let (_, message) = refused(
        &input,
        &Options {
            css: Some("javascript:alert(1)".into()),
            ..Options::default()
        },
    );
    assert!(message.contains("stylesheet URL"), "{message}");
}

#[test]
fn what_cannot_be_prerendered_faithfully_is_refused_clearly() {
    // Only the visitor's browser would decide the language.
    let (line, message) = refused(
        &format!("<html><head>{HEAD}</head><body>\n<div data-glassbox=\"notice\"></div>"),
        &Options::default(),
    );
    assert_eq!(line, 3);
    assert!(
        message.contains("language") && message.contains("--lang"),
        "{message}"
    );
    // No glassbox.js before the element and no --css.
    let (_, message) = refused(
        r#"<html lang="en"><div data-glassbox="notice"></div>"#,
        &Options::default(),
    );
    assert!(message.contains("--css"), "{message}");
    // An element that cannot hold a shadow root.
    let (_, message) = refused(
        &page("en", r#"<ul><li data-glassbox="notice"></li></ul>"#),
        &Options::default(),
    );
    assert!(message.contains("<li>"), "{message}");
    // A value out of range.
    let (_, message) = refused(
        &page(
            "en",
            r#"<div data-glassbox="notice" data-variant="popup"></div>"#,
        ),
        &Options::default(),
    );
    assert!(
        message.contains("data-variant") && message.contains("expected banner, inline or badge"),
        "{message}"
    );
    assert!(
        !message.contains("using"),
        "refused, no fallback: {message}"
    );
    // Broken replacement strings.
    let (_, message) = refused(
        &page(
            "en",
            r#"<div data-glassbox="notice" data-strings='{"en": {"notice-sentense": "x"}}'></div>"#,
        ),
        &Options::default(),
    );
    assert!(
        message.contains("notice-sentence"),
        "suggests the id: {message}"
    );
}

#[test]
fn ai_content_gets_the_label_and_the_machine_readable_marking() {
    let html = ok(&page(
        "fr",
        r#"<p class="msg" data-glassbox="ai-content" data-ai-label="generated">Bonjour</p>"#,
    ));
    assert!(html.contains(r#"<p class="msg" data-glassbox="ai-content" data-ai-label="generated" ai-disclosure="ai-generated"><span data-glassbox-label=""><template shadowrootmode="open">"#), "{html}");
    let shadow = template(&html);
    assert!(shadow.contains(r#"role="img""#));
    assert!(shadow.contains(">AI GENERATED</span>"), "{shadow}");
    assert!(
        shadow.contains(r#"aria-label="Généré par l'IA""#),
        "{shadow}"
    );
    assert!(html.contains("</template></span>Bonjour</p>"));
}

#[test]
fn rendering_twice_changes_nothing_more() {
    let once = ok(&page(
        "en",
        r#"<div data-glassbox="notice"></div><p data-glassbox="ai-content">x</p>"#,
    ));
    let (twice, summary) = render_str(&once, &Options::default()).unwrap();
    assert_eq!(twice, once);
    assert_eq!((summary.notices, summary.labels), (1, 1));
}

#[test]
fn warnings_name_the_line_and_do_not_stop_the_page() {
    let (html, summary) = render_str(
        &page("en", r##"<div data-glassbox="notice" data-sytem="Aria" data-ack="required" data-input="#chat"></div>"##),
        &Options::default(),
    )
    .unwrap();
    assert_eq!(summary.notices, 1);
    assert!(html.contains("I understand"));
    assert!(
        summary
            .warnings
            .iter()
            .any(|w| w.starts_with("line 8:") && w.contains("did you mean data-system")),
        "{:?}",
        summary.warnings
    );
    assert!(
        summary.warnings.iter().any(|w| w.contains("disabled")),
        "{:?}",
        summary.warnings
    );
}

/// The warnings about the acknowledgement-gated input of a page.
fn gate_warnings(body: &str) -> Vec<String> {
    let (_, summary) = render_str(&page("en", body), &Options::default()).expect("rendered");
    summary
        .warnings
        .into_iter()
        .filter(|w| w.contains("data-input"))
        .collect()
}

#[test]
fn a_gated_input_is_named_only_when_it_is_not_disabled_in_the_html() {
    let notice = r##"<div data-glassbox="notice" data-ack="required" data-input="#q, .chat textarea"></div>"##;
    // Disabled already, before or after the notice, by its own attribute or its fieldset: no
    // warning.
    for inputs in [
        r#"<input id="q" disabled><div class="chat"><textarea disabled></textarea></div>"#,
        r#"<fieldset disabled><input id="q"><div class="chat"><textarea></textarea></div></fieldset>"#,
    ] {
        assert_eq!(
            gate_warnings(&format!("{notice}\n{inputs}")),
            Vec::<String>::new(),
            "{inputs}"
        );
        assert_eq!(
            gate_warnings(&format!("{inputs}\n{notice}")),
            Vec::<String>::new(),
            "{inputs}"
        );
    }
    // One of them open: named with its line, the notice's line first.
    let warnings = gate_warnings(&format!(
        "{notice}\n<input id=\"q\" disabled>\n<div class=\"chat\"><textarea></textarea></div>"
    ));
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].starts_with("line 8:")
            && warnings[0].contains("on line 10 ")
            && warnings[0].contains("disabled"),
        "{warnings:?}"
    );
    // A textarea elsewhere is not what the selector names.
    assert_eq!(
        gate_warnings(&format!(
            "{notice}\n<input id=\"q\" disabled><textarea></textarea>"
        )),
        Vec::<String>::new()
    );
    // Without a data-ack gate, nothing is gated and nothing is said.
    assert_eq!(
        gate_warnings(r##"<div data-glassbox="notice" data-input="#q"></div><input id="q">"##),
        Vec::<String>::new()
    );
}

#[test]
fn inline_css_puts_the_widgets_stylesheet_in_each_shadow_root_with_its_csp_hash() {
    use base64::Engine as _;
    use sha2::Digest as _;
    let input = page(
        "en",
        r#"<div data-glassbox="notice" data-system="Aria"></div>
<p data-glassbox="ai-content">A generated answer.</p>"#,
    );
    let options = Options {
        inline_css: true,
        ..Options::default()
    };
    let (html, summary) = render_str(&input, &options).expect("rendered");
    assert_eq!((summary.notices, summary.labels), (1, 1));
    assert!(!html.contains("<link"), "no request left: {html}");
    assert!(!html.contains("glassbox.css"), "{html}");
    // The widget's own rules, once in each shadow root.
    let styles: Vec<&str> = html
        .split("<style>")
        .skip(1)
        .map(|s| s.split("</style>").next().expect("closed"))
        .collect();
    assert_eq!(styles.len(), 2, "{html}");
    for style in &styles {
        assert!(style.contains(".gb-notice"), "{style}");
        assert!(style.contains(".gb-ai-label"), "{style}");
        // What a page's CSP must allow is the hash of exactly this text.
        let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(style));
        assert_eq!(inline_style_source(), format!("'sha256-{hash}'"));
    }
    // A fragment without the script tag needs no --css then.
    let (frag, _) = render_str(
        r#"<div data-glassbox="notice" data-system="Aria" data-controller="X"></div>"#,
        &Options {
            lang: Some("fr".into()),
            inline_css: true,
            ..Options::default()
        },
    )
    .expect("rendered");
    assert!(template(&frag).contains("<style>"));
    // Rendering the output again changes nothing.
    assert_eq!(render_str(&html, &options).expect("rendered").0, html);
}
