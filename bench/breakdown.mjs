// Where the plain tag's time goes, load by load: `node bench/breakdown.mjs [loads]` (needs dist/;
// prints only). On bench/pages/glassbox.html, unthrottled and with 4× CPU, the medians of:
//   first paint            navigation → the page's first contentful paint
//   glassbox.js            navigation → glassbox.js received (resource timing)
//   wasm requested         navigation → the wasm's request (the loader has run)
//   notice stamped         navigation → glassbox.js wrote the notice (loader/stamp.js)
//   notice visible         navigation → first animation frame with the notice (bench/probe.js)
//   wasm received          navigation → the wasm's last byte
//   compiled+instantiated  navigation → WebAssembly.instantiate(Streaming) resolved
//   wasm took over         navigation → glassbox:notice-shown (the wasm shows the notice, live)
// Rows in this order; a row can come before the one above it (the first paint, for one).
// The compile timing wraps WebAssembly.instantiateStreaming / instantiate in an init script; a
// Chromium performance trace splits the same way, with less to read.
import fs from "node:fs/promises";
import path from "node:path";
import { startServers } from "../e2e/server.mjs";
import { launch } from "../e2e/browser.mjs";
import { BENCH, REPO, median, fmtMs } from "./util.mjs";
import { probeSaid } from "./open-notice.mjs";

const loads = Number(process.argv[2] || 10);
const probe = (await fs.readFile(path.join(BENCH, "probe.js"), "utf8")).replace(/^\s*\/\/.*$/gm, "").trim();
const target = { selector: "p.gb-sentence", text: "You are interacting with Aria, an AI system, not a person." };
const WRAP = () => {
  window.__wasm = {};
  // The stamp attaches the notice's shadow root: the first attachShadow is its moment.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (...args) {
    window.__wasm.stamped ??= performance.now();
    return attach.apply(this, args);
  };
  window.addEventListener("glassbox:notice-shown", () => { window.__wasm.shown ??= performance.now(); }, true);
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const original = WebAssembly[name];
    if (!original) continue;
    WebAssembly[name] = function (...args) {
      window.__wasm.called ??= performance.now();
      return original.apply(this, args).then((r) => {
        window.__wasm.done ??= performance.now();
        return r;
      });
    };
  }
};

const servers = await startServers({ dist: path.join(REPO, "dist"), cdn: false, extraRoots: { "/bench/": path.join(BENCH, "pages") } });
const browser = await launch();
try {
  for (const cpu of [1, 4]) {
    const rows = [];
    for (let i = 0; i < loads + 1; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(WRAP);
      await page.addInitScript({ content: `(${probe})(${JSON.stringify(target)});` });
      if (cpu !== 1) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: cpu });
      const seen = page.waitForEvent("console", { predicate: probeSaid, timeout: 60_000 });
      await page.goto(`${servers.site}/bench/glassbox.html`, { waitUntil: "commit" });
      await seen;
      await page.evaluate(() => window.Glassbox.ready);
      await page.evaluate(() => window.__wasm.shown || new Promise((r) => window.addEventListener("glassbox:notice-shown", r, { once: true, capture: true })));
      const row = await page.evaluate(() => {
        const res = (suffix) => performance.getEntriesByType("resource").find((e) => e.name.endsWith(suffix));
        const js = res("/glassbox.js");
        const wasm = res("/glassbox_bg.wasm");
        return {
          "first paint": performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
          "glassbox.js": js?.responseEnd,
          "wasm requested": wasm?.startTime,
          "notice stamped": window.__wasm.stamped,
          "notice visible": window.__benchProbe.t,
          "wasm received": wasm?.responseEnd,
          "compiled+instantiated": window.__wasm.done,
          "wasm took over": window.__wasm.shown,
        };
      });
      await context.close();
      if (i > 0) rows.push(row); // the first load warms up
    }
    console.log(`\n${cpu === 1 ? "no throttling" : `${cpu}× CPU throttling`} (${loads} loads, medians from navigation start)`);
    let previous = 0;
    for (const key of Object.keys(rows[0])) {
      const m = median(rows.map((r) => r[key]).filter((x) => x != null));
      console.log(`  ${key.padEnd(22)} ${fmtMs(m).padStart(8)}   (+${fmtMs(m - previous)})`);
      previous = m;
    }
  }
} finally {
  await browser.close();
  await servers.close();
}
