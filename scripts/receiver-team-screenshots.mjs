// Screenshots of the team's admin pages for the README: the dashboard and a request's tasks.
// Usage: node scripts/receiver-team-screenshots.mjs [path/to/glassbox-receiver]
// Starts the receiver on a temporary SQLite database with 3,000 seeded requests (a year of
// history for the dashboard), sends and verifies a few requests through the API, works on their
// tasks, and takes the pictures in Debian's Chromium (playwright-core; no browser download).
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes, randomUUID } from "node:crypto";
import { launch } from "../e2e/browser.mjs";

const bin = process.argv[2] || "target/release/glassbox-receiver";
const dir = mkdtempSync(join(tmpdir(), "glassbox-team-"));
const port = 8900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
const token = randomBytes(32).toString("hex");
const password = randomBytes(16).toString("hex");
const env = {
  ...process.env,
  DATABASE_URL: `sqlite://${join(dir, "db.sqlite")}`,
  GLASSBOX_LISTEN: `127.0.0.1:${port}`,
  GLASSBOX_ADMIN_TOKEN: token,
  GLASSBOX_AUDIT_KEY: randomBytes(32).toString("hex"),
  GLASSBOX_RATE_LIMIT: "0",
  GLASSBOX_ADMIN_RATE_LIMIT: "0",
  GLASSBOX_CONTROLLER: "Example Bank SA",
  GLASSBOX_MAILBOX_DIR: join(dir, "mailbox"),
  GLASSBOX_RESULTS_DIR: join(dir, "results"),
  GLASSBOX_TEAM_EMAIL: "privacy-team@bank.example",
  GLASSBOX_SYSTEMS: "crm,billing,newsletter",
  GLASSBOX_WEBHOOK_URL: `${base}/demo/webhook`,
  GLASSBOX_WEBHOOK_SECRET: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  GLASSBOX_DEMO_WEBHOOKS: "true",
  GLASSBOX_DIST_DIR: "dist",
  GLASSBOX_DEMO_DIR: "demo",
};
execFileSync(bin, ["seed", "--count", "3000"], { env, stdio: "inherit" });
// The staff member the pictures show signed in (the password on standard input).
execFileSync(bin, ["staff", "add", "ana@bank.example", "--role", "handler"], { env, input: `${password}\n` });
const server = spawn(bin, [], { env, stdio: ["ignore", "ignore", "pipe"] });
await new Promise((resolve, reject) => {
  const t = setTimeout(() => reject(new Error("receiver did not start")), 60000);
  server.stderr.on("data", (d) => {
    if (String(d).includes("listening")) {
      clearTimeout(t);
      resolve();
    }
  });
});
const admin = { authorization: `Bearer ${token}`, "content-type": "application/json" };
async function call(method, path, body) {
  const r = await fetch(base + path, { method, headers: admin, body: body && JSON.stringify(body) });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${text}`);
  return text ? JSON.parse(text) : null;
}
const refs = [];
for (const [kinds, lang] of [[["erasure"], "de"], [["access", "objection"], "fr"], [["rectification"], "en"]]) {
  const r = await fetch(base + "/v1/requests", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      schema: "glassbox.request/v1", id: randomUUID(), kinds, lang,
      submitted_at: new Date().toISOString(),
      requester: { email: "person@example.org", name: "A. Person" }, details: {},
    }),
  });
  const a = await r.json();
  refs.push(a.reference);
  await call("POST", `/v1/admin/requests/${a.reference}/status`, { status: "verified" });
}
const main = refs[0];
await call("POST", `/v1/admin/requests/${main}/assign`, { assignee: "ana@bank.example" });
const tasks = await call("GET", "/v1/admin/tasks?status=open");
for (const t of tasks.filter((t) => t.reference === main)) {
  if (t.system === "newsletter") continue;
  const c = await call("POST", `/v1/admin/tasks/${t.id}/claim`);
  await call("POST", `/v1/admin/tasks/${t.id}/complete`, {
    outcome: t.system === "billing" ? "no_data" : "done",
    note: t.system === "crm" ? "Contact 88231 erased" : "No customer record",
    lease: c.lease,
  });
}
// Let the worker deliver the webhooks (the request page shows the log).
for (let i = 0; i < 100; i++) {
  const jobs = await call("GET", "/v1/admin/jobs?state=queued");
  if (jobs.length === 0) break;
  await new Promise((r) => setTimeout(r, 100));
}
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
// Ana signs in on the admin page and writes a note, as she would.
await page.goto(`${base}/admin/`);
await page.fill("#email", "ana@bank.example");
await page.fill("#password", password);
await Promise.all([page.waitForURL(`${base}/admin/`), page.click("button[type=submit]")]);
await page.goto(`${base}/admin/requests/${main}`);
await page.fill("textarea[name=body]", "The newsletter export runs on Mondays; asked IT to run it now.");
await Promise.all([page.waitForNavigation(), page.click("button:has-text('Add note')")]);
await page.goto(`${base}/admin/dashboard`);
await page.screenshot({ path: "docs/screenshots/receiver-dashboard.png", fullPage: true });
await page.goto(`${base}/admin/requests/${main}`);
await page.locator("h2", { hasText: "Assignment" }).scrollIntoViewIfNeeded();
await page.screenshot({ path: "docs/screenshots/receiver-tasks.png", clip: await (async () => {
  const top = await page.locator("h2", { hasText: "Assignment" }).evaluate((e) => e.getBoundingClientRect().top + window.scrollY - 10);
  const bottom = await page.locator("h2", { hasText: "Mails and other jobs" }).evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
  return { x: 0, y: top, width: 1200, height: Math.min(1400, bottom - top) };
})(), fullPage: true });
await browser.close();
server.kill();
console.log("docs/screenshots/receiver-dashboard.png, docs/screenshots/receiver-tasks.png");
