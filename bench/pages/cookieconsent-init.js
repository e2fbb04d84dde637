// Minimal vanilla-cookieconsent@3 setup: one required category, an English consent modal.
// hideFromBots: false, or the banner never shows in an automated (navigator.webdriver) browser.
CookieConsent.run({
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: {
    default: "en",
    translations: {
      en: {
        consentModal: {
          title: "We use cookies",
          description: "We use cookies to keep you signed in and to measure how this site is used.",
          acceptAllBtn: "Accept all",
          acceptNecessaryBtn: "Reject all",
          showPreferencesBtn: "Manage preferences",
        },
        preferencesModal: {
          title: "Cookie preferences",
          acceptAllBtn: "Accept all",
          acceptNecessaryBtn: "Reject all",
          savePreferencesBtn: "Save preferences",
          sections: [
            { title: "Strictly necessary", description: "Needed for the site to work.", linkedCategory: "necessary" },
            { title: "Analytics", description: "Helps us improve the site.", linkedCategory: "analytics" },
          ],
        },
      },
    },
  },
});
