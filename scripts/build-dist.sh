#!/usr/bin/env bash
# Builds dist/: glassbox.js (a classic script, works with `defer`, exposes only window.Glassbox)
# and glassbox_bg.wasm, loaded relative to the script's own URL. Stable names, no hashes.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
out=target/glassbox-bindgen
cargo build --quiet --profile wasm-release --target wasm32-unknown-unknown --lib -p glassbox
rm -rf "$out" && mkdir -p "$out" dist
wasm-bindgen --target no-modules --no-typescript --out-dir "$out" --out-name glassbox \
  target/wasm32-unknown-unknown/wasm-release/glassbox.wasm
wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/glassbox_bg.wasm" -o dist/glassbox_bg.wasm
cat loader/prelude.js "$out/glassbox.js" loader/epilogue.js > "$out/glassbox.full.js"
esbuild --minify --legal-comments=inline --log-level=warning "$out/glassbox.full.js" > dist/glassbox.js
ls -l dist
