/* Glassbox custom elements (loader/elements.js): <glassbox-notice>, <glassbox-explanation>,
 * <glassbox-rights>, <glassbox-ai-content>. Each takes the attributes of its data-glassbox twin
 * without the `data-` prefix and mirrors them onto itself as `data-*`, so the page observer in
 * the wasm mounts it like any [data-glassbox] element and follows a changed attribute in place
 * (an acknowledged notice stays acknowledged, typed text stays). */
(function () {
  "use strict";
  var Glassbox = window.Glassbox;
  if (!Glassbox || !window.customElements || !window.HTMLElement) return;
  var common = ["controller", "privacy-policy", "lang", "theme", "strings"];
  var contact = ["endpoint", "contact", "postal-address", "rights"];
  var KINDS = {
    notice: common.concat(contact, ["system", "purpose", "variant", "human-contact", "more-info", "ack", "input", "mark", "high-risk", "ai-label"]),
    explanation: common.concat(contact, ["explanation", "explanation-src", "timeout"]),
    rights: common.concat(contact),
    "ai-content": common.concat(["ai-label"]),
  };
  function define(kind, observed) {
    var name = "glassbox-" + kind;
    if (customElements.get(name)) return;
    class GlassboxElement extends HTMLElement {
      static get observedAttributes() { return observed; }
      connectedCallback() {
        if (Object.prototype.hasOwnProperty.call(this, "explanation")) {
          // Set before the element was upgraded: move it onto the property.
          var early = this.explanation;
          delete this.explanation;
          this._glassboxExplanation = early;
        }
        for (var i = 0; i < observed.length; i++) if (this.hasAttribute(observed[i])) mirror(this, observed[i]);
        if (this._glassboxExplanation !== undefined) {
          // Shown from the property: Glassbox.explain mounts it (no data-glassbox to pick up first).
          Glassbox.explain(this, this._glassboxExplanation);
        } else if (kind === "explanation" && !this.hasAttribute("data-explanation") && !this.hasAttribute("data-explanation-src")) {
          // Waits for its `explanation` property (frameworks set it right after connecting).
        } else if (this.getAttribute("data-glassbox") !== kind) {
          this.setAttribute("data-glassbox", kind);
        }
        this._glassboxConnected = true;
      }
      disconnectedCallback() {
        // The page observer unmounts it; connecting it again mounts it again.
        this._glassboxConnected = false;
      }
      attributeChangedCallback(attribute, before, after) {
        if (before === after) return;
        mirror(this, attribute);
        if (!this._glassboxConnected || this._glassboxPending) return;
        if (!this.hasAttribute("data-glassbox") && this._glassboxExplanation === undefined) {
          this.connectedCallback();
          return;
        }
        // With data-glassbox, the page observer sees the mirrored data-* change and updates the
        // widget in place. Explained from the property: mounted again with the new attributes,
        // then shown (several attributes changed in one task give one).
        if (this._glassboxExplanation === undefined) return;
        var el = this;
        el._glassboxPending = true;
        Promise.resolve().then(function () {
          el._glassboxPending = false;
          if (!el.isConnected) return;
          Glassbox.unmount(el).then(function () { return Glassbox.explain(el, el._glassboxExplanation); });
        });
      }
    }
    if (kind === "explanation") {
      Object.defineProperty(GlassboxElement.prototype, "explanation", {
        /** The glassbox.explanation/v1 object shown, as last given. */
        get: function () { return this._glassboxExplanation; },
        set: function (value) {
          this._glassboxExplanation = value;
          if (this.isConnected) Glassbox.explain(this, value);
        },
      });
    }
    customElements.define(name, GlassboxElement);
  }
  function mirror(el, attribute) {
    var value = el.getAttribute(attribute);
    var data = "data-" + attribute;
    if (value === null) el.removeAttribute(data);
    else if (el.getAttribute(data) !== value) el.setAttribute(data, value);
  }
  for (var kind in KINDS) define(kind, KINDS[kind]);
})();
