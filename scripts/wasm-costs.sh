#!/usr/bin/env bash
# What each dependency costs in the release .wasm: code bytes per crate (twiggy, on a build that
# keeps function names), and the largest data the engine carries. Run after scripts/setup.sh;
# installs twiggy from crates.io when it is missing. Sizes are before wasm-opt.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v twiggy >/dev/null || cargo install -q twiggy --locked
out=target/wasm-costs
mkdir -p "$out"
cargo rustc --locked --quiet --release --lib --target wasm32-unknown-unknown --crate-type cdylib
wasm-bindgen --keep-debug --target web --out-dir "$out" --out-name domain_rules \
  target/wasm32-unknown-unknown/release/domain_rules.wasm
twiggy top -n 1000000 -f csv "$out/domain_rules_bg.wasm" > "$out/top.csv"

python3 - "$out/top.csv" <<'PY'
import csv, re, sys
from collections import Counter

def crate(name: str) -> str:
    if name.startswith("data segment"):
        return "(data segments)"
    if name.startswith("custom section") or name.startswith('"function names"') or name.startswith("type["):
        return "(names, types, custom sections)"
    # "<a::B as c::D>::f": the implementing type's crate; else the leading path segment.
    match = re.match(r"<?&?(?:mut )?(?:dyn )?([A-Za-z_][A-Za-z0-9_]*)", name)
    root = match.group(1) if match else name
    root = re.sub(r"\[[0-9a-f]+\]$", "", root)
    primitives = ("char", "str", "u8", "u16", "u32", "u64", "usize", "i32", "i64", "isize", "bool", "f64")
    if root in ("core", "alloc", "std", "__rustc", "hashbrown", "dlmalloc", "memchr") + primitives:
        return "Rust std/core/alloc"
    exports = ("checkDomain", "codes", "versions", "import")
    if root in exports or root.startswith("__wbg") or root.startswith("__wbindgen") or root.startswith("__externref"):
        return "wasm-bindgen glue and exports"
    return root

sizes = Counter()
with open(sys.argv[1], newline="") as f:
    for row in csv.DictReader(f):
        sizes[crate(row["Name"])] += int(row["ShallowSize"])
total = sum(sizes.values())
print(f"{'part':40} {'bytes':>9} {'share':>6}")
for name, size in sizes.most_common(16):
    print(f"{name:40} {size:9d} {100 * size / total:5.1f}%")
print(f"{'total (before wasm-opt, names kept)':40} {total:9d}")
PY

rules=$(python3 -c 'import re;s=open("src/zone/public_suffixes.rs").read();print(len(re.search(r"ICANN_RULES: &str = r\"(.*?)\";",s,re.S).group(1)))')
echo "Public Suffix List rules carried as text: $rules bytes (inside the data segments)"
