"""Audit from the outside: ask `levelset range --json` many overlapping questions and try to
recover hidden crowd salaries from what the CLI prints, with the published file as the truth.

Only the JSON the CLI prints is read (the CLI runs in this process for speed; each answer is
exactly what `levelset range ... --json` prints). For every shown crowd row the people behind it
are rebuilt from the published ai-jobs.net file, apart from levelset's code, from what the row
says (its role, level, area and years), and the rebuild is checked against the row's n and
median. Then, per role:

- every weighted sum of shown answers is tried (tests/market/attack.py, exact fractions): a set
  of 1 to 4 people some combination rests on alone is a recovery;
- every pair of nested shown answers 1 to 4 people apart is listed;
- each shown row's `--offer` placement is asked at every member's salary and one dollar either
  side, and must be what the shown percentiles alone give (coarse bands on a thin row);
- a hidden row must show no value and no placement;
- the headline must be the mean of the shown rows it names (so it tells nothing more).

Usage: PYTHONPATH=src:. python scripts/audit_differencing.py [--roles KEY ...] [--countries N]
       [--offers N] [--salaries N] [--labels] [--control]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import itertools
import json
import os
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.market.attack import nested_pairs, recoverable  # noqa: E402

CURATED = ROOT / "src/levelset/market/curated"
LEVELS = (None, "entry", "mid", "senior", "staff", "senior staff", "principal")
YEARS = (None, 2020, 2021, 2022, 2023, 2024, 2025)
CITIES = {"US": ("Seattle", "Boise", "New York"), "GB": ("London",), "FR": ("Paris",),
          "DE": ("Berlin",), "CA": ("Toronto",), "IN": ("Bangalore",)}  # fmt: skip
POINTS = ((10, "p10"), (25, "p25"), (50, "p50"), (75, "p75"), (90, "p90"))


def ask(*argv: str) -> dict[str, Any]:
    """What `levelset ARGV --json` prints, parsed."""
    from levelset.cli.main import run

    out = io.StringIO()
    sys.argv = ["levelset", *argv, "--json"]
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        run()
    return dict(json.loads(out.getvalue()))


def published() -> list[dict[str, str]]:
    """The crowd file's distinct full-time rows, as published."""
    file = ROOT / "src/levelset/data/market/aijobs_salaries_2025-01-19.csv.gz"
    if not file.exists():
        file = next(ROOT.glob("src/levelset/**/aijobs_salaries_2025-01-19.csv.gz"))
    with gzip.open(file, "rt", encoding="utf-8") as stream:
        import csv

        rows = {tuple(r.values()): r for r in csv.DictReader(stream)}
    return [r for r in rows.values() if r["employment_type"] == "FT"]


def members(row: dict[str, Any], query: dict[str, Any], role: dict[str, Any],
            rows: list[dict[str, str]], names: dict[str, str]) -> Counter[int]:  # fmt: skip
    """The published rows behind a shown crowd row, from what the row says."""
    years = re.match(r"(\d{4})(?:-(\d{4}))?", row["release"])
    assert years is not None
    first, last = int(years.group(1)), int(years.group(2) or years.group(1))
    remote = row["area"].startswith("Remote")
    country = names[row["area"].removeprefix("Remote, ").removeprefix("Remote ")]
    band = (query["level"] or "").replace(" ", "_")
    crowd = yaml.safe_load((CURATED / "levels.yaml").read_text())["crowd"]
    codes = set(crowd[band]) if band else {"EN", "MI", "SE", "EX"}
    titles = {t.lower() for t in role["crowd_titles"]}
    return Counter(
        i for i, r in enumerate(rows)
        if r["job_title"].lower() in titles and r["experience_level"] in codes
        and r["employee_residence"] == country and first <= int(r["work_year"]) <= last
        and (not remote or r["remote_ratio"] == "100")
    )  # fmt: skip


def quantile(values: list[float], q: float) -> float:
    """DuckDB's quantile_cont: linear between order statistics."""
    s, pos = sorted(values), q * (len(values) - 1)
    lo = int(pos)
    return s[lo] + (s[min(lo + 1, len(s) - 1)] - s[lo]) * (pos - lo)


def expected_position(row: dict[str, Any], offer: float) -> str:
    """Where an offer sits, worked out from the row's shown percentiles alone."""
    pts = [(p, row[k]) for p, k in POINTS if row.get(k) is not None]
    if offer < pts[0][1]:
        return f"below P{pts[0][0]}"
    if offer > pts[-1][1]:
        return f"above P{pts[-1][0]}"
    return "inside"


def audit_offers(row: dict[str, Any], argv: list[str], salaries: list[float],
                 limit: int) -> list[str]:  # fmt: skip
    """Placements at members' salaries that the shown percentiles do not give."""
    pts = [(p, row[k]) for p, k in POINTS if row.get(k) is not None]
    bad, thin = [], "thin" in row["flags"]
    for s in sorted(set(salaries))[:limit]:
        for offer in (s - 1, s, s + 1):
            got = ask(*argv, "--offer", str(int(offer)))["ranges"][0]
            pct, pos = got.get("offer_percentile"), got.get("offer_position")
            if offer < pts[0][1] or offer > pts[-1][1]:
                if pos != expected_position(row, offer) or pct is not None:
                    bad.append(f"{argv} offer {offer}: {pos} {pct}")
            elif thin and pct is not None:
                bad.append(f"{argv} offer {offer}: exact {pct} on a thin row")
            elif not thin and pct is not None:
                want = _interpolated(pts, offer)
                if abs(pct - want) > 0.51:
                    bad.append(f"{argv} offer {offer}: {pct} where shown points give {want:.1f}")
    return bad


def _interpolated(pts: list[tuple[int, float]], offer: float) -> float:
    for (p0, v0), (p1, v1) in itertools.pairwise(pts):
        if v0 <= offer <= v1:
            return p0 if v1 == v0 else p0 + (p1 - p0) * (offer - v0) / (v1 - v0)
    return float("nan")


def audit_labels(got: dict[str, Any]) -> list[str]:
    """What an answer says wrong about where, when and what its numbers are."""
    bad, place = [], got["query"]["location"]
    for row in got["ranges"]:
        what = f"{got['query']['role']} / {place} / {row['label']}"
        if not all(row.get(k) for k in ("dataset", "release", "area", "n_counts", "basis")):
            bad.append(f"{what}: lacks source, date, area, n or basis")
        moved = {"widened", "wider-area"} & set(row["flags"])
        if row["p50"] is not None and row["area"] not in place and not moved:
            bad.append(f"{what}: {row['area']} shown for {place} without 'widened'")
    head = got.get("headline")
    if head:
        used = [r for r in got["ranges"] if r["label"] in head["sources"]]
        for key, p in (("low", "p25"), ("mid", "p50"), ("high", "p75")):
            if abs(head[key] - sum(r[p] for r in used) / len(used)) > 1:
                bad.append(f"{got['query']['role']} / {place}: headline {key} is not the mean "
                           "of the shown rows it names")  # fmt: skip
        for r in used:
            elsewhere = [a for a in r["area"].split(" / ") if a != place]
            if elsewhere and f"{r['label']} ({', '.join(elsewhere)})" not in head["method"]:
                bad.append(f"{got['query']['role']} / {place}: headline under {place} takes "
                           f"{r['label']} from {r['area']} without saying so")  # fmt: skip
        if head["measures"] != "base pay" or "base" not in head["leaves_out"].lower():
            bad.append(f"{got['query']['role']} / {place}: headline does not say base pay")
    return bad


def audit_role(key: str, role: dict[str, Any], rows: list[dict[str, str]],
               countries: dict[str, str], args: argparse.Namespace) -> dict[str, Any]:  # fmt: skip
    names = {v: k for k, v in countries.items()}
    titles = {t.lower() for t in role["crowd_titles"]}
    present = Counter(r["employee_residence"] for r in rows if r["job_title"].lower() in titles)
    codes = [c for c, _ in present.most_common() if c in countries][: args.countries]
    report: dict[str, Any] = {"role": role["label"], "asked": 0, "shown": 0, "problems": []}
    for code in codes:
        name, answers, offered = countries[code], {}, 0
        places = [name, f"Remote {name}", *CITIES.get(code, ())]
        for level in LEVELS:
            for year in YEARS:
                for place in places:
                    argv = ["range", role["label"], "--source", "crowd", "--location", place]
                    argv += ["--level", level] if level else []
                    argv += ["--year", str(year)] if year else []
                    got = ask(*argv)
                    report["asked"] += 1
                    if year is None and args.labels:
                        whole = ask(argv[0], argv[1], *argv[4:])  # every source, same question
                        report["problems"] += audit_labels(got) + audit_labels(whole)
                    for row in got["ranges"]:
                        if row["source"] != "crowd":
                            continue
                        shown = any(row.get(k) is not None for _, k in POINTS)
                        if not shown and args.control and row["n"]:  # as if it were published
                            people = members(row, got["query"], role, rows, names)
                            answers[f"{level}/{year}/{row['area']}/{row['release']}"] = people
                        if not shown:
                            if row.get("offer_percentile") is not None:
                                report["problems"].append(f"{argv}: placement on a hidden row")
                            continue
                        people = members(row, got["query"], role, rows, names)
                        pay = [float(rows[i]["salary_in_usd"]) for i in people]
                        if len(people) != row["n"] or abs(quantile(pay, 0.5) - row["p50"]) > 1:
                            report["problems"].append(f"{argv}: rebuild differs (n {row['n']} "
                                                      f"vs {len(people)})")  # fmt: skip
                            continue
                        answers[f"{level}/{year}/{row['area']}/{row['release']}"] = people
                        if offered < args.offers:
                            offered += 1
                            report["problems"] += audit_offers(row, argv, pay, args.salaries)
        report["shown"] += len(answers)
        report["pairs"] = report.get("pairs", 0) + len(answers) * (len(answers) - 1) // 2
        for a, b, d in nested_pairs(answers):
            report["problems"].append(f"{name}: {a} minus {b} leaves {d}")
        for size in recoverable(answers):
            report["problems"].append(f"{name}: a weighted sum rests on {size} people alone")
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roles", nargs="*", help="role keys (default: every curated role)")
    parser.add_argument("--countries", type=int, default=8, help="countries per role")
    parser.add_argument("--offers", type=int, default=4, help="rows per country swept with offers")
    parser.add_argument(
        "--control",
        action="store_true",
        help="count hidden cells as shown: the attack must then find people",
    )
    parser.add_argument("--labels", action="store_true", help="also check areas and headlines")
    parser.add_argument("--salaries", type=int, default=6, help="member salaries per row swept")
    args = parser.parse_args()
    os.environ["LEVELSET_HOME"] = tempfile.mkdtemp(prefix="levelset-audit-")
    roles = yaml.safe_load((CURATED / "roles.yaml").read_text())["roles"]
    countries = yaml.safe_load((CURATED / "places.yaml").read_text())["countries"]
    rows, total = published(), {"asked": 0, "pairs": 0, "problems": 0}
    for key in args.roles or list(roles):
        result = audit_role(key, roles[key], rows, countries, args)
        for name in total:
            total[name] += len(result[name]) if name == "problems" else result.get(name, 0)
        print(
            json.dumps(result, indent=1)
            if result["problems"]
            else f"{result['role']}: {result['asked']} asked, {result['shown']} shown, sound"
        )
    print(json.dumps(total))
    return 1 if total["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
