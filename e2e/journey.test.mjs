// The requester's journey through the receiver, in Chromium, in German: a request sent from the
// widget's form (the demo's /rights.html?lang=de, served by the receiver with dist/) is
// acknowledged on screen and by mail (the demo's mailbox, GLASSBOX_MAILBOX_DIR: no SMTP server), the mail's
// confirmation link confirms it, the privacy team extends the deadline with reasons, attaches the
// result and completes; the requester reads the extension and completion mails and downloads
// the result. Runs the real receiver binary on 127.0.0.1; screenshots go to docs/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { launch } from "./browser.mjs";
import { startReceiver } from "./receiver.mjs";
import { ARTIFACTS, cspViolations, fill, messages, RECEIVER_PAGE_CSP } from "./support.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(here, "..", "docs", "screenshots");
const TOKEN = "admin-token-for-tests-0123456789abcdef";
const STAFF = { email: "privacy@example-bank.eu", password: "a passphrase for the journey", role: "handler" };
let receiver;
let url;
let browser;
let dir;

/** The German receiver messages, by id, with `{ $name }` filled from `args`. */
async function german() {
  const text = await fs.readFile(path.join(here, "..", "crates/core/locales/de/receiver.ftl"), "utf8");
  const msgs = Object.fromEntries(
    text.split("\n").map((l) => l.match(/^([a-z][a-z0-9-]*) = (.*)$/)).filter(Boolean).map((m) => [m[1], m[2]]),
  );
  return (id, args = {}) => msgs[id].replace(/\{ *\$([a-z]+) *\}/g, (_, k) => args[k]);
}

before(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "glassbox-journey-"));
  receiver = await startReceiver({
    GLASSBOX_ADMIN_TOKEN: TOKEN,
    GLASSBOX_CONTROLLER: "Example Bank SA",
    GLASSBOX_SUPERVISORY_AUTHORITY: "BfDI|https://www.bfdi.bund.de/",
    GLASSBOX_MAILBOX_DIR: path.join(dir, "mailbox"),
    GLASSBOX_RESULTS_DIR: path.join(dir, "results"),
  }, { staff: [STAFF] });
  url = receiver.url;
  browser = await launch();
  await fs.mkdir(ARTIFACTS, { recursive: true });
  await fs.mkdir(DOCS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await receiver?.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

async function axe(page, label) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`), [], label);
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  await fs.copyFile(path.join(ARTIFACTS, `${name}.png`), path.join(DOCS, `${name}.png`));
}

/** The mailbox's mails as text, newest first, once there are `n` of them. */
async function mails(admin, n) {
  // The worker sends right after the change; the page is loaded again until it shows (30 s).
  const deadline = Date.now() + 30_000;
  for (;;) {
    await admin.goto(`${url}/admin/mailbox`);
    const all = await admin.locator("article.mail").allTextContents();
    if (all.length >= n) return all;
    assert.ok(Date.now() < deadline, `${n} mails not in the mailbox within 30 s (${all.length})`);
  }
}

test("a requester in German is told every step and downloads the answer", async () => {
  const de = await german();
  const w = await messages("de");
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, acceptDownloads: true, locale: "de-DE" });
  const violations = cspViolations(context);

  // The requester sends an access request from the widget, in German.
  const form = await context.newPage();
  const pageErrors = [];
  form.on("pageerror", (e) => pageErrors.push(String(e)));
  const demo = await form.goto(`${url}/rights.html?lang=de`);
  // The demo host page runs the widget: not under the receiver's own strict page policy.
  assert.equal(demo.headers()["content-security-policy"], undefined);
  assert.equal(demo.headers()["x-content-type-options"], "nosniff");
  await form.waitForFunction(() => window.Glassbox && window.Glassbox.ready);
  const f = form.locator("[data-glassbox=rights]");
  await f.getByRole("checkbox", { name: w["rights-kind-access"] }).check();
  await f.getByLabel(w["rights-email"]).fill("jonas@example.de");
  await f.getByRole("button", { name: w["rights-submit"] }).click();
  await f.getByRole("heading", { name: w["rights-acknowledged-title"] }).waitFor({ timeout: 20_000 });
  const prefix = fill(w["rights-reference"], { reference: "" });
  const reference = (await f.locator(".gb-reference").textContent()).replace(prefix, "").trim();
  assert.match(reference, /\S/);
  assert.deepEqual(pageErrors, []);
  const stored = await (await fetch(`${url}/v1/admin/requests/${encodeURIComponent(reference)}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
  assert.equal(stored.request.payload.lang, "de", "the widget sent the request in German");
  assert.deepEqual(stored.request.payload.kinds, ["access"]);
  const due_by = stored.request.due_by;
  assert.match(due_by, /^\d{4}-\d{2}-\d{2}$/);

  const admin = await context.newPage();
  await admin.goto(`${url}/admin/`);
  await admin.getByLabel("Email").fill(STAFF.email);
  await admin.getByLabel("Password").fill(STAFF.password);
  await admin.keyboard.press("Enter");
  await admin.getByRole("link", { name: reference }).waitFor();

  // The acknowledgement: in German, with the due date, the possible extension, the authority.
  let [ack] = await mails(admin, 1);
  assert.ok(ack.includes(de("mail-subject", { reference })), ack);
  assert.ok(ack.includes(de("msg-due", { date: due_by })), ack);
  assert.ok(ack.includes(de("msg-may-extend")), ack);
  assert.ok(ack.includes("BfDI (https://www.bfdi.bund.de/)"), ack);
  await axe(admin, "mailbox");
  await shot(admin, "receiver-mailbox");
  const verifyUrl = ack.match(/http:\/\/\S+\/v1\/verify\/[0-9a-f]{64}\?lang=de/)[0];

  // The requester confirms through the link.
  const requester = await context.newPage();
  const confirmation = await requester.goto(verifyUrl);
  assert.equal(confirmation.headers()["content-security-policy"], RECEIVER_PAGE_CSP);
  assert.equal(confirmation.headers()["x-frame-options"], "DENY");
  await axe(requester, "confirmation page");
  await requester.getByRole("button", { name: de("verify-button") }).click();
  await requester.getByText(de("verified-title")).waitFor();

  // The team: start, extend with reasons, attach the result, complete.
  await admin.goto(`${url}/admin/requests/${reference}`);
  await admin.getByRole("button", { name: "Start handling" }).click();
  await admin.getByLabel("Extend the deadline by").selectOption("2");
  const reasons = admin.getByLabel("Reasons", { exact: true });
  // The team is warned, next to the field, that the reasons go to the requester.
  assert.match(await reasons.getAttribute("aria-describedby").then((id) => admin.locator(`#${id}`).innerText()), /^Sent to the requester:/);
  await reasons.fill("Ihre Daten liegen in drei Systemen.");
  await admin.getByRole("button", { name: "Extend", exact: true }).click();
  await admin.getByText("2 month(s): Ihre Daten liegen in drei Systemen.").waitFor();
  const answer = JSON.stringify({ email: "jonas@example.de", orders: [17, 42] });
  await admin.getByLabel(/Result file/).setInputFiles({ name: "antwort.json", mimeType: "application/json", buffer: Buffer.from(answer) });
  await admin.getByRole("button", { name: "Attach result" }).click();
  await admin.getByText(`application/json, ${Buffer.byteLength(answer)} bytes`).waitFor();
  await admin.getByRole("button", { name: "Mark completed (answered)" }).click();
  await admin.getByText("None: the request is closed.").waitFor();
  await axe(admin, "request page");
  await shot(admin, "receiver-request");

  // The requester reads the extension and the completion, and downloads the answer.
  const all = await mails(admin, 4);
  const extension = all.find((m) => m.includes("Ihre Daten liegen in drei Systemen."));
  assert.ok(extension, all.join("\n---\n"));
  const view = await (await fetch(`${url}/v1/admin/requests/${reference}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
  assert.ok(extension.includes(de("msg-extended", { controller: "Example Bank SA", reference, date: view.request.due_by })), extension);
  const completion = all.find((m) => m.includes("/v1/results/"));
  assert.ok(completion.includes(de("done-access")), completion);
  const download = completion.match(/http:\/\/\S+\/v1\/results\/[0-9a-f]{64}/)[0];
  const got = await context.request.get(download);
  assert.equal(got.status(), 200);
  assert.equal(await got.text(), answer);
  assert.match(got.headers()["content-disposition"], new RegExp(`${reference}-result\\.json`));

  // The status page (its link is in every mail) says the same, in German.
  await requester.goto(all[0].match(/http:\/\/\S+\/v1\/status\/[0-9a-f]{64}/)[0]);
  await requester.getByText(de("msg-extended", { controller: "Example Bank SA", reference, date: view.request.due_by })).waitFor();
  await axe(requester, "status page");
  await shot(requester, "receiver-status-de");
  assert.deepEqual(violations, [], "no Content-Security-Policy violation on any page of the journey");
  await context.close();
});
