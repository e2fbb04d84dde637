// Where the notice module's bytes go, by crate: `node bench/wasm-bytes.mjs [FILE.wasm]`.
// Reads a wasm that still has its "name" section (`wasm-opt -g`, without --strip-debug, on
// target/glassbox-bindgen-split/glassbox_bg.wasm, the same optimisation as dist/ otherwise)
// and sums each function body's bytes by the crate its name starts with, plus the data
// segments. What twiggy's `top` and `garbage` would say, grouped; no tool to install.
import fs from "node:fs";

const file = process.argv[2] || "target/glassbox-bindgen-split/glassbox_bg.wasm";
const buf = fs.readFileSync(file);
let pos = 8;
const leb = () => {
  let result = 0, shift = 0, byte;
  do {
    byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return result;
};
const sections = [];
while (pos < buf.length) {
  const id = buf[pos++];
  const size = leb();
  sections.push({ id, start: pos, size });
  pos += size;
}
const str = () => {
  const n = leb();
  const s = buf.toString("utf8", pos, pos + n);
  pos += n;
  return s;
};
// Imported functions come first in the function index space.
let imported = 0;
const imp = sections.find((s) => s.id === 2);
if (imp) {
  pos = imp.start;
  for (let i = leb(); i > 0; i--) {
    str();
    str();
    const kind = buf[pos++];
    if (kind === 0) { leb(); imported++; } else if (kind === 1) { pos++; const f = leb(); leb(); if (f & 1) leb(); } else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); } else { pos += 2; }
  }
}
const names = new Map();
let nameBytes = 0;
for (const s of sections.filter((s) => s.id === 0)) {
  pos = s.start;
  if (str() !== "name") continue;
  nameBytes = s.size;
  while (pos < s.start + s.size) {
    const sub = buf[pos++];
    const len = leb();
    const end = pos + len;
    if (sub === 1) for (let i = leb(); i > 0; i--) { const idx = leb(); names.set(idx, str()); }
    pos = end;
  }
}
const crate = (name) => {
  const m = /^[<&*\s]*(?:dyn |impl )?([A-Za-z_][A-Za-z0-9_]*)/.exec(name || "");
  return m ? m[1] : "(unnamed)";
};
const byCrate = new Map();
let code = 0;
const code_ = sections.find((s) => s.id === 10);
pos = code_.start;
const count = leb();
for (let i = 0; i < count; i++) {
  const size = leb();
  const c = crate(names.get(imported + i));
  byCrate.set(c, (byCrate.get(c) || 0) + size);
  code += size;
  pos += size;
}
const data = sections.filter((s) => s.id === 11).reduce((t, s) => t + s.size, 0);
// The module as shipped: without its name section.
const total = buf.length - nameBytes;
const rows = [...byCrate.entries()].sort((a, b) => b[1] - a[1]);
const pct = (n) => `${((100 * n) / total).toFixed(1)} %`;
console.log(`${file}: ${total.toLocaleString("en")} B without names; code ${code.toLocaleString("en")} B (${pct(code)}), data ${data.toLocaleString("en")} B (${pct(data)}), names ${names.size ? "present" : "absent"}`);
for (const [c, n] of rows.slice(0, 20)) console.log(`${c.padEnd(24)} ${n.toLocaleString("en").padStart(9)} B  ${pct(n).padStart(7)}`);
