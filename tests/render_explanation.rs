//! Native render tests of the explanation: each section and state as a person would read it.
#![cfg(not(target_arch = "wasm32"))]

use glassbox::components::{Explanation, ExplanationProps, ExplanationState};
use glassbox_core::explanation::Explanation as Model;
use glassbox_core::Lang;
use std::rc::Rc;
use yew::LocalServerRenderer;

const LOAN: &str = include_str!("../demo/decisions/LN-2026-0042.json");

async fn render(state: ExplanationState, lang: Lang) -> String {
    let props = ExplanationProps {
        state,
        lang,
        controller: Some("Example Bank SA".into()),
        overrides: Rc::default(),
        onevent: Default::default(),
        can_retry: true,
        onretry: Default::default(),
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
        "<li>repayment history from the credit bureau</li>",
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
    assert!(html.contains("\u{2212}0.42 (against you)"));
    assert!(html.contains("+0.25 (in your favour)"));
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
