  /* ---- end of wasm-bindgen output ---- */
  function domReady() {
    if (document.readyState !== "loading") return Promise.resolve();
    return new Promise(function (resolve) {
      document.addEventListener("DOMContentLoaded", function () { resolve(); }, { once: true });
    });
  }
  // Languages other than English are not compiled in: each module fetches the one a widget
  // needs from a small JSON file next to it. The page's language is fetched at once, in
  // parallel with the wasm, so the notice does not wait for it.
  var LANGS = "bg cs da de el es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split(" ");
  var languages = {};
  function loadLanguage(file, tag) {
    var name = file + "." + tag + ".json";
    var url = asset(name);
    if (!languages[url]) {
      languages[url] = fetchChecked(name).then(function (response) {
        if (!response.ok) throw new Error(url + ": HTTP " + response.status);
        return response.json();
      });
      languages[url].catch(function (error) { console.error("Glassbox: could not load " + url, error); });
    }
    return languages[url];
  }
  function loadNoticeLanguage(tag) { return loadLanguage("glassbox", tag); }
  function loadExplainLanguage(tag) { return loadLanguage("glassbox-explain", tag); }
  (function prefetch() {
    var wanted = [];
    var own = script && script.getAttribute("data-lang");
    if (own && own.trim().toLowerCase() !== "auto") wanted.push(own);
    wanted.push(document.documentElement.getAttribute("lang") || "");
    wanted = wanted.concat(Array.prototype.slice.call(navigator.languages || []));
    for (var i = 0; i < wanted.length; i++) {
      var primary = String(wanted[i]).trim().split(/[-_]/)[0].toLowerCase();
      if (primary === "en") return;
      if (LANGS.indexOf(primary) >= 0) return void loadNoticeLanguage(primary);
    }
  })();
  // The notices on screen now, before the wasm (loader/stamp.js): once the page is parsed, and
  // after this script, so that custom elements (loader/elements.js) carry their data-glassbox.
  domReady().then(stampNotices).catch(function (error) {
    console.error("Glassbox: could not show the notice early; it comes with the wasm", error);
  });
  // Replacement strings given through Glassbox.strings, for the explanation module when it loads.
  var pageStrings = [];
  // The explanation lives in a second module, fetched only where a page shows one, so the
  // notice on every other page costs fewer bytes.
  var explainModule = null;
  function loadExplain() {
    if (!explainModule) {
      explainModule = new Promise(function (resolve, reject) {
        var tag = document.createElement("script");
        tag.src = asset("glassbox-explain.js");
        tag.async = true;
        if (INTEGRITY["glassbox-explain.js"] && !(script && script._glassboxDevServer)) {
          tag.integrity = INTEGRITY["glassbox-explain.js"];
          tag.crossOrigin = "anonymous";
        }
        tag.onload = function () {
          var init = tag._glassbox;
          if (!init) return reject(new Error(tag.src + " did not register"));
          var hashes = tag._glassboxIntegrity || {};
          for (var file in hashes) INTEGRITY[file] = hashes[file];
          resolve(init({ module_or_path: fetchChecked("glassbox_explain_bg.wasm") }).then(function () {
            init.configure(script || null, loadExplainLanguage);
            pageStrings.forEach(function (value) { init.strings(value); });
            return init;
          }));
        };
        tag.onerror = function () {
          var error = new Error("could not load " + tag.src);
          (tag.integrity ? refused("glassbox-explain.js", tag.src, error) : Promise.reject(error)).catch(reject);
        };
        (document.head || document.documentElement).appendChild(tag);
      });
    }
    return explainModule;
  }
  function delegate(el, options, mount) {
    loadExplain()
      .then(function (module) { return mount ? module.mount(el, options) : module.unmount(el); })
      .catch(function (error) { console.error("Glassbox: the explanation module could not be loaded", error); });
  }
  // The request form lives in the same second module: the notice's "Your rights" and
  // Glassbox.openRequest open it as a dialog there.
  function openRequest(kind, prefill) {
    return loadExplain()
      .then(function (module) { return module.open_request(kind == null ? undefined : String(kind), prefill || {}); })
      .catch(function (error) {
        console.error("Glassbox: the request form could not be loaded", error);
        return false;
      });
  }
  // A request that could not be delivered earlier waits in the outbox: send it now. Reading is
  // not writing; the outbox exists only because the person sent a request.
  function flushOutbox() {
    var waiting = null;
    try { waiting = window.localStorage.getItem("glassbox.outbox"); } catch (e) { /* storage disabled */ }
    if (waiting) loadExplain().then(function (module) { module.flush_outbox(); }).catch(function (error) {
      console.error("Glassbox: could not send the queued request", error);
    });
  }
  // Runs fn once the frame that shows the notices is painted: a task queued from an animation
  // frame callback runs after that frame. A hidden page paints no frames (and an off-screen
  // iframe may paint them late), so it does not wait for one longer than a moment.
  function afterPaint(fn) {
    return new Promise(function (resolve) {
      var done = false;
      function once() {
        if (done) return;
        done = true;
        resolve(fn());
      }
      if (document.visibilityState !== "hidden" && typeof requestAnimationFrame === "function") {
        requestAnimationFrame(function () { setTimeout(once, 0); });
        setTimeout(once, 200);
      } else {
        setTimeout(once, 0);
      }
    });
  }
  var ready = Promise.resolve()
    .then(function () { return wasm_bindgen({ module_or_path: noticeWasm }); })
    .then(domReady)
    .then(function () {
      // The notices first; following the page and the outbox once they are on screen.
      wasm_bindgen.start(script || null, delegate, openRequest, loadNoticeLanguage, STAMP_CSS);
      return afterPaint(function () {
        wasm_bindgen.watch();
        flushOutbox();
        return true;
      });
    })
    .catch(function (error) {
      console.error("Glassbox: could not start (is 'wasm-unsafe-eval' in the page's script-src, and is " + asset("glassbox_bg.wasm") + " reachable and unchanged?)", error);
      return false;
    });
  function call(name, args) {
    return ready.then(function (started) {
      if (!started) return false;
      try {
        return wasm_bindgen[name].apply(null, args);
      } catch (error) {
        console.error("Glassbox." + name + " failed", error);
        return false;
      }
    });
  }
  window.Glassbox = Object.freeze({
    /** Version of this build. */
    version: "0.1.0",
    /** Resolves to true once every widget on the page is mounted, false if Glassbox could not start. */
    ready: ready,
    /** Mounts a widget on an element, or updates a mounted one in place with new options (its state stays); resolves to true on success. */
    mount: function (el, options) { return call("mount", [el, options || {}]); },
    /** Removes the widget from an element; resolves to true if one was there. */
    unmount: function (el) { return call("unmount", [el]); },
    /** Opens the data-subject request form as a dialog: kind "access", …, "human-review" (or none), prefill { email, name, decision_ref, point_of_view, explanation }; resolves to true once open. */
    openRequest: function (kind, prefill) {
      return ready.then(function (started) { return started && openRequest(kind, prefill); });
    },
    /** Replaces messages on the whole page, also in widgets already shown: { "<lang>": { "<message id>": "<text with { $variables }>" } }; resolves to true once applied. */
    strings: function (value) {
      return call("strings", [value]).then(function (started) {
        if (started === false) return false;
        pageStrings.push(value);
        if (explainModule) {
          return explainModule.then(function (module) { module.strings(value); return true; }, function () { return true; });
        }
        return true;
      });
    },
    /** Shows an explanation (a glassbox.explanation/v1 object) on an element; updates it in place when called again. */
    explain: function (el, explanation) {
      return call("adopt", [el]).then(function () {
        return loadExplain().then(function (module) { return module.explain(el, explanation); });
      }).catch(function (error) {
        console.error("Glassbox.explain failed", error);
        return false;
      });
    }
  });
})();
