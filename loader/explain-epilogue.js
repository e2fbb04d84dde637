  /* ---- end of wasm-bindgen output ---- */
  // Handed to glassbox.js through its own <script> element, not through a global.
  if (script) script._glassbox = wasm_bindgen;
})();
