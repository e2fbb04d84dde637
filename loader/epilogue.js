  /* ---- end of wasm-bindgen output ---- */
  function domReady() {
    if (document.readyState !== "loading") return Promise.resolve();
    return new Promise(function (resolve) {
      document.addEventListener("DOMContentLoaded", function () { resolve(); }, { once: true });
    });
  }
  var ready = Promise.resolve()
    .then(function () { return wasm_bindgen({ module_or_path: wasmUrl }); })
    .then(domReady)
    .then(function () {
      wasm_bindgen.start(script || null);
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
    unmount: function (el) { return call("unmount", [el]); }
  });
})();
