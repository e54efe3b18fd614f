"""A heading line split into its title and its company, in any of the common forms."""

from __future__ import annotations

import re

from levelset.patterns import compiled
from levelset.proof.cities import is_city
from levelset.proof.dates import is_date_text, strip_durations
from levelset.proof.headers import (
    _ORGANISATION,
    _separated,
    dashed_place,
    looks_like_place,
    parts_of,
    role_score,
    tidy,
    without_place,
)
from levelset.proof.line_kinds import ends_in_role
from levelset.proof.locations import is_location
from levelset.proof.places import REGIONS, is_region

_SLASH_GLUED = compiled(r"(?<=[\w.)])/\s+(?=[A-Z])")  # "Indesit/ Software Engineer"
_SLASHES = compiled(r"\s+//\s*|\s*//(?:\s+|$)")  # "Company // Title // 2021": not "http://"
_AFTER_ACRONYM = compiled(r"(.+\([A-Z][A-Za-z]*[A-Z]\))\s+([A-Z].*)")
_ACRONYM = compiled(r"[A-Z][A-Z&]{1,5}")
_AT = compiled(r"\s+(?:at|@|chez|bei)\s+", re.IGNORECASE)
_SPACED_DASH = compiled(r"\s[-–—]\s")
_COMMA_LEGAL = compiled(r",\s+(?=(?:Inc|LLC|Ltd|Corp|GmbH|PLC|LLP)\b)")
_LEGAL_END = compiled(r"(?i)\s(?:inc|llc|ltd|plc|gmbh|corp|corporation|company|limited)\.?$")
# "GE Healthcare, San Ramon, CA (Senior Data Scientist, Sep 2018-Jun 2019)", its dates gone:
# the employer and its place, then the title in brackets (perhaps left open)
_BRACKETED_ROLE = compiled(r"(?P<head>[^()]+?)\s*\((?P<role>[^()]+?)[\s,]*\)?")


def split_title_company(text: str) -> tuple[str, str]:
    """(title, company) from one heading line in any of the common forms."""
    text = _COMMA_LEGAL.sub(" ", tidy(text))  # "Salient Process, Inc.": one name, no two parts
    if bracketed := _role_in_brackets(text):
        return bracketed
    slashed = [p.strip() for p in _SLASHES.split(text) if p.strip() and not is_date_text(p)]
    if len(slashed) > 1 and _place_alone(slashed[-1]):  # "Engineer @ Cybage // Pune, IN"
        return split_title_company(" // ".join(slashed[:-1]))
    if len(slashed) > 1:  # "IBM // Innovation Designer @ Client Engineering // 2023 -"
        return order(slashed[0], slashed[1])
    employer, title = ([p.strip() for p in _SLASH_GLUED.split(text, maxsplit=1)] + [""])[:2]
    if title and role_score(employer) <= 0 < role_score(title) and not is_location(employer):
        return title, employer  # "Whirlpool/ Software Engineer": the employer, then the title
    at = _AT.search(text)
    before = text[: at.start()] if at else ""  # a bar, or a PDF's gap ("  "), parts it first
    if at and " | " not in before and "  " not in before:  # "RESEARCHER | UNIVERSITY ... AT DALLAS"
        employer = dashed_place(without_place(text[at.end() :])[0])[0]  # "Acme – Corbin, KY"
        title, employer = text[: at.start()].strip(" ,"), _named(employer)
        role, _, lab = title.rpartition(", ")
        if role and _LAB_LIKE.fullmatch(lab) and role_score(role) > 0:
            return role, f"{lab} at {employer}"  # "Research Assistant, VISTA Lab at Rochester"
        return title, employer
    barred = [p.strip() for p in text.split(" | ")]
    dashed = [bool(_SPACED_DASH.search(p)) for p in barred]
    if len(barred) == 2 and all(barred) and dashed == [True, False]:
        return order(barred[0], without_place(barred[1])[0])  # "Consultant – Data | Allstate"
    if len(barred) == 2 and all(barred) and _placed_name(barred[1]) and role_score(barred[0]) > 0:
        return barred[0], _placed_name(barred[1])  # "AWS Consultant | Genpact, Pune, India"
    parts = parts_of(text)
    if not parts:
        return "", ""
    if len(parts) == 2 and (unit := _employer_unit(parts[0], parts[1])):
        return unit  # "Quantitative Analyst, Universidad Espíritu Santo – Research Center"
    if len(parts) == 1 and _LEGAL_END.search(parts[0]) and role_score(parts[0]) < 0:
        return "", parts[0]  # "Suzhou Suxiang Robot Equipment Corporation": an employer alone
    if len(parts) == 1:  # "Data Engineer — MTS, Moscow": an acronym before the city, no place
        parts += _acronym_employer(text, parts[0])
    city = len(parts) == 2 and " " not in parts[1] and looks_like_place(parts[1])
    if len(parts) == 2 and ", " in parts[0] and (is_region(parts[1]) or is_location(parts[1])):
        parts = parts[:1]  # "Head of Engineering, Belema Financial Technology – Nigeria"
    elif placed_employer(parts):  # "Government Contractor, Tucson AZ - Carpenter"
        return parts[1], placed_employer(parts)
    elif (
        city and parts[0].count(", ") == 2
    ):  # "Data Analyst, Operations, Bridge Academies  Nairobi"
        title, team, name = parts[0].split(", ")
        if role_score(title) > 0 >= role_score(team) and len(name.split()) > len(team.split()):
            return f"{title}, {team}", name
    acronym = _AFTER_ACRONYM.fullmatch(parts[0]) if len(parts) == 1 else None
    if acronym and role_score(acronym.group(2)) > max(0, role_score(acronym.group(1))):
        return acronym.group(2), acronym.group(1)  # "Research Institute (NRI) Intern"
    if len(parts) == 1:
        pieces = [p.strip() for p in parts[0].split(",") if p.strip()]
        if _unit_of_institution(pieces):
            return pieces[0], pieces[-1]  # "Assistant Professor, Department of X, Y University"
        if institution := _field_of_institution(pieces):
            return pieces[0], institution  # "Postdoctoral Fellow, Demography, Yale University"
        if len(pieces) == 3 and _placed_apart(text) and _unit_between(pieces):
            return f"{pieces[0]}, {pieces[1]}", pieces[2]  # "Nurse, Cardiac ICU, UCSF Health — SF"
        if len(pieces) == 3 and _COURSE.match(pieces[1]) and role_score(pieces[0]) > 0:
            return pieces[0], pieces[2]  # "Tutor, CSE 130: Compilers, UCSD": the school
        if len(pieces) == 3 and _units_then_title(pieces):
            return pieces[2], f"{pieces[0]}, {pieces[1]}"  # "Graphics Group, Yale, Researcher"
        name = without_place(parts[0])[0]
        parts = [p.strip() for p in name.split(",") if p.strip()]
    first, second = parts[0], parts[1] if len(parts) > 1 else ""
    named = _ORGANISATION.search(first) and not ends_in_role(first)  # not "Lab Manager"
    if second and named and role_score(first) <= 0 > role_score(second):
        return "", f"{first}, {second}"  # "Lerner Research Institute, Scott Lab": one employer
    title, company = order(first, second)
    note, _, name = company.partition(", ")
    if name and _ORGANISATION.search(name) and not _ORGANISATION.search(note) and title == first:
        return f"{title} - {note}", name  # "Research Assistant - Scholar, Chiang Mai University"
    return title, company


def _place_alone(text: str) -> bool:
    """ "Pune, IN" after the last double slash: a place whose first part is a town or region
    the reader knows ("INALCO, Paris" names the employer before its town)."""
    first = text.split(",")[0].strip()
    return is_location(text) and (is_city(first) or is_region(first))


def _role_in_brackets(text: str) -> tuple[str, str] | None:
    """ "GE Research, Niskayuna, NY (Summer Research Intern": the employer and its place, the
    title in brackets after them; the bracket names a role more than the employer does."""
    found = _BRACKETED_ROLE.fullmatch(text)
    if found is None:
        return None
    name, place = without_place(found.group("head").strip())
    role = found.group("role").strip(" ,")
    if not name or not place or role_score(role) <= max(0, role_score(name)):
        return None
    return role, name


# a lab or centre of the institution named after "at": part of the employer, not the title
_LAB_LIKE = compiled(
    r"(?:[A-Z][\w&'’.-]*\s+){0,4}(?:Lab|Laboratory|Center|Centre|Institute)"
    r"(?:\s+(?:of|for)(?:\s+[A-Z][\w&'’.-]*){1,4})?"
)


_ARTICLE = compiled(r"the\s+(?=[A-Z])")  # "at the Center for ...": not "The Home Depot"


def _named(company: str) -> str:
    """ "Center for Behavior, Arizona State University" from "the Center for Behavior, Arizona
    State University": the employer's name after "at", without the article written before it
    in lower case (a capital "The" is the name's own: "The Home Depot")."""
    article = _ARTICLE.match(company)
    return company[article.end() :] if article else company


def _unit_of_institution(pieces: list[str]) -> bool:
    """ "Assistant Professor", "Department of Environment and Society", "College of Natural
    Resources", "Utah State University": a title, a unit of the institution named last, and
    perhaps more units between; the employer is the institution."""
    if len(pieces) < 3 or role_score(pieces[0]) <= 0 or not _UNIT.match(pieces[1]):
        return False
    last = pieces[-1]
    if _UNIT.match(last) or not _ORGANISATION.search(last) or role_score(last) > 0:
        return False
    return not is_location(last) and not is_region(last)


def _field_of_institution(pieces: list[str]) -> str:
    """ "Postdoctoral Fellow", "Demography", "University of California", "Berkeley": a title, the
    field it is held in (naming no role, organisation or place), then an institution named as
    one, perhaps with its campus's town after a state's university ("University of X" where X
    is a region): the employer is the institution, with its campus."""
    if len(pieces) not in (3, 4) or role_score(pieces[0]) <= 0:
        return ""
    field, name = pieces[1], pieces[2]
    if role_score(field) > 0 or _ORGANISATION.search(field) or _placed(field):
        return ""
    if not _ORGANISATION.search(name) or role_score(name) > 0 or _placed(name):
        return ""
    if len(pieces) == 3:
        return name
    state = _OF_REGION.fullmatch(name)
    if state is None or not is_region(state["region"]) or not is_city(pieces[3]):
        return ""
    return f"{name}, {pieces[3]}"


def _placed(text: str) -> bool:
    return is_location(text) or is_region(text) or is_city(text)


_OF_REGION = compiled(r"(?:The\s+)?University\s+of\s+(?P<region>[A-Z][\w.\s]+)")

_COURSE = compiled(r"[A-Z]{2,5}\s?\d{2,4}[A-Za-z]?:\s")  # "CSE 130: ", "CS 133: ": a course


def _placed_name(part: str) -> str:
    """ "Genpact" from "Genpact, Pune, India": a name before a city and its country, where the
    whole reads as a place; never a city or a region itself ("New York, NY, USA") nor a role."""
    if part.count(",") < 2 or not is_location(part):
        return ""
    name, place = without_place(part)
    if not name or not place or "," in name or is_city(name) or is_region(name):
        return ""
    return name if role_score(name) <= 0 else ""


def _placed_apart(text: str) -> bool:
    """The heading's place stands apart after a dash or a bar ("… — San Francisco, CA")."""
    pieces = [tidy(p) for p in _separated(strip_durations(text)) if tidy(p)]
    return len(pieces) == 2 and is_location(pieces[1])


def _unit_between(parts: list[str]) -> bool:
    """ "Registered Nurse", "Cardiac ICU", "UCSF Health": a title, a unit that names no role or
    organisation, then the employer (no role, no place) - the place having been written apart."""
    title, unit, name = parts
    if role_score(title) <= 0 or role_score(unit) > 0 or role_score(name) > 0:
        return False
    return not _ORGANISATION.search(unit) and not is_location(name) and not is_region(name)


def _units_then_title(parts: list[str]) -> bool:
    """ "Computer Graphics Group", "Yale University", "Graduate Researcher": a unit and its
    organisation (one of them named as one, neither a role nor a place), then the title."""
    unit, name, title = parts
    if role_score(title) <= 0 or role_score(unit) > 0 or role_score(name) > 0:
        return False
    if is_location(name) or is_region(name) or is_city(name) or is_location(title):
        return False
    return bool(_ORGANISATION.search(unit) or _ORGANISATION.search(name))


def placed_employer(parts: list[str]) -> str:
    """ "Government Contractor, Tucson AZ - Carpenter", "Acme, Austin, TX - Data Engineer": a
    place after the first part's comma ends the employer's name; the title follows. A title
    written with its own place after it ("Acme - Analyst, Berlin") is not this form."""
    if len(parts) != 2 or "," not in parts[0] or "," in parts[1] or is_location(parts[1]):
        return ""
    name, place = without_place(parts[0])
    if not place:
        head, _, tail = parts[0].rpartition(",")
        name, place = (head.strip(), tail) if CITY_STATE.fullmatch(tail.strip()) else ("", "")
    return name if name and place and role_score(parts[1]) >= 0 else ""


CITY_STATE = compiled(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2} [A-Z]{2}")  # "Tucson AZ"


def _acronym_employer(text: str, first: str) -> list[str]:
    """ "MTS" from "Data Engineer — MTS, Moscow": the employer of a title whose other part was
    read as a place, where that part opens with a short name in capitals that is no region."""
    pieces = [tidy(p) for p in _separated(strip_durations(text)) if tidy(p)]
    if len(pieces) != 2 or pieces[0] != first or role_score(first) <= 0:
        return []
    name = pieces[1].split(",")[0].strip()
    if "," not in pieces[1] or not _ACRONYM.fullmatch(name) or name.casefold() in REGIONS:
        return []
    state = len(name) == 2 and is_region(pieces[1].split(",", 1)[1])  # "NY, USA"
    return [] if state else [name]


_OWN = {"freelancer", "freelance", "self-employed", "self employed"}  # the employer's place


# "Sociology Department", "Wireless Networks and Communication Group", "Data Architecture team"
_UNIT = compiled(
    r"(?:(?:[A-Z][\w&'’.-]*|and|of|for|&)\s+){0,5}(?:Department|Dept\.?|Center|Centre|School|Lab"
    r"|Laboratory|Institute|Division|Group|Office|Unit|Faculty|[Tt]eam)"
)


def _employer_unit(first: str, second: str) -> tuple[str, str] | None:
    """ "Research Assistant for Professor Nancy Luke, Penn State University" then "Sociology
    Department": a title and its employer before a dash, the employer's unit after it. The
    title is the role before the last comma; the employer is the name and its unit."""
    title, comma, employer = first.rpartition(", ")
    if not comma or not _UNIT.fullmatch(second.strip()) or role_score(second) > 0:
        return None
    if not (role_score(employer) <= 0 < role_score(title)) or is_location(employer):
        return None
    return title.strip(), f"{employer.strip()} – {second.strip()}"


def order(first: str, second: str, first_is_title: bool = True) -> tuple[str, str]:
    """(title, company) from two parts, by their words, else by the form's habit."""
    if not second:
        return first, ""
    a, b = role_score(first), role_score(second)
    if a == b and {first.casefold(), second.casefold()} & _OWN:
        return (second, first) if first.casefold() in _OWN else (first, second)
    if a == b and ends_in_role(first) != ends_in_role(second):  # "Oil & Gas – Systems Intern"
        return (first, second) if ends_in_role(first) else (second, first)
    if a == b:
        return (first, second) if first_is_title else (second, first)
    return (first, second) if a > b else (second, first)
