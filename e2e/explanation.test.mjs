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

  // Optional sections given empty: "not provided" there, and named in the console.
  const blank = page.locator("#blank-parts");
  assert.equal(await blank.getByText("Not provided by Example Bank SA.").count(), 2);
  assert.ok(await blank.getByText("If you had used less of your limit").isVisible());
  assert.equal(await blank.getByRole("cell", { name: "yes", exact: true }).count(), 1, "true reads yes");
  assert.ok(errors.some((e) => e.includes("has empty `data_sources`, `counterfactuals[0].result`")), errors.join("\n"));
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

test("C-203/22 on the loan page: data with source and relevance, where it came from, what would have changed the decision, how to contest, weight in words, DPO and authority", async () => {
  const { context, page, log } = await open(env, "/loan.html");
  await ready(page);
  const view = page.locator("#explanation");
  await view.getByRole("heading", { name: "What would have changed the decision" }).waitFor();
  for (const text of [
    "Source: the credit bureau",
    "Why it matters: How you repaid before is the best indication of how you will repay.",
    "Example Credit Bureau: your credit file",
    "If your monthly debt repayments were below € 900",
    "If you had asked for € 11,000 instead of € 15,000",
    "How to contest this decision: Use the button below, reply to your decision letter",
    "A review is answered within 5 working days.",
  ]) {
    assert.ok(await view.getByText(text).first().isVisible(), text);
  }
  assert.ok(await view.getByRole("heading", { name: "Where your data came from" }).isVisible());
  assert.equal(await view.locator(".gb-counterfactuals li").count(), 3);
  // The weight in words, also in the table a screen reader reads.
  const table = page.getByRole("table", { name: /Factors and how much each weighed/ });
  // The number through Intl (a hyphen-minus in English).
  assert.match(await table.getByRole("row", { name: /Existing monthly debt repayments/ }).getByRole("cell").last().textContent(), /^strong, [-\u2212]0\.42 \(against you\)$/);
  assert.ok(await view.locator(".gb-chart-rows").getByText("moderate").first().isVisible(), "visible beside the bar");
  // The data protection officer and the supervisory authority, as links.
  assert.equal(await view.getByRole("link", { name: "dpo@example.com" }).getAttribute("href"), "mailto:dpo@example.com");
  assert.equal(await view.getByRole("link", { name: /^CNIL/ }).getAttribute("href"), "https://www.cnil.fr/");
  await axe(page, "explanation with the C-203/22 sections");
  // data-dpo and data-authority were accepted: Glassbox named no mistake (the browser's own
  // favicon 404 is not ours).
  assert.deepEqual(log.errors.filter((e) => e.includes("Glassbox")), []);
  await context.close();
});

test("a counterfactual in Greek at 320 px: translated headings, no sideways scrolling, axe-clean", async () => {
  const { context, page, log } = await open(env, "/loan.html?lang=el", { viewport: { width: 320, height: 640 } });
  await ready(page);
  const view = page.locator("#explanation");
  const heading = view.getByRole("heading", { name: "Τι θα είχε αλλάξει την απόφαση" });
  await heading.waitFor();
  await heading.scrollIntoViewIfNeeded();
  assert.ok(await view.getByText("Η απόφαση θα ήταν διαφορετική στις εξής περιπτώσεις:").isVisible());
  const change = view.getByText("If your monthly debt repayments were below € 900");
  assert.ok(await change.isVisible());
  const box = await change.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 320, `the counterfactual fits: ${JSON.stringify(box)}`);
  assert.ok(await view.getByText("Πηγή: the credit bureau").isVisible());
  assert.ok(await view.getByText("Υπεύθυνος προστασίας δεδομένων:").isVisible());
  const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth);
  assert.equal(overflow, 0, "no sideways scrolling at 320 px");
  await axe(page, "Greek at 320 px");
  await screenshot(page, "loan-counterfactual-el-320");
  assert.deepEqual(log.errors.filter((e) => e.includes("Glassbox")), []);
  await context.close();
});

test("two explanations on one page: each region has its own name, axe-clean in every state", async () => {
  const held = {};
  const answer = {};
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  let secondCalls = 0;
  await page.route("**/held/*.json", async (route) => {
    const name = new URL(route.request().url()).pathname.split("/").pop();
    if (name === "second.json") secondCalls += 1;
    await new Promise((r) => (held[name] = r));
    await route.fulfill(answer[name]());
  });
  await page.goto(env.servers.site + "/fixtures/two-explanations.html");
  await ready(page);
  const first = page.getByRole("region", { name: "Explanation of an automated decision", exact: true });
  const second = page.getByRole("region", { name: "Explanation of an automated decision (2)", exact: true });
  await first.getByText("Loading the explanation of this decision…").waitFor();
  await second.getByText("Loading the explanation of this decision…").waitFor();
  await axe(page, "two explanations loading");

  // The first arrives; the second fails.
  answer["first.json"] = () => ({ contentType: "application/json", body: JSON.stringify(LOAN) });
  answer["second.json"] = () => ({ status: 500, body: "oops" });
  held["first.json"]();
  held["second.json"]();
  await first.getByText("Your application for a personal loan of € 15,000 was declined.").waitFor();
  await second.getByText("The explanation of this decision could not be loaded.").waitFor();
  await axe(page, "one ready, one failed");

  // Tried again, the second arrives too: a different decision.
  answer["second.json"] = () => ({
    contentType: "application/json",
    body: JSON.stringify({ ...LOAN, decision: "Your credit card limit was lowered.", decision_ref: "CC-7" }),
  });
  await second.getByRole("button", { name: "Try again" }).click();
  while (!held["second.json"] || secondCalls < 2) await new Promise((r) => setImmediate(r));
  held["second.json"]();
  await second.getByText("Your credit card limit was lowered.").waitFor();
  assert.equal(await page.getByRole("region", { name: /^Explanation of an automated decision/ }).count(), 2);
  await axe(page, "both ready");

  // Both expanded, then a review requested from the second.
  await first.getByRole("button", { name: "Show all 8 factors" }).click();
  await second.getByRole("button", { name: "Show all 8 factors" }).click();
  await axe(page, "both expanded");
  await second.getByRole("button", { name: "Request human review" }).click();
  await second.getByText("Your request for a human review is being prepared.").waitFor();
  assert.equal(await first.getByText("Your request for a human review is being prepared.").count(), 0);
  await axe(page, "a review requested");
  assert.ok(errors.some((e) => e.includes("/held/second.json")), errors.join("\n"));
  await context.close();
});
