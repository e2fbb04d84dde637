// "Tried as a new user would" (SPEC §11): the README's quick start for bundlers, taken from
// README.md as written (the ```js block under "### Bundlers", not a copy kept here), is the
// main.js of a new project that installed the packed tarball offline; `vite build` builds it and
// Chromium shows the notice it mounts. If the README's code stops working, this fails.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build as vite } from "vite";
import { startServers } from "./server.mjs";
import { launch } from "./browser.mjs";
import { open } from "./support.mjs";
import { REPO, freshProject } from "./tarball.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const env = {};
let project;

/** The first ```js block after the heading `### Bundlers` in the README. */
async function quickStart() {
  const readme = await fs.readFile(path.join(REPO, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("\n### Bundlers\n"));
  const block = /```js\n([\s\S]*?)```/.exec(section);
  assert.ok(block, "README.md has a ```js block under ### Bundlers");
  return block[1];
}

before(async () => {
  project = await freshProject(path.join(here, "quickstart"));
  await fs.writeFile(path.join(project, "main.js"), await quickStart());
  await vite({ root: project, base: "./", configFile: false, logLevel: "silent", build: { outDir: path.join(project, "out") } });
  env.servers = await startServers({ cdn: false, extraRoots: { "/quickstart/": path.join(project, "out") } });
  env.browser = await launch();
});

after(async () => {
  await env.browser?.close();
  await env.servers?.close();
  if (project) await fs.rm(project, { recursive: true, force: true });
});

test("the README's quick start, pasted into a new Vite project, shows the notice", async () => {
  const code = await quickStart();
  assert.match(code, /from "glassbox-widget"/, "the quick start imports the package by name");
  const { context, page, log } = await open(env, "/quickstart/index.html");
  await page.getByText("You are interacting with Aria, an AI system, not a person.").waitFor();
  await page.getByText("This system is operated by Example Bank SA.").waitFor();
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
