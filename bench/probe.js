// Injected with page.addInitScript(probe, target) before any page script runs.
// Records performance.now() (ms since navigation start) of the first animation frame in which an
// element matching target.selector whose text includes target.text is in the DOM (light DOM or
// any shadow root) and visible: the frame a person first sees it in.
//
// It looks at every animation frame: a page can turn its notice visible without any DOM mutation
// (a class set earlier whose animation or transition ends its delay later), which a probe driven
// only by mutations sees at some later, unrelated mutation or never. A MutationObserver (on the
// document and on every shadow root as it is attached, or found at a frame when the parser
// attached it from a declarative template) records only when the text arrived (tPresent); it
// never measures layout, so the probe forces no style or layout work in the middle of a page's
// scripts (which would slow every library under test, each by a different amount). A
// getBoundingClientRect in the frame callback costs nothing extra: that frame lays out anyway.
// No timers.
//
// "Visible" = connected, a non-empty layout box, not display:none / content-visibility:hidden
// anywhere up the tree, and computed visibility "visible" — or, if visibility is still "hidden",
// a running CSS transition on an ancestor that ends at "visible" (vanilla-cookieconsent fades its
// modal in by transitioning visibility+opacity; at the instant the transition starts the computed
// value is still "hidden"; we count the start of the fade-in). Opacity is not checked: a fade-in is
// counted from its first frame.
// Result: window.__benchProbe = { t, tPresent, via, text } once seen; via is "frame" or
// "transition-start". Then one console.debug("__benchProbe") tells the runner, which waits for that
// message rather than polling the page: a runner that evaluates in the page (Playwright's
// waitForFunction injects its own script) adds main-thread work to the load it measures.
// window.__benchShift: the page's cumulative layout shift so far.
(target) => {
  if (window.__benchProbe !== undefined) return;
  window.__benchProbe = null;
  const roots = [document];
  const want = target.text.replace(/\s+/g, " ").trim();
  let done = false;
  let tPresent = null;
  // Cumulative layout shift of the page (shifts not caused by input), read by the runner once the
  // notice is seen and painted: window.__benchShift.
  window.__benchShift = 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__benchShift += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  } catch (e) {
    window.__benchShift = null;
  }

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
    if (el.checkVisibility({ visibilityProperty: true })) return "frame";
    return transitioningToVisible(el) ? "transition-start" : null;
  }

  // Declarative shadow roots (<template shadowrootmode>, a prerendered page) are attached by the
  // parser, not through attachShadow: look for them at each frame while the page is parsed, and
  // once more when it is (scripts attach theirs through attachShadow, hooked below).
  let parsing = document.readyState === "loading";
  function discover() {
    for (const el of document.querySelectorAll("*")) {
      if (el.shadowRoot && !roots.includes(el.shadowRoot)) {
        roots.push(el.shadowRoot);
        observe(el.shadowRoot);
      }
    }
  }
  if (parsing) {
    document.addEventListener("DOMContentLoaded", () => {
      parsing = false;
      if (!done) discover();
    }, { once: true });
  }

  // The matching elements whose text is in the DOM (visible or not).
  function* present() {
    for (const root of roots) {
      for (const el of root.querySelectorAll(target.selector)) {
        const text = (el.textContent || "").replace(/\s+/g, " ").trim();
        if (text.includes(want)) yield [el, text];
      }
    }
  }

  // The first matching element that is visible, and how; null if none is. Frame callbacks only.
  function find() {
    for (const [el, text] of present()) {
      if (tPresent === null) tPresent = performance.now();
      const via = visibleState(el);
      if (via) return { via, text };
    }
    return null;
  }

  const observers = [];
  const opts = { subtree: true, childList: true, characterData: true };
  function onMutation() {
    if (done || tPresent !== null) return;
    for (const _ of present()) {
      tPresent = performance.now();
      return;
    }
  }
  function observe(root) {
    const o = new MutationObserver(onMutation);
    o.observe(root, opts);
    observers.push(o);
  }
  observe(document);

  function frame() {
    if (done) return;
    if (parsing) discover();
    const seen = find();
    if (!seen) return void requestAnimationFrame(frame);
    done = true;
    const t = performance.now();
    for (const o of observers) o.disconnect();
    window.__benchProbe = { t, tPresent, via: seen.via, text: seen.text };
    console.debug("__benchProbe");
  }
  requestAnimationFrame(frame);

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
