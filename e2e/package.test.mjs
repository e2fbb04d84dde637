// The npm package (SPEC §11), as a web developer gets it: the tarball from `make package`
// installed into a fresh project from the file, offline; its ES module bundled with esbuild and
// with Vite, each page run in Chromium; its declarations checked with `tsc --strict` (a sample
// using every export and event passes, a wrong one fails); its JSON Schemas checked with ajv
// against every fixture of the core tests.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build as esbuild } from "esbuild";
import { build as vite, createServer as viteDevServer } from "vite";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { startServers } from "./server.mjs";
import { launch } from "./browser.mjs";
import { open } from "./support.mjs";
import { NAME, REPO, freshProject, run } from "./tarball.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = REPO;
const env = {};
let project;

before(async () => {
  project = await freshProject(path.join(here, "package"));
  // Vite's dev server, as `vite` runs it, on 127.0.0.1; made first, as in a process of its own
  // (a build in this process sets NODE_ENV=production, which a later dev server would take).
  env.dev = await viteDevServer({ root: project, configFile: false, logLevel: "silent", server: { host: "127.0.0.1", port: 0 } });
  await env.dev.listen();
  // esbuild: the bundle, and the package's files copied next to it (the README's step).
  const esbuildOut = path.join(project, "esbuild-out");
  await esbuild({ entryPoints: [path.join(project, "main.js")], bundle: true, format: "esm", outdir: esbuildOut, absWorkingDir: project, logLevel: "silent" });
  await fs.copyFile(path.join(project, "index.html"), path.join(esbuildOut, "index.html"));
  const installed = path.join(project, "node_modules", NAME);
  for (const file of await fs.readdir(installed)) {
    if (/^glassbox.*\.(js|wasm|json)$/.test(file)) await fs.copyFile(path.join(installed, file), path.join(esbuildOut, file));
  }
  // Vite: a production build, nothing copied by hand.
  await vite({ root: project, base: "./", configFile: false, logLevel: "silent", build: { outDir: path.join(project, "vite-out") } });
  env.servers = await startServers({ cdn: false, extraRoots: { "/esbuild/": esbuildOut, "/vite/": path.join(project, "vite-out") } });

  env.browser = await launch();
});

after(async () => {
  await env.browser?.close();
  await env.servers?.close();
  await env.dev?.close();
  if (project) await fs.rm(project, { recursive: true, force: true });
});

test("the package holds what SPEC §11 lists, with Cargo.toml's version and no runtime dependency", async () => {
  const installed = path.join(project, "node_modules", NAME);
  const manifest = JSON.parse(await fs.readFile(path.join(installed, "package.json"), "utf8"));
  const cargo = await fs.readFile(path.join(repo, "Cargo.toml"), "utf8");
  assert.equal(manifest.version, /\[package\][^[]*?\nversion = "([^"]+)"/.exec(cargo)[1]);
  assert.equal(manifest.dependencies, undefined);
  assert.deepEqual(Object.keys(manifest.exports).slice(0, 3), [".", "./react", "./glassbox.js"]);
  const files = await fs.readdir(installed);
  for (const file of ["glassbox.js", "glassbox.mjs", "glassbox_bg.wasm", "glassbox_explain_bg.wasm", "glassbox-explain.js", "glassbox.fr.json", "glassbox-explain.fr.json", "integrity.json", "glassbox.d.ts", "schemas.d.ts", "react.d.ts", "README.md", "LICENSE-MIT", "LICENSE-APACHE"]) {
    assert.ok(files.includes(file), `${file} is in the package`);
  }
  const schemas = await fs.readdir(path.join(installed, "schemas"));
  assert.deepEqual(schemas.sort(), ["glassbox.explanation.v1.json", "glassbox.request.v1.json"]);
});

for (const [bundler, base] of [["esbuild", "/esbuild/"], ["Vite", "/vite/"]]) {
  test(`bundled with ${bundler}, the ES module loads the wasm and shows the widgets in Chromium`, async () => {
    const { context, page, log } = await open(env, base + "index.html");
    await page.waitForFunction(() => document.body.dataset.elements);
    assert.equal(await page.evaluate(() => document.body.dataset.started), "true");
    assert.equal(await page.evaluate(() => document.body.dataset.elements), "true", "defineElements() resolved true");
    await page.getByText("Vous interagissez avec Aria, un système d'IA, et non avec une personne.").waitFor();
    await page.getByText("Your loan application was declined.").waitFor();
    await page.getByText("You are interacting with Custom element, an AI system, not a person.").waitFor();
    const wasm = log.requests.filter((u) => u.endsWith(".wasm"));
    assert.equal(wasm.length, 2, wasm.join(" "));
    assert.ok(wasm.every((u) => u.startsWith(env.servers.site + base)), "the wasm came from next to the bundle");
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}

test("under Vite's dev server the module loads and shows the widgets (its two scripts are served transformed, so unchecked)", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(env.dev.resolvedUrls.local[0] + "index.html");
  await page.waitForFunction(() => document.body.dataset.elements);
  assert.equal(await page.evaluate(() => document.body.dataset.started), "true", errors.join("\n"));
  await page.getByText("Vous interagissez avec Aria, un système d'IA, et non avec une personne.").waitFor();
  await page.getByText("Your loan application was declined.").waitFor();
  await page.getByText("You are interacting with Custom element, an AI system, not a person.").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

async function tsc(file) {
  const config = path.join(project, `tsconfig.${file}.json`);
  await fs.writeFile(config, JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: "es2022", module: "esnext", moduleResolution: "bundler", lib: ["es2022", "dom"], types: [], skipLibCheck: false, jsx: "react-jsx" },
    files: [file],
  }));
  try {
    await run(path.join(repo, "node_modules", ".bin", "tsc"), ["-p", config], { cwd: project });
    return { ok: true, output: "" };
  } catch (error) {
    return { ok: false, output: String(error.stdout) + String(error.stderr) };
  }
}

test("tsc --strict accepts a sample using every export and event, and rejects wrong arguments", async () => {
  const good = await tsc("sample.ts");
  assert.ok(good.ok, good.output);
  const bad = await tsc("wrong.ts");
  assert.equal(bad.ok, false, "wrong.ts must not type-check");
  const lines = new Set([...bad.output.matchAll(/wrong\.ts\((\d+),\d+\): error/g)].map((m) => Number(m[1])));
  assert.deepEqual([...lines].sort((a, b) => a - b), [4, 5, 6, 7, 8], bad.output);
});

test("tsc --strict: the JSX typings for React 19 accept the elements and reject wrong attributes", async () => {
  const good = await tsc("react-sample.tsx");
  assert.ok(good.ok, good.output);
  const bad = await tsc("react-wrong.tsx");
  assert.equal(bad.ok, false, "react-wrong.tsx must not type-check");
  const lines = new Set([...bad.output.matchAll(/react-wrong\.tsx\((\d+),\d+\): error/g)].map((m) => Number(m[1])));
  assert.deepEqual([...lines].sort((a, b) => a - b), [7, 8], bad.output);
});

test("ajv: the package's JSON Schemas accept every valid fixture of the core tests and reject every broken one", async () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addFormat("double", true);
  const installed = path.join(project, "node_modules", NAME, "schemas");
  for (const [format, file] of [["explanation", "glassbox.explanation.v1.json"], ["request", "glassbox.request.v1.json"]]) {
    const validate = ajv.compile(JSON.parse(await fs.readFile(path.join(installed, file), "utf8")));
    const fixtures = path.join(repo, "crates", "core", "tests", "fixtures", format);
    for (const which of ["valid", "invalid"]) {
      const names = await fs.readdir(path.join(fixtures, which));
      assert.ok(names.length >= 2, `${format}/${which} fixtures`);
      for (const name of names) {
        const data = JSON.parse(await fs.readFile(path.join(fixtures, which, name), "utf8"));
        const ok = validate(data);
        assert.equal(ok, which === "valid", `${format}/${which}/${name}: ${ajv.errorsText(validate.errors)}`);
      }
    }
  }
});
