// The host page's own script: opens the human-review form through the JS API, and logs the
// request events (they carry the reference and kinds only).
document.getElementById("review").addEventListener("click", function () {
  window.Glassbox.openRequest("human-review", { decision_ref: "LN-2026-0042" });
});
["glassbox:request-submitted", "glassbox:request-queued", "glassbox:request-failed"].forEach(function (name) {
  document.addEventListener(name, function (e) { console.info(name, e.detail); });
});
