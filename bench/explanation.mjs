// Section "explanation": what the explanation of an automated decision costs.
//  - render: Glassbox.explain(el, explanation with 200 factors) → its summary on screen, and
//    "show all" → all 200 rows on screen; median of `loads` runs, each in a fresh context, after
//    the explanation module is loaded (a small explanation first), so it times rendering only.
//  - first explanation on a page: navigation start → the loan demo's explanation visible,
//    including fetching and compiling the explanation module.
//  - size: what the feature adds to dist/ (its module, loaded only where a page shows an
//    explanation) and to the notice module every page loads.
import fs from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import { fmtBytes, fmtMs, mdTable, median, percentile, textTable } from "./util.mjs";

const FACTORS = 200;

function explanation(n) {
  return {
    schema: "glassbox.explanation/v1",
    decision: `Benchmark decision with ${n} factors.`,
    outcome: "unfavourable",
    decision_ref: "BENCH-1",
    ai_role: "decisive",
    human_reviewed: false,
    factors: Array.from({ length: n }, (_, i) => ({
      label: `Factor number ${i + 1}`,
      value: `value ${i + 1}`,
      impact: ((i % 2 ? 1 : -1) * (n - i)) / n,
    })),
    logic: "A statistical model.",
    data_categories: ["a", "b"],
    significance: "It matters.",
    consequences: "Something happens.",
  };
}

const brotli = (buf) => zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24 } }).length;

async function renderOnce(browser, site) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${site}/bench/explanation.html`);
    await page.waitForFunction(() => window.Glassbox && window.Glassbox.ready);
    await page.evaluate(() => window.Glassbox.ready);
    // Load the explanation module with a tiny explanation first.
    await page.evaluate(async () => {
      const el = document.getElementById("target");
      await window.Glassbox.explain(el, { decision: "warm-up", factors: [] });
      await new Promise((resolve) => {
        const done = () => el.shadowRoot?.textContent.includes("warm-up") && resolve();
        done();
        new MutationObserver(done).observe(el.shadowRoot || el, { childList: true, subtree: true, characterData: true });
      });
    });
    return await page.evaluate(async (big) => {
      const el = document.getElementById("target");
      const until = (test) => new Promise((resolve) => {
        const check = () => test() && resolve(performance.now());
        const observer = new MutationObserver(check);
        observer.observe(el.shadowRoot, { childList: true, subtree: true, characterData: true, attributes: true });
        check();
      });
      const t0 = performance.now();
      window.Glassbox.explain(el, big);
      const t1 = await until(() => el.shadowRoot.textContent.includes(big.decision));
      const button = [...el.shadowRoot.querySelectorAll("button")].find((b) => b.getAttribute("aria-expanded") === "false");
      const t2 = performance.now();
      button.click();
      const t3 = await until(() => el.shadowRoot.querySelectorAll("tbody tr").length === big.factors.length);
      return { render: t1 - t0, showAll: t3 - t2 };
    }, explanation(FACTORS));
  } finally {
    await context.close();
  }
}

async function firstOnPage(browser, site) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${site}/loan.html`);
    await page.locator("#explanation .gb-summary").waitFor();
    return await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
  } finally {
    await context.close();
  }
}

export async function run({ browser, site, distDir, loads }) {
  const renders = [];
  const showAll = [];
  const first = [];
  for (let i = 0; i < loads; i++) {
    const r = await renderOnce(browser, site);
    renders.push(r.render);
    showAll.push(r.showAll);
    first.push(await firstOnPage(browser, site));
  }
  const size = async (f) => {
    const buf = await fs.readFile(path.join(distDir, f));
    return { raw: buf.length, brotli: brotli(buf) };
  };
  const module = { wasm: await size("glassbox_explain_bg.wasm"), js: await size("glassbox-explain.js") };
  return {
    factors: FACTORS,
    loads,
    render: { median: median(renders), p90: percentile(renders, 90) },
    showAll: { median: median(showAll), p90: percentile(showAll, 90) },
    firstOnPage: { median: median(first), p90: percentile(first, 90) },
    module,
  };
}

function rows(r) {
  return [
    [`Glassbox.explain → summary on screen (${r.factors} factors)`, fmtMs(r.render.median), fmtMs(r.render.p90)],
    [`"Show all" → ${r.factors} rows on screen`, fmtMs(r.showAll.median), fmtMs(r.showAll.p90)],
    ["Loan demo: navigation → explanation on screen (module fetched and compiled)", fmtMs(r.firstOnPage.median), fmtMs(r.firstOnPage.p90)],
  ];
}

function sizeLine(r) {
  return `The explanation lives in the second module (with the request form): ${fmtBytes(r.module.wasm.brotli + r.module.js.brotli)} brotli (glassbox_explain_bg.wasm ${fmtBytes(r.module.wasm.raw)} raw / ${fmtBytes(r.module.wasm.brotli)} brotli, glassbox-explain.js ${fmtBytes(r.module.js.brotli)} brotli), fetched only by pages that show an explanation or a request form; the notice module that every page loads carries none of it.`;
}

export function toText(r) {
  return `${textTable(["measure", "median", "p90"], rows(r))}\n${sizeLine(r)}`;
}

export function toMarkdown(r) {
  return `${mdTable(["Explanation", "median", "p90"], rows(r), ["", "r", "r"])}\n\n${sizeLine(r)} ${r.loads} runs each.`;
}
