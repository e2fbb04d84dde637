// The receiver's admin page as a privacy team uses it, in Chromium: sign in with a staff
// account (email and password; sign out ends the session on the server),
// the queue by due date, a request's details, verify, a refusal that needs its reason, and the
// requester's status page naming the right to complain. Runs the real receiver binary on
// 127.0.0.1 with a fresh SQLite file.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { launch } from "./browser.mjs";
import { startReceiver } from "./receiver.mjs";
import { ARTIFACTS, cspViolations, RECEIVER_PAGE_CSP } from "./support.mjs";

const TOKEN = "admin-token-for-tests-0123456789abcdef";
const STAFF = { email: "dpo@example-bank.eu", password: "a long passphrase for the DPO", role: "admin" };
let receiver;
let url;
let browser;

before(async () => {
  receiver = await startReceiver({
    GLASSBOX_ADMIN_TOKEN: TOKEN,
    GLASSBOX_CONTROLLER: "Example Bank SA",
    GLASSBOX_SUPERVISORY_AUTHORITY: "CNIL|https://www.cnil.fr/en/plaintes",
  }, { staff: [STAFF] });
  url = receiver.url;
  browser = await launch();
  await fs.mkdir(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await receiver?.stop();
});

async function submit(kind, email) {
  const id = crypto.randomUUID();
  const res = await fetch(`${url}/v1/requests`, {
    method: "POST",
    headers: { "content-type": "application/json", "idempotency-key": id },
    body: JSON.stringify({
      schema: "glassbox.request/v1", id, kinds: [kind], submitted_at: new Date().toISOString(), lang: "en",
      requester: { email }, details: {},
    }),
  });
  assert.equal(res.status, 201);
  return res.json();
}

async function axe(page, label) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`), [], label);
}

test("a privacy team signs in, works the queue and refuses with a reason the requester sees", async () => {
  const first = await submit("access", "ana@example.org");
  const second = await submit("erasure", "ben@example.org");
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const violations = cspViolations(context);
  const page = await context.newPage();
  const signIn = await page.goto(`${url}/admin/`);
  // The admin page runs under the strict policy, never in a frame, never sniffed.
  const headers = signIn.headers();
  assert.equal(headers["content-security-policy"], RECEIVER_PAGE_CSP);
  assert.equal(headers["x-frame-options"], "DENY");
  assert.equal(headers["x-content-type-options"], "nosniff");
  assert.equal(headers["referrer-policy"], "no-referrer");
  await axe(page, "sign-in page");
  await page.getByLabel("Email").fill(STAFF.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("alert").filter({ hasText: "Wrong email, password or code" }).waitFor();
  assert.equal(await page.getByText(first.reference).count(), 0, "a wrong password shows no queue");
  await page.getByLabel("Password").fill(STAFF.password);
  await page.keyboard.press("Enter");
  await page.getByRole("link", { name: first.reference }).waitFor();
  const refs = await page.locator("tbody tr td:first-child").allTextContents();
  assert.deepEqual(refs.slice(0, 2), [first.reference, second.reference], "sorted by due date, then receipt");
  await axe(page, "queue");
  await page.screenshot({ path: path.join(ARTIFACTS, "admin-queue.png"), fullPage: true });

  await page.getByRole("link", { name: second.reference }).click();
  assert.ok(await page.getByText("ben@example.org").first().isVisible());
  await page.getByRole("button", { name: "Mark identity verified" }).click();
  await page.getByText("Verified").first().waitFor();
  await page.getByRole("button", { name: "Refuse" }).click();
  assert.equal(await page.getByText("Refused").count(), 0, "a refusal without its reason is not taken");
  await page.getByLabel(/Reasons for refusing/).fill("The data were already erased on 2 November.");
  await page.getByRole("button", { name: "Refuse" }).click();
  await page.getByText("The data were already erased on 2 November.").first().waitFor();
  await axe(page, "request details");
  await page.screenshot({ path: path.join(ARTIFACTS, "admin-request.png"), fullPage: true });

  // The requester's own status page says why, and where to complain.
  const status = await context.newPage();
  await status.goto(second.status_url);
  assert.ok(await status.getByText("The data were already erased on 2 November.").first().isVisible());
  assert.match(await status.locator("body").textContent(), /supervisory authority/i);
  // The stylesheet applied under the policy (a refused one would leave the default font).
  assert.match(await status.evaluate(() => getComputedStyle(document.body).fontFamily), /system-ui/);
  assert.deepEqual(violations, [], "no Content-Security-Policy violation on any receiver page");
  await context.close();
});

test("a staff member signs in with email and password and signs out, which ends the session", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/admin/`);
  await page.getByLabel("Email").fill(STAFF.email);
  await page.getByLabel("Password").fill(STAFF.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByText(`Signed in as staff:${STAFF.email} (admin)`).waitFor();
  const [cookie] = (await context.cookies()).filter((c) => c.name === "glassbox_admin");
  assert.ok(cookie.httpOnly && cookie.sameSite === "Strict", "HttpOnly, SameSite=Strict");
  const withCookie = () => fetch(`${url}/v1/admin/requests`, { headers: { cookie: `glassbox_admin=${cookie.value}` } });
  assert.equal((await withCookie()).status, 200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByLabel("Password").waitFor();
  assert.equal(await page.getByText("Signed in as").count(), 0);
  assert.equal((await context.cookies()).filter((c) => c.name === "glassbox_admin").length, 0, "cookie cleared");
  // The old cookie value, sent again, no longer opens anything: the session ended server-side.
  assert.equal((await withCookie()).status, 403);
  await axe(page, "signed out");
  await context.close();
});
