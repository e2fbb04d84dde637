// Section "open-notice": navigation start → notice text visible, Glassbox vs vanilla-cookieconsent 3
// and Klaro on equivalent host pages (bench/pages/), in the same browser, interleaved, a fresh
// browser context (empty cache, no cookies) per load; unthrottled and with 4× CPU throttling.
import fs from "node:fs/promises";
import path from "node:path";
import { BENCH, fmtMs, mdTable, median, percentile, textTable } from "./util.mjs";

export const TARGETS = [
  {
    id: "glassbox",
    label: "Glassbox, plain tag",
    page: "/bench/glassbox.html",
    selector: "p.gb-sentence",
    text: "You are interacting with Aria, an AI system, not a person.",
  },
  {
    // The plain tag with the README's preload recipe for the wasm.
    id: "preload",
    label: "Glassbox, plain tag + preload",
    page: "/bench/glassbox-preload.html",
    selector: "p.gb-sentence",
    text: "You are interacting with Aria, an AI system, not a person.",
  },
  {
    // The same page after `glassbox-render` (bench/run.mjs renders it into PRERENDERED_DIR).
    id: "prerendered",
    label: "Glassbox, prerendered",
    page: "/bench-prerendered/glassbox.html",
    selector: "p.gb-sentence",
    text: "You are interacting with Aria, an AI system, not a person.",
  },
  {
    // The same, rendered with `glassbox-render --inline-css`: the styles in the shadow root, no
    // stylesheet request for the notice to wait for.
    id: "inline",
    label: "Glassbox, prerendered, inline CSS",
    page: "/bench-prerendered/glassbox-inline.html",
    selector: "p.gb-sentence",
    text: "You are interacting with Aria, an AI system, not a person.",
  },
  {
    id: "cookieconsent",
    label: "vanilla-cookieconsent 3.1.0",
    page: "/bench/cookieconsent.html",
    selector: "#cm__desc",
    text: "We use cookies to keep you signed in and to measure how this site is used.",
  },
  {
    id: "klaro",
    label: "Klaro 0.7.22",
    page: "/bench/klaro.html",
    selector: "#id-cookie-notice",
    text: "Could we please enable some additional services",
  },
];

/** Our variants; the ratios compare each with the others and with the peers. */
export const OURS = ["glassbox", "preload", "prerendered", "inline"];

export const MODES = [
  { id: "unthrottled", label: "no throttling", short: "", cpu: 1, timeoutMs: 20_000 },
  { id: "cpu4x", label: "4× CPU throttling", short: "4× CPU", cpu: 4, timeoutMs: 60_000 },
];

// Lighthouse's mobile profile: 4× CPU and "Slow 4G" (150 ms round trip, 1.6 Mbit/s down,
// 750 kbit/s up), through Chromium's network emulation. Only this section runs it: here the bytes
// of each library count, as they do for a person on a phone.
export const SLOW_4G = {
  id: "slow4g",
  label: "4× CPU and Slow 4G (150 ms RTT, 1.6 Mbit/s)",
  short: "4× CPU + Slow 4G",
  cpu: 4,
  network: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
  timeoutMs: 90_000,
};

// Fixed JS workload timed after each load: its ratio between modes shows the throttling took effect.
function calibrate() {
  const t0 = performance.now();
  let x = 0;
  for (let i = 0; i < 3e6; i++) x += Math.sqrt(i);
  return [performance.now() - t0, x];
}

/** The probe's one console message, sent once it has seen the notice (bench/probe.js). */
export const probeSaid = (m) => m.type() === "debug" && m.text() === "__benchProbe";

export async function oneLoad(browser, site, target, mode, probeSrc) {
  const context = await browser.newContext();
  const problems = [];
  try {
    const page = await context.newPage();
    // Any script error on these minimal pages means the widget will not show: fail the load at
    // once instead of waiting for the timeout.
    let fail;
    const failed = new Promise((_, reject) => (fail = reject));
    failed.catch(() => {});
    const problem = (p) => {
      problems.push(p);
      fail(new Error(p));
    };
    page.on("pageerror", (e) => problem(`pageerror: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && !/favicon/.test(m.location().url || "") && problem(`console: ${m.text()}`));
    page.on("response", (r) => r.status() >= 400 && !r.url().endsWith("/favicon.ico") && problem(`HTTP ${r.status()} ${r.url()}`));
    await page.addInitScript({ content: `(${probeSrc})(${JSON.stringify({ selector: target.selector, text: target.text })});` });
    if (mode.cpu !== 1 || mode.network) {
      const cdp = await context.newCDPSession(page);
      if (mode.cpu !== 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: mode.cpu });
      if (mode.network) {
        await cdp.send("Network.enable");
        await cdp.send("Network.emulateNetworkConditions", mode.network);
      }
    }
    // The probe says when it has seen the notice with one console message; nothing is evaluated in
    // the page before that (Playwright's waitForFunction would inject its script mid-load).
    const seen = page.waitForEvent("console", { predicate: probeSaid, timeout: mode.timeoutMs });
    await page.goto(site + target.page, { waitUntil: "commit", timeout: mode.timeoutMs });
    await Promise.race([seen, failed]);
    const probe = await page.evaluate(() => window.__benchProbe);
    // The layout shift once the notice is painted (two frames later), as a person would feel it.
    const cls = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(window.__benchShift)))));
    const extra = await page.evaluate(`(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const resources = performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname);
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      return { dcl: nav ? nav.domContentLoadedEventEnd : null, fcp: fcp ? fcp.startTime : null, resources, calibrationMs: (${calibrate})()[0] };
    })()`);
    return { ok: true, t: probe.t, tPresent: probe.tPresent, via: probe.via, cls, fcp: extra.fcp, dcl: extra.dcl, resources: extra.resources, calibrationMs: extra.calibrationMs, problems };
  } catch (e) {
    return { ok: false, error: String(e.message || e).split("\n")[0], problems };
  } finally {
    await context.close();
  }
}

export function summarize(samples) {
  const t = samples.filter((s) => s.ok).map((s) => s.t);
  const present = samples.filter((s) => s.ok && s.tPresent != null).map((s) => s.tPresent);
  const calib = samples.filter((s) => s.ok).map((s) => s.calibrationMs);
  const cls = samples.filter((s) => s.ok && s.cls != null).map((s) => s.cls);
  // How long after the page's first contentful paint the notice was seen (0: at first paint).
  const afterFcp = samples.filter((s) => s.ok && s.fcp != null).map((s) => s.t - s.fcp);
  const via = {};
  for (const s of samples) if (s.ok) via[s.via] = (via[s.via] || 0) + 1;
  return {
    n: t.length,
    failures: samples.length - t.length,
    median: median(t),
    p90: percentile(t, 90),
    min: t.length ? Math.min(...t) : null,
    max: t.length ? Math.max(...t) : null,
    medianPresent: median(present),
    medianCls: median(cls),
    medianAfterFcp: median(afterFcp),
    maxCls: cls.length ? Math.max(...cls) : null,
    medianCalibrationMs: median(calib),
    via,
  };
}

/**
 * @param {{ browser, site: string, loads?: number, warmup?: number, log?: (s: string) => void }} opts
 */
export async function run({ browser, site, loads = 20, warmup = 1, log = () => {} }) {
  const probeSrc = (await fs.readFile(path.join(BENCH, "probe.js"), "utf8")).replace(/^\s*\/\/.*$/gm, "").trim();
  const modes = [];
  for (const mode of [...MODES, SLOW_4G]) {
    const started = Date.now();
    const samples = Object.fromEntries(TARGETS.map((t) => [t.id, []]));
    for (let i = 0; i < warmup; i++) for (const t of TARGETS) await oneLoad(browser, site, t, mode, probeSrc);
    for (let i = 0; i < loads; i++) {
      // Rotate the order each round so no library always runs first (or right after another).
      const order = TARGETS.map((_, k) => TARGETS[(k + i) % TARGETS.length]);
      for (const t of order) {
        const s = await oneLoad(browser, site, t, mode, probeSrc);
        samples[t.id].push(s);
        if (!s.ok) log(`  ${mode.id} ${t.id} load ${i + 1}: FAILED ${s.error}`);
        else if (s.problems.length) log(`  ${mode.id} ${t.id} load ${i + 1}: ${s.problems.join("; ")}`);
      }
    }
    const results = TARGETS.map((t) => ({ id: t.id, label: t.label, ...summarize(samples[t.id]), samples: samples[t.id] }));
    const ratios = [];
    for (const ours of results.filter((r) => OURS.includes(r.id))) {
      // Each of ours against the peers and against the plain tag.
      for (const r of results.filter((q) => q.id !== ours.id && (!OURS.includes(q.id) || q.id === "glassbox"))) {
        ratios.push({ ours: ours.id, peer: r.id, label: `${ours.label} ÷ ${r.label}`, median: ours.median / r.median, p90: ours.p90 / r.p90 });
      }
    }
    modes.push({ id: mode.id, label: mode.label, short: mode.short, cpuThrottling: mode.cpu, network: mode.network || null, loads, warmup, seconds: (Date.now() - started) / 1000, results, ratios });
    log(`  ${mode.label}: ${loads}×${TARGETS.length} loads in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return { metric: "navigation start → first animation frame with the notice text visible (performance.now() in the page)", targets: TARGETS, modes };
}

const ratio = (x) => (x == null || !Number.isFinite(x) ? "—" : `${x.toFixed(2)}×`);

const col = (m, what) => (m.short ? `${what}, ${m.short}` : what);

function tableRows(r) {
  return TARGETS.map((t) => {
    const per = r.modes.map((m) => m.results.find((q) => q.id === t.id));
    const failed = per.reduce((a, x) => a + x.failures, 0);
    return [
      t.label + (failed ? ` (${failed} failed)` : ""),
      ...per.flatMap((x) => [fmtMs(x.median), fmtMs(x.p90)]),
      fmtCls(...per.map((x) => x.maxCls)),
    ];
  });
}

function ratioRows(r) {
  return r.modes[0].ratios.map((q, i) => [q.label, ...r.modes.flatMap((m) => [ratio(m.ratios[i].median), ratio(m.ratios[i].p90)])]);
}

const head = (r) => ["Open-notice time", ...r.modes.flatMap((m) => [col(m, "Median"), col(m, "p90")]), "Layout shift (max)"];
const ratioHead = (r) => ["Ratio", ...r.modes.flatMap((m) => [col(m, "Median"), col(m, "p90")])];
const fmtCls = (...xs) => {
  const v = xs.filter((x) => x != null);
  return v.length ? Math.max(...v).toFixed(3) : "—";
};

function footer(r) {
  const [a, b] = r.modes;
  const cal = (m) => m.results.map((q) => q.medianCalibrationMs).filter((x) => x != null);
  const slow = cal(a).length && cal(b).length ? median(cal(b)) / median(cal(a)) : NaN;
  const present = TARGETS.map((t) => {
    const x = a.results.find((q) => q.id === t.id);
    return `${t.label} ${fmtMs(x.medianPresent)}`;
  }).join(", ");
  const afterFcp = (m) => TARGETS.map((t) => `${t.label} ${fmtMs(m.results.find((q) => q.id === t.id).medianAfterFcp)}`).join(", ");
  const net = r.modes.find((m) => m.network);
  return (
    `${a.loads} loads per library per mode (after ${a.warmup} warm-up load each), interleaved, fresh browser context per load, ` +
    `headless Chromium, loopback HTTP with brotli-compressed bodies (as a CDN serves them)` +
    (net ? `; "${net.label}" adds Chromium's network emulation: ${net.network.latency} ms per round trip, ${(net.network.downloadThroughput * 8) / 1e6} Mbit/s down. ` : ". ") +
    `"Visible": the first animation frame in which the text's element has a layout box and computed visibility "visible" (a fade-in counts from its first frame). ` +
    `Measured CPU slowdown under 4× throttling: ${ratio(slow)}. ` +
    `Median time until the text is in the DOM at all (visible or not), unthrottled: ${present}. ` +
    `Layout shift: the page's cumulative layout shift two frames after the notice is seen, largest of all loads in all modes. ` +
    `Median time from the page's first contentful paint to the notice (negative: the probe's frame callback ran before that frame's paint was reported), ` +
    r.modes.map((m) => `${m.label}: ${afterFcp(m)}`).join("; ") +
    "."
  );
}

export function toText(r) {
  return `${textTable(head(r), tableRows(r))}\n\n${textTable(ratioHead(r), ratioRows(r))}\n${footer(r)}`;
}

export function toMarkdown(r) {
  const al = head(r).map((_, i) => (i ? "r" : "l"));
  return `${mdTable(head(r), [...tableRows(r), ...ratioRows(r).map((row) => [...row.map((c, i) => (i ? c : `*${c}*`)), ""])], al)}\n\n${footer(r)}`;
}
