"""Ratio drift between two bench runs of the same commit:

    python -m bench.compare A.jsonl B.jsonl [--limit 20]

Every metric whose unit is "ratio" (the figures meant to survive a noisy machine), its
value in each run and the change from A to B in per cent; exit status 1 when one moves
more than --limit per cent (the measure is then too noisy: fix the measure, not the
threshold). Absolute figures are printed for information, never judged.
"""

import argparse
import json
import sys


def read(path: str) -> dict[str, dict]:
    rows = {}
    with open(path) as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                rows[row["name"]] = row
    return rows


def drift(a: float, b: float) -> float:
    if a == b:
        return 0.0
    return (b - a) / a * 100 if a else float("inf")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.compare")
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--limit", type=float, default=20.0, help="per cent (default 20)")
    args = parser.parse_args(argv)
    a, b = read(args.a), read(args.b)
    noisy = []
    print(f"{'metric':<44} {'A':>10} {'B':>10} {'drift':>8}")
    for name in sorted(set(a) & set(b)):
        va, vb = a[name]["value"], b[name]["value"]
        if not isinstance(va, (int, float)) or not isinstance(vb, (int, float)):
            continue
        is_ratio = a[name].get("unit") == "ratio"
        change = drift(va, vb)
        flag = ""
        if is_ratio and abs(change) > args.limit:
            flag = "  NOISY"
            noisy.append(name)
        elif not is_ratio:
            flag = "  (absolute)"
        print(f"{name:<44} {va:>10.3f} {vb:>10.3f} {change:>+7.1f}%{flag}")
    only = sorted(set(a) ^ set(b))
    if only:
        print("in one run only: " + ", ".join(only))
    if noisy:
        print(f"{len(noisy)} ratio(s) moved more than {args.limit:g} %: " + ", ".join(noisy))
        return 1
    print(f"every ratio within {args.limit:g} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
