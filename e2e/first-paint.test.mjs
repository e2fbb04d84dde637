// The AI notice at first paint: a page prerendered by glassbox-render shows the whole notice
// with JavaScript off and when glassbox.js answers 404; with the script working, glassbox.js takes
// the prerendered shadow root over in place (one notice, no frame without it, no layout shift,
// events and gating as usual), also under the strict CSP and in French and Greek.
//
// The pages are rendered here from e2e/fixtures/prerender/chat.html by the built command
// (target/debug/glassbox-render, or $GLASSBOX_RENDER), exactly as a site's build would.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServers, STRICT_CSP } from "./server.mjs";
import { launch } from "./browser.mjs";
import { ARTIFACTS, axe } from "./support.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..");
const RENDER = process.env.GLASSBOX_RENDER || path.join(repo, "target", "debug", "glassbox-render");
const SENTENCE = {
  en: "You are interacting with Aria, an AI system, not a person.",
  fr: "Vous interagissez avec Aria, un système d'IA, et non avec une personne.",
  el: "Αλληλεπιδράτε με το σύστημα ΤΝ Aria, όχι με άνθρωπο.",
};
const OPERATOR = {
  en: "This system is operated by Example Bank SA.",
  fr: "Ce système est exploité par Example Bank SA.",
};

const env = {};
before(async () => {
  env.dir = await fs.mkdtemp(path.join(os.tmpdir(), "glassbox-prerendered-"));
  const source = await fs.readFile(path.join(here, "fixtures", "prerender", "chat.html"), "utf8");
  for (const [name, lang] of [["chat.html", "en"], ["chat-csp.html", "en"], ["chat-fr.html", "fr"], ["chat-el.html", "el"]]) {
    const html = execFileSync(RENDER, [], { input: source.replace('<html lang="en">', `<html lang="${lang}">`), stdio: ["pipe", "pipe", "pipe"] });
    await fs.writeFile(path.join(env.dir, name), html);
  }
  // --inline-css: the styles in each shadow root; the command names the CSP source they need.
  const inline = spawnSync(RENDER, ["--inline-css"], { input: source, encoding: "utf8" });
  assert.equal(inline.status, 0, inline.stderr);
  env.inlineSource = (inline.stderr.match(/style-src ('sha256-[A-Za-z0-9+/=]+')/) || [])[1];
  await fs.writeFile(path.join(env.dir, "chat-inline.html"), inline.stdout);
  await fs.mkdir(ARTIFACTS, { recursive: true });
  env.servers = await startServers({ extraRoots: { "/prerendered/": env.dir } });
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.servers?.close();
  if (env.dir) await fs.rm(env.dir, { recursive: true, force: true });
});

// Before any page script: every animation frame, how many notice sentences are on screen; the
// page's layout shifts; the glassbox:* events; CSP violations are recorded by csp-probe.js.
const WATCH = () => {
  window.__frames = [];
  window.__events = [];
  window.__shift = 0;
  for (const name of ["glassbox:ready", "glassbox:notice-shown", "glassbox:notice-acknowledged"]) {
    document.addEventListener(name, (e) => window.__events.push({ name, detail: e.detail }), true);
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  const frame = () => {
    let shown = 0;
    for (const host of document.querySelectorAll('[data-glassbox="notice"]')) {
      for (const p of host.shadowRoot ? host.shadowRoot.querySelectorAll(".gb-sentence") : []) {
        if (p.checkVisibility({ visibilityProperty: true }) && p.getBoundingClientRect().height > 0) shown++;
      }
    }
    window.__frames.push(shown);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

async function openPage(pathname, { javaScript = true, route } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 900, height: 800 }, javaScriptEnabled: javaScript, locale: "en-US" });
  if (route) await route(context);
  const page = await context.newPage();
  const log = { errors: [], pageErrors: [], requests: [] };
  page.on("console", (m) => m.type() === "error" && log.errors.push(m.text()));
  page.on("pageerror", (e) => log.pageErrors.push(String(e)));
  page.on("request", (r) => log.requests.push(r.url()));
  if (javaScript) await page.addInitScript(WATCH);
  await page.goto(env.servers.site + pathname);
  return { context, page, log };
}

/** The notice's shadow root as a person reads it: its text, and how many sentences it holds. */
async function notice(page) {
  return page.locator("#notice").evaluate((host) => ({
    text: host.shadowRoot ? host.shadowRoot.textContent : "",
    sentences: host.shadowRoot ? host.shadowRoot.querySelectorAll(".gb-sentence").length : 0,
    lang: host.shadowRoot?.querySelector(".gb-root")?.getAttribute("lang"),
  }));
}

/** Two animation frames: what was rendered has been painted. */
const painted = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test("with JavaScript disabled the prerendered notice shows the sentence, the operator and the links", async () => {
  const { context, page } = await openPage("/prerendered/chat.html", { javaScript: false });
  assert.ok(await page.getByText(SENTENCE.en).isVisible(), "sentence visible");
  assert.ok(await page.getByText(OPERATOR.en).isVisible(), "operator visible");
  assert.equal(await page.getByRole("link", { name: "How your data is used" }).getAttribute("href"), "/privacy.html");
  assert.equal(await page.getByRole("link", { name: "How this AI system works" }).getAttribute("href"), "/model-card.html");
  assert.ok(await page.getByRole("region", { name: "Notice: AI system" }).isVisible());
  // Styled by glassbox.css through the shadow root's <link>: the banner has its border.
  const border = await page.locator("#notice .gb-notice").evaluate((s) => getComputedStyle(s).borderTopStyle);
  assert.notEqual(border, "none", "glassbox.css applies");
  // The gated input stays closed, as the page's HTML says; the acknowledge button, which
  // would do nothing without the script, is not offered.
  assert.equal(await page.locator("#q").isDisabled(), true);
  assert.equal(await page.locator("#notice button.gb-ack").count(), 1, "in the markup");
  assert.equal(await page.locator("#notice button.gb-ack").isVisible(), false, "not shown without JavaScript");
  assert.equal(await page.getByText("Please confirm that you have read this notice").isVisible(), false);
  // The AI-written line carries its visible label and the machine-readable marking.
  assert.equal(await page.locator("#reply").getAttribute("ai-disclosure"), "ai-generated");
  assert.ok(await page.locator("#reply [role=img]").isVisible());
  // The README shows this one (docs/screenshots/prerendered-no-js.png, copied from here).
  await page.screenshot({ path: path.join(ARTIFACTS, "prerendered-no-js.png") });
  await context.close();
});

test("when glassbox.js answers 404 the prerendered notice stays readable", async () => {
  const { context, page, log } = await openPage("/prerendered/chat.html", {
    route: (c) => c.route(/\/glassbox\.js$/, (r) => r.fulfill({ status: 404, body: "not found" })),
  });
  await page.waitForLoadState("load");
  await painted(page);
  assert.ok(await page.getByText(SENTENCE.en).isVisible());
  assert.ok(await page.getByText(OPERATOR.en).isVisible());
  assert.equal((await notice(page)).sentences, 1);
  assert.equal(await page.locator("#q").isDisabled(), true, "the input stays closed");
  assert.deepEqual(log.pageErrors, []);
  assert.equal(await page.evaluate(() => window.__frames.some((n) => n === 1)), true, "painted");
  await context.close();
});

test("in French, when glassbox.fr.json cannot be loaded, the prerendered French notice stays (not English) and works", async () => {
  const { context, page, log } = await openPage("/prerendered/chat-fr.html", {
    route: (c) => c.route(/\/glassbox\.fr\.json$/, (r) => r.fulfill({ status: 404, body: "not found" })),
  });
  // Glassbox says in the console which file was missing and that the prerendered notice stays.
  const kept = (m) => /glassbox\.fr\.json/.test(m) && /prerendered/.test(m);
  if (!log.errors.some(kept)) await page.waitForEvent("console", { predicate: (m) => kept(m.text()) });
  await painted(page);
  const state = await notice(page);
  assert.equal(state.sentences, 1, "exactly one notice");
  assert.ok(state.text.includes(SENTENCE.fr), state.text);
  assert.ok(!state.text.includes(SENTENCE.en), "not replaced with English");
  assert.equal(state.lang, "fr");
  assert.ok(log.errors.some((e) => /could not load .*glassbox\.fr\.json/.test(e)), log.errors.join("\n"));
  // Its acknowledgement still opens the input.
  assert.ok(await page.locator("#q").isDisabled());
  await page.locator("#notice .gb-ack").click();
  assert.ok(await page.locator("#q").isEnabled(), "acknowledging opens the input");
  assert.equal(await page.locator("#notice .gb-ack").count(), 0, "the button is gone once acknowledged");
  const events = await page.evaluate(() => window.__events.map((e) => e.name));
  assert.ok(events.includes("glassbox:notice-acknowledged"), events.join(","));
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

async function takenOver(page) {
  await page.waitForFunction(() => window.Glassbox && window.Glassbox.ready);
  assert.equal(await page.evaluate(() => window.Glassbox.ready), true, "Glassbox started");
  await page.waitForFunction(() => window.__events.some((e) => e.name === "glassbox:notice-shown"));
  await painted(page);
}

test("glassbox.js takes the prerendered notice over in place: one notice, no frame without it, no layout shift", async () => {
  const { context, page, log } = await openPage("/prerendered/chat.html");
  await takenOver(page);
  const state = await notice(page);
  assert.equal(state.sentences, 1, "exactly one notice");
  assert.ok(state.text.includes(SENTENCE.en));
  const frames = await page.evaluate(() => window.__frames);
  const first = frames.indexOf(1);
  assert.ok(first >= 0, "the notice was painted");
  assert.deepEqual(frames.slice(first).filter((n) => n !== 1), [], `every frame after the first shows exactly one notice: ${frames.join(",")}`);
  assert.equal(await page.evaluate(() => window.__shift), 0, "cumulative layout shift");
  const events = await page.evaluate(() => window.__events);
  const shown = events.filter((e) => e.name === "glassbox:notice-shown");
  assert.equal(shown.length, 1);
  assert.equal(shown[0].detail.lang, "en");
  assert.match(shown[0].detail.notice_hash, /^[0-9a-f]{16}$/);
  // The widget is live: acknowledging opens the gate and moves focus there, as usual.
  await page.getByRole("button", { name: "I understand" }).click();
  assert.equal(await page.locator("#q").isDisabled(), false);
  assert.equal(await page.evaluate(() => document.activeElement.id), "q");
  assert.ok(await page.getByText("Thank you. You can start now.").isVisible());
  // One label on the AI-written line, taken over too.
  assert.equal(await page.locator("#reply [data-glassbox-label]").count(), 1);
  assert.ok(await page.locator("#reply [role=img]").isVisible());
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.errors, []);
  await axe(page, "prerendered, taken over");
  await context.close();
});

test("under the strict CSP a prerendered page has zero violations, with and without the script", async () => {
  for (const javaScript of [true, false]) {
    const { context, page, log } = await openPage("/prerendered/chat-csp.html?same-origin", { javaScript });
    if (javaScript) await takenOver(page);
    assert.ok(await page.getByText(SENTENCE.en).isVisible());
    const border = await page.locator("#notice .gb-notice").evaluate((s) => getComputedStyle(s).borderTopStyle);
    assert.notEqual(border, "none", "glassbox.css applies under style-src 'self'");
    if (javaScript) {
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
      assert.equal((await notice(page)).sentences, 1);
      assert.equal(await page.evaluate(() => window.__shift), 0);
    }
    assert.deepEqual(log.errors.filter((e) => /Content Security Policy/i.test(e)), []);
    await context.close();
  }
});

for (const lang of ["fr", "el"]) {
  test(`in ${lang === "fr" ? "French" : "Greek"}: prerendered in the page's language, and the same after the takeover`, async () => {
    const off = await openPage(`/prerendered/chat-${lang}.html`, { javaScript: false });
    assert.ok(await off.page.getByText(SENTENCE[lang]).isVisible(), "prerendered sentence");
    assert.equal((await notice(off.page)).lang, lang);
    await off.context.close();

    const { context, page, log } = await openPage(`/prerendered/chat-${lang}.html`);
    await takenOver(page);
    const state = await notice(page);
    assert.equal(state.sentences, 1);
    assert.ok(state.text.includes(SENTENCE[lang]), state.text);
    assert.equal(state.lang, lang);
    const frames = await page.evaluate(() => window.__frames);
    assert.deepEqual(frames.slice(frames.indexOf(1)).filter((n) => n !== 1), [], frames.join(","));
    assert.equal(await page.evaluate(() => window.__shift), 0, "cumulative layout shift");
    const shown = (await page.evaluate(() => window.__events)).filter((e) => e.name === "glassbox:notice-shown");
    assert.equal(shown[0].detail.lang, lang);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}

test("with --inline-css the notice needs no stylesheet request, and the strict CSP plus the printed hash allows it", async () => {
  assert.match(env.inlineSource || "", /^'sha256-/, "the command printed the style-src source");
  // The README's strict CSP with the hash added to style-src; and without it, for contrast.
  const withHash = STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${env.inlineSource}`);
  const serve = (csp) => (context) =>
    context.route((url) => url.pathname === "/prerendered/chat-inline.html", async (route) => {
      const body = await fs.readFile(path.join(env.dir, "chat-inline.html"));
      await route.fulfill({ status: 200, headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": csp }, body });
    });
  const border = (page) => page.locator("#notice .gb-notice").evaluate((s) => getComputedStyle(s).borderTopStyle);
  for (const javaScript of [false, true]) {
    const { context, page, log } = await openPage("/prerendered/chat-inline.html?same-origin", { javaScript, route: serve(withHash) });
    if (javaScript) await takenOver(page);
    assert.ok(await page.getByText(SENTENCE.en).isVisible());
    assert.notEqual(await border(page), "none", "the inline styles apply");
    assert.deepEqual(log.requests.filter((u) => u.endsWith("/glassbox.css")), [], "no stylesheet request");
    assert.deepEqual(log.errors.filter((e) => /Content Security Policy/i.test(e)), []);
    if (javaScript) {
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
      assert.equal((await notice(page)).sentences, 1);
      assert.equal(await page.evaluate(() => window.__shift), 0, "cumulative layout shift");
    }
    await context.close();
  }
  // Without the hash the browser refuses the inline styles: the hash is what lets them in.
  const { context, page, log } = await openPage("/prerendered/chat-inline.html?same-origin", { javaScript: false, route: serve(STRICT_CSP) });
  assert.equal(await border(page), "none", "refused without the hash");
  assert.ok(log.errors.some((e) => /Content Security Policy/i.test(e)), log.errors.join("\n"));
  await context.close();
});
