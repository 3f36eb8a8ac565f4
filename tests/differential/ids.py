"""Differential test of the identifier checks (src/ids) against python-stdnum 2.2.

For every format of `domain-rules id --list` that python-stdnum covers, the same inputs go to
both: valid numbers generated here (check digits computed here, not by python-stdnum), each
with a changed digit, two neighbours swapped, a character missing or added, separators, lower
case; impossible dates for the date-bearing numbers; and the real-world numbers of
tests/data/ids.toml (most of them from python-stdnum's own test files). The verdicts (valid or
not) and, where both accept, the compact forms must agree, or the input must be listed in
tests/data/deliberate_differences.toml.

Run: `cargo build --bin domain-rules && target/py/bin/python tests/differential/ids.py`.
"""

from __future__ import annotations

import datetime
import random
import string
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, Comparison, binary, run_lines  # noqa: E402

try:
    import stdnum
    from stdnum import exceptions
    from stdnum.au import abn, acn
    from stdnum.ch import uid
    from stdnum.de import vat as de_vat
    from stdnum.dk import cvr
    from stdnum.es import cif, dni, nie, nif
    from stdnum.eu import vat as eu_vat
    from stdnum.fi import hetu, ytunnus
    from stdnum.fr import siren, siret
    from stdnum.it import codicefiscale, iva
    from stdnum.no import mva, orgnr as no_orgnr
    from stdnum.pt import nif as pt_nif
    from stdnum.ro import cui
    from stdnum.se import orgnr as se_orgnr, personnummer, vat as se_vat
except ImportError:
    sys.exit("differential ids: python-stdnum is missing; run scripts/setup.sh (tools/requirements.txt)")

if stdnum.__version__ != "2.2":
    sys.exit(f"differential ids: python-stdnum 2.2 expected, found {stdnum.__version__}")

SEED = 20261207
PER_FORMAT = 400  # generated valid numbers per format
PER_STATE = 60  # generated valid EU VAT numbers per member state
TODAY = datetime.date.today()

# --- python-stdnum, one function per format: the compact form, or an exception ---------------


def _either(*validators: Callable[[str], str]) -> Callable[[str], str]:
    """The first validator that accepts; else the first one's exception."""

    def validate(value: str) -> str:
        first: Exception | None = None
        for validator in validators:
            try:
                return validator(value)
            except exceptions.ValidationError as e:
                first = first or e
        assert first is not None
        raise first

    return validate


def _se_orgnr(value: str) -> str:
    # The VAT form (SE, the number, 01) is accepted by the engine with its prefix only.
    if value.strip().upper().startswith("SE"):
        return se_vat.validate(value)[:-2]
    return se_orgnr.validate(value)


def _fr_legal_id(value: str) -> str:
    # AFNIC's legal identifier: an EU VAT number when it starts with two letters, else a SIREN
    # or a SIRET by length.
    text = siren.compact(value)
    if text[:2].isalpha():
        return eu_vat.validate(value)
    return siret.validate(value) if len(text) == 14 else siren.validate(value)


STDNUM: dict[str, Callable[[str], str]] = {
    "dk-cvr": lambda v: "DK" + cvr.validate(v),
    "it-codice-fiscale": codicefiscale.validate,
    "it-partita-iva": iva.validate,
    "it-partita-iva-or-na": iva.validate,
    "de-vat": de_vat.validate,
    "es-dni": dni.validate,
    "es-nie": nie.validate,
    "es-cif": cif.validate,
    "es-nif": nif.validate,
    "fi-hetu": hetu.validate,
    "fi-ytunnus": ytunnus.validate,
    "no-orgnr": _either(no_orgnr.validate, lambda v: mva.validate(v)[:-3]),
    "se-orgnr": _se_orgnr,
    "se-personnummer": lambda v: personnummer.validate(v).replace("-", ""),
    "pt-nif": pt_nif.validate,
    "ro-cui": cui.validate,
    "fr-siren": siren.validate,
    "fr-siret": siret.validate,
    "fr-legal-id": _fr_legal_id,
    "au-abn": abn.validate,
    "au-acn": acn.validate,
    "ch-uid": uid.validate,
    "eu-vat": eu_vat.validate,
}
"""python-stdnum's module for each format (https://github.com/arthurdejong/python-stdnum)."""

NOT_COVERED = {
    "duns": "the D-U-N-S number has no check digit and no python-stdnum module",
}
"""Formats python-stdnum has no module for; `it-partita-iva-or-na` is compared on its numbers
only (its `n.a.` is the .it registry's, not a number)."""

PREFIX = {"de-vat": "DE", "it-partita-iva": "IT", "it-partita-iva-or-na": "IT", "es-nif": "ES"}
PREFIX |= {"fi-ytunnus": "FI", "pt-nif": "PT", "ro-cui": "RO", "no-orgnr": "NO", "se-orgnr": "SE"}
"""The engine's compact form keeps a country prefix that was typed; python-stdnum drops it."""


def ours_compact(fmt: str, compact: str) -> str:
    """The engine's compact form as python-stdnum writes it."""
    prefix = PREFIX.get(fmt)
    if prefix and compact.startswith(prefix):
        compact = compact[len(prefix) :]
    if fmt == "no-orgnr":
        compact = compact.removesuffix("MVA")
    if fmt == "se-orgnr" and len(compact) == 12:
        compact = compact[:-2]
    return compact


# --- Generators of valid numbers (check digits computed here) ---------------------------------


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def luhn_ok(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    return next(body + str(d) for d in range(10) if luhn_ok(body + str(d)))


def weighted_complete(rng: random.Random, n: int, weights: list[int], first_nonzero: bool = False) -> str:
    """n digits whose weighted sum (the last digit's weight is 1) is divisible by 11."""
    while True:
        body = digits(rng, n - 1)
        if first_nonzero and body[0] == "0":
            continue
        check = -sum(int(d) * w for d, w in zip(body, weights)) % 11
        if check < 10:
            return body + str(check)


def gen_cvr(rng: random.Random) -> str:
    return weighted_complete(rng, 8, [2, 7, 6, 5, 4, 3, 2], first_nonzero=True)


def gen_iva(rng: random.Random) -> str:
    while True:
        serial = digits(rng, 7)
        if serial != "0000000":
            break
    office = rng.choice([f"{rng.randint(1, 100):03}", "120", "121", "888", "999"])
    return luhn_complete(serial + office)


def gen_de(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 7)
    check = 10
    for c in body:
        check = (check + int(c)) % 10 or 10
        check = check * 2 % 11
    return body + str((11 - check) % 10)


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def gen_dni(rng: random.Random) -> str:
    number = digits(rng, 8)
    return number + DNI_LETTERS[int(number) % 23]


def gen_nie(rng: random.Random) -> str:
    first = rng.choice("XYZ")
    number = digits(rng, 7)
    return first + number + DNI_LETTERS[int(str("XYZ".index(first)) + number) % 23]


def gen_cif(rng: random.Random) -> str:
    first = rng.choice("ABCDEFGHJNPQRSUVW")
    body = digits(rng, 7)
    check = luhn_complete(body)[-1]
    return first + body + rng.choice([check, "JABCDEFGHI"[int(check)]])


def gen_klm(rng: random.Random) -> str:
    body = digits(rng, 7)
    return rng.choice("KLM") + body + DNI_LETTERS[int(body) % 23]


def gen_nif(rng: random.Random) -> str:
    return rng.choice([gen_dni, gen_nie, gen_cif, gen_klm])(rng)


def random_date(rng: random.Random, first: int, last: int) -> datetime.date:
    start, end = datetime.date(first, 1, 1).toordinal(), datetime.date(last, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_of(day: int, month: int, year: int, sign: str, individual: int) -> str:
    body = f"{day:02}{month:02}{year % 100:02}"
    return f"{body}{sign}{individual:03}{HETU_CHECK[int(f'{body}{individual:03}') % 31]}"


def gen_hetu(rng: random.Random) -> str:
    date = random_date(rng, 1850, 2025)
    sign = {18: "+", 19: rng.choice("-YXWVU"), 20: rng.choice("ABCDEF")}[date.year // 100]
    return hetu_of(date.day, date.month, date.year, sign, rng.randint(2, 899))


def gen_ytunnus(rng: random.Random) -> str:
    number = weighted_complete(rng, 8, [7, 9, 10, 5, 8, 4, 2])
    return rng.choice([number, number[:7] + "-" + number[7], "FI" + number])


def gen_no(rng: random.Random) -> str:
    number = weighted_complete(rng, 9, [3, 2, 7, 6, 5, 4, 3, 2])
    return rng.choice([number, f"NO {number} MVA", f"{number[:3]} {number[3:6]} {number[6:]}"])


def gen_se_orgnr(rng: random.Random) -> str:
    number = luhn_complete(digits(rng, 9))
    return rng.choice([number, number[:6] + "-" + number[6:], "SE" + number + "01"])


def personnummer_of(date: datetime.date, serial: str, form: str, day_offset: int = 0) -> str:
    body = f"{date.year % 100:02}{date.month:02}{date.day + day_offset:02}{serial}"
    number = luhn_complete(body)
    if form == "12":
        return f"{date.year // 100}{number}"
    return number[:6] + form + number[6:] if form in "-+" else number


def gen_personnummer(rng: random.Random) -> str:
    serial = digits(rng, 3)
    form = rng.choice(["-", "", "12", "+"])
    if form == "+":
        date = random_date(rng, TODAY.year - 199, TODAY.year - 100)
    else:
        date = random_date(rng, TODAY.year - 99, TODAY.year - 1)
    return personnummer_of(date, serial, form)


def gen_pt(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 7)
    total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1)))
    return body + str((11 - total % 11) % 11 % 10)


def gen_ro(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, rng.randint(0, 8))
    padded = body.zfill(9)
    total = sum(int(d) * w for d, w in zip(padded, [7, 5, 3, 2, 1, 7, 5, 3, 2]))
    return body + str(10 * total % 11 % 10)


def gen_siren(rng: random.Random) -> str:
    return luhn_complete(digits(rng, 8))


def gen_siret(rng: random.Random) -> str:
    if rng.random() < 0.1:  # La Poste's establishments: a digit sum divisible by 5
        while True:
            number = "356000000" + digits(rng, 5)
            if sum(map(int, number)) % 5 == 0:
                return number
    return luhn_complete(gen_siren(rng) + digits(rng, 4))


def gen_legal_id(rng: random.Random) -> str:
    return rng.choice([gen_siren, gen_siret, lambda r: "FR" + gen_fr_vat(r)])(rng)


def gen_abn(rng: random.Random) -> str:
    body = str(rng.randint(0, 9)) + digits(rng, 8)
    weights = [3, 5, 7, 9, 11, 13, 15, 17, 19]
    for first in range(11, 100):  # 10 is a listed class
        number = f"{first}{body}"
        total = (int(number[0]) - 1) * 10 + int(number[1]) + sum(int(d) * w for d, w in zip(body, weights))
        if total % 89 == 0:
            return number
    raise AssertionError("every ABN body has check digits")


def gen_acn(rng: random.Random) -> str:
    body = digits(rng, 8)
    total = sum(int(d) * w for d, w in zip(body, range(8, 0, -1)))
    return body + str((10 - total % 10) % 10)


def gen_uid(rng: random.Random) -> str:
    while True:
        body = digits(rng, 8)
        check = (11 - sum(int(d) * w for d, w in zip(body, [5, 4, 3, 2, 7, 6, 5, 4])) % 11) % 11
        if check < 10:
            n = body + str(check)
            return rng.choice([f"CHE-{n[:3]}.{n[3:6]}.{n[6:]}", "CHE" + n, n])


FR_KEY = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def gen_fr_vat(rng: random.Random) -> str:
    """A French VAT number without FR: numeric key, a key with letters, or Monaco's 000."""
    kind = rng.choice(["numeric", "numeric", "letters", "monaco"])
    body = "000" + digits(rng, 6) if kind == "monaco" else gen_siren(rng)
    if kind != "letters":
        return f"{int(body + '12') % 97:02}{body}"
    while True:
        key = rng.choice(FR_KEY) + rng.choice(FR_KEY)
        if key.isdigit():
            continue
        a, b = FR_KEY.index(key[0]), FR_KEY.index(key[1])
        c = a * 24 + b - 10 if a < 10 else a * 34 + b - 100
        if (int(body) + 1 + c // 11) % 11 == c % 11:
            return key + body


def gen_be(rng: random.Random) -> str:
    body = rng.choice("01") + digits(rng, 7)
    number = body + f"{97 - int(body) % 97:02}"
    return rng.choice([number, number, number[1:] if number[0] == "0" else number, f"(0){number[1:]}"])


def mod97_10(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text)) % 97


def gen_nl(rng: random.Random) -> str:
    if rng.random() < 0.5:  # the BSN check
        while True:
            body = digits(rng, 8)
            check = sum(int(d) * w for d, w in zip(body, range(9, 1, -1))) % 11
            if check < 10 and body + str(check) != "000000000":
                return f"{body}{check}B{rng.randint(1, 99):02}"
    while True:  # since 2020: ISO 7064 MOD 97-10 over the whole NL number
        body = digits(rng, 9)
        for suffix in range(1, 100):
            number = f"{body}B{suffix:02}"
            if mod97_10("NL" + number) == 1:
                return number


def gen_pl(rng: random.Random) -> str:
    while True:
        body = digits(rng, 9)
        check = sum(int(d) * w for d, w in zip(body, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if check < 10:
            return body + str(check)


def gen_at(rng: random.Random) -> str:
    body = digits(rng, 7)
    total = sum(int(d) if i % 2 == 0 else sum(divmod(int(d) * 2, 10)) for i, d in enumerate(body))
    return f"U{body}{(10 - (4 + total) % 10) % 10}"


def complete(rng: random.Random, length: int, valid: Callable[[str], bool], first: str = string.digits) -> str:
    """A random number of `length` digits (the first from `first`) completed by the last digit
    that makes `valid` true."""
    while True:
        body = rng.choice(first) + digits(rng, length - 2)
        for d in string.digits:
            if valid(body + d):
                return body + d


def wsum(number: str, weights: list[int]) -> int:
    return sum(int(d) * w for d, w in zip(number, weights))


def gen_bg(rng: random.Random) -> str:
    if rng.random() < 0.5:  # legal entity

        def legal(n: str) -> bool:
            check = wsum(n, list(range(1, 9))) % 11
            check = wsum(n, list(range(3, 11))) % 11 if check == 10 else check
            return check % 10 == int(n[8])

        return complete(rng, 9, legal)
    date = random_date(rng, 1900, 2025)  # an EGN
    month = date.month + (40 if date.year >= 2000 else 0)
    body = f"{date.year % 100:02}{month:02}{date.day:02}{digits(rng, 3)}"
    return body + str(wsum(body, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11 % 10)


def gen_cy(rng: random.Random) -> str:
    body = rng.choice("0345679") + digits(rng, 7)
    even = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
    total = sum(even[int(d)] if i % 2 == 0 else int(d) for i, d in enumerate(body))
    return body + chr(ord("A") + total % 26)


def gen_cz(rng: random.Random) -> str:
    if rng.random() < 0.5:  # legal entity

        def legal(n: str) -> bool:
            check = (11 - wsum(n, [8, 7, 6, 5, 4, 3, 2])) % 11
            return str((check or 1) % 10) == n[7]

        return complete(rng, 8, legal, first="12345678")
    date = random_date(rng, 1954, 2025)  # a 10-digit birth number
    month = date.month + rng.choice([0, 50])
    body = f"{date.year % 100:02}{month:02}{date.day:02}{digits(rng, 3)}"
    return body + str(int(body) % 11 % 10)


def gen_ie(rng: random.Random) -> str:
    body = digits(rng, 7)
    second = rng.choice(["", "A", "H"])
    total = wsum(body, [8, 7, 6, 5, 4, 3, 2]) + 9 * ("WABCDEFGHIJKLMNOPQRSTUV".index(second) if second else 0)
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] + second


def gen_lt(rng: random.Random) -> str:
    body = digits(rng, 7) + "1" if rng.random() < 0.5 else digits(rng, 10) + "1"
    check = sum((1 + i % 9) * int(n) for i, n in enumerate(body)) % 11
    if check == 10:
        check = sum((1 + (i + 2) % 9) * int(n) for i, n in enumerate(body))
    return body + str(check % 11 % 10)


def gen_lv(rng: random.Random) -> str:
    if rng.random() < 0.5:  # legal entity
        return complete(rng, 11, lambda n: wsum(n, [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1]) % 11 == 3, first="456789")
    date = random_date(rng, 1900, 2025)
    body = f"{date.day:02}{date.month:02}{date.year % 100:02}{date.year // 100 - 18}{digits(rng, 3)}"
    return body + str((1 + wsum(body, [10, 5, 8, 4, 2, 1, 6, 3, 7, 9])) % 11 % 10)


def gen_xi(rng: random.Random) -> str:
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 1]
    if rng.random() < 0.3:  # a sum of 0 modulo 97
        return complete(rng, 9, lambda n: wsum(n, weights) % 97 == 0)
    body = str(rng.randint(1, 9)) + digits(rng, 6)  # from 100 on, also 42 or 55
    return next(body + f"{c:02}" for c in range(100) if wsum(body + f"{c:02}", weights) % 97 in (0, 42, 55))


def gen_si(rng: random.Random) -> str:
    def valid(n: str) -> bool:
        total = wsum(n, [8, 7, 6, 5, 4, 3, 2]) % 11
        return total != 0 and (11 - total) % 10 == int(n[7])

    return complete(rng, 8, valid, first="123456789")


VAT_GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "BG": gen_bg,
    "CY": gen_cy,
    "CZ": gen_cz,
    "EE": lambda r: complete(r, 9, lambda n: wsum(n, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 == 0),
    "EL": lambda r: complete(r, 9, greek_ok),
    "HR": lambda r: complete(r, 11, iso7064_11_10_ok),
    "HU": lambda r: complete(r, 8, lambda n: wsum(n, [9, 7, 3, 1, 9, 7, 3, 1]) % 10 == 0),
    "IE": gen_ie,
    "LT": gen_lt,
    "LU": lambda r: (lambda b: f"{b}{int(b) % 89:02}")(digits(r, 6)),
    "LV": gen_lv,
    "MT": lambda r: complete(r, 8, lambda n: wsum(n, [3, 4, 6, 7, 8, 9, 10, 1]) % 37 == 0, first="123456789"),
    "SI": gen_si,
    "SK": lambda r: complete(r, 10, lambda n: int(n) % 11 == 0 and n[2] in "234789", first="123456789"),
    "XI": gen_xi,
    "AT": gen_at,
    "BE": gen_be,
    "DE": gen_de,
    "DK": gen_cvr,
    "ES": gen_nif,
    "FI": lambda r: weighted_complete(r, 8, [7, 9, 10, 5, 8, 4, 2]),
    "FR": gen_fr_vat,
    "IT": gen_iva,
    "NL": gen_nl,
    "PL": gen_pl,
    "PT": gen_pt,
    "RO": gen_ro,
    "SE": lambda r: luhn_complete(digits(r, 9)) + "01",
}
"""A generator of valid numbers for every member state (and Northern Ireland)."""


def greek_ok(number: str) -> bool:
    total = 0
    for d in number[:8]:
        total = total * 2 + int(d)
    return total * 2 % 11 % 10 == int(number[8])


def iso7064_11_10_ok(number: str) -> bool:
    product = 10
    for d in number[:-1]:
        product = ((product + int(d)) % 10 or 10) * 2 % 11
    return (11 - product) % 10 == int(number[-1])


def gen_eu_vat(rng: random.Random, prefix: str) -> str:
    # A colon after the prefix only where python-stdnum's compact() removes it (the engine takes
    # it everywhere; deliberate_differences.toml lists examples of the others).
    gaps = ["", " ", ": "] if ":" in VAT_SEPARATORS[prefix] else ["", " "]
    return prefix + rng.choice(gaps) + VAT_GENERATORS[prefix](rng)


def gen_codice_fiscale(rng: random.Random) -> str:
    date = random_date(rng, 1920, 2019)
    day = date.day + rng.choice([0, 40])
    return codice_fiscale_of(rng, date.year % 100, date.month, day)


CF_MONTHS = "ABCDEHLMPRST"
CF_OMOCODIA = "LMNPQRSTUV"
CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def codice_fiscale_of(rng: random.Random, year: int, month: int, day: int) -> str:
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(6))
    place = rng.choice(string.ascii_uppercase) + digits(rng, 3)
    code = list(f"{letters}{year:02}{CF_MONTHS[month - 1]}{day:02}{place}")
    if rng.random() < 0.2:  # omocodia: a digit written as its letter
        at = rng.choice([6, 7, 9, 10, 12, 13, 14])
        code[at] = CF_OMOCODIA[int(code[at])]
    total = 0
    for i, c in enumerate(code):
        index = int(c) if c.isdigit() else ord(c) - ord("A")
        total += CF_ODD[index] if i % 2 == 0 else index
    return "".join(code) + chr(ord("A") + total % 26)


GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "dk-cvr": lambda r: r.choice(["", "DK ", "DK: "]) + gen_cvr(r),
    "it-codice-fiscale": lambda r: gen_codice_fiscale(r) if r.random() < 0.8 else gen_iva(r),
    "it-partita-iva": lambda r: r.choice(["", "IT"]) + gen_iva(r),
    "it-partita-iva-or-na": gen_iva,
    "de-vat": lambda r: r.choice(["", "DE"]) + gen_de(r),
    "es-dni": gen_dni,
    "es-nie": gen_nie,
    "es-cif": gen_cif,
    "es-nif": lambda r: r.choice(["", "ES"]) + gen_nif(r),
    "fi-hetu": gen_hetu,
    "fi-ytunnus": gen_ytunnus,
    "no-orgnr": gen_no,
    "se-orgnr": gen_se_orgnr,
    "se-personnummer": gen_personnummer,
    "pt-nif": lambda r: r.choice(["", "PT"]) + gen_pt(r),
    "ro-cui": lambda r: r.choice(["", "RO"]) + gen_ro(r),
    "fr-siren": gen_siren,
    "fr-siret": gen_siret,
    "fr-legal-id": gen_legal_id,
    "au-abn": gen_abn,
    "au-acn": gen_acn,
    "ch-uid": gen_uid,
}

# The separators python-stdnum's compact() removes, per format (the engine removes these and
# more; see deliberate_differences.toml for the others).
SEPARATORS = {
    "dk-cvr": " -.,/:",
    "it-codice-fiscale": " -:",
    "it-partita-iva": " -:",
    "it-partita-iva-or-na": " -:",
    "de-vat": " -./,",
    "es-dni": " -",
    "es-nie": " -",
    "es-cif": " -",
    "es-nif": " -",
    "fi-hetu": "",
    "fi-ytunnus": " -",
    "no-orgnr": " ",
    "se-orgnr": " -.",
    "se-personnummer": " :",
    "pt-nif": " -.",
    "ro-cui": " -",
    "fr-siren": " .",
    "fr-siret": " .",
    "fr-legal-id": " .",
    "au-abn": " ",
    "au-acn": " ",
    "ch-uid": " -.",
}

VAT_SEPARATORS = {
    "AT": " -./", "BE": " -./", "BG": " -.", "CY": " -", "CZ": " /", "DE": " -./,", "DK": " -.,/:",
    "EE": " ", "EL": " -./:", "ES": " -", "FI": " -", "FR": " -.", "HR": " -", "HU": " -", "IE": " -",
    "IT": " -:", "LT": " -", "LU": " :.-", "LV": " -", "MT": " -", "NL": " -.", "PL": " -", "PT": " -.",
    "RO": " -", "SE": " -.", "SI": " -", "SK": " -", "XI": " -.",
}  # fmt: skip
"""The separators python-stdnum's compact() removes from each member state's VAT number."""


def separators(fmt: str, number: str) -> str:
    if fmt == "eu-vat":
        return VAT_SEPARATORS.get(number.strip()[:2].upper(), "")
    return SEPARATORS[fmt]


# --- Variants of a number ----------------------------------------------------------------------


def variants(rng: random.Random, fmt: str, number: str) -> list[str]:
    """A changed digit, swapped neighbours, a missing or an added character, separators and
    lower case."""
    out = []
    places = [i for i, c in enumerate(number) if c.isdigit()]
    if places:
        at = rng.choice(places)
        out.append(number[:at] + rng.choice([d for d in string.digits if d != number[at]]) + number[at + 1 :])
    pairs = [i for i in range(len(number) - 1) if number[i].isalnum() and number[i + 1].isalnum() and number[i] != number[i + 1]]
    if pairs:
        at = rng.choice(pairs)
        out.append(number[:at] + number[at + 1] + number[at] + number[at + 2 :])
    alnum = [i for i, c in enumerate(number) if c.isalnum()]
    at = rng.choice(alnum)
    out.append(number[:at] + number[at + 1 :])
    at = rng.randint(0, len(number))
    out.append(number[:at] + rng.choice(string.digits) + number[at:])
    seps = separators(fmt, number)
    # Not inside a country prefix (`D E123…` is no way of writing one).
    first = 2 if number[:2].isalpha() else 1
    if seps and len(number) > first:
        at = rng.randint(first, len(number) - 1)
        out.append(number[:at] + rng.choice(seps) + number[at:])
    out.append(f" {number.lower()} ")
    return out


def impossible_dates(rng: random.Random) -> dict[str, list[str]]:
    """Numbers with a date that does not exist (and a few that do, at the edges), with their
    check characters right."""
    cases: dict[str, list[str]] = {"it-codice-fiscale": [], "fi-hetu": [], "se-personnummer": []}
    # (year in two digits, month, day): 30 and 31 February, 31 April, 29 February of a common
    # and of a leap year, day 0, 32.
    dates = [(rng.randint(0, 99), 2, 30), (rng.randint(0, 99), 2, 31), (rng.randint(0, 99), 4, 31), (rng.randint(0, 99), 6, 31)]
    dates += [(y, 2, 29) for y in range(0, 100)]
    dates += [(rng.randint(0, 99), rng.randint(1, 12), d) for d in (0, 32, 39)]
    for year, month, day in dates:
        cases["it-codice-fiscale"].append(codice_fiscale_of(rng, year, month, day))
        cases["it-codice-fiscale"].append(codice_fiscale_of(rng, year, month, day + 40))
        for century, signs in ((1800, "+"), (1900, "-YXWVU"), (2000, "ABCDEF")):
            cases["fi-hetu"].append(hetu_of(day, month, century + year, rng.choice(signs), rng.randint(2, 899)))
        for form in ("-", "+", ""):
            body = f"{year:02}{month:02}{day:02}{digits(rng, 3)}"
            number = luhn_complete(body)
            cases["se-personnummer"].append(number[:6] + form + number[6:])
    for year in (1900, 1904, 2000, 2001, 2024, 1800, 1700, 1600):
        body = f"{year % 100:02}0229{digits(rng, 3)}"
        cases["se-personnummer"].append(f"{year // 100}{luhn_complete(body)}")
    # Month 0 and 13 in the Finnish and Swedish numbers (the codice fiscale's letters have no such).
    for month in (0, 13):
        cases["fi-hetu"].append(hetu_of(10, month, 1980, "-", 123))
        cases["se-personnummer"].append(luhn_complete(f"80{month:02}10123"))
    return cases


# --- Classes the engine decides differently on purpose -----------------------------------------


def _cf_day(value: str) -> int | None:
    """The day field of a 16-character codice fiscale (omocodia letters read as digits)."""
    text = "".join(c for c in value.upper() if c.isalnum())
    if len(text) != 16:
        return None
    pair = [int(c) if c.isdigit() else CF_OMOCODIA.find(c) for c in text[9:11]]
    return None if -1 in pair else pair[0] * 10 + pair[1]


def _se_day(value: str) -> int | None:
    """The day field of a personnummer (its last six digits before the serial)."""
    text = "".join(c for c in value if c.isdigit())
    return int(text[-6:-4]) if len(text) in (10, 12) else None


LISTED_CLASSES: dict[str, tuple[str, Callable[[str], bool]]] = {
    "se-personnummer": (
        "samordningsnummer (day + 60)",
        lambda v: (_se_day(v) or 0) > 60,
    ),
    "it-codice-fiscale": (
        "codice fiscale with a day of 81 to 91",
        lambda v: 81 <= (_cf_day(v) or 0) <= 91,
    ),
    "au-abn": (
        "ABN with check digits 10",
        lambda v: "".join(c for c in v if c.isdigit()).startswith("10"),
    ),
}
"""Input classes where the engine and python-stdnum disagree on purpose (see
deliberate_differences.toml, which gives the reasons): generated inputs of these classes are set
aside and counted, and the class is tested through the listed examples (each entry names its
`format`)."""

# --- The run -------------------------------------------------------------------------------------


def theirs(fmt: str, value: str) -> tuple[bool, str]:
    """python-stdnum's verdict: (True, compact form) or (False, the exception's name)."""
    try:
        return True, STDNUM[fmt](value)
    except exceptions.ValidationError as e:
        return False, type(e).__name__


def real_world() -> dict[str, list[str]]:
    """The numbers of tests/data/ids.toml, by format."""
    with open(ROOT / "tests" / "data" / "ids.toml", "rb") as f:
        data = tomllib.load(f)
    return {entry["name"]: entry["valid"] + entry["invalid"] for entry in data["format"]}


def group(fmt: str, value: str) -> str:
    """eu-vat is reported per member state."""
    if fmt == "eu-vat":
        prefix = value.strip()[:2].upper()
        return f"eu-vat {prefix}" if prefix in VAT_GENERATORS else "eu-vat (no member-state prefix)"
    return fmt


def main() -> int:
    formats = engine_formats()
    missing = [f for f in formats if f not in STDNUM and f not in NOT_COVERED]
    if missing:
        sys.exit(f"differential ids: no python-stdnum mapping for {missing}; add one or list it in NOT_COVERED")
    rng = random.Random(SEED)
    known = real_world()
    dates = impossible_dates(rng)
    comparison = Comparison("ids")
    set_aside: dict[str, int] = {}
    for fmt in formats:
        if fmt in NOT_COVERED:
            continue
        inputs: list[str] = []
        if fmt == "eu-vat":
            generated = [gen_eu_vat(rng, prefix) for prefix in sorted(VAT_GENERATORS) for _ in range(PER_STATE)]
        else:
            generated = [GENERATORS[fmt](rng) for _ in range(PER_FORMAT)]
        for number in generated:
            inputs.append(number)
            inputs.extend(variants(rng, fmt, number))
        for number in known.get(fmt, []):
            inputs.append(number)
            inputs.extend(variants(rng, fmt, number))
        inputs.extend(dates.get(fmt, []))
        inputs = [i for i in dict.fromkeys(inputs) if i.strip()]
        if fmt == "it-partita-iva-or-na":
            # `n.a.` and what is left of it: the .it registry's word, not a number.
            inputs = [i for i in inputs if any(c.isdigit() for c in i)]
        if fmt in LISTED_CLASSES:
            name, member = LISTED_CLASSES[fmt]
            kept = [i for i in inputs if not member(i)]
            if len(kept) < len(inputs):
                set_aside[f"{fmt}: {name}"] = len(inputs) - len(kept)
            inputs = kept
        inputs += [i for i, entry in comparison.listed.items() if entry.get("format") == fmt and i not in inputs]
        for value, report in zip(inputs, run_lines(["id", fmt, "--stdin"], inputs)):
            their_ok, their_answer = theirs(fmt, value)
            ours = (report["ok"], ours_compact(fmt, report["compact"]) if report["ok"] else None)
            their = (their_ok, their_answer if their_ok else None)
            detail = "" if report["ok"] else f"(ours: {report['reason']})"
            detail += "" if their_ok else f" (theirs: {their_answer})"
            comparison.add(group(fmt, value), value, ours, their, detail.strip())
    status = comparison.finish()
    for fmt, reason in NOT_COVERED.items():
        print(f"  not compared: {fmt}: {reason}")
    for name, count in sorted(set_aside.items()):
        print(f"  set aside: {count} generated inputs of a listed class, {name}")
    return status


def engine_formats() -> list[str]:
    """The engine's formats (`id --list`)."""
    done = subprocess.run([str(binary()), "id", "--list"], capture_output=True, check=True)
    return done.stdout.decode().split()


if __name__ == "__main__":
    sys.exit(main())
