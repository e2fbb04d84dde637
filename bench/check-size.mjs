// `make test`'s size check: the notice path (glassbox.js + glassbox_bg.wasm, brotli quality 11,
// as bench/size.mjs measures it) must not grow past bench/size-budget.json's "max_bytes". The
// SPEC's goal ("goal_bytes", 70 KB = 71,680 B) is printed beside it; when a change brings the
// path lower, lower "max_bytes" in the same commit so the gain cannot be lost again.
import fs from "node:fs/promises";
import path from "node:path";
import { REPO } from "./util.mjs";
import { NOTICE_PATH_FILES, sizes } from "./size.mjs";

const dist = process.argv[2] || path.join(REPO, "dist");
const budget = JSON.parse(await fs.readFile(path.join(REPO, "bench", "size-budget.json"), "utf8"));
let total = 0;
const parts = [];
for (const name of NOTICE_PATH_FILES) {
  const { brotli } = sizes(await fs.readFile(path.join(dist, name)));
  total += brotli;
  parts.push(`${name} ${brotli.toLocaleString("en")} B`);
}
const line = `notice path (brotli 11): ${total.toLocaleString("en")} B (${parts.join(" + ")}); budget ${budget.max_bytes.toLocaleString("en")} B; SPEC goal ${budget.goal_bytes.toLocaleString("en")} B`;
if (total > budget.max_bytes) {
  console.error(`FAIL ${line}: ${(total - budget.max_bytes).toLocaleString("en")} B over the budget in bench/size-budget.json`);
  process.exit(1);
}
const gap = total - budget.goal_bytes;
console.log(`ok   ${line}${gap > 0 ? ` — still ${gap.toLocaleString("en")} B above the goal` : ""}`);
