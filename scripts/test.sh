#!/usr/bin/env bash
# Runs every test: formatting and lints, native tests (units, vectors, UTS #46 conformance, CLI,
# doc examples), again with the live nameserver checks against a DNS server the tests start, the
# same vectors under WebAssembly in node and in headless Chromium, the generators' regeneration
# checks, differential tests against independent implementations, a short run of every fuzz
# target, the release package with its size budget, its TypeScript declarations, the JS tests of
# the package (in node and in headless Chromium) and the README, and the packed package installed
# into an example project.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { echo; echo "== $*"; }

step "set-up"
scripts/setup.sh

step "format and lints"
cargo fmt --check
cargo clippy --locked --all-targets -q -- -D warnings
cargo clippy --locked --features live --all-targets -q -- -D warnings
cargo clippy --locked --features server --all-targets -q -- -D warnings
cargo clippy --locked --features server,live --all-targets -q -- -D warnings
cargo clippy --locked --lib --target wasm32-unknown-unknown -q -- -D warnings
# A build with fewer languages (locales/README.md) compiles: no code names a locale but English.
DOMAIN_RULES_LOCALES=en cargo check --locked --lib --target wasm32-unknown-unknown -q \
  --target-dir target/locales-subset
# The package's full module: English compiled in, the other locales as locale packs.
DOMAIN_RULES_LOCALE_PACKS=1 cargo clippy --locked --lib --target wasm32-unknown-unknown -q -- -D warnings
# The core module's build (the name checks alone; scripts/build-pkg.sh builds one per locale).
DOMAIN_RULES_MODULE=core cargo clippy --locked --lib --target wasm32-unknown-unknown -q \
  --target-dir target/core -- -D warnings

step "native tests"
cargo test --locked

step "native tests with the live nameserver checks (a DNS server on 127.0.0.1 and 127.0.0.2)"
cargo test --locked --features live

step "the HTTP service (domain-rules serve) on 127.0.0.1, over real connections"
cargo test --locked --features server --test server --test cli --test whmcs
cargo test --locked --features server,live --test server
# A short load, soak and fault run (scripts/load.sh runs the long one): nothing may be lost.
LOAD_PROFILE=dev LOAD_SECONDS=2 SOAK_SECONDS=3 AT_ONCE=2000 scripts/load.sh

step "WebAssembly tests (node)"
cargo test --locked --target wasm32-unknown-unknown

# The same test binaries in headless Chromium (Debian's, driven by its ChromeDriver), with the
# flags of webdriver.json, which also keep the browser from looking up Google's service hosts.
step "WebAssembly tests (headless Chromium)"
# Every suite that runs must say it ran in Chrome, so a runner that fell back to node fails here.
# The doc tests stay out: on wasm32 only the compile_fail ones run, as compilations, in no browser
# (and they ran above and natively). The log goes to a file of its own: tee to /dev/stderr would
# truncate a log file that stderr is redirected to.
browser_log=target/wasm-browser-tests.log
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER="$(command -v chromedriver)" \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/webdriver.json" \
  cargo test --locked --target wasm32-unknown-unknown --lib --bins --tests 2>&1 | tee "$browser_log"
in_chrome=$(grep -c '^Running headless tests in Chrome' "$browser_log" || true)
suites=$(grep -cE '^running [1-9][0-9]* tests?$' "$browser_log" || true)
if [ "$suites" = 0 ] || [ "$in_chrome" != "$suites" ]; then
  echo "test: $suites WebAssembly suites ran, $in_chrome of them in Chrome" >&2
  exit 1
fi

step "generated files are current"
target/py/bin/python tools/gen_public_suffixes.py --check
target/py/bin/python tools/gen_idna2008.py --check
target/py/bin/python tools/gen_countries.py --check
target/py/bin/python tools/gen_address.py --check
python3 tools/gen_corpus.py --check
python3 tools/gen_peer_corpus.py --check

# Each prints its agreement per group and fails on a disagreement that
# tests/data/deliberate_differences.toml does not list (or on a listed one that is gone).
step "differential tests: python-stdnum, dnspython, Python idna (Unicode 18), the Public Suffix List, phonenumbers and Google's address data"
cargo build --locked -q --bin domain-rules
for area in ids records idna_labels psl contacts; do
  target/py/bin/python "tests/differential/$area.py"
done

# Every fuzz target for 20 seconds (cargo-fuzz on nightly Rust, installed by the script);
# scripts/fuzz.sh runs them for longer.
step "a short run of every fuzz target"
scripts/fuzz-smoke.sh 20

step "release package and its size"
scripts/build-pkg.sh
scripts/size.sh

step "TypeScript declarations (a consumer, resolved as in node and as in a bundler)"
scripts/check-types.sh

step "JS tests of the package and the README"
node --test tests/js/*.test.mjs

step "the packed package, installed into a project (examples/npm-consumer)"
scripts/test-npm-consumer.sh

step "end-to-end tests of the order form in headless Chromium (screenshots in target/e2e-screenshots/)"
node --test tests/e2e/*.test.mjs
