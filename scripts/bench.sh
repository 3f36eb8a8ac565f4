#!/usr/bin/env bash
# Measures speed on the fixed corpus (benches/corpus.txt): natively with criterion, and the
# WebAssembly package under node, each beside a baseline run in the same process, then prints
# names per second and the ratios. Figures, not a test: nothing here asserts a time.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/build-pkg.sh
cargo bench --locked --bench check_domain
node benches/wasm-bench.mjs > target/wasm-bench.jsonl
echo
node benches/report.mjs < target/wasm-bench.jsonl
