// The demo host's part of a review request: until the request form exists, show what
// Glassbox prepared so a visitor can see it.
document.addEventListener("glassbox:human-requested", function (event) {
  if (!event.detail || event.detail.source !== "explanation") return;
  var pre = document.getElementById("prepared") || document.createElement("pre");
  pre.id = "prepared";
  pre.className = "prepared";
  pre.textContent = "Prepared request (glassbox.request/v1, to be completed by the request form):\n" +
    JSON.stringify(event.detail.request, null, 2);
  document.querySelector("main").append(pre);
});
