#!/usr/bin/env bash
# Type-checks tests/ts/consumer.ts against the built package (pkg/) as a project that installed
# it would: tests/ts/node_modules/domain-rules links to pkg/, and tsc resolves the name through
# package.json's exports, once as a node project (node16: the "node" condition, without the DOM
# library) and once as a web project with a bundler (the "browser" condition). Each run must
# also have read the declarations of the entry that condition names.
set -euo pipefail
cd "$(dirname "$0")/.."

mkdir -p tests/ts/node_modules
ln -sfn ../../../pkg tests/ts/node_modules/domain-rules

check() { # tsconfig, a declaration file it must read, one it must not
  local files
  files=$(node_modules/.bin/tsc -p "$1" --listFiles) || {
    grep -v '^/' <<<"$files" >&2 # the errors, without the list of files read
    echo "check-types: tsc -p $1 failed" >&2
    exit 1
  }
  grep -q "/pkg/$2\$" <<<"$files" || { echo "check-types: $1 did not read pkg/$2" >&2; exit 1; }
  if grep -q "/pkg/$3\$" <<<"$files"; then
    echo "check-types: $1 read pkg/$3" >&2
    exit 1
  fi
  echo "check-types: $1 passes (pkg/$2)"
}
check tests/ts/tsconfig.json node.d.ts domain_rules.d.ts
check tests/ts/tsconfig.bundler.json domain_rules.d.ts node.d.ts
