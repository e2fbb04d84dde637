// Section "distribution": the npm package's size (packed .tgz and unpacked, from `make package`),
// side by side with the peers' npm packages, and what the custom elements (loader/elements.js)
// cost on the notice path: glassbox.js's bytes with and without them (and what the built-in hashes
// cost it), and the open-notice time of
// three pages, interleaved: the usual data-glassbox page with today's glassbox.js, the same page
// with a glassbox.js built without the elements, and a page using <glassbox-notice>.
import fs from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import { loaderWithHashes } from "../scripts/integrity.mjs";
import { transformSync } from "esbuild";
import { oneLoad, summarize } from "./open-notice.mjs";
import { BENCH, REPO, fmtBytes, fmtMs, mdTable, textTable } from "./util.mjs";

export const NOELEMENTS_DIR = path.join(REPO, "target", "bench-noelements");
const PACKAGE_DIR = path.join(REPO, "target", "package");
const FULL_LOADER = path.join(REPO, "target", "glassbox-bindgen-split", "glassbox.full.js");
const TEXT = "You are interacting with Aria, an AI system, not a person.";
const PAGES = [
  { id: "attribute", label: "data-glassbox, glassbox.js with the elements", page: "/bench/glassbox.html" },
  { id: "without", label: "data-glassbox, glassbox.js without the elements", page: "/bench/glassbox-noelements.html" },
  { id: "element", label: "<glassbox-notice>", page: "/bench/glassbox-element.html" },
];
const PEERS = ["vanilla-cookieconsent", "klaro"];

const brotli = (buf) => zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function dirBytes(dir) {
  let total = 0;
  let count = 0;
  for (const d of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) {
      const sub = await dirBytes(p);
      total += sub.bytes;
      count += sub.files;
    } else if (d.isFile()) {
      total += (await fs.stat(p)).size;
      count += 1;
    }
  }
  return { bytes: total, files: count };
}

async function packageSize() {
  const tgz = (await fs.readdir(PACKAGE_DIR)).filter((f) => f.endsWith(".tgz"));
  if (tgz.length !== 1) throw new Error("target/package/ has no single .tgz: run `make package`");
  const packed = (await fs.stat(path.join(PACKAGE_DIR, tgz[0]))).size;
  const unpacked = await dirBytes(path.join(PACKAGE_DIR, "glassbox-widget"));
  const peers = [];
  for (const name of PEERS) {
    const dir = path.join(REPO, "node_modules", name);
    const manifest = JSON.parse(await fs.readFile(path.join(dir, "package.json"), "utf8"));
    peers.push({ name: `${name}@${manifest.version}`, unpacked: (await dirBytes(dir)).bytes });
  }
  return { file: tgz[0], packed, unpacked: unpacked.bytes, files: unpacked.files, peers };
}

/** Builds glassbox.js without loader/elements.js into NOELEMENTS_DIR (a copy of the bench's dist). */
async function buildWithoutElements(distDir) {
  const full = await fs.readFile(FULL_LOADER, "utf8");
  const elements = await fs.readFile(path.join(REPO, "loader", "elements.js"), "utf8");
  if (!full.includes(elements)) throw new Error(`${FULL_LOADER} does not hold loader/elements.js: run scripts/build-dist.sh`);
  await fs.rm(NOELEMENTS_DIR, { recursive: true, force: true });
  await fs.cp(distDir, NOELEMENTS_DIR, { recursive: true });
  const without = loaderWithHashes(full.replace(elements, ""), NOELEMENTS_DIR).code;
  await fs.writeFile(path.join(NOELEMENTS_DIR, "glassbox.js"), without);
  const withElements = await fs.readFile(path.join(distDir, "glassbox.js"));
  // The same loader with an empty hash table: what integrity costs glassbox.js.
  const unhashed = transformSync(full, { minify: true, legalComments: "inline", logLevel: "warning" }).code;
  return {
    unhashed: { raw: Buffer.byteLength(unhashed), brotli: brotli(Buffer.from(unhashed)) },
    with: { raw: withElements.length, brotli: brotli(withElements) },
    without: { raw: Buffer.byteLength(without), brotli: brotli(Buffer.from(without)) },
  };
}

export async function run({ browser, site, distDir, loads = 20, log = () => {} }) {
  const pkg = await packageSize();
  const bytes = await buildWithoutElements(distDir);
  const probeSrc = (await fs.readFile(path.join(BENCH, "probe.js"), "utf8")).replace(/^\s*\/\/.*$/gm, "").trim();
  const mode = { id: "unthrottled", cpu: 1, timeoutMs: 20_000 };
  const samples = Object.fromEntries(PAGES.map((p) => [p.id, []]));
  for (const p of PAGES) await oneLoad(browser, site, { ...p, selector: "p.gb-sentence", text: TEXT }, mode, probeSrc); // warm-up
  for (let i = 0; i < loads; i++) {
    const order = PAGES.map((_, k) => PAGES[(k + i) % PAGES.length]);
    for (const p of order) {
      const s = await oneLoad(browser, site, { ...p, selector: "p.gb-sentence", text: TEXT }, mode, probeSrc);
      samples[p.id].push(s);
      if (!s.ok) log(`  distribution ${p.id} load ${i + 1}: FAILED ${s.error}`);
    }
  }
  const times = PAGES.map((p) => ({ id: p.id, label: p.label, ...summarize(samples[p.id]) }));
  return { package: pkg, elementsBytes: bytes, loads, times };
}

const ratio = (a, b) => (a == null || b == null ? "—" : `${(a / b).toFixed(2)}×`);

function rows(r) {
  const base = r.times.find((t) => t.id === "without");
  return {
    size: [
      [`${r.package.file} (packed)`, fmtBytes(r.package.packed)],
      [`unpacked (${r.package.files} files)`, fmtBytes(r.package.unpacked)],
      ...r.package.peers.map((p) => [`${p.name}, unpacked (for scale)`, fmtBytes(p.unpacked)]),
      ["glassbox.js with the custom elements, brotli", fmtBytes(r.elementsBytes.with.brotli)],
      ["glassbox.js without them, brotli", fmtBytes(r.elementsBytes.without.brotli)],
      ["the custom elements cost, brotli", fmtBytes(r.elementsBytes.with.brotli - r.elementsBytes.without.brotli)],
      ["the built-in sha384 hashes cost, brotli", fmtBytes(r.elementsBytes.with.brotli - r.elementsBytes.unhashed.brotli)],
    ],
    time: r.times.map((t) => [t.label + (t.failures ? ` (${t.failures} failed)` : ""), fmtMs(t.median), fmtMs(t.p90), ratio(t.median, base.median)]),
  };
}

const TIME_HEAD = ["Open-notice time", "Median", "p90", "÷ without the elements"];

function footer(r) {
  return `${r.loads} loads per page (after one warm-up load each), interleaved, fresh browser context per load, headless Chromium, loopback, no throttling. Ratios near 1.00× within the run-to-run spread mean no measurable cost.`;
}

export function toText(r) {
  const t = rows(r);
  return `${textTable(["Package and elements", "Bytes"], t.size)}\n\n${textTable(TIME_HEAD, t.time)}\n${footer(r)}`;
}

export function toMarkdown(r) {
  const t = rows(r);
  return `${mdTable(["Package and elements", "Bytes"], t.size, ["l", "r"])}\n\n${mdTable(TIME_HEAD, t.time, ["l", "r", "r", "r"])}\n\n${footer(r)}`;
}
