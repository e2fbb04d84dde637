/*! Glassbox explanation module — MIT OR Apache-2.0. Loaded by glassbox.js only where a page shows an explanation; adds no global. */
(function () {
  "use strict";
  var script = document.currentScript;
  /* ---- wasm-bindgen output (target no-modules) follows; it stays inside this function ---- */
