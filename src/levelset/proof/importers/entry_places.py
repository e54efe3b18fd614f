"""The place beside a position's dates, and an employer's name written before its city."""

from __future__ import annotations

from levelset.patterns import compiled
from levelset.proof.cities import is_city
from levelset.proof.common_words import all_common
from levelset.proof.headers import looks_like_place, parts_of, role_score, without_place
from levelset.proof.importers.entry_heads import city_name
from levelset.proof.line_kinds import short_label
from levelset.proof.locations import is_location
from levelset.proof.places import is_region


def city_part(rest: str) -> str:
    """ "Lisbon" of "Feedzai — Lisbon" beside the dates, the title on the line below."""
    parts = parts_of(rest)
    return parts[1] if len(parts) == 2 and city_name(parts[1]) else ""


def place_after_bar(rest: str) -> tuple[str, str]:
    """ "Technical Recruiter | London, UK" beside the dates, under its employer: the place
    after the last bar closes the title's line."""
    name, bar, last = rest.rpartition("|")
    if not bar or not name.strip() or role_score(last) > 0 or not is_location(last.strip()):
        return rest, ""
    return name.strip(" |"), last.strip()


_DASHED_PLACE = compiled(r"[^\W\d_][\w.'’]*(?: [^\W\d_][\w.'’]*)?\s+[–—-]\s+(?P<region>.+)")
_WORK_MODES = frozenset({"remote", "online", "hybrid", "worldwide", "on-site", "onsite"})


def known_place(text: str) -> bool:
    """A city or region the reader knows, or a way of working ("Remote"): a name beside the
    dates that is no employer."""
    return is_city(text) or is_region(text) or text.strip().casefold() in _WORK_MODES


def region_after_dash(rest: str) -> bool:
    """ "Mysore - India", "Hyderabad – India": a town and its country or state after a dash."""
    found = _DASHED_PLACE.fullmatch(rest.strip(" ,"))
    return found is not None and is_region(found["region"])


def company_city(company: str) -> tuple[str, str]:
    """ "Maple Ledger Inc., Toronto, ON": the city and its region after the company's name
    (one part alone is not cut off: "University of California, San Francisco" is a name)."""
    name, place = without_place(company)
    return (name, place) if name and "," in place else (company, "")


def employer_in_place(place: str) -> tuple[str, str]:
    """ "CBTW APAC, Ho Chi Minh City" after a title and its dash: a name that is no place,
    then the city the reader knows, is the employer and its place."""
    name, _, city = (part.strip() for part in place.partition(","))
    if "," in city or not (is_city(city) or is_region(city)) or known_place(name):
        return "", place  # "Council of Agriculture, Taiwan" names one; "Austin, TX" none
    return (name, city) if role_score(name) <= 0 else ("", place)


def named_place(place: str) -> tuple[str, str]:
    """ "Lakeshore Analytics, Waterloo, ON": a name before a city and its state or province
    (not "New York, NY, USA", whose second part is the region) is the employer, and the rest
    its place; any other place stays whole, with no employer."""
    pieces = [p.strip() for p in place.split(",")]
    if len(pieces) != 3 or not is_region(pieces[2]) or is_region(pieces[1]):
        return "", place
    if is_location(pieces[0]):
        return "", place
    return pieces[0], f"{pieces[1]}, {pieces[2]}"


_BEFORE_A_NAME = frozenset({"of", "at", "in", "de", "for", "and", "&"})  # "University of Reading"


def city_before_dates(rest: str) -> tuple[str, str]:
    """ "Intern  NLU Lab, Academia Sinica Taipei, 06/2020-09/2020": a known city written just
    before the dates and joined to them by a comma (`rest` keeps that comma) is the entry's
    place, with or without a gap before it. Not a city that is also a common word ("Mobile"),
    nor one that ends a name ("University of Reading"), nor a part after a comma."""
    if not rest.rstrip().endswith(","):
        return rest, ""
    words = rest.rstrip(" ,").split()
    for size in (3, 2, 1):
        city, before = " ".join(words[-size:]), words[:-size]
        if len(before) < 2 or before[-1].endswith(",") or before[-1].casefold() in _BEFORE_A_NAME:
            continue
        if is_city(city) and city[:1].isupper() and not all_common(city):
            head = rest.rstrip(" ,")
            return head[: len(head) - len(city)].rstrip(" ,"), city
    return rest, ""


def placed_name(title: str) -> tuple[str, str]:
    """(title, company) of a heading with no "at" among headings read "Title at Company": one
    naming no role, with its town beside it ("Taco Bell – Somerset, KY"), is the employer (a
    title, if any, is written under it)."""
    if not title or role_score(title) > 0 or not short_label(title):
        return title, ""
    return "", title


def place_alone(text: str) -> bool:
    """ "Hollin, MD", "Malmö, Sweden": a line that is a town and its region, no name before
    (not "Kestrel, Austin", an employer and its town)."""
    parts = [p.strip() for p in text.split(",")]
    placed = len(parts) == 2 and is_region(parts[1]) and not without_place(text)[1]
    return placed and looks_like_place(text) and is_location(text)
