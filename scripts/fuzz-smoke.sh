#!/usr/bin/env bash
# A short fuzz run of every target for the test command: scripts/fuzz.sh with SECONDS per
# target (default 20). Skipped, with a message saying why, only where the nightly toolchain
# cannot be installed; any finding fails.
set -euo pipefail
cd "$(dirname "$0")/.."

exec scripts/fuzz.sh --skip-without-nightly "${1:-20}"
