  /* ---- end of wasm-bindgen output ---- */
  // The sha384 of each glassbox-explain.<lang>.json, filled in by scripts/build-dist.sh: carried
  // here rather than in glassbox.js, whose hash of this file covers them, to keep the notice small.
  var INTEGRITY = {};
  // Handed to glassbox.js through its own <script> element, not through a global.
  if (script) {
    script._glassbox = wasm_bindgen;
    script._glassboxIntegrity = INTEGRITY;
  }
})();
