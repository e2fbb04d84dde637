// Minimal Klaro config: one service, English, default (non-modal) consent notice.
window.klaroConfig = {
  version: 1,
  elementID: "klaro",
  storageMethod: "cookie",
  cookieName: "klaro",
  default: false,
  mustConsent: false,
  acceptAll: true,
  lang: "en",
  translations: {
    en: {
      privacyPolicyUrl: "/privacy.html",
      purposes: { analytics: "Analytics" },
    },
  },
  services: [
    {
      name: "matomo",
      title: "Matomo",
      purposes: ["analytics"],
      cookies: [/^_pk_.*$/],
    },
  ],
};
