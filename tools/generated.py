"""Shared by the generators: write a generated file, or with --check only compare it."""

import os
import sys


def write_or_check(tool: str, target: str, text: str) -> int:
    """Writes `text` to `target`; with `--check` on the command line, returns 1 if it differs."""
    shown = os.path.relpath(target, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    if "--check" in sys.argv[1:]:
        try:
            with open(target, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = ""
        if current != text:
            print(f"{tool}: {shown} is out of date; regenerate it with tools/{tool}.py", file=sys.stderr)
            return 1
        print(f"{tool}: {shown} is up to date")
        return 0
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{tool}: wrote {shown}")
    return 0
