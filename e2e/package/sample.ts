// Type-checked with `tsc --strict` in e2e/package.test.mjs: every export and every event.
import {
  defineElements,
  explain,
  mount,
  openRequest,
  ready,
  strings,
  unmount,
  version,
  type Explanation,
  type GlassboxExplanationElement,
  type Request,
} from "glassbox-widget";

const loan: Explanation = {
  schema: "glassbox.explanation/v1",
  decision: "Your loan application was declined.",
  outcome: "unfavourable",
  ai_role: "decisive",
  factors: [{ label: "Existing debt", value: 12500, impact: -0.42 }, { label: "Savings", value: true, impact: 0.05 }],
  model: { name: "CreditScore", version: "4.2" },
};
const request: Request = {
  schema: "glassbox.request/v1",
  id: "4b1d9a2e-7c1f-4d3a-9e2b-1f0c8a7b6d5e",
  kinds: ["erasure", "human-review"],
  submitted_at: "2026-11-29T10:15:00Z",
  requester: { email: "marie@example.fr" },
  details: { "human-review": { decision_ref: "LN-1" } },
};

export async function run(el: HTMLElement): Promise<string> {
  const started: boolean = await ready({ controller: "Example Bank SA", privacyPolicy: "/privacy.html", lang: "auto" });
  const defined: boolean = await defineElements();
  await mount(el, { kind: "notice", system: "Aria", variant: "badge", ack: "required", input: "#q", highRisk: true });
  await explain(el, loan);
  await openRequest("human-review", { decision_ref: "LN-1", explanation: loan });
  await openRequest();
  await strings({ de: { "notice-ack": "Gelesen" } });
  const removed: boolean = await unmount(el);
  const element: GlassboxExplanationElement = document.createElement("glassbox-explanation");
  element.explanation = loan;
  el.addEventListener("glassbox:notice-shown", (e) => console.log(e.detail.lang, e.detail.variant, e.detail.notice_hash));
  el.addEventListener("glassbox:notice-acknowledged", (e) => console.log(e.detail));
  el.addEventListener("glassbox:ready", (e) => console.log(e.detail));
  document.addEventListener("glassbox:human-requested", (e) => {
    if (e.detail.source === "explanation") console.log(e.detail.decision_ref, e.detail.request.kinds);
  });
  for (const name of ["glassbox:request-submitted", "glassbox:request-queued", "glassbox:request-failed"] as const) {
    document.addEventListener(name, (e) => console.log(e.detail.reference ?? "none", e.detail.kinds.join(" ")));
  }
  return `${version} ${started} ${defined} ${removed} ${request.kinds.length}`;
}
