# Glassbox — every command a developer needs. `make demo` and `make test` do all set-up.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT ?= 120
export TRUNK_SKIP_VERSION_CHECK := true
DEMO_PORT ?= 8787
# The demo's staff account (its password and the bootstrap admin token are generated at each
# `make demo` from /dev/urandom, printed, and passed to the receiver by environment only).
DEMO_STAFF_EMAIL ?= demo@example.org

.PHONY: help setup dist package demo dev test lint test-native test-size test-browser test-e2e fuzz-smoke fuzz bench clean

include mk/receiver.mk

help:
	@echo "make demo   build dist/ and serve the demo host pages on http://127.0.0.1:$(DEMO_PORT)/"
	@echo "make test   every test: formatting, clippy (native + wasm32), native, browser, end to end"
	@echo "make dist   build dist/glassbox.js + dist/glassbox_bg.wasm"
	@echo "make package  the npm package tarball in target/package/ (from dist/)"
	@echo "make bench  sizes and open-notice time, side by side with peers"
	@echo "make fuzz   every fuzz target for FUZZ_SECS (600) seconds each (make fuzz-smoke: 10 s each, part of make test)"
	@echo "make dev    Trunk development server for index.html"

setup:
	scripts/setup.sh build

dist: setup
	scripts/build-dist.sh

# The npm package: target/package/glassbox-widget-<version>.tgz (npm pack), from dist/.
package: dist
	node scripts/package.mjs

# The receiver serves the demo pages, dist/ and the request API on one origin.
demo: dist
	cargo build --release -p glassbox-receiver -p glassbox-render
	./target/release/glassbox-render demo/chat.html -o demo/chat-prerendered.html
	@# The audit key (32 random bytes, hex), made once, kept outside the database, mode 600.
	@test -s target/demo-audit.key || (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > target/demo-audit.key)
	@chmod 600 target/demo-audit.key
	@echo "Glassbox demo: http://127.0.0.1:$(DEMO_PORT)/  (chatbot: /chat.html, in German: /chat.html?lang=de, any of the 24 EU languages,"
	@echo "  prerendered by glassbox-render (readable with JavaScript off): /chat-prerendered.html,"
	@echo "  loan decision: /loan.html, request form: /rights.html, admin page: /admin/ (sign in below),"
	@echo "  the mails to requesters and to the team (the demo has no SMTP server): /admin/mailbox,"
	@echo "  dashboard: /admin/dashboard, tasks per system: /admin/tasks, webhook deliveries: /admin/webhooks,"
	@echo "  what the demo webhook consumer received: /admin/webhooks-demo)"
	@# Secrets stay out of the process list: generated in this shell, passed by environment
	@# and on standard input (printf is a shell builtin), never as arguments.
	@export GLASSBOX_AUDIT_KEY_FILE=target/demo-audit.key; \
	  export GLASSBOX_ADMIN_TOKEN="$$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"; \
	  export GLASSBOX_WEBHOOK_SECRET="whsec_$$(head -c 32 /dev/urandom | base64)"; \
	  pw="$$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"; \
	  { printf '%s\n' "$$pw" | ./target/release/glassbox-receiver staff add $(DEMO_STAFF_EMAIL) --role admin >/dev/null 2>&1 \
	    || printf '%s\n' "$$pw" | ./target/release/glassbox-receiver staff reset $(DEMO_STAFF_EMAIL) >/dev/null; } && \
	  echo "  admin page sign-in: $(DEMO_STAFF_EMAIL) / $$pw" && \
	  echo "  bootstrap bearer token for /v1/admin/ (this run only): $$GLASSBOX_ADMIN_TOKEN" && \
	  GLASSBOX_LISTEN=127.0.0.1:$(DEMO_PORT) GLASSBOX_DIST_DIR=dist GLASSBOX_DEMO_DIR=demo \
	  GLASSBOX_TEAM_EMAIL=privacy-team@bank.example GLASSBOX_SYSTEMS=crm,billing,newsletter \
	  GLASSBOX_WEBHOOK_URL=http://127.0.0.1:$(DEMO_PORT)/demo/webhook GLASSBOX_DEMO_WEBHOOKS=true \
	  GLASSBOX_CONTROLLER="Example Bank SA" \
	  GLASSBOX_MAILBOX_DIR=target/demo-mailbox \
	  GLASSBOX_SUPERVISORY_AUTHORITY="CNIL|https://www.cnil.fr/en/plaintes" \
	  exec ./target/release/glassbox-receiver

dev:
	scripts/setup.sh build trunk
	trunk serve

# cargo deny: licences, bans (wildcards, second versions) and sources (crates.io only) per
# deny.toml. Offline: the advisory database cannot be fetched here, so no `advisories`.
lint: setup
	scripts/setup.sh deny
	cargo deny --workspace --offline check licenses bans sources
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cargo clippy -p glassbox-core --features schemas --all-targets --locked -- -D warnings
	cargo clippy -p glassbox-core --target wasm32-unknown-unknown --lib --locked -- -D warnings
	cargo clippy -p glassbox --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
	cargo clippy -p glassbox --target wasm32-unknown-unknown --lib --no-default-features --locked -- -D warnings
	cargo clippy -p glassbox --target wasm32-unknown-unknown --lib --no-default-features --features explanation --locked -- -D warnings

test-native: setup
	cargo test --workspace --locked --exclude glassbox-receiver
	cargo test -p glassbox-core --features schemas --locked --test fixtures

# The notice path's bytes against bench/size-budget.json.
test-size: dist
	node bench/check-size.mjs

test-browser: setup
	scripts/setup.sh browser
	cargo test -p glassbox --target wasm32-unknown-unknown --locked

# The request-form and admin-page tests run against the real receiver binary; the package's
# tests install target/package/*.tgz into a fresh project.
test-e2e: package
	scripts/setup.sh browser deploy
	cargo build --locked -p glassbox-receiver -p glassbox-render
	node --test --test-concurrency=1 e2e/

# Fuzz targets (bolero's random engine under `cargo test`, stable toolchain): request and
# explanation parsing, the widget's attributes, SafeUrl, integrators' strings (crates/core/tests/
# fuzz.rs) and the receiver's JSON bodies through its router (crates/receiver/tests/fuzz.rs).
# `fuzz-smoke`: 10 s a target (under a minute in all); `fuzz`: FUZZ_SECS a target.
FUZZ_SECS ?= 600
fuzz-smoke:
	BOLERO_RANDOM_TEST_TIME_MS=10000 cargo test --locked -p glassbox-core --test fuzz
	BOLERO_RANDOM_TEST_TIME_MS=10000 cargo test --locked -p glassbox-receiver --test fuzz

fuzz:
	BOLERO_RANDOM_TEST_TIME_MS=$$(( $(FUZZ_SECS) * 1000 )) cargo test --release --locked -p glassbox-core --test fuzz -- --test-threads=2
	BOLERO_RANDOM_TEST_TIME_MS=$$(( $(FUZZ_SECS) * 1000 )) cargo test --release --locked -p glassbox-receiver --test fuzz -- --test-threads=2

test: lint test-native test-size test-browser test-e2e test-receiver fuzz-smoke

bench: package bench-receiver
	scripts/setup.sh browser
	cargo build --release --locked -p glassbox-render
	scripts/build-dist.sh bundled target/dist-bundled
	node bench/run.mjs

clean:
	cargo clean
	rm -rf dist node_modules e2e/artifacts bench/results
