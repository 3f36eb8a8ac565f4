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
# The API's declarations alone (those of src/wasm.rs, without the web loader's types, which name
# DOM types such as Response and BufferSource): the node entry's pkg/node.d.ts re-exports them,
# so a node project type-checks without the DOM library.
marker='^export type InitInput'
grep -q "$marker" pkg/domain_rules.d.ts || {
  echo "build-pkg: pkg/domain_rules.d.ts has no line matching $marker; update this script" >&2
  exit 1
}
sed "/$marker/,\$d" pkg/domain_rules.d.ts > pkg/domain_rules_api.d.ts
echo "build-pkg: pkg/ is ready ($(wc -c < pkg/domain_rules_bg.wasm) bytes of wasm)"
