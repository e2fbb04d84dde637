//! Native render tests of the components through Yew's server renderer: what a person would
//! read and what assistive technology would be told, for each variant and state.
#![cfg(not(target_arch = "wasm32"))]

use glassbox::components::{Notice, NoticeProps};
use glassbox_core::config::{Attrs, NoticeConfig};
use glassbox_core::Lang;
use std::rc::Rc;
use yew::LocalServerRenderer;

fn config(pairs: &[(&str, &str)]) -> NoticeConfig {
    NoticeConfig::parse(&Attrs::from_pairs(pairs.iter().copied())).value
}

async fn render(config: NoticeConfig, lang: Lang) -> String {
    render_nth(config, lang, 1).await
}

async fn render_nth(config: NoticeConfig, lang: Lang, ordinal: u32) -> String {
    let props = NoticeProps {
        config: Rc::new(config),
        lang,
        overrides: Rc::default(),
        onevent: Default::default(),
        ordinal,
    };
    LocalServerRenderer::<Notice>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

fn base() -> Vec<(&'static str, &'static str)> {
    vec![
        ("data-system", "Aria"),
        ("data-controller", "Example Bank SA"),
        ("data-privacy-policy", "https://example.com/privacy"),
    ]
}

#[tokio::test]
async fn banner_says_the_sentence_the_operator_and_links_to_privacy() {
    let html = render(config(&base()), Lang::En).await;
    assert!(html.contains("You are interacting with Aria, an AI system, not a person."));
    assert!(html.contains("This system is operated by Example Bank SA."));
    assert!(html.contains(r#"href="https://example.com/privacy""#));
    assert!(html.contains("How your data is used"));
    assert!(html.contains(r#"aria-label="Notice: AI system""#));
    assert!(html.contains(r#"lang="en""#));
    assert!(html.contains(r#"data-variant="banner""#));
    // Nothing to acknowledge unless asked for.
    assert!(!html.contains("I understand"));
}

#[tokio::test]
async fn each_variant_shows_the_sentence() {
    for variant in ["banner", "inline", "badge"] {
        let mut pairs = base();
        pairs.push(("data-variant", variant));
        let html = render(config(&pairs), Lang::En).await;
        assert!(
            html.contains("You are interacting with Aria, an AI system, not a person."),
            "{variant}: {html}"
        );
        assert!(html.contains(&format!("gb-{variant}")), "{variant}");
        assert!(html.contains(">AI<"), "{variant}: the AI icon");
    }
}

#[tokio::test]
async fn badge_is_compact_but_keeps_operator_and_privacy_link() {
    let mut pairs = base();
    pairs.push(("data-variant", "badge"));
    pairs.push(("data-purpose", "Answers questions about cards."));
    let html = render(config(&pairs), Lang::En).await;
    assert!(!html.contains("Answers questions about cards."));
    assert!(html.contains("Example Bank SA"));
    assert!(html.contains("How your data is used"));
}

#[tokio::test]
async fn without_system_or_controller_the_notice_still_speaks() {
    let html = render(config(&[]), Lang::En).await;
    assert!(html.contains("You are interacting with an AI system, not a person."));
    assert!(html.contains("operated by the owner of this website"));
}

#[tokio::test]
async fn french_notice() {
    let html = render(config(&base()), Lang::Fr).await;
    assert!(
        html.contains("Vous interagissez avec Aria, un système d&#x27;IA")
            || html.contains("Vous interagissez avec Aria, un système d'IA"),
        "{html}"
    );
    assert!(html.contains("Ce système est exploité par Example Bank SA."));
    assert!(html.contains(r#"lang="fr""#));
}

#[tokio::test]
async fn acknowledgement_required_shows_hint_and_button_tied_together() {
    let mut pairs = base();
    pairs.push(("data-ack", "required"));
    let html = render(config(&pairs), Lang::En).await;
    assert!(html.contains("Please confirm that you have read this notice before you start."));
    assert!(html.contains("I understand"));
    assert!(html.contains(r#"aria-describedby="gb-ack-hint""#));
    assert!(html.contains(r#"id="gb-ack-hint""#));
    assert!(
        html.contains(r#"role="status""#),
        "a live region for the confirmation"
    );
}

#[tokio::test]
async fn human_contact_as_event_is_a_button_and_as_url_a_link() {
    let mut pairs = base();
    pairs.push(("data-human-contact", "event"));
    let html = render(config(&pairs), Lang::En).await;
    assert!(
        html.contains(
            r#"<button type="button" class="gb-link-button gb-human">Talk to a person</button>"#
        ),
        "{html}"
    );

    let mut pairs = base();
    pairs.push(("data-human-contact", "mailto:help@example.com"));
    pairs.push(("data-more-info", "/model-card.html"));
    let html = render(config(&pairs), Lang::En).await;
    assert!(html.contains(r#"href="mailto:help@example.com""#));
    assert!(html.contains(r#"href="/model-card.html""#));
    assert!(html.contains("How this AI system works"));
}

#[tokio::test]
async fn high_risk_sentence_is_added_on_request() {
    let mut pairs = base();
    pairs.push(("data-high-risk", "true"));
    let html = render(config(&pairs), Lang::En).await;
    assert!(html
        .contains("Example Bank SA uses this AI system to make or help make decisions about you."));
}

#[tokio::test]
async fn markup_and_script_urls_in_attributes_stay_text() {
    let html = render(
        config(&[
            ("data-system", "<img src=x onerror=alert(1)>"),
            ("data-controller", "<b>Evil</b>"),
            ("data-more-info", "javascript:alert(1)"),
            ("data-purpose", "<script>alert(2)</script>"),
        ]),
        Lang::En,
    )
    .await;
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<b>"));
    assert!(!html.contains("<script>"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(!html.contains("javascript:"));
    assert!(
        !html.contains("How this AI system works"),
        "the unsafe link is left out"
    );
}

#[tokio::test]
async fn links_to_the_rights_only_when_the_controller_gave_a_channel() {
    let html = render(config(&base()), Lang::En).await;
    assert!(!html.contains("Your rights"));
    let mut attrs = base();
    attrs.push(("data-endpoint", "/v1/requests"));
    let html = render(config(&attrs), Lang::En).await;
    assert!(html.contains(r#"aria-haspopup="dialog""#));
    assert!(html.contains(">Your rights</button>"));
    let html = render(config(&attrs), Lang::Fr).await;
    assert!(html.contains(">Vos droits</button>"));
}

#[tokio::test]
async fn a_second_notice_on_the_page_has_its_own_name() {
    let first = render_nth(config(&base()), Lang::En, 1).await;
    let second = render_nth(config(&base()), Lang::En, 2).await;
    let label = |html: &str| {
        let start = html.find("aria-label=\"").expect("a region label") + 12;
        html[start..start + html[start..].find('"').expect("closed")].to_string()
    };
    assert_ne!(label(&first), label(&second));
    assert_eq!(label(&second), format!("{} (2)", label(&first)));
    let greek = render_nth(config(&base()), Lang::El, 3).await;
    assert!(label(&greek).ends_with(" (3)"), "{}", label(&greek));
}
