#!/usr/bin/env bash
# Builds dist/ with stable names, ready to copy to any folder or CDN:
#   glassbox.js               classic script (works with `defer`, adds only window.Glassbox)
#   glassbox_bg.wasm          the notice module (notice, AI labels, the page observer)
#   glassbox-explain.js       loaded by glassbox.js only where a page shows an explanation
#   glassbox_explain_bg.wasm  the explanation module
#   glassbox.<lang>.json      the notice module's words in one language (23, English is built in)
#   glassbox-explain.<lang>.json  every word in one language, for the explanation module
#   glassbox.css              the notice's and AI labels' styles, for pages prerendered by
#                             glassbox-render (linked from their declarative shadow roots)
#   integrity.json            the sha384 of every file (each loader also has those it fetches built in)
# Each is found relative to glassbox.js's own URL.
#
# `scripts/build-dist.sh bundled <dir>` builds the alternative `make bench` compares with: every
# language compiled into both modules, no language files.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
mode=${1:-split}
dest=${2:-dist}
out=target/glassbox-bindgen-$mode
wasm=target/wasm32-unknown-unknown/wasm-release/glassbox.wasm
rm -rf "$out" && mkdir -p "$out" "$dest"
langs=""
if [ "$mode" = bundled ]; then langs=",all-languages"; fi

module() { # name, cargo feature flags, prelude, epilogue, output js[, inside the IIFE before the glue, after the epilogue]
  local name=$1 flags=$2
  # shellcheck disable=SC2086
  cargo build --quiet --profile wasm-release --target wasm32-unknown-unknown --lib -p glassbox $flags
  wasm-bindgen --target no-modules --no-typescript --out-dir "$out" --out-name "$name" "$wasm"
  wasm-opt -Oz --converge --strip-debug --strip-producers \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/${name}_bg.wasm" -o "$dest/${name}_bg.wasm"
  # shellcheck disable=SC2086
  # The integrity block (arg 6) comes first, so the loader can request the wasm before the glue
  # and the rest of the script are evaluated.
  cat "$3" ${6:-} "$out/$name.js" "$4" ${7:-} > "$out/$name.full.js"
  # The bundled build has every language inside: the loader fetches none.
  if [ "$mode" = bundled ]; then sed -i 's/var LANGS = .*$/var LANGS = [];/' "$out/$name.full.js"; fi
  esbuild --minify --legal-comments=inline --log-level=warning "$out/$name.full.js" > "$dest/$5"
}

# What loader/stamp.js needs to show the notice before the wasm: the stylesheet (as in
# dist/glassbox.css) and the notice's English words.
esbuild --minify --log-level=warning styles/glassbox.css > "$out/glassbox.css"
cargo run --quiet -p glassbox-core --example locales -- --notice-english "$out/notice.en.json"
node -e 'const fs = require("fs"); const [css, en, to] = process.argv.slice(1);
  fs.writeFileSync(to, "  var STAMP_CSS = " + JSON.stringify(fs.readFileSync(css, "utf8").trim()) +
    ";\n  var STAMP_EN = " + JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(fs.readFileSync(en, "utf8"))).filter(([id]) => id.startsWith("notice-")))) + ";\n");' \
  "$out/glassbox.css" "$out/notice.en.json" "$out/stamp-data.js"

notice_flags="--no-default-features"
if [ "$mode" = bundled ]; then notice_flags="$notice_flags --features=all-languages"; fi
module glassbox "$notice_flags" loader/prelude.js loader/epilogue.js glassbox.js "loader/integrity.js $out/stamp-data.js loader/stamp.js" loader/elements.js
module glassbox_explain "--no-default-features --features=explanation${langs}" loader/explain-prelude.js loader/explain-epilogue.js glassbox-explain.js
cp "$out/glassbox.css" "$dest/glassbox.css"
rm -f "$dest"/glassbox.*.json "$dest"/glassbox-explain.*.json
if [ "$mode" = split ]; then
  cargo run --quiet -p glassbox-core --example locales -- "$dest"
fi
# Integrity: the hashes of the files each loader fetches are built into it; integrity.json lists all.
node scripts/integrity.mjs "$out/glassbox.full.js" "$out/glassbox_explain.full.js" "$dest"
ls -l "$dest" | head -8
echo "... $(ls "$dest" | wc -l) files in $dest"
