"""Draw a fresh sample of place strings for hand labelling (mk-places, 2026-12-06 evening).

    PYTHONPATH=src:. python scripts/make_place_draw.py

Four parts, each drawn by bytes 6-7 of SHA-256 of the text as written (below the part's
threshold of 65,536) and split by the place corpus's own rule (`held_out` of
scripts/make_place_check.py: a fifth, by a hash of the folded text), all before any reading:

- `posting`: `job_location` strings of the data_jobs 2024 postings in the United States
  (Apache-2.0; tests/corpus/titles/SOURCES.md) not already in the place corpus;
- `namesake`: Census places of 500 to 1,999 people whose name a place of 50,000 or more in
  another state bears ("Stamford, TX" beside Stamford, CT), as "Name, ST";
- `unincorporated`: Census designated places (classes U1, U2) of 1,000 to 1,999 people, as
  "Name, ST";
- `zip`: ZCTAs of 1,000 to 4,999 people (the Census checks hold those of 5,000 or more).

It writes places_fresh_sample.tsv (text, split, part) to ~/.cache/levelset-corpus/places and
reads no place with levelset. The Census files are those of scripts/make_place_check.py.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_place_check import held_out, read
from make_place_sample import CACHE, known_places, locations

US_GEO = CACHE / "us_geo"
THRESHOLDS = {"posting": 3_600, "namesake": 6_000, "unincorporated": 1_200, "zip": 300}


def drawn(text: str, part: str) -> bool:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[6:8]) < THRESHOLDS[part]


def census_parts() -> list[tuple[str, str]]:
    places = [p for p in read(US_GEO, "places.csv") if p["State"] != "PR"]
    large: dict[str, set[str]] = {}
    for place in places:
        if int(place["Population"] or 0) >= 50_000:
            large.setdefault(place["Short Name"], set()).add(place["State"])
    found: list[tuple[str, str]] = []
    for place in places:
        people, name, state = int(place["Population"] or 0), place["Short Name"], place["State"]
        text = f"{name}, {state}"
        if 500 <= people < 2_000 and large.get(name, {state}) - {state}:
            found.append((text, "namesake"))
        elif 1_000 <= people < 2_000 and place["FIPS Class"] in {"U1", "U2"}:
            found.append((text, "unincorporated"))
    for zcta in read(US_GEO, "zctas.csv"):
        if 1_000 <= int(zcta["Population"] or 0) < 5_000 and not zcta["ZCTA5"].startswith("00"):
            found.append((zcta["ZCTA5"], "zip"))
    return found


def main() -> None:
    known = known_places("first") | known_places("odd") | known_places("world")
    seen = locations()
    chosen = [(t, "posting") for t in sorted(seen) if t.casefold() not in known]
    chosen += [(t, p) for t, p in sorted(set(census_parts())) if t.casefold() not in known]
    chosen = [(t, p) for t, p in chosen if drawn(t, p)]
    out = CACHE / "places" / "places_fresh_sample.tsv"
    lines = [f"{t}\t{'heldout' if held_out(t) else 'tuning'}\t{p}" for t, p in chosen]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(chosen)} drawn -> {out}")


if __name__ == "__main__":
    main()
