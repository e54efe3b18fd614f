"""Write the systematic place check from US Census data, apart from the shipped gazetteer.

    PYTHONPATH=src python scripts/make_place_check.py [FOLDER]
    PYTHONPATH=src python scripts/make_place_check.py --draw N [FOLDER]   # a fresh draw, N 1-9

FOLDER (default ~/.cache/levelset-corpus/us_geo) holds six files of the public repository
bdurand/us_geo (MIT; U.S. Census Bureau data, public domain) at the commit and SHA-256 named in
tests/corpus/places/SOURCES.md. They are not in this repository; this script checks each
file's SHA-256 and writes census_tuning.tsv and census_heldout.tsv beside them, in
~/.cache/levelset-corpus/places.

The right answer of a US place is the OEWS metro of its county under the July 2023 CBSA
delineation (the counties file), else its state; which CBSAs are OEWS metros is read from the
shipped OEWS file (its metro area codes are "00" + the CBSA code). Rows are split by a hash of
their text, a fifth held out.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from levelset.market.build import SHIPPED_DIR

CACHE = Path.home() / ".cache" / "levelset-corpus"
OUT = CACHE / "places"
SHA256 = {
    "places.csv": "b564391f58761c27cff4f1e1a90109dba95c6609fa193ce590c75556d04da9ae",
    "counties.csv": "41458533f3413a9243308bb0eb86af3bcc3f3d32af5633f0f1e24f2e94c64f1c",
    "zctas.csv": "f01646e29891f34d1de34ab9a8b9ffba17cde22191e2170cd1e63a7569b36fd1",
    "states.csv": "8351a1929a4455f334d16cf8ee1f5e5bcadb9b73555f9ce3c9d356df807197cb",
    "county_subdivisions.csv": "2df1c920545fef06531b44d96426f03ebbcc73f67aadbcacf84ad00b8c8b8115",
    "zcta_county_subdivisions.csv": (
        "90d011638bc881b180f375e85469542379a05ea59fbc9c2a32ab1b321b1c858e"
    ),
}
CITY_PEOPLE = 10_000  # "City, ST" and "City, State" rows for places of this many people or more
BARE_PEOPLE = 50_000  # a bare city name, for the largest place of that name at this size or more
ZIP_PEOPLE = 5_000  # ZIP codes (ZCTAs) of this many people or more, every tenth kept
# `--draw N` (1-9): a fresh check of the ZCTAs N after those kept and of the places of
# DRAW_PEOPLE to CITY_PEOPLE people, split alike (texts of the first check left out)
DRAW_PEOPLE = 5_000
# a ZCTA's "primary county" in zctas.csv is the one of most land ("83204": Power County's
# farmland, while Pocatello's streets are Bannock County's); a county that holds this share of
# its people, by the Census county subdivisions it overlaps, is its county instead
ZIP_PEOPLE_SHARE = 0.75
HEADER = "# text\tkind\tname\tform\tchoice (the City, ST a question must offer)\n"


def read(folder: Path, name: str) -> list[dict[str, str]]:
    path = folder / name
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != SHA256[name]:
        sys.exit(f"{path}: SHA-256 {digest} is not the one SOURCES.md names")
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def oews_metros() -> dict[str, str]:
    """CBSA code -> OEWS metro name, from the shipped OEWS file."""
    path = SHIPPED_DIR / "oews_may2025_tech_subset.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8", newline="") as stream:
        return {
            r["area_code"][2:]: r["area_name"]
            for r in csv.DictReader(stream)
            if r["areatype"] == "M" and r["area_code"].startswith("00")
        }


class Truth:
    """The expected (kind, name) of a county, a place or a ZIP code."""

    def __init__(self, folder: Path) -> None:
        self.metros = oews_metros()
        # "U.S. Virgin Islands" is OEWS's "Virgin Islands"
        states = read(folder, "states.csv")
        self.states = {r["Code"]: r["Name"].removeprefix("U.S. ") for r in states}
        self.states["DC"] = "District of Columbia"
        self.counties = {r["GEOID"]: r for r in read(folder, "counties.csv")}

    def of_county(self, geoid: str) -> tuple[str, str]:
        county = self.counties[geoid]
        metro = self.metros.get(county["CBSA"])
        return ("metro", metro) if metro else ("state", self.states[county["State"]])


def place_rows(
    folder: Path, truth: Truth, fewest: int = CITY_PEOPLE, most: int = 10**9
) -> Iterator[tuple[str, ...]]:
    """(split key, text, kind, name, form, choice) of each place of `fewest` to `most` people
    (`most` not included), in its typed forms."""
    places = [p for p in read(folder, "places.csv") if p["County GEOID"] in truth.counties]
    # the most populous last, whose row is kept: of two places of one name in a state
    # ("University, FL": Hillsborough's 48,868 and Orange's 42,481) "Name, ST" is the larger's
    places.sort(key=lambda p: int(p["Population"] or 0))
    by_name: dict[str, list[dict[str, str]]] = defaultdict(list)
    for place in places:
        by_name[place["Short Name"]].append(place)
    for place in places:
        people, name, state = int(place["Population"] or 0), place["Short Name"], place["State"]
        if not fewest <= people < most or name.endswith("County") or state == "PR":
            continue  # "Macon-Bibb County": a consolidated government, typed by its city
        kind, area = truth.of_county(place["County GEOID"])
        key = f"{name}, {state}"
        yield key, key, kind, area, "city-st", ""
        yield key, f"{name}, {truth.states[state]}", kind, area, "city-state", ""
        if name.startswith("Saint "):
            yield key, f"St. {name[6:]}, {state}", kind, area, "city-st", ""
        largest = max(by_name[name], key=lambda p: int(p["Population"] or 0))
        if place is largest and people >= BARE_PEOPLE:
            yield key, name, kind, area, "bare", key


def county_rows(truth: Truth) -> Iterator[tuple[str, ...]]:
    for geoid, county in truth.counties.items():
        name, state = county["Name"], county["State"]
        if state in ("CT", "PR") or not name.endswith(("County", "Parish", "Borough")):
            continue  # planning regions, municipios, census areas, independent cities
        kind, area = truth.of_county(geoid)
        key = f"{name}, {state}"
        yield key, key, kind, area, "county", ""
        yield key, f"{name}, {truth.states[state]}", kind, area, "county", ""


def zip_rows(folder: Path, truth: Truth, first: int = 0) -> Iterator[tuple[str, ...]]:
    zctas = [
        z
        for z in read(folder, "zctas.csv")
        if int(z["Population"] or 0) >= ZIP_PEOPLE and z["Primary County"] in truth.counties
    ]
    people = zip_county_people(folder)
    for zcta in zctas[first::10]:
        if truth.counties[zcta["Primary County"]]["State"] != "PR":
            code = zcta["ZCTA5"]
            county = zip_county(zcta, people.get(code, {}))
            yield (code, code, *truth.of_county(county), "zip", "")


def zip_county(zcta: dict[str, str], people: dict[str, float]) -> str:
    """The ZCTA's county: its primary one, unless another holds ZIP_PEOPLE_SHARE of its people."""
    if people:
        most = max(sorted(people), key=lambda c: people[c])
        if people[most] >= ZIP_PEOPLE_SHARE * sum(people.values()):
            return most
    return zcta["Primary County"]


def zip_county_people(folder: Path) -> dict[str, dict[str, float]]:
    """ZCTA -> county -> its people there, estimated as each county subdivision's people times
    the share of the subdivision's land inside the ZCTA (Census 2020 relationship areas)."""
    subdivisions = {r["GEOID"]: r for r in read(folder, "county_subdivisions.csv")}
    people: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for row in read(folder, "zcta_county_subdivisions.csv"):
        part = subdivisions.get(row["County Subdivision GEOID"])
        land = float(part["Land Area"] or 0) if part else 0.0
        if part is not None and land > 0:
            share = float(row["Land Area"] or 0) / land
            people[row["ZCTA5"]][part["County GEOID"]] += int(part["Population"] or 0) * share
    return people


def state_rows(truth: Truth) -> Iterator[tuple[str, ...]]:
    """Each state by code and name. A code or a bare name may also be asked about or read to
    a stated default ("LA" is Los Angeles, saying how to get Louisiana). DC (a metro's one
    county: "DC" reads as the metro, "District of Columbia" as OEWS's DC) and the territories
    OEWS has no areas for (AS, MP) are left to the hand-written rows."""
    for code, name in truth.states.items():
        if code in ("DC", "AS", "MP"):
            continue
        yield name, code, "state", name, "state-code", name
        yield name, name, "state", name, "bare", f"{name} State"


def held_out(text: str) -> bool:
    """A fifth of the places, by a hash of the place: all its typed forms go to one side."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return hashlib.sha256(plain.encode()).digest()[0] % 5 == 0


def main() -> None:
    args = sys.argv[1:]
    draw = int(args.pop(args.index("--draw") + 1)) if "--draw" in args else 0
    args = [a for a in args if a != "--draw"]
    folder = Path(args[0]) if args else CACHE / "us_geo"
    truth = Truth(folder)
    rows = [
        *place_rows(folder, truth),
        *county_rows(truth),
        *zip_rows(folder, truth),
        *state_rows(truth),
    ]
    # one row a text, the last written: a state's over a city's of its name ("Wyoming")
    rows = list({r[1]: r for r in rows}.values())
    name = "census_{}.tsv"
    if draw:  # a fresh draw: other ZIP codes, smaller towns, no text of the first check
        first = {r[1] for r in rows}
        fresh = [
            *place_rows(folder, truth, DRAW_PEOPLE, CITY_PEOPLE),
            *zip_rows(folder, truth, draw),
        ]
        rows = [r for r in {r[1]: r for r in fresh}.values() if r[1] not in first]
        name = f"census_{{}}_d{draw}.tsv"
    OUT.mkdir(parents=True, exist_ok=True)
    for split, keep in (("tuning", False), ("heldout", True)):
        chosen = [r[1:] for r in rows if held_out(r[0]) == keep]
        text = HEADER + "".join("\t".join(r) + "\n" for r in chosen)
        (OUT / name.format(split)).write_text(text, encoding="utf-8")
        print(f"{OUT / name.format(split)}: {len(chosen)} rows")


if __name__ == "__main__":
    main()
