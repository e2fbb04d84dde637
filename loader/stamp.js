  /* ---- the notice before the wasm (loader/stamp.js) ---- */
  // The notice goes on screen in the frame after this script runs, not once the wasm has
  // arrived, compiled and started (on a phone that is 100 ms and more later). It is written here
  // exactly as the wasm writes it (src/components/notice.rs `notice_markup`, in a shadow root
  // made as src/glue/dom.rs `mount_point` makes it), from the same words and the same attribute
  // rules (crates/core: `NoticeConfig::parse`, `SafeUrl::parse`, `negotiate`, `format`); the
  // wasm then takes the shadow root over in place, as it takes over a prerendered one, in one
  // task: no flash, no layout shift. e2e/stamp.test.mjs compares the two markups, attribute by
  // attribute, over every option and several languages.
  //
  // Whatever it cannot write exactly as the wasm would is left to the wasm: replacement
  // strings (data-strings), a language whose words have not arrived, an element that cannot hold
  // a shadow root, a browser without constructable stylesheets. A button pressed before the
  // wasm starts is pressed again once it has.
  //
  // STAMP_CSS (dist/glassbox.css) and STAMP_EN (the notice's English words) are written in
  // front of this file by scripts/build-dist.sh.
  var STAMP_LANGS = ["en"].concat("bg cs da de el es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split(" "));
  // Rust's str::trim: Unicode White_Space (JavaScript's trim also drops U+FEFF, Rust's does not).
  var EDGE_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
  function rustTrim(value) { return String(value).replace(EDGE_SPACE, ""); }
  function asciiLower(value) { return value.replace(/[A-Z]/g, function (c) { return c.toLowerCase(); }); }
  /** Attrs::from_pairs of data_attrs: the data-* attributes, later ones winning. */
  function dataAttrs(el, into) {
    var attrs = el ? el.attributes : [];
    for (var i = 0; i < attrs.length; i++) {
      if (attrs[i].name.indexOf("data-") === 0) into[asciiLower(attrs[i].name)] = attrs[i].value;
    }
    return into;
  }
  /** Attrs::get: the trimmed value, or null when absent or blank. */
  function attr(attrs, name) {
    if (!Object.prototype.hasOwnProperty.call(attrs, name)) return null;
    var value = rustTrim(attrs[name]);
    return value ? value : null;
  }
  function choice(attrs, name, options, fallback) {
    var raw = attr(attrs, name);
    if (raw === null) return fallback;
    var key = asciiLower(raw);
    return Object.prototype.hasOwnProperty.call(options, key) ? options[key] : fallback;
  }
  /** SafeUrl::parse: http:, https:, mailto: or relative, as a browser would read it; else null. */
  function safeUrl(raw) {
    if (raw === null) return null;
    var seen = rustTrim(raw).replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
    if (!seen || /[\u0000-\u001f\u007f-\u009f "<>`]/.test(seen)) return null;
    var end = seen.indexOf(":");
    var path = seen.search(/[\/?#]/);
    if (end >= 0 && (path < 0 || end < path) && ["http", "https", "mailto"].indexOf(asciiLower(seen.slice(0, end))) < 0) return null;
    return seen;
  }
  /** Lang::from_tag. */
  function langOf(tag) {
    if (tag === null || tag === undefined) return null;
    var primary = asciiLower(rustTrim(tag).split(/[-_]/)[0]);
    return STAMP_LANGS.indexOf(primary) >= 0 ? primary : null;
  }
  /** negotiate: an explicit tag, else the page's lang, else the browser's languages, else English. */
  function negotiate(requested) {
    var explicit = requested === null ? "" : rustTrim(requested);
    var lang = explicit && asciiLower(explicit) !== "auto" ? langOf(explicit) : null;
    lang = lang || langOf(document.documentElement.getAttribute("lang"));
    var browser = navigator.languages || [];
    for (var i = 0; !lang && i < browser.length; i++) lang = langOf(browser[i]);
    return lang || "en";
  }
  /** format: `{ $name }` placeables filled in, anything else kept as written. */
  function format(pattern, args) {
    return pattern.replace(/\{([^}]*)\}/g, function (whole, inner) {
      var name = rustTrim(inner);
      if (name.charAt(0) !== "$") return whole;
      name = rustTrim(name.slice(1));
      return Object.prototype.hasOwnProperty.call(args, name) ? args[name] : whole;
    });
  }
  function variables(pattern) {
    return (pattern.match(/\{[^}]*\}/g) || []).map(function (p) { return rustTrim(p.slice(1, -1)); }).sort().join(" ");
  }
  /** The notice's words in `lang` (`words` its file), or null if one is missing or damaged. */
  function stampWords(words) {
    var out = {};
    for (var id in STAMP_EN) {
      var pattern = words[id];
      // A pattern the wasm would refuse (its variables differ) is left to the wasm.
      if (typeof pattern !== "string" || variables(pattern) !== variables(STAMP_EN[id])) return null;
      out[id] = pattern;
    }
    return out;
  }
  var stampSheet = null;
  /** Writes the notice on `el` as the wasm would; false if it left it to the wasm. */
  function stampNotice(el, attrs, lang, words, ordinal) {
    if (el.shadowRoot) return false;
    var variant = choice(attrs, "data-variant", { banner: "banner", inline: "inline", badge: "badge" }, "banner");
    var theme = choice(attrs, "data-theme", { auto: "auto", light: "light", dark: "dark" }, "auto");
    var ack = choice(attrs, "data-ack", { none: false, required: true }, false);
    var highRisk = choice(attrs, "data-high-risk", { "true": true, "false": false }, false);
    var human = attr(attrs, "data-human-contact");
    var humanButton = human !== null && asciiLower(human) === "event";
    var humanLink = humanButton ? null : safeUrl(human);
    var system = attr(attrs, "data-system");
    var controller = attr(attrs, "data-controller");
    var purpose = attr(attrs, "data-purpose");
    var rights = ["data-endpoint", "data-contact", "data-postal-address"].some(function (n) { return attr(attrs, n) !== null; });
    function t(id, args) { return format(words[id], args || {}); }

    var shadow;
    try {
      shadow = el.attachShadow({ mode: "open" });
    } catch (e) {
      return false; // the wasm gives such an element a holder of its own
    }
    if (!stampSheet) {
      stampSheet = new CSSStyleSheet();
      stampSheet.replaceSync(STAMP_CSS);
    }
    shadow.adoptedStyleSheets = [stampSheet];
    function node(tag, attributes, children) {
      var made = document.createElement(tag);
      for (var i = 0; i < attributes.length; i += 2) made.setAttribute(attributes[i], attributes[i + 1]);
      for (var j = 0; j < (children || []).length; j++) {
        var child = children[j];
        made.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
      }
      return made;
    }
    function para(cls, text) { return node("p", ["class", cls], [text]); }
    function link(href, cls, text) { return node("li", [], [node("a", ["href", href, "class", cls], [text])]); }
    var body = [
      para("gb-sentence", system !== null ? t("notice-sentence-named", { system: system }) : t("notice-sentence")),
      para("gb-operator", controller !== null ? t("notice-operator", { controller: controller }) : t("notice-operator-unknown")),
    ];
    if (highRisk) body.push(para("gb-high-risk", controller !== null ? t("notice-high-risk", { controller: controller }) : t("notice-high-risk-unknown")));
    if (purpose !== null && variant !== "badge") body.push(para("gb-purpose", purpose));
    var links = [];
    if (humanLink !== null) links.push(link(humanLink, "gb-human", t("notice-human")));
    if (humanButton) links.push(node("li", [], [node("button", ["type", "button", "class", "gb-link-button gb-human"], [t("notice-human")])]));
    var moreInfo = safeUrl(attr(attrs, "data-more-info"));
    if (moreInfo !== null) links.push(link(moreInfo, "gb-more-info", t("notice-more-info")));
    var privacy = safeUrl(attr(attrs, "data-privacy-policy"));
    if (privacy !== null) links.push(link(privacy, "gb-privacy", t("notice-privacy")));
    if (rights) links.push(node("li", [], [node("button", ["type", "button", "class", "gb-link-button gb-rights-link", "aria-haspopup", "dialog"], [t("notice-rights")])]));
    if (links.length) body.push(node("ul", ["class", "gb-links"], links));
    if (ack) {
      body.push(node("p", ["class", "gb-ack-hint", "id", "gb-ack-hint"], [t("notice-ack-hint")]));
      body.push(node("button", ["type", "button", "class", "gb-ack", "aria-describedby", "gb-ack-hint"], [t("notice-ack")]));
    }
    body.push(node("p", ["class", "gb-status", "role", "status"], [""]));
    var label = t("notice-region-label") + (ordinal > 1 ? " (" + ordinal + ")" : "");
    var section = node("section", ["class", "gb-notice gb-" + variant, "aria-label", label, "lang", lang, "data-variant", variant], [
      node("span", ["class", "gb-ai-icon", "aria-hidden", "true"], ["AI"]),
      node("div", ["class", "gb-body"], body),
    ]);
    // Pressed before the wasm took over: pressed again in the notice the wasm shows, once it
    // says it is shown (after the gate it closes, so an acknowledgement opens it).
    section.addEventListener("click", function (event) {
      var button = event.target && event.target.closest && event.target.closest("button");
      if (!button) return;
      var selector = "button." + button.className.split(" ").join(".");
      el.addEventListener("glassbox:notice-shown", function () {
        Promise.resolve().then(function () {
          var again = el.shadowRoot && el.shadowRoot.querySelector(selector);
          if (again && !section.isConnected) again.click();
        });
      }, { once: true });
    });
    var root = node("div", ["class", "gb-root gb-theme-" + theme, "lang", lang], [section]);
    shadow.appendChild(root);
    return true;
  }
  /** Stamps every notice on the page that the wasm has not mounted yet (see above). */
  function stampNotices() {
    if (typeof CSSStyleSheet !== "function" || !("adoptedStyleSheets" in Document.prototype)) return;
    var defaults = dataAttrs(script, {});
    if (attr(defaults, "data-strings") !== null) return; // replacement strings: the wasm's job
    var hosts = document.querySelectorAll("[data-glassbox]");
    var ordinal = 0;
    Array.prototype.forEach.call(hosts, function (el) {
      var attrs = dataAttrs(el, Object.assign({}, defaults));
      if (asciiLower(attr(attrs, "data-glassbox") || "") !== "notice") return;
      ordinal += 1;
      var place = ordinal;
      if (el.hasAttribute("data-strings")) return;
      var lang = negotiate(attr(attrs, "data-lang"));
      if (lang === "en") return void stampNotice(el, attrs, lang, STAMP_EN, place);
      if (LANGS.indexOf(lang) < 0) return; // a build with every language inside has no files
      loadNoticeLanguage(lang).then(function (words) {
        var checked = words && stampWords(words);
        // Still not mounted by the wasm (which waits for the same file): stamp it now.
        if (checked && el.isConnected && !el.shadowRoot) stampNotice(el, attrs, lang, checked, place);
      }, function () { /* reported by loadLanguage; the wasm shows English */ });
    });
  }
  /* ---- end of loader/stamp.js ---- */
