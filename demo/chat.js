// A small chat of our own for the demo: the replies are canned, computed in the page.
// It runs before glassbox.js (both deferred, in order), so the page language is set first.
(function () {
  "use strict";
  var params = new URLSearchParams(location.search);
  // ?lang= sets the page's language, which the widget follows (any of the 24 EU languages); the
  // host's own words here exist in English and French only.
  var pageLang = (params.get("lang") || "en").replace(/[^A-Za-z-]/g, "").slice(0, 12) || "en";
  document.documentElement.lang = pageLang;
  var lang = pageLang.split("-")[0] === "fr" ? "fr" : "en";
  var text = {
    en: { title: "Example Bank — customer support", chat: "Chat with Aria", label: "Your message",
          placeholder: "Ask Aria about your account…", send: "Send", you: "You", aria: "Aria",
          replies: ["Your card can be blocked at any time from the app, under Cards → Block.",
                    "Transfers inside the EU usually arrive the next business day.",
                    "I can't decide on loans, but I can explain how to apply."],
          human: "A colleague will join this chat shortly.",
          system: "Aria, our support assistant",
          purpose: "Aria answers questions about your accounts and cards. It cannot make decisions about you." },
    fr: { title: "Example Bank — service client", chat: "Discuter avec Aria", label: "Votre message",
          placeholder: "Posez votre question à Aria…", send: "Envoyer", you: "Vous", aria: "Aria",
          replies: ["Vous pouvez bloquer votre carte à tout moment dans l'application, rubrique Cartes → Bloquer.",
                    "Les virements dans l'UE arrivent en général le jour ouvré suivant.",
                    "Je ne décide pas des prêts, mais je peux vous expliquer comment faire une demande."],
          human: "Un conseiller va rejoindre cette discussion.",
          system: "Aria, notre assistante",
          purpose: "Aria répond à vos questions sur vos comptes et vos cartes. Elle ne prend aucune décision vous concernant." }
  }[lang];
  document.title = text.chat + " — Example Bank";

  function add(who, body) {
    var item = document.createElement("li");
    item.className = "msg " + (who === "bot" ? "bot" : "user");
    var name = document.createElement("span");
    name.className = "who";
    name.textContent = who === "bot" ? text.aria : text.you;
    var p = document.createElement("p");
    p.textContent = body;
    item.append(name, p);
    document.getElementById("messages").append(item);
  }

  // The host's own words about its system, in the page's language. This deferred script runs
  // before glassbox.js (deferred scripts run in order, once the document is parsed).
  var notice = document.getElementById("notice");
  notice.dataset.system = text.system;
  notice.dataset.purpose = text.purpose;

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-text]").forEach(function (el) { el.textContent = text[el.dataset.text]; });
    document.querySelectorAll("[data-placeholder]").forEach(function (el) { el.placeholder = text[el.dataset.placeholder]; });
    var turn = 0;
    document.getElementById("composer").addEventListener("submit", function (event) {
      event.preventDefault();
      var input = document.getElementById("chat-input");
      var question = input.value.trim();
      if (!question) return;
      add("user", question);
      input.value = "";
      add("bot", text.replies[turn++ % text.replies.length]);
    });
    document.addEventListener("glassbox:human-requested", function () { add("bot", text.human); });
  });
})();
