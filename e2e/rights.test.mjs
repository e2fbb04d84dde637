// End-to-end tests of the data-subject request form against the REAL receiver
// (target/debug/glassbox-receiver) on 127.0.0.1 with a temporary SQLite file: each kind's
// JSON as stored, keyboard-only completion, axe in every state, the outbox (offline → queued →
// delivered once, also after a reload), double clicks, a 422 shown at its field, and the dialogs
// opened from the notice, the explanation and Glassbox.openRequest.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startReceiver as spawnReceiver } from "./receiver.mjs";
import { setup, open, ready, axe, screenshot } from "./support.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TOKEN = "e2e-admin-token-0123456789abcdef0123";
const env = setup();
const receiver = {};

// Started on first use, inside a test: the site's origin (for CORS) exists only once setup()'s
// hook has run.
let starting = null;
function startReceiver() {
  starting ??= launchReceiver();
  return starting;
}

async function launchReceiver() {
  const started = await spawnReceiver({
    GLASSBOX_ADMIN_TOKEN: TOKEN,
    GLASSBOX_ALLOWED_ORIGINS: env.servers.site,
    GLASSBOX_DIST_DIR: path.join(repo, "dist"),
    GLASSBOX_DEMO_DIR: path.join(repo, "demo"),
  });
  receiver.url = started.url;
  receiver.stop = started.stop;
}

after(async () => {
  await receiver.stop?.();
});

const endpoint = () => `${receiver.url}/v1/requests`;
const page_url = (rights) =>
  `/fixtures/rights.html?endpoint=${encodeURIComponent(endpoint())}` + (rights ? `&rights=${encodeURIComponent(rights)}` : "");

async function admin(pathname) {
  const res = await fetch(`${receiver.url}/v1/admin${pathname}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(res.status, 200, `admin ${pathname}`);
  return res.json();
}

/** Every stored request with this id (the receiver's register). */
async function stored(id) {
  const list = await admin("/requests?limit=500");
  return list.items.filter((r) => r.id === id);
}

/** The form inside #rights (or a dialog) as a Playwright locator root. */
function form(page, host = "#rights") {
  return page.locator(host);
}

async function openForm(env, rights) {
  await startReceiver();
  const opened = await open(env, page_url(rights));
  await ready(opened.page);
  await form(opened.page).getByRole("button", { name: "Send the request" }).waitFor();
  return opened;
}

/** Resolves with the detail of the next `name` event on the document. */
function nextEvent(page, name) {
  return page.evaluate((n) => new Promise((r) => document.addEventListener(n, (e) => r(e.detail), { once: true })), name);
}

async function acknowledged(page) {
  const ack = form(page).getByRole("heading", { name: "Your request was received" });
  await ack.waitFor({ timeout: 20_000 });
  const text = await form(page).locator(".gb-reference").textContent();
  return text.replace("Reference: ", "").trim();
}

const FILL = {
  access: [["Which data or processing is it about?", "My chat transcripts"], ["Preferred format of the copy", "PDF"]],
  rectification: [["What is wrong or incomplete?", "My postal address"], ["What is the correct value?", "2 Rue Exemple"]],
  erasure: [["Why (optional)", "I closed my account"]],
  objection: [
    ["Which other use of your data do you object to?", "Profiling for offers"],
    ["Your particular situation (optional)", "I care for a relative; the offers cause me distress."],
  ],
  restriction: [["Why (optional)", "I contest the accuracy"]],
  portability: [["Preferred format (for example JSON or CSV)", "JSON"]],
  "human-review": [["Reference of the decision", "LN-2026-0042"], ["Your point of view on the decision", "My income rose in March."]],
};
const EXPECT = {
  access: { scope: "My chat transcripts", format: "PDF" },
  rectification: { what_is_wrong: "My postal address", correct_value: "2 Rue Exemple" },
  erasure: { ground: "I closed my account" },
  objection: {
    purpose: "Profiling for offers",
    particular_situation: "I care for a relative; the offers cause me distress.",
    direct_marketing: true,
  },
  restriction: { ground: "I contest the accuracy" },
  portability: { format: "JSON" },
  "human-review": { decision_ref: "LN-2026-0042", point_of_view: "My income rose in March." },
};
const LABEL = {
  access: /Right of access/,
  rectification: /Right to rectification/,
  erasure: /Right to erasure/,
  objection: /Right to object/,
  restriction: /Right to restriction/,
  portability: /Right to data portability/,
  "human-review": /review an automated decision/,
};

test("each kind is delivered to the real receiver and stored as the JSON the person typed", async () => {
  const all = Object.keys(FILL).join(" ");
  for (const kind of Object.keys(FILL)) {
    const { context, page, log } = await openForm(env, all);
    const f = form(page);
    await f.getByRole("checkbox", { name: LABEL[kind] }).check();
    for (const [label, value] of FILL[kind]) await f.getByLabel(label, { exact: true }).fill(value);
    if (kind === "objection") await f.getByRole("checkbox", { name: "I object to the use of my data for direct marketing" }).check();
    await f.getByLabel("Your email address (required)").fill(`ada+${kind}@example.com`);
    const submitted = nextEvent(page, "glassbox:request-submitted");
    await f.getByRole("button", { name: "Send the request" }).click();
    const reference = await acknowledged(page);
    const detail = await submitted;
    assert.deepEqual(detail, { reference, kinds: [kind] }, "the event carries the reference and kinds only");
    const view = await admin(`/requests/${encodeURIComponent(reference)}`);
    const payload = view.request.payload;
    assert.equal(payload.schema, "glassbox.request/v1");
    assert.deepEqual(payload.kinds, [kind]);
    assert.deepEqual(payload.requester, { email: `ada+${kind}@example.com` });
    assert.deepEqual(payload.details, { [kind]: EXPECT[kind] });
    assert.equal(payload.lang, "en");
    assert.equal(payload.context.page, `${env.servers.site}/fixtures/rights.html`, "the page without its query (tokens live there)");
    assert.equal((await stored(payload.id)).length, 1);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  }
});

test("keyboard only: choose rights, type the email, send; the acknowledgement has reference, due date and a receipt", async () => {
  const { context, page } = await openForm(env);
  const f = form(page);
  await f.getByRole("checkbox", { name: LABEL.access }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space"); // erasure
  let onEmail = false;
  for (let i = 0; i < 20 && !onEmail; i++) {
    await page.keyboard.press("Tab");
    onEmail = await page.evaluate(() => document.querySelector("#rights").shadowRoot.activeElement?.id === "gb-email");
  }
  assert.ok(onEmail, "the email field is reachable with Tab");
  await page.keyboard.type("grace@example.com");
  await page.keyboard.press("Enter");
  const reference = await acknowledged(page);
  assert.match(reference, /\S+/);
  assert.equal(await page.evaluate(() => document.querySelector("#rights").shadowRoot.activeElement?.textContent), "Your request was received", "focus moves to the acknowledgement");
  const view = await admin(`/requests/${encodeURIComponent(reference)}`);
  assert.deepEqual(view.request.payload.kinds, ["access", "erasure"]);
  // Dates through Intl, in the page's language: "December 29, 2026".
  const due = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(new Date(view.request.due_by));
  assert.ok(await f.getByText(`Answer due by ${due} at the latest`).isVisible(), due);
  assert.ok(await f.getByText(/^Received: [A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d\d\s?[AP]M$/).isVisible());
  const receipt = f.getByRole("link", { name: "Download a receipt" });
  assert.equal(await receipt.getAttribute("download"), `receipt-${reference}.txt`);
  const text = decodeURIComponent((await receipt.getAttribute("href")).replace("data:text/plain;charset=utf-8,", ""));
  assert.ok(text.includes(`Reference: ${reference}`) && text.includes("Rights exercised: access, erasure"));
  assert.ok(await f.getByRole("link", { name: "Follow your request" }).getAttribute("href"));
  await axe(page, "acknowledged");
  await screenshot(page, "rights-acknowledged");
  await context.close();
});

test("errors are tied to their fields, focus goes to the first, and axe passes empty, with errors and while sending", async () => {
  const { context, page, log } = await openForm(env);
  const f = form(page);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).length), 0, "nothing stored on load");
  await axe(page, "empty");
  await screenshot(page, "rights-empty");
  await f.getByRole("button", { name: "Send the request" }).click();
  await f.getByText("Choose at least one right.").waitFor();
  assert.ok(await f.getByText("Enter your email address.").isVisible());
  assert.equal(await page.evaluate(() => document.querySelector("#rights").shadowRoot.activeElement?.id), "gb-kind-access", "focus on the first error");
  const email = f.getByLabel("Your email address (required)");
  assert.equal(await email.getAttribute("aria-invalid"), "true");
  assert.equal(await email.getAttribute("aria-describedby"), "gb-email-hint gb-email-error");
  await axe(page, "errors");
  await screenshot(page, "rights-errors");

  // Sending: hold the request until axe has looked.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(endpoint(), async (route) => {
    await held;
    await route.continue();
  });
  await f.getByRole("checkbox", { name: LABEL.access }).check();
  await email.fill("ada@example.com");
  await f.getByRole("button", { name: "Send the request" }).click();
  await f.getByText("Sending your request…").waitFor();
  await axe(page, "sending");
  release();
  await acknowledged(page);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("offline: queued in the outbox, retried, delivered exactly once when the receiver is reachable again", async () => {
  const { context, page } = await openForm(env);
  const f = form(page);
  await page.route(endpoint(), (route) => route.abort("internetdisconnected"));
  await f.getByRole("checkbox", { name: LABEL.rectification }).check();
  await f.getByLabel("Your email address (required)").fill("offline@example.com");
  const queuedEvent = nextEvent(page, "glassbox:request-queued");
  await f.getByRole("button", { name: "Send the request" }).click();
  await f.getByRole("heading", { name: "Your request will be sent" }).waitFor();
  assert.deepEqual(await queuedEvent, { reference: null, kinds: ["rectification"] });
  const outbox = JSON.parse(await page.evaluate(() => localStorage.getItem("glassbox.outbox")));
  assert.equal(outbox.requests.length, 1);
  const id = outbox.requests[0].request.id;
  await axe(page, "queued");
  await screenshot(page, "rights-queued");
  await page.unroute(endpoint());
  const reference = await acknowledged(page);
  const rows = await stored(id);
  assert.equal(rows.length, 1, "delivered exactly once");
  assert.equal(rows[0].reference, reference);
  assert.equal(await page.evaluate(() => localStorage.getItem("glassbox.outbox")), null, "the outbox is empty");
  await context.close();
});

test("reload while queued: the next page load delivers it", async () => {
  const { context, page } = await openForm(env);
  const f = form(page);
  await page.route(endpoint(), (route) => route.abort("connectionrefused"));
  await f.getByRole("checkbox", { name: LABEL.erasure }).check();
  await f.getByLabel("Your email address (required)").fill("reload@example.com");
  await f.getByRole("button", { name: "Send the request" }).click();
  await f.getByRole("heading", { name: "Your request will be sent" }).waitFor();
  const id = JSON.parse(await page.evaluate(() => localStorage.getItem("glassbox.outbox"))).requests[0].request.id;
  await page.unroute(endpoint());
  const delivered = page.waitForResponse((r) => r.url() === endpoint() && r.request().method() === "POST");
  await page.reload();
  assert.ok([200, 201].includes((await delivered).status()));
  await page.waitForFunction(() => localStorage.getItem("glassbox.outbox") === null);
  assert.equal((await stored(id)).length, 1);
  await context.close();
});

test("a double click sends one request", async () => {
  const { context, page, log } = await openForm(env);
  const f = form(page);
  await f.getByRole("checkbox", { name: LABEL.objection }).check();
  await f.getByLabel("Your email address (required)").fill("double@example.com");
  await f.getByRole("button", { name: "Send the request" }).dblclick();
  await acknowledged(page);
  const posts = log.requests.filter((u) => u === endpoint());
  assert.equal(posts.length, 1, "one POST");
  await context.close();
});

test("a 422 from the receiver is shown at the field", async () => {
  const { context, page } = await openForm(env);
  const f = form(page);
  // The form checks the same rules first; change the body on the way to get the receiver's 422.
  await page.route(endpoint(), (route) => {
    const body = JSON.parse(route.request().postData());
    body.requester.email = "not-an-email";
    route.continue({ postData: JSON.stringify(body) });
  });
  await f.getByRole("checkbox", { name: LABEL.access }).check();
  await f.getByLabel("Your email address (required)").fill("fine@example.com");
  const failed = nextEvent(page, "glassbox:request-failed");
  await f.getByRole("button", { name: "Send the request" }).click();
  await f.getByText("Enter an email address like name@example.com.").waitFor();
  assert.deepEqual(await failed, { reference: null, kinds: ["access"] });
  assert.equal(await f.getByLabel("Your email address (required)").getAttribute("aria-invalid"), "true");
  assert.equal(await page.evaluate(() => document.querySelector("#rights").shadowRoot.activeElement?.id), "gb-email");
  assert.equal(await page.evaluate(() => localStorage.getItem("glassbox.outbox")), null, "not queued, not retried");
  await context.close();
});

test("the notice's 'Your rights' opens the form as a dialog: Escape closes it and focus returns", async () => {
  const { context, page } = await openForm(env);
  const link = page.locator("#notice").getByRole("button", { name: "Your rights" });
  await link.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Exercise your data protection rights" });
  await dialog.waitFor();
  await axe(page, "dialog open");
  await screenshot(page, "rights-dialog");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  await page.waitForFunction(() => document.querySelector("#notice").shadowRoot.activeElement?.textContent === "Your rights");
  await context.close();
});

test("Glassbox.openRequest opens a prefilled human-review form that is delivered with the decision", async () => {
  const { context, page } = await openForm(env);
  const opened = await page.evaluate(() =>
    Glassbox.openRequest("human-review", { decision_ref: "LN-2026-0042", explanation: { decision: "declined" } }),
  );
  assert.equal(opened, true);
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Reference of the decision").waitFor();
  assert.equal(await dialog.getByLabel("Reference of the decision").inputValue(), "LN-2026-0042");
  assert.ok(await dialog.getByRole("checkbox", { name: LABEL["human-review"] }).isChecked());
  await dialog.getByLabel("Your point of view on the decision").fill("Please look again.");
  await dialog.getByLabel("Your email address (required)").fill("review@example.com");
  await dialog.getByRole("button", { name: "Send the request" }).click();
  await dialog.getByRole("heading", { name: "Your request was received" }).waitFor({ timeout: 20_000 });
  const reference = (await dialog.locator(".gb-reference").textContent()).replace("Reference: ", "");
  const payload = (await admin(`/requests/${encodeURIComponent(reference)}`)).request.payload;
  assert.deepEqual(payload.details, { "human-review": { decision_ref: "LN-2026-0042", point_of_view: "Please look again." } });
  assert.equal(payload.context.decision_ref, "LN-2026-0042");
  assert.deepEqual(payload.context.explanation, { decision: "declined" });
  await dialog.getByRole("button", { name: "Close" }).click();
  await dialog.waitFor({ state: "detached" });
  await context.close();
});

test("the explanation's 'Request human review' opens the review form prefilled; without an endpoint it prepares an email", async () => {
  const { context, page, log } = await open(env, "/loan.html");
  await ready(page);
  const review = page.locator("#explanation").getByRole("button", { name: "Request human review" });
  await review.click();
  const dialog = page.getByRole("dialog", { name: "Exercise your data protection rights" });
  await dialog.getByLabel("Reference of the decision").waitFor();
  assert.equal(await dialog.getByLabel("Reference of the decision").inputValue(), "LN-2026-0042");
  assert.ok(await dialog.getByRole("checkbox", { name: LABEL["human-review"] }).isChecked());
  await dialog.getByLabel("Your point of view on the decision").fill("My debts were repaid in October.");
  await dialog.getByLabel("Your email address (required)").fill("ada@example.com");
  await dialog.getByRole("button", { name: "Send the request" }).click();
  const mail = dialog.getByRole("link", { name: "Write the email" });
  await mail.waitFor();
  const href = await mail.getAttribute("href");
  assert.ok(href.startsWith("mailto:privacy@example.com?subject="), href);
  const body = decodeURIComponent(href.split("&body=")[1]);
  assert.ok(body.includes("Reference of the decision: LN-2026-0042"));
  assert.ok(body.includes("Your point of view on the decision: My debts were repaid in October."));
  assert.ok(body.includes("My email address: ada@example.com"));
  assert.equal(await page.evaluate(() => Object.keys(localStorage).length), 0, "nothing stored for an email");
  await axe(page, "mailto");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  await page.waitForFunction(() => document.querySelector("#explanation").shadowRoot.activeElement?.textContent === "Request human review");
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("the demo page, served by the receiver itself (same origin), delivers a request", async () => {
  await startReceiver();
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${receiver.url}/rights.html`);
  await ready(page);
  const f = page.locator("[data-glassbox=rights]");
  await f.getByRole("checkbox", { name: LABEL.portability }).check();
  await f.getByLabel("Preferred format (for example JSON or CSV)").fill("CSV");
  await f.getByLabel("Your email address (required)").fill("demo@example.com");
  await f.getByRole("button", { name: "Send the request" }).click();
  await f.getByRole("heading", { name: "Your request was received" }).waitFor({ timeout: 20_000 });
  const reference = (await f.locator(".gb-reference").textContent()).replace("Reference: ", "");
  const payload = (await admin(`/requests/${encodeURIComponent(reference)}`)).request.payload;
  assert.deepEqual(payload.details, { portability: { format: "CSV" } });
  await screenshot(page, "rights-demo");
  assert.deepEqual(errors, []);
  await context.close();
});

test("two tabs: one queues, the other delivers on load; one request, both see the same reference", async () => {
  await startReceiver();
  const context = await env.browser.newContext();
  const first = await context.newPage();
  await first.goto(env.servers.site + page_url());
  await ready(first);
  const f = form(first);
  await f.getByRole("button", { name: "Send the request" }).waitFor();
  // Only the first tab is offline (routes are per page).
  await first.route(endpoint(), (route) => route.abort("internetdisconnected"));
  await f.getByRole("checkbox", { name: LABEL.access }).check();
  await f.getByLabel("Your email address (required)").fill("tabs@example.com");
  await f.getByRole("button", { name: "Send the request" }).click();
  await f.getByRole("heading", { name: "Your request will be sent" }).waitFor();
  const id = JSON.parse(await first.evaluate(() => localStorage.getItem("glassbox.outbox"))).requests[0].request.id;

  const second = await context.newPage();
  await second.addInitScript(() => {
    window.__submitted = new Promise((r) => document.addEventListener("glassbox:request-submitted", (e) => r(e.detail), { once: true }));
  });
  await second.goto(env.servers.site + page_url());
  const detail = await second.evaluate(() => window.__submitted);
  assert.deepEqual(detail.kinds, ["access"]);
  await second.waitForFunction(() => localStorage.getItem("glassbox.outbox") === null);

  // Back online, the first tab's retry gets the receiver's first answer again.
  await first.unroute(endpoint());
  const reference = await acknowledged(first);
  assert.equal(reference, detail.reference);
  const rows = await stored(id);
  assert.equal(rows.length, 1, "one request");
  assert.equal(rows[0].reference, reference);
  await context.close();
});

test("objecting to direct marketing is one step: no other choice, no reason", async () => {
  const { context, page } = await openForm(env);
  const f = form(page);
  await f.getByRole("checkbox", { name: "I object to the use of my data for direct marketing" }).check();
  assert.ok(await f.getByRole("checkbox", { name: LABEL.objection }).isChecked(), "it chooses the right to object");
  await f.getByLabel("Your email address (required)").fill("nomarketing@example.com");
  await f.getByRole("button", { name: "Send the request" }).click();
  const reference = await acknowledged(page);
  const payload = (await admin(`/requests/${encodeURIComponent(reference)}`)).request.payload;
  assert.deepEqual(payload.kinds, ["objection"]);
  assert.deepEqual(payload.details, { objection: { direct_marketing: true } });
  await context.close();
});

// Hardening (SPEC §9, the widget): what a hostile endpoint, an old outbox or a page on plain
// http cannot make the widget do.

/** A request as the outbox keeps it, queued `ageDays` ago. */
function outboxEntry(id, ageDays, email) {
  return {
    endpoint: endpoint(),
    queued_at: Date.now() - ageDays * 24 * 3600 * 1000,
    request: {
      schema: "glassbox.request/v1", id, kinds: ["access"], submitted_at: new Date().toISOString(), lang: "en",
      requester: { email }, details: {}, context: {},
    },
  };
}

test("a status_url that is not an http(s) page is not linked, and the console names it", async () => {
  for (const [status_url, linked] of [["javascript:alert(document.domain)", false], ["https://status.example/r/1", true]]) {
    const { context, page, log } = await openForm(env);
    // A compromised endpoint: the real receiver answers the CORS preflight, the POST is answered here.
    await page.route(endpoint(), (route) =>
      route.request().method() !== "POST" ? route.continue() : route.fulfill({
        status: 201,
        contentType: "application/json",
        headers: { "access-control-allow-origin": env.servers.site },
        body: JSON.stringify({ reference: "GB-HOSTILE-1", received_at: "2026-11-29T10:00:00Z", due_by: "2026-12-29", status_url }),
      }),
    );
    const f = form(page);
    await f.getByRole("checkbox", { name: LABEL.access }).check();
    await f.getByLabel("Your email address (required)").fill("hostile@example.com");
    await f.getByRole("button", { name: "Send the request" }).click();
    assert.equal(await acknowledged(page), "GB-HOSTILE-1");
    const link = f.getByRole("link", { name: "Follow your request" });
    if (linked) {
      assert.equal(await link.getAttribute("href"), status_url);
      assert.deepEqual(log.errors.filter((e) => e.includes("status_url")), []);
    } else {
      assert.equal(await link.count(), 0, "no link to javascript:");
      const hrefs = await f.evaluate((el) => [...el.shadowRoot.querySelectorAll("a")].map((a) => a.getAttribute("href")));
      assert.ok(hrefs.every((h) => !/^\s*javascript:/i.test(h)), hrefs.join(" "));
      assert.ok(log.errors.some((e) => e.includes("status_url") && e.includes("javascript:")), log.errors.join("\n"));
    }
    await context.close();
  }
});

test("the outbox: a request older than 7 days is dropped with a warning, a recent one is delivered", async () => {
  const { context, page, log } = await openForm(env);
  const old = "0b2f0a4e-3c1d-4e5f-8a6b-000000000008";
  const recent = "0b2f0a4e-3c1d-4e5f-8a6b-000000000001";
  await page.evaluate(
    (outbox) => localStorage.setItem("glassbox.outbox", JSON.stringify(outbox)),
    { requests: [outboxEntry(old, 8, "old@example.com"), outboxEntry(recent, 1, "recent@example.com")] },
  );
  const delivered = page.waitForResponse((r) => r.url() === endpoint() && r.request().method() === "POST");
  await page.reload();
  assert.ok([200, 201].includes((await delivered).status()));
  await page.waitForFunction(() => localStorage.getItem("glassbox.outbox") === null);
  assert.equal((await stored(recent)).length, 1, "the recent request is delivered");
  assert.equal((await stored(old)).length, 0, "the week-old request is not");
  assert.ok(log.warnings.some((w) => w.includes("more than 7 days")), log.warnings.join("\n"));
  await context.close();
});

test("the outbox holds at most 20: the 21st request is not queued, the person is told it was not sent", async () => {
  const { context, page, log } = await openForm(env);
  await page.route(endpoint(), (route) => route.abort("internetdisconnected"));
  const waiting = Array.from({ length: 20 }, (_, n) => outboxEntry(`1b2f0a4e-3c1d-4e5f-8a6b-${String(n).padStart(12, "0")}`, 0, `w${n}@example.com`));
  await page.evaluate((outbox) => localStorage.setItem("glassbox.outbox", JSON.stringify(outbox)), { requests: waiting });
  const f = form(page);
  await f.getByRole("checkbox", { name: LABEL.access }).check();
  await f.getByLabel("Your email address (required)").fill("twenty-first@example.com");
  const failed = nextEvent(page, "glassbox:request-failed");
  await f.getByRole("button", { name: "Send the request" }).click();
  assert.deepEqual(await failed, { reference: null, kinds: ["access"] });
  await f.getByRole("heading", { name: "Your request could not be sent" }).waitFor();
  const outbox = JSON.parse(await page.evaluate(() => localStorage.getItem("glassbox.outbox")));
  assert.equal(outbox.requests.length, 20, "none of the 20 was dropped for it");
  assert.ok(outbox.requests.every((e) => e.request.requester.email !== "twenty-first@example.com"));
  assert.ok(log.errors.some((e) => e.includes("outbox already holds 20")), log.errors.join("\n"));
  await context.close();
});

test("without crypto.randomUUID (plain http) the id comes from crypto.getRandomValues, never Math.random", async () => {
  await startReceiver();
  const { context, page, log } = await open(env, page_url(), {
    route: (ctx) =>
      ctx.addInitScript(() => {
        delete Crypto.prototype.randomUUID;
        Math.random = () => {
          throw new Error("Math.random was called");
        };
      }),
  });
  await ready(page);
  const f = form(page);
  await f.getByRole("checkbox", { name: LABEL.erasure }).check();
  await f.getByLabel("Your email address (required)").fill("norandomuuid@example.com");
  await f.getByRole("button", { name: "Send the request" }).click();
  const reference = await acknowledged(page);
  const view = await admin(`/requests/${encodeURIComponent(reference)}`);
  assert.match(view.request.payload.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(await page.evaluate(() => typeof crypto.randomUUID), "undefined");
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("the DPO and the supervisory authority in the form and the acknowledgement; the deadline's extension and the right to complain", async () => {
  const { context, page, log } = await openForm(env);
  const f = form(page);
  const officials = async (state) => {
    assert.equal(await f.getByRole("link", { name: "dpo@example.com" }).getAttribute("href"), "mailto:dpo@example.com", state);
    assert.equal(await f.getByRole("link", { name: "CNIL" }).getAttribute("href"), "https://www.cnil.fr/", state);
    assert.ok(await f.getByText("Data protection officer:").isVisible(), state);
    assert.ok(await f.getByText("Supervisory authority:").isVisible(), state);
  };
  await officials("the form");
  // The intro does not say that no reason is ever needed; the objection says when one counts.
  assert.ok(await f.getByText("Tell Example Bank SA what you want to do with your personal data. It is free of charge.").isVisible());
  assert.equal(await f.getByText("you do not need to give reasons").count(), 0);
  await f.getByRole("checkbox", { name: LABEL.objection }).check();
  const situation = f.getByLabel("Your particular situation (optional)");
  assert.equal(await situation.getAttribute("aria-describedby"), "gb-objection-situation-hint");
  assert.ok(await f.getByText(/rests on grounds relating to your particular situation \(GDPR Art\. 21\(1\)\)/).isVisible());
  await axe(page, "objection with its particular situation");
  await f.getByRole("checkbox", { name: LABEL.objection }).uncheck();
  await f.getByRole("checkbox", { name: LABEL.access }).check();
  await f.getByLabel("Your email address (required)").fill("officials@example.com");
  await f.getByRole("button", { name: "Send the request" }).click();
  await acknowledged(page);
  const status = f.getByRole("status").filter({ hasText: "Your request was received" });
  assert.ok(await status.getByText("Where necessary, given the complexity and number of requests, this period may be extended by two further months; you will be told so within the first month, with the reasons.").isVisible());
  assert.ok(await status.getByText("You have the right to lodge a complaint with a supervisory authority.").isVisible());
  await officials("the acknowledgement");
  await axe(page, "acknowledged with the DPO and the authority");
  await screenshot(page, "rights-acknowledged-officials");
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
