// A fresh project with the npm package from `make package` installed from its tarball, offline,
// for e2e/package.test.mjs and e2e/recipes.test.mjs. It lives under target/ so that the build
// tools (esbuild, Vite, tsc, the frameworks) resolve from the repository's node_modules, while
// `glassbox-widget` resolves from the project's own.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

export const run = promisify(execFile);
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const NAME = "glassbox-widget";

/** Creates the project, installs the tarball and copies `sources` (a folder) into it. */
export async function freshProject(sources) {
  const packed = (await fs.readdir(path.join(REPO, "target", "package"))).filter((f) => f.endsWith(".tgz"));
  assert.equal(packed.length, 1, "make package wrote one tarball to target/package/");
  const dir = await fs.mkdtemp(path.join(REPO, "target", "package-e2e-"));
  await fs.writeFile(path.join(dir, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", path.join(REPO, "target", "package", packed[0])], { cwd: dir });
  await fs.cp(sources, dir, { recursive: true });
  return dir;
}
