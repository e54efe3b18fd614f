"""Audit from the outside: is every published OEWS cell shown exactly, and every BLS marker
honoured, in what `levelset range --source oews --json` prints?

For each cross-industry row of the shipped tech subset picked (every row with a marker, and a
sample of the others), the CLI is asked for the occupation's name in the row's area. The row of
the answer with the same SOC code must then be:

- wages published, employment published: the same five percentiles to the dollar, n the same;
- employment withheld ('-') with wages published: the wages as published, the flag
  `employment-not-released`, never n 0 with the wages hidden;
- wages withheld ('-', '*', '**'): no value under the area's name (a row moved to a wider area
  names that area and is flagged `widened`);
- a top-coded wage ('#'): shown as a floor (`top_coded`), never as an exact point.

Usage: PYTHONPATH=src:. python scripts/audit_bls_markers.py [--sample N]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from scripts.audit_differencing import ask  # noqa: E402

PCTS = ("p10", "p25", "p50", "p75", "p90")
WITHHELD = {"-", "*", "**"}


def published() -> list[dict[str, str]]:
    file = ROOT / "src/levelset/data/market/oews_may2025_tech_subset.csv.gz"
    with gzip.open(file, "rt", encoding="utf-8", newline="") as stream:
        return [r for r in csv.DictReader(stream) if r["industry_code"] == "000000"]


def verdict(row: dict[str, str], got: dict[str, Any]) -> str:
    """'exact', 'honoured' or what is wrong with the answer's row for this published row."""
    soc = f"{row['soc'][:2]}-{row['soc'][2:]}"
    mine = [r for r in got.get("ranges", []) if r.get("soc") == soc and r["source"] == "oews"]
    if not mine:
        return "not asked (the title did not read as this occupation)"
    shown, place = mine[0], got["query"]["location"]
    if place != row["area_name"]:
        return f"not asked (the place read as {place})"
    wages = [row[f"a_{p}"] for p in PCTS]
    if any(w in WITHHELD for w in wages):
        here = shown["area"] == place
        if here and any(shown[p] is not None for p in PCTS):
            return f"withheld wages shown under {shown['area']}"
        return "honoured" if here or "widened" in shown["flags"] else "moved without 'widened'"
    for p, w in zip(PCTS, wages, strict=True):
        if w == "#":
            if p not in (shown.get("top_coded") or []):
                return f"top-coded {p} not marked"
        elif shown[p] is None or abs(float(w) - shown[p]) > 0.5:
            return f"{p} {shown[p]} where BLS publishes {w}"
    if row["employment"] in WITHHELD:
        if "employment-not-released" not in shown["flags"] or shown["n"]:
            return f"withheld employment shown as n {shown['n']} {shown['flags']}"
        return "honoured"
    return "exact" if shown["n"] == int(row["employment"]) else f"n {shown['n']}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=200, help="unmarked rows to check")
    args = parser.parse_args()
    os.environ["LEVELSET_HOME"] = tempfile.mkdtemp(prefix="levelset-audit-")
    rows = published()
    marked = [r for r in rows if any(r[k] in WITHHELD | {"#"} for k in r)]
    plain = random.Random(13).sample([r for r in rows if r not in marked], args.sample)
    tally: Counter[str] = Counter()
    wrong = []
    for row in marked + plain:
        kind = "marked" if row in marked else "plain"
        argv = ["range", row["occupation"], "--location", row["area_name"], "--source", "oews"]
        try:
            got = ask(*argv)
        except json.JSONDecodeError:
            tally[f"{kind}: not asked (title or place refused)"] += 1
            continue
        said = verdict(row, got)
        short = "not asked (the place read otherwise)" if "place read as" in said else said
        tally[f"{kind}: {short}"] += 1
        if said not in ("exact", "honoured") and not said.startswith("not asked"):
            wrong.append(f"{row['occupation']} / {row['area_name']}: {said}")
    print(json.dumps(tally, indent=1))
    print("\n".join(wrong))
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
