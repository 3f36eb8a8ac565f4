#!/usr/bin/env bash
# Prints the size of each release .wasm in pkg/ (after wasm-opt), raw and gzipped: the full module
# and the core module of each locale, and of each locale pack; fails when one is over its budget.
# Run scripts/build-pkg.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."

# 220 KB for the domain, IDN and order checks; the zone editor's record checks (code and their
# messages in five languages) and the NSentry hint add 28 KB. What independent implementations
# and fuzzing showed added 11 KB (248.2 to 259.1 KB measured): the zone-file string parser and
# the record fixes with the ID calendar and VAT forms 4.2 KB, the rule-by-rule refusal reasons,
# web and IP addresses and spaces typed as names with their messages 4.3 KB, every EU member
# state's VAT check digits 2.6 KB. The whole order added 58.4 KB (260.4 KB before, 318.8 KB
# after; 324.3 KB with the first tables, before names that equal the English ones were left out
# and the float formatter dropped): the country tables 25.1 KB (measured by building without
# them), the contact, order-flow and zone-fact checks, the three new calls and their messages
# in five languages 33.3 KB. The registrar-error explainer added 38.0 KB (318.0 KB before,
# 356.0 KB after, measured side by side): its messages in five languages 10.5 KB (measured by
# building without them), the unwrapping, the catalogue and its pattern language, DENIC's
# answers, the order paths and explainError 27.5 KB; looking templates up in a table built at
# compile time and keeping params and diagnostics out of line saved 5.5 KB of it. isRegistrable,
# checkDomains and the tables that find a zone's policy by its TLD's line added 2 KB, which
# leaves 0.5 KB. Leaving every locale but English to locale packs (pkg/locales/) saved 36.0 KB
# (357.5 KB before, 321.5 KB after, their loader included), the ASCII-only upper case of field
# values, ID numbers and postal codes 7.7 KB (the Unicode upper-case tables), a loader without
# sort code 1.2 KB, and the other locales' country names and orders in the packs 3.5 KB: 309.2 KB;
# checkDomains' one-string path added 0.4 KB: 309.6 KB; speed work added 0.6 KB (0.4 KB of it
# the placeholder search with memchr), and leaving out the producers and target-features
# sections saved 0.25 KB: 309.7 KB. checkDomain's report built in JS from one packed buffer
# (src/packed_report.rs, src/js_report.js: one decoder call per report instead of one per text,
# 1.3 to 1.4 times the checks per second) added 1.7 KB: 311.3 KB. It made each core module 0.5 KB
# smaller, since the core no longer needs serde-wasm-bindgen, but the whole module keeps that
# serialiser for its other calls' reports; the budget is 312 KB since. The explainer is needed
# only after a refusal, never before the first keystroke, so it is the first candidate for a
# module of its own.
BUDGET_GZIP=$((312 * 1024))
# The core modules (pkg/core/<locale>/): the name checks and one locale's messages, what an order
# form needs before the first keystroke. 150 KB each; they are 146.7 to 149.2 KB, most of it the
# ICU4X data of UTS #46 (35 KB), the name checks' code (30 KB) and the Public Suffix List (17 KB).
BUDGET_CORE_GZIP=$((150 * 1024))
# Each locale pack (pkg/locales/<tag>.txt): the messages, field texts, words and country names of
# one locale, 11.4 to 12.6 KB gzipped.
BUDGET_PACK_GZIP=$((14 * 1024))
status=0
# Prints one module's size and checks it against its budget.
measure() {
  local wasm=$1 budget=$2
  [ -f "$wasm" ] || { echo "size: $wasm is missing; run scripts/build-pkg.sh" >&2; exit 2; }
  local raw gz
  raw=$(wc -c < "$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  awk -v f="$wasm" -v r="$raw" -v g="$gz" -v b="$budget" 'BEGIN {
    printf "size: %s raw %d bytes (%.1f KB), gzip -9 %d bytes (%.1f KB); budget %.0f KB gzipped\n", f, r, r / 1024, g, g / 1024, b / 1024
  }'
  if [ "$gz" -gt "$budget" ]; then
    echo "size: $wasm is over budget by $((gz - budget)) bytes" >&2
    status=1
  fi
}
measure pkg/domain_rules_bg.wasm "$BUDGET_GZIP"
cores=(pkg/core/*/domain_rules_core_bg.wasm)
[ -f "${cores[0]}" ] || { echo "size: no core module in pkg/core; run scripts/build-pkg.sh" >&2; exit 2; }
for wasm in "${cores[@]}"; do
  measure "$wasm" "$BUDGET_CORE_GZIP"
done
packs=(pkg/locales/*.txt)
[ -f "${packs[0]}" ] || { echo "size: no locale pack in pkg/locales; run scripts/build-pkg.sh" >&2; exit 2; }
for pack in "${packs[@]}"; do
  measure "$pack" "$BUDGET_PACK_GZIP"
done
exit "$status"
