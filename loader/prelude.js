/*! Glassbox widget loader — MIT OR Apache-2.0. Exposes only window.Glassbox. */
(function () {
  "use strict";
  if (window.Glassbox) {
    console.error("Glassbox: loaded twice; the second <script> tag is ignored");
    return;
  }
  // Read synchronously: currentScript is null once this function returns, and in modules.
  var script = document.currentScript;
  var base = script && script.src ? script.src : document.baseURI;
  var wasmUrl = new URL("glassbox_bg.wasm", base).href;
  /* ---- wasm-bindgen output (target no-modules) follows; it stays inside this function ---- */
