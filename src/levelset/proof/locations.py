"""Places as résumés write them beside an entry: "San Francisco, CA", "Remote", "Greater Boston
Area", "Hyderabad – India"; told from a title or an employer written the same way."""

from __future__ import annotations

import re

from levelset.patterns import compiled
from levelset.proof.cities import is_city
from levelset.proof.dates import is_date_text
from levelset.proof.places import is_region

_NOT_PLACE = compiled(
    r"\b(?:engineer|scientist|manager|developer|intern|founder|lead|director|analyst|cto|ceo|"
    r"inc|llc|ltd|gmbh|ag|plc|corp|corporation|university|universit[éä]t|research|labs?|team|"
    r"chair(?:man|woman|person)?|club|"
    r"institute\s+of)\b",  # "Stevens Institute of Technology, RRG Hoboken, NJ": an employer
    re.IGNORECASE,
)
_LOCATION = compiled(
    r"^(?:(?i:remote|online|hybrid|on-?site|worldwide)|"
    r"[A-ZÀ-Þ][\w.'’&-]*(?:\s+[A-Za-zÀ-þ][\w.'’&-]*){0,3}(?:,\s*[A-ZÀ-Þ][\w.'’ -]*){1,2}"
    r"(?:\s*(?:&|and|/)\s*.+)?)$"
)


def is_location(text: str) -> bool:
    """ "San Francisco, CA", "Seoul, S.Korea", "Remote": a place, not a title or a company.

    A written place of parts ("Word, Word") names a state, province, country or a city the
    reader knows after its comma, or opens with a known city: "Microsoft, Azure ML" and
    "Deutsche Bank, Corporate Banking" are an employer and its division, no place."""
    text = _unlabelled(text)
    if is_area(text):
        return True
    remote = _REMOTE_AND.fullmatch(text)  # "Remote/South Dakota", "Berlin / Remote"
    if remote is not None:
        other = remote["after"] or remote["before"]
        return is_region(other) or is_city(other) or is_location(other)
    dashed = _DASHED.fullmatch(text)  # "Hyderabad – India"
    if dashed and is_city(dashed["city"]) and is_region(dashed["region"]):
        return True
    if not _place_shaped(text):
        return False
    parts = [p.strip() for p in _JOINED.split(text, 1)[0].split(",")]
    named = any(is_region(p) or is_city(p) for p in parts[1:])
    return len(parts) == 1 or named or is_city(parts[0])


def is_area(text: str) -> bool:
    """ "San Francisco Bay Area", "Greater Boston Area": the area round a city or region the
    reader knows ("Research Area" is none)."""
    area = _AREA.fullmatch(_unlabelled(text))
    return area is not None and (is_city(area["name"]) or is_region(area["name"]))


def known_place_name(text: str) -> bool:
    """A name alone, with no comma, that the reader knows for a country, region or city
    ("Malaysia", "Gurugram", "San Francisco"); a capitalised word it does not know ("Zendesk",
    "Python") is none."""
    text = _unlabelled(text)
    return bool(_ONE_NAME.fullmatch(text)) and (is_region(text) or is_city(text))


# one to three capitalised words, no comma: a place only when the reader knows the name
_ONE_NAME = compiled(r"[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,2}")


_PLACE_LABEL = compiled(r"^(?:location|place)\s*:\s*", re.IGNORECASE)


def _unlabelled(text: str) -> str:
    return _PLACE_LABEL.sub("", text.strip())


def _place_shaped(text: str) -> bool:
    """Written as a place is ("Word, Word", "Remote"), whether or not the words name one."""
    if len(text.split()) > 7 or "&" in text.rsplit(",", 1)[-1] or _NOT_PLACE.search(text):
        return False
    return bool(_LOCATION.match(text))


_DASHED = compiled(r"(?P<city>[^\W\d_][\w.'’ ]{1,30}?)\s+[–—-]\s+(?P<region>[^\W\d_][\w. ]{1,30})")
_REMOTE_AND = compiled(
    r"(?i:remote|hybrid)\s*[/&]\s*(?P<after>[^/&]+)|(?P<before>[^/&]+?)\s*[/&]\s*(?i:remote|hybrid)"
)
_AREA = compiled(
    r"(?:Greater\s+)?(?P<name>[^\W\d_][\w.'’ ]{1,30}?)\s+(?:Bay\s+|Metropolitan\s+|Metro\s+)?Area"
)
_JOINED = compiled(r"\s*(?:&|\band\b|/)\s*")  # "Berlin, Germany / remote": the first place


def is_aside(text: str) -> bool:
    """What templates push to a margin beside an entry: its dates, its length or its place
    (there "Employer, City" too, so any text written as a place counts)."""
    return is_date_text(text) or _place_shaped(_unlabelled(text))
