// Shared set-up for the end-to-end tests: servers on 127.0.0.1, Debian's Chromium, and pages
// that record console messages, requests and the moment the notice first appears.
import { after, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { startServers } from "./server.mjs";
import { launch } from "./browser.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
export const ARTIFACTS = path.join(here, "artifacts");

/** Starts servers and the browser once per test file; returns a getter for both. */
export function setup() {
  const env = {};
  before(async () => {
    await fs.mkdir(ARTIFACTS, { recursive: true });
    env.servers = await startServers();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.servers?.close();
  });
  return env;
}

// Runs in the page before any script: watches the document and every shadow root as it is
// attached, and records when text matching window.__probeText first becomes visible, with the
// state of the host's input at that moment.
const PROBE = () => {
  window.__probe = { seen: null };
  const check = () => {
    if (window.__probe.seen || !window.__probeText) return;
    for (const host of document.querySelectorAll("[data-glassbox]")) {
      const root = host.shadowRoot;
      const text = root && root.textContent;
      if (text && text.includes(window.__probeText)) {
        const input = document.querySelector(window.__probeInput || "#chat-input");
        window.__probe.seen = {
          at: performance.now(),
          inputDisabled: input ? input.disabled : null,
          messages: document.querySelectorAll(".msg").length,
        };
      }
    }
  };
  const observe = (node) => new MutationObserver(check).observe(node, { childList: true, subtree: true, characterData: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    observe(root);
    return root;
  };
  observe(document);
};

/** A fresh context and page that records console errors/warnings and every request URL. */
export async function open(env, pathname, { probe, input, viewport, colorScheme, reducedMotion, forcedColors, locale, deviceScaleFactor, route } = {}) {
  const context = await env.browser.newContext({
    viewport: viewport || { width: 900, height: 800 },
    colorScheme,
    reducedMotion,
    forcedColors,
    locale: locale || "en-US",
    deviceScaleFactor,
  });
  if (route) await route(context);
  const page = await context.newPage();
  const log = { errors: [], warnings: [], requests: [], pageErrors: [], dialogs: [] };
  page.on("console", (m) => {
    if (m.type() === "error") log.errors.push(m.text());
    if (m.type() === "warning") log.warnings.push(m.text());
  });
  page.on("pageerror", (e) => log.pageErrors.push(String(e)));
  page.on("request", (r) => log.requests.push(r.url()));
  page.on("dialog", (d) => {
    log.dialogs.push(d.message());
    d.dismiss();
  });
  if (probe) {
    await page.addInitScript(({ text, input }) => {
      window.__probeText = text;
      window.__probeInput = input;
    }, { text: probe, input });
    await page.addInitScript(PROBE);
  }
  await page.goto(env.servers.site + pathname);
  return { context, page, log };
}

/** Waits until Glassbox reports that it started (window.Glassbox.ready resolved true). */
export async function ready(page) {
  await page.waitForFunction(() => window.Glassbox && window.Glassbox.ready);
  const started = await page.evaluate(() => window.Glassbox.ready);
  assert.equal(started, true, "Glassbox started");
}

/** Runs axe-core (WCAG 2.1 A and AA rules) on the page, shadow roots included. */
export async function axe(page, label) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  assert.deepEqual(summary, [], `axe violations (${label})`);
  assert.ok(result.passes.length > 0, "axe ran its checks");
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The 24 official EU languages the widget speaks. */
export const LANGS = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split(" ");

const LOCALES = path.resolve(here, "..", "crates", "core", "locales");

/** The messages of `lang` as translators wrote them (glassbox.ftl and rights.ftl): id → pattern. */
export async function messages(lang) {
  const out = {};
  for (const file of ["glassbox.ftl", "rights.ftl"]) {
    const text = await fs.readFile(path.join(LOCALES, lang, file), "utf8");
    for (const line of text.split("\n")) {
      const m = /^([a-z][a-z0-9-]*)\s*=\s*(.*)$/.exec(line);
      if (m) out[m[1]] = m[2].trim();
    }
  }
  return out;
}

/** Fills `{ $name }` placeables, as the widget does. */
export function fill(pattern, args = {}) {
  return pattern.replace(/\{\s*\$([a-z_]+)\s*\}/g, (all, name) => (name in args ? String(args[name]) : all));
}

/**
 * Collects every Content-Security-Policy violation Chromium reports on the pages of `context`
 * (its console's "Refused to … because it violates the following Content Security Policy
 * directive" lines), for a test to assert there are none.
 */
export function cspViolations(context) {
  const found = [];
  const watch = (page) =>
    page.on("console", (msg) => {
      if (/Content Security Policy/i.test(msg.text())) found.push(`${page.url()}: ${msg.text()}`);
    });
  context.pages().forEach(watch);
  context.on("page", watch);
  return found;
}

/** The strict policy of the receiver's own pages (crates/receiver/src/edge.rs, PAGE_CSP). */
export const RECEIVER_PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
