// Integrity (SPEC §11): dist/integrity.json lists the sha384 of every file; glassbox.js has the
// hashes of the files it loads built in, so a file changed on the CDN is refused with a console
// error and shows nothing, while the untouched build loads, also under the README's strict CSP
// with the README's <script integrity crossorigin> tag.
import { test } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { setup, open, ready } from "./support.mjs";
import { startServers } from "./server.mjs";

const env = setup();
const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "dist");
const sri = (bytes) => "sha384-" + crypto.createHash("sha384").update(bytes).digest("base64");
const NOTICE_FR = "Vous interagissez avec Aria, un système d'IA, et non avec une personne.";
const REFUSED = /Glassbox: refused .* its content does not match the sha384 that glassbox\.js expects/;

/** A copy of dist/ with one file changed by `change(bytes)`, served as a CDN would. */
async function tampered(file, change) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "glassbox-tampered-"));
  await fs.cp(DIST, dir, { recursive: true });
  const target = path.join(dir, file);
  await fs.writeFile(target, change(await fs.readFile(target)));
  const servers = await startServers({ dist: dir });
  return {
    env: { browser: env.browser, servers },
    close: async () => {
      await servers.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves once the page logged a console error matching `pattern` (at once if it did already). */
async function consoleError(page, log, pattern) {
  if (log.errors.some((e) => pattern.test(e))) return;
  await page.waitForEvent("console", { predicate: (m) => m.type() === "error" && pattern.test(m.text()) });
}

/** The wasm with a custom section appended: still a valid module, but not the bytes reviewed. */
function withCustomSection(bytes) {
  const payload = Buffer.concat([Buffer.from([1]), Buffer.from("x"), Buffer.from("tampered")]);
  return Buffer.concat([bytes, Buffer.from([0, payload.length]), payload]);
}

test("integrity.json has the sha384 of every file of dist/, and the loaders have those they load", async () => {
  const listed = JSON.parse(await fs.readFile(path.join(DIST, "integrity.json"), "utf8"));
  const files = (await fs.readdir(DIST)).filter((f) => f !== "integrity.json").sort();
  assert.deepEqual(Object.keys(listed).sort(), files, "every file, and only those");
  for (const file of files) assert.equal(listed[file], sri(await fs.readFile(path.join(DIST, file))), file);
  const script = await fs.readFile(path.join(DIST, "glassbox.js"), "utf8");
  for (const file of ["glassbox_bg.wasm", "glassbox_explain_bg.wasm", "glassbox-explain.js", "glassbox.fr.json"]) {
    assert.ok(script.includes(listed[file]), `glassbox.js carries the hash of ${file}`);
  }
  // The explanation module carries its own language files' hashes (its own is in glassbox.js).
  const explain = await fs.readFile(path.join(DIST, "glassbox-explain.js"), "utf8");
  assert.ok(explain.includes(listed["glassbox-explain.fr.json"]), "glassbox-explain.js carries the hash of glassbox-explain.fr.json");
});

test("the untouched build loads from a CDN in French, with its explanation, without an error", async () => {
  const { context, page, log } = await open(env, "/fixtures/integrity.html");
  await ready(page);
  await page.getByText(NOTICE_FR).waitFor();
  await page.getByText("Votre demande de prêt a été refusée.").waitFor();
  assert.ok(log.requests.some((u) => u.startsWith(env.servers.cdn) && u.endsWith("/glassbox_bg.wasm")), "the wasm came from the CDN");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("the README's tag with integrity and crossorigin loads under the strict CSP", async () => {
  const hash = JSON.parse(await fs.readFile(path.join(DIST, "integrity.json"), "utf8"))["glassbox.js"];
  const route = (context) =>
    context.route("**/integrity-csp.html", async (r) => {
      const response = await r.fetch();
      r.fulfill({ response, body: (await response.text()).replace("GLASSBOX_JS_SRI", hash) });
    });
  const { context, page, log } = await open(env, "/fixtures/integrity-csp.html", { route });
  await ready(page);
  await page.getByText("You are interacting with Aria, an AI system, not a person.").waitFor();
  await page.getByText("Your loan application was declined.").waitFor();
  assert.ok(log.requests.some((u) => u.endsWith("/glassbox_explain_bg.wasm")), "the explanation module loaded, checked");
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a changed wasm on the CDN is refused: a console error, nothing of it runs, and the loader's notice stays", async () => {
  const site = await tampered("glassbox_bg.wasm", withCustomSection);
  try {
    const { context, page, log } = await open(site.env, "/fixtures/integrity.html");
    await page.addInitScript(() => {
      window.__heard = [];
      document.addEventListener("glassbox:notice-shown", (e) => window.__heard.push(e.type), true);
    });
    await page.reload();
    await page.waitForFunction(() => window.Glassbox && window.Glassbox.ready);
    assert.equal(await page.evaluate(() => window.Glassbox.ready), false, "Glassbox did not start");
    assert.ok(log.errors.some((e) => REFUSED.test(e) && e.includes("glassbox_bg.wasm")), log.errors.join("\n"));
    // The changed module never ran (it would announce the notice); the notice the person reads
    // is the one glassbox.js put there before the wasm (loader/stamp.js), from the checked
    // glassbox.fr.json.
    assert.deepEqual(await page.evaluate(() => window.__heard), []);
    assert.equal(await page.getByText(NOTICE_FR).count(), 1);
    await context.close();
  } finally {
    await site.close();
  }
});

test("a changed language file is refused: its words are never shown", async () => {
  const site = await tampered("glassbox.fr.json", (bytes) => {
    const words = JSON.parse(bytes.toString("utf8"));
    words["notice-sentence-named"] = "Vous parlez à une personne, { $system }.";
    return Buffer.from(JSON.stringify(words));
  });
  try {
    const { context, page, log } = await open(site.env, "/fixtures/integrity.html");
    await ready(page);
    await consoleError(page, log, REFUSED);
    assert.ok(log.errors.some((e) => REFUSED.test(e) && e.includes("glassbox.fr.json")), log.errors.join("\n"));
    assert.equal(await page.getByText("Vous parlez à une personne").count(), 0, "the changed words are not shown");
    await context.close();
  } finally {
    await site.close();
  }
});

test("a changed language file of the explanation module is refused: its words are never shown", async () => {
  const site = await tampered("glassbox-explain.fr.json", (bytes) => {
    const words = JSON.parse(bytes.toString("utf8"));
    words["explanation-title"] = "Titre changé sur le CDN";
    return Buffer.from(JSON.stringify(words));
  });
  try {
    const { context, page, log } = await open(site.env, "/fixtures/integrity.html");
    await ready(page);
    await page.getByText(NOTICE_FR).waitFor();
    await consoleError(page, log, REFUSED);
    assert.ok(log.errors.some((e) => REFUSED.test(e) && e.includes("glassbox-explain.fr.json")), log.errors.join("\n"));
    assert.equal(await page.getByText("Titre changé sur le CDN").count(), 0, "the changed words are not shown");
    await context.close();
  } finally {
    await site.close();
  }
});

test("a changed explanation module is refused; the notice still shows", async () => {
  const site = await tampered("glassbox-explain.js", (bytes) => Buffer.concat([bytes, Buffer.from("\n/* changed */\n")]));
  try {
    const { context, page, log } = await open(site.env, "/fixtures/integrity.html");
    await ready(page);
    await page.getByText(NOTICE_FR).waitFor();
    await consoleError(page, log, REFUSED);
    assert.ok(log.errors.some((e) => REFUSED.test(e) && e.includes("glassbox-explain.js")), log.errors.join("\n"));
    assert.equal(await page.getByText("Votre demande de prêt a été refusée.").count(), 0);
    await context.close();
  } finally {
    await site.close();
  }
});
