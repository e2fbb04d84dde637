//! The AI notice (EU AI Act Art. 50): the sentence, who operates the system, the links a person
//! needs before the first interaction, and the optional acknowledgement.

use crate::event::WidgetEvent;
use glassbox_core::config::{HumanContact, NoticeConfig, Variant};
use glassbox_core::i18n::Overrides;
use glassbox_core::notice::NoticeCopy;
use glassbox_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Notice`].
#[derive(Properties, PartialEq, Clone)]
pub struct NoticeProps {
    /// The parsed configuration of this notice.
    pub config: Rc<NoticeConfig>,
    /// The negotiated language.
    pub lang: Lang,
    /// Strings the integrator replaced.
    #[prop_or_default]
    pub overrides: Rc<Overrides>,
    /// Receives what the host page should hear about (shown, acknowledged, human requested).
    #[prop_or_default]
    pub onevent: Callback<WidgetEvent>,
    /// Its place among the notices on the page, from 1: from the second on, its accessible
    /// name ends with its number, so that each notice region's name is unique.
    #[prop_or(1)]
    pub ordinal: u32,
}

/// What the notice's status line says.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Said {
    /// Nothing yet.
    #[default]
    Nothing,
    /// The person acknowledged the notice.
    Acknowledged,
    /// The person asked to talk to a person.
    HumanRequested,
}

/// What a notice remembers between renders.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct NoticeState {
    /// The acknowledgement was given.
    pub acked: bool,
    /// What the status line says, kept as a fact rather than as text so that it follows a
    /// change of language.
    pub said: Said,
}

/// A button of the notice and what pressing it does.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Click {
    /// "I understand": acknowledges the notice.
    Acknowledge,
    /// "Talk to a person" as a button (`data-human-contact="event"`).
    Human,
    /// "Your rights": opens the request form.
    Rights,
}

/// A node of the notice's markup.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Part {
    /// An element.
    El(El),
    /// Text (escaped by whoever writes it out).
    Text(String),
}

/// An element of the notice's markup: its tag, its attributes in order, its children and the
/// button it is, if any.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct El {
    /// The tag name.
    pub tag: &'static str,
    /// Attributes, in the order they are written.
    pub attrs: Vec<(&'static str, String)>,
    /// Child nodes.
    pub children: Vec<Part>,
    /// What pressing it does.
    pub click: Option<Click>,
}

fn elem(tag: &'static str, attrs: &[(&'static str, &str)], children: Vec<Part>) -> El {
    El {
        tag,
        attrs: attrs.iter().map(|(k, v)| (*k, (*v).to_string())).collect(),
        children,
        click: None,
    }
}

fn el(tag: &'static str, attrs: &[(&'static str, &str)], children: Vec<Part>) -> Part {
    Part::El(elem(tag, attrs, children))
}

fn button(class: &str, extra: &[(&'static str, &str)], text: String, click: Click) -> Part {
    let mut attrs = vec![("type", "button"), ("class", class)];
    attrs.extend_from_slice(extra);
    let mut b = elem("button", &attrs, vec![Part::Text(text)]);
    b.click = Some(click);
    Part::El(b)
}

fn para(class: &str, text: String) -> Part {
    el("p", &[("class", class)], vec![Part::Text(text)])
}

fn link(href: String, class: &str, text: String) -> Part {
    el(
        "li",
        &[],
        vec![el(
            "a",
            &[("href", href.as_str()), ("class", class)],
            vec![Part::Text(text)],
        )],
    )
}

/// The notice's markup: what the [`Notice`] component renders (and `glassbox-render` writes
/// through it) and what the browser glue builds in a notice's shadow root, from one place.
pub fn notice_markup(
    config: &NoticeConfig,
    lang: Lang,
    copy: &NoticeCopy,
    ordinal: u32,
    state: NoticeState,
) -> El {
    let variant = config.variant;
    let human_link = match &config.human_contact {
        Some(HumanContact::Link(url)) => Some(url.to_string()),
        _ => None,
    };
    let human_button = matches!(config.human_contact, Some(HumanContact::Event));
    let more_info = config.more_info.as_ref().map(|u| u.to_string());
    let privacy = config.privacy_policy.as_ref().map(|u| u.to_string());

    let mut body = vec![
        para("gb-sentence", copy.sentence.clone()),
        para("gb-operator", copy.operator.clone()),
    ];
    if let Some(text) = copy.high_risk.clone() {
        body.push(para("gb-high-risk", text));
    }
    if let Some(text) = copy.purpose.clone().filter(|_| variant != Variant::Badge) {
        body.push(para("gb-purpose", text));
    }
    let mut links = Vec::new();
    if let Some(href) = human_link {
        links.push(link(href, "gb-human", copy.human.clone()));
    }
    if human_button {
        let b = button(
            "gb-link-button gb-human",
            &[],
            copy.human.clone(),
            Click::Human,
        );
        links.push(el("li", &[], vec![b]));
    }
    if let Some(href) = more_info {
        links.push(link(href, "gb-more-info", copy.more_info.clone()));
    }
    if let Some(href) = privacy {
        links.push(link(href, "gb-privacy", copy.privacy.clone()));
    }
    if let Some(text) = copy.rights.clone() {
        let b = button(
            "gb-link-button gb-rights-link",
            &[("aria-haspopup", "dialog")],
            text,
            Click::Rights,
        );
        links.push(el("li", &[], vec![b]));
    }
    if !links.is_empty() {
        body.push(el("ul", &[("class", "gb-links")], links));
    }
    if config.ack_required && !state.acked {
        body.push(el(
            "p",
            &[("class", "gb-ack-hint"), ("id", "gb-ack-hint")],
            vec![Part::Text(copy.ack_hint.clone())],
        ));
        body.push(button(
            "gb-ack",
            &[("aria-describedby", "gb-ack-hint")],
            copy.ack.clone(),
            Click::Acknowledge,
        ));
    }
    let status = match state.said {
        Said::Nothing => String::new(),
        Said::Acknowledged => copy.acked.clone(),
        Said::HumanRequested => copy.human_requested.clone(),
    };
    body.push(el(
        "p",
        &[("class", "gb-status"), ("role", "status")],
        vec![Part::Text(status)],
    ));

    let class = ["gb-notice gb-", variant.as_str()].concat();
    let label = crate::components::numbered(copy.region_label.clone(), ordinal);
    elem(
        "section",
        &[
            ("class", class.as_str()),
            ("aria-label", label.as_str()),
            ("lang", lang.tag()),
            ("data-variant", variant.as_str()),
        ],
        vec![
            el(
                "span",
                &[("class", "gb-ai-icon"), ("aria-hidden", "true")],
                vec![Part::Text("AI".into())],
            ),
            el("div", &[("class", "gb-body")], body),
        ],
    )
}

/// The event a notice sends when it is shown (again, when its language or wording changed).
pub fn shown_event(config: &NoticeConfig, lang: Lang, copy: &NoticeCopy) -> WidgetEvent {
    WidgetEvent::NoticeShown {
        lang,
        variant: config.variant,
        fingerprint: copy.fingerprint(),
    }
}

/// The AI notice. Rendered at once and never dismissed; with `ack_required` it asks the person
/// to confirm before the host's input is enabled.
#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let copy = use_memo(
        (props.config.clone(), props.lang, props.overrides.clone()),
        |(config, lang, overrides)| NoticeCopy::new(config, *lang, overrides),
    );
    let state = use_state(NoticeState::default);
    {
        let onevent = props.onevent.clone();
        let event = shown_event(&props.config, props.lang, &copy);
        use_effect_with(event, move |event| onevent.emit(event.clone()));
    }
    let markup = notice_markup(&props.config, props.lang, &copy, props.ordinal, *state);
    let on_click = |click: Click| {
        let (state, onevent) = (state.clone(), props.onevent.clone());
        Callback::from(move |_: MouseEvent| {
            let (next, event) = clicked(*state, click);
            state.set(next);
            onevent.emit(event);
        })
    };
    to_html(markup, &on_click)
}

/// The notice's state after `click`, and what the host page hears.
pub fn clicked(mut state: NoticeState, click: Click) -> (NoticeState, WidgetEvent) {
    let event = match click {
        Click::Acknowledge => {
            state.acked = true;
            state.said = Said::Acknowledged;
            WidgetEvent::NoticeAcknowledged
        }
        Click::Human => {
            state.said = Said::HumanRequested;
            WidgetEvent::HumanRequested { source: "notice" }
        }
        Click::Rights => WidgetEvent::RightsRequested,
    };
    (state, event)
}

fn to_html(el: El, on_click: &dyn Fn(Click) -> Callback<MouseEvent>) -> Html {
    let mut tag = yew::virtual_dom::VTag::new(el.tag);
    for (key, value) in el.attrs {
        tag.add_attribute(key, value);
    }
    if let Some(click) = el.click {
        let listener = yew::html::onclick::Wrapper::__macro_new(on_click(click));
        tag.set_listeners(Box::new([listener]));
    }
    tag.add_children(el.children.into_iter().map(|child| match child {
        Part::El(el) => to_html(el, on_click),
        Part::Text(text) => Html::from(yew::virtual_dom::VText::new(text)),
    }));
    tag.into()
}
