// The README's recipes, each built and run with the npm package installed from its tarball:
// two real chat UIs from npm, a React 19 chat made with chatscope's chat UI kit and the nlux AI
// chat (both bundled with esbuild), whose assistant messages Glassbox labels through `mark`; and
// Vue 3 and Svelte 5 apps (Vite) using the custom elements, with a reactive attribute and an
// `explanation` property.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build as esbuild } from "esbuild";
import { build as vite } from "vite";
import vue from "@vitejs/plugin-vue";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { startServers } from "./server.mjs";
import { launch } from "./browser.mjs";
import { ARTIFACTS, open, axe, screenshot } from "./support.mjs";
import { NAME, freshProject } from "./tarball.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const env = {};
let project;

before(async () => {
  await fs.mkdir(ARTIFACTS, { recursive: true });
  project = await freshProject(path.join(here, "recipes"));
  const out = (app) => path.join(project, "out", app);
  // React + chatscope, and nlux, with esbuild; the package's files copied next to each bundle.
  const installed = path.join(project, "node_modules", NAME);
  for (const [app, entry] of [["react-chat", "main.jsx"], ["nlux-chat", "main.js"]]) {
    await esbuild({
      entryPoints: { main: path.join(project, app, entry) },
      bundle: true, format: "esm", jsx: "automatic", outdir: out(app), absWorkingDir: project, logLevel: "silent",
      define: { "process.env.NODE_ENV": '"production"' },
    });
    await fs.copyFile(path.join(project, app, "index.html"), path.join(out(app), "index.html"));
    for (const file of await fs.readdir(installed)) {
      if (/^glassbox.*\.(js|wasm|json)$/.test(file)) await fs.copyFile(path.join(installed, file), path.join(out(app), file));
    }
  }
  // Vue and Svelte with Vite and their official plugins.
  const tags = (tag) => tag.startsWith("glassbox-");
  await vite({ root: path.join(project, "vue"), base: "./", configFile: false, logLevel: "silent", plugins: [vue({ template: { compilerOptions: { isCustomElement: tags } } })], build: { outDir: out("vue") } });
  await vite({ root: path.join(project, "svelte"), base: "./", configFile: false, logLevel: "silent", plugins: [svelte({ configFile: false })], build: { outDir: out("svelte") } });
  env.servers = await startServers({ cdn: false, extraRoots: { "/recipes/": path.join(project, "out") } });
  env.browser = await launch();
});

after(async () => {
  await env.browser?.close();
  await env.servers?.close();
  if (project) await fs.rm(project, { recursive: true, force: true });
});

test("React 19 + chatscope chat UI kit: the notice before the input, the assistant's messages labelled AI", async () => {
  const { context, page, log } = await open(env, "/recipes/react-chat/index.html");
  await page.getByText("You are interacting with Aria, an AI system, not a person.").waitFor();
  const input = page.locator(".cs-message-input__content-editor");
  await input.waitFor();
  const noticeFirst = await page.evaluate(() => {
    const notice = document.querySelector("glassbox-notice");
    const editor = document.querySelector(".cs-message-input__content-editor");
    return !!(notice.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(noticeFirst, "the notice comes before the chat's input");
  const labels = page.locator(".cs-message--incoming [data-glassbox-label]");
  await labels.first().waitFor();
  assert.equal(await labels.count(), 1, "the greeting is labelled");
  await input.click();
  await page.keyboard.type("Can I raise my card limit?");
  await page.keyboard.press("Enter");
  await page.getByText("You asked: Can I raise my card limit?. Here is what I found.").waitFor();
  await page.waitForFunction(() => document.querySelectorAll(".cs-message--incoming [data-glassbox-label]").length === 2);
  assert.equal(await page.locator(".cs-message--outgoing").count(), 1, "the person's message is shown");
  assert.equal(await page.locator(".cs-message--outgoing [data-glassbox-label]").count(), 0, "the person's message is not labelled");
  await page.getByText("Your loan application was declined.").waitFor();
  await screenshot(page, "recipe-react-chatscope");
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(env.servers.site)), [], "nothing but the site itself is asked");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("nlux AI chat: the notice before the input, the input gated until acknowledged, the assistant's messages labelled AI", async () => {
  const { context, page, log } = await open(env, "/recipes/nlux-chat/index.html");
  await page.getByText("You are interacting with Aria, an AI system, not a person.").waitFor();
  const input = page.locator(".nlux-comp-composer textarea");
  await input.waitFor();
  assert.ok(await input.isDisabled(), "the chat's input waits for the acknowledgement");
  const noticeFirst = await page.evaluate(() => {
    const notice = document.querySelector("glassbox-notice");
    return !!(notice.compareDocumentPosition(document.querySelector(".nlux-comp-composer textarea")) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(noticeFirst, "the notice comes before the chat's input");
  await page.locator(".nlux-comp-chatItem--received [data-glassbox-label]").first().waitFor();
  await page.getByRole("button", { name: "I understand" }).click();
  assert.ok(await input.isEnabled(), "enabled once acknowledged");
  await input.fill("Can I raise my card limit?");
  await input.press("Enter");
  await page.getByText("You asked: Can I raise my card limit?. Here is what I found.").waitFor();
  await page.waitForFunction(() => document.querySelectorAll(".nlux-comp-chatItem--received [data-glassbox-label]").length === 2);
  assert.equal(await page.locator(".nlux-comp-chatItem--sent").count(), 1, "the person's message is shown");
  await screenshot(page, "recipe-nlux");
  assert.equal(await page.locator(".nlux-comp-chatItem--sent [data-glassbox-label]").count(), 0, "the person's message is not labelled");
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(env.servers.site)), [], "nothing but the site itself is asked");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

for (const app of ["vue", "svelte"]) {
  test(`${app === "vue" ? "Vue 3" : "Svelte 5"} app: the custom elements follow the app's state and take an explanation property`, async () => {
    const { context, page, log } = await open(env, `/recipes/${app}/index.html`);
    await page.getByText("You are interacting with Aria, an AI system, not a person.").waitFor();
    assert.ok(await page.locator("#q").isDisabled(), "ack=required gates the app's input");
    await page.getByRole("button", { name: "I understand" }).click();
    assert.ok(await page.locator("#q").isEnabled());
    await page.getByText("Your loan application was declined.").waitFor();
    await page.getByText("Exercise your data protection rights").waitFor();
    await page.getByRole("button", { name: "Rename the assistant" }).click();
    await page.getByText("You are interacting with Nova, an AI system, not a person.").waitFor();
    await axe(page, app);
    await screenshot(page, `recipe-${app}`);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}
