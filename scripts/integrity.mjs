// The post-step of scripts/build-dist.sh: builds the sha384 of every file glassbox.js loads into
// it (so a changed file on a CDN is refused), minifies it, and writes <dist>/integrity.json with
// the `sha384-…` of every file, glassbox.js included, for `<script integrity>` and for review.
// Usage: node scripts/integrity.mjs <glassbox.full.js> <dist>
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { transformSync } from "esbuild";

const [source, dist] = process.argv.slice(2);
const MARKER = "var INTEGRITY = {};";

export function sri(bytes) {
  return "sha384-" + crypto.createHash("sha384").update(bytes).digest("base64");
}

const hashOf = (file) => sri(fs.readFileSync(path.join(dist, file)));
const files = () => fs.readdirSync(dist).filter((f) => fs.statSync(path.join(dist, f)).isFile() && f !== "integrity.json").sort();

// What glassbox.js loads: the wasm files, the explanation module's script, the language files.
const loaded = {};
for (const file of files()) {
  if (file !== "glassbox.js" && /\.(wasm|json|js|css)$/.test(file)) loaded[file] = hashOf(file);
}
const full = fs.readFileSync(source, "utf8");
if (full.split(MARKER).length !== 2) throw new Error(`${source}: expected "${MARKER}" exactly once`);
const code = full.replace(MARKER, `var INTEGRITY = ${JSON.stringify(loaded)};`);
const { code: minified } = transformSync(code, { minify: true, legalComments: "inline", logLevel: "warning" });
fs.writeFileSync(path.join(dist, "glassbox.js"), minified);

const all = {};
for (const file of files()) all[file] = hashOf(file);
fs.writeFileSync(path.join(dist, "integrity.json"), JSON.stringify(all, null, 2) + "\n");
console.log(`integrity: ${Object.keys(loaded).length} hashes built into glassbox.js; ${dist}/integrity.json lists ${Object.keys(all).length} files`);
