#!/usr/bin/env bash
# Builds dist/ with stable names, ready to copy to any folder or CDN:
#   glassbox.js               classic script (works with `defer`, adds only window.Glassbox)
#   glassbox_bg.wasm          the notice module (notice, AI labels, the page observer)
#   glassbox-explain.js       loaded by glassbox.js only where a page shows an explanation
#   glassbox_explain_bg.wasm  the explanation module
# Each is found relative to glassbox.js's own URL.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
out=target/glassbox-bindgen
wasm=target/wasm32-unknown-unknown/wasm-release/glassbox.wasm
rm -rf "$out" && mkdir -p "$out" dist

module() { # name, cargo feature flags, prelude, epilogue, output js
  local name=$1 flags=$2
  # shellcheck disable=SC2086
  cargo build --quiet --profile wasm-release --target wasm32-unknown-unknown --lib -p glassbox $flags
  wasm-bindgen --target no-modules --no-typescript --out-dir "$out" --out-name "$name" "$wasm"
  wasm-opt -Oz --converge --strip-debug --strip-producers \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/${name}_bg.wasm" -o "dist/${name}_bg.wasm"
  cat "$3" "$out/$name.js" "$4" > "$out/$name.full.js"
  esbuild --minify --legal-comments=inline --log-level=warning "$out/$name.full.js" > "dist/$5"
}

module glassbox "--no-default-features" loader/prelude.js loader/epilogue.js glassbox.js
module glassbox_explain "" loader/explain-prelude.js loader/explain-epilogue.js glassbox-explain.js
ls -l dist
