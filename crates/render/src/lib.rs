//! glassbox-render: writes an HTML page back with every `data-glassbox="notice"` and
//! `data-glassbox="ai-content"` element prerendered as a declarative shadow root
//! (`<template shadowrootmode="open">`), so the AI notice is on screen at the first paint, also
//! when JavaScript is off or `glassbox.js` does not load.
//!
//! The notice inside the template is the widget's own [`Notice`] component rendered through
//! Yew's `ssr`, with the same wording from `glassbox-core`, in the element's language (its
//! `data-lang`, the script tag's, or the page's `lang`). `glassbox.js` takes the shadow root over
//! in place when it runs. The page streams through `lol_html`: every byte outside the prerendered
//! elements is kept, and memory stays flat however large the page is.
//!
//! [`render`] is the command; [`notice_template`] and [`label_template`] are the pieces a server
//! framework can call for one element.

use glassbox::components::{Notice, NoticeProps};
use glassbox_core::config::{AiContentConfig, Attrs, NoticeConfig, WidgetKind};
use glassbox_core::i18n::Overrides;
use glassbox_core::notice::ai_label_alt;
use glassbox_core::Lang;
use lol_html::html_content::{ContentType, Element, TextChunk};
use lol_html::{element, text, HtmlRewriter, Settings};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{Read, Write};
use std::rc::Rc;

/// How to render.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The URL of `glassbox.css` for the `<link rel="stylesheet">` in each shadow root. Without
    /// it, the `glassbox.css` next to the page's `glassbox.js` `<script>` tag.
    pub css: Option<String>,
    /// The page's language when it has no `<html lang>` (for a fragment of a page).
    pub lang: Option<String>,
    /// Put the stylesheet itself in each shadow root (`<style>`) instead of linking it: no second
    /// request before the notice can show, and nothing for the parser to wait for. A page with a
    /// Content-Security-Policy then needs [`inline_style_source`] in its `style-src`.
    pub inline_css: bool,
}

/// How a shadow root gets its styles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stylesheet {
    /// `<link rel="stylesheet" href="…">` to `glassbox.css` (a URL `style-src 'self'` allows
    /// when it is on the page's origin).
    Link(String),
    /// `<style>` with [`glassbox::NOTICE_STYLESHEET`]; allowed by a CSP through
    /// [`inline_style_source`].
    Inline,
}

/// The CSP source that allows the `<style>` of [`Stylesheet::Inline`]: `'sha256-…'`, for the
/// page's `style-src`.
pub fn inline_style_source() -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(glassbox::NOTICE_STYLESHEET.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Why a page was not rendered. Nothing is half-done silently: the caller gets this and the
/// exit status says so.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// An element Glassbox cannot prerender safely; `line` is where its start tag begins.
    #[error("line {line}: {message}")]
    Refused {
        /// 1-based line of the element's start tag in the input.
        line: usize,
        /// What is wrong and what to do instead.
        message: String,
    },
    /// The input could not be read.
    #[error("could not read the page: {0}")]
    Read(std::io::Error),
    /// The output could not be written.
    #[error("could not write the page: {0}")]
    Write(std::io::Error),
    /// The HTML rewriter stopped (for instance a start tag larger than its memory limit).
    #[error("the page could not be parsed: {0}")]
    Html(String),
}

/// What a rendering did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Notices prerendered.
    pub notices: usize,
    /// AI labels prerendered.
    pub labels: usize,
    /// Mistakes that did not stop the rendering (the widget would say them in the console), each
    /// starting with `line N:`.
    pub warnings: Vec<String>,
}

/// A refusal raised inside a rewriter handler.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
struct Refusal {
    line: usize,
    message: String,
}

type HandlerResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

/// Byte offsets to line numbers, keeping only the last few chunks of the input.
#[derive(Default)]
struct Lines {
    /// Newlines before the first chunk kept.
    before: usize,
    /// Offset of the first chunk kept.
    start: usize,
    chunks: VecDeque<Vec<u8>>,
}

impl Lines {
    const KEEP: usize = 4;

    fn push(&mut self, chunk: &[u8]) {
        if self.chunks.len() == Self::KEEP {
            if let Some(old) = self.chunks.pop_front() {
                self.before += old.iter().filter(|b| **b == b'\n').count();
                self.start += old.len();
            }
        }
        self.chunks.push_back(chunk.to_vec());
    }

    /// The 1-based line of byte `offset`; 0 if it is no longer kept (a tag longer than the
    /// chunks kept).
    fn line(&self, offset: usize) -> usize {
        if offset < self.start {
            return 0;
        }
        let mut left = offset - self.start;
        let mut line = self.before + 1;
        for chunk in &self.chunks {
            let upto = left.min(chunk.len());
            line += chunk[..upto].iter().filter(|b| **b == b'\n').count();
            left -= upto;
            if left == 0 {
                break;
            }
        }
        line
    }
}

/// What is known about the page so far (streaming: only what came before the element).
struct Page {
    options: Options,
    /// The page-wide defaults: the `data-*` attributes of the `glassbox.js` script tag.
    defaults: Attrs,
    /// The `glassbox.css` next to that script.
    script_css: Option<String>,
    /// `<html lang>`.
    html_lang: Option<String>,
    /// Page-wide replacement strings (the script's `data-strings`, JSON blocks).
    strings: Overrides,
    /// A `data-glassbox-strings` block being read.
    block: String,
    summary: Summary,
    runtime: tokio::runtime::Runtime,
    /// The acknowledgement-gated inputs' selectors (`data-input`) and the notices' lines.
    gated: Vec<(usize, String)>,
}

/// Form controls without `disabled` (and `contenteditable` elements), each with its line and
/// the start tags of its open ancestors: enough to match a `data-input` selector against it once
/// the whole page is read (a notice may come before or after its input).
#[derive(Default)]
struct OpenInputs {
    /// Start tags of the elements now open, outermost first.
    stack: Vec<String>,
    /// Line, start tags (ancestors, then the control) and whether it is disabled, of each
    /// control.
    found: Vec<(usize, String, bool)>,
    /// More controls than [`OpenInputs::MAX`]: the rest were not kept.
    overflow: bool,
}

impl OpenInputs {
    const MAX: usize = 10_000;
    const CONTROLS: &[&str] = &["input", "textarea", "select", "button", "fieldset"];

    /// Sees one start tag: remembers it while it is open, and it if it is an open control.
    /// `line` is asked only for a control (counting lines is not free on a large page).
    fn start(
        &mut self,
        el: &mut Element,
        line: impl FnOnce(&Element) -> usize,
        stack: &Rc<RefCell<OpenInputs>>,
    ) {
        let tag = el.tag_name();
        let mut start = format!("<{tag}");
        for a in el.attributes() {
            let value = html_escape::decode_html_entities(&a.value()).into_owned();
            start.push_str(&format!(" {}=\"{}\"", a.name(), escape_attr(&value)));
        }
        let control = Self::CONTROLS.contains(&tag.as_str()) || el.has_attribute("contenteditable");
        // Inside a disabled fieldset a control is disabled too.
        if control {
            let fieldset_disabled = self
                .stack
                .iter()
                .any(|t| t.starts_with("<fieldset") && t.contains(" disabled="));
            if self.found.len() < Self::MAX {
                let chain = format!(
                    "{}{start} data-glassbox-candidate=\"\">",
                    self.stack.concat()
                );
                let disabled = el.has_attribute("disabled") || fieldset_disabled;
                self.found.push((line(el), chain, disabled));
            } else {
                self.overflow = true;
            }
        }
        if let Some(handlers) = el.end_tag_handlers() {
            self.stack.push(format!("{start}>"));
            let stack = stack.clone();
            handlers.push(Box::new(move |_| {
                stack.borrow_mut().stack.pop();
                Ok(())
            }));
        }
    }

    /// The controls that `selector` matches: their lines and whether each is disabled; `None`
    /// when the selector is beyond what can be checked here.
    fn matching(&self, selector: &str) -> Option<Vec<(usize, bool)>> {
        let selector: lol_html::Selector = selector.parse().ok()?;
        if self.overflow {
            return None;
        }
        let mut lines = Vec::new();
        for (line, chain, disabled) in &self.found {
            let hit = Rc::new(RefCell::new(false));
            let seen = hit.clone();
            let handlers = lol_html::ElementContentHandlers::default().element(
                move |el: &mut Element<'_, '_>| {
                    if el.has_attribute("data-glassbox-candidate") {
                        *seen.borrow_mut() = true;
                    }
                    Ok(())
                },
            );
            let settings = Settings::new()
                .append_element_content_handler((std::borrow::Cow::Borrowed(&selector), handlers));
            let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
            rewriter.write(chain.as_bytes()).ok()?;
            rewriter.end().ok()?;
            if *hit.borrow() {
                lines.push((*line, *disabled));
            }
        }
        Some(lines)
    }
}

fn refuse(line: usize, message: impl Into<String>) -> Box<dyn std::error::Error + Send + Sync> {
    Box::new(Refusal {
        line,
        message: message.into(),
    })
}

/// An attribute's value as the browser reads it: lol_html keeps character references
/// (`&lt;`, `&amp;`, `&#106;`) as written.
fn attr(el: &Element, name: &str) -> Option<String> {
    el.get_attribute(name)
        .map(|v| html_escape::decode_html_entities(&v).into_owned())
}

/// The `data-*` attributes of a start tag, decoded.
fn data_attrs(el: &Element) -> Attrs {
    Attrs::from_pairs(
        el.attributes()
            .iter()
            .map(|a| {
                (
                    a.name(),
                    html_escape::decode_html_entities(&a.value()).into_owned(),
                )
            })
            .filter(|(n, _)| n.starts_with("data-")),
    )
}

/// Reads `{ "<lang>": { "<message id>": "<text>" } }` into `into`, as the widget does, but every
/// mistake is an error here: the prerendered words must be the ones the widget will show.
fn read_strings(json: &str, into: &mut Overrides) -> Result<(), String> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| format!("is not valid JSON: {e}"))?;
    let langs = value
        .as_object()
        .ok_or("must be an object { \"<lang>\": { \"<message id>\": \"<text>\" } }")?;
    for (tag, messages) in langs {
        let messages = messages
            .as_object()
            .ok_or_else(|| format!("\"{tag}\" must map message ids to texts"))?;
        for (id, text) in messages {
            let text = text
                .as_str()
                .ok_or_else(|| format!("\"{id}\" in \"{tag}\" must be a string"))?;
            into.set(tag, id, text).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// Escapes text for a double-quoted attribute value.
fn escape_attr(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether `href` is a URL this command may put into a `<link>`: https, http or a relative path.
fn safe_css_url(href: &str) -> bool {
    let lower = href.trim().to_ascii_lowercase();
    match lower.find(':') {
        Some(colon) if !lower[..colon].contains(['/', '?', '#']) => {
            lower.starts_with("https:") || lower.starts_with("http:")
        }
        _ => !href.trim().is_empty(),
    }
}

/// The `glassbox.css` next to a `glassbox.js` URL, or `None` if `src` is not Glassbox's script.
fn css_next_to(src: &str) -> Option<String> {
    let path = src.split(['?', '#']).next()?;
    let (dir, file) = match path.rfind('/') {
        Some(i) => (&path[..=i], &path[i + 1..]),
        None => ("", path),
    };
    (file == "glassbox.js").then(|| format!("{dir}glassbox.css"))
}

/// Elements whose own shadow root the browser allows (a notice on any other element gets its
/// shadow root on a `span` inside in the widget, which a page cannot declare).
fn can_host_shadow(tag: &str) -> bool {
    const TAGS: &[&str] = &[
        "article",
        "aside",
        "blockquote",
        "body",
        "div",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "main",
        "nav",
        "p",
        "section",
        "span",
    ];
    TAGS.contains(&tag) || (tag.contains('-') && tag.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// The shadow root's opening: the stylesheet and the widget's root element, as the glue's
/// `mount_point` makes it.
fn root_open(css: &Stylesheet, theme: &str, lang: Lang) -> String {
    let sheet = match css {
        Stylesheet::Link(url) => format!(r#"<link rel="stylesheet" href="{}">"#, escape_attr(url)),
        // The stylesheet is the build's own text: no `<` in it can end the element early.
        Stylesheet::Inline => format!("<style>{}</style>", glassbox::NOTICE_STYLESHEET),
    };
    format!(
        r#"<template shadowrootmode="open">{sheet}<div class="gb-root gb-theme-{theme}" lang="{}">"#,
        lang.tag()
    )
}

/// The declarative shadow root of one notice: `<template shadowrootmode="open">` holding the
/// stylesheet link and the [`Notice`] component rendered through Yew's `ssr`, exactly as
/// `glassbox.js` renders it in the browser. For server frameworks that render the element
/// themselves: put the result as the first child of the `data-glassbox="notice"` element.
pub fn notice_template(
    config: &NoticeConfig,
    lang: Lang,
    overrides: &Overrides,
    css: &Stylesheet,
) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime needs no system resources");
    notice_with(&runtime, config, lang, overrides, css)
}

fn notice_with(
    runtime: &tokio::runtime::Runtime,
    config: &NoticeConfig,
    lang: Lang,
    overrides: &Overrides,
    css: &Stylesheet,
) -> String {
    let props = NoticeProps {
        config: Rc::new(config.clone()),
        lang,
        overrides: Rc::new(overrides.clone()),
        onevent: Default::default(),
        // One prerendered notice a page is the rule; glassbox.js numbers several at takeover.
        ordinal: 1,
    };
    let body = runtime.block_on(
        yew::LocalServerRenderer::<Notice>::with_props(props)
            .hydratable(false)
            .render(),
    );
    format!(
        "{}{body}</div></template>",
        root_open(css, config.theme.as_str(), lang)
    )
}

/// The AI label of one `ai-content` element: a `span` holding a declarative shadow root with the
/// label, as the widget's marking makes it. Put it as the element's first child and give the
/// element `ai-disclosure="ai-generated"`.
pub fn label_template(
    config: &AiContentConfig,
    lang: Lang,
    overrides: &Overrides,
    css: &Stylesheet,
) -> String {
    format!(
        r#"<span data-glassbox-label="">{}<span class="gb-ai-label" role="img" aria-label="{}">{}</span></div></template></span>"#,
        root_open(css, config.theme.as_str(), lang),
        escape_attr(&ai_label_alt(config.label, lang, overrides)),
        config.label.text()
    )
}

impl Page {
    fn css(&self, line: usize) -> Result<Stylesheet, Box<dyn std::error::Error + Send + Sync>> {
        if self.options.inline_css {
            return Ok(Stylesheet::Inline);
        }
        let css = self
            .options
            .css
            .clone()
            .or_else(|| self.script_css.clone())
            .ok_or_else(|| {
                refuse(
                    line,
                    "no glassbox.js <script> tag before this element, so the glassbox.css next to it is unknown: put the tag in <head>, or give --css URL",
                )
            })?;
        if !safe_css_url(&css) {
            return Err(refuse(
                line,
                format!("the stylesheet URL \"{css}\" is not https:, http: or a relative path"),
            ));
        }
        Ok(Stylesheet::Link(css))
    }

    /// The element's language: its `data-lang`, the script's, then the page's `lang`. Refused
    /// when only the visitor's browser would decide (the prerendered words would not match).
    fn language(
        &self,
        attrs: &Attrs,
        line: usize,
    ) -> Result<Lang, Box<dyn std::error::Error + Send + Sync>> {
        if let Some(requested) = attrs
            .get("data-lang")
            .map(str::trim)
            .filter(|r| !r.is_empty() && !r.eq_ignore_ascii_case("auto"))
        {
            return Lang::from_tag(requested).ok_or_else(|| {
                refuse(
                    line,
                    format!("data-lang=\"{requested}\" is not one of the 24 languages"),
                )
            });
        }
        let page = self.html_lang.clone().or_else(|| self.options.lang.clone());
        match page.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
            Some(tag) => Lang::from_tag(tag).ok_or_else(|| {
                refuse(
                    line,
                    format!("the page's lang=\"{tag}\" is not one of the 24 languages: set data-lang on the element or the script tag"),
                )
            }),
            None => Err(refuse(
                line,
                "the notice's language would be the visitor's browser's: set lang on <html>, data-lang on the element or the script tag, or give --lang",
            )),
        }
    }

    fn overrides(
        &self,
        own: &Attrs,
        line: usize,
    ) -> Result<Overrides, Box<dyn std::error::Error + Send + Sync>> {
        let mut element = Overrides::default();
        if let Some(json) = own.get("data-strings") {
            read_strings(json, &mut element)
                .map_err(|e| refuse(line, format!("data-strings {e}")))?;
        }
        Ok(self.strings.overridden_by(&element))
    }

    fn notice(&mut self, el: &mut Element, own: &Attrs, line: usize) -> HandlerResult {
        let tag = el.tag_name();
        if !can_host_shadow(&tag) || !el.can_have_content() {
            return Err(refuse(
                line,
                format!("a notice on <{tag}> cannot hold a declarative shadow root: use a <div> (or section, span, p, a custom element)"),
            ));
        }
        let attrs = self.defaults.overridden_by(own);
        let parsed = NoticeConfig::parse(&attrs);
        self.check(&parsed.errors, line)?;
        let config = parsed.value;
        if let (true, Some(selector)) = (config.ack_required, &config.input) {
            self.gated.push((line, selector.clone()));
        }
        let lang = self.language(&attrs, line)?;
        let overrides = self.overrides(own, line)?;
        let css = self.css(line)?;
        let html = notice_with(&self.runtime, &config, lang, &overrides, &css);
        // The start tag stays as written (changing an attribute would re-serialise it).
        el.prepend(&html, ContentType::Html);
        self.summary.notices += 1;
        Ok(())
    }

    fn label(&mut self, el: &mut Element, own: &Attrs, line: usize) -> HandlerResult {
        if !el.can_have_content() {
            return Err(refuse(
                line,
                format!(
                    "<{}> cannot hold the AI label: mark an element with content",
                    el.tag_name()
                ),
            ));
        }
        let attrs = self.defaults.overridden_by(own);
        let parsed = AiContentConfig::parse(&attrs);
        self.check(&parsed.errors, line)?;
        let lang = self.language(&attrs, line)?;
        let overrides = self.overrides(own, line)?;
        let css = self.css(line)?;
        el.prepend(
            &label_template(&parsed.value, lang, &overrides, &css),
            ContentType::Html,
        );
        // Only when missing: setting an attribute re-serialises the start tag.
        if attr(el, "ai-disclosure").as_deref() != Some("ai-generated") {
            el.set_attribute("ai-disclosure", "ai-generated")?;
        }
        self.summary.labels += 1;
        Ok(())
    }

    /// Warnings are kept; an error (an unsafe link, a value out of range) refuses the element.
    fn check(
        &mut self,
        errors: &[glassbox_core::config::ConfigError],
        line: usize,
    ) -> HandlerResult {
        for e in errors {
            if e.is_warning() {
                self.summary.warnings.push(format!("line {line}: {e}"));
            } else {
                // Without the widget's fallback clause ("; the link is left out", "; using …"):
                // here nothing is left out, the element is refused.
                let text = e.to_string();
                let text = text
                    .rsplit_once("; ")
                    .map_or(text.as_str(), |(what, _)| what);
                return Err(refuse(line, text));
            }
        }
        Ok(())
    }
}

/// Reads the page from `input`, writes it to `output` with every notice and `ai-content`
/// element prerendered. A prerendered shadow root already there (an earlier run) is replaced, so
/// running it twice gives the same page as running it once. On a refusal the output stops where the
/// element began (write to a temporary file and keep it only on success; the command's
/// `--output` does that).
pub fn render<R: Read, W: Write>(
    mut input: R,
    output: W,
    options: &Options,
) -> Result<Summary, RenderError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(RenderError::Read)?;
    let page = Rc::new(RefCell::new(Page {
        options: options.clone(),
        defaults: Attrs::default(),
        script_css: None,
        html_lang: None,
        strings: Overrides::default(),
        block: String::new(),
        summary: Summary::default(),
        runtime,
        gated: Vec::new(),
    }));
    // The page's form controls without `disabled`, to tell which a gate would leave open when
    // the script does not run.
    let open_inputs: Rc<RefCell<OpenInputs>> = Rc::default();
    let lines = Rc::new(RefCell::new(Lines::default()));
    let line_of = {
        let lines = lines.clone();
        move |el: &Element| lines.borrow().line(el.source_location().bytes().start)
    };

    let (p1, p2, p3, p4) = (page.clone(), page.clone(), page.clone(), page.clone());
    let (l2, l4, l5) = (line_of.clone(), line_of.clone(), line_of.clone());
    let inputs = open_inputs.clone();
    let l3 = lines.clone();
    let mut settings = Settings::new();
    for handler in [
        element!("*", move |el| {
            inputs.borrow_mut().start(el, &l5, &inputs);
            Ok(())
        }),
        element!("html[lang]", move |el| {
            p1.borrow_mut().html_lang = attr(el, "lang");
            Ok(())
        }),
        element!("script[src]", move |el| {
            let src = attr(el, "src").unwrap_or_default();
            let Some(css) = css_next_to(&src) else {
                return Ok(());
            };
            let line = l2(el);
            let mut page = p2.borrow_mut();
            page.defaults = data_attrs(el);
            page.script_css = Some(css);
            if let Some(json) = page.defaults.get("data-strings").map(String::from) {
                let mut strings = page.strings.clone();
                read_strings(&json, &mut strings)
                    .map_err(|e| refuse(line, format!("data-strings on the script tag {e}")))?;
                page.strings = strings;
            }
            Ok(())
        }),
        text!("script[data-glassbox-strings]", move |t: &mut TextChunk| {
            let mut page = p3.borrow_mut();
            page.block.push_str(t.as_str());
            if t.last_in_text_node() {
                let json = std::mem::take(&mut page.block);
                let mut strings = page.strings.clone();
                read_strings(&json, &mut strings).map_err(|e| {
                    let line = l3.borrow().line(t.source_location().bytes().start);
                    refuse(
                        line,
                        format!("the <script data-glassbox-strings> block {e}"),
                    )
                })?;
                page.strings = strings;
            }
            Ok(())
        }),
        // An earlier run's output: the new rendering replaces it.
        element!(
            "[data-glassbox] > template[shadowrootmode], [data-glassbox] > span[data-glassbox-label]:first-child",
            |el| {
                el.remove();
                Ok(())
            }
        ),
        element!("[data-glassbox]", move |el| {
            let own = data_attrs(el);
            let line = l4(el);
            let mut page = p4.borrow_mut();
            match WidgetKind::parse(&own) {
                Ok(WidgetKind::Notice) => page.notice(el, &own, line),
                Ok(WidgetKind::AiContent) => page.label(el, &own, line),
                // The explanation and the request form are not prerendered: they need data
                // or a person's input first.
                Ok(_) => Ok(()),
                Err(e) => Err(refuse(line, e.to_string())),
            }
        }),
    ] {
        settings = settings.append_element_content_handler(handler);
    }

    let write_error: Rc<RefCell<Option<std::io::Error>>> = Rc::default();
    let sink_error = write_error.clone();
    let mut output = output;
    let mut rewriter = HtmlRewriter::new(settings, |chunk: &[u8]| {
        if sink_error.borrow().is_none() {
            if let Err(e) = output.write_all(chunk) {
                *sink_error.borrow_mut() = Some(e);
            }
        }
    });

    let convert = |e: lol_html::errors::RewritingError| match e {
        lol_html::errors::RewritingError::ContentHandlerError(inner) => {
            match inner.downcast::<Refusal>() {
                Ok(r) => RenderError::Refused {
                    line: r.line,
                    message: r.message,
                },
                Err(other) => RenderError::Html(other.to_string()),
            }
        }
        other => RenderError::Html(other.to_string()),
    };
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = match input.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(RenderError::Read(e)),
        };
        lines.borrow_mut().push(&buf[..n]);
        rewriter.write(&buf[..n]).map_err(convert)?;
        if let Some(e) = write_error.borrow_mut().take() {
            return Err(RenderError::Write(e));
        }
    }
    rewriter.end().map_err(convert)?;
    if let Some(e) = write_error.borrow_mut().take() {
        return Err(RenderError::Write(e));
    }
    let mut page = page.borrow_mut();
    let inputs = open_inputs.borrow();
    for (line, selector) in std::mem::take(&mut page.gated) {
        let warning = match inputs.matching(&selector) {
            Some(found) if found.is_empty() => format!(
                "line {line}: data-input=\"{selector}\" matches no form control in this page; if a script adds it later, give it the disabled attribute there, so it stays closed when glassbox.js does not run"
            ),
            Some(found) if found.iter().all(|(_, disabled)| *disabled) => continue,
            Some(found) => format!(
                "line {line}: data-input=\"{selector}\" gates the input on line {} which has no disabled attribute: add it in the HTML, so the input stays closed when the script does not run",
                found
                    .iter()
                    .filter(|(_, disabled)| !disabled)
                    .map(|(l, _)| l.to_string())
                    .collect::<Vec<_>>()
                    .join(", line ")
            ),
            None => format!(
                "line {line}: give the inputs matching data-input=\"{selector}\" the disabled attribute in the HTML, so they stay closed when the script does not run (this selector could not be checked here)"
            ),
        };
        page.summary.warnings.push(warning);
    }
    Ok(std::mem::take(&mut page.summary))
}

/// [`render`] on a string.
pub fn render_str(html: &str, options: &Options) -> Result<(String, Summary), RenderError> {
    let mut out = Vec::with_capacity(html.len() + 4096);
    let summary = render(html.as_bytes(), &mut out, options)?;
    Ok((String::from_utf8_lossy(&out).into_owned(), summary))
}
