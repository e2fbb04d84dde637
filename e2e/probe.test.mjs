// The benchmark's probe (bench/probe.js) must see a notice at the frame a person would: also when
// a page turns it visible without any DOM mutation (vanilla-cookieconsent's fade-in, started by a
// class on <html>). A probe driven only by MutationObserver callbacks never reports this page.
// And a notice the parser puts in a declarative shadow root (a prerendered page) is seen in the
// page's first frame. The runner learns of it the way make bench does: from the probe's one
// console message, without evaluating anything in the page before.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServers } from "./server.mjs";
import { launch } from "./browser.mjs";
import { probeSaid } from "../bench/open-notice.mjs";

async function probed(page, selector, text) {
  const src = await fs.readFile(path.join(here, "..", "bench", "probe.js"), "utf8");
  await page.addInitScript({ content: `(${src.replace(/^\s*\/\/.*$/gm, "").trim()})(${JSON.stringify({ selector, text })});` });
}

const here = path.dirname(fileURLToPath(import.meta.url));
const servers = await startServers({ cdn: false });
const browser = await launch();
after(async () => {
  await browser.close();
  await servers.close();
});

test("the probe sees visibility flipped by a class on <html> with no mutation afterwards", async () => {
  const src = await fs.readFile(path.join(here, "..", "bench", "probe.js"), "utf8");
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript({ content: `(${src.replace(/^\s*\/\/.*$/gm, "").trim()})(${JSON.stringify({ selector: "p.note", text: "We use cookies" })});` });
  const seen = page.waitForEvent("console", { predicate: probeSaid, timeout: 5000 });
  await page.goto(`${servers.site}/fixtures/probe-class-flip.html`);
  await seen;
  const flip = await (await page.waitForFunction(() => window.__flip.visibleAt !== null && window.__flip)).jsonValue();
  const probe = await page.evaluate(() => window.__benchProbe);
  // Not before the note could be seen: the class came first, then the animation's delay.
  assert.ok(probe.t >= flip.classAt, `probe ${probe.t} ms before the class was set at ${flip.classAt} ms`);
  assert.ok(probe.tPresent < flip.classAt, "the text was in the DOM (hidden) before");
  // Not later than the first frame in which the page itself saw the note visible (the probe's
  // frame callback runs before the page's in that frame).
  assert.ok(probe.t <= flip.visibleAt, `probe ${probe.t} ms, visible in the frame at ${flip.visibleAt} ms`);
  assert.equal(probe.via, "frame");
  await context.close();
});

test("the probe sees a notice in a declarative shadow root in the page's first frame", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await probed(page, "p.note", "interacting with an AI system");
  const seen = page.waitForEvent("console", { predicate: probeSaid, timeout: 5000 });
  await page.goto(`${servers.site}/fixtures/probe-dsd.html`, { waitUntil: "commit" });
  await seen;
  const first = await (await page.waitForFunction(() => window.__firstFrame)).jsonValue();
  const probe = await page.evaluate(() => window.__benchProbe);
  assert.equal(probe.via, "frame");
  assert.ok(probe.t <= first, `probe ${probe.t} ms, the page's first frame at ${first} ms`);
  await context.close();
});
