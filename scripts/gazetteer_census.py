"""The Census Bureau's places for scripts/make_gazetteer.py: the places GeoNames lacks or puts
elsewhere (used by `add_geonames`, after GeoNames' own places).

The input is `census_places.csv`: `data/2020_dist/places.csv` of the MIT-licensed repository
bdurand/us_geo at commit 5b3b38ddb38c1e4d0a580c06bd8cbacf9058af42 (U.S. Census Bureau data, a
work of the US government in the public domain: the 2023 Gazetteer's places, incorporated and
census-designated, with ACS 2018-2022 populations), unchanged, SHA-256 pinned below; read from
LEVELSET_GAZETTEER_INPUTS or beside the packages:

    git -C MIRROR show 5b3b38ddb38c1e4d0a580c06bd8cbacf9058af42:data/2020_dist/places.csv \\
        > /tmp/gaz/census_places.csv

Each place's name, state, population and internal point are read, and its county: a place
with no ZIP code of its own (a `geo` or `twin` row, the Census's or GeoNames') lies in the
county the Census gives its place of that name nearby, not in its nearest ZIP code's (until
2026-12-06 night: "Bayou L'Ourse, LA", Assumption Parish's, read as St. Mary Parish's Morgan
City); the nearest ZIP code's county, when another, is named as the county it lies by. The
Census check of tests/corpus/places is labelled by that same county column, so for those rows
it checks the reading of the column, not the county itself (tests/corpus/places/SOURCES.md
says what checks it apart).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from gazetteer_rules import pinned_input

CENSUS_PLACES = "census_places.csv"
CENSUS_PLACES_SHA256 = "b564391f58761c27cff4f1e1a90109dba95c6609fa193ce590c75556d04da9ae"
# a Census place far from every row of its name is kept from this many people (GeoNames' own
# list starts at 1,000: "Casa Loma, CA", 1,836 people, and "Olympia, SC", 1,301, were unknown)
CENSUS_PEOPLE = 500


def _path() -> Path:
    return pinned_input(CENSUS_PLACES, CENSUS_PLACES_SHA256, __file__)


def census_cities() -> list[dict[str, Any]]:
    """The Census places of CENSUS_PEOPLE or more in the states and DC, in GeoNames' shape
    (name, admin1code, population, latitude, longitude), the file's order. A consolidated
    government named as a county ("Macon-Bibb County") is typed by its city, not kept."""
    kept = []
    with _path().open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            people = int(row["Population"] or 0)
            name = row["Short Name"]
            if people < CENSUS_PEOPLE or row["State"] == "PR" or name.endswith(" County"):
                continue
            kept.append(
                {
                    "name": name,
                    "admin1code": row["State"],
                    "population": people,
                    "latitude": row["Latitude"],
                    "longitude": row["Longitude"],
                    "county": row["County GEOID"],
                }
            )
    return kept


def county_names() -> dict[str, str]:
    """County GEOID -> the county's name, from the Census's county subdivisions file (which
    names each subdivision's county; the file make_gazetteer reads for townships)."""
    from gazetteer_townships import _cousubs_path

    names = {}
    with _cousubs_path().open(encoding="utf-8") as stream:
        for line in stream:
            _state, state_fp, county_fp, county = line.split("|")[:4]
            names[state_fp + county_fp] = county
    return names
