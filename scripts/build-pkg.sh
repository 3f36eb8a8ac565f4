#!/usr/bin/env bash
# Builds the npm package in pkg/: the release .wasm with real LTO (cargo rustc --crate-type
# cdylib; the profile's lto is ignored for a cdylib+rlib crate), the JS glue from wasm-bindgen
# (web target), then wasm-opt -Oz from npm's binaryen (never Debian's binaryen 108, which
# corrupts wasm-bindgen output); the locale packs; the core modules. The entries (domain_rules.js,
# node.js) and their declarations are written by hand. Expects the tools of scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

# The full module holds the texts of English; the other locales' are locale packs in
# pkg/locales/ (DOMAIN_RULES_LOCALE_PACKS=1; src/locale_pack.rs), written by a native build from
# the same locales and loaded by the entries (domain_rules.js's init(), node.js).
DOMAIN_RULES_LOCALE_PACKS=1 cargo rustc --locked --quiet --release --lib --target wasm32-unknown-unknown \
  --crate-type cdylib
# wasm-bindgen's glue is the module's API (domain_rules_wasm.js); pkg/domain_rules.js, the web
# entry, wraps its init().
out=target/pkg-wasm
rm -rf "$out" pkg/snippets pkg/locales
wasm-bindgen --target web --out-dir "$out" --out-name domain_rules \
  target/wasm32-unknown-unknown/release/domain_rules.wasm
cp "$out/domain_rules.js" pkg/domain_rules_wasm.js
cp "$out/domain_rules.d.ts" pkg/domain_rules_wasm.d.ts
cp "$out/domain_rules_bg.wasm.d.ts" pkg/
[ ! -d "$out/snippets" ] || cp -r "$out/snippets" pkg/
# Without the producers and target-features sections, which no runtime reads: 0.25 KB.
node_modules/.bin/wasm-opt -Oz --strip-producers --strip-target-features "$out/domain_rules_bg.wasm" \
  -o pkg/domain_rules_bg.wasm
cargo run --locked --quiet --example locale_packs -- pkg/locales
# The API's declarations alone (those of src/wasm.rs, without the web loader's types, which name
# DOM types such as Response and BufferSource): the node entry's pkg/node.d.ts re-exports them,
# so a node project type-checks without the DOM library.
marker='^export type InitInput'
grep -q "$marker" pkg/domain_rules_wasm.d.ts || {
  echo "build-pkg: pkg/domain_rules_wasm.d.ts has no line matching $marker; update this script" >&2
  exit 1
}
sed "/$marker/,\$d" pkg/domain_rules_wasm.d.ts > pkg/domain_rules_api.d.ts

# The core modules, one per compiled locale (English as its fallback): the name checks alone
# (checkDomain, isRegistrable, versions) and their messages, what a form needs
# before the first keystroke (DOMAIN_RULES_MODULE=core; see build.rs). A target directory of
# their own, so that the full module's build is not redone.
# The locales: locales.toml's list, or DOMAIN_RULES_LOCALES's (with English) when it is set.
if [ -n "${DOMAIN_RULES_LOCALES:-}" ]; then
  tags=$(echo "en,$DOMAIN_RULES_LOCALES" | tr ',' '\n' | tr -d ' ' | awk 'NF && !seen[$0]++' | tr '\n' ' ')
else
  tags=$(sed -n 's/^compiled = \[\(.*\)\]/\1/p' locales/locales.toml | tr -d '" ' | tr ',' ' ')
fi
[ -n "$tags" ] || { echo "build-pkg: no compiled locales found in locales/locales.toml" >&2; exit 1; }
rm -rf pkg/core
for tag in $tags; do
  DOMAIN_RULES_MODULE=core DOMAIN_RULES_LOCALES=$tag CARGO_TARGET_DIR=target/core \
    cargo rustc --locked --quiet --release --lib --target wasm32-unknown-unknown --crate-type cdylib
  wasm-bindgen --target web --out-dir "pkg/core/$tag" --out-name domain_rules_core \
    target/core/wasm32-unknown-unknown/release/domain_rules.wasm
  # Optimised twice, without the producers and target-features sections (0.7 KB, of a budget each
  # core module meets by a few hundred bytes; scripts/size.sh). Not with --converge: its result
  # swung by up to 1 KB gzipped with changes of a hundred bytes of code (153.2 to 154.2 KB for
  # the German module), where two passes stayed within 0.1 KB of each other.
  node_modules/.bin/wasm-opt -Oz -Oz --strip-producers --strip-target-features \
    "pkg/core/$tag/domain_rules_core_bg.wasm" -o "pkg/core/$tag/domain_rules_core_bg.wasm"
done
echo "build-pkg: pkg/ is ready ($(wc -c < pkg/domain_rules_bg.wasm) bytes of wasm; locale packs and core modules for $tags)"
