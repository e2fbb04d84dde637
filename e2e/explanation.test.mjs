// End-to-end tests of the explanation of an automated decision, on the demo's loan page and on
// a fixture page with each state. The explanation module is loaded only where one is shown.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import { setup, open, ready, axe, screenshot } from "./support.mjs";

const env = setup();
const LOAN = JSON.parse(await fs.readFile(new URL("../demo/decisions/LN-2026-0042.json", import.meta.url), "utf8"));

test("the loan page explains the decision; keyboard-only path to a human review with a snapshot", async () => {
  const { context, page, log } = await open(env, "/loan.html");
  await ready(page);
  await page.getByText("The factors that weighed most against you were Existing monthly debt repayments").waitFor();
  assert.ok(log.requests.some((u) => u.endsWith("/glassbox-explain.js")), "the explanation module was fetched");
  assert.ok(await page.getByText("Your application for a personal loan of € 15,000 was declined.").isVisible());
  assert.ok(await page.getByRole("heading", { name: "How the system works" }).isVisible());
  assert.ok(await page.getByText("The AI system made this decision.").isVisible());
  // The table behind the chart, as a screen reader gets it.
  const table = page.getByRole("table", { name: /Factors and how much each weighed/ });
  assert.equal(await table.getByRole("row").count(), 6, "header and the top five");
  await axe(page, "explanation ready");
  await screenshot(page, "loan-explanation");

  const requested = page.evaluate(() => new Promise((r) => document.addEventListener("glassbox:human-requested", (e) => r(e.detail), { once: true })));
  let reached = false;
  for (let i = 0; i < 25 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent === "Request human review");
  }
  assert.ok(reached, "Request human review is reachable with Tab");
  await page.keyboard.press("Enter");
  const detail = await requested;
  assert.equal(detail.source, "explanation");
  assert.equal(detail.decision_ref, "LN-2026-0042");
  assert.deepEqual(detail.request.kinds, ["human-review"]);
  assert.equal(detail.request.schema, "glassbox.request/v1");
  assert.deepEqual(detail.request.details, { "human-review": { decision_ref: "LN-2026-0042" } });
  assert.deepEqual(detail.request.context.explanation, LOAN, "a snapshot of exactly the explanation shown");
  assert.ok(await page.getByText("Your request for a human review is being prepared.").isVisible());
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("the top five factors first, all on request", async () => {
  const { context, page } = await open(env, "/loan.html");
  await ready(page);
  const button = page.getByRole("button", { name: "Show all 8 factors" });
  await button.waitFor();
  assert.equal(await button.getAttribute("aria-expanded"), "false");
  await button.click();
  const fewer = page.getByRole("button", { name: "Show the main factors only" });
  assert.equal(await fewer.getAttribute("aria-expanded"), "true");
  assert.equal(await page.getByRole("table").getByRole("row").count(), 9);
  assert.ok(await page.getByText("Years at current address").first().isVisible());
  await axe(page, "all factors");
  await context.close();
});

test("a page without an explanation never loads the explanation module", async () => {
  const { context, page, log } = await open(env, "/chat.html");
  await ready(page);
  await page.getByText("an AI system, not a person").first().waitFor();
  assert.ok(!log.requests.some((u) => u.includes("explain")), log.requests.join("\n"));
  await context.close();
});

test("each state: loading, missing sections, bad input, timeout — readable, named in the console, axe-clean", async () => {
  let release;
  const held = new Promise((r) => (release = r));
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  // /hang/ never answers: the widget's own timeout must end the wait.
  await page.route("**/hang/**", async (route) => {
    await held;
    await route.abort().catch(() => {});
  });
  await page.goto(env.servers.site + "/fixtures/explanations.html");
  await ready(page);

  const slow = page.locator("#slow");
  await slow.getByText("Loading the explanation of this decision…").waitFor();
  await axe(page, "loading");
  await slow.getByText("The explanation of this decision could not be loaded.").waitFor();
  assert.ok(errors.some((e) => e.includes("/hang/decision.json did not answer within 300 ms")), errors.join("\n"));

  const partial = page.locator("#partial");
  assert.ok(await partial.getByText("Your quote was refused.").isVisible());
  assert.equal(await partial.getByText("Not provided by Example Bank SA.").count(), 6);
  assert.ok(errors.some((e) => e.includes("lacks `logic`, `data_categories`, `significance`, `consequences`, `ai_role`, `human_reviewed`")), errors.join("\n"));
  assert.ok(await partial.getByText('<b id="injected">Claims</b>').first().isVisible(), "markup shown as text");
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await partial.locator("#injected").count(), 0);

  assert.ok(await page.locator("#broken").getByText("could not be loaded").isVisible());
  assert.ok(errors.some((e) => e.includes("factors[0].impact") && e.includes("expected f64")), errors.join("\n"));
  assert.ok(await page.locator("#not-json").getByRole("alert").isVisible());
  assert.ok(errors.some((e) => e.includes("data-explanation: the explanation is not valid JSON")), errors.join("\n"));
  await axe(page, "missing sections, errors");
  await screenshot(page, "explanation-states");
  release();
  await context.close();
});

test("Glassbox.explain mounts and updates in place; retry after a failed fetch", async () => {
  const { context, page } = await open(env, "/fixtures/explanations.html");
  await ready(page);
  const first = await page.evaluate((loan) => window.Glassbox.explain(document.getElementById("api"), loan), LOAN);
  assert.equal(first, true);
  const api = page.locator("#api");
  await api.getByText("Your application for a personal loan of € 15,000 was declined.").waitFor();
  const rootBefore = await page.evaluate(() => document.getElementById("api").shadowRoot.querySelector(".gb-root") !== null);
  await page.evaluate(() => window.Glassbox.explain(document.getElementById("api"), { decision: "Approved after review.", outcome: "favourable", factors: [{ label: "Income", impact: 0.5 }] }));
  await api.getByText("Approved after review.").waitFor();
  assert.equal(await api.getByText("was declined").count(), 0, "updated in place");
  assert.ok(await api.getByText("Outcome: in your favour").isVisible());
  assert.ok(rootBefore);
  assert.equal(await page.evaluate(() => window.Glassbox.explain(document.getElementById("api"), "nonsense")), true);
  await api.getByRole("alert").waitFor();

  // Retry: the first fetch fails with a 500, the second succeeds.
  let calls = 0;
  await page.route("**/retry/decision.json", (route) => {
    calls += 1;
    return calls === 1 ? route.fulfill({ status: 500, body: "oops" }) : route.fulfill({ contentType: "application/json", body: JSON.stringify(LOAN) });
  });
  await page.evaluate(() => {
    const el = document.createElement("div");
    el.id = "retry";
    el.dataset.glassbox = "explanation";
    el.dataset.explanationSrc = "/retry/decision.json";
    document.body.append(el);
  });
  const retry = page.locator("#retry");
  await retry.getByRole("button", { name: "Try again" }).click();
  await retry.getByText("Your application for a personal loan of € 15,000 was declined.").waitFor();
  assert.equal(calls, 2);
  await context.close();
});
