"""The title and place corpus (tests/corpus/titles, tests/corpus/places) and how a row is read."""

from __future__ import annotations

from pathlib import Path

from levelset.errors import AmbiguousValue, InputError
from levelset.market import resolve_place, resolve_role
from levelset.market.onet_titles import TECH_SOCS
from levelset.market.ranges import _hinted_level
from levelset.market.store import MarketStore

CORPUS = Path(__file__).resolve().parent


def rows(kind: str, split: str) -> list[list[str]]:
    text = (CORPUS / kind / f"{split}.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def read_title(store: MarketStore, title: str) -> tuple[str, str, bool]:
    """(role, band, silently outside tech) as levelset reads a title."""
    try:
        role = resolve_role(store, title)
    except InputError:
        return "refused", "-", False
    level = _hinted_level(role, None)
    key = role.key if role.source == "curated" else f"onet:{role.socs[0].soc}"
    outside = role.source == "onet" and "outside the tech" not in role.why
    outside = outside and not is_tech_soc(role.socs[0].soc)
    return key, level.band.value if level else "-", outside


def is_tech_soc(soc: str) -> bool:
    """Tech as the product defines it: computer occupations and onet_titles.TECH_SOCS."""
    return soc.startswith("15-") or soc in TECH_SOCS


def title_ok(found: tuple[str, str, bool], role: str, band: str) -> bool:
    """Whether the reading is one of the row's answers (`|` separates right answers)."""
    key, got_band, _ = found
    role_ok = any(
        key.startswith(option) if option.startswith("onet:") else key == option
        for option in role.split("|")
    )
    return role_ok and got_band in band.split("|")


def read_place(store: MarketStore, text: str) -> tuple[str, str]:
    try:
        place = resolve_place(store, text)
    except AmbiguousValue as asked:  # the reader asks which: the row names the choices
        return "ambiguous", "|".join(asked.suggestions)
    except InputError:
        return "refused", "-"
    return place.kind, place.name


def place_ok(found: tuple[str, str], row: list[str]) -> bool:
    """Whether a reading is the row's answer; a row of kind `ask` (two readings remain) is
    answered by any question."""
    return found[0] == "ambiguous" if row[1] == "ask" else found == (row[1], row[2])


def place_verdict(store: MarketStore, row: list[str]) -> str:
    """'right', 'asked' or 'refused' (unresolved where the row expects an answer), 'noted' (a
    wrong answer with a note beside it) or 'silently wrong' (a wrong answer, no note)."""
    try:
        place = resolve_place(store, row[0])
    except AmbiguousValue as asked:
        right = (row[1], row[2]) == ("ambiguous", "|".join(asked.suggestions))
        return "right" if right or row[1] == "ask" else "asked"
    except InputError:
        return "right" if row[1] == "refused" else "refused"
    if (place.kind, place.name) == (row[1], row[2]):
        return "right"
    return "noted" if place.note else "silently wrong"


CENSUS = Path.home() / ".cache" / "levelset-corpus" / "places"  # scripts/make_place_check.py
VERDICTS = (
    "right",
    "asked",
    "stated default",
    "stated widening",
    "stated alternative",
    "refused",
    "silently wrong",
)
RIGHT = frozenset(VERDICTS[:3])
BARE = ("bare", "state-code")
# Census check labels corrected by hand (SOURCES.md, "Two doubtful labels settled"): the
# generator's county is where the land lies, not where the people live. Stamford, TX: the
# Census file's county is Haskell (Lake Stamford's water), while the town, its ZIP code 79553
# and 97% of its homes are Jones County's, in Abilene's metro; 33936, Lehigh Acres: the ZCTA's
# land is mostly Hendry County's, 99.4% of its homes Lee County's (Cape Coral-Fort Myers)
CORRECTED = {
    "Stamford, TX": ("metro", "Abilene, TX"),
    "Stamford, Texas": ("metro", "Abilene, TX"),
    "33936": ("metro", "Cape Coral-Fort Myers, FL"),
}  # forms that may be asked about or read to a stated default


def census_rows(split: str) -> list[list[str]]:
    """The generated Census check (tuning or heldout), [] where it was not generated here."""
    path = CENSUS / f"census_{split}.tsv"
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def census_verdict(store: MarketStore, row: list[str]) -> str:
    """One of VERDICTS (the first three right). A bare name or state code may also be asked
    about (the question offering the row's choice) or read to a stated default (a note naming
    the choice's state); "Town, ST" read as the state with a note saying the town is unknown
    is a stated widening, and a reading whose note names the expected area (a town or ZIP
    code that lies partly in it) a stated alternative: wrong, not silent."""
    text, kind, name, form, choice = row
    kind, name = CORRECTED.get(text, (kind, name))
    try:
        place = resolve_place(store, text)
    except AmbiguousValue as asked:
        offered = {_fold(s) for s in asked.suggestions}
        return "asked" if form in BARE and _fold(choice) in offered else "refused"
    except InputError:
        return "refused"
    if (place.kind, _fold(place.name)) == (kind, _fold(name)):
        return "right"
    note = place.note or ""
    if form in BARE and note and choice.rpartition(", ")[2] in note:
        return "stated default"
    if place.kind == "state" and "is known in" in note:
        return "stated widening"
    if _fold(name) in _fold(note):  # "Poinciana lies partly in Lakeland-Winter Haven, FL"
        return "stated alternative"
    return "silently wrong"


def _fold(text: str) -> str:
    """'Mayagüez, PR' and 'Mayaguez, PR' alike."""
    import unicodedata

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
