"""Towns and townships that govern themselves (`mcd` rows and their twins) from the
Census Bureau's county subdivisions, for scripts/make_gazetteer.py; see its head."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from statistics import fmean
from typing import Any

from gazetteer_cbsa import oews_metros
from gazetteer_rules import fold, pinned_input

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
    return pinned_input(COUSUBS, COUSUBS_SHA256, "this file's head")


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
