// The post-step of scripts/build-dist.sh: builds the sha384 of the files each loader fetches into
// it, so that a changed file on a CDN is refused, minifies both, and writes <dist>/integrity.json
// with the `sha384-…` of every file, for `<script integrity>` and for review.
//   glassbox-explain.js gets the hashes of the glassbox-explain.<lang>.json files (it is loaded
//   checked, so its hash in glassbox.js covers them, and the notice path stays smaller);
//   glassbox.js gets the hashes of everything else it loads (the wasm files, glassbox-explain.js,
//   the glassbox.<lang>.json files, any stylesheet).
// Usage: node scripts/integrity.mjs <glassbox.full.js> <glassbox_explain.full.js> <dist>
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

const MARKER = "var INTEGRITY = {};";
const EXPLAIN_LANGUAGE = /^glassbox-explain\..+\.json$/;

/** The `sha384-…` of some bytes, as `integrity` attributes and `fetch` take it. */
export function sri(bytes) {
  return "sha384-" + crypto.createHash("sha384").update(bytes).digest("base64");
}

function files(dist) {
  return fs.readdirSync(dist).filter((f) => fs.statSync(path.join(dist, f)).isFile() && f !== "integrity.json").sort();
}

function withHashes(full, dist, wanted) {
  const table = {};
  for (const file of files(dist).filter(wanted)) table[file] = sri(fs.readFileSync(path.join(dist, file)));
  if (full.split(MARKER).length !== 2) throw new Error(`the loader must hold "${MARKER}" exactly once`);
  const code = full.replace(MARKER, `var INTEGRITY = ${JSON.stringify(table)};`);
  return { code: transformSync(code, { minify: true, legalComments: "inline", logLevel: "warning" }).code, count: Object.keys(table).length };
}

/** glassbox-explain.js, minified, with the hashes of the explanation module's language files. */
export function explainWithHashes(full, dist) {
  return withHashes(full, dist, (f) => EXPLAIN_LANGUAGE.test(f));
}

/** glassbox.js, minified, with the hashes of the other files it loads (run after explainWithHashes). */
export function loaderWithHashes(full, dist) {
  return withHashes(full, dist, (f) => f !== "glassbox.js" && !EXPLAIN_LANGUAGE.test(f) && /\.(wasm|json|js|css)$/.test(f));
}

/** Writes <dist>/integrity.json: every file's hash. */
export function writeIntegrity(dist) {
  const all = {};
  for (const file of files(dist)) all[file] = sri(fs.readFileSync(path.join(dist, file)));
  fs.writeFileSync(path.join(dist, "integrity.json"), JSON.stringify(all, null, 2) + "\n");
  return Object.keys(all).length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [notice, explain, dist] = process.argv.slice(2);
  const second = explainWithHashes(fs.readFileSync(explain, "utf8"), dist);
  fs.writeFileSync(path.join(dist, "glassbox-explain.js"), second.code);
  const first = loaderWithHashes(fs.readFileSync(notice, "utf8"), dist);
  fs.writeFileSync(path.join(dist, "glassbox.js"), first.code);
  const listed = writeIntegrity(dist);
  console.log(`integrity: ${first.count} hashes built into glassbox.js, ${second.count} into glassbox-explain.js; ${dist}/integrity.json lists ${listed} files`);
}
