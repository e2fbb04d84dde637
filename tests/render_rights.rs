//! Native render tests of the data-subject request form: each right's fields, the errors tied
//! to their fields, and each delivery state, as a person and assistive technology get them.
#![cfg(not(target_arch = "wasm32"))]

use glassbox::components::{Delivery, RightsForm, RightsFormProps};
use glassbox_core::config::{Attrs, RightsConfig};
use glassbox_core::request::{ErrorCode, FieldError, Kind};
use glassbox_core::rights::{Field, Form, Receipt};
use glassbox_core::Lang;
use std::rc::Rc;
use yew::LocalServerRenderer;

fn config(pairs: &[(&str, &str)]) -> RightsConfig {
    let mut all = vec![
        ("data-controller", "Example Bank SA"),
        ("data-contact", "privacy@example.com"),
        ("data-postal-address", "1 Rue Exemple, 75001 Paris, France"),
        ("data-endpoint", "https://example.com/v1/requests"),
    ];
    all.extend_from_slice(pairs);
    RightsConfig::parse(&Attrs::from_pairs(all)).value
}

async fn render(config: RightsConfig, lang: Lang, initial: Form, delivery: Delivery) -> String {
    render_nth(config, lang, initial, delivery, 1).await
}

async fn render_nth(
    config: RightsConfig,
    lang: Lang,
    initial: Form,
    delivery: Delivery,
    ordinal: u32,
) -> String {
    let props = RightsFormProps {
        config: Rc::new(config),
        lang,
        overrides: Rc::default(),
        initial: Rc::new(initial),
        delivery,
        onsubmit: Default::default(),
        onclose: None,
        title_id: "gb-rights-title".into(),
        ordinal,
    };
    LocalServerRenderer::<RightsForm>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

fn chosen(kinds: &[Kind]) -> Form {
    Form {
        kinds: kinds.to_vec(),
        ..Form::default()
    }
}

#[tokio::test]
async fn offers_the_four_default_rights_and_names_the_controller_and_other_ways() {
    let html = render(config(&[]), Lang::En, Form::default(), Delivery::Idle).await;
    for label in [
        "Right of access: get a copy of my data (Art. 15)",
        "Right to rectification: correct my data (Art. 16)",
        "Right to erasure: delete my data (Art. 17)",
        "Right to object to the processing of my data (Art. 21)",
    ] {
        assert!(html.contains(label), "{label}");
    }
    assert!(!html.contains("Art. 18") && !html.contains("Art. 20"));
    assert!(html.contains("This form is not the only way to exercise your rights: you can also write to Example Bank SA."));
    assert!(html.contains(r#"href="mailto:privacy@example.com""#));
    assert!(html.contains("By post: 1 Rue Exemple, 75001 Paris, France"));
    assert!(html.contains("What you type here is sent only to Example Bank SA"));
    assert!(html.contains(r#"<label for="gb-email">Your email address (required)</label>"#));
    assert!(html.contains(r#"aria-required="true""#));
    assert!(html.contains(r#"aria-describedby="gb-email-hint""#));
    assert!(html.contains("Send the request"));
    // No detail fields until a right is chosen; nothing else is required.
    assert!(!html.contains("gb-access-scope"));
    assert_eq!(html.matches(r#"aria-required="true""#).count(), 1);
}

#[tokio::test]
async fn data_rights_chooses_the_kinds_offered() {
    let html = render(
        config(&[("data-rights", "restriction portability human-review")]),
        Lang::Fr,
        Form::default(),
        Delivery::Idle,
    )
    .await;
    assert!(html.contains("Droit à la limitation du traitement (art. 18)"));
    assert!(html.contains("Droit à la portabilité des données"));
    assert!(html.contains("réexamine une décision automatisée"));
    assert!(!html.contains("Droit d'accès"));
    assert!(html.contains("Ce formulaire n'est pas le seul moyen d'exercer vos droits"));
}

#[tokio::test]
async fn each_kind_shows_its_optional_fields_when_chosen() {
    let all = config(&[(
        "data-rights",
        "access rectification erasure objection restriction portability human-review",
    )]);
    let expect: &[(Kind, &[&str])] = &[
        (
            Kind::Access,
            &[
                "Which data or processing is it about?",
                "Preferred format of the copy",
            ],
        ),
        (
            Kind::Rectification,
            &["What is wrong or incomplete?", "What is the correct value?"],
        ),
        (Kind::Erasure, &["Why (optional)"]),
        (
            Kind::Objection,
            &[
                "I object to the use of my data for direct marketing",
                "This objection needs no reason; it is always granted.",
                "Which other use of your data do you object to?",
            ],
        ),
        (Kind::Restriction, &["Why (optional)"]),
        (
            Kind::Portability,
            &["Preferred format (for example JSON or CSV)"],
        ),
        (
            Kind::HumanReview,
            &[
                "Reference of the decision",
                "Your point of view on the decision",
            ],
        ),
    ];
    for (kind, labels) in expect {
        let html = render(all.clone(), Lang::En, chosen(&[*kind]), Delivery::Idle).await;
        for label in *labels {
            assert!(html.contains(label), "{kind}: {label}");
        }
        for f in Field::of(*kind) {
            assert!(
                html.contains(&format!(r#"id="{}""#, f.id())),
                "{kind}: {f:?}"
            );
        }
        assert!(html.contains(&format!(r#"id="gb-kind-{kind}""#)));
    }
}

#[tokio::test]
async fn a_prefilled_review_keeps_the_decision_reference() {
    let mut form = chosen(&[Kind::HumanReview]);
    form.set(Field::ReviewDecision, "LN-2026-0042");
    let html = render(
        config(&[("data-rights", "human-review")]),
        Lang::En,
        form,
        Delivery::Idle,
    )
    .await;
    assert!(html.contains(r#"value="LN-2026-0042""#));
}

#[tokio::test]
async fn receiver_errors_are_shown_at_their_fields_and_described() {
    let errors = vec![
        FieldError::new("requester.email", ErrorCode::Invalid),
        FieldError::new("details.access.scope", ErrorCode::Invalid),
        FieldError::new("id", ErrorCode::Invalid),
    ];
    let mut form = chosen(&[Kind::Access]);
    form.set(Field::Email, "x@y");
    let html = render(
        config(&[]),
        Lang::En,
        form,
        Delivery::Rejected(Rc::new(errors)),
    )
    .await;
    assert!(html.contains(r#"id="gb-email-error""#));
    assert!(html.contains("Enter an email address like name@example.com.</p>"));
    assert!(html.contains(r#"aria-describedby="gb-email-hint gb-email-error""#));
    assert!(html.contains(r#"aria-describedby="gb-access-scope-error""#));
    assert_eq!(html.matches(r#"aria-invalid="true""#).count(), 2);
    assert!(html.contains("Please correct the marked fields."));
}

#[tokio::test]
async fn sending_and_queued_are_announced() {
    let html = render(
        config(&[]),
        Lang::En,
        chosen(&[Kind::Access]),
        Delivery::Sending,
    )
    .await;
    assert!(html.contains(r#"<p role="status" class="gb-status">Sending your request…</p>"#));
    assert!(
        html.contains(r#"aria-disabled="true""#) && html.contains(">Send the request</button>"),
        "no second submit while sending, and the button keeps focus"
    );
    let html = render(
        config(&[]),
        Lang::En,
        chosen(&[Kind::Access]),
        Delivery::Queued,
    )
    .await;
    // Said by the status line that was there all along, shown in the box below it.
    assert!(
        html.contains(r#"<p role="status" class="gb-status"><span class="gb-visually-hidden">Your request will be sent</span></p>"#),
        "{html}"
    );
    assert!(html.contains("<h3>Your request will be sent</h3>"));
    assert!(html.contains("We could not reach Example Bank SA just now."));
}

#[tokio::test]
async fn the_acknowledgement_gives_reference_times_due_date_status_and_receipt() {
    let receipt = Receipt {
        reference: "GB-2026-000042".into(),
        received_at: "2026-01-31T09:05:00Z".into(),
        due_by: "2026-02-28".into(),
        status_url: Some("https://example.com/v1/status/tok".into()),
    };
    let delivery = Delivery::Acknowledged {
        receipt: Rc::new(receipt),
        receipt_text: "Reference: GB-2026-000042\r\n".into(),
    };
    let html = render(config(&[]), Lang::En, chosen(&[Kind::Access]), delivery).await;
    assert!(html.contains("Your request was received"));
    assert!(html.contains("Reference: GB-2026-000042"));
    assert!(html.contains("Received: 2026-01-31 09:05 UTC"));
    assert!(html.contains(
        "Answer due by 2026-02-28 at the latest (one month after receipt, GDPR Art. 12(3))."
    ));
    assert!(html.contains(r#"href="https://example.com/v1/status/tok""#));
    assert!(html
        .contains(r#"href="data:text/plain;charset=utf-8,Reference%3A%20GB-2026-000042%0D%0A""#));
    assert!(html.contains(r#"download="receipt-GB-2026-000042.txt""#));
    assert!(html.contains("Download a receipt"));
    assert!(!html.contains("<form"));
}

#[tokio::test]
async fn without_endpoint_an_email_and_without_any_channel_the_controller() {
    let delivery = Delivery::Mailto("mailto:privacy@example.com?subject=x".into());
    let html = render(config(&[]), Lang::En, chosen(&[Kind::Access]), delivery).await;
    assert!(html.contains(r#"href="mailto:privacy@example.com?subject=x""#));
    assert!(html.contains("Write the email"));
    let bare = RightsConfig::parse(&Attrs::from_pairs([(
        "data-postal-address",
        "1 Rue Exemple, 75001 Paris",
    )]))
    .value;
    let html = render(bare, Lang::En, chosen(&[Kind::Access]), Delivery::NoChannel).await;
    assert!(html.contains(
        "This form cannot send requests. Please contact the operator of this website directly."
    ));
    assert!(html.contains("By post: 1 Rue Exemple, 75001 Paris"));
}

#[tokio::test]
async fn direct_marketing_is_its_own_choice_next_to_the_right_to_object() {
    let html = render(config(&[]), Lang::En, Form::default(), Delivery::Idle).await;
    assert!(html.contains("I object to the use of my data for direct marketing"));
    assert!(html.contains("This objection needs no reason; it is always granted."));
    let html = render(
        config(&[("data-rights", "access erasure")]),
        Lang::En,
        Form::default(),
        Delivery::Idle,
    )
    .await;
    assert!(
        !html.contains("direct marketing"),
        "only where objection is offered"
    );
}

fn acknowledged() -> Delivery {
    Delivery::Acknowledged {
        receipt: Rc::new(Receipt {
            reference: "GB-2026-000042".into(),
            received_at: "2026-01-31T09:05:00Z".into(),
            due_by: "2026-02-28".into(),
            status_url: None,
        }),
        receipt_text: "Reference: GB-2026-000042\r\n".into(),
    }
}

#[tokio::test]
async fn the_acknowledgement_says_the_deadline_may_be_extended_and_the_complaint_right() {
    let html = render(
        config(&[]),
        Lang::En,
        chosen(&[Kind::Access]),
        acknowledged(),
    )
    .await;
    // Inside the announced status, after the due date (Art. 12(3); Art. 77).
    let due = html.find("Answer due by 2026-02-28").expect("due date");
    let extension = html
        .find("this period may be extended by two further months; you will be told so within the first month, with the reasons.")
        .expect("extension");
    let complaint = html
        .find("You have the right to lodge a complaint with a supervisory authority.")
        .expect("complaint");
    assert!(due < extension && extension < complaint);
    let status_end = html[html.find(r#"role="status""#).unwrap()..]
        .find("</div>")
        .unwrap()
        + html.find(r#"role="status""#).unwrap();
    assert!(complaint < status_end, "said with the acknowledgement");
    let html = render(
        config(&[]),
        Lang::De,
        chosen(&[Kind::Access]),
        acknowledged(),
    )
    .await;
    assert!(html.contains("um weitere zwei Monate verlängert werden"));
    assert!(html.contains("Sie haben das Recht auf Beschwerde bei einer Aufsichtsbehörde."));
}

#[tokio::test]
async fn the_dpo_and_the_authority_are_in_the_form_and_the_acknowledgement() {
    let officials = [
        ("data-dpo", "dpo@example.com"),
        ("data-authority", "CNIL|https://www.cnil.fr/"),
    ];
    for delivery in [Delivery::Idle, acknowledged()] {
        let html = render(
            config(&officials),
            Lang::En,
            chosen(&[Kind::Access]),
            delivery,
        )
        .await;
        assert!(
            html.contains(
                r#"Data protection officer: <a href="mailto:dpo@example.com">dpo@example.com</a>"#
            ),
            "{html}"
        );
        assert!(html.contains(r#"Supervisory authority: <a href="https://www.cnil.fr/">CNIL</a>"#));
    }
    // Without them, nothing is said about them.
    let html = render(
        config(&[]),
        Lang::En,
        chosen(&[Kind::Access]),
        Delivery::Idle,
    )
    .await;
    assert!(!html.contains("Data protection officer") && !html.contains("Supervisory authority"));
}

#[tokio::test]
async fn an_objection_has_an_optional_particular_situation_and_no_claim_that_reasons_are_never_needed(
) {
    let html = render(
        config(&[]),
        Lang::En,
        chosen(&[Kind::Objection]),
        Delivery::Idle,
    )
    .await;
    assert!(html.contains(
        r#"<label for="gb-objection-situation">Your particular situation (optional)</label>"#
    ));
    assert!(html.contains(r#"<p id="gb-objection-situation-hint" class="gb-hint">An objection to a use other than direct marketing rests on grounds relating to your particular situation (GDPR Art. 21(1))."#), "{html}");
    assert!(html.contains(r#"aria-describedby="gb-objection-situation-hint""#));
    assert!(html.contains(r#"<textarea id="gb-objection-situation""#));
    // Still only the email is required.
    assert_eq!(html.matches(r#"aria-required="true""#).count(), 1);
    assert!(html.contains(
        "Tell Example Bank SA what you want to do with your personal data. It is free of charge."
    ));
    for lang in glassbox_core::Lang::ALL.iter().copied() {
        let html = render(config(&[]), lang, Form::default(), Delivery::Idle).await;
        for claim in [
            "do not need to give reasons",
            "müssen keine Gründe",
            "pas à vous justifier",
        ] {
            assert!(!html.contains(claim), "{lang:?}: {claim}");
        }
    }
    // Typed, it is kept in the form as the person left it.
    let mut initial = chosen(&[Kind::Objection]);
    initial.set(Field::ObjectionSituation, "I care for a relative.");
    let html = render(config(&[]), Lang::En, initial, Delivery::Idle).await;
    assert!(html.contains("I care for a relative."));
}

#[tokio::test]
async fn a_second_form_on_the_page_has_its_own_name() {
    let first = render_nth(config(&[]), Lang::En, Form::default(), Delivery::Idle, 1).await;
    assert!(first.contains(r#"aria-labelledby="gb-rights-title""#));
    let second = render_nth(config(&[]), Lang::En, Form::default(), Delivery::Idle, 2).await;
    assert!(second.contains(r#"aria-label="Exercise your data protection rights (2)""#));
    assert!(!second.contains("aria-labelledby"));
    let ack = render_nth(config(&[]), Lang::En, Form::default(), acknowledged(), 2).await;
    assert!(ack.contains(r#"aria-label="Exercise your data protection rights (2)""#));
}
