// A privacy team's day with the receiver, in Chromium: the requester sends an access request from
// the widget's form (/rights.html) and confirms it from the mail; the team is told by mail
// (reference, no requester address), a handler signs in with email and password, records each
// system's task by hand on /admin/tasks, sees the request on the dashboard and the signed webhook
// deliveries at the demo consumer (/admin/webhooks-demo), attaches the result and completes; the
// requester's status page lists what was done in each system. axe and the page policy are
// checked on the team's pages. Runs the real receiver binary on 127.0.0.1 with a fresh SQLite file.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { launch } from "./browser.mjs";
import { startReceiver } from "./receiver.mjs";
import { ARTIFACTS, axe, cspViolations, fill, messages, RECEIVER_PAGE_CSP } from "./support.mjs";

const STAFF = { email: "handler@bank.example", password: "a passphrase for the handler", role: "handler" };
const TEAM = "team@bank.example";
const REQUESTER = "mara.requester@example.org";
let receiver;
let url;
let browser;
let dir;

before(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "glassbox-team-"));
  // The demo consumer is this receiver's own /demo/webhook: the port is chosen here, so the
  // webhook URL can name it (startReceiver lays GLASSBOX_LISTEN from `env` over its own).
  const port = await new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port: p } = srv.address();
      srv.close(() => resolve(p));
    });
  });
  receiver = await startReceiver({
    GLASSBOX_LISTEN: `127.0.0.1:${port}`,
    GLASSBOX_CONTROLLER: "Example Bank SA",
    GLASSBOX_SYSTEMS: "crm,billing",
    GLASSBOX_TEAM_EMAIL: TEAM,
    GLASSBOX_MAILBOX_DIR: path.join(dir, "mailbox"),
    GLASSBOX_RESULTS_DIR: path.join(dir, "results"),
    GLASSBOX_DEMO_WEBHOOKS: "true",
    GLASSBOX_WEBHOOK_URL: `http://127.0.0.1:${port}/demo/webhook`,
    GLASSBOX_WEBHOOK_SECRET: `whsec_${crypto.randomBytes(32).toString("base64")}`,
  }, { staff: [STAFF] });
  url = `http://127.0.0.1:${port}`;
  browser = await launch();
  await fs.mkdir(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await receiver?.stop();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

/** Loads `pathname` again until `ready(page)` is true (30 s): the workers send right after the change. */
async function until(page, pathname, ready, what) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await page.goto(`${url}${pathname}`);
    const got = await ready();
    if (got) return got;
    assert.ok(Date.now() < deadline, `${what} not shown at ${pathname} within 30 s`);
  }
}

test("a privacy team works an access request across two systems, by hand, and the requester sees each system", async () => {
  const w = await messages("en");
  const w2 = Object.fromEntries((await fs.readFile(new URL("../crates/core/locales/en/receiver.ftl", import.meta.url), "utf8"))
    .split("\n").map((l) => l.match(/^([a-z][a-z0-9-]*) = (.*)$/)).filter(Boolean).map((m) => [m[1], m[2]]));
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const violations = cspViolations(context);

  // 2. The requester sends an access request from the widget's form.
  const form = await context.newPage();
  const pageErrors = [];
  form.on("pageerror", (e) => pageErrors.push(String(e)));
  await form.goto(`${url}/rights.html`);
  await form.waitForFunction(() => window.Glassbox && window.Glassbox.ready);
  const f = form.locator("[data-glassbox=rights]");
  await f.getByRole("checkbox", { name: w["rights-kind-access"] }).check();
  await f.getByLabel(w["rights-email"]).fill(REQUESTER);
  await f.getByRole("button", { name: w["rights-submit"] }).click();
  await f.getByRole("heading", { name: w["rights-acknowledged-title"] }).waitFor({ timeout: 20_000 });
  const prefix = fill(w["rights-reference"], { reference: "" });
  const reference = (await f.locator(".gb-reference").textContent()).replace(prefix, "").trim();
  assert.match(reference, /^GB-\d+$/);
  assert.deepEqual(pageErrors, []);

  // 4 (first half). The staff member signs in with email and password.
  const admin = await context.newPage();
  const signIn = await admin.goto(`${url}/admin/`);
  assert.equal(signIn.headers()["content-security-policy"], RECEIVER_PAGE_CSP);
  await admin.getByLabel("Email").fill(STAFF.email);
  await admin.getByLabel("Password").fill(STAFF.password);
  await admin.getByRole("button", { name: "Sign in" }).click();
  await admin.getByText(`Signed in as staff:${STAFF.email} (handler)`).waitFor();
  await admin.getByRole("link", { name: reference }).waitFor();

  // The acknowledgement to the requester, with the confirmation link; the requester confirms.
  const requesterMails = () => admin.locator("article.mail:not(.team)");
  await until(admin, "/admin/mailbox", async () => (await requesterMails().count()) >= 1, "the acknowledgement");
  const ack = (await requesterMails().allTextContents()).find((m) => m.includes(reference));
  assert.ok(ack, "the acknowledgement names the reference");
  assert.ok(ack.includes(REQUESTER), "the acknowledgement goes to the requester");
  const verifyUrl = ack.match(/http:\/\/\S+\/v1\/verify\/[0-9a-f]{64}(\?lang=[a-z]+)?/)[0];
  const statusUrl = ack.match(/http:\/\/\S+\/v1\/status\/[0-9a-f]{64}/)[0];
  // The day's digest may already be there (a team mail too); none is about this request yet.
  const verifiedMails = admin.locator("article.mail.team").filter({ hasText: `[Glassbox] ${reference} verified` });
  assert.equal(await verifiedMails.count(), 0, "no team mail about the request before it is verified");
  const requester = await context.newPage();
  await requester.goto(verifyUrl);
  await requester.getByRole("button", { name: w2["verify-button"] }).click();
  await requester.getByText(w2["verified-title"]).waitFor();

  // 3. The team mail for the verified request: the reference, never the requester's address.
  await until(admin, "/admin/mailbox", async () => (await verifiedMails.count()) >= 1, "the team mail");
  assert.equal(await verifiedMails.count(), 1, "one team mail about the verified request");
  const teamMail = await verifiedMails.first().textContent();
  assert.ok(teamMail.includes(`To: ${TEAM}`), teamMail);
  assert.ok(teamMail.includes(`Request ${reference} (access) was verified`), teamMail);
  assert.match(teamMail, /Tasks: (crm, billing|billing, crm)\./, "the systems' tasks are named");
  assert.ok(teamMail.includes(`/admin/requests/${reference}`), teamMail);
  for (const mail of await admin.locator("article.mail.team").allTextContents()) {
    assert.ok(!mail.includes(REQUESTER), `a team mail has no requester address: ${mail}`);
  }

  // 4. /admin/tasks: one open task per system for the reference, recorded by hand.
  await admin.goto(`${url}/admin/tasks`);
  const rows = admin.locator("table.tasks tbody tr").filter({ hasText: reference });
  assert.equal(await rows.count(), 2, "one task per system");
  const systems = (await rows.locator("td:nth-child(4)").allTextContents()).sort();
  assert.deepEqual(systems, ["billing", "crm"]);
  assert.deepEqual(await rows.locator("td:nth-child(5)").allTextContents(), ["open", "open"]);
  await axe(admin, "/admin/tasks");
  await admin.screenshot({ path: path.join(ARTIFACTS, "team-tasks.png"), fullPage: true });

  const record = async (system, outcome, note) => {
    const row = admin.locator("table.tasks tbody tr").filter({ hasText: reference })
      .filter({ has: admin.locator("td:nth-child(4)", { hasText: new RegExp(`^${system}$`) }) });
    assert.equal(await row.count(), 1, `one open ${system} task`);
    await row.getByLabel("Outcome").selectOption({ label: outcome });
    await row.getByLabel("Note (internal)").fill(note);
    await row.getByRole("button", { name: "Record" }).click();
    await admin.waitForURL(`${url}/admin/tasks`);
  };
  await record("crm", "Done", "Exported the CRM record");
  await record("billing", "No data held", "No invoices for this person");
  assert.equal(await admin.locator("table.tasks tbody tr").filter({ hasText: reference }).count(), 0, "no open task left");
  await admin.getByLabel("Show").selectOption("done");
  await admin.getByRole("button", { name: "Filter" }).click();
  await admin.waitForURL(/status=done/);
  const done = admin.locator("table.tasks tbody tr").filter({ hasText: reference });
  assert.equal(await done.count(), 1);
  assert.equal(await done.locator("td:nth-child(4)").textContent(), "crm");
  assert.equal(await done.locator("td:nth-child(6)").textContent(), "Exported the CRM record");
  await admin.getByLabel("Show").selectOption("no_data");
  await admin.getByRole("button", { name: "Filter" }).click();
  await admin.waitForURL(/status=no_data/);
  const noData = admin.locator("table.tasks tbody tr").filter({ hasText: reference });
  assert.equal(await noData.count(), 1);
  assert.equal(await noData.locator("td:nth-child(4)").textContent(), "billing");
  assert.equal(await noData.locator("td:nth-child(5)").textContent(), "no data held");

  // 5. The dashboard counts the request as open; the demo consumer got the signed deliveries.
  await admin.goto(`${url}/admin/dashboard`);
  const tiles = admin.locator("ul.tiles li");
  assert.deepEqual(
    (await tiles.allTextContents()).map((t) => t.replace(/\s+/g, " ").trim()),
    ["1 open", "0 due within 7 days", "0 overdue"],
  );
  await admin.getByRole("link", { name: "1 open" }).waitFor();
  await axe(admin, "/admin/dashboard");
  await admin.screenshot({ path: path.join(ARTIFACTS, "team-dashboard.png"), fullPage: true });

  // The demo consumer keeps a delivery only once its Standard Webhooks signature checked out.
  const events = async () => {
    const out = [];
    for (const article of await admin.locator("article.mail").all()) {
      const body = JSON.parse(await article.locator("pre").textContent());
      if (body.data.reference === reference) out.push({ id: await article.locator("h2").textContent(), ...body });
    }
    return out;
  };
  const wanted = (list) => list.filter((e) => e.type === "request.verified").length === 1
    && list.filter((e) => e.type === "task.created").length === 2;
  const got = await until(admin, "/admin/webhooks-demo", async () => { const l = await events(); return wanted(l) && l; }, "request.verified and two task.created deliveries");
  assert.ok(await admin.getByText("each signature was checked before it was kept").isVisible());
  assert.deepEqual(got.filter((e) => e.type === "task.created").map((e) => e.data.task.system).sort(), ["billing", "crm"]);
  assert.ok(got.every((e) => /^msg_\S+$/.test(e.id)), got.map((e) => e.id).join(", "));
  assert.ok(got.every((e) => !JSON.stringify(e).includes(REQUESTER)), "no personal data in the webhooks");
  // The sender's log: the same deliveries (by webhook-id), done, answered 204 by the consumer.
  // (the consumer answers before the sender records the attempt: the log is loaded until it has)
  const recorded = async () => {
    for (const e of got) {
      const state = admin.locator("table.webhooks tbody tr").filter({ hasText: e.id }).locator("td:nth-child(4)");
      if ((await state.count()) !== 1 || (await state.textContent()) !== "done") return false;
    }
    return true;
  };
  await until(admin, "/admin/webhooks", recorded, "the deliveries as done");
  for (const e of got.filter((x) => x.type !== "request.received")) {
    const row = admin.locator("table.webhooks tbody tr").filter({ hasText: e.id });
    assert.equal(await row.count(), 1, `${e.type} ${e.id} in the delivery log`);
    assert.equal(await row.locator("td:nth-child(2)").textContent(), e.type);
    assert.equal(await row.locator("td:nth-child(4)").textContent(), "done");
    assert.match(await row.locator("td:nth-child(5)").textContent(), / — 204 — /);
  }

  // 6. The result for access, then completion.
  await admin.goto(`${url}/admin/requests/${reference}`);
  await admin.getByRole("button", { name: "Start handling" }).click();
  await admin.locator("dd", { hasText: /^In progress$/ }).waitFor();
  const answer = JSON.stringify({ crm: { email: REQUESTER, segment: "retail" } });
  await admin.getByLabel(/Result file/).setInputFiles({ name: "answer.json", mimeType: "application/json", buffer: Buffer.from(answer) });
  await admin.getByRole("button", { name: "Attach result" }).click();
  await admin.getByText(`application/json, ${Buffer.byteLength(answer)} bytes`).waitFor();
  await admin.getByRole("button", { name: "Mark completed (answered)" }).click();
  await admin.getByText("None: the request is closed.").waitFor();

  await requester.goto(statusUrl);
  await requester.getByText("In each of our systems:").waitFor();
  await requester.getByText("crm: done.").waitFor();
  await requester.getByText("billing: no personal data about you was held.").waitFor();
  await requester.screenshot({ path: path.join(ARTIFACTS, "team-status.png"), fullPage: true });

  // The dashboard no longer counts it as open.
  await admin.goto(`${url}/admin/dashboard`);
  await admin.getByRole("link", { name: "0 open" }).waitFor();

  // 7. No page policy violation on any page.
  assert.deepEqual(violations, [], "no Content-Security-Policy violation on any page");
  await context.close();
});
