"""Constants, name keys, distances and the writing of shipped files shared by
scripts/make_gazetteer.py and its parts (gazetteer_towns, gazetteer_cbsa, gazetteer_townships,
gazetteer_world); see make_gazetteer.py's head for the inputs and the rows."""

from __future__ import annotations

import gzip
import io
import math
import re
import unicodedata
from pathlib import Path

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
# a town (a ZIP code) whose first CBSA holds no more than this share of its homes lies across
# areas with no one holding most: every other area holding ALSO_SHARE is named, not only the
# largest (until 2026-12-06 night "46574", Walkerton, IN, named Indiana's rest and not Michigan
# City-La Porte's 21%)
MOST = 0.5


def pinned_input(name: str, sha256: str, where: str) -> Path:
    """A pinned input file from $LEVELSET_GAZETTEER_INPUTS or beside the packages on sys.path;
    stops the build when it is missing or is not the pinned file (`where` says how to get it)."""
    import hashlib
    import os
    import sys

    places = [os.environ.get("LEVELSET_GAZETTEER_INPUTS", ""), *sys.path]
    for folder in filter(None, places):
        path = Path(folder) / name
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest != sha256:
                sys.exit(f"make_gazetteer: {path} is not the pinned file (SHA-256 {digest})")
            return path
    sys.exit(f"make_gazetteer: {name} is needed beside the packages; see {where}")


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]+", " ", text.lower())).strip()


def fold(text: str) -> str:
    """A name as the place reader keys it: "São Paulo" -> "sao paulo" (us_areas.place_key)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return clean(plain)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat, dlon = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    h = (
        math.sin(dlat / 2) ** 2
        + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(h))


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
