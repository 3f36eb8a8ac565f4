"""Differential test of the registry-zone split: the engine against the `publicsuffixlist`
package, reading the ICANN section of the Public Suffix List only (`only_icann=True`; the
private section lists hosting platforms, which are no registries) and no implicit `*` rule for
unknown TLDs (`accept_unknown=False`).

Every name is checked by the engine with the `registration` profile. Compared per name: the
registry zone (our `tld`, in ASCII; theirs `publicsuffix()`, turned into ASCII), and whether the
name itself is registrable (ours: no diagnostic saying it is a subdomain, a bare registry zone,
under an unknown TLD or a special-use name; theirs: `privatesuffix()` is the name itself).

The names: every ICANN rule with one label and with two labels in front and on its own; the
wildcard rules (`*.ck`) with a label in place of the `*`, and their exceptions (`!www.ck`);
every private-section rule on its own and with a label in front; IDN rules as U-labels and as A-labels; a
sample in upper case and with a trailing dot; unknown and special-use TLDs.
"""

from __future__ import annotations

import random
import sys

import unicodedata2

# `idna` imports `unicodedata`; give it the Unicode version the engine implements.
sys.modules["unicodedata"] = unicodedata2

import idna  # noqa: E402
import publicsuffixlist  # noqa: E402
from publicsuffixlist import PublicSuffixList  # noqa: E402

from common import Comparison, run_lines  # noqa: E402

SEED = 20261023
SAMPLE = 400

# The diagnostics that say a name is not registrable because of where it stands.
SPLIT_CODES = {"zone.registry_zone", "zone.subdomain", "zone.unknown_tld", "zone.special_use"}


def list_rules() -> tuple[list[str], list[str]]:
    """The rules of the package's own copy of the list: (ICANN section, private section)."""
    icann: list[str] = []
    private: list[str] = []
    section = None
    with open(publicsuffixlist.PSLFILE, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("// ===BEGIN ICANN DOMAINS==="):
                section = icann
            elif line.startswith("// ===BEGIN PRIVATE DOMAINS==="):
                section = private
            elif line.startswith("// ===END"):
                section = None
            elif section is not None and line and not line.startswith("//"):
                section.append(line.split()[0].lower())
    return icann, private


def to_ascii(name: str) -> str:
    """A name in A-label form (IDNA2008 after UTS #46 mapping), lower case."""
    if name.isascii():
        return name.lower()
    return idna.encode(name, uts46=True, std3_rules=True).decode("ascii")


def cases() -> list[tuple[str, str]]:
    icann, private = list_rules()
    rng = random.Random(SEED)
    out: list[tuple[str, str]] = []
    plain = []
    for rule in icann:
        if rule.startswith("*."):
            zone = "x1." + rule[2:]
            out += [
                ("wildcard", rule[2:]),
                ("wildcard", zone),
                ("wildcard", "example." + zone),
                ("wildcard", "www.example." + zone),
            ]
        elif rule.startswith("!"):
            out += [("exception", rule[1:]), ("exception", "example." + rule[1:])]
        else:
            plain.append(rule)
            group = "rule" if rule.isascii() else "idn rule (U-label)"
            out += [
                (f"{group} + 1 label", "example." + rule),
                (f"{group} + 2 labels", "www.example." + rule),
                (f"{group} alone", rule),
            ]
            if not rule.isascii():
                out += [
                    ("idn rule (A-label) + 1 label", "example." + to_ascii(rule)),
                    ("idn rule (A-label) alone", to_ascii(rule)),
                ]
    for rule in private:
        name = rule.lstrip("!").replace("*", "x1")
        out.append(("private rule + 1 label", "example." + name))
        out.append(("private rule alone", name))
    for rule in rng.sample(plain, SAMPLE):
        out.append(("upper case", "EXAMPLE." + rule.upper()))
        out.append(("trailing dot", "example." + rule + "."))
    for name in ["example.com..", "example.co.uk..", ".example.com", "example..com"]:
        out.append(("empty label", name))
    for tld in ["notatld", "zz", "abcdefg", "c0m", "xn--zckzah1", "1a", "xn--p1acf0"]:
        out.append(("unknown tld", "example." + tld))
    for tld in ["local", "localhost", "test", "example", "invalid", "onion", "internal", "alt", "home.arpa"]:
        out.append(("special-use tld", "example." + tld))
    seen: set[str] = set()
    unique = []
    for group, name in out:
        if name not in seen:
            seen.add(name)
            unique.append((group, name))
    return unique


def theirs(psl: PublicSuffixList, name: str) -> tuple[str | None, bool]:
    """(the public suffix in ASCII or None, whether the name is registrable)."""
    bare = name.removesuffix(".")
    suffix = psl.publicsuffix(name)
    registrable = psl.privatesuffix(name) == bare.lower()
    return (to_ascii(suffix) if suffix else None), registrable


def ours(report: dict) -> tuple[str | None, bool]:
    tld = report.get("tld")
    split = any(d["severity"] == "error" and d["code"] in SPLIT_CODES for d in report["diagnostics"])
    return tld, tld is not None and not split


def main() -> int:
    psl = PublicSuffixList(only_icann=True, accept_unknown=False)
    todo = cases()
    reports = run_lines(["check", "--stdin", "--profile", "registration"], [name for _, name in todo])
    comparison = Comparison("psl")
    for (group, name), report in zip(todo, reports):
        our_answer = ours(report)
        their_answer = theirs(psl, name)
        errors = ",".join(sorted({d["code"] for d in report["diagnostics"] if d["severity"] == "error"}))
        comparison.add(group, name, list(our_answer), list(their_answer), f"(ours: {errors or '-'})")
    return comparison.finish()


if __name__ == "__main__":
    sys.exit(main())
