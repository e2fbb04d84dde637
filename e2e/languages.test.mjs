// Languages end to end: every component in each of the 24 languages (no English left), the
// negotiation (data-lang, the page's lang, the browser's languages, regional tags), only the
// needed language fetched, dates and numbers through Intl, integrators' strings (JSON block,
// data-strings, Glassbox.strings) with their mistakes named in the console.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, open, ready, axe, screenshot, LANGS, messages, fill } from "./support.mjs";

const env = setup();
const PAGE = "/fixtures/languages.html";

/** The text a person sees in one widget (its shadow root). */
function shown(page, host) {
  return page.evaluate((h) => document.querySelector(h).shadowRoot?.textContent ?? "", host);
}

/** The `lang` the widget's root carries. */
function langOf(page, host) {
  return page.evaluate((h) => document.querySelector(h).shadowRoot?.querySelector(".gb-root")?.getAttribute("lang"), host);
}

/** The language files the page fetched, as "glassbox.de.json"-style names. */
function languageFiles(log) {
  return log.requests.map((u) => new URL(u).pathname.split("/").pop()).filter((n) => /\.[a-z]{2}\.json$/.test(n)).sort();
}

/** Resolves once `check()` holds (console messages reach the test asynchronously). */
async function until(check, timeout = 10_000) {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setImmediate(r));
  }
}

async function waitForText(page, host, text) {
  await page.waitForFunction(
    ([h, t]) => (document.querySelector(h).shadowRoot?.textContent ?? "").includes(t),
    [host, text],
    { timeout: 15_000 },
  );
}

test("each of the 24 languages: notice, explanation and form in that language, no English left, only its files fetched", async () => {
  const en = await messages("en");
  for (const lang of LANGS) {
    const m = await messages(lang);
    const { context, page, log } = await open(env, `${PAGE}?lang=${lang}`);
    await ready(page);
    const sentence = fill(m["notice-sentence-named"], { system: "Aria" });
    await waitForText(page, "#notice", sentence);
    await waitForText(page, "#explanation", m["explanation-contest"]);
    await waitForText(page, "#rights", m["rights-title"]);
    for (const host of ["#notice", "#explanation", "#rights"]) {
      assert.equal(await langOf(page, host), lang, `${lang}: ${host} carries lang`);
    }
    const notice = await shown(page, "#notice");
    assert.ok(notice.includes(m["notice-ack"]), `${lang}: acknowledgement button`);
    assert.ok(notice.includes(fill(m["notice-operator"], { controller: "Example Bank SA" })), `${lang}: operator`);
    const explanation = await shown(page, "#explanation");
    assert.ok(explanation.includes(m["explanation-title"]), `${lang}: explanation title`);
    assert.ok(explanation.includes(m["explanation-request-review"]), `${lang}: review button`);
    for (const id of ["explanation-sources", "explanation-counterfactuals", "explanation-counterfactuals-intro", "rights-dpo", "rights-authority"]) {
      assert.ok(explanation.includes(m[id]), `${lang}: ${id} in the explanation`);
    }
    assert.ok(explanation.includes(fill(m["explanation-category-source"], { source: "the credit bureau" })), `${lang}: a category's source`);
    const form = await shown(page, "#rights");
    assert.ok(form.includes(m["rights-kind-access"]), `${lang}: right of access`);
    assert.ok(form.includes(m["rights-kind-objection"]), `${lang}: right to object`);
    assert.ok(form.includes(m["rights-dpo"]) && form.includes(m["rights-authority"]), `${lang}: DPO and authority on the form`);
    if (lang !== "en") {
      // No English fallback anywhere a person can see.
      for (const [host, ids] of [
        ["#notice", ["notice-ack", "notice-human", "notice-more-info", "notice-rights"]],
        ["#explanation", ["explanation-title", "explanation-factors", "explanation-logic", "explanation-request-review", "explanation-sources", "explanation-counterfactuals", "explanation-counterfactuals-intro", "rights-authority"]],
        ["#rights", ["rights-title", "rights-kind-erasure", "rights-submit"]],
      ]) {
        const text = await shown(page, host);
        for (const id of ids) assert.ok(!text.includes(en[id]), `${lang}: English "${en[id]}" in ${host}`);
      }
      assert.deepEqual(languageFiles(log), [`glassbox-explain.${lang}.json`, `glassbox.${lang}.json`], `${lang}: only its own files`);
    } else {
      assert.deepEqual(languageFiles(log), [], "English is built in");
    }
    assert.deepEqual(log.errors, [], `${lang}: console errors`);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  }
});

test("negotiation: data-lang, then the page's lang, then the browser's languages, then English; regional tags fall back", async () => {
  const cases = [
    { query: "?lang=de-AT", locale: "fr-FR", expect: "de", why: "page lang de-AT → de" },
    { query: "", locale: "pt-BR", expect: "pt", why: "no page lang, browser pt-BR → pt" },
    { query: "?lang=el&data-lang=fr-BE", locale: "de-DE", expect: "fr", why: "data-lang fr-BE wins over the page" },
    { query: "?lang=ja", locale: "sv-SE", expect: "sv", why: "unsupported page lang → browser" },
    { query: "?lang=ja", locale: "ja-JP", expect: "en", why: "nothing supported → English" },
    { query: "?lang=fi&data-lang=auto", locale: "en-US", expect: "fi", why: "data-lang=auto follows the page" },
  ];
  for (const c of cases) {
    const m = await messages(c.expect);
    const { context, page, log } = await open(env, PAGE + c.query, { locale: c.locale });
    await ready(page);
    await waitForText(page, "#notice", fill(m["notice-sentence-named"], { system: "Aria" }));
    assert.equal(await langOf(page, "#notice"), c.expect, c.why);
    await waitForText(page, "#rights", m["rights-title"]);
    assert.equal(await langOf(page, "#rights"), c.expect, c.why);
    assert.deepEqual(log.errors, [], c.why);
    await context.close();
  }
});

test("dates and numbers follow the language through Intl", async () => {
  for (const [lang, date, weight] of [
    ["de", "27. November 2026", /[-−]0,30/],
    ["fr", "27 novembre 2026", /[-−]0,30/],
    ["en", "November 27, 2026", /[-−]0\.30/],
  ]) {
    const { context, page } = await open(env, `${PAGE}?lang=${lang}`);
    await ready(page);
    const m = await messages(lang);
    await waitForText(page, "#explanation", fill(m["explanation-decided-at"], { date }));
    assert.match(await shown(page, "#explanation"), weight, `${lang}: weight in the language's number format`);
    await context.close();
  }
});

test("the notice waits for its language (never English first) while the host's input is already gated", async () => {
  let release;
  const held = new Promise((r) => (release = r));
  const { context, page } = await open(env, `${PAGE}?lang=de`, {
    route: (ctx) =>
      ctx.route(/glassbox\.de\.json$/, async (route) => {
        await held;
        await route.continue();
      }),
  });
  await ready(page);
  assert.equal(await page.locator("#chat-input").isDisabled(), true, "input gated before the notice shows");
  assert.equal(await shown(page, "#notice"), "", "nothing shown in English meanwhile");
  release();
  const m = await messages("de");
  await waitForText(page, "#notice", m["notice-ack"]);
  assert.equal(await page.locator("#chat-input").isDisabled(), true, "still gated until acknowledged");
  await page.locator("#notice").getByRole("button", { name: m["notice-ack"] }).click();
  assert.equal(await page.locator("#chat-input").isDisabled(), false);
  await context.close();
});

test("a language file that cannot be loaded: named in the console, the notice shown in English", async () => {
  const { context, page, log } = await open(env, `${PAGE}?lang=de`, {
    route: (ctx) => ctx.route(/glassbox\.de\.json$/, (route) => route.fulfill({ status: 404, body: "gone" })),
  });
  await ready(page);
  const en = await messages("en");
  await waitForText(page, "#notice", fill(en["notice-sentence-named"], { system: "Aria" }));
  assert.ok(log.errors.some((e) => e.includes("could not load the de translation")), log.errors.join("\n"));
  await context.close();
});

test("integrators replace strings: JSON block, data-strings, Glassbox.strings; mistakes are named and change nothing", async () => {
  const strings = JSON.stringify({
    de: { "notice-ack": "Gelesen und verstanden", "notice-akc": "x", "notice-operator": "Betrieben von { $firma }" },
    xx: { "notice-ack": "?" },
  });
  const { context, page, log } = await open(env, `${PAGE}?lang=de&strings=${encodeURIComponent(strings)}`);
  await ready(page);
  const de = await messages("de");
  // The JSON block's good entry applies; the bad ones are named and the originals stay.
  await page.locator("#notice").getByRole("button", { name: "Gelesen und verstanden" }).waitFor();
  assert.ok((await shown(page, "#notice")).includes(fill(de["notice-operator"], { controller: "Example Bank SA" })));
  const errors = () => log.errors.join("\n");
  assert.match(errors(), /"notice-akc" is not a message of the widget; did you mean "notice-ack"\?/);
  assert.match(errors(), /"notice-operator" in "de" must use the same \{ \$placeholders \}/);
  assert.match(errors(), /"xx" is not one of the widget's languages/);

  // Glassbox.strings updates the widgets already shown, in both modules; a form string it gets
  // wrong is reported once (by the module that has the form).
  await waitForText(page, "#explanation", de["explanation-contest"]);
  const before = log.errors.length;
  const applied = await page.evaluate(() =>
    window.Glassbox.strings({
      de: {
        "notice-human": "Bitte einen Menschen",
        "explanation-title": "Warum so entschieden wurde",
        "rights-submit": "Antrag senden",
        "rights-reference": "Aktenzeichen ohne Platzhalter",
      },
    }),
  );
  assert.equal(applied, true);
  await waitForText(page, "#notice", "Bitte einen Menschen");
  await waitForText(page, "#explanation", "Warum so entschieden wurde");
  await waitForText(page, "#rights", "Antrag senden");
  await until(() => log.errors.slice(before).some((e) => e.includes('"rights-reference"')));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  const added = log.errors.slice(before);
  assert.equal(added.filter((e) => e.includes('"rights-reference"')).length, 1, added.join("\n"));
  assert.equal(added.length, 1, added.join("\n"));

  // data-strings on one element applies to that widget only.
  await page.evaluate(() => {
    const el = document.createElement("div");
    el.id = "second";
    el.setAttribute("data-glassbox", "notice");
    el.setAttribute("data-variant", "inline");
    el.setAttribute("data-strings", JSON.stringify({ de: { "notice-sentence": "Hier antwortet eine Maschine (KI-System), kein Mensch." } }));
    document.querySelector("main").append(el);
  });
  await waitForText(page, "#second", "Hier antwortet eine Maschine (KI-System), kein Mensch.");
  assert.ok(!(await shown(page, "#notice")).includes("Hier antwortet eine Maschine"));
  await context.close();
});

test("a single-page app switching the page's lang: the widgets follow in place, keeping their state; a fixed data-lang stays", async () => {
  const { context, page, log } = await open(env, `${PAGE}?lang=en`);
  await ready(page);
  const [en, de] = [await messages("en"), await messages("de")];
  const fr = await messages("fr");
  await page.locator("#notice").getByRole("button", { name: en["notice-ack"] }).click();
  assert.equal(await page.locator("#chat-input").isDisabled(), false);
  await page.locator("#rights").getByRole("textbox", { name: en["rights-email"] }).fill("ada@example.com");
  await page.evaluate(() => {
    const fixed = document.createElement("div");
    fixed.id = "fixed";
    fixed.setAttribute("data-glassbox", "notice");
    fixed.setAttribute("data-variant", "inline");
    fixed.setAttribute("data-lang", "fr");
    document.querySelector("main").append(fixed);
  });
  await waitForText(page, "#fixed", fr["notice-sentence"]);
  const shownEvents = page.evaluate(
    () =>
      new Promise((r) =>
        document.addEventListener("glassbox:notice-shown", (e) => e.target.id === "notice" && r(e.detail)),
      ),
  );

  await page.evaluate(() => document.documentElement.setAttribute("lang", "de"));
  await waitForText(page, "#notice", fill(de["notice-sentence-named"], { system: "Aria" }));
  await waitForText(page, "#explanation", de["explanation-title"]);
  await waitForText(page, "#rights", de["rights-title"]);
  for (const host of ["#notice", "#explanation", "#rights"]) assert.equal(await langOf(page, host), "de", host);
  // State kept: still acknowledged (no button, the status in German), the typed email still there.
  const notice = await shown(page, "#notice");
  assert.ok(notice.includes(de["notice-acked"]), notice);
  assert.equal(await page.locator("#notice").getByRole("button", { name: de["notice-ack"] }).count(), 0);
  assert.equal(await page.locator("#chat-input").isDisabled(), false);
  assert.equal(await page.locator("#rights").getByRole("textbox", { name: de["rights-email"] }).inputValue(), "ada@example.com");
  // The notice says again which wording is now shown.
  assert.equal((await shownEvents).lang, "de");
  // The widget given its own language keeps it.
  assert.equal(await langOf(page, "#fixed"), "fr");
  assert.ok((await shown(page, "#fixed")).includes(fr["notice-sentence"]));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("AI labels in German: the word beside \"AI\" translated, ai-assisted for modified content; a blank notice sentence is named and the built-in one kept", async () => {
  const de = await messages("de");
  const { context, page, log } = await open(env, "/fixtures/labels-de.html");
  await ready(page);
  const label = (id) => page.locator(`#${id} [role=img]`);
  await label("modified").waitFor();
  assert.equal(await label("plain").textContent(), "AI");
  assert.equal(await label("generated").textContent(), `AI ${de["ai-label-generated"]}`);
  assert.equal(await label("generated").textContent(), "AI GENERIERT");
  assert.equal(await label("modified").textContent(), "AI VERÄNDERT");
  assert.equal(await label("generated").getAttribute("aria-label"), de["ai-label-alt"]);
  assert.equal(await label("modified").getAttribute("aria-label"), de["ai-label-alt-modified"]);
  assert.equal(await page.locator("#plain").getAttribute("ai-disclosure"), "ai-generated");
  assert.equal(await page.locator("#generated").getAttribute("ai-disclosure"), "ai-generated");
  assert.equal(await page.locator("#modified").getAttribute("ai-disclosure"), "ai-assisted");
  // The notice keeps its own sentence; the console names the blank replacement.
  await waitForText(page, "#notice", fill(de["notice-sentence-named"], { system: "Aria" }));
  await until(() => log.errors.some((e) => e.includes('"notice-sentence-named" in "de" is empty; the built-in text is kept')));
  assert.equal(log.errors.filter((e) => e.includes("notice-sentence-named")).length, 1, log.errors.join("\n"));
  await axe(page, "labels in German");
  await screenshot(page, "labels-de");
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
