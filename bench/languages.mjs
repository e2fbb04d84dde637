// Section "languages": the two ways to ship 24 languages, measured side by side.
//  - split (what dist/ ships): English compiled in, each other language a small JSON file
//    (glassbox.<lang>.json, glassbox-explain.<lang>.json) fetched by the loader in parallel with
//    the wasm;
//  - bundled (scripts/build-dist.sh bundled target/dist-bundled): every language in the wasm.
// Bytes of the first notice (brotli 11) per language both ways, the same for the explanation and
// form module, and the open-notice time of a German page both ways in the same browser.
import fs from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import { BENCH, REPO, fmtBytes, fmtMs, mdTable, median, textTable } from "./util.mjs";
import { MODES, oneLoad, summarize } from "./open-notice.mjs";

export const BUNDLED_DIR = path.join(REPO, "target", "dist-bundled");
const LANGS = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split(" ");

const brotli = (buf) =>
  zlib.brotliCompressSync(buf, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;

async function bytes(dir, files) {
  let n = 0;
  for (const f of files) n += brotli(await fs.readFile(path.join(dir, f)));
  return n;
}

async function sizes(distDir) {
  const rows = [];
  for (const lang of LANGS) {
    const extra = (prefix) => (lang === "en" ? [] : [`${prefix}.${lang}.json`]);
    rows.push({
      lang,
      split: {
        notice: await bytes(distDir, ["glassbox.js", "glassbox_bg.wasm", ...extra("glassbox")]),
        explain: await bytes(distDir, ["glassbox-explain.js", "glassbox_explain_bg.wasm", ...extra("glassbox-explain")]),
      },
    });
  }
  const bundled = {
    notice: await bytes(BUNDLED_DIR, ["glassbox.js", "glassbox_bg.wasm"]),
    explain: await bytes(BUNDLED_DIR, ["glassbox-explain.js", "glassbox_explain_bg.wasm"]),
  };
  return { rows, bundled };
}

async function germanText() {
  const ftl = await fs.readFile(path.join(REPO, "crates/core/locales/de/glassbox.ftl"), "utf8");
  const line = ftl.split("\n").find((l) => l.startsWith("notice-sentence-named"));
  return line.split("=").slice(1).join("=").trim().replace(/\{\s*\$system\s*\}/, "Aria");
}

export async function run({ browser, site, distDir, loads = 20, log = () => {} }) {
  try {
    await fs.access(path.join(BUNDLED_DIR, "glassbox_bg.wasm"));
  } catch {
    throw new Error(`${BUNDLED_DIR} is missing: run scripts/build-dist.sh bundled target/dist-bundled (make bench does)`);
  }
  const size = await sizes(distDir);
  const probeSrc = (await fs.readFile(path.join(BENCH, "probe.js"), "utf8")).replace(/^\s*\/\/.*$/gm, "").trim();
  const text = await germanText();
  const targets = [
    { id: "split", label: "split (dist/)", page: "/bench/glassbox-split-de.html", selector: "p.gb-sentence", text },
    { id: "bundled", label: "bundled", page: "/bench/glassbox-bundled-de.html", selector: "p.gb-sentence", text },
  ];
  const modes = [];
  for (const mode of MODES) {
    const samples = { split: [], bundled: [] };
    for (const t of targets) await oneLoad(browser, site, t, mode, probeSrc); // warm-up
    for (let i = 0; i < loads; i++) {
      for (const t of i % 2 ? [...targets].reverse() : targets) {
        const s = await oneLoad(browser, site, t, mode, probeSrc);
        samples[t.id].push(s);
        if (!s.ok) log(`  languages ${mode.id} ${t.id} load ${i + 1}: FAILED ${s.error}`);
      }
    }
    modes.push({
      id: mode.id,
      label: mode.label,
      results: targets.map((t) => ({ id: t.id, label: t.label, ...summarize(samples[t.id]) })),
    });
  }
  const splitMax = Math.max(...size.rows.map((r) => r.split.notice));
  return { size, modes, loads, choice: splitMax < size.bundled.notice ? "split" : "bundled" };
}

function sizeRows(r) {
  const { rows, bundled } = r.size;
  const en = rows.find((x) => x.lang === "en");
  const others = rows.filter((x) => x.lang !== "en");
  const pick = (f) => others.map(f);
  const line = (label, f) => [
    label,
    fmtBytes(f(en)),
    fmtBytes(median(pick(f))),
    `${fmtBytes(Math.max(...pick(f)))} (${others.reduce((a, b) => (f(b) > f(a) ? b : a)).lang})`,
  ];
  return [
    line("Notice path, split", (x) => x.split.notice),
    ["Notice path, bundled (all 24)", fmtBytes(bundled.notice), fmtBytes(bundled.notice), fmtBytes(bundled.notice)],
    line("Explanation + form module, split", (x) => x.split.explain),
    ["Explanation + form module, bundled", fmtBytes(bundled.explain), fmtBytes(bundled.explain), fmtBytes(bundled.explain)],
  ];
}

function timeRows(r) {
  return r.modes.map((m) => {
    const [s, b] = m.results;
    return [m.label, fmtMs(s.median), fmtMs(b.median), s.median && b.median ? `${(s.median / b.median).toFixed(2)}×` : "—"];
  });
}

const SIZE_HEAD = ["Bytes (brotli 11) of", "English page", "Other languages, median", "Other languages, max"];
const TIME_HEAD = ["German page, open-notice median", "split", "bundled", "split ÷ bundled"];

function verdict(r) {
  const saved = r.size.bundled.notice - Math.max(...r.size.rows.map((x) => x.split.notice));
  return r.choice === "split"
    ? `Choice: split. Even the largest language costs ${fmtBytes(saved)} less on the first notice than bundling all 24; ${r.loads} loads per variant and mode.`
    : `Choice: bundled. The split build's largest language costs ${fmtBytes(-saved)} more than bundling all 24.`;
}

export function toText(r) {
  return `${textTable(SIZE_HEAD, sizeRows(r))}\n${textTable(TIME_HEAD, timeRows(r))}\n${verdict(r)}`;
}

export function toMarkdown(r) {
  return `${mdTable(SIZE_HEAD, sizeRows(r), ["l", "r", "r", "r"])}\n\n${mdTable(TIME_HEAD, timeRows(r), ["l", "r", "r", "r"])}\n\n${verdict(r)}`;
}
