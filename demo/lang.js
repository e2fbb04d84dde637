// Demo: ?lang=de (any of the 24 EU languages) sets the page's language before glassbox.js runs;
// the widget follows it. The host page's own text stays in English.
(function () {
  var lang = new URLSearchParams(location.search).get("lang");
  if (lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) document.documentElement.lang = lang;
})();
