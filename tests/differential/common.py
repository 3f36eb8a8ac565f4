"""What every differential test shares: running the engine's CLI over many inputs at once,
the list of deliberate differences, and the agreement report.

Each area's script (ids.py, records.py, idna_labels.py, psl.py) builds its cases, asks the
independent implementation, asks the engine, and hands both answers to `Comparison`. A
disagreement is allowed only when `tests/data/deliberate_differences.toml` lists it (by area and
exact input) with the source that justifies the engine's answer; an entry that no longer
disagrees fails too, so the list stays true.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIFFERENCES = ROOT / "tests" / "data" / "deliberate_differences.toml"


def binary() -> Path:
    """The CLI to test: $DOMAIN_RULES_BIN, else the debug build (built by `cargo build`)."""
    path = Path(os.environ.get("DOMAIN_RULES_BIN", ROOT / "target" / "debug" / "domain-rules"))
    if not path.exists():
        sys.exit(f"differential: {path} is missing; run `cargo build --bin domain-rules` first")
    return path


def run_lines(args: list[str], lines: list[str]) -> list[dict]:
    """Runs `domain-rules ARGS` with one input per line on standard input and returns one JSON
    report per line (the exit status says only whether all were ok, so it is not checked)."""
    for line in lines:
        if "\n" in line or "\r" in line:
            raise ValueError(f"an input holds a line break: {line!r}")
    text = "".join(line + "\n" for line in lines)
    done = subprocess.run([str(binary()), *args], input=text.encode(), capture_output=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"differential: domain-rules {' '.join(args)} exited {done.returncode}: {done.stderr.decode()}")
    # Split on newlines only: the JSON may hold U+2028, U+2029 or U+0085 unescaped, which
    # str.splitlines() would also split on.
    reports = [json.loads(line) for line in done.stdout.decode().split("\n") if line]
    if len(reports) != len(lines):
        sys.exit(f"differential: {len(lines)} inputs gave {len(reports)} reports")
    return reports


def deliberate(area: str) -> dict[str, dict]:
    """The listed differences of one area, by exact input."""
    with open(DIFFERENCES, "rb") as f:
        entries = tomllib.load(f).get("difference", [])
    listed: dict[str, dict] = {}
    for entry in entries:
        missing = {"area", "input", "class", "ours", "theirs", "source"} - entry.keys()
        if missing:
            sys.exit(f"differential: an entry of {DIFFERENCES.name} lacks {sorted(missing)}: {entry}")
        if entry["area"] == area:
            key = entry["input"]
            if key in listed:
                sys.exit(f"differential: {area} input {key!r} is listed twice")
            listed[key] = entry
    return listed


class Comparison:
    """Counts agreement per group (an ID format, a record type, ...) and collects disagreements."""

    def __init__(self, area: str, threshold: float = 0.99) -> None:
        self.area = area
        self.threshold = threshold
        self.listed = deliberate(area)
        self.groups: dict[str, list[int]] = {}  # group -> [cases, agreed, listed]
        self.unlisted: list[str] = []
        self.seen_listed: set[str] = set()

    def add(self, group: str, key: str, ours: object, theirs: object, detail: str = "") -> None:
        """One case: `key` is the exact input, `ours`/`theirs` the two verdicts to compare."""
        counts = self.groups.setdefault(group, [0, 0, 0])
        counts[0] += 1
        if ours == theirs:
            counts[1] += 1
            return
        if key in self.listed:
            counts[2] += 1
            self.seen_listed.add(key)
            return
        self.unlisted.append(f"{group}: {key!r}: ours {ours!r}, theirs {theirs!r} {detail}".rstrip())

    def finish(self) -> int:
        """Prints the figures and returns the exit status (0 when everything is as listed)."""
        failed = False
        total = [0, 0, 0]
        print(f"differential {self.area}: group, cases, agreed, listed differences, agreement")
        for group, (cases, agreed, listed) in sorted(self.groups.items()):
            share = agreed / cases if cases else 1.0
            print(f"  {group:<28} {cases:>7} {agreed:>7} {listed:>5} {share:>8.2%}")
            total = [total[0] + cases, total[1] + agreed, total[2] + listed]
            if share + listed / max(cases, 1) < self.threshold:
                failed = True
                print(f"  {group}: below the threshold of {self.threshold:.0%}")
        share = total[1] / total[0] if total[0] else 1.0
        print(f"  {'all':<28} {total[0]:>7} {total[1]:>7} {total[2]:>5} {share:>8.2%}")
        for line in self.unlisted[:int(__import__("os").environ.get("DIFF_SHOW", "50"))]:
            print(f"  NEW DIFFERENCE {line}")
        if len(self.unlisted) > 50:
            print(f"  ... and {len(self.unlisted) - 50} more new differences")
        stale = sorted(set(self.listed) - self.seen_listed)
        for key in stale:
            print(f"  STALE ENTRY (no longer differs, or no longer tested): {key!r}")
        failed = failed or bool(self.unlisted) or bool(stale) or total[0] == 0
        print(f"differential {self.area}: {'FAILED' if failed else 'ok'}, {len(self.listed)} listed differences")
        return 1 if failed else 0
