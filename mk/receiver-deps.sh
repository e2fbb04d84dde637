#!/usr/bin/env bash
# Services for the receiver's tests, idempotent: PostgreSQL (Debian package, cluster started,
# a superuser role for the current user) and a Python venv with aiosmtpd (PyPI).
# Run as root (CI) or with sudo available.
set -euo pipefail

VENV="${RECEIVER_VENV:-.tools/venv}"
AIOSMTPD_VERSION="1.4.6"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" -eq 0 ]; then
    $SUDO apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@"
}

# PostgreSQL: install only when missing.
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "receiver-deps: installing PostgreSQL"
  apt_install postgresql
fi
PG_VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
  echo "receiver-deps: creating cluster $PG_VERSION/main"
  $SUDO pg_createcluster "$PG_VERSION" main
fi
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" && $4 ~ /online/ { found = 1 } END { exit !found }'; then
  echo "receiver-deps: starting PostgreSQL $PG_VERSION/main"
  $SUDO pg_ctlcluster "$PG_VERSION" main start
fi
# pg_ctlcluster waits for start-up; confirm it answers (bounded).
for _ in $(seq 1 100); do
  if pg_isready -q -h /var/run/postgresql; then break; fi
  sleep 0.1
done
pg_isready -h /var/run/postgresql >/dev/null
ROLE="$(id -un)"
if [ "$(runuser -u postgres -- psql -h /var/run/postgresql -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
  echo "receiver-deps: creating PostgreSQL role $ROLE"
  runuser -u postgres -- psql -h /var/run/postgresql -qc "CREATE ROLE \"$ROLE\" SUPERUSER LOGIN"
fi

# curl and jq: the README's task worker example is run as written by tests/worker_example.rs.
if ! command -v curl >/dev/null 2>&1 || ! command -v jq >/dev/null 2>&1; then
  echo "receiver-deps: installing curl and jq"
  apt_install curl jq
fi

# Python venv with aiosmtpd for the SMTP sink.
if ! "$VENV/bin/python" -c "import aiosmtpd" >/dev/null 2>&1; then
  echo "receiver-deps: creating $VENV with aiosmtpd==$AIOSMTPD_VERSION"
  PY="$(command -v python3 || true)"
  if [ -z "$PY" ] || ! "$PY" -m venv --help >/dev/null 2>&1 || ! "$PY" -c "import ensurepip" >/dev/null 2>&1; then
    apt_install python3 python3-venv
    PY=/usr/bin/python3
  fi
  rm -rf "$VENV"
  "$PY" -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check "aiosmtpd==$AIOSMTPD_VERSION"
fi
echo "receiver-deps: PostgreSQL $PG_VERSION online, $VENV ready"
