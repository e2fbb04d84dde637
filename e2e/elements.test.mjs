// The custom elements (SPEC §11) in plain HTML: <glassbox-notice>, <glassbox-explanation> (with
// its `explanation` property), <glassbox-rights> and <glassbox-ai-content>, registered by
// glassbox.js, taking the data-glassbox attributes without `data-` and following their changes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, open, ready, axe } from "./support.mjs";

const env = setup();
const LOAN = {
  schema: "glassbox.explanation/v1",
  decision: "Your loan application was declined.",
  outcome: "unfavourable",
  ai_role: "decisive",
  human_reviewed: false,
  factors: [{ label: "Existing debt", value: 12500, impact: -0.42 }, { label: "Savings", impact: 0.05 }],
  logic: "A statistical model compares your application with past loans.",
  data_categories: ["income", "debts"],
  significance: "It decides whether you receive the loan.",
  consequences: "You will not receive the loan.",
};
const text = (page, id) => page.evaluate((id) => document.getElementById(id).shadowRoot?.textContent ?? "", id);

test("the four elements are registered by the script and show their widgets", async () => {
  const { context, page, log } = await open(env, "/fixtures/elements.html");
  await ready(page);
  const defined = await page.evaluate(() =>
    ["glassbox-notice", "glassbox-explanation", "glassbox-rights", "glassbox-ai-content"].map((n) => !!customElements.get(n)),
  );
  assert.deepEqual(defined, [true, true, true, true]);
  await page.getByText("You are interacting with Aria, an AI system, not a person.").waitFor();
  assert.ok(await page.locator("#q").isDisabled(), "ack=required with input=#q gates the input");
  await page.getByRole("button", { name: "I understand" }).click();
  assert.ok(await page.locator("#q").isEnabled(), "enabled once acknowledged");
  // mark= labels the chat's AI messages; ai-label= chooses the label.
  await page.locator("#chat .bot [role=img]").waitFor();
  assert.equal(await page.locator("#chat .bot [role=img]").textContent(), "AI GENERATED");
  assert.equal(await page.locator("#ai").getAttribute("ai-disclosure"), "ai-generated");
  await page.getByText("Exercise your data protection rights").waitFor();
  await page.getByLabel("Your email address (required)").waitFor();
  // <glassbox-explanation> with its explanation as an attribute (JSON text).
  await page.getByText("Your quote was refused.").waitFor();
  await axe(page, "custom elements");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("changing an attribute changes the widget; removing the element removes it", async () => {
  const { context, page, log } = await open(env, "/fixtures/elements.html");
  await ready(page);
  await page.getByText("You are interacting with Aria, an AI system, not a person.").waitFor();
  await page.evaluate(() => {
    const el = document.getElementById("notice");
    el.setAttribute("system", "Nova");
    el.setAttribute("lang", "fr");
  });
  await page.getByText("Vous interagissez avec Nova, un système d'IA, et non avec une personne.").waitFor();
  assert.equal(await page.getByText("Aria").count(), 0, "the old name is gone");
  await page.evaluate(() => document.getElementById("notice").removeAttribute("lang"));
  await page.getByText("You are interacting with Nova, an AI system, not a person.").waitFor();

  // Added later, as a framework would, then removed.
  const shown = page.evaluate(
    () => new Promise((r) => document.addEventListener("glassbox:notice-shown", (e) => r([e.target.id, e.detail.lang]), { once: true })),
  );
  await page.evaluate(() => {
    const el = document.createElement("glassbox-notice");
    el.id = "late";
    el.setAttribute("system", "Late bot");
    el.setAttribute("variant", "inline");
    document.querySelector("main").append(el);
  });
  assert.deepEqual(await shown, ["late", "en"], "glassbox:notice-shown on the element");
  assert.match(await text(page, "late"), /You are interacting with Late bot, an AI system/);
  await page.evaluate(() => document.getElementById("late").remove());
  await page.waitForFunction(() => !document.getElementById("late"));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a changed attribute updates the widget in place: an acknowledged notice stays acknowledged, typed text stays", async () => {
  const { context, page, log } = await open(env, "/fixtures/elements.html");
  await ready(page);
  await page.getByText("You are interacting with Aria, an AI system, not a person.").waitFor();
  await page.getByRole("button", { name: "I understand" }).click();
  await page.locator("#q").fill("Hello");
  await page.evaluate(() => document.getElementById("notice").setAttribute("system", "Nova"));
  await page.getByText("You are interacting with Nova, an AI system, not a person.").waitFor();
  assert.equal(await page.getByRole("button", { name: "I understand" }).count(), 0, "it does not ask again");
  assert.ok(await page.getByText("Thank you. You can start now.").isVisible(), "still acknowledged");
  assert.ok(await page.locator("#q").isEnabled(), "its input stays enabled");
  assert.equal(await page.locator("#q").inputValue(), "Hello");

  // A data-glassbox element (no custom element) whose data-* attribute a framework changes.
  await page.evaluate(() => {
    const main = document.querySelector("main");
    main.insertAdjacentHTML("beforeend",
      '<div id="plain" data-glassbox="notice" data-system="Echo" data-ack="required" data-input="#q2"></div><label for="q2">Second</label> <input id="q2">');
  });
  await page.locator("#plain").getByText("You are interacting with Echo, an AI system, not a person.").waitFor();
  assert.ok(await page.locator("#q2").isDisabled(), "gated until acknowledged");
  await page.locator("#plain").getByRole("button", { name: "I understand" }).click();
  assert.ok(await page.locator("#q2").isEnabled());
  await page.evaluate(() => document.getElementById("plain").setAttribute("data-system", "Echo 2"));
  await page.locator("#plain").getByText("You are interacting with Echo 2, an AI system, not a person.").waitFor();
  assert.equal(await page.locator("#plain").getByRole("button", { name: "I understand" }).count(), 0, "it does not ask again");
  assert.ok(await page.locator("#q2").isEnabled(), "its input stays enabled");
  // Asking for an acknowledgement where there was none gates the input: the person has not acknowledged this one.
  await page.evaluate(() => {
    const el = document.getElementById("chat-notice");
    el.setAttribute("ack", "required");
    el.setAttribute("input", "#q3");
    el.setAttribute("variant", "inline");
    document.querySelector("main").insertAdjacentHTML("beforeend", '<label for="q3">Third</label> <input id="q3">');
  });
  await page.locator("#chat-notice").getByRole("button", { name: "I understand" }).waitFor();
  assert.ok(await page.locator("#q3").isDisabled(), "gated once it asks");

  // The request form keeps what was typed when its language changes.
  const email = page.locator("#rights").getByLabel("Your email address (required)");
  await email.fill("ana@example.com");
  await page.evaluate(() => document.getElementById("rights").setAttribute("lang", "fr"));
  await page.waitForFunction(() => !document.getElementById("rights").shadowRoot.textContent.includes("Your email address"));
  assert.equal(await page.locator("#rights input[type=email]").inputValue(), "ana@example.com");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("<glassbox-explanation> shows its explanation property and follows a new one", async () => {
  const { context, page, log } = await open(env, "/fixtures/elements.html");
  await ready(page);
  await page.evaluate((loan) => {
    document.getElementById("explanation").explanation = loan;
  }, LOAN);
  await page.getByText("Your loan application was declined.").waitFor();
  assert.ok(await page.locator("#explanation").getByRole("table", { name: /Factors and how much each weighed/ }).isVisible());
  assert.equal(await page.evaluate(() => document.getElementById("explanation").explanation.decision), LOAN.decision);
  await page.evaluate((loan) => {
    document.getElementById("explanation").explanation = { ...loan, decision: "Your loan application was approved.", outcome: "favourable" };
  }, LOAN);
  await page.getByText("Your loan application was approved.").waitFor();
  assert.equal(await page.getByText("Your loan application was declined.").count(), 0);
  // An element made in script, given its property before it is connected (as React and Vue do).
  await page.evaluate((loan) => {
    const el = document.createElement("glassbox-explanation");
    el.id = "made";
    el.setAttribute("lang", "de");
    el.explanation = { ...loan, decision: "Ihr Kreditantrag wurde abgelehnt." };
    document.querySelector("main").append(el);
  }, LOAN);
  await page.getByText("Ihr Kreditantrag wurde abgelehnt.").waitFor();
  assert.match(await text(page, "made"), /Ihr Kreditantrag wurde abgelehnt\./);
  assert.deepEqual(log.errors, []);
  await context.close();
});
