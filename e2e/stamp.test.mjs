// The notice before the wasm (loader/stamp.js): glassbox.js writes each notice into its shadow
// root in the frame after it runs, and the wasm, once it has arrived and started, takes that
// shadow root over in place. Here the wasm is held back until the stamped notices are on
// screen, so each can be compared with what the wasm then shows: the same markup, attribute by
// attribute and word by word, over every option, hostile values and several languages; the
// same layout (no shift); nothing stamped where the stamp cannot be sure (replacement strings);
// and a button pressed before the wasm started is not lost.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServers } from "./server.mjs";
import { launch } from "./browser.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const env = {};
before(async () => {
  env.servers = await startServers();
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.servers?.close();
});

const WATCH = () => {
  window.__events = [];
  window.__shift = 0;
  for (const name of ["glassbox:notice-shown", "glassbox:notice-acknowledged", "glassbox:ready"]) {
    document.addEventListener(name, (e) => window.__events.push({ name, id: e.target.id, detail: e.detail }), true);
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
};

/** Opens `pathname` with glassbox_bg.wasm held back until `release()` is called. */
async function openHeld(pathname, { locale = "en-US" } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 2400 }, locale });
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let asked = false;
  await context.route(/\/glassbox_bg\.wasm$/, async (route) => {
    asked = true;
    await released;
    await route.continue();
  });
  const page = await context.newPage();
  const log = { errors: [], pageErrors: [] };
  page.on("console", (m) => m.type() === "error" && log.errors.push(m.text()));
  page.on("pageerror", (e) => log.pageErrors.push(String(e)));
  await page.addInitScript(WATCH);
  await page.goto(env.servers.site + pathname);
  return { context, page, log, release, asked: () => asked };
}

/** Each notice's shadow root as markup, its stylesheet's rules, and where each of its elements is. */
function snapshot(page, ids) {
  return page.evaluate((ids) => Object.fromEntries(ids.map((id) => {
    const root = document.getElementById(id).shadowRoot;
    if (!root) return [id, null];
    const boxes = [...root.querySelectorAll("*")].map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.tagName} ${r.x},${r.y} ${r.width}x${r.height}`;
    });
    const rules = root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText));
    return [id, { html: root.innerHTML, boxes, rules: rules.length, text: root.textContent }];
  })), ids);
}

const stamped = (page, ids) =>
  page.waitForFunction((ids) => ids.every((id) => document.getElementById(id).shadowRoot?.querySelector(".gb-notice")), ids);

async function startWasm(page, release, notices) {
  release();
  assert.equal(await page.evaluate(() => window.Glassbox.ready), true, "Glassbox started");
  await page.waitForFunction((n) => window.__events.filter((e) => e.name === "glassbox:notice-shown").length >= n, notices);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const ALL = ["n-plain", "n-inline", "n-badge", "n-hostile", "n-fr", "n-el", "n-auto", "n-unknown-lang", "n-spaces", "n-element"];

test("each notice is on screen before the wasm, and the wasm shows exactly the same markup in the same place", async () => {
  const { context, page, log, release, asked } = await openHeld("/fixtures/stamp.html");
  await stamped(page, ALL);
  assert.ok(asked(), "the wasm was requested (and is held)");
  assert.deepEqual(await page.evaluate(() => window.__events.map((e) => e.name)), [], "the wasm has not started: no event yet");
  const early = await snapshot(page, [...ALL, "n-strings"]);
  assert.equal(early["n-strings"], null, "replacement strings are left to the wasm");
  // What a person reads before the wasm: the notice, in each one's language.
  assert.match(early["n-plain"].text, /You are interacting with Aria, an AI system, not a person\.This system is operated by Example Bank SA\./);
  assert.match(early["n-fr"].text, /Vous interagissez avec Aria/);
  assert.match(early["n-el"].text, /Αλληλεπιδράτε/);
  assert.ok(early["n-plain"].rules > 10, "styled");
  const shiftBefore = await page.evaluate(() => window.__shift);

  await startWasm(page, release, ALL.length + 1);
  const late = await snapshot(page, [...ALL, "n-strings"]);
  for (const id of ALL) {
    assert.equal(early[id].html, late[id].html, `${id}: the stamped markup is the wasm's`);
    assert.deepEqual(early[id].boxes, late[id].boxes, `${id}: every element stays where it was`);
  }
  assert.match(late["n-strings"].text, /Hello from a replaced string\./);
  assert.equal(await page.evaluate(() => window.__shift), shiftBefore, "no layout shift when the wasm takes over");
  // Hostile values stay text, unsafe links are dropped, and nothing ran.
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.match(late["n-hostile"].text, /<img src=x onerror="window.__pwned=1"> "Aria" \{\$controller\}/);
  assert.doesNotMatch(late["n-hostile"].html, /javascript|data:text/);
  // Exactly one notice each, and each announced once.
  const counts = await page.evaluate((ids) => ids.map((id) => document.getElementById(id).shadowRoot.querySelectorAll(".gb-notice").length), ALL);
  assert.deepEqual(counts, ALL.map(() => 1));
  const shown = await page.evaluate(() => window.__events.filter((e) => e.name === "glassbox:notice-shown").map((e) => e.id).sort());
  assert.deepEqual(shown, [...ALL, "n-strings"].sort());
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("in the page's language (German), and an acknowledgement pressed before the wasm started is kept", async () => {
  const { context, page, log, release } = await openHeld("/fixtures/stamp-de.html", { locale: "fr-FR" });
  await stamped(page, ["n-de"]);
  const early = await snapshot(page, ["n-de"]);
  assert.match(early["n-de"].text, /Sie interagieren mit einem KI-System namens Aria/);
  // The person acknowledges at once, before the wasm is there.
  await page.locator("#n-de").getByRole("button", { name: "Verstanden" }).click();
  await startWasm(page, release, 1);
  const events = await page.evaluate(() => window.__events.map((e) => e.name));
  assert.ok(events.includes("glassbox:notice-acknowledged"), events.join(","));
  assert.equal(await page.locator("#n-de .gb-ack").count(), 0, "acknowledged: the button is gone");
  assert.equal(await page.locator("#q").isEnabled(), true, "the gated input is open");
  assert.ok(await page.locator("#n-de").getByText("Danke").isVisible());
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("the fixture sets every attribute the notice reads, so a new one cannot go untested here", async () => {
  // The attributes NoticeConfig::parse reads (crates/core/src/config.rs), plus the two its
  // Reader reads by name (data-theme, data-lang).
  const source = await fs.readFile(path.join(here, "..", "crates", "core", "src", "config.rs"), "utf8");
  const start = source.indexOf("impl NoticeConfig {");
  const body = source.slice(start, source.indexOf("\nimpl ", start + 1));
  const read = new Set([...body.matchAll(/"(data-[a-z-]+)"/g)].map((m) => m[1]).concat(["data-theme", "data-lang"]));
  assert.ok(read.size >= 14, [...read].join(" "));
  const fixture = await fs.readFile(path.join(here, "fixtures", "stamp.html"), "utf8");
  const missing = [...read].filter((name) => !fixture.includes(`${name}=`));
  // data-input and data-mark change no markup (the gate and the labels are the wasm's); the
  // German page covers data-input.
  assert.deepEqual(missing.filter((n) => n !== "data-mark" && n !== "data-input"), [], "add them to e2e/fixtures/stamp.html");
});
