"""Write the systematic place check from US Census data, apart from the shipped gazetteer.

    PYTHONPATH=src python scripts/make_place_check.py [FOLDER]
    PYTHONPATH=src python scripts/make_place_check.py --draw N [FOLDER]   # a fresh draw, N 1-9
    PYTHONPATH=src python scripts/make_place_check.py --draw 11 [FOLDER]  # smaller towns
    PYTHONPATH=src python scripts/make_place_check.py --draw 13 [FOLDER]  # townships, Mt./Ft.

FOLDER (default ~/.cache/levelset-corpus/us_geo) holds eight files of the public repository
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
    "zcta_places.csv": "44c8ee5158245a8a0546528e71d75dc037f15e39b44462c4cafeb403fbe61a1f",
    "zcta_counties.csv": "fd85dd081205fa4772541f8d9a824a8e34b01a7755c474407d1106e42704ea4c",
    "county_subdivisions.csv": "2df1c920545fef06531b44d96426f03ebbcc73f67aadbcacf84ad00b8c8b8115",
}
CITY_PEOPLE = 10_000  # "City, ST" and "City, State" rows for places of this many people or more
BARE_PEOPLE = 50_000  # a bare city name, for the largest place of that name at this size or more
ZIP_PEOPLE = 5_000  # ZIP codes (ZCTAs) of this many people or more, every tenth kept
# `--draw N` (1-9): a fresh check of the ZCTAs N after those kept and of the places of
# DRAW_PEOPLE to CITY_PEOPLE people, split alike (texts of the first check left out)
DRAW_PEOPLE = 5_000
FIRST_DRAW = 3  # those places are in the first fresh draw (3); a later one (7) has ZCTAs only
# `--draw 11`: the places of SMALL_PEOPLE to DRAW_PEOPLE people and the ZCTAs one after those
# kept (zctas[1::10]); `--draw 13`: towns and townships that govern themselves (county
# subdivisions of FIPS class T1/T5) of CITY_PEOPLE or more, and the "Mt."/"Ft." forms of every
# "Mount"/"Fort" place of SMALL_PEOPLE or more
SMALL_DRAW, SMALL_PEOPLE, TOWNSHIP_DRAW = 11, 2_000, 13
# a ZCTA's "primary county" in zctas.csv is the one of most land ("83204": Power County's
# farmland, while Pocatello's streets are Bannock County's); a county that holds this share of
# its people (zip_county_people) is its county instead
ZIP_PEOPLE_SHARE = 0.6
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
    folder: Path,
    truth: Truth,
    fewest: int = CITY_PEOPLE,
    most: int = 10**9,
    abbreviated: bool = False,
) -> Iterator[tuple[str, ...]]:
    """(split key, text, kind, name, form, choice) of each place of `fewest` to `most` people
    (`most` not included), in its typed forms ("Mt."/"Ft." too when `abbreviated`)."""
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
        twins = [p for p in by_name[name] if p["State"] == state]
        larger = max(twins, key=lambda p: int(p["Population"] or 0))
        if not fewest <= int(larger["Population"] or 0) < most:
            continue  # "Oakwood, OH" is Montgomery County's 9,000, not Cuyahoga's 3,000
        kind, area = truth.of_county(place["County GEOID"])
        key = f"{name}, {state}"
        yield key, key, kind, area, "city-st", ""
        yield key, f"{name}, {truth.states[state]}", kind, area, "city-state", ""
        if name.startswith("Saint "):
            yield key, f"St. {name[6:]}, {state}", kind, area, "city-st", ""
        if abbreviated and name.startswith(("Mount ", "Fort ")):
            short = "Mt." if name.startswith("Mount ") else "Ft."
            yield key, f"{short} {name.partition(' ')[2]}, {state}", kind, area, "city-st", ""
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


def township_rows(folder: Path, truth: Truth) -> Iterator[tuple[str, ...]]:
    """Towns and townships that govern themselves ("Township of Cherry Hill", "Town of
    Bethel") of CITY_PEOPLE people or more: "Cherry Hill Township, NJ" where every township of
    that name in the state lies in one area, and "Name, ST" where every Census place, town and
    township of that name in the state does."""
    areas: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for place in read(folder, "places.csv"):
        if place["County GEOID"] in truth.counties:
            key = f"{place['Short Name']}, {place['State']}"
            areas[key].add(truth.of_county(place["County GEOID"]))
    towns = []
    for sub in read(folder, "county_subdivisions.csv"):
        word, _, name = sub["Name"].partition(" of ")
        if sub["FIPS Class"] not in ("T1", "T5") or sub["County GEOID"] not in truth.counties:
            continue
        if word not in ("Township", "Charter Township", "Town") or not name:
            continue
        state = truth.counties[sub["County GEOID"]]["State"]
        area = truth.of_county(sub["County GEOID"])
        areas[f"{name}, {state}"].add(area)
        if word != "Town":  # "Washington Township, PA": two dozen, a question, not a row
            areas[f"{name} Township, {state}"].add(area)
        towns.append((name, state, word, int(sub["Population"] or 0), area))
    for name, state, word, people, (kind, area) in towns:
        if people < CITY_PEOPLE or state == "PR":
            continue
        key = f"{name}, {state}"
        if word != "Town" and len(areas[f"{name} Township, {state}"]) == 1:
            yield key, f"{name} Township, {state}", kind, area, "township", ""
        if len(areas[key]) == 1:
            yield key, key, kind, area, "city-st", ""


def zip_rows(folder: Path, truth: Truth, first: int = 0) -> Iterator[tuple[str, ...]]:
    zctas = [
        z
        for z in read(folder, "zctas.csv")
        if int(z["Population"] or 0) >= ZIP_PEOPLE and z["Primary County"] in truth.counties
    ]
    people = zip_county_people(folder, zctas)
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


def zip_county_people(folder: Path, zctas: list[dict[str, str]]) -> dict[str, dict[str, float]]:
    """ZCTA -> county -> its people there, estimated from the Census 2020 relationship areas:
    each Census place's people times the share of its land inside the ZCTA, in the place's
    county; the ZCTA's other people spread over its land outside places by each county's
    density outside places ("94515": Calistoga's 5,000 in Napa County, a few on Sonoma's
    hills, whose land is most of the ZCTA)."""
    places = {r["GEOID"]: r for r in read(folder, "places.csv")}
    counties = {r["GEOID"]: r for r in read(folder, "counties.csv")}
    in_places: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    place_land: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    county_places = defaultdict(lambda: [0.0, 0.0])  # county -> [people, land] in places
    for place in places.values():
        county_places[place["County GEOID"]][0] += int(place["Population"] or 0)
        county_places[place["County GEOID"]][1] += float(place["Land Area"] or 0)
    for row in read(folder, "zcta_places.csv"):
        place = places.get(row["Place GEOID"])
        land = float(place["Land Area"] or 0) if place else 0.0
        if place is not None and land > 0:
            share = float(row["Land Area"] or 0) / land
            in_places[row["ZCTA5"]][place["County GEOID"]] += int(place["Population"] or 0) * share
            place_land[row["ZCTA5"]][place["County GEOID"]] += float(row["Land Area"] or 0)
    outside: dict[str, dict[str, float]] = defaultdict(dict)
    for row in read(folder, "zcta_counties.csv"):
        county, code = counties.get(row["County GEOID"]), row["County GEOID"]
        if county is not None:
            people, land = county_places[code]
            rest = float(county["Land Area"] or 0) - land
            density = max(0.0, int(county["Population"] or 0) - people) / rest if rest > 0 else 0.0
            there = float(row["Land Area"] or 0) - place_land[row["ZCTA5"]][code]
            outside[row["ZCTA5"]][code] = density * max(0.0, there)
    found: dict[str, dict[str, float]] = {}
    for zcta in zctas:
        code, people = zcta["ZCTA5"], defaultdict(float, in_places.get(zcta["ZCTA5"], {}))
        rest = max(0.0, int(zcta["Population"] or 0) - sum(people.values()))
        spread = sum(outside[code].values())
        for county, part in outside[code].items():
            people[county] += rest * part / spread if spread else 0.0
        found[code] = dict(people)
    return found


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


def fresh_rows(folder: Path, truth: Truth, draw: int) -> list[tuple[str, ...]]:
    """The rows of the fresh draw `draw` (texts of the first check not yet left out)."""
    if draw == SMALL_DRAW:
        towns = place_rows(folder, truth, SMALL_PEOPLE, DRAW_PEOPLE)
        return [*towns, *zip_rows(folder, truth, draw % 10)]
    if draw == TOWNSHIP_DRAW:
        places = place_rows(folder, truth, SMALL_PEOPLE, abbreviated=True)
        short = [r for r in places if r[1].startswith(("Mt. ", "Ft. "))]
        return [*township_rows(folder, truth), *short]
    towns = place_rows(folder, truth, DRAW_PEOPLE, CITY_PEOPLE) if draw == FIRST_DRAW else ()
    return [*towns, *zip_rows(folder, truth, draw)]


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
        fresh = fresh_rows(folder, truth, draw)
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
