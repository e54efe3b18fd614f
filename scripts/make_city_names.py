"""Write src/levelset/proof/city_names.txt.gz: the city names the résumé reader knows.

    PYTHONPATH=src python scripts/make_city_names.py

The names come from the market's shipped place tables (GeoNames, CC BY 4.0, and US postal
data; see data/market/ATTRIBUTION.md): every city of 100,000 people or more outside the US by
its names in `world_places.tsv.gz`, and every US town of MIN_US_PEOPLE or more in
`us_zip_places.csv.gz`. The résumé reader may not import the market (both are core packages
kept independent of each other), so it keeps its own copy of the names alone, one a line,
folded as `levelset.proof.cities.fold` folds them; tests/proof/test_cities.py checks that the
copy is what this script writes.
"""

from __future__ import annotations

import csv
import gzip
import re
import sys
from importlib import resources
from pathlib import Path

from levelset.proof.cities import NAMES_FILE, fold

MIN_US_PEOPLE = 10_000
_BY_RIVER = re.compile(r"^\w+ (?:am|an der|upon|on the|im|in der) \w")


def city_names() -> list[str]:
    """The folded names, sorted, without repeats."""
    curated = resources.files("levelset.market.curated")
    names: set[str] = set()
    with gzip.open(str(curated.joinpath("world_places.tsv.gz")), "rt", encoding="utf-8") as rows:
        for row in rows:
            parts = row.rstrip("\n").split("\t")
            names.update(fold(p) for p in parts[:2] if p)
    with gzip.open(str(curated.joinpath("us_zip_places.csv.gz")), "rt", encoding="utf-8") as f:
        for town in csv.DictReader(f):
            if int(town["population"] or 0) >= MIN_US_PEOPLE:
                names.add(fold(town["city"]))
    # "Frankfurt am Main", "Newcastle upon Tyne": also known by the name before the river
    names.update([n.split(" ", 1)[0] for n in names if _BY_RIVER.search(n)])
    return sorted(n for n in names if n)


def written(names: list[str]) -> bytes:
    """The file's bytes (no time stamp, so a rebuild is byte for byte the same)."""
    return gzip.compress(("\n".join(names) + "\n").encode("utf-8"), mtime=0)


def main() -> int:
    target = Path(str(resources.files("levelset.proof").joinpath(NAMES_FILE)))
    target.write_bytes(written(city_names()))
    print(f"{target}: {len(city_names())} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
