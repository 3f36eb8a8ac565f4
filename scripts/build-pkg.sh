#!/usr/bin/env bash
# Builds the npm package in pkg/: the release .wasm with real LTO (cargo rustc --crate-type
# cdylib; the profile's lto is ignored for a cdylib+rlib crate), the JS glue from wasm-bindgen
# (web target, with init()), then wasm-opt -Oz from npm's binaryen (never Debian's binaryen 108,
# which corrupts wasm-bindgen output). Expects the tools of scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo rustc --locked --quiet --release --lib --target wasm32-unknown-unknown --crate-type cdylib
wasm-bindgen --target web --out-dir pkg --out-name domain_rules \
  target/wasm32-unknown-unknown/release/domain_rules.wasm
node_modules/.bin/wasm-opt -Oz pkg/domain_rules_bg.wasm -o pkg/domain_rules_bg.wasm
echo "build-pkg: pkg/ is ready ($(wc -c < pkg/domain_rules_bg.wasm) bytes of wasm)"
