// Accessibility end to end (SPEC §6, LEGAL "Accessibility and language": WCAG 2.1 AA), in
// English, German and Greek: axe-core with zero violations in every state of every component,
// the keyboard path (acknowledgement, "show all", the request dialog's focus trap, Escape and
// focus return, visible focus), what a screen reader gets (roles and names from the
// accessibility tree, status changes in live regions), reflow at 320 CSS px and at 200 % zoom
// in the longest language, dark / forced colours / reduced motion, and the README's screenshots.
// Every text the test clicks or waits for comes from the translation files (messages()).
import { after, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startReceiver as spawnReceiver } from "./receiver.mjs";
import { setup, open, ready, axe, screenshot, messages, fill, LANGS, ARTIFACTS } from "./support.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DOCS = path.join(repo, "docs", "screenshots");
const LANGUAGES = ["en", "de", "el"];
const env = setup();

// The real receiver, started on first use: the site's origin (for CORS) exists only once
// setup()'s hook has run.
const receiver = {};
let starting = null;
function startReceiver() {
  starting ??= spawnReceiver({ GLASSBOX_ALLOWED_ORIGINS: env.servers.site }).then((r) => Object.assign(receiver, r));
  return starting;
}
after(async () => {
  await receiver.stop?.();
});
const endpoint = () => `${receiver.url}/v1/requests`;

/** languages.html (a banner notice with data-ack="required", the loan explanation, the form). */
async function openAll(lang, options = {}) {
  await startReceiver();
  const opened = await open(env, `/fixtures/languages.html?lang=${lang}&endpoint=${encodeURIComponent(endpoint())}`, options);
  await ready(opened.page);
  const m = await messages(lang);
  const { page } = opened;
  await page.locator("#notice").getByRole("button", { name: m["notice-ack"], exact: true }).waitFor();
  await page.locator("#explanation").getByRole("button", { name: showAll(m), exact: true }).waitFor();
  await page.locator("#rights").getByRole("button", { name: m["rights-submit"], exact: true }).waitFor();
  return { ...opened, m };
}

/** The explanation's "show all" label for the loan's 8 factors. */
const showAll = (m) => fill(m["explanation-show-all"], { count: 8 });

/**
 * a11y-variants.html: the inline and badge notices, an explanation still loading (its source
 * is held here until the page closes) and one whose source is a 404.
 */
async function openVariants(lang, options = {}) {
  let release;
  const held = new Promise((r) => (release = r));
  const opened = await open(env, `/fixtures/a11y-variants.html?lang=${lang}`, {
    ...options,
    route: (ctx) =>
      ctx.route("**/held/**", async (route) => {
        await held;
        await route.abort().catch(() => {});
      }),
  });
  await ready(opened.page);
  const m = await messages(lang);
  const { page } = opened;
  const sentence = fill(m["notice-sentence-named"], { system: "Aria" });
  for (const [variant, host] of [["inline", "#inline"], ["badge", "#badge"]]) {
    await page.locator(host).getByText(sentence, { exact: true }).waitFor();
    assert.equal(await page.locator(host).locator("section").getAttribute("data-variant"), variant);
  }
  await page.locator("#loading").getByText(m["explanation-loading"], { exact: true }).waitFor();
  await page.locator("#failed").getByText(m["explanation-failed"], { exact: true }).waitFor();
  await page.locator("#failed").getByRole("button", { name: m["explanation-retry"], exact: true }).waitFor();
  const close = async () => {
    release();
    await opened.context.close();
  };
  return { ...opened, m, close };
}

/**
 * Walks languages.html through every state, calling `check(label)` in each: the banner and
 * the explanation and the empty form; acknowledged; all factors; the form with errors; sending
 * (the POST held here); queued (that POST fails, the receiver is "unreachable"); acknowledged
 * by the real receiver (the outbox's retry gets through); the request dialog open. Asserts
 * that each status change lands in a live region as it goes.
 */
async function everyState(page, m, check) {
  const notice = page.locator("#notice");
  const explanation = page.locator("#explanation");
  const form = page.locator("#rights");
  await check("banner notice, explanation with all sections, empty form");

  await rememberLiveRegions(page);
  await notice.getByRole("button", { name: m["notice-ack"], exact: true }).click();
  await notice.getByText(m["notice-acked"], { exact: true }).waitFor();
  await assertAnnounced(page, "#notice", m["notice-acked"], { existedBefore: true });
  assert.equal(await notice.getByRole("button", { name: m["notice-ack"], exact: true }).count(), 0, "the acknowledge button is gone");
  assert.equal(await notice.locator("section").getAttribute("data-variant"), "banner");
  await check("notice acknowledged");

  await explanation.getByRole("button", { name: showAll(m), exact: true }).click();
  await explanation.getByRole("button", { name: m["explanation-show-fewer"], exact: true }).waitFor();
  assert.equal(await explanation.getByRole("table").getByRole("row").count(), 9, "header and all 8 factors");
  await check("all factors shown");

  await rememberLiveRegions(page);
  await form.getByRole("button", { name: m["rights-submit"], exact: true }).click();
  await form.getByText(m["rights-error-kinds"], { exact: true }).waitFor();
  await form.getByText(m["rights-error-email-required"], { exact: true }).waitFor();
  await assertAnnounced(page, "#rights", m["rights-errors"], { existedBefore: true });
  await check("form with errors");

  // The first POST is held until the check ran, then fails as if offline: queued. Retries
  // fail too until `online`.
  let release;
  const held = new Promise((r) => (release = r));
  let posts = 0;
  let online = false;
  await page.route(endpoint(), async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    posts += 1;
    if (posts === 1) await held;
    return online ? route.continue() : route.abort("internetdisconnected");
  });
  await form.getByRole("checkbox", { name: m["rights-kind-access"], exact: true }).check();
  await form.getByRole("textbox", { name: m["rights-email"], exact: true }).fill("ada@example.com");
  await rememberLiveRegions(page);
  await form.getByRole("button", { name: m["rights-submit"], exact: true }).click();
  await form.getByText(m["rights-sending"], { exact: true }).waitFor();
  await assertAnnounced(page, "#rights", m["rights-sending"], { existedBefore: true });
  await check("form sending");

  release();
  await form.getByRole("heading", { name: m["rights-queued-title"], exact: true }).waitFor();
  await assertAnnounced(page, "#rights", m["rights-queued-title"], { existedBefore: true });
  await check("form queued");

  online = true;
  const received = form.getByRole("heading", { name: m["rights-acknowledged-title"], exact: true });
  await received.waitFor({ timeout: 60_000 }); // the outbox retries after 2 s, 4 s, …
  await assertAnnounced(page, "#rights", m["rights-acknowledged-title"]);
  assert.equal(
    await page.evaluate(() => document.querySelector("#rights").shadowRoot.activeElement?.tagName),
    "H3",
    "focus moves to the acknowledgement, so it is read out",
  );
  await form.getByText(fill(m["rights-reference"], { reference: "" }).trim()).waitFor();
  await page.unroute(endpoint());
  await check("form acknowledged by the receiver");

  await notice.getByRole("button", { name: m["notice-rights"], exact: true }).click();
  const dialog = page.getByRole("dialog", { name: m["rights-title"], exact: true });
  await dialog.getByRole("button", { name: m["rights-submit"], exact: true }).waitFor();
  await check("request dialog open");
  await dialog.getByRole("button", { name: m["rights-close"], exact: true }).click();
  await dialog.waitFor({ state: "detached" });
}

// Live regions: a status change is announced when its text appears inside role=status/alert
// (or aria-live) — and reliably only if that region was already in the page before the text.

/** Remembers the live regions of every shadow root present now. */
function rememberLiveRegions(page) {
  return page.evaluate(() => {
    window.__liveBefore = new Set();
    for (const host of document.querySelectorAll("[data-glassbox], [data-glassbox-dialog]")) {
      for (const el of host.shadowRoot?.querySelectorAll("[role=status], [role=alert], [role=log], [aria-live]") ?? []) {
        window.__liveBefore.add(el);
      }
    }
  });
}

/** Asserts that `text` is shown in `host` inside a live region (that existed before, if asked). */
async function assertAnnounced(page, host, text, { existedBefore = false } = {}) {
  const found = await page.evaluate(
    ([host, text]) => {
      const root = document.querySelector(host).shadowRoot;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n; (n = walker.nextNode()); ) {
        if (!n.data.includes(text)) continue;
        for (let e = n.parentElement; e; e = e.parentElement) {
          const role = e.getAttribute("role");
          const live = e.getAttribute("aria-live");
          if (["status", "alert", "log"].includes(role) || (live && live !== "off")) {
            const hidden = e.closest("[aria-hidden=true]") !== null || getComputedStyle(e).display === "none";
            return { region: role ? `role=${role}` : `aria-live=${live}`, hidden, existed: window.__liveBefore?.has(e) ?? false };
          }
        }
        return { region: null };
      }
      return null;
    },
    [host, text],
  );
  assert.ok(found, `"${text}" is shown in ${host}`);
  assert.ok(found.region, `"${text}" is inside a live region (role=status/alert or aria-live)`);
  assert.equal(found.hidden, false, `the live region of "${text}" is exposed`);
  if (existedBefore) assert.equal(found.existed, true, `the live region of "${text}" was in the page before the text changed`);
}

test("axe: zero WCAG 2.1 A/AA violations in every state of every component, in en, de and el", async () => {
  for (const lang of LANGUAGES) {
    const variants = await openVariants(lang);
    await axe(variants.page, `${lang}: inline and badge notices, explanation loading and failed`);
    assert.deepEqual(variants.log.pageErrors, []);
    await variants.close();

    const { context, page, m, log } = await openAll(lang);
    await everyState(page, m, (state) => axe(page, `${lang}: ${state}`));
    assert.deepEqual(log.pageErrors, [], `${lang}: no exception`);
    await context.close();
  }
});

// --- Keyboard ----------------------------------------------------------------------------------

/** The element that has focus, through open shadow roots, described for assertions. */
function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    let host = null;
    while (el?.shadowRoot?.activeElement) {
      host = el;
      el = el.shadowRoot.activeElement;
    }
    if (!el || el === document.body || el === document.documentElement) return { where: "none" };
    const style = getComputedStyle(el);
    const dialogHost = host?.hasAttribute("data-glassbox-dialog") ? host : null;
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 && !/rgba\(.*,\s*0\)$/.test(style.outlineColor);
    return {
      where: dialogHost ? "dialog" : host ? `#${host.id}` : "page",
      tag: el.tagName,
      id: el.id,
      text: (el.textContent || "").trim(),
      label: el.labels?.[0]?.textContent?.trim() ?? null,
      focusVisible: el.matches(":focus-visible"),
      indicator: outline || style.boxShadow !== "none",
      style: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}`,
    };
  });
}

function assertFocusVisible(f, what) {
  assert.equal(f.focusVisible, true, `${what}: keyboard focus matches :focus-visible`);
  assert.equal(f.indicator, true, `${what}: focus is visible (${f.style})`);
}

/** Presses `key` until `pred(focused)` holds; fails after `max` presses. */
async function pressUntil(page, key, pred, max, what) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (pred(f)) return f;
  }
  assert.fail(`${what} is not reachable with ${key} (${max} presses)`);
}

/** Every control in the open dialog that Tab should visit, in order, as {tag, id, text}. */
function dialogControls(page) {
  return page.evaluate(() => {
    const root = document.querySelector("[data-glassbox-dialog]").shadowRoot;
    const dialog = root.querySelector("dialog[open]");
    return [...dialog.querySelectorAll("a[href], button, input, textarea, select, [tabindex]")]
      .filter((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0)
      .map((el) => ({ tag: el.tagName, id: el.id, text: (el.textContent || "").trim() }));
  });
}

const sameControl = (a, b) => a.tag === b.tag && a.id === b.id && a.text === b.text;

/**
 * Presses Tab (or Shift+Tab) `presses` times in the open dialog and asserts that focus never
 * reaches the page behind it. A native modal <dialog> makes the page inert; after the last
 * control, focus goes to the browser's own interface (in a headed browser the address bar;
 * headless, nothing has focus) and the next press comes back into the dialog: the cycle has
 * no stop on the page. Returns the sequence of focused controls.
 */
async function cycle(page, key, presses) {
  const seen = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    assert.ok(["dialog", "none"].includes(f.where), `${key} #${i + 1} left the dialog: ${JSON.stringify(f)}`);
    if (f.where === "dialog") assertFocusVisible(f, `${key} on ${f.tag}#${f.id} "${f.text.slice(0, 30)}"`);
    seen.push(f);
  }
  return seen;
}

test("keyboard only: acknowledge, show all, the request dialog traps focus, Escape closes it and focus returns; focus is visible", async () => {
  for (const lang of LANGUAGES) {
    const { context, page, m, log } = await openAll(lang);
    const input = page.locator("#chat-input");
    assert.equal(await input.isDisabled(), true, `${lang}: the input waits for the acknowledgement`);

    // The acknowledgement.
    const ack = await pressUntil(page, "Tab", (f) => f.where === "#notice" && f.text === m["notice-ack"], 12, `${lang}: "${m["notice-ack"]}"`);
    assertFocusVisible(ack, `${lang}: acknowledge button`);
    await page.keyboard.press("Enter");
    await page.locator("#notice").getByText(m["notice-acked"], { exact: true }).waitFor();
    assert.equal(await input.isDisabled(), false, `${lang}: input enabled`);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "chat-input", `${lang}: focus moves to the input`);

    // "Show all" factors.
    const toggle = await pressUntil(page, "Tab", (f) => f.where === "#explanation" && f.text === showAll(m), 12, `${lang}: "${showAll(m)}"`);
    assertFocusVisible(toggle, `${lang}: show all`);
    await page.keyboard.press("Enter");
    const fewer = page.locator("#explanation").getByRole("button", { name: m["explanation-show-fewer"], exact: true });
    await fewer.waitFor();
    assert.equal(await fewer.getAttribute("aria-expanded"), "true");
    assert.equal(await page.locator("#explanation").getByRole("table").getByRole("row").count(), 9, `${lang}: all 8 factors`);
    const after = await focused(page);
    assert.equal(after.text, m["explanation-show-fewer"], `${lang}: focus stays on the toggle`);
    assertFocusVisible(after, `${lang}: toggle after Enter`);

    // Back to the notice's "Your rights" (Shift+Tab), which opens the dialog.
    const opener = await pressUntil(page, "Shift+Tab", (f) => f.where === "#notice" && f.text === m["notice-rights"], 30, `${lang}: "${m["notice-rights"]}"`);
    assertFocusVisible(opener, `${lang}: rights button`);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: m["rights-title"], exact: true });
    await dialog.getByRole("button", { name: m["rights-close"], exact: true }).waitFor();
    const first = await focused(page);
    assert.equal(first.where, "dialog", `${lang}: focus moves into the dialog`);

    const controls = await dialogControls(page);
    assert.ok(controls.length >= 8, `${lang}: the dialog's controls (${controls.length})`);
    for (const key of ["Tab", "Shift+Tab"]) {
      // Twice round, plus the stops outside the controls (the browser's interface, the dialog).
      const seen = await cycle(page, key, 2 * (controls.length + 2));
      for (const c of controls) {
        assert.ok(seen.some((f) => sameControl(f, c)), `${lang}: ${key} reaches ${c.tag}#${c.id} "${c.text.slice(0, 30)}"`);
      }
      const order = seen.filter((f) => controls.some((c) => sameControl(f, c)));
      const expected = key === "Tab" ? controls : [...controls].reverse();
      const start = expected.findIndex((c) => sameControl(c, order[0]));
      for (let i = 0; i < order.length; i++) {
        assert.ok(sameControl(order[i], expected[(start + i) % expected.length]), `${lang}: ${key} goes round in order (step ${i + 1})`);
      }
      assert.ok(order.length > controls.length, `${lang}: ${key} came back round to the first control`);
    }

    // Escape closes it; focus returns to "Your rights".
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    const back = await focused(page);
    assert.equal(back.where, "#notice", `${lang}: focus returns to the notice`);
    assert.equal(back.text, m["notice-rights"], `${lang}: focus returns to the opener`);
    assertFocusVisible(back, `${lang}: the opener after the dialog closed`);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  }
});

// --- Screen readers -----------------------------------------------------------------------------

/**
 * Reads Playwright's aria snapshot (YAML: `- role "name" [attrs]: …`) into {role, name, attrs}.
 * Keys YAML had to quote ('…' or "…") are unquoted first.
 */
function ariaNodes(yaml) {
  const nodes = [];
  for (const raw of yaml.split("\n")) {
    let line = raw.trim();
    if (!line.startsWith("- ")) continue;
    line = line.slice(2);
    if (line.startsWith("'")) {
      const close = findSingleQuoteEnd(line);
      line = line.slice(1, close).replaceAll("''", "'") + line.slice(close + 1);
    } else if (line.startsWith('"')) {
      const q = /^"((?:[^"\\]|\\.)*)"/.exec(line);
      line = JSON.parse(q[0]) + line.slice(q[0].length);
    }
    const m = /^([a-z]+)(?: "((?:[^"\\]|\\.)*)")?((?: \[[^\]]*\])*)(?::.*)?$/.exec(line);
    if (m) nodes.push({ role: m[1], name: m[2] === undefined ? "" : JSON.parse(`"${m[2]}"`), attrs: m[3].trim() });
  }
  return nodes;
}

function findSingleQuoteEnd(line) {
  for (let i = 1; i < line.length; i++) {
    if (line[i] !== "'") continue;
    if (line[i + 1] === "'") {
      i += 1;
      continue;
    }
    return i;
  }
  throw new Error(`unterminated quote in aria snapshot line: ${line}`);
}

/**
 * Asserts that the snapshot has a node with this role and exact accessible name (and, when
 * given, exactly these states, e.g. "[level=2]", "[checked]", "[expanded]" or "" for none).
 */
function assertNode(yaml, role, name, attrs) {
  const nodes = ariaNodes(yaml);
  const hit = nodes.find((n) => n.role === role && n.name === name && (attrs === undefined || n.attrs === attrs));
  assert.ok(hit, `${role} "${name}"${attrs !== undefined ? ` with states "${attrs}"` : ""} in the accessibility tree:\n${yaml}`);
}

test("screen readers: roles and names in the accessibility tree (de, el), status changes in live regions", async () => {
  // ariaSnapshot reads the accessibility tree through open shadow roots: the notice's region
  // is inside #notice's shadow root, not in the light DOM.
  {
    const { context, page } = await openAll("de");
    assert.equal(await page.locator("#notice > section").count(), 0, "the notice is in a shadow root");
    assert.match(await page.locator("#notice").ariaSnapshot(), /region "/, "ariaSnapshot pierces the shadow root");
    await context.close();
  }
  for (const lang of ["de", "el"]) {
    const { context, page, m, log } = await openAll(lang);
    const notice = await page.locator("#notice").ariaSnapshot();
    assertNode(notice, "region", m["notice-region-label"]);
    assertNode(notice, "paragraph", "");
    assert.ok(notice.includes(fill(m["notice-sentence-named"], { system: "Aria" })), `${lang}: the sentence is read:\n${notice}`);
    assertNode(notice, "button", m["notice-ack"]);
    assertNode(notice, "button", m["notice-human"]);
    assertNode(notice, "link", m["notice-more-info"]);
    assertNode(notice, "link", m["notice-privacy"]);
    assertNode(notice, "button", m["notice-rights"]);
    assertNode(notice, "status", "");
    // The "AI" badge beside the sentence is decoration (aria-hidden): the region's name says it.
    assert.doesNotMatch(notice, /^\s*- text: AI$/m, `${lang}: the decorative "AI" icon is hidden`);

    const explanation = await page.locator("#explanation").ariaSnapshot();
    assertNode(explanation, "region", m["explanation-region-label"]);
    assertNode(explanation, "heading", m["explanation-title"], "[level=2]");
    assertNode(explanation, "heading", m["explanation-factors"], "[level=3]");
    assertNode(explanation, "table", m["explanation-factors-caption"]);
    assertNode(explanation, "columnheader", m["explanation-factor"]);
    assertNode(explanation, "columnheader", m["explanation-your-value"]);
    assertNode(explanation, "columnheader", m["explanation-weight"]);
    assertNode(explanation, "rowheader", "Existing monthly debt repayments");
    assertNode(explanation, "button", showAll(m), ""); // collapsed: no [expanded]
    for (const id of ["explanation-logic", "explanation-data", "explanation-significance", "explanation-consequences", "explanation-role"]) {
      assertNode(explanation, "heading", m[id], "[level=3]");
    }
    assertNode(explanation, "button", m["explanation-request-review"]);
    await page.locator("#explanation").getByRole("button", { name: showAll(m), exact: true }).click();
    const expanded = await page.locator("#explanation").ariaSnapshot();
    assertNode(expanded, "button", m["explanation-show-fewer"], "[expanded]");
    assert.equal(ariaNodes(expanded).filter((n) => n.role === "row").length, 9, `${lang}: the table has all 8 factors`);
    // The drawn chart is hidden from screen readers (its weights read "strong -0,42 against you");
    // the table says it once, the weight in words first ("strong, -0,42 (against you)").
    const escape = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const against = escape(m["explanation-against-you"]);
    const strong = escape(m["explanation-weight-strong"]);
    assert.match(explanation, new RegExp(`cell "${strong}, [-−]0[.,]42 \\(${against}\\)"`), `${lang}: the weight in words and numbers in the table`);
    assert.doesNotMatch(explanation, new RegExp(`\\d ${against}`), `${lang}: the drawn chart is not read`);

    const form = await page.locator("#rights").ariaSnapshot();
    assertNode(form, "region", m["rights-title"]);
    assertNode(form, "heading", m["rights-title"], "[level=2]");
    assertNode(form, "group", m["rights-kinds-legend"]);
    for (const id of ["rights-kind-access", "rights-kind-rectification", "rights-kind-erasure", "rights-kind-objection", "rights-objection-marketing"]) {
      assertNode(form, "checkbox", m[id]);
    }
    assertNode(form, "textbox", m["rights-email"]);
    assertNode(form, "textbox", m["rights-name"]);
    assertNode(form, "button", m["rights-submit"]);

    // Errors: tied to their fields (aria-invalid, the description names the error).
    await rememberLiveRegions(page);
    await page.locator("#rights").getByRole("button", { name: m["rights-submit"], exact: true }).click();
    await page.locator("#rights").getByText(m["rights-error-email-required"], { exact: true }).waitFor();
    await assertAnnounced(page, "#rights", m["rights-errors"], { existedBefore: true });
    const email = page.locator("#rights").getByRole("textbox", { name: m["rights-email"], exact: true });
    assert.equal(await email.getAttribute("aria-invalid"), "true");
    const description = await email.evaluate((el) =>
      (el.getAttribute("aria-describedby") || "").split(/\s+/).map((id) => el.getRootNode().getElementById(id)?.textContent ?? "").join(" "),
    );
    assert.ok(description.includes(m["rights-error-email-required"]), `${lang}: the email field's description has its error: ${description}`);
    assert.ok(description.includes(m["rights-email-hint"]), `${lang}: and its hint: ${description}`);

    // The acknowledgement, from the real receiver, in a live region and focused.
    await page.locator("#rights").getByRole("checkbox", { name: m["rights-kind-erasure"], exact: true }).check();
    await email.fill("grace@example.com");
    await rememberLiveRegions(page);
    await page.locator("#rights").getByRole("button", { name: m["rights-submit"], exact: true }).click();
    await page.locator("#rights").getByRole("heading", { name: m["rights-acknowledged-title"], exact: true }).waitFor({ timeout: 20_000 });
    await assertAnnounced(page, "#rights", m["rights-acknowledged-title"]);
    const acked = await page.locator("#rights").ariaSnapshot();
    assertNode(acked, "status", "");
    assertNode(acked, "heading", m["rights-acknowledged-title"], "[level=3]");
    assertNode(acked, "link", m["rights-receipt"]);

    // The notice's acknowledgement.
    await rememberLiveRegions(page);
    await page.locator("#notice").getByRole("button", { name: m["notice-ack"], exact: true }).click();
    await page.locator("#notice").getByText(m["notice-acked"], { exact: true }).waitFor();
    await assertAnnounced(page, "#notice", m["notice-acked"], { existedBefore: true });

    // The request dialog, opened through the API, is a modal dialog named by its title.
    assert.equal(await page.evaluate(() => window.Glassbox.openRequest("access")), true);
    const dialog = page.getByRole("dialog", { name: m["rights-title"], exact: true });
    await dialog.getByRole("button", { name: m["rights-close"], exact: true }).waitFor();
    const modal = await dialog.ariaSnapshot();
    assertNode(modal, "dialog", m["rights-title"]);
    assertNode(modal, "checkbox", m["rights-kind-access"], "[checked]");
    assertNode(modal, "textbox", m["rights-email"]);
    assertNode(modal, "button", m["rights-close"]);
    assert.equal(await page.evaluate(() => document.querySelector("[data-glassbox-dialog]").shadowRoot.querySelector("dialog").matches(":modal")), true, "modal");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  }
});

// --- Layout: 320 px and 200 % zoom ---------------------------------------------------------------

/** Total length of the notice's and the form's strings (what most has to fit). */
async function textLength(lang) {
  const m = await messages(lang);
  return Object.entries(m)
    .filter(([id]) => id.startsWith("notice-") || id.startsWith("rights-"))
    .reduce((sum, [, text]) => sum + text.length, 0);
}

async function longestLanguage() {
  let best = null;
  for (const lang of LANGS) {
    const length = await textLength(lang);
    if (!best || length > best.length) best = { lang, length };
  }
  return best;
}

/**
 * What does not reflow: the page scrolling sideways, an element inside a shadow root that hides
 * or scrolls its overflow (text cut off or a second scroll bar), a text box outside its widget
 * (the host, or the open dialog) or outside the viewport. Visually hidden text (the factor
 * table for screen readers: clipped on purpose) is skipped.
 */
function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    if (document.documentElement.scrollWidth > innerWidth) {
      problems.push(`the page scrolls sideways: scrollWidth ${document.documentElement.scrollWidth} > innerWidth ${innerWidth}`);
    }
    const visuallyHidden = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.position === "absolute" && (s.clip !== "auto" || s.clipPath !== "none") && e.offsetWidth <= 1) return true;
      }
      return false;
    };
    const describe = (el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${String(el.className?.baseVal ?? el.className).replaceAll(" ", ".")} "${(el.textContent || "").trim().slice(0, 40)}"`;
    for (const host of document.querySelectorAll("[data-glassbox], [data-glassbox-dialog]")) {
      const root = host.shadowRoot;
      if (!root) continue;
      const name = host.id ? `#${host.id}` : "dialog";
      const dialog = root.querySelector("dialog[open]");
      if (host.hasAttribute("data-glassbox-dialog") && !dialog) continue;
      const box = (dialog || host).getBoundingClientRect();
      for (const el of root.querySelectorAll("*")) {
        if (["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName) || el instanceof SVGElement || visuallyHidden(el)) continue;
        const s = getComputedStyle(el);
        if (s.display === "none") continue;
        if (el.scrollWidth > el.clientWidth + 1 && /hidden|clip|auto|scroll/.test(s.overflowX)) {
          problems.push(`${name}: ${describe(el)} overflows sideways (${el.scrollWidth} > ${el.clientWidth}, overflow-x: ${s.overflowX})`);
        }
        if (el !== dialog && el.scrollHeight > el.clientHeight + 1 && /hidden|clip/.test(s.overflowY)) {
          problems.push(`${name}: ${describe(el)} cuts off text (${el.scrollHeight} > ${el.clientHeight}, overflow-y: ${s.overflowY})`);
        }
      }
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n; (n = walker.nextNode()); ) {
        if (!n.data.trim() || !n.parentElement || visuallyHidden(n.parentElement)) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) {
          if (r.width === 0 && r.height === 0) continue;
          const sideways = r.left < box.left - 1 || r.right > box.right + 1 || r.left < -1 || r.right > innerWidth + 1;
          // The dialog scrolls vertically (its content may be taller than the screen).
          const vertical = !dialog && (r.top < box.top - 1 || r.bottom > box.bottom + 1);
          if (sideways || vertical) {
            problems.push(`${name}: text "${n.data.trim().slice(0, 40)}" at [${Math.round(r.left)}, ${Math.round(r.right)}]×[${Math.round(r.top)}, ${Math.round(r.bottom)}] is outside [${Math.round(box.left)}, ${Math.round(box.right)}]×[${Math.round(box.top)}, ${Math.round(box.bottom)}]`);
            break;
          }
        }
      }
    }
    return problems;
  });
}

test("reflow: the longest language at 320 CSS px and at 200 % zoom, no sideways scrolling, no clipped text", async () => {
  const longest = await longestLanguage();
  for (const lang of LANGS) assert.ok((await textLength(lang)) <= longest.length);
  // 200 % browser zoom of a 1280×800 window lays the page out in 640×400 CSS px with two
  // device pixels per CSS pixel (window.devicePixelRatio 2, media queries see 640 px) — which
  // is what a 640×400 viewport with deviceScaleFactor 2 emulates. (WCAG 1.4.4 / 1.4.10.)
  const screens = [
    ["320 px", { viewport: { width: 320, height: 640 } }],
    ["200 % zoom", { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }],
  ];
  for (const [screen, options] of screens) {
    const where = `${longest.lang} at ${screen}`;
    const variants = await openVariants(longest.lang, options);
    assert.equal(await variants.page.evaluate(() => innerWidth), options.viewport.width);
    assert.equal(await variants.page.evaluate(() => devicePixelRatio), options.deviceScaleFactor ?? 1);
    assert.deepEqual(await layoutProblems(variants.page), [], `${where}: inline and badge notices, explanation loading and failed`);
    await variants.close();

    const { context, page, m } = await openAll(longest.lang, options);
    await everyState(page, m, async (state) => assert.deepEqual(await layoutProblems(page), [], `${where}: ${state}`));
    await context.close();
  }

  // The form alone on a 320 px phone, for the README.
  const m = await messages(longest.lang);
  const { context, page: phone } = await open(env, `/fixtures/a11y-form.html?lang=${longest.lang}&endpoint=${encodeURIComponent(endpoint())}`, {
    viewport: { width: 320, height: 640 },
  });
  await ready(phone);
  await phone.locator("#rights").getByRole("button", { name: m["rights-submit"], exact: true }).waitFor();
  assert.deepEqual(await layoutProblems(phone), [], `${longest.lang}: the form alone at 320 px`);
  await saveScreenshot(phone, `form-320-${longest.lang}`);
  await context.close();
});

// --- Reduced motion, dark, forced colours --------------------------------------------------------

/** Text whose colour is too close to the background it is drawn on (WCAG contrast ratio). */
function illegibleText(page) {
  return page.evaluate(() => {
    const probe = document.createElement("div");
    probe.style.cssText = "background-color: Canvas; color: CanvasText";
    document.body.append(probe);
    const canvas = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const parse = (c) => {
      let m = /^rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:,?\s*\/?\s*([\d.]+))?\)$/.exec(c);
      if (m) return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
      m = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(c);
      if (m) return [m[1] * 255, m[2] * 255, m[3] * 255, m[4] === undefined ? 1 : +m[4]];
      throw new Error(`cannot read the colour ${c}`);
    };
    const over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
    const luminance = ([r, g, b]) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a, b) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    // The background an element is drawn on: its own or its nearest painted ancestor's
    // (through shadow roots to the host page), on the canvas.
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement || e.getRootNode().host) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      return layers.reduceRight((under, top) => over(top, under), parse(canvas));
    };
    const problems = [];
    let checked = 0;
    for (const host of document.querySelectorAll("[data-glassbox], [data-glassbox-dialog]")) {
      const root = host.shadowRoot;
      if (!root) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n; (n = walker.nextNode()); ) {
        const el = n.parentElement;
        if (!n.data.trim() || !el || el.getClientRects().length === 0 || el.closest("[aria-hidden=true]") && !el.closest(".gb-chart-rows")) continue;
        const s = getComputedStyle(el);
        if (s.visibility !== "visible" || (s.position === "absolute" && s.clip !== "auto")) continue;
        const bg = background(el);
        const fg = over(parse(s.color), bg);
        const large = parseFloat(s.fontSize) >= 24 || (parseFloat(s.fontSize) >= 18.66 && Number(s.fontWeight) >= 700);
        const need = large ? 3 : 4.5;
        const got = ratio(fg, bg);
        checked += 1;
        if (got < need) problems.push(`#${host.id || "dialog"} "${n.data.trim().slice(0, 40)}": ${s.color} on ${bg.map(Math.round).join(",")} = ${got.toFixed(2)}:1 < ${need}:1`);
      }
    }
    return { problems, checked };
  });
}

test("de with reduced motion, dark colour scheme and forced colours: axe passes and text stays legible", async () => {
  const modes = [
    ["reduced motion", { reducedMotion: "reduce" }, "(prefers-reduced-motion: reduce)"],
    ["dark", { colorScheme: "dark" }, "(prefers-color-scheme: dark)"],
    ["forced colours", { forcedColors: "active" }, "(forced-colors: active)"],
  ];
  for (const [mode, options, query] of modes) {
    const check = async (page, state) => {
      await axe(page, `de, ${mode}: ${state}`);
      const { problems, checked } = await illegibleText(page);
      assert.ok(checked > 5, `de, ${mode}: text was checked (${checked})`);
      assert.deepEqual(problems, [], `de, ${mode}: ${state}: text legible`);
      if (mode === "reduced motion") {
        const moving = await page.evaluate(() =>
          [...document.querySelectorAll("[data-glassbox], [data-glassbox-dialog]")].flatMap((h) =>
            [...(h.shadowRoot?.querySelectorAll("*") ?? [])]
              .filter((el) => {
                const s = getComputedStyle(el);
                return s.animationName !== "none" || s.transitionDuration.split(",").some((d) => parseFloat(d) > 0);
              })
              .map((el) => el.className),
          ),
        );
        assert.deepEqual(moving, [], `de, ${mode}: ${state}: nothing moves`);
      }
    };
    const variants = await openVariants("de", options);
    assert.equal(await variants.page.evaluate((q) => matchMedia(q).matches, query), true, `${mode} is emulated`);
    await check(variants.page, "inline and badge notices, explanation loading and failed");
    await variants.close();

    const { context, page, m } = await openAll("de", options);
    if (mode === "dark") {
      // The widget follows the scheme: a dark background behind light text.
      const [bg, fg] = await page.locator("#notice section").evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
      const level = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number).reduce((a, b) => a + b) / 3;
      assert.ok(level(bg) < 80 && level(fg) > 180, `dark notice: ${fg} on ${bg}`);
    }
    await everyState(page, m, (state) => check(page, state));
    await screenshot(page, `a11y-de-${mode.replaceAll(" ", "-")}`);
    await context.close();
  }
});

// --- Screenshots for the README ------------------------------------------------------------------

/** Saves a full-page screenshot (artifacts) and copies it to docs/screenshots/. */
async function saveScreenshot(page, name) {
  await screenshot(page, name);
  await fs.mkdir(DOCS, { recursive: true });
  await fs.copyFile(path.join(ARTIFACTS, `${name}.png`), path.join(DOCS, `${name}.png`));
}

test("screenshots: the notice banner in de, el, pl and fi", async () => {
  for (const lang of ["de", "el", "pl", "fi"]) {
    const m = await messages(lang);
    const { context, page } = await open(env, `/fixtures/languages.html?lang=${lang}`, { viewport: { width: 800, height: 600 } });
    await ready(page);
    const notice = page.locator("#notice");
    await notice.getByText(fill(m["notice-sentence-named"], { system: "Aria" }), { exact: true }).waitFor();
    await notice.getByRole("button", { name: m["notice-ack"], exact: true }).waitFor();
    const name = `notice-${lang}`;
    // The full page in the artifacts; the notice alone, clipped tight, for the README.
    await screenshot(page, `${name}-page`);
    await notice.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
    await fs.copyFile(path.join(ARTIFACTS, `${name}.png`), path.join(DOCS, `${name}.png`));
    const { size } = await fs.stat(path.join(DOCS, `${name}.png`));
    assert.ok(size > 5_000, `${name}.png has content (${size} B)`);
    await context.close();
  }
});
