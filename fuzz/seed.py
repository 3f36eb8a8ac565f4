#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (fuzz/corpus/<target>/) from the test vectors in
tests/data/: names for check_domain and form_schema, orders for check_order_json, record and
zone requests for check_record and check_zone_records, ID numbers for ids, and registrar error
texts for explain.

Run it again when the vectors change: it replaces the seeds it wrote before (files named by
the SHA-1 of their content) and keeps every `finding-*` file, the minimised inputs of earlier
findings. check_order_structured takes generator bytes, not text, so its seeds are not written
here but kept as a run left them (`cargo fuzz cmin`). Standard library only (Python 3.11).
"""

import glob
import hashlib
import json
import os
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tests", "data")
CORPUS = os.path.join(ROOT, "fuzz", "corpus")

# At most this many seeds per target (chosen by content hash when there are more), so the
# committed corpus stays small.
MAX_SEEDS = 300

# Inputs the vectors do not hold: known hostile and borderline cases.
EXTRA_NAMES = [
    "." * 64,
    "a." * 100 + "de",
    "mx.example.net..",
    "https://shop.example.com/",
    "2001:db8::1",
    "192.0.2.1",
    "ex ample.com",
    "x.internal",
    "\u0660abc.com",
    "\U00010e60.com",
    "a\u200db.com",
    "stra\u00dfe.eu",
]
EXTRA_ZONES = ["dk", ".co.uk", "DE", "a b.ck", "-oo.ck", "?.er", "xn--p1ai", "рф", "example.it", "", "."]


def load(path):
    with open(path, "rb") as f:
        return tomllib.load(f)


def cases(pattern):
    for path in sorted(glob.glob(os.path.join(DATA, pattern))):
        yield from load(path).get("case", [])


def domain_inputs():
    names = []
    for path in sorted(glob.glob(os.path.join(DATA, "*.toml"))):
        data = load(path)
        for case in data.get("case", []):
            if isinstance(case.get("input"), str):
                names.append(case["input"])
        for zone in data.get("zone", []):
            template = zone.get("template", "{}xample." + zone["tld"])
            for key in ("allowed", "refused"):
                for c in zone.get(key, ""):
                    names.append(template.replace("{}", c))
    return names + EXTRA_NAMES


def zone_inputs():
    zones = [c["tld"] for c in cases("*.toml") if isinstance(c.get("tld"), str) and c["tld"]]
    return zones + EXTRA_ZONES + [n for n in domain_inputs() if "." in n][:100]


def order_inputs():
    return [c["order"] for c in cases("orders/*.toml") if "order" in c]


def record_inputs():
    return [c["record"] for c in cases("records/*.toml") if "record" in c]


def zone_record_inputs():
    zones = [c["zone"] for c in cases("records/*.toml") if "zone" in c]
    # Each record request as a zone of one record.
    for text in record_inputs():
        try:
            request = json.loads(text)
        except ValueError:
            continue
        if not isinstance(request, dict):
            continue
        top = {k: request.pop(k) for k in ("zone", "literal", "locale") if k in request}
        top["records"] = [request]
        zones.append(json.dumps(top, ensure_ascii=False))
    return zones


def id_inputs():
    numbers = []
    for fmt in load(os.path.join(DATA, "ids.toml")).get("format", []):
        numbers += fmt.get("valid", []) + fmt.get("invalid", [])
    return numbers


def explain_inputs():
    return [c["text"] for c in load(os.path.join(DATA, "explain.toml")).get("case", [])]


TARGETS = {
    "check_domain": domain_inputs,
    "form_schema": zone_inputs,
    "check_order_json": order_inputs,
    "check_record": record_inputs,
    "check_zone_records": zone_record_inputs,
    "ids": id_inputs,
    "explain": explain_inputs,
}


def write(target, inputs):
    directory = os.path.join(CORPUS, target)
    os.makedirs(directory, exist_ok=True)
    for name in os.listdir(directory):
        if not name.startswith("finding-"):
            os.remove(os.path.join(directory, name))
    seeds = {}
    for text in inputs:
        data = text.encode("utf-8")
        seeds[hashlib.sha1(data).hexdigest()] = data
    chosen = sorted(seeds)[:MAX_SEEDS]
    for digest in chosen:
        with open(os.path.join(directory, digest), "wb") as f:
            f.write(seeds[digest])
    return len(chosen), len(seeds)


def main():
    for target, inputs in TARGETS.items():
        written, distinct = write(target, inputs())
        print(f"seed: {target}: {written} seeds ({distinct} distinct inputs)")


if __name__ == "__main__":
    sys.exit(main())
