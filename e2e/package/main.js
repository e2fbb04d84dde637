// The app bundled in e2e/package.test.mjs, with esbuild and with Vite: the package's ES module
// entry, as a web developer would use it after `npm install`.
import { ready, mount, explain, strings, defineElements, version } from "glassbox-widget";

const started = await ready({ controller: "Example Bank SA", privacyPolicy: "/privacy.html" });
document.body.dataset.started = String(started);
document.body.dataset.version = version;
await mount(document.getElementById("notice"), { kind: "notice", system: "Aria", lang: "fr" });
await explain(document.getElementById("explanation"), {
  decision: "Your loan application was declined.",
  outcome: "unfavourable",
  ai_role: "decisive",
  human_reviewed: false,
  factors: [{ label: "Existing debt", value: 12500, impact: -0.42 }],
  logic: "A statistical model.",
  data_categories: ["income"],
  significance: "The loan.",
  consequences: "No loan.",
});
await strings({ en: { "notice-ack": "Got it" } });
document.body.dataset.elements = String(await defineElements());
document.getElementById("late").innerHTML = '<glassbox-notice system="Custom element" variant="inline"></glassbox-notice>';
