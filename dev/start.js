// Trunk's loader initialises the wasm and then fires TrunkApplicationStarted; start Glassbox
// with the page-wide defaults, as dist/glassbox.js does with its own <script> tag.
addEventListener("TrunkApplicationStarted", function () {
  window.wasmBindings.start(document.getElementById("glassbox-defaults"));
});
