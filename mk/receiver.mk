# The receiver (crates/receiver): test services, tests and benchmarks.
# Included from the root Makefile: `include mk/receiver.mk`.
# Note for `make test`: the receiver's tests need the services of `receiver-deps` (with CI=true
# they fail without them), so run `cargo test --workspace --exclude glassbox-receiver` plus
# `test-receiver`, or make the workspace test depend on `receiver-deps` and export RECEIVER_ENV.

RECEIVER_VENV ?= .tools/venv
# Tests create and drop their own databases on this server (Unix socket, peer auth as root).
RECEIVER_PG_URL ?= postgres:///postgres?host=/var/run/postgresql
RECEIVER_ENV = DATABASE_URL_PG='$(RECEIVER_PG_URL)' GLASSBOX_TEST_PYTHON='$(CURDIR)/$(RECEIVER_VENV)/bin/python'

.PHONY: receiver-deps test-receiver bench-receiver run-receiver

## PostgreSQL installed, started, a role for the current user; .tools/venv with aiosmtpd.
receiver-deps:
	RECEIVER_VENV='$(RECEIVER_VENV)' bash mk/receiver-deps.sh

## Every receiver test, on SQLite and PostgreSQL, with a real SMTP sink.
test-receiver: receiver-deps
	$(RECEIVER_ENV) cargo test -p glassbox-receiver

## Throughput and p99 latency at 64 submitters over 1,000,000 stored requests, SQLite and
## PostgreSQL (bench/receiver.md); 1,000 queued mails to an SMTP sink and a 50 MiB result
## uploaded and downloaded with the receiver's peak memory (bench/receiver-journey.md); webhook
## deliveries per second to a local consumer and the metrics' time at 1,000,000 requests
## (bench/receiver-team.md).
bench-receiver: receiver-deps
	cargo build --release -p glassbox-receiver --example bench --example bench_journey --example bench_team --bin glassbox-receiver
	$(RECEIVER_ENV) ./target/release/examples/bench --out bench/receiver.md
	$(RECEIVER_ENV) ./target/release/examples/bench_journey --out bench/receiver-journey.md
	$(RECEIVER_ENV) ./target/release/examples/bench_team --out bench/receiver-team.md

## The receiver on the default SQLite file, serving dist/ and demo/, with the audit key of
## target/demo-audit.key (made once, mode 600, as `make demo` does).
run-receiver:
	@mkdir -p target
	@test -s target/demo-audit.key || (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > target/demo-audit.key)
	@chmod 600 target/demo-audit.key
	GLASSBOX_AUDIT_KEY_FILE=target/demo-audit.key GLASSBOX_DIST_DIR=dist GLASSBOX_DEMO_DIR=demo cargo run -p glassbox-receiver
