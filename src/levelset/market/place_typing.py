"""How people type a place, written the way the place reader knows it: initials with their dots
("S.F.", "N.Y.C.", "D.C."), a ZIP code's label ("ZIP 94105", "zip code: 30309"), a direction's
initial before a town ("E. Palo Alto", "N Las Vegas"), and a city's part before its name
("Downtown Austin", "Midtown Atlanta"), a workplace word after it ("Austin office", "Denver
HQ", "Boston-Hybrid"), a country "(Everywhere)" as remote in it, an installation's kind as its
short form ("Hill Air Force Base" is Hill AFB), the "and" of a country's or province's name
joined ("Bosnia and Herzegovina" is one place, not two offered); and a large town's name missed
by one slip ("Tuscon").
"""

from __future__ import annotations

import re

from levelset.patterns import compiled

_INITIALS = compiled(r"\b(?:[A-Za-z]\.){2,}")
_ZIP_LABEL = compiled(r"\b(?:zip|postal)(?:\s*code)?\s*:?\s*(?=\d{5}\b)", re.I)
# a direction's initial opening the line or a part of it, before a capitalised name
_DIRECTION = compiled(r"(^|,\s*)([NSEW])\.?\s+(?=[A-Z][a-z])")
_DIRECTIONS = {"N": "North", "S": "South", "E": "East", "W": "West"}
# the part of a city, before its name: "Downtown Chicago, IL" is Chicago
# a job board's count of places it does not name: "Chicago, IL (+2 others)"
OTHERS = compiled(r"\s*\(\+\s*(\d+) others?\)\s*$", re.I)
_CITY_PART = compiled(r"(^|,\s*)(?:downtown|midtown|uptown)\s+(?=[A-Za-z])", re.I)
# a job board's workplace word after the place ("Austin office", "Denver HQ", "Boston-Hybrid"):
# where, not what place; never the whole text ("Office" alone stays as typed), nor "Home office"
WORKPLACE_WORDS = r"office|hq|headquarters|hybrid|on-?site|data cent(?:er|re)|relocation"
_WORKPLACE = compiled(
    r"(?<=[^\s\-–])(?<!home)(?:\s*[-–]\s*|\s+)(?:" + WORKPLACE_WORDS + r")\s*$", re.I
)
# "Boston Office (HQ)": a workplace word in brackets after one
# (a work mode in brackets, "Seattle, WA (Hybrid)", is the line reader's to set aside)
_WORKPLACE_MARK = compiled(r"(?<=office)\s*\((?:hq|headquarters)\)\s*$", re.I)
# a board's count of openings after the line ("Tulsa, OK - US (2)")
_OPENINGS = compiled(r"\s*\(\d{1,3}\)\s*$")
# "Austin l Relocation": a lower-case L typed for the bar between parts
_BAR = compiled(r"(?<=\w)\s+l\s+(?=[A-Z])")
# "Anywhere (USA)", "Anywhere - Remote": remote work, wherever in the country named
_ANYWHERE_LEAD = compiled(
    r"^\s*(?:anywhere|everywhere)(?:\s*[-–]\s*remote)?\s*(?=\(|$)"
    r"|(?<=remote)\s*[-–]\s*(?:anywhere|everywhere)\s*$",
    re.I,
)
# a country "(Everywhere)" is remote work anywhere in it; "(Travel-Required)" says how, not where
_ANYWHERE = compiled(r"\((?:everywhere|anywhere)\)", re.I)
_TRAVEL = compiled(r"\s*\(travel[^)]*\)", re.I)
# the first words of every country's (GeoNames) and province's name with "and" in it: that
# "and" joins one name, it does not offer two places (tests/market/test_place_forms.py)
_AND_NAMES = compiled(
    r"\b((?:bosnia|trinidad|antigua|turks|wallis|svalbard|serbia|newfoundland|heard island|"
    r"south georgia|s(?:ao|ão) tom(?:e|é)|(?:saint|st\.?) (?:kitts|vincent|pierre))\s+)"
    r"and\s+(?=\w)",
    re.I,
)


# a military installation's kind in the short form its name takes ("Hill Air Force Base"), and
# a naval station or air station before its town's name ("Naval Station Norfolk", "NAS Pensacola",
# as place_key writes them)
_BASE_WORDS = compiled(r"\b(air|space) force base\b", re.I)
_NAVAL = compiled(r"^(?:naval (?:air )?station|naval base|nas) (?=\w)")


def naval_town(key: str) -> str | None:
    """The town a naval station is named for ("naval station norfolk" -> "norfolk"), or None."""
    found = _NAVAL.match(key)
    return key[found.end() :] if found else None


def as_known(text: str) -> str:
    """`text` with initials joined, a ZIP code's label dropped, a direction spelt out, a city's
    part set aside and an installation's kind shortened; unchanged when it has none of them."""
    text = OTHERS.sub("", text)
    text = _TRAVEL.sub("", _ANYWHERE.sub("(Remote)", _OPENINGS.sub("", text)))
    text = _ANYWHERE_LEAD.sub(lambda m: "" if m.start() else "Remote ", _BAR.sub(" | ", text))
    text = _WORKPLACE.sub("", _WORKPLACE_MARK.sub("", text))
    text = _AND_NAMES.sub(lambda m: f"{m[1].rstrip()}-and-", text)
    text = _BASE_WORDS.sub(lambda m: f"{m[1][0].upper()}FB", text)
    text = _INITIALS.sub(lambda m: m[0].replace(".", ""), text)
    text = _ZIP_LABEL.sub("", text)
    text = _DIRECTION.sub(lambda m: f"{m[1]}{_DIRECTIONS[m[2]]} ", text)
    return _CITY_PART.sub(lambda m: m[1], text).strip()


def one_slip(head: str, towns: list[str]) -> tuple[str, float, int] | None:
    """The one town whose name `head` misses by a single slip (two neighbouring letters swapped,
    one letter added, dropped or changed), for names of six letters or more."""
    from rapidfuzz.distance import OSA

    if len(head) < 6:
        return None
    close = [t for t in towns if OSA.distance(head, t, score_cutoff=1) <= 1]
    if len(close) != 1:
        return None
    return close[0], 100.0 * OSA.normalized_similarity(head, close[0]), 0


def plural_of(typed: str, known: str) -> bool:
    """Whether two names differ only by one word's final "s" ("woodlands" and "woodland"):
    a name of its own, not a slip of the keys."""
    a, b = typed.split(" "), known.split(" ")
    if len(a) != len(b) or a == b:
        return False
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(pairs) == 1 and max(pairs[0], key=len) == min(pairs[0], key=len) + "s"
