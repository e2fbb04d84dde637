// Shared helpers for the bench sections.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const BENCH = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(BENCH, "..");

/** Exact bytes with thousands separators, e.g. "70,620 B". */
export function fmtBytes(n) {
  return `${n.toLocaleString("en-US")} B`;
}

/** KiB with one decimal, e.g. "69.0 KiB". */
export function fmtKiB(n) {
  return `${(n / 1024).toFixed(1)} KiB`;
}

export function fmtMs(n) {
  return n == null || Number.isNaN(n) ? "—" : `${Math.round(n)} ms`;
}

/** Nearest-rank percentile (p in 0..100) of a list of numbers; null for an empty list. */
export function percentile(values, p) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1];
}

/** Median: average of the two middle values for an even count. */
export function median(values) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function textTable(head, rows) {
  const all = [head, ...rows];
  const w = head.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join("  ");
  return [line(head), w.map((n) => "-".repeat(n)).join("  "), ...rows.map(line)].join("\n");
}

export function mdTable(head, rows, align = []) {
  const sep = head.map((_, i) => (align[i] === "r" ? "---:" : "---"));
  const line = (r) => `| ${r.join(" | ")} |`;
  return [line(head), line(sep), ...rows.map(line)].join("\n");
}
