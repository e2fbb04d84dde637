// Section "size": bytes of every file in dist/ raw, gzip -9 and brotli q11, plus the
// "notice path" (glassbox.js + glassbox_bg.wasm, brotli) against the 70 KB budget.
// For context, the same numbers for the peers' files that their bench pages load.
import fs from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import { REPO, fmtBytes, fmtKiB, mdTable, textTable } from "./util.mjs";

export const NOTICE_PATH_FILES = ["glassbox.js", "glassbox_bg.wasm"];
export const NOTICE_BUDGET_BYTES = 70 * 1024;
// What a page with the explanation or the data-subject request form loads on top of the notice.
export const FORM_MODULE_FILES = ["glassbox-explain.js", "glassbox_explain_bg.wasm"]; // "70 KB" read as 70 KiB = 71,680 bytes

const PEERS = {
  "vanilla-cookieconsent@3.1.0": ["vanilla-cookieconsent/dist/cookieconsent.umd.js", "vanilla-cookieconsent/dist/cookieconsent.css"],
  "klaro@0.7.22": ["klaro/dist/klaro.js"],
};

export function sizes(buf) {
  return {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_LGWIN]: 24, // same window as the `brotli` CLI's default
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

function total(rows) {
  return rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

export async function run({ distDir = path.join(REPO, "dist"), nodeModules = path.join(REPO, "node_modules") } = {}) {
  distDir = distDir || path.join(REPO, "dist");
  const names = (await fs.readdir(distDir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name).sort();
  const files = [];
  for (const name of names) files.push({ file: name, ...sizes(await fs.readFile(path.join(distDir, name))) });
  const missing = NOTICE_PATH_FILES.filter((f) => !names.includes(f));
  if (missing.length) throw new Error(`dist/ lacks ${missing.join(", ")}: run scripts/build-dist.sh`);
  const noticeBrotli = total(files.filter((f) => NOTICE_PATH_FILES.includes(f.file))).brotli;

  const peers = [];
  for (const [name, rels] of Object.entries(PEERS)) {
    const rows = [];
    for (const rel of rels) rows.push({ file: rel, ...sizes(await fs.readFile(path.join(nodeModules, rel))) });
    peers.push({ name, files: rows, total: total(rows) });
  }

  const formModule = total(files.filter((f) => FORM_MODULE_FILES.includes(f.file)));
  return {
    files,
    total: total(files),
    formModule: { files: FORM_MODULE_FILES, ...formModule },
    noticePath: {
      files: NOTICE_PATH_FILES,
      brotli: noticeBrotli,
      budget: NOTICE_BUDGET_BYTES,
      headroom: NOTICE_BUDGET_BYTES - noticeBrotli,
      withinBudget: noticeBrotli <= NOTICE_BUDGET_BYTES,
    },
    peers,
  };
}

const LANGUAGE_FILE = /^(glassbox|glassbox-explain)\.([a-z]{2})\.json$/;

function rowsFor(r) {
  const rows = r.files.filter((f) => !LANGUAGE_FILE.test(f.file)).map((f) => [`dist/${f.file}`, fmtBytes(f.raw), fmtBytes(f.gzip), fmtBytes(f.brotli)]);
  // One language file of each kind is fetched per page: show their range, not 46 rows.
  for (const prefix of ["glassbox", "glassbox-explain"]) {
    const group = r.files.filter((f) => LANGUAGE_FILE.exec(f.file)?.[1] === prefix);
    if (!group.length) continue;
    const range = (k) => `${fmtBytes(Math.min(...group.map((f) => f[k])))}–${fmtBytes(Math.max(...group.map((f) => f[k])))}`;
    rows.push([`dist/${prefix}.<lang>.json (${group.length} languages, one fetched per page)`, range("raw"), range("gzip"), range("brotli")]);
  }
  rows.push(["**total dist/** (all languages)", fmtBytes(r.total.raw), fmtBytes(r.total.gzip), fmtBytes(r.total.brotli)]);
  for (const p of r.peers) rows.push([`${p.name} (${p.files.map((f) => path.basename(f.file)).join(" + ")})`, fmtBytes(p.total.raw), fmtBytes(p.total.gzip), fmtBytes(p.total.brotli)]);
  return rows;
}

const HEAD = ["File", "Raw", "gzip -9", "brotli 11"];

function budgetLine(r) {
  const n = r.noticePath;
  return `Notice path (${n.files.join(" + ")}, brotli 11): ${fmtBytes(n.brotli)} (${fmtKiB(n.brotli)}) ` +
    `vs budget 70 KB = ${fmtBytes(n.budget)}: ` +
    (n.withinBudget ? `OK, ${fmtBytes(n.headroom)} headroom` : `OVER by ${fmtBytes(-n.headroom)}`);
}

function formLine(r) {
  const f = r.formModule;
  if (!f || !f.raw) return "";
  return `\nExplanation and request-form module (${f.files.join(" + ")}, loaded only where a page shows an explanation or a request form, or opens the request dialog), brotli 11: ` +
    `${fmtBytes(f.brotli)} (${fmtKiB(f.brotli)}) on top of the notice path`;
}

export function toText(r) {
  return `${textTable(HEAD, rowsFor(r).map((row) => row.map((c) => c.replaceAll("**", ""))))}\n${budgetLine(r)}${formLine(r)}`;
}

export function toMarkdown(r) {
  return `${mdTable(HEAD, rowsFor(r), ["l", "r", "r", "r"])}\n\n${budgetLine(r)}${formLine(r)}`;
}
