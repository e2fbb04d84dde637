// Copies dist/ to a temporary folder so that a whole bench run measures and serves one consistent
// build, even if scripts/build-dist.sh rewrites dist/ meanwhile (it writes the .wasm and the .js a
// moment apart; a half-written or mismatched pair makes Glassbox fail to start).
import crypto from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const QUIET_MS = 5_000; // dist/ must be untouched this long before we copy it
const MAX_WAIT_MS = 120_000;

async function listing(dir) {
  const out = {};
  for (const d of await fs.readdir(dir, { withFileTypes: true })) {
    if (!d.isFile()) continue;
    const st = await fs.stat(path.join(dir, d.name));
    out[d.name] = { size: st.size, mtimeMs: st.mtimeMs };
  }
  return out;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Returns { dir, files: [{ file, size, mtime, sha256 }], cleanup() }. */
export async function snapshotDist(distDir, log = () => {}) {
  const deadline = Date.now() + MAX_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    const before = await listing(distDir);
    const newest = Math.max(0, ...Object.values(before).map((f) => f.mtimeMs));
    const age = Date.now() - newest;
    if (age < QUIET_MS) {
      if (Date.now() > deadline) throw new Error("dist/ keeps changing (a build running?); try again when it is done");
      if (attempt === 1) log("[bench] dist/ was just modified; waiting for it to settle …");
      await sleep(QUIET_MS - age + 250);
      continue;
    }
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "glassbox-bench-dist-"));
    const files = [];
    let bad = null;
    for (const name of Object.keys(before).sort()) {
      const buf = await fs.readFile(path.join(distDir, name));
      await fs.writeFile(path.join(dir, name), buf);
      if (name.endsWith(".wasm") && !WebAssembly.validate(buf)) bad = `${name} is not valid WebAssembly`;
      files.push({
        file: name,
        size: buf.length,
        mtime: new Date(before[name].mtimeMs).toISOString(),
        sha256: crypto.createHash("sha256").update(buf).digest("hex").slice(0, 16),
      });
    }
    const after = await listing(distDir);
    const changed = JSON.stringify(before) !== JSON.stringify(after) || files.some((f) => f.size !== before[f.file].size);
    if (!changed && !bad) return { dir, files, cleanup: () => fs.rm(dir, { recursive: true, force: true }) };
    await fs.rm(dir, { recursive: true, force: true });
    if (Date.now() > deadline) throw new Error(bad || "dist/ keeps changing (a build running?); try again when it is done");
    log(`[bench] ${bad || "dist/ changed while copying"}; retrying …`);
    await sleep(QUIET_MS);
  }
}
