"""Draw company job boards' location strings for hand labelling (p-places, 2026-12-08).

    PYTHONPATH=src:. python scripts/make_place_boards.py

Reads the `location` field of the stapply-ai/jobs postings of sixteen AI companies
(`~/.cache/levelset-corpus/stapply/jobs_minimal.csv`, MIT) and the `location` and
`secondaryLocations[].location` fields of the Ashby boards of 449 companies
(`~/.cache/levelset-corpus/ashby/companies/*.json`, MIT), both as tests/corpus/titles/SOURCES.md
names them (commits and SHA-256 there). Strings are stripped, inner spaces collapsed, kept once
(case folded, first spelling in file order), and left out when a place corpus file already holds
them (case folded). A string is drawn when the first two bytes of SHA-256 of `placeboards:`
followed by the string are below DRAW of 65,536, and held out when the lowest bit of the same
hash's last byte is 1. It writes places_boards_sample.tsv (text, split) to
~/.cache/levelset-corpus/places and reads no place with levelset: drawn and split before any
reading.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

from tests.corpus.market_names import CORPUS

CACHE = Path.home() / ".cache" / "levelset-corpus"
STAPPLY_SHA256 = "2e0b5f167afa984420d051ff90e912ee6769c9805ee12179674fd70145f14d96"
DRAW = 6_000
LATER = ("tuning_typed11", "heldout_typed8")  # this draw's own files


def digest(text: str) -> bytes:
    return hashlib.sha256(f"placeboards:{text}".encode()).digest()


def board_locations() -> list[str]:
    path = CACHE / "stapply" / "jobs_minimal.csv"
    if hashlib.sha256(path.read_bytes()).hexdigest() != STAPPLY_SHA256:
        sys.exit(f"{path}: SHA-256 differs from tests/corpus/titles/SOURCES.md")
    found = [row["location"] for row in csv.DictReader(path.open(encoding="utf-8"))]
    for file in sorted((CACHE / "ashby" / "companies").glob("*.json")):
        for job in json.loads(file.read_text(encoding="utf-8")).get("jobs", []):
            found.append(job.get("location") or "")
            found += [s.get("location") or "" for s in job.get("secondaryLocations") or []]
    return found


def known() -> set[str]:
    seen: set[str] = set()
    for path in (CORPUS / "places").glob("*.tsv"):
        if path.stem in LATER:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                seen.add(line.split("\t")[0].casefold())
    return seen


def main() -> None:
    done = known()
    kept: dict[str, str] = {}
    for raw in board_locations():
        text = " ".join(raw.split())
        if text and text.casefold() not in done:
            kept.setdefault(text.casefold(), text)
    drawn = [t for t in kept.values() if int.from_bytes(digest(t)[:2]) < DRAW]
    lines = [f"{t}\t{'heldout' if digest(t)[-1] & 1 else 'tuning'}" for t in sorted(drawn)]
    out = CACHE / "places" / "places_boards_sample.tsv"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} distinct, {len(drawn)} drawn -> {out}")


if __name__ == "__main__":
    main()
