// Injected with page.addInitScript(probe, target) before any page script runs.
// Records performance.now() (ms since navigation start) the first time an element matching
// target.selector whose text includes target.text is in the DOM (light DOM or any shadow root)
// and visible. Driven only by MutationObserver callbacks: no polling, no timers.
//
// "Visible" = connected, a non-empty layout box, not display:none / content-visibility:hidden
// anywhere up the tree, and computed visibility "visible" — or, if visibility is still "hidden",
// a running CSS transition on an ancestor that ends at "visible" (vanilla-cookieconsent fades its
// modal in by transitioning visibility+opacity; at the instant the transition starts the computed
// value is still "hidden" and no further DOM mutation happens, so we count the start of the
// fade-in). Opacity is not checked: a fade-in is counted from its first frame.
// Result: window.__benchProbe = { t, tPresent, via, text } once visible, where tPresent is the
// first time the text was in the DOM at all (visible or not) and t the first time it was visible.
(target) => {
  if (window.__benchProbe !== undefined) return;
  window.__benchProbe = null;
  const roots = [document];
  const want = target.text.replace(/\s+/g, " ").trim();
  let done = false;
  let tPresent = null;

  function transitioningToVisible(el) {
    for (let n = el; n; n = n.parentNode || n.host) {
      if (n.nodeType !== 1 || typeof n.getAnimations !== "function") continue;
      for (const a of n.getAnimations()) {
        if (a.transitionProperty !== "visibility" || a.playState !== "running") continue;
        const kf = a.effect && a.effect.getKeyframes();
        if (kf && kf.length && kf[kf.length - 1].visibility === "visible") return true;
      }
    }
    return false;
  }

  function visibleState(el) {
    if (!el.isConnected) return null;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return null;
    if (!el.checkVisibility({ contentVisibilityAuto: false })) return null; // display:none etc.
    if (el.checkVisibility({ visibilityProperty: true })) return "mutation";
    return transitioningToVisible(el) ? "transition-start" : null;
  }

  function check() {
    if (done) return;
    for (const root of roots) {
      for (const el of root.querySelectorAll(target.selector)) {
        const text = (el.textContent || "").replace(/\s+/g, " ").trim();
        if (!text.includes(want)) continue;
        if (tPresent === null) tPresent = performance.now();
        const via = visibleState(el);
        if (!via) continue;
        done = true;
        const t = performance.now();
        for (const o of observers) o.disconnect();
        window.__benchProbe = { t, tPresent, via, text };
        return;
      }
    }
  }

  const observers = [];
  const opts = { subtree: true, childList: true, characterData: true, attributes: true };
  function observe(root) {
    const o = new MutationObserver(check);
    o.observe(root, opts);
    observers.push(o);
  }
  observe(document);

  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (!done) {
      roots.push(root);
      observe(root);
    }
    return root;
  };
}
