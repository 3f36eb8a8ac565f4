#!/usr/bin/env bash
# Fuzzes every target of fuzz/ (cargo-fuzz, nightly Rust) for SECONDS each (default 600), one
# target after another in one process at low priority, and prints per target the executions,
# libFuzzer's coverage (cov: and ft:) and whether it found a crash, timeout or oom (saved in
# fuzz/artifacts/<target>/). Exits non-zero on any finding. Installs nightly and cargo-fuzz
# when they are missing. The committed seeds in fuzz/corpus/<target>/ are only read; what a
# run adds goes to fuzz/target/corpus/<target>/.
#
#   scripts/fuzz.sh [SECONDS]                    every target
#   FUZZ_TARGETS="check_domain ids" scripts/fuzz.sh 60   some targets
#   scripts/fuzz.sh --skip-without-nightly [SECONDS]     exit 0 with a message where nightly
#                                                        cannot be installed (scripts/fuzz-smoke.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

say() { echo "fuzz: $*"; }

nightly_optional=0
if [ "${1:-}" = "--skip-without-nightly" ]; then
  nightly_optional=1
  shift
fi
seconds=${1:-600}
case "$seconds" in
  '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [--skip-without-nightly] [SECONDS]" >&2; exit 2 ;;
esac

all_targets="check_domain check_order_json check_order_structured check_record check_zone_records form_schema ids explain locale_pack"
targets=${FUZZ_TARGETS:-$all_targets}

# The largest input libFuzzer makes for each target: past the engine's 1,024-byte limit for
# names, room for orders and zones with dozens of entries, short for ID numbers.
max_len() {
  case "$1" in
    check_domain) echo 1100 ;;
    form_schema) echo 512 ;;
    check_record) echo 1024 ;;
    ids) echo 128 ;;
    *) echo 4096 ;;
  esac
}

# The libFuzzer dictionary in fuzz/dict/ of each text target.
dict_of() {
  case "$1" in
    check_domain | form_schema) echo names ;;
    check_order_json) echo order ;;
    check_record | check_zone_records) echo records ;;
    explain) echo explain ;;
  esac
}

# Nightly Rust: cargo-fuzz needs it for the sanitizer and coverage flags. Installed only when
# it is missing, so that a re-run downloads nothing.
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  say "installing the nightly toolchain (minimal profile)"
  if ! rustup toolchain install nightly --profile minimal >/dev/null 2>&1 \
    || ! rustup run nightly rustc --version >/dev/null 2>&1; then
    if [ "$nightly_optional" = 1 ]; then
      say "SKIPPED: the nightly Rust toolchain cannot be installed here (rustup toolchain install nightly failed); the fuzz targets need it"
      exit 0
    fi
    echo "fuzz: the nightly Rust toolchain cannot be installed (rustup toolchain install nightly --profile minimal failed); cargo-fuzz needs it" >&2
    exit 1
  fi
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  say "installing cargo-fuzz (about two minutes)"
  cargo install -q cargo-fuzz --locked
fi

say "building the targets (nightly, address sanitizer, debug assertions)"
nice -n 10 cargo +nightly fuzz build
host=$(rustc +nightly -vV | sed -n 's/^host: //p')
bin_dir=$root/fuzz/target/$host/release

printf '\n%-24s %8s %12s %7s %8s  %s\n' target seconds executions cov ft finding
findings=0
for target in $targets; do
  bin=$bin_dir/$target
  [ -x "$bin" ] || { echo "fuzz: no target $target (have: $all_targets)" >&2; exit 2; }
  corpus=$root/fuzz/target/corpus/$target
  artifacts=$root/fuzz/artifacts/$target
  logs=$root/fuzz/target/logs/$target
  mkdir -p "$corpus" "$artifacts" "$logs" "$root/fuzz/corpus/$target"
  dict=()
  if [ -n "$(dict_of "$target")" ]; then
    dict=("-dict=$root/fuzz/dict/$(dict_of "$target").dict")
  fi
  before=$(cd "$artifacts" && ls -1 | sort)
  rm -f "$logs"/fuzz-*.log
  start=$(date +%s)
  # One job in one worker process (one core), niced; libFuzzer writes its log to
  # fuzz-0.log in the working directory. -timeout: a single input over 10 s is a finding (the
  # targets themselves hold each check to a few milliseconds per KiB).
  status=0
  (cd "$logs" && nice -n 10 "$bin" -jobs=1 -workers=1 -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len="$(max_len "$target")" -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "${dict[@]}" "$corpus" "$root/fuzz/corpus/$target" >/dev/null 2>&1) || status=$?
  elapsed=$(($(date +%s) - start))
  log=$logs/fuzz-0.log
  stats=$(grep -E '^#[0-9]+.*cov: ' "$log" 2>/dev/null | tail -n 1 || true)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" 2>/dev/null | tail -n 1)
  [ -n "$execs" ] || execs=$(echo "$stats" | sed -n 's/^#\([0-9]*\).*/\1/p')
  cov=$(echo "$stats" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
  ft=$(echo "$stats" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
  new=$(cd "$artifacts" && ls -1 | sort | comm -13 <(echo "$before") - | head -n 1)
  finding=none
  if [ -n "$new" ] || [ "$status" != 0 ]; then
    kind=$(grep -oE 'ERROR: libFuzzer: [a-z-]+' "$log" 2>/dev/null | head -n 1 || true)
    finding="${kind#ERROR: libFuzzer: }"
    finding="${finding:-exit status $status}${new:+: fuzz/artifacts/$target/$new}"
    findings=$((findings + 1))
  fi
  printf '%-24s %8s %12s %7s %8s  %s\n' "$target" "$elapsed" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$finding"
  if [ "$finding" != none ]; then
    # The panic message says which invariant broke and on what.
    grep -m 1 -A 2 'panicked at' "$log" | sed 's/^/    /' || true
  fi
done

echo
if [ "$findings" -gt 0 ]; then
  echo "fuzz: $findings target(s) found something; the inputs are in fuzz/artifacts/<target>/, the logs in fuzz/target/logs/<target>/"
  echo "fuzz: replay with: cargo +nightly fuzz run <target> fuzz/artifacts/<target>/<file>"
  exit 1
fi
echo "fuzz: no findings ($seconds s per target)"
