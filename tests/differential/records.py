"""Differential test of the record check: the engine against dnspython's zone-file parser.

Every case is one record in the zone `example.com`, sent to `domain-rules record --stdin` with
`literal: true` (strict zone-file reading of relative names, as a zone file has it; the zone
editor's own readings of `help.example.com` and `mail.othercorp.net` are tested by the vectors in
tests/data/records/). The independent answer is `dns.rdata.from_text(IN, type, value,
origin=example.com.)`: the value is accepted when it returns. Where both accept, the engine's
normalised value must be read by dnspython as the same record data (the same canonical wire
form, RFC 4034 section 6.2), so the engine's output is itself valid zone-file text meaning what
the user typed. Owners are compared the same way, as the owner of an A record, against
`dns.name.from_text` and being at or below the zone.

The values come from a fixed seed, per type (A, AAAA, CNAME, MX, NS, TXT, SRV, CAA): valid
values, then broken variants (bad addresses, numbers out of range, bad escapes, missing and
extra parts, two trailing dots, quoting). The engine is stricter than a zone-file parser in
places on purpose (host names where RFC 1123 wants them, an IP address typed as a target, the
null MX, CAA property values); each such input is listed in tests/data/deliberate_differences.toml
with its source.
"""

from __future__ import annotations

import json
import random
import string

import dns.exception
import dns.name
import dns.rdata
import dns.rdataclass
import dns.rdatatype

from common import Comparison, run_lines

SEED = 20261023
ZONE = "example.com"
ORIGIN = dns.name.from_text(ZONE)

# The owner of each type's records: valid for the type, so the verdict is the value's.
OWNERS = {
    "A": "www",
    "AAAA": "www",
    "CNAME": "www",
    "MX": "@",
    "NS": "sub",
    "TXT": "@",
    "SRV": "_sip._tcp",
    "CAA": "@",
}

LDH = string.ascii_lowercase + string.digits
# Printable ASCII that needs no escape inside quotes.
PLAIN = "".join(c for c in map(chr, range(0x20, 0x7F)) if c not in '"\\')
# Printable ASCII an unquoted zone-file string can hold without escapes.
BARE = "".join(c for c in PLAIN if c not in ' ;()')


def label(rng: random.Random, low: int = 1, high: int = 12) -> str:
    """A random letter-digit-hyphen label."""
    n = rng.randint(low, high)
    if n == 1:
        return rng.choice(LDH)
    middle = "".join(rng.choice(LDH + "-") for _ in range(n - 2))
    return rng.choice(LDH) + middle + rng.choice(LDH)


def host(rng: random.Random) -> str:
    """A host name: relative to the zone, below it, or elsewhere and absolute."""
    form = rng.randrange(4)
    if form == 0:
        return label(rng)
    if form == 1:
        return f"{label(rng)}.{label(rng)}"
    if form == 2:
        return f"{label(rng)}.{ZONE}."
    return f"{label(rng)}.{label(rng)}.{rng.choice(['net', 'org', 'de', 'co.uk'])}."


def broken_names(rng: random.Random) -> list[str]:
    """Names a zone file cannot hold, or not as typed: empty labels, too long."""
    h = f"{label(rng)}.example.net"
    return [
        h + "..",
        f"{label(rng)}..",
        "..",
        f"{label(rng)}..{label(rng)}.",
        "." + h + ".",
        "a" * 64 + ".example.net.",
        ".".join(["a" * 63] * 4) + ".",
    ]


def quoted(rng: random.Random, high: int = 40) -> str:
    """A quoted character-string with valid escapes: `\\"`, `\\\\`, `\\DDD` and `\\X`."""
    parts = []
    for _ in range(rng.randint(0, high)):
        r = rng.random()
        if r < 0.8:
            parts.append(rng.choice(PLAIN))
        elif r < 0.85:
            parts.append(rng.choice(['\\"', "\\\\"]))
        elif r < 0.95:
            parts.append(f"\\{rng.randint(0, 255):03d}")
        else:
            parts.append("\\" + rng.choice(string.ascii_letters + ";() "))
    return '"' + "".join(parts) + '"'


def bare(rng: random.Random) -> str:
    """An unquoted string of one word, with an escape now and then."""
    word = "".join(rng.choice(BARE) for _ in range(rng.randint(1, 30)))
    if rng.random() < 0.3:
        at = rng.randrange(len(word) + 1)
        word = word[:at] + rng.choice(["\\065", "\\;", "\\ ", '\\"', "\\\\"]) + word[at:]
    # A value that starts with a quote or a parenthesis is read as zone-file strings.
    return word if word[0] not in '"(' else "x" + word


def bad_escape(rng: random.Random) -> str:
    """A backslash followed by one or two digits, a number above 255, or nothing."""
    return rng.choice(
        [
            "\\" + str(rng.randint(0, 9)),
            "\\" + str(rng.randint(0, 9)) + str(rng.randint(0, 9)),
            "\\" + str(rng.randint(0, 9)) + str(rng.randint(0, 9)) + rng.choice("xy ;"),
            "\\" + str(rng.randint(256, 999)),
        ]
    )


def ipv4(rng: random.Random) -> str:
    return ".".join(str(rng.randint(0, 255)) for _ in range(4))


def ipv6(rng: random.Random) -> str:
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    form = rng.randrange(4)
    if form == 0:
        return ":".join(groups)
    if form == 1:
        a = rng.randint(0, 6)
        b = rng.randint(a + 1, 8)
        return ":".join(groups[:a]) + "::" + ":".join(groups[b:])
    if form == 2:
        return ":".join(g.upper().zfill(4) for g in groups)
    return "::ffff:" + ipv4(rng)


def cases_a(rng: random.Random) -> list[str]:
    out = [ipv4(rng) for _ in range(60)]
    out += ["0.0.0.0", "255.255.255.255", "10.1.2.3", "127.0.0.1", " 192.0.2.1 "]
    for _ in range(15):
        parts = [str(rng.randint(0, 255)) for _ in range(4)]
        i = rng.randrange(4)
        out += [
            ".".join(parts[:i] + [str(rng.randint(256, 999))] + parts[i + 1 :]),
            ".".join(parts[:i] + ["0" + parts[i]] + parts[i + 1 :]),
            ".".join(parts[: rng.randint(1, 3)]),
            ".".join(parts + [str(rng.randint(0, 255))]),
            ".".join(parts) + ".",
            ".".join(parts) + " " + str(rng.randint(0, 9)),
            ".".join(parts[:i] + [""] + parts[i + 1 :]),
            '"' + ".".join(parts) + '"',
        ]
    out += ["", "a.b.c.d", "-1.2.3.4", "1.2.3.4/24", "0x7f.0.0.1", "2001:db8::1", "1.2.3.4.."]
    return out


def cases_aaaa(rng: random.Random) -> list[str]:
    out = [ipv6(rng) for _ in range(80)]
    out += ["::", "::1", "2001:db8::", "fe80::1"]
    for _ in range(15):
        groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
        out += [
            ":".join(groups + [f"{rng.randint(0, 0xFFFF):x}"]),
            ":".join(groups[:7]),
            ":".join(groups[:3]) + "::" + ":".join(groups[4:5]) + "::1",
            ":".join(groups[:7] + [f"{rng.randint(0x10000, 0xFFFFF):x}"]),
            ":".join(groups[:7] + ["g" + groups[7][1:]]),
            ":".join(groups) + " ::1",
            ":".join(groups) + ".",
        ]
    out += ["", ":::", "192.0.2.1", "fe80::1%eth0", "[2001:db8::1]", "::ffff:01.2.3.4", "2001:db8::1::"]
    return out


def cases_targets(rng: random.Random, numbers: int) -> list[str]:
    """Values of `numbers` numbers and a target (CNAME and NS: none; MX: 1; SRV: 3)."""

    def nums() -> list[str]:
        return [str(rng.randint(0, 65535)) for _ in range(numbers)]

    out = []
    for _ in range(70):
        out.append(" ".join(nums() + [host(rng)]))
    for _ in range(6):
        out.append(" ".join(nums() + [host(rng).upper()]))
        out.append(" ".join(nums() + ["@"]))
    for name in broken_names(rng):
        out.append(" ".join(nums() + [name]))
    for _ in range(6):
        target = host(rng)
        if numbers:
            i = rng.randrange(numbers)
            for bad in [str(rng.randint(65536, 999999)), "-1", "x", "1.5", "99999999999999999999"]:
                n = nums()
                n[i] = bad
                out.append(" ".join(n + [target]))
            out.append(" ".join(nums()[:-1] + [target]))
            out.append(" ".join(nums()))
        out.append(" ".join(nums() + [target, host(rng)]))
        out.append(" ".join(nums() + [f'"{target}"']))
    return out


def cases_txt(rng: random.Random) -> list[str]:
    out = []
    for _ in range(60):
        out.append(" ".join(quoted(rng) for _ in range(rng.randint(1, 3))))
    for _ in range(40):
        out.append(bare(rng))
    for _ in range(10):
        out.append(f"( {quoted(rng)} {quoted(rng)} )")
        out.append(f"{quoted(rng)} {bare(rng)}")
    out += ['""', '"" ""', '"a" ; a comment', '"\\\\"', '"\\""']
    for _ in range(40):
        text = quoted(rng, 20)[1:-1]
        at = rng.randrange(len(text) + 1)
        # Not after a backslash, which would make it part of another escape.
        while at and text[:at].endswith("\\"):
            at -= 1
        escaped = text[:at] + bad_escape(rng) + text[at:]
        out.append(f'"{escaped}"')
    for _ in range(15):
        word = bare(rng)
        out.append(word + bad_escape(rng).rstrip())
        out.append('"' + quoted(rng)[1:-1])
        out.append(f"( {quoted(rng)}")
    return out


def cases_caa(rng: random.Random) -> list[str]:
    issuers = ["letsencrypt.org", "pki.goog", "sectigo.com", "digicert.com", "ca.example.net"]
    out = []
    for _ in range(25):
        flags = rng.choice([0, 0, 0, 128])
        issuer = rng.choice(issuers)
        out += [
            f'{flags} issue "{issuer}"',
            f'{flags} {rng.choice(["issue", "issuewild"])} "{issuer}; validationmethods=dns-01"',
            f"{flags} issue {issuer}",
            f'{flags} iodef "{rng.choice(["mailto:security@", "https://", "http://"])}{label(rng)}.{ZONE}"',
        ]
    out += ['0 issue ";"', '0 issuewild ";"', '0 issue ""', '0 issuemail "letsencrypt.org"']
    for _ in range(10):
        issuer = rng.choice(issuers)
        out += [
            f'{rng.randint(256, 999)} issue "{issuer}"',
            f'-1 issue "{issuer}"',
            f'x issue "{issuer}"',
            f'"0" issue "{issuer}"',
            f'0 issue-wild "{issuer}"',
            f'0 iss_ue "{issuer}"',
            "0 issue",
            f'0 issue "{issuer}" "{issuer}"',
            f'0 issue "{issuer}',
            f'0 issue "{issuer}{bad_escape(rng).rstrip()}"',
            f"0 {label(rng, 3, 10).replace('-', '')} {quoted(rng, 20)}",
            f'0 issue "{issuer}"x',
            f'0 "issue" "{issuer}"',
        ]
    return out


def cases_owner(rng: random.Random) -> list[str]:
    out = ["@", "www", f"www.{ZONE}.", f"{ZONE}.", "_dmarc", "*.www", "_sip._tcp", "-www"]
    for _ in range(25):
        out += [label(rng), f"{label(rng)}.{label(rng)}", f"{label(rng)}.{ZONE}.", "_" + label(rng)]
    for _ in range(8):
        name = label(rng)
        out += [
            name + "..",
            f"{name}.{ZONE}..",
            f"{name}..{label(rng)}",
            "." + name,
            "a" * 64 + "." + name,
            f"{label(rng)}.example.net.",
        ]
    # Around the 253-octet limit of a name (RFC 1035 section 2.3.4: 255 octets on the wire).
    for length in (252, 253, 254):
        head = length - len(ZONE) - 1
        labels = []
        while head > 0:
            n = min(63, head - 1) if head > 64 else head
            labels.append("a" * n)
            head -= n + 1
        out.append(".".join(labels) + f".{ZONE}.")
    return out


# Inputs of the classes where the engine is stricter or reads otherwise on purpose (each listed
# in tests/data/deliberate_differences.toml), and comments and groups both read alike.
FIXED = {
    "A": ["192.0.2.1 ; documentation", "192.0.2.1;x"],
    "AAAA": ["2001:db8::1 ; documentation"],
    "CNAME": [
        "192.0.2.1",
        "*.cdn.example.net.",
        "-web.example.net.",
        "web\\.site.example.net.",
        "s1._domainkey.example.net.",
        "web.example.net. ; the shop",
    ],
    "NS": ["192.0.2.53", "ns_1.example.net.", "*.example.net."],
    "MX": ["10 192.0.2.25", "10 _mail.example.net.", "10 .", "0 .", "10 mx.example.net. ; backup"],
    "SRV": ["10 60 5060 192.0.2.5", "10 60 5060 _sip.example.net.", "0 0 0 ."],
    "TXT": [
        "v=spf1 include:_spf.example.net ~all",
        "v=DKIM1; k=rsa; p=MIGf",
        'say "hi',
        '"a"b',
        '"' + "a" * 256 + '"',
        "b" * 256,
        '( "v=DKIM1; k=rsa; " "p=MIGf" ) ; key s1',
    ],
    "CAA": [
        '0 issue "https://letsencrypt.org"',
        '0 issue "letsencrypt.org."',
        '0 iodef "security@example.com"',
        '0 iodef "ftp://example.com/caa"',
        '128 policy "strict"',
        '0 abcdefghijklmnop "x"',
        '0 ISSUE "letsencrypt.org"',
        '0 issue "letsencrypt.org" ; note',
        "0 issue letsencrypt.org;validationmethods=dns-01",
    ],
}


def theirs(kind: str, value: str):
    """dnspython's reading of the value: the record data, or None when refused."""
    try:
        return dns.rdata.from_text(dns.rdataclass.IN, kind, value, origin=ORIGIN)
    except (dns.exception.DNSException, ValueError, UnicodeError):
        return None


def their_owner(name: str) -> bool:
    try:
        owner = dns.name.from_text(name, origin=ORIGIN)
    except (dns.exception.DNSException, ValueError, UnicodeError):
        return False
    return owner.is_subdomain(ORIGIN)


def main() -> int:
    rng = random.Random(SEED)
    cases: list[tuple[str, str, str]] = []  # (type, owner, value)
    for kind, values in [
        ("A", cases_a(rng)),
        ("AAAA", cases_aaaa(rng)),
        ("CNAME", cases_targets(rng, 0)),
        ("NS", cases_targets(rng, 0)),
        ("MX", cases_targets(rng, 1)),
        ("SRV", cases_targets(rng, 3)),
        ("TXT", cases_txt(rng)),
        ("CAA", cases_caa(rng)),
    ]:
        values += FIXED[kind]
        seen = set()
        for value in values:
            if value not in seen:
                seen.add(value)
                cases.append((kind, OWNERS[kind], value))
    owners = list(dict.fromkeys(cases_owner(rng)))
    cases += [("A", owner, "93.184.215.14") for owner in owners]

    lines = [
        json.dumps({"zone": ZONE, "type": kind, "name": owner, "value": value, "literal": True}, ensure_ascii=False)
        for kind, owner, value in cases
    ]
    reports = run_lines(["record", "--stdin"], lines)

    comparison = Comparison("records")
    for (kind, owner, value), report in zip(cases, reports):
        codes = ", ".join(d["code"] for d in report["diagnostics"] if d["severity"] == "error")
        if owner != OWNERS[kind]:
            ours = "accepted" if report["ok"] else "refused"
            their = "accepted" if their_owner(owner) else "refused"
            comparison.add("owner", f"OWNER {owner}", ours, their, f"({codes})" if codes else "")
            continue
        rdata = theirs(kind, value)
        ours = "accepted" if report["ok"] else "refused"
        their = "accepted" if rdata is not None else "refused"
        if report["ok"] and rdata is not None:
            # Both accept: the engine's normalised value must be the same record data.
            normalised = report.get("value", "")
            mine = theirs(kind, normalised)
            if mine is None or mine.to_digestable(ORIGIN) != rdata.to_digestable(ORIGIN):
                ours = f"accepted as {normalised}"
                their = f"accepted as {rdata.to_text(origin=ORIGIN, relativize=False)}"
        comparison.add(kind, f"{kind} {value}", ours, their, f"({codes})" if codes else "")
    return comparison.finish()


if __name__ == "__main__":
    raise SystemExit(main())
