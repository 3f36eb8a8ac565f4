#!/usr/bin/env bash
# Measures the web package in headless Chromium (benches/browser-timing.mjs): init() on cold
# page loads, and checkDomain on every prefix of the corpus's names, as typed into a form.
# Figures, not a test. LOADS (default 7) and PASSES (default 5) set the repetitions.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/build-pkg.sh
node benches/browser-timing.mjs
