#!/usr/bin/env bash
# Installs what the build and the tests need, only where missing or at another version, so a
# second run takes seconds. Usage: scripts/setup.sh [build] [browser] [trunk]
#   build    the wasm32 target, clippy/rustfmt, wasm-bindgen-cli (= the Cargo.lock version),
#            and the npm tools (binaryen's wasm-opt 132, esbuild, playwright-core, axe-core)
#   browser  Debian's Chromium and ChromeDriver (for the browser and end-to-end tests)
#   deploy   Debian's nginx and openssl (the end-to-end test of deploy/nginx/glassbox.conf)
#   trunk    Trunk 0.22.1, for `make dev` only
#   deny     cargo-deny 0.20.2, for `make lint` (built from crates.io: about 5 minutes of CPU,
#            9 minutes on a busy 2-core machine)
# Nothing downloads a browser or a prebuilt toolchain of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "apt-get install ${missing[*]}"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

setup_build() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown || {
    say "rustup target add wasm32-unknown-unknown"; rustup target add wasm32-unknown-unknown; }
  for c in clippy rustfmt; do
    rustup component list --installed | grep -q "^$c" || rustup component add "$c"
  done
  local want have
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$want" != "$have" ]; then
    say "cargo install wasm-bindgen-cli $want (about 3 minutes)"
    cargo install --quiet --force wasm-bindgen-cli --version "$want"
  fi
  if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  fi
  command -v brotli >/dev/null || apt_install brotli
  say "cargo fetch"
  cargo fetch --quiet
}

setup_browser() {
  apt_install chromium chromium-driver
}

setup_deploy() {
  command -v nginx >/dev/null || apt_install nginx-light
  command -v openssl >/dev/null || apt_install openssl
}

setup_trunk() {
  if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "0.22.1" ]; then
    say "cargo install trunk 0.22.1 (about 11 minutes)"
    cargo install --quiet --locked --ignore-rust-version trunk@0.22.1
  fi
}

setup_deny() {
  if [ "$(cargo-deny --version 2>/dev/null | awk '{print $2}')" != "0.20.2" ]; then
    say "cargo install cargo-deny 0.20.2 (about 5 to 9 minutes)"
    cargo install --quiet --locked cargo-deny@0.20.2
  fi
}

[ $# -eq 0 ] && set -- build
for part in "$@"; do "setup_$part"; done
