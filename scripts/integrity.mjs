// The post-step of scripts/build-dist.sh: builds the sha384 of every file glassbox.js loads into
// it (so a changed file on a CDN is refused), minifies it, and writes <dist>/integrity.json with
// the `sha384-…` of every file, glassbox.js included, for `<script integrity>` and for review.
// Usage: node scripts/integrity.mjs <glassbox.full.js> <dist>
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

const MARKER = "var INTEGRITY = {};";

/** The `sha384-…` of some bytes, as `integrity` attributes and `fetch` take it. */
export function sri(bytes) {
  return "sha384-" + crypto.createHash("sha384").update(bytes).digest("base64");
}

function files(dist) {
  return fs.readdirSync(dist).filter((f) => fs.statSync(path.join(dist, f)).isFile() && f !== "integrity.json").sort();
}

/** glassbox.js, minified, from the unminified loader `full` with the hashes of `dist`'s files in it. */
export function loaderWithHashes(full, dist) {
  // What glassbox.js loads: the wasm files, the explanation module's script, the language files.
  const loaded = {};
  for (const file of files(dist)) {
    if (file !== "glassbox.js" && /\.(wasm|json|js|css)$/.test(file)) loaded[file] = sri(fs.readFileSync(path.join(dist, file)));
  }
  if (full.split(MARKER).length !== 2) throw new Error(`the loader must hold "${MARKER}" exactly once`);
  const code = full.replace(MARKER, `var INTEGRITY = ${JSON.stringify(loaded)};`);
  return { code: transformSync(code, { minify: true, legalComments: "inline", logLevel: "warning" }).code, count: Object.keys(loaded).length };
}

/** Writes <dist>/integrity.json: every file's hash. */
export function writeIntegrity(dist) {
  const all = {};
  for (const file of files(dist)) all[file] = sri(fs.readFileSync(path.join(dist, file)));
  fs.writeFileSync(path.join(dist, "integrity.json"), JSON.stringify(all, null, 2) + "\n");
  return Object.keys(all).length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [source, dist] = process.argv.slice(2);
  const { code, count } = loaderWithHashes(fs.readFileSync(source, "utf8"), dist);
  fs.writeFileSync(path.join(dist, "glassbox.js"), code);
  const listed = writeIntegrity(dist);
  console.log(`integrity: ${count} hashes built into glassbox.js; ${dist}/integrity.json lists ${listed} files`);
}
