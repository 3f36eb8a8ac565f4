"""Differential test of IDNA labels: the engine against Python's `idna` package.

Every case is one label, checked by the engine as `<label>.com` with the `hostname` profile (no
registry policy; `.com` itself is always fine, so the report's verdict is the label's). The
independent answer is `idna.encode`: strict IDNA2008 (RFC 5891-5893, `uts46=False`) for a label
that UTS #46 leaves as it is, and UTS #46 non-transitional mapping with STD3 rules first
(`uts46=True`) for a label it changes (upper case, full width, compatibility forms, non-NFC).
Where both accept, the A-labels must be the same too. `idna` reads the Unicode data of
`unicodedata2`, at the engine's Unicode version.

The cases come from a fixed seed: ASCII letter-digit-hyphen edge cases, `xn--` labels (valid,
invalid and non-canonical Punycode), lengths around 63 octets, random labels of the major
scripts, combining marks first, joiners in and out of context, bidi labels, the CONTEXTO
characters, symbols and emoji, mapped input, and a sample of code points from every 128-code-
point row of Unicode that holds assigned characters.

Where both refuse, the reason is compared as well (the `reason` groups): the rules a label
breaks are found with `idna`'s tables and rule functions, and the engine must name the first
of them in the order of RFC 5891 section 4.2 (code points, hyphens, a leading combining mark,
contextual rules, the bidi rule; the A-label form before all), and no rule the label keeps.
"""

from __future__ import annotations

import random
import sys

import unicodedata2

# `idna` imports `unicodedata`; give it the Unicode version the engine implements.
sys.modules["unicodedata"] = unicodedata2
import unicodedata  # noqa: E402  (the injected module)

import idna  # noqa: E402
from idna import core, idnadata, intranges  # noqa: E402

from common import Comparison, run_lines  # noqa: E402

UNICODE_VERSION = "18.0.0"
SEED = 20261023

assert unicodedata.unidata_version == UNICODE_VERSION, unicodedata.unidata_version
assert idnadata.__version__ == UNICODE_VERSION, idnadata.__version__

# Label separators under UTS #46 (they split a label in two), and the characters that end a
# line for the report reader: a label holds neither.
SEPARATORS = {"\u002e", "\u3002", "\uff0e", "\uff61"}
LINE_BREAKS = {"\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"}

# The rules of RFC 5891 section 4.2 in the order a registry applies them, after the A-label form
# itself (section 5.3): the reason a label is refused must be the first rule it breaks.
RULE_ORDER = [
    "a-label", "code point (mapped)", "code point", "hyphen", "combining mark", "context", "bidi", "length", "empty",
]

# The engine's error codes, by the rule each reports.
RULE_OF_CODE = {
    "name.punycode_invalid": "a-label",
    "name.punycode_not_canonical": "a-label",
    "name.disallowed_character": "code point",
    "name.idna2008_disallowed": "code point",
    "name.invalid_character": "code point",
    "name.underscore": "code point",
    "name.space": "code point",
    "name.hyphens_3_4": "hyphen",
    "name.leading_hyphen": "hyphen",
    "name.trailing_hyphen": "hyphen",
    "name.leading_combining_mark": "combining mark",
    "name.joiner_context": "context",
    "name.context_middle_dot": "context",
    "name.context_keraia": "context",
    "name.context_hebrew_punctuation": "context",
    "name.context_katakana_middle_dot": "context",
    "name.context_arabic_digits": "context",
    "name.bidi": "bidi",
    "name.label_too_long": "length",
    "name.empty_label": "empty",
}


def usable(c: str) -> bool:
    """Whether `c` can stand in a label given to the engine's line reader."""
    return unicodedata.category(c) != "Cs" and c not in SEPARATORS and c not in LINE_BREAKS


def assigned(first: int, last: int) -> list[str]:
    """The assigned, usable code points of a range (private use and noncharacters left out)."""
    out = []
    for cp in range(first, last + 1):
        c = chr(cp)
        if unicodedata.category(c) not in ("Cn", "Co", "Cs") and usable(c):
            out.append(c)
    return out


# Each script: the ranges its random labels draw from (letters mostly, some marks and digits).
SCRIPTS = {
    "latin": [(0x61, 0x7A), (0x41, 0x5A), (0xC0, 0x24F), (0x1E00, 0x1EFF), (0x300, 0x36F)],
    "greek": [(0x370, 0x3FF), (0x1F00, 0x1FFF)],
    "cyrillic": [(0x400, 0x52F)],
    "arabic": [(0x600, 0x6FF), (0x750, 0x77F)],
    "hebrew": [(0x591, 0x5F4)],
    "devanagari": [(0x900, 0x97F)],
    "thai": [(0xE01, 0xE5B)],
    "han": [(0x4E00, 0x9FFF), (0x3400, 0x4DBF)],
    "hangul": [(0xAC00, 0xD7A3), (0x1100, 0x11FF), (0x3131, 0x318E)],
    "kana": [(0x3041, 0x30FF), (0x31F0, 0x31FF)],
}


def script_labels(rng: random.Random, ranges: list[tuple[int, int]], count: int) -> list[str]:
    chars = [c for first, last in ranges for c in assigned(first, last)]
    letters = [c for c in chars if unicodedata.category(c).startswith("L")]
    marks = [c for c in chars if unicodedata.category(c).startswith("M")]
    digits = [c for c in chars if unicodedata.category(c) == "Nd"] or list("0123456789")
    labels = []
    for _ in range(count):
        length = rng.randint(1, 12)
        label = []
        for i in range(length):
            roll = rng.random()
            if roll < 0.12 and marks and i > 0:
                label.append(rng.choice(marks))
            elif roll < 0.17:
                label.append(rng.choice(digits))
            elif roll < 0.19 and 0 < i < length - 1:
                label.append("-")
            else:
                label.append(rng.choice(letters))
        labels.append("".join(label))
    return labels


def ldh_cases() -> list[str]:
    cases = [
        "a", "z", "0", "9", "ab", "a1", "1a", "123", "a-b", "a--b", "ab-c", "-a", "a-", "-", "--",
        "-ab", "ab-", "-ab-", "ab--cd", "xy--z", "a-b-c", "1-2", "0-0", "ab--", "--ab", "a---b",
        "abc--", "12--34", "example", "www", "localhost", "ää--b", "ab--ä", "r4---sn-4g5e6nsz",
        "a" * 62, "a" * 63, "a" * 64, "1" * 63, "a-" * 31 + "a", "a-" * 31 + "ab",
    ]
    for c in " !\"#$%&'()*+,/:;<=>?@[\\]^_`{|}~\x00\x01\x1f\x7f":
        cases.append(f"a{c}b")
    cases += ["_a", "a_", "_dmarc", "*", "a*", "*a"]
    return cases


def a_label_cases(rng: random.Random) -> list[str]:
    """`xn--` labels: valid ones made from Unicode labels, broken and non-canonical ones."""
    cases = [
        "xn--mnchen-3ya", "XN--MNCHEN-3YA", "Xn--Mnchen-3ya", "xn--zca", "xn--fa-hia", "xn--bcher-kva",
        "xn--e28h", "xn--ls8h", "xn--", "xn---", "xn--a", "xn--a-", "xn--abc-", "xn--abc", "xn--ab-cd",
        "xn--zzzzzzzzzz", "xn--9999", "xn---bbk", "xn--bbk", "xn--80ak6aa92e", "xn--p1ai",
        "xn--mnchen-2ya", "xn--mnchen-3yaa", "xn--lda", "xn--0ca", "xn--a-ecp.ru", "xn--ab--c",
        "xn--1ch", "xn--ida", "xn--4ca", "xn--hxa", "xn--mgbh0fb", "xn--4dbrk0ce",
        "xn--" + "a" * 59, "xn--" + "a" * 60, "xn--zca" + "a" * 56,
    ]
    cases = [c for c in cases if "." not in c]
    # Punycode of upper-case, unmapped or disallowed text: not a valid A-label.
    texts = ["München", "ÄB", "a\u00ad", "a\u200bb", "ab\u0301", "\u0301a", "a b", "Ⓐbc", "ａｂｃ", "a_b"]
    for text in texts + ["a\u309bb", "a\u00a8b", "a\ufe7f", "\u0e33"]:
        cases.append("xn--" + text.encode("punycode").decode("ascii"))
    # Valid A-labels of random Unicode labels, and the same with a Punycode digit changed.
    sample = script_labels(rng, [(0xE0, 0xFF), (0x3B1, 0x3C9), (0x430, 0x44F), (0x4E00, 0x4E80)], 60)
    digits = "abcdefghijklmnopqrstuvwxyz0123456789"
    for text in sample:
        try:
            alabel = idna.encode(text).decode("ascii")
        except idna.IDNAError:
            continue
        if not alabel.startswith("xn--"):
            continue
        cases.append(alabel)
        pos = rng.randrange(4, len(alabel))
        changed = alabel[:pos] + rng.choice(digits.replace(alabel[pos], "")) + alabel[pos + 1 :]
        cases.append(changed)
    return cases


def length_cases() -> list[str]:
    """Labels around 63 octets in their A-label form."""
    cases = []
    for base in ["ä", "ж", "中", "α"]:
        for n in range(1, 64):
            label = base * n
            alabel = "xn--" + label.encode("punycode").decode("ascii")
            if 60 <= len(alabel) <= 66:
                cases.append(label)
    for n in range(55, 64):
        cases.append("ä" + "a" * n)
    return cases


def combining_first_cases(rng: random.Random) -> list[str]:
    marks = [c for c in assigned(0x300, 0x36F) + assigned(0x93C, 0x94D) + assigned(0x64B, 0x65F)]
    marks += ["\u0903", "\u20dd", "\u3099", "\u05b0", "\u0e31"]
    cases = []
    for m in marks:
        cases.append(m + "a")
        cases.append(m)
    for _ in range(20):
        cases.append(rng.choice(marks) + rng.choice("abcdef") + rng.choice(marks))
    return cases


def joiner_cases() -> list[str]:
    zwnj, zwj = "\u200c", "\u200d"
    return [
        # After a virama: both allowed (RFC 5892 A.1, A.2).
        "क्" + zwnj + "ष", "क्" + zwj + "ष", "ক্" + zwnj + "ষ", "ക്" + zwj, "क्" + zwnj,
        # Between joining letters (A.1): dual/left-joining before, dual/right-joining after.
        "ب" + zwnj + "ي", "می" + zwnj + "خواهم", "ب" + "\u064e" + zwnj + "ي", "ب" + zwnj + "\u064e" + "ي",
        "ا" + zwnj + "ب", "ب" + zwnj + "ا", "ب" + zwnj + "ء", "ب" + zwnj, zwnj + "ب",
        # Out of context.
        "a" + zwnj + "b", "a" + zwj + "b", zwnj, zwj, zwnj + "a", "a" + zwnj, zwj + "a", "a" + zwj,
        "ab" + zwj + zwj + "c", "ب" + zwj + "ي", "ש" + zwnj + "ש",
        # Bidi with a joiner in context: the bidi rule is what fails.
        "ب" + zwnj + "ي" + "a", "1ب" + zwnj + "ي", "क्" + zwnj + "ष" + "ب",
    ]


def bidi_cases() -> list[str]:
    return [
        "ب1", "1ب", "ب١", "١ب", "ب١1", "ب1١", "بa", "aب", "ب-1", "ب۱", "ب۱١", "١٢٣", "۱۲۳", "١",
        "א1", "1א", "אa", "aא", "א-ב", "א1ב", "אב1", "א١", "١א", "א۱", "ب\u064e", "\u064eب",
        "مثال", "مثال1", "مثال١", "1مثال", "مثال-", "-مثال", "دليل", "פרויקט", "פרויקט2", "2פרויקט",
        "ב\u05b0", "ב\u05b0א", "ا١٢", "ا۱۲", "ا٠", "ߊ", "ߊ1", "ܐ", "ܐܒ", "ހ", "ހ1", "ࡀ",
        "ب\u0660\u06f0", "a\u0660", "\u0660a", "a1", "1a", "a\u0661b", "\U00010e60", "a\U00010e60", "\U00010e60ب",
        # A right-to-left label that breaks an earlier rule too: that rule is the reason.
        "مثال!", "مثال_", "ب😀", "ب\u0488", "ب·", "ℵa", "aℵ", "בℵ",
    ]


def contexto_cases() -> list[str]:
    return [
        # MIDDLE DOT (A.3): only between two l.
        "l·l", "col·lecció", "a·b", "l·", "·l", "·", "l·a", "L·L", "l··l",
        # GREEK KERAIA (A.4): followed by a Greek letter.
        "͵α", "α͵β", "α͵", "͵", "͵a", "a͵α", "͵Α",
        # HEBREW GERESH, GERSHAYIM (A.5, A.6): after a Hebrew letter.
        "א׳", "א״ב", "׳א", "״", "a׳", "א׳ב", "צה״ל",
        # KATAKANA MIDDLE DOT (A.7): in a label with Hiragana, Katakana or Han.
        "ア・イ", "・ア", "あ・", "中・国", "a・b", "・", "・・", "한・국",
        # ARABIC-INDIC DIGITS (A.8, A.9): not mixed with the extended set.
        "ب٠١", "ب۰۱", "ب٠۱", "ب۰١", "٠", "۰", "ب٩", "ب۹",
    ]


def symbol_cases(rng: random.Random) -> list[str]:
    cases = [
        "😀", "a😀", "😀a", "☃", "a☃b", "♥", "€", "a€", "©", "™", "a™", "℃", "→", "✓", "★", "⌘",
        "\U0001f1e9\U0001f1ea", "👍🏽", "a\ufe0f", "\u2764\ufe0f", "a\U000e0001", "\ue000", "a\ue000",
        "\U000f0000", "\ufffd", "a\ufffd", "\u00a0a", "a\u00a0b", "a\u3000b", "a\u200bb", "a\u2060b",
        "a\ufeffb", "a\u200eb", "a\u202eb", "a\u00adb", "\u00ad", "a\u034fb", "a\u180bb", "a\ufe00b",
        "\U0010ffff", "a\U0010fffd", "\u0378", "a\u0378", "\ufdd0", "a\uffff",
    ]
    symbols = [c for c in assigned(0x2000, 0x2BFF) + assigned(0x1F300, 0x1FAFF) if unicodedata.category(c)[0] in "SP"]
    for _ in range(80):
        cases.append("a" + rng.choice(symbols) + "b")
    return cases


def mapped_cases(rng: random.Random) -> list[str]:
    cases = [
        "ABC", "Abc", "MÜNCHEN", "Straße", "STRASSE", "ΣΊΣΥΦΟΣ", "ΑΘΗΝΑ", "МОСКВА", "İstanbul",
        "ａｂｃ", "ＡＢＣ", "ｍüｎｃｈｅｎ", "ⓐbc", "①②", "ﬁx", "Ⅻ", "ｶﾀｶﾅ", "ｱ", "㍿", "½", "ǆ", "Ǆ",
        "ﻋﺮﺑﻲ", "a\u0308", "A\u0308", "o\u0308\u0301", "e\u0301", "\u212b", "\u2126", "K\u0301",
        "ß", "ς", "faß", "ΣΑΣ", "xn--ZCA", "I", "ℌ", "ℍello", "𝐚𝐛𝐜", "ｘｎ－－ｚｃａ", "Ａ－Ｂ", "－ab",
        "ab\uff0d", "\uff3fab", "a\uff01b", "a\u2024b", "⒈", "a\u2488",
        # Mapped to a space or a hyphen-minus and a mark, or to a mark and a letter.
        "a\u309bb", "a\u309cb", "a\u00a8b", "a\u00b4b", "a\u1fbdb", "\u0e33", "\u0e33ก", "ก\u0e33", "\u0eb3", "ກ\u0eb3",
        "\uff9ea", "\u0340a", "a\u0340",
    ]
    uppers = [c for c in assigned(0x41, 0x5A) + assigned(0xC0, 0xDE) + assigned(0x391, 0x3A9) + assigned(0x410, 0x42F)]
    for _ in range(60):
        n = rng.randint(1, 8)
        cases.append("".join(rng.choice(uppers) for _ in range(n)))
    widths = assigned(0xFF10, 0xFF5A) + assigned(0xFF66, 0xFF9F)
    for _ in range(40):
        n = rng.randint(1, 6)
        cases.append("".join(rng.choice(widths) for _ in range(n)))
    return cases


def deviation_cases() -> list[str]:
    return ["ß", "faß", "straße", "ς", "σς", "ςσ", "ὀδυσσεύς", "ßa", "aß-b"]


def block_sample_cases(rng: random.Random) -> list[str]:
    """Two assigned code points of every 128-code-point row, alone and after `a`."""
    cases = []
    for row in range(0, 0x110000, 128):
        chars = assigned(row, row + 127)
        if not chars:
            continue
        for c in rng.sample(chars, min(2, len(chars))):
            cases.append(c)
            cases.append("a" + c)
    # A few unassigned code points, each alone and after `a`.
    unassigned = [
        chr(cp)
        for cp in (0x0378, 0x0380, 0x0588, 0x05FF, 0x1AFF, 0x2FFF, 0xD7FC, 0x1FFFD, 0x2FFFD, 0x3FFFD, 0xE0080, 0xEFFFD)
        if unicodedata.category(chr(cp)) == "Cn"
    ]
    for c in unassigned:
        cases += [c, "a" + c]
    return cases


def theirs(label: str) -> tuple[str, str]:
    """`idna`'s verdict on one label: its A-label or `refused`, and the rule `idna` names."""
    try:
        remapped = idna.uts46_remap(label, std3_rules=True, transitional=False)
    except idna.IDNAError:
        remapped = None
    try:
        if remapped == label:
            result = idna.encode(label, uts46=False, strict=True)
        else:
            result = idna.encode(label, uts46=True, std3_rules=True, strict=True)
    except idna.IDNAError as err:
        return "refused", err.code or "idna_error"
    labels = result.decode("ascii").split(".")
    if len(labels) != 1:
        return "refused", "not_one_label"
    return labels[0], ""


def broken_rules(label: str) -> set[str]:
    """Every rule of RULE_ORDER that `label` breaks, decided with `idna`'s own tables and rule
    functions (IDNA2008 after UTS #46 mapping with STD3 rules)."""
    try:
        text = idna.uts46_remap(label, std3_rules=True, transitional=False)
        broken = set()
    except idna.IDNAError:
        # A character UTS #46 refuses; the other rules are read on the text as typed.
        text = unicodedata.normalize("NFC", label.lower())
        broken = {"code point"}
    if text.startswith("xn--"):
        ascii_label = text
        if not all(c.isascii() and (c.isalnum() or c == "-") for c in text):
            # An A-label holds only letters, digits and hyphens.
            return broken | {"code point", "a-label"}
        try:
            decoded = text[4:].encode("ascii").decode("punycode")
        except UnicodeError:
            return broken | {"a-label"}
        canonical = decoded.encode("punycode").decode("ascii") == text[4:]
        if not decoded or decoded.isascii() or text.endswith("-") or not canonical:
            return broken | {"a-label"}
        try:
            if idna.uts46_remap(decoded, std3_rules=True, transitional=False) != decoded:
                # Text that UTS #46 maps (upper case, say) is no U-label, so this is no A-label
                # (RFC 5890 section 2.3.2.1): saying so, or naming the code point, is the same.
                broken |= {"a-label", "code point (mapped)"}
        except idna.IDNAError:
            broken.add("code point")
        text = decoded
    else:
        ascii_label = text if text.isascii() else "xn--" + text.encode("punycode").decode("ascii")
    if not text:
        return broken | {"empty"}
    classes = idnadata.codepoint_classes
    for pos, c in enumerate(text):
        cp = ord(c)
        if intranges.intranges_contain(cp, classes["PVALID"]):
            continue
        try:
            if intranges.intranges_contain(cp, classes["CONTEXTJ"]):
                if not core.valid_contextj(text, pos):
                    broken.add("context")
            elif intranges.intranges_contain(cp, classes["CONTEXTO"]):
                if not core.valid_contexto(text, pos):
                    broken.add("context")
            else:
                broken.add("code point")
        except (ValueError, idna.IDNAError):
            broken.add("context")
    if text[2:4] == "--" or text.startswith("-") or text.endswith("-"):
        broken.add("hyphen")
    if unicodedata.category(text[0]).startswith("M"):
        broken.add("combining mark")
    try:
        core.check_bidi(text)
    except idna.IDNAError:
        broken.add("bidi")
    if len(ascii_label) > 63:
        broken.add("length")
    return broken


def ours(report: dict) -> tuple[str, set[str]]:
    """The engine's verdict: its A-label without `.com`, or `refused`, and its error codes."""
    errors = {d["code"] for d in report["diagnostics"] if d["severity"] == "error"}
    if not report["ok"]:
        return "refused", errors
    ascii_name = report.get("ascii") or ""
    if not ascii_name.endswith(".com"):
        return "refused", errors | {"(no ASCII form)"}
    return ascii_name[: -len(".com")], errors


def cases() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out: list[tuple[str, str]] = []
    out += [("ldh", c) for c in ldh_cases()]
    out += [("a-label", c) for c in a_label_cases(rng)]
    out += [("length", c) for c in length_cases()]
    for script, ranges in SCRIPTS.items():
        out += [(f"script {script}", c) for c in script_labels(rng, ranges, 150)]
    out += [("combining mark first", c) for c in combining_first_cases(rng)]
    out += [("joiner", c) for c in joiner_cases()]
    out += [("bidi", c) for c in bidi_cases()]
    out += [("contexto", c) for c in contexto_cases()]
    out += [("symbol and emoji", c) for c in symbol_cases(rng)]
    out += [("mapped", c) for c in mapped_cases(rng)]
    out += [("deviation", c) for c in deviation_cases()]
    out += [("block sample", c) for c in block_sample_cases(rng)]
    # One case per label: the first class that names it.
    seen: set[str] = set()
    unique = []
    for group, label in out:
        if label not in seen and all(usable(c) for c in label):
            seen.add(label)
            unique.append((group, label))
    return unique


def main() -> int:
    todo = cases()
    reports = run_lines(["check", "--stdin", "--profile", "hostname"], [label + ".com" for _, label in todo])
    comparison = Comparison("idna")
    for (group, label), report in zip(todo, reports):
        name = label + ".com"
        our_answer, our_codes = ours(report)
        their_answer, their_rule = theirs(label)
        codes = ",".join(sorted(our_codes))
        comparison.add(group, name, our_answer, their_answer, f"(ours: {codes or '-'}; theirs: {their_rule or '-'})")
        if our_answer != "refused" or their_answer != "refused":
            continue
        # Both refuse: the engine must name the first rule the label breaks, and no rule it keeps.
        broken = broken_rules(label)
        if not broken:
            sys.exit(f"differential idna: idna refuses {name!r} ({their_rule}) but no rule was found broken")
        first = min(broken, key=RULE_ORDER.index)
        named = {RULE_OF_CODE.get(code, code) for code in our_codes}
        if "code point (mapped)" in broken:
            broken.add("code point")
            named = {"a-label" if rule == "code point" else rule for rule in named}
        agrees = first in named and named <= broken
        comparison.add(
            f"{group} reason",
            name,
            first if agrees else ", ".join(sorted(named)),
            first,
            f"(ours: {codes}; broken: {', '.join(sorted(broken, key=RULE_ORDER.index))})",
        )
    return comparison.finish()


if __name__ == "__main__":
    sys.exit(main())
