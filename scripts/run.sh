#!/usr/bin/env bash
# The main job: installs what is needed, builds the WebAssembly package and the CLI, runs a CLI
# example, then serves the order form on 127.0.0.1 until Ctrl-C. PORT=... picks another port.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
scripts/build-pkg.sh
cargo build --locked --profile cli --quiet --features live,server --bin domain-rules

echo
echo "\$ domain-rules check Müller.DE ab.it"
target/cli/domain-rules check Müller.DE ab.it || true

PORT=${PORT:-8080}
echo
echo "Serving the order form at http://127.0.0.1:${PORT}/www/ (Ctrl-C stops it)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1
