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
  /* ---- loader/integrity.js, then the wasm-bindgen output (target no-modules), follow; both stay inside this function ---- */
