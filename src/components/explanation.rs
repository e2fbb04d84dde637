//! The explanation of an automated decision (GDPR Arts. 13(2)(f), 15(1)(h), 22(3); AI Act
//! Art. 86; CJEU C-203/22): a plain-language summary, the ranked factors with their weight in
//! words, the logic, the data used (with its source and relevance where given), where the data
//! came from, what would have changed the decision, what the decision means, the AI's role,
//! how to contest it, the data protection officer and the supervisory authority, and a way to
//! ask for a human review. A required section the host left out, or a part of an optional one
//! given blank, is shown as "not provided by <controller>", never as a blank.

use super::{Contacts, FactorChart};
use crate::event::WidgetEvent;
use glassbox_core::config::ContactLink;
use glassbox_core::explanation::{AiRole, Explanation as Model, Outcome, Section, TOP_FACTORS};
use glassbox_core::i18n::{tr, Msg, Overrides};
use glassbox_core::url::SafeUrl;
use glassbox_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// What the widget has to show.
#[derive(Clone, Debug, PartialEq)]
pub enum ExplanationState {
    /// Fetching `data-explanation-src`.
    Loading,
    /// The explanation could not be loaded or read (details went to the console).
    Failed,
    /// The explanation.
    Ready(Rc<Model>),
}

/// Properties of [`Explanation`].
#[derive(Properties, PartialEq, Clone)]
pub struct ExplanationProps {
    /// What to show.
    pub state: ExplanationState,
    /// The negotiated language.
    pub lang: Lang,
    /// `data-controller`, named where a section is missing.
    #[prop_or_default]
    pub controller: Option<String>,
    /// `data-dpo`: the data protection officer's contact.
    #[prop_or_default]
    pub dpo: Option<ContactLink>,
    /// `data-authority`: the supervisory authority.
    #[prop_or_default]
    pub authority: Option<ContactLink>,
    /// Strings the integrator replaced.
    #[prop_or_default]
    pub overrides: Rc<Overrides>,
    /// Receives the review request.
    #[prop_or_default]
    pub onevent: Callback<WidgetEvent>,
    /// Whether "Try again" is offered after a failure (the explanation comes from a URL).
    #[prop_or_default]
    pub can_retry: bool,
    /// "Try again" after a failed load.
    #[prop_or_default]
    pub onretry: Callback<()>,
    /// Its place among the explanations on the page, from 1: from the second on, its
    /// accessible name ends with its number, so that each region's name is unique.
    #[prop_or(1)]
    pub ordinal: u32,
}

/// `name`, numbered from the second widget of a kind on a page on: "… (2)".
pub fn numbered(name: String, ordinal: u32) -> String {
    if ordinal > 1 {
        format!("{name} ({ordinal})")
    } else {
        name
    }
}

/// A data category as shown: its name (or "not provided"), and its source and relevance as
/// sentences where the host gave them.
struct CategoryView {
    name: String,
    source: Option<String>,
    why: Option<String>,
}

/// See the module documentation.
#[component]
pub fn Explanation(props: &ExplanationProps) -> Html {
    let show_all = use_state(|| false);
    let status = use_state(String::new);
    let t = {
        let (lang, overrides) = (props.lang, props.overrides.clone());
        move |msg: Msg, args: &[(&str, &str)]| tr(lang, msg, args, &overrides)
    };

    let explanation = match &props.state {
        ExplanationState::Ready(e) => Some(e.clone()),
        _ => None,
    };
    let on_review = {
        let (onevent, status, lang) = (props.onevent.clone(), status.clone(), props.lang);
        let text = t(Msg::ExplanationReviewRequested, &[]);
        let explanation = explanation.clone();
        Callback::from(move |_: MouseEvent| {
            status.set(text.clone());
            onevent.emit(WidgetEvent::ReviewRequested {
                lang,
                decision_ref: explanation.as_ref().and_then(|e| e.decision_ref.clone()),
                explanation: explanation.clone(),
            });
        })
    };
    let review = html! {
        <>
            <button type="button" class="gb-primary gb-review" onclick={on_review}>
                { t(Msg::ExplanationRequestReview, &[]) }
            </button>
            <p class="gb-status" role="status">{ (*status).clone() }</p>
        </>
    };
    let region_label = numbered(t(Msg::ExplanationRegionLabel, &[]), props.ordinal);
    let title = t(Msg::ExplanationTitle, &[]);

    let Some(e) = explanation else {
        let failed = props.state == ExplanationState::Failed;
        let onretry = props.onretry.reform(|_: MouseEvent| ());
        return html! {
            <section class="gb-explanation" aria-label={region_label} lang={props.lang.tag()}>
                <h2 class="gb-title">{ title }</h2>
                if failed {
                    <p class="gb-error" role="alert">{ t(Msg::ExplanationFailed, &[]) }</p>
                    <p>{ t(Msg::ExplanationFailedHint, &[]) }</p>
                    if props.can_retry {
                        <p><button type="button" class="gb-secondary" onclick={onretry}>{ t(Msg::ExplanationRetry, &[]) }</button></p>
                    }
                    { review }
                } else {
                    <p class="gb-loading" role="status" aria-busy="true">{ t(Msg::ExplanationLoading, &[]) }</p>
                }
            </section>
        };
    };

    let missing_text = match &props.controller {
        Some(c) => t(Msg::ExplanationMissing, &[("controller", c)]),
        None => t(Msg::ExplanationMissingUnknown, &[]),
    };
    let missing = e.missing();
    let text_or_missing = |value: &Option<String>, section: Section| -> Html {
        match value {
            Some(v) if !missing.contains(&section) => html! { <p>{ v.clone() }</p> },
            _ => html! { <p class="gb-missing">{ missing_text.clone() }</p> },
        }
    };

    let outcome = e.outcome.map(|o| match o {
        Outcome::Favourable => (
            "gb-outcome gb-favourable",
            t(Msg::ExplanationOutcomeFavourable, &[]),
        ),
        Outcome::Unfavourable => (
            "gb-outcome gb-unfavourable",
            t(Msg::ExplanationOutcomeUnfavourable, &[]),
        ),
        Outcome::Neutral => (
            "gb-outcome gb-neutral",
            t(Msg::ExplanationOutcomeNeutral, &[]),
        ),
    });
    let decided = e.decided_at.as_deref().map(|d| {
        t(
            Msg::ExplanationDecidedAt,
            &[("date", &crate::intl::date(props.lang, d))],
        )
    });
    let ranked = e.ranked();
    let total = ranked.len();
    let total_weight = e.total_weight();
    let max_impact = ranked.first().map(|f| f.impact.abs()).unwrap_or(1.0);
    let shown: Vec<_> = if *show_all {
        ranked
    } else {
        ranked.into_iter().take(TOP_FACTORS).collect()
    };
    let toggle = (total > TOP_FACTORS).then(|| {
        let show_all = show_all.clone();
        let label = if *show_all {
            t(Msg::ExplanationShowFewer, &[])
        } else {
            t(
                Msg::ExplanationShowAll,
                &[("count", &crate::intl::count(props.lang, total as u64))],
            )
        };
        let expanded = if *show_all { "true" } else { "false" };
        let onclick = Callback::from(move |_: MouseEvent| show_all.set(!*show_all));
        html! { <button type="button" class="gb-secondary" aria-expanded={expanded} {onclick}>{ label }</button> }
    });
    let role = e.ai_role.map(|r| match r {
        AiRole::Advisory => t(Msg::ExplanationRoleAdvisory, &[]),
        AiRole::Decisive => t(Msg::ExplanationRoleDecisive, &[]),
    });
    let reviewed = e.human_reviewed.map(|h| {
        if h {
            t(Msg::ExplanationHumanReviewed, &[])
        } else {
            t(Msg::ExplanationNotHumanReviewed, &[])
        }
    });
    let model = e.model.as_ref().map(|m| {
        let name = match &m.version {
            Some(v) => format!("{} {}", m.name, v),
            None => m.name.clone(),
        };
        let link = m
            .documentation_url
            .as_deref()
            .and_then(|u| SafeUrl::parse(u).ok())
            .map(|u| u.to_string());
        (name, link)
    });
    let timescale = e
        .timescale()
        .map(|ts| t(Msg::ExplanationReviewTimescale, &[("timescale", ts)]));
    let given = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let filled = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
    // Each category with its source and relevance where given; a blank name is "not provided".
    let categories: Option<Vec<CategoryView>> =
        (!missing.contains(&Section::DataCategories)).then(|| {
            e.data_categories
                .iter()
                .flatten()
                .map(|c| CategoryView {
                    name: filled(&c.category).unwrap_or_else(|| missing_text.clone()),
                    source: given(&c.source)
                        .map(|s| t(Msg::ExplanationCategorySource, &[("source", &s)])),
                    why: given(&c.why).map(|w| t(Msg::ExplanationCategoryWhy, &[("why", &w)])),
                })
                .collect()
        });
    // Optional sections: absent, no heading; given but empty or blank, "not provided".
    let sources: Option<Vec<String>> = e
        .data_sources
        .as_ref()
        .map(|s| s.iter().filter_map(|s| filled(s)).collect());
    let counterfactuals: Option<Vec<(Option<String>, Option<String>)>> =
        e.counterfactuals.as_ref().map(|items| {
            items
                .iter()
                .map(|c| (filled(&c.change), filled(&c.result)))
                .collect()
        });
    let contest_how = e
        .contest
        .as_ref()
        .map(|c| given(&c.how).map(|how| t(Msg::ExplanationContestHow, &[("how", &how)])));
    let contest_blank = e.incomplete().iter().any(|p| p == "contest");

    html! {
        <section class="gb-explanation" aria-label={region_label} lang={props.lang.tag()}>
            <h2 class="gb-title">{ title }</h2>
            { text_or_missing(&e.decision, Section::Decision) }
            if let Some((class, text)) = outcome {
                <p {class}>{ text }</p>
            }
            if let Some(text) = decided {
                <p class="gb-muted">{ text }</p>
            }
            <p class="gb-summary">{ e.summary(props.lang, &props.overrides) }</p>

            <h3>{ t(Msg::ExplanationFactors, &[]) }</h3>
            if missing.contains(&Section::Factors) {
                <p class="gb-missing">{ missing_text.clone() }</p>
            } else if total == 0 {
                <p>{ t(Msg::ExplanationNoFactors, &[]) }</p>
            } else {
                <FactorChart factors={shown} {max_impact} {total_weight}
                    caption={t(Msg::ExplanationFactorsCaption, &[])}
                    headers={[t(Msg::ExplanationFactor, &[]), t(Msg::ExplanationYourValue, &[]), t(Msg::ExplanationWeight, &[])]}
                    directions={[t(Msg::ExplanationForYou, &[]), t(Msg::ExplanationAgainstYou, &[])]}
                    lang={props.lang} overrides={props.overrides.clone()} />
                { for toggle }
            }

            <h3>{ t(Msg::ExplanationLogic, &[]) }</h3>
            { text_or_missing(&e.logic, Section::Logic) }

            <h3>{ t(Msg::ExplanationData, &[]) }</h3>
            if let Some(categories) = categories {
                <ul class="gb-categories">
                    for CategoryView { name, source, why } in categories {
                        if source.is_none() && why.is_none() {
                            <li>{ name }</li>
                        } else {
                            <li>
                                <span class="gb-category">{ name }</span>
                                if let Some(text) = source {
                                    <span class="gb-category-detail">{ text }</span>
                                }
                                if let Some(text) = why {
                                    <span class="gb-category-detail">{ text }</span>
                                }
                            </li>
                        }
                    }
                </ul>
            } else {
                <p class="gb-missing">{ missing_text.clone() }</p>
            }

            if let Some(sources) = sources {
                <h3>{ t(Msg::ExplanationSources, &[]) }</h3>
                if sources.is_empty() {
                    <p class="gb-missing">{ missing_text.clone() }</p>
                } else {
                    <ul class="gb-sources">
                        for source in sources {
                            <li>{ source }</li>
                        }
                    </ul>
                }
            }

            if let Some(items) = counterfactuals {
                <h3>{ t(Msg::ExplanationCounterfactuals, &[]) }</h3>
                if items.is_empty() {
                    <p class="gb-missing">{ missing_text.clone() }</p>
                } else {
                    <p>{ t(Msg::ExplanationCounterfactualsIntro, &[]) }</p>
                    <ul class="gb-counterfactuals">
                        for (change, result) in items {
                            <li>
                                <span class="gb-change">{ change.unwrap_or_else(|| missing_text.clone()) }</span>
                                <span class="gb-result">{ result.unwrap_or_else(|| missing_text.clone()) }</span>
                            </li>
                        }
                    </ul>
                }
            }

            <h3>{ t(Msg::ExplanationSignificance, &[]) }</h3>
            { text_or_missing(&e.significance, Section::Significance) }

            <h3>{ t(Msg::ExplanationConsequences, &[]) }</h3>
            { text_or_missing(&e.consequences, Section::Consequences) }

            <h3>{ t(Msg::ExplanationRole, &[]) }</h3>
            if let Some(text) = role {
                <p>{ text }</p>
            } else {
                <p class="gb-missing">{ missing_text.clone() }</p>
            }
            if let Some(text) = reviewed {
                <p>{ text }</p>
            } else {
                <p class="gb-missing">{ missing_text.clone() }</p>
            }

            if let Some((name, link)) = model {
                <h3>{ t(Msg::ExplanationModel, &[]) }</h3>
                <p>{ name }</p>
                if let Some(href) = link {
                    <p><a {href}>{ t(Msg::ExplanationModelDocumentation, &[]) }</a></p>
                }
            }

            <div class="gb-contest">
                <p>{ t(Msg::ExplanationContest, &[]) }</p>
                if let Some(Some(text)) = contest_how {
                    <p class="gb-contest-how">{ text }</p>
                }
                if let Some(text) = timescale {
                    <p>{ text }</p>
                }
                if contest_blank {
                    <p class="gb-missing">{ missing_text.clone() }</p>
                }
                <Contacts dpo={props.dpo.clone()} authority={props.authority.clone()} lang={props.lang} overrides={props.overrides.clone()} />
                { review }
            </div>
        </section>
    }
}
