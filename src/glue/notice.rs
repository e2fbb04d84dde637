//! The live notice: builds [`notice_markup`] in a notice's shadow root with plain DOM calls and
//! patches it in place when its language, wording or state changes. No component framework:
//! the notice module every page loads stays small and starts at once (the request form and the
//! explanation, with Yew, are in the other module).

use crate::components::{clicked, notice_markup, shown_event, Click, El, NoticeState, Part};
use crate::event::WidgetEvent;
use glassbox_core::config::NoticeConfig;
use glassbox_core::i18n::Overrides;
use glassbox_core::notice::NoticeCopy;
use glassbox_core::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Node};

/// What the notice shows, and what it shows it from.
struct Inner {
    root: Element,
    config: Rc<NoticeConfig>,
    lang: Lang,
    overrides: Rc<Overrides>,
    ordinal: u32,
    state: NoticeState,
    /// The markup now in the DOM and its element (the `section`).
    shown: Option<(El, Element)>,
    /// The last `glassbox:notice-shown` sent: sent again only when it would say something new.
    announced: Option<WidgetEvent>,
}

/// A notice mounted on a `.gb-root` element. Dropping it leaves the DOM as it is; [`View::destroy`]
/// removes the notice.
pub struct View {
    inner: Rc<RefCell<Inner>>,
    _click: gloo_events::EventListener,
}

impl View {
    /// Renders the notice into `root`. `onevent` hears what the person did; the first
    /// `notice-shown` is returned for the caller to send once the notice's gate is in place.
    pub fn new(
        root: Element,
        config: Rc<NoticeConfig>,
        lang: Lang,
        overrides: Rc<Overrides>,
        ordinal: u32,
        onevent: Rc<dyn Fn(WidgetEvent)>,
    ) -> Result<(View, Option<WidgetEvent>), JsValue> {
        let inner = Rc::new(RefCell::new(Inner {
            root: root.clone(),
            config,
            lang,
            overrides,
            ordinal,
            state: NoticeState::default(),
            shown: None,
            announced: None,
        }));
        let shown = inner.borrow_mut().render()?;
        let weak = Rc::downgrade(&inner);
        // One listener for the notice's buttons, whichever render made them.
        let click = gloo_events::EventListener::new(&root, "click", move |event| {
            let Some(inner) = weak.upgrade() else { return };
            let Some(click) = event
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest("button").ok().flatten())
                .and_then(|b| button_click(&inner.borrow(), &b))
            else {
                return;
            };
            let (state, said) = clicked(inner.borrow().state, click);
            inner.borrow_mut().state = state;
            if let Err(e) = inner.borrow_mut().render() {
                web_sys::console::error_2(&JsValue::from_str("Glassbox: could not render"), &e);
            }
            onevent(said);
        });
        Ok((
            View {
                inner,
                _click: click,
            },
            shown,
        ))
    }

    /// The language it is shown in.
    pub fn lang(&self) -> Lang {
        self.inner.borrow().lang
    }

    /// The replacement strings it is shown with.
    pub fn overrides(&self) -> Rc<Overrides> {
        self.inner.borrow().overrides.clone()
    }

    /// Its place among the notices on the page.
    pub fn ordinal(&self) -> u32 {
        self.inner.borrow().ordinal
    }

    /// Shows it with a new configuration, language or replacement strings, in place: its state
    /// stays. Returns the `notice-shown` to send when the wording or language changed.
    pub fn update(
        &self,
        config: Option<Rc<NoticeConfig>>,
        lang: Lang,
        overrides: Rc<Overrides>,
    ) -> Option<WidgetEvent> {
        let mut inner = self.inner.borrow_mut();
        if let Some(config) = config {
            inner.config = config;
        }
        inner.lang = lang;
        inner.overrides = overrides;
        inner.render().unwrap_or_else(|e| {
            web_sys::console::error_2(&JsValue::from_str("Glassbox: could not render"), &e);
            None
        })
    }

    /// Removes the notice from its root.
    pub fn destroy(self) {
        if let Some((_, section)) = self.inner.borrow_mut().shown.take() {
            section.remove();
        }
    }
}

/// Which of the notice's buttons `button` is.
fn button_click(inner: &Inner, button: &Element) -> Option<Click> {
    let (markup, section) = inner.shown.as_ref()?;
    find_click(markup, section, button)
}

fn find_click(markup: &El, dom: &Element, button: &Element) -> Option<Click> {
    if dom == button {
        return markup.click;
    }
    let nodes = dom.child_nodes();
    markup
        .children
        .iter()
        .enumerate()
        .find_map(|(i, part)| match (part, nodes.item(i as u32)) {
            (Part::El(child), Some(node)) if node.contains(Some(button)) => {
                find_click(child, node.unchecked_ref(), button)
            }
            _ => None,
        })
}

impl Inner {
    /// Brings the DOM to the current markup; returns the `notice-shown` to send, if any.
    fn render(&mut self) -> Result<Option<WidgetEvent>, JsValue> {
        let copy = NoticeCopy::new(&self.config, self.lang, &self.overrides);
        let markup = notice_markup(&self.config, self.lang, &copy, self.ordinal, self.state);
        let doc = self
            .root
            .owner_document()
            .ok_or_else(|| JsValue::from_str("no document"))?;
        let section = match self.shown.take() {
            Some((old, section)) => patch(&doc, &section, &old, &markup)?,
            None => {
                let section = build(&doc, &markup)?;
                self.root.append_child(&section)?;
                section
            }
        };
        self.shown = Some((markup, section.unchecked_into()));
        let event = shown_event(&self.config, self.lang, &copy);
        if self.announced.as_ref() == Some(&event) {
            return Ok(None);
        }
        self.announced = Some(event.clone());
        Ok(Some(event))
    }
}

fn build(doc: &Document, el: &El) -> Result<Node, JsValue> {
    let node = doc.create_element(el.tag)?;
    for (name, value) in &el.attrs {
        node.set_attribute(name, value)?;
    }
    for child in &el.children {
        node.append_child(&build_part(doc, child)?)?;
    }
    Ok(node.into())
}

fn build_part(doc: &Document, part: &Part) -> Result<Node, JsValue> {
    match part {
        Part::El(el) => build(doc, el),
        Part::Text(text) => Ok(doc.create_text_node(text).into()),
    }
}

/// Whether a node made from `a` can be patched into `b`: the same text slot, or an element with
/// the same tag, class and button. Keeps, for one, the status line's live region the same node
/// when the acknowledgement before it goes.
fn same_kind(a: &Part, b: &Part) -> bool {
    let class = |el: &El| {
        el.attrs
            .iter()
            .find(|(n, _)| *n == "class")
            .map(|(_, v)| v.clone())
    };
    match (a, b) {
        (Part::Text(_), Part::Text(_)) => true,
        (Part::El(a), Part::El(b)) => a.tag == b.tag && a.click == b.click && class(a) == class(b),
        _ => false,
    }
}

/// Changes `dom` (built from `old`) into `new`, keeping every node that stays the same kind:
/// returns the node now in its place.
fn patch(doc: &Document, dom: &Node, old: &El, new: &El) -> Result<Node, JsValue> {
    if old.tag != new.tag || old.click != new.click {
        let fresh = build(doc, new)?;
        if let Some(parent) = dom.parent_node() {
            parent.replace_child(&fresh, dom)?;
        }
        return Ok(fresh);
    }
    let element: &Element = dom.unchecked_ref();
    for (name, value) in &new.attrs {
        if !old.attrs.iter().any(|(n, v)| n == name && v == value) {
            element.set_attribute(name, value)?;
        }
    }
    for (name, _) in &old.attrs {
        if !new.attrs.iter().any(|(n, _)| n == name) {
            element.remove_attribute(name)?;
        }
    }
    let nodes: Vec<Node> = {
        let list = dom.child_nodes();
        (0..list.length()).filter_map(|i| list.item(i)).collect()
    };
    // Old children are matched in order: those skipped over go, new ones are inserted.
    let mut next = 0;
    for part in &new.children {
        let found = (next..old.children.len().min(nodes.len()))
            .find(|&j| same_kind(&old.children[j], part));
        match found {
            Some(j) => {
                for gone in &nodes[next..j] {
                    dom.remove_child(gone)?;
                }
                match (&old.children[j], part) {
                    (Part::El(was), Part::El(now)) => {
                        patch(doc, &nodes[j], was, now)?;
                    }
                    (Part::Text(was), Part::Text(now)) if was != now => {
                        nodes[j].set_text_content(Some(now));
                    }
                    _ => {}
                }
                next = j + 1;
            }
            None => {
                dom.insert_before(&build_part(doc, part)?, nodes.get(next))?;
            }
        }
    }
    for gone in nodes.iter().skip(next) {
        dom.remove_child(gone)?;
    }
    Ok(dom.clone())
}
