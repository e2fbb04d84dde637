  /* ---- end of wasm-bindgen output ---- */
  function domReady() {
    if (document.readyState !== "loading") return Promise.resolve();
    return new Promise(function (resolve) {
      document.addEventListener("DOMContentLoaded", function () { resolve(); }, { once: true });
    });
  }
  // The explanation lives in a second module, fetched only where a page shows one, so the
  // notice on every other page costs fewer bytes.
  var explainModule = null;
  function loadExplain() {
    if (!explainModule) {
      explainModule = new Promise(function (resolve, reject) {
        var tag = document.createElement("script");
        tag.src = new URL("glassbox-explain.js", base).href;
        tag.async = true;
        tag.onload = function () {
          var init = tag._glassbox;
          if (!init) return reject(new Error(tag.src + " did not register"));
          resolve(init({ module_or_path: new URL("glassbox_explain_bg.wasm", base).href }).then(function () {
            init.configure(script || null);
            return init;
          }));
        };
        tag.onerror = function () { reject(new Error("could not load " + tag.src)); };
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
  var ready = Promise.resolve()
    .then(function () { return wasm_bindgen({ module_or_path: wasmUrl }); })
    .then(domReady)
    .then(function () {
      wasm_bindgen.start(script || null, delegate);
      return true;
    })
    .catch(function (error) {
      console.error("Glassbox: could not start (is 'wasm-unsafe-eval' in the page's script-src, and is " + wasmUrl + " reachable?)", error);
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
    /** Mounts (or re-mounts with new options) a widget on an element; resolves to true on success. */
    mount: function (el, options) { return call("mount", [el, options || {}]); },
    /** Removes the widget from an element; resolves to true if one was there. */
    unmount: function (el) { return call("unmount", [el]); },
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
