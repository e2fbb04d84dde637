//! Native render tests of the explanation: each section and state as a person would read it.
#![cfg(not(target_arch = "wasm32"))]

use glassbox::components::{Explanation, ExplanationProps, ExplanationState};
use glassbox_core::config::{Attrs, ExplanationConfig};
use glassbox_core::explanation::Explanation as Model;
use glassbox_core::Lang;
use std::rc::Rc;
use yew::LocalServerRenderer;

const LOAN: &str = include_str!("../demo/decisions/LN-2026-0042.json");

async fn render(state: ExplanationState, lang: Lang) -> String {
    render_with(state, lang, &[]).await
}

/// Renders with the script tag's `data-dpo` / `data-authority` as an integrator writes them.
async fn render_with(state: ExplanationState, lang: Lang, attrs: &[(&str, &str)]) -> String {
    render_nth(state, lang, attrs, 1).await
}

async fn render_nth(
    state: ExplanationState,
    lang: Lang,
    attrs: &[(&str, &str)],
    ordinal: u32,
) -> String {
    let config = ExplanationConfig::parse(&Attrs::from_pairs(attrs.iter().copied()));
    assert!(config.errors.is_empty(), "{:?}", config.errors);
    let props = ExplanationProps {
        state,
        lang,
        controller: Some("Example Bank SA".into()),
        dpo: config.value.dpo,
        authority: config.value.authority,
        overrides: Rc::default(),
        onevent: Default::default(),
        can_retry: true,
        onretry: Default::default(),
        ordinal,
    };
    LocalServerRenderer::<Explanation>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

fn ready(json: &str) -> ExplanationState {
    ExplanationState::Ready(Rc::new(Model::from_json(json).expect("valid explanation")))
}

#[tokio::test]
async fn every_section_of_a_complete_explanation_is_shown() {
    let html = render(ready(LOAN), Lang::En).await;
    for text in [
        "About this decision",
        "Your application for a personal loan of € 15,000 was declined.",
        "Outcome: not in your favour",
        "Decided on 2026-11-27",
        "The factors that weighed most against you were Existing monthly debt repayments, Time in current job and Loan amount compared with income.",
        "How the system works",
        "A statistical model compares your application",
        "Which of your data it used",
        "<li>savings held with us</li>",
        "What this decision means for you",
        "What happens next",
        "The AI system made this decision.",
        "No person has reviewed this decision yet.",
        "CreditScore 4.2",
        r#"href="/model-card.html""#,
        "A review is answered within 5 working days.",
        "Request human review",
    ] {
        assert!(html.contains(text), "missing {text:?}");
    }
    assert!(!html.contains("Not provided by"));
}

#[tokio::test]
async fn five_factors_first_with_a_button_for_all_and_a_table_for_screen_readers() {
    let html = render(ready(LOAN), Lang::En).await;
    assert_eq!(html.matches(r#"<th scope="row">"#).count(), 5);
    assert!(html.contains("Show all 8 factors"));
    assert!(html.contains(r#"aria-expanded="false""#));
    assert!(html.contains(r#"<th scope="row">Existing monthly debt repayments</th>"#));
    // The weight as text with its sign and direction, not only a coloured bar.
    assert!(html.contains("strong, \u{2212}0.42 (against you)"));
    assert!(html.contains("moderate, +0.25 (in your favour)"));
    assert!(html.contains(r#"<div aria-hidden="true" class="gb-chart-rows">"#));
    assert!(html.contains("<caption>Factors and how much each weighed"));
    // Ranked by absolute weight.
    let first = html.find("Existing monthly debt").unwrap();
    let second = html.find("Time in current job").unwrap();
    let third = html.find("Repayment history").unwrap();
    assert!(first < second && second < third);
    assert!(
        !html.contains("Years at current address"),
        "the sixth and later wait for 'show all'"
    );
}

#[tokio::test]
async fn missing_required_sections_say_who_did_not_provide_them() {
    let html = render(
        ready(r#"{"decision": "Quote refused.", "factors": []}"#),
        Lang::En,
    )
    .await;
    // logic, data categories, significance, consequences, AI role, human review
    assert_eq!(
        html.matches(r#"<p class="gb-missing">Not provided by Example Bank SA.</p>"#)
            .count(),
        6,
        "{html}"
    );
    assert!(html.contains("No individual factor was reported for this decision."));
    let html = render(ready(r#"{"decision": "x"}"#), Lang::Fr).await;
    assert!(html.contains("Non communiqué par Example Bank SA."));
}

#[tokio::test]
async fn loading_and_failed_states_are_readable() {
    let html = render(ExplanationState::Loading, Lang::En).await;
    assert!(html.contains("Loading the explanation of this decision…"));
    assert!(html.contains(r#"role="status""#) && html.contains(r#"aria-busy="true""#));
    let html = render(ExplanationState::Failed, Lang::En).await;
    assert!(html.contains(r#"role="alert""#));
    assert!(html.contains("The explanation of this decision could not be loaded."));
    assert!(html.contains("Try again"));
    assert!(
        html.contains("Request human review"),
        "review stays possible"
    );
}

#[tokio::test]
async fn markup_in_labels_and_values_is_text() {
    let html = render(
        ready(r#"{"decision": "<b>Declined</b>", "factors": [{"label": "<img src=x onerror=alert(1)>", "value": "<script>x</script>", "impact": -1}],
                  "model": {"name": "M", "documentation_url": "javascript:alert(1)"}}"#),
        Lang::En,
    )
    .await;
    assert!(!html.contains("<b>") && !html.contains("<img") && !html.contains("<script>"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(
        !html.contains("javascript:"),
        "an unsafe documentation link is left out"
    );
}

#[tokio::test]
async fn french_explanation() {
    let html = render(ready(LOAN), Lang::Fr).await;
    assert!(html.contains("À propos de cette décision"));
    assert!(html.contains("Les facteurs qui ont le plus pesé en votre défaveur sont"));
    assert!(html.contains("Demander un réexamen par une personne"));
    assert!(html.contains(r#"lang="fr""#));
}

#[tokio::test]
async fn data_sources_categories_counterfactuals_and_contest_each_have_their_section() {
    let html = render(ready(LOAN), Lang::En).await;
    for text in [
        // Each category with where it came from and why it matters.
        r#"<span class="gb-category">repayment history</span>"#,
        "Source: the credit bureau",
        "Why it matters: How you repaid before is the best indication of how you will repay.",
        // Where the data came from (Arts. 14(2)(f), 15(1)(g)).
        "<h3>Where your data came from</h3>",
        "<li>Example Credit Bureau: your credit file</li>",
        // What would have changed the decision (C-203/22).
        "<h3>What would have changed the decision</h3>",
        "The decision would have been different in these cases:",
        r#"<span class="gb-change">If your monthly debt repayments were below € 900</span>"#,
        r#"<span class="gb-result">the loan would have been granted.</span>"#,
        // How to contest it, and its timescale from `contest`.
        "How to contest this decision: Use the button below, reply to your decision letter",
        "A review is answered within 5 working days.",
    ] {
        assert!(html.contains(text), "missing {text:?} in {html}");
    }
    // The order a person reads: data used, where it came from, what would have changed it.
    let data = html.find("Which of your data it used").unwrap();
    let sources = html.find("Where your data came from").unwrap();
    let counterfactuals = html.find("What would have changed the decision").unwrap();
    let significance = html.find("What this decision means for you").unwrap();
    assert!(data < sources && sources < counterfactuals && counterfactuals < significance);
}

#[tokio::test]
async fn an_old_document_shows_no_empty_new_sections() {
    let old = r#"{"decision": "Declined.", "factors": [{"label": "Debt", "impact": -1}],
                  "data_categories": ["income"], "review_timescale": "5 working days"}"#;
    let html = render(ready(old), Lang::En).await;
    assert!(html.contains("<li>income</li>"));
    assert!(!html.contains("Where your data came from"));
    assert!(!html.contains("What would have changed the decision"));
    assert!(!html.contains("How to contest this decision:"));
    assert!(html.contains("A review is answered within 5 working days."));
    assert!(
        !html.contains("gb-officials"),
        "no DPO or authority configured"
    );
}

#[tokio::test]
async fn blank_parts_of_the_new_sections_say_who_did_not_provide_them() {
    let json = r#"{"decision": "Declined.", "factors": [], "logic": "l", "significance": "s",
        "consequences": "c", "ai_role": "advisory", "human_reviewed": true,
        "data_categories": ["income", {"category": "debts", "source": " ", "why": "Debts reduce what you can repay."}],
        "data_sources": ["  "],
        "counterfactuals": [{"change": "If your debts were lower", "result": ""}],
        "contest": {"how": " "}}"#;
    let html = render(ready(json), Lang::En).await;
    // The empty sources, the missing result and the empty contest; a blank source is left out.
    assert_eq!(
        html.matches("Not provided by Example Bank SA.").count(),
        3,
        "{html}"
    );
    assert!(html.contains(r#"<span class="gb-change">If your debts were lower</span>"#));
    assert!(html.contains(r#"<span class="gb-result">Not provided by Example Bank SA.</span>"#));
    assert!(!html.contains("Source:"));
    assert!(html.contains("Why it matters: Debts reduce what you can repay."));
}

#[tokio::test]
async fn each_factor_weighs_in_words_and_yes_no_are_words() {
    let json = r#"{"factors": [
        {"label": "Debt", "impact": -0.5},
        {"label": "Income", "value": 3200, "impact": 0.3},
        {"label": "Savings account", "value": true, "impact": 0.15},
        {"label": "Missed payment", "value": false, "impact": 0.05},
        {"label": "Postcode", "value": "75001", "impact": 0}
    ]}"#;
    let html = render(ready(json), Lang::En).await;
    assert!(html.contains("strong, \u{2212}0.5 (against you)"), "{html}");
    assert!(html.contains("strong, +0.3 (in your favour)"));
    assert!(html.contains("moderate, +0.15 (in your favour)"));
    assert!(html.contains("slight, +0.05 (in your favour)"));
    assert!(html.contains("no effect, 0 (in your favour)"));
    assert!(html.contains("<td>yes</td>") && html.contains("<td>no</td>"));
    assert!(!html.contains(">true<") && !html.contains(">false<"));
    let html = render(ready(json), Lang::De).await;
    assert!(html.contains("<td>ja</td>") && html.contains("<td>nein</td>"));
    assert!(html.contains(r#"<span class="gb-strength">stark</span>"#));
    assert!(html.contains(r#"<span class="gb-strength">gering</span>"#));
}

#[tokio::test]
async fn the_dpo_and_the_supervisory_authority_are_links() {
    let attrs = [
        ("data-dpo", "dpo@example.com"),
        ("data-authority", "CNIL|https://www.cnil.fr/"),
    ];
    let html = render_with(ready(LOAN), Lang::En, &attrs).await;
    assert!(
        html.contains(
            r#"Data protection officer: <a href="mailto:dpo@example.com">dpo@example.com</a>"#
        ),
        "{html}"
    );
    assert!(html.contains(r#"Supervisory authority: <a href="https://www.cnil.fr/">CNIL</a>"#));
    let html = render_with(ready(LOAN), Lang::Fr, &attrs).await;
    assert!(html.contains("Délégué à la protection des données :"));
    assert!(html.contains("Autorité de contrôle :"));
}

#[tokio::test]
async fn a_counterfactual_in_greek() {
    let html = render(ready(LOAN), Lang::El).await;
    assert!(html.contains("Τι θα είχε αλλάξει την απόφαση"));
    assert!(html.contains("Από πού προέρχονται τα δεδομένα σας"));
    assert!(html.contains("Πηγή: the credit bureau"));
    assert!(html.contains(r#"lang="el""#));
}

#[tokio::test]
async fn a_second_explanation_on_the_page_has_its_own_name() {
    let first = render_nth(ready(LOAN), Lang::En, &[], 1).await;
    let second = render_nth(ready(LOAN), Lang::En, &[], 2).await;
    assert!(first.contains(r#"aria-label="Explanation of an automated decision""#));
    assert!(second.contains(r#"aria-label="Explanation of an automated decision (2)""#));
    let loading = render_nth(ExplanationState::Loading, Lang::De, &[], 3).await;
    assert!(loading.contains(" (3)\""), "{loading}");
}
