// Glassbox benchmarks: `make bench` → `node bench/run.mjs`.
// Prints a table per section and writes bench/results/latest.json and latest.md.
//
// Each section is a module exporting run(ctx) → result, toText(result) and toMarkdown(result);
// add a section by appending it to SECTIONS. ctx = { browser, site, distDir, loads, log }: one Chromium
// and one static server for all sections; distDir (also served at /dist/) is a copy of dist/ taken
// at the start, so every section sees the same build.
//   node bench/run.mjs                 all sections
//   node bench/run.mjs size            only the named section(s); prints only, writes no results
//   BENCH_LOADS=5 node bench/run.mjs   fewer loads per library (quick check; default 20)
import fs from "node:fs/promises";
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { startServers } from "../e2e/server.mjs";
import { launch } from "../e2e/browser.mjs";
import { BENCH, REPO } from "./util.mjs";
import { snapshotDist } from "./dist-snapshot.mjs";
import * as size from "./size.mjs";
import * as openNotice from "./open-notice.mjs";
import * as explanation from "./explanation.mjs";
import * as languages from "./languages.mjs";
import * as distribution from "./distribution.mjs";

const SECTIONS = [
  { id: "size", title: "Size", module: size, needsBrowser: false },
  { id: "open-notice", title: "Open-notice time", module: openNotice, needsBrowser: true },
  { id: "explanation", title: "Explanation", module: explanation, needsBrowser: true },
  { id: "languages", title: "Languages: split vs bundled", module: languages, needsBrowser: true },
  { id: "distribution", title: "Distribution: the npm package and the custom elements", module: distribution, needsBrowser: true },
];

const wanted = process.argv.slice(2);
const sections = wanted.length ? SECTIONS.filter((s) => wanted.includes(s.id)) : SECTIONS;
if (wanted.length && sections.length !== wanted.length) {
  console.error(`unknown section; known: ${SECTIONS.map((s) => s.id).join(", ")}`);
  process.exit(2);
}
if (!existsSync(path.join(REPO, "dist", "glassbox.js"))) {
  console.error("dist/ is missing: run scripts/build-dist.sh first");
  process.exit(1);
}

const loads = Number(process.env.BENCH_LOADS || 20);
const log = (s) => console.error(s);
const started = Date.now();
let snapshot = null;
let servers = null;
let browser = null;
const out = { date: new Date().toISOString(), sections: {} };
let failed = false;

try {
  snapshot = await snapshotDist(path.join(REPO, "dist"), log);
  out.dist = snapshot.files;
  if (sections.some((s) => s.needsBrowser)) {
    // The prerendered variant of the Glassbox bench page, made the way a site's build would.
    const prerendered = path.join(REPO, "target", "bench-prerendered");
    const bin = ["release", "debug"].map((p) => path.join(REPO, "target", p, "glassbox-render")).find((f) => existsSync(f));
    if (!bin) throw new Error("glassbox-render is not built: cargo build --release -p glassbox-render");
    await fs.mkdir(prerendered, { recursive: true });
    execFileSync(bin, [path.join(BENCH, "pages", "glassbox.html"), "-o", path.join(prerendered, "glassbox.html")], { stdio: ["ignore", "ignore", "inherit"] });
    execFileSync(bin, ["--inline-css", path.join(BENCH, "pages", "glassbox.html"), "-o", path.join(prerendered, "glassbox-inline.html")], { stdio: ["ignore", "ignore", "inherit"] });
    servers = await startServers({
      dist: snapshot.dir, // the copy, not dist/ itself: a rebuild during the run cannot mix builds
      cdn: false, // everything same-origin, like the peers' host pages
      brotli: true, // compressed bodies, as a CDN sends them (and the size table counts them)
      extraRoots: {
        "/bench/": path.join(BENCH, "pages"),
        "/bench-prerendered/": prerendered,
        "/nm/": path.join(REPO, "node_modules"),
        "/dist-bundled/": languages.BUNDLED_DIR,
        "/dist-noelements/": distribution.NOELEMENTS_DIR,
      },
    });
    browser = await launch();
    out.browser = `Chromium ${browser.version()}`;
  }
  out.machine = `${os.cpus().length}× ${os.cpus()[0]?.model?.trim() || "CPU"}, Node ${process.version}`;
  out.loadavgAtStart = os.loadavg()[0];
  for (const s of sections) {
    const t0 = Date.now();
    log(`[bench] ${s.id} …`);
    const result = await s.module.run({ browser, site: servers?.site, distDir: snapshot.dir, loads, log });
    out.sections[s.id] = { title: s.title, seconds: (Date.now() - t0) / 1000, result, markdown: s.module.toMarkdown(result) };
    console.log(`\n== ${s.title} ==\n${s.module.toText(result)}`);
  }
} catch (e) {
  failed = true;
  console.error(`[bench] failed: ${e.stack || e}`);
} finally {
  if (browser) await browser.close();
  if (servers) await servers.close();
  if (snapshot) await snapshot.cleanup();
}

out.seconds = (Date.now() - started) / 1000;
out.loadavgAtEnd = os.loadavg()[0];
// Timings are only comparable run to run on an otherwise idle machine: say so when it was busy.
const busy = sections.some((s) => s.needsBrowser) && Math.max(out.loadavgAtStart ?? 0, out.loadavgAtEnd) > os.cpus().length;
if (busy) {
  out.warning = `machine busy: 1-min load average ${out.loadavgAtStart?.toFixed(1)} at start, ${out.loadavgAtEnd.toFixed(1)} at end, on ${os.cpus().length} CPUs — absolute times are inflated; the interleaved ratios are more robust`;
  console.error(`[bench] WARNING: ${out.warning}`);
}
if (!failed && wanted.length) {
  console.error("[bench] partial run (sections named on the command line): results/latest.* left as they were");
} else if (!failed) {
  const dir = path.join(BENCH, "results");
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, "latest.json"), JSON.stringify(out, null, 2) + "\n");
  const md = [
    `<!-- generated by \`make bench\` (node bench/run.mjs) on ${out.date}; ${out.browser || ""}; ${out.machine}` +
      `; load average ${out.loadavgAtStart?.toFixed(1)} → ${out.loadavgAtEnd.toFixed(1)}${out.warning ? " (BUSY)" : ""} -->`,
    ...(out.warning ? [`> **Warning:** ${out.warning}.`] : []),
    ...Object.values(out.sections).map((s) => `### ${s.title}\n\n${s.markdown}`),
  ].join("\n\n");
  await fs.writeFile(path.join(dir, "latest.md"), md + "\n");
  console.log(`\nwrote bench/results/latest.json and bench/results/latest.md (${out.seconds.toFixed(0)} s)`);
}
process.exit(failed ? 1 : 0);
