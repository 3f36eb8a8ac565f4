#!/usr/bin/env bash
# Measures speed on the fixed corpus (benches/corpus.txt): natively with criterion, and the
# WebAssembly package under node, each beside a baseline run in the same process, then prints
# names per second and the ratios. Then the peer benchmark on its generated corpus
# (benches/peers/corpus.tsv): natively beside the idna crate, and under node beside the JS peers
# (tldts, validator, tr46, psl, parse-domain), with the names per second, the ratios and the
# invalid names each accepts. Figures, not a test: nothing here asserts a time.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/build-pkg.sh
cargo bench --locked --bench check_domain
node benches/wasm-bench.mjs > target/wasm-bench.jsonl
echo
node benches/report.mjs < target/wasm-bench.jsonl

echo
cargo bench --locked --bench peers_native > target/peers.jsonl
node benches/peers.mjs >> target/peers.jsonl
echo
node benches/peers-report.mjs < target/peers.jsonl
