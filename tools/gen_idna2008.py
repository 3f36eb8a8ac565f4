#!/usr/bin/env python3
"""Generate src/name/idna2008_table.rs: the IDNA2008 category and the script of every code point
that a U-label may hold.

IDNA2008 (RFC 5892) derives each code point's category from Unicode properties. The PyPI package
`idna` ships that derivation as range tables (`idna.idnadata.codepoint_classes`: PVALID, CONTEXTJ,
CONTEXTO); every code point outside them is DISALLOWED or UNASSIGNED. The script of each code
point (UAX #24 Script property) comes from Scripts.txt as shipped in the PyPI package `fonttools`
(`fontTools.unicodedata.Scripts`). Both packages are pinned in tools/requirements.txt; the
generator refuses to run if their Unicode versions differ.

Only code points with a category are written: the engine needs the script of a character only once
IDNA2008 allows it. Adjacent code points with the same category and script form one range.

Usage:
    python3 tools/gen_idna2008.py          # rewrite the Rust file
    python3 tools/gen_idna2008.py --check  # exit 1 if the Rust file is not what it would write
"""

import bisect
import importlib.metadata
import os
import re
import sys

from generated import write_or_check

import idna.idnadata
from fontTools.unicodedata import Scripts

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, "..", "src", "name", "idna2008_table.rs")

# The code points below this get the direct table `LOW` as well as their ranges.
LOW_LIMIT = 0x800

# The category numbers the Rust side decodes (0 means DISALLOWED or UNASSIGNED).
CATEGORIES = {"PVALID": 1, "CONTEXTJ": 2, "CONTEXTO": 3}


def scripts_version() -> str:
    """The Unicode version of fontTools' Scripts.txt copy, from its banner (`# Scripts-18.0.0.txt`)."""
    with open(Scripts.__file__, encoding="utf-8") as f:
        match = re.search(r"# Scripts-(\d+\.\d+\.\d+)\.txt", f.read(4000))
    if not match:
        sys.exit("gen_idna2008: no Scripts-<version>.txt line in fontTools.unicodedata.Scripts")
    return match.group(1)


def categorised_code_points():
    """(code point, category number) for every code point that is not DISALLOWED/UNASSIGNED."""
    result = {}
    for name, number in CATEGORIES.items():
        for packed in idna.idnadata.codepoint_classes[name]:
            # Each entry packs a half-open range as start << 32 | end.
            start, end = packed >> 32, packed & 0xFFFFFFFF
            for cp in range(start, end):
                if cp in result:
                    sys.exit(f"gen_idna2008: U+{cp:04X} is in two categories")
                result[cp] = number
    return sorted(result.items())


def script_of(cp: int) -> str:
    """The ISO 15924 code of the code point's script (Zyyy Common, Zinh Inherited, Zzzz unknown)."""
    return Scripts.VALUES[bisect.bisect_right(Scripts.RANGES, cp) - 1]


def ranges(points):
    """Merges (code point, category) into [first, last, category, script code] runs."""
    runs = []
    for cp, category in points:
        script = script_of(cp)
        if runs and runs[-1][1] == cp - 1 and runs[-1][2] == category and runs[-1][3] == script:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp, category, script])
    return runs


def render() -> str:
    unicode_version = idna.idnadata.__version__
    if scripts_version() != unicode_version:
        sys.exit(f"gen_idna2008: idna has Unicode {unicode_version}, fontTools {scripts_version()}")
    runs = ranges(categorised_code_points())
    codes = sorted({run[3] for run in runs})
    index = {code: i for i, code in enumerate(codes)}
    if len(codes) > 255 or runs[-1][1] > 0x1FFFFF:
        sys.exit("gen_idna2008: the packing below needs fewer than 256 scripts and 21-bit code points")
    idna_version = importlib.metadata.version("idna")
    fonttools_version = importlib.metadata.version("fonttools")
    # A direct table for U+0000..U+07FF (one or two UTF-8 bytes: Latin, Greek, Cyrillic,
    # Armenian, Hebrew, Arabic, ...), where most letters of registrable names are: one byte per
    # code point, the category in the low two bits and a local script number above them.
    low = [0] * LOW_LIMIT
    for first, last, category, script in runs:
        for cp in range(first, min(last, LOW_LIMIT - 1) + 1):
            low[cp] = (category, index[script])
    low_scripts = sorted({entry[1] for entry in low if entry})
    if len(low_scripts) > 63:
        sys.exit("gen_idna2008: too many scripts below U+0800 for six bits")
    local = {script: i for i, script in enumerate(low_scripts)}
    low_bytes = [entry[0] | local[entry[1]] << 2 if entry else 0 for entry in low]
    low_rows = "\n".join(
        "    " + " ".join(f"{b}," for b in low_bytes[i : i + 32]) for i in range(0, LOW_LIMIT, 32)
    )
    rows = []
    for first, last, category, script in runs:
        rows.append(f"    0x{first | category << 21 | index[script] << 23:08X}, 0x{last:05X},")
    code_rows = "\n".join(f'    "{code}",' for code in codes)
    name_rows = "\n".join(f'    "{Scripts.NAMES.get(code, code)}",' for code in codes)
    return (
        "// @generated by `python3 tools/gen_idna2008.py`; do not edit by hand.\n"
        f"// Sources: IDNA2008 categories (RFC 5892) for Unicode {unicode_version} from the PyPI package\n"
        f"// idna {idna_version} (idna.idnadata.codepoint_classes); scripts from Scripts-{unicode_version}.txt\n"
        f"// as shipped in the PyPI package fonttools {fonttools_version} (fontTools.unicodedata.Scripts).\n"
        f"// {len(runs)} ranges, {len(codes)} scripts.\n"
        "\n"
        "/// The Unicode version of the tables below.\n"
        f'pub const UNICODE_VERSION: &str = "{unicode_version}";\n'
        "\n"
        "/// Where the tables come from.\n"
        # Split the way rustfmt writes it, so that `cargo fmt` leaves the file as generated.
        "pub const SOURCE: &str =\n"
        f'    "IDNA2008 categories from PyPI idna {idna_version}, '
        f'scripts from Scripts-{unicode_version}.txt in PyPI fonttools {fonttools_version}";\n'
        "\n"
        "/// Script codes (ISO 15924), indexed by the script field of [`RANGES`]; a `const`, read when\n"
        "/// compiling (scripts are named by code in the engine), so the codes cost no module bytes.\n"
        "#[rustfmt::skip]\n"
        f"pub const SCRIPT_CODES: [&str; {len(codes)}] = [\n{code_rows}\n];\n"
        "\n"
        "/// Script names (Unicode's, with underscores), indexed like [`SCRIPT_CODES`].\n"
        "#[rustfmt::skip]\n"
        f"pub static SCRIPT_NAMES: [&str; {len(codes)}] = [\n{name_rows}\n];\n"
        "\n"
        "/// Pairs of `first | category << 21 | script << 23` and `last`, sorted by `first`.\n"
        "/// Category 1 is PVALID, 2 CONTEXTJ, 3 CONTEXTO; code points in no range are DISALLOWED or\n"
        "/// UNASSIGNED.\n"
        "#[rustfmt::skip]\n"
        f"pub static RANGES: [u32; {2 * len(runs)}] = [\n" + "\n".join(rows) + "\n];\n"
        "\n"
        "/// The same data for U+0000 to U+07FF, one byte per code point: the category in the low two\n"
        "/// bits (0 for DISALLOWED), above them an index into [`LOW_SCRIPTS`].\n"
        "#[rustfmt::skip]\n"
        f"pub static LOW: [u8; {LOW_LIMIT}] = [\n{low_rows}\n];\n"
        "\n"
        "/// The scripts of [`LOW`], as indexes into [`SCRIPT_NAMES`].\n"
        f"pub static LOW_SCRIPTS: [u8; {len(low_scripts)}] = {low_scripts};\n"
    )


if __name__ == "__main__":
    sys.exit(write_or_check("gen_idna2008", TARGET, render()))
