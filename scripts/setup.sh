#!/usr/bin/env bash
# Installs what building and testing need, from the package registries only. Safe to run again:
# each step checks first and does nothing when its tool is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "setup: $*"; }

rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || {
  echo "setup: rustup could not add the wasm32-unknown-unknown target" >&2
  exit 1
}
rustup component add rustfmt clippy >/dev/null 2>&1 || {
  echo "setup: rustup could not add rustfmt and clippy" >&2
  exit 1
}

# The wasm-bindgen CLI must be exactly the version Cargo.lock pins for the library.
WBG=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG" ]; then
  say "installing wasm-bindgen-cli $WBG (about two minutes)"
  # No --locked: the CLI's own lock file names a dependency version the registry lacks here.
  cargo install -q wasm-bindgen-cli --version "$WBG" --force
fi

# From Debian: Chromium and its ChromeDriver, the browser of the browser-run tests and the
# end-to-end tests (no browser download from npm); wrk, the load generator of scripts/load.sh;
# php-cli, which reads the WHMCS integration's PHP in the tests.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v wrk >/dev/null \
  || ! command -v php >/dev/null; then
  say "installing chromium, chromium-driver, wrk and php-cli from Debian (about a minute)"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver wrk php-cli >/dev/null
fi

# npm: wasm-opt from the binaryen package (never Debian's binaryen 108, which corrupts modules),
# playwright-core (drives Debian's Chromium), typescript (checks the package's declarations) and
# the JS peers that benches/peers.mjs measures (tldts, tr46, validator, psl, parse-domain).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Python: the packages the generators read (Public Suffix List, IDNA2008 and script tables), in
# a virtual environment of the project's own (target/py), so no system Python is changed.
PY=target/py/bin/python
STAMP=target/py/requirements.txt
if ! cmp -s tools/requirements.txt "$STAMP"; then
  say "installing Python packages into target/py"
  [ -x "$PY" ] || python3 -m venv target/py || {
    echo "setup: python3 -m venv failed; install Python's venv module (Debian: python3-venv)" >&2
    exit 1
  }
  "$PY" -m pip install --quiet --disable-pip-version-check -r tools/requirements.txt
  cp tools/requirements.txt "$STAMP"
fi
say "ready"
