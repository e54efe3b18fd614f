"""An entry heading taken apart: which words are the title, which the company, which the place.

Headings come as "Title, Company, City", "Company • City", "Title — Company", "Title at Company",
"Company | Title", or as two lines in either order. Which part is the title is decided by the
words in it (engineer, intern, founder...) against words that name an organisation (Inc,
University, Labs...), then by the form's habit.
"""

from __future__ import annotations

import re

from levelset.patterns import compiled
from levelset.proof.cities import is_city
from levelset.proof.common_words import all_common
from levelset.proof.dates import is_date_text, strip_durations
from levelset.proof.locations import is_area, is_location
from levelset.proof.places import REGIONS, is_region
from levelset.proof.products import is_product

_ROLE = compiled(
    r"\b(?:engineer\w*|scientist|manager|analyst|developer|lead|leader|director|researcher|"
    r"intern|internship|architect|consultant|head|vp|svp|evp|specialist|designer|officer|"
    r"founder|co-?founder|sre|programmer|cto|ceo|cfo|coo|cio|president|chair|owner|partner|"
    r"advisor|adviser|assistant|associate|fellow|trainee|apprentice|student|member|volunteer|"
    r"coach|secretary|writer|reporter|editor|coordinator|administrator|admin|technician|teacher|"
    r"instructor|professor|lecturer|postdoc|tutor|contributor|maintainer|tester|worker|"
    r"subcontractor|contractor|freelancer?|master|staff|principal|senior|junior|chief|"
    r"representative|strategist|executive|product owner|data|devops|full[- ]stack|"
    r"frontend|backend|software|research|teaching|clerk|attorney|lawyer|counsel|paralegal|"
    r"accountant|auditor|economist|statistician|physicist|chemist|biologist|librarian|"
    r"curator|columnist|translator|interpreter|recruiter|nurse|physician|pharmacist|planner|"
    r"supervisor|reviewer|demonstrator)s?\b",
    re.IGNORECASE,
)
_ORGANISATION = compiled(  # "Co", not the prefix of a role ("Co-Editor", "Co-Founder")
    r"\b(?:inc|llc|ltd|plc|gmbh|ag|sa|corp|corporation|company|co(?!-\w)|group|holdings|labs?|"
    r"laborator(?:y|ies)|university|universit[éä]t|college|institute|school|foundation|"
    r"technologies|solutions|systems|partners|capital|bank|agency|studios?|ventures|"
    r"services|consulting|association|society|council|union|court|hospital|center|centre|"
    r"ministry|department|command|network|google|microsoft|amazon|meta|facebook|apple|"
    r"nvidia|ibm|openai|deepmind)\b\.?",
    re.IGNORECASE,
)
_SEPARATORS = compiled(r"\s*[|•·—–]\s*|\s+-\s+|\s{2,}|\t")
_TEAM = compiled(r"\b(?:team|squad|division|unit|org)\b", re.IGNORECASE)
_CITY_CODES = {"NYC", "SF", "LA", "DC", "NY"}  # cities written by their initials
_WEB_NAME = compiled(r"\w\.(?:com|io|ai|net|org|co)$")
_FORMER_NAME = compiled(r"(?:formerly|previously|now\s+part\s+of|acquired\s+by)\s.+", re.IGNORECASE)
_HEADCOUNT = compiled(  # "12 engineers (Sweden/India)", "team of 8", "5 direct reports"
    r"(?:(?:team|org|group)\s+of\s+\d|(?:(?:leading|managing|led|managed)\s+)?(?:~|up\s+to\s+)?"
    r"\d+\+?\s*(?:(?:direct\s+)?reports?|engineers?|developers?|people|persons?|staff|"
    r"members?|employees?|scientists?|analysts?|designers?|ftes?|headcount|hc)\b).*",
    re.IGNORECASE,
)


_NOT_IN_PLACE = compiled(r"\d|[&|/@]")


def looks_like_place(text: str) -> bool:
    """One to three capitalised words that name no role and no organisation ("Berlin"): the
    shape of a place, which also keeps such a line from being read as a title's tail."""
    words = text.split()
    return (
        1 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not _NOT_IN_PLACE.search(text)
        and not _ROLE.search(text)
        and not _ORGANISATION.search(text)
    )


_WORK_PLACES = frozenset({"home", "remote", "hybrid", "online", "onsite", "worldwide"})


def names_place(text: str) -> bool:
    """A part read as an entry's place after a title or a company: the shape of one, and a
    known city or region, a name not made of common words alone ("Walldorf") or where the
    work was done ("Home"). "Search", "Payments" or "Medical Affairs" after a company is a
    team, not a place; "Reading" is a city."""
    if not looks_like_place(text):
        return False
    if text.strip().casefold() in _WORK_PLACES or unknown_name(text):
        return True
    return is_city(text) or is_region(text) or is_location(text)


def unknown_name(text: str) -> bool:
    """A name of no common words that is no product or team of an employer either ("Walldorf",
    not "Alexa"): what the reader takes for a town it does not know."""
    return not all_common(text) and not is_product(text)


def names_role(text: str) -> bool:
    """Whether any word of the text names a role (engineer, intern, professor...)."""
    return _ROLE.search(text) is not None


def firm_named(text: str) -> bool:
    """ "SILVER INVESTMENT PARTNERS": a name that ends in a word calling it an organisation
    ("Partners", "Group", "University") and names no more roles than that: an employer, not a
    title ("Cloud Solutions Engineer" ends in its role)."""
    words = text.split()
    return bool(words) and role_score(text) <= 0 and _ORGANISATION.search(words[-1]) is not None


def role_score(text: str) -> int:
    """Positive for a job title ("Senior ML Engineer"), negative for an organisation."""
    roles = len(_ROLE.findall(text))
    organisations = len(_ORGANISATION.findall(text))
    return roles - organisations


def _separated(text: str) -> list[str]:
    """The text cut at its separators, but not inside brackets: "Research Associate (Architect
    | Team Lead)" is one title."""
    spans = [m.span() for m in _SEPARATORS.finditer(text) if not _campus_dash(text, *m.span())]
    cuts = [(a, b) for a, b in spans if text.count("(", 0, a) <= text.count(")", 0, a)]
    edges = [0, *(x for span in cuts for x in span), len(text)]
    return [text[edges[i] : edges[i + 1]] for i in range(0, len(edges), 2)]


def _campus_dash(text: str, start: int, end: int) -> bool:
    """ "University of Wisconsin–Madison": a dash written with no space round it between a
    university and its campus's town is part of the name, not a separator."""
    if end - start != 1 or text[start] not in "–-" or not text[end : end + 1].isupper():
        return False
    return bool(_UNIVERSITY_END.search(text, 0, start))


_UNIVERSITY_END = compiled(r"\bUniversity(?:\s+of(?:\s+[A-Z][\w&.'’]*){1,3})?$")


def parts_of(text: str) -> list[str]:
    """A heading cut at its separators, places, dates and lengths dropped."""
    parts = [tidy(p) for p in _separated(strip_durations(text))]
    parts = [p for p in parts if p and not is_date_text(p)]
    parts = _spelt_out(text, parts)
    return parts[:1] + [p for p in parts[1:] if not is_location(p) and not is_note(p)]


def _spelt_out(text: str, parts: list[str]) -> list[str]:
    """ "STL - Sterlite Tech", "TCS – Tata Consultancy Services": a name's initials, a spaced
    dash and the name they stand for are one name, not a company and a title or place."""
    if len(parts) < 2 or not _INITIALS.fullmatch(parts[0]):
        return parts
    short, name = parts[0], parts[1]
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or role_score(name) > 0:
        return parts
    if (
        short[0] != words[0][0]
        or not _within(short, name)
        or not _within("".join(w[0] for w in words), short)
    ):
        return parts
    start, end = text.find(short), text.find(name)
    if start < 0 or end < 0 or not _DASH_ONLY.fullmatch(text[start + len(short) : end]):
        return parts
    return [text[start : end + len(name)], *parts[2:]]


def _within(letters: str, text: str) -> bool:
    """Each of `letters` found in `text` in order (without case)."""
    rest = iter(text.lower())
    return all(c in rest for c in letters.lower())


_INITIALS = compiled(r"[A-Z]{2,6}")
_DASH_ONLY = compiled(r"\s+[-–—]\s+")


def is_note(text: str) -> bool:
    """A part that sits after a title and names no company: a headcount or an old name."""
    return is_headcount(text) or is_former_name(text)


def is_headcount(text: str) -> bool:
    """A team's size after a title ("12 engineers (Sweden/India)"): never a company."""
    return _HEADCOUNT.fullmatch(text.strip()) is not None


def is_former_name(text: str) -> bool:
    """ "Formerly Snow Software" after a title: the employer's old name, a note, not a company."""
    return _FORMER_NAME.fullmatch(text.strip()) is not None


def place_part(text: str) -> str:
    """The place set beside a heading's name ("Nexus AI – San Francisco, CA"), if any."""
    parts = [tidy(p) for p in _separated(strip_durations(text))]
    parts = [p for p in parts if p and not is_date_text(p)]
    found = next((p for p in parts[1:] if is_location(p)), "")
    name, place = without_place(found)
    return place if name and place else found  # "Athena, Redmond, WA": a team, then the city


def tidy(part: str) -> str:
    """A part without the separators and the unbalanced brackets left around it."""
    part = part.strip(" ,;:[]|—–-·•/>")  # ">> Assistant Consultant": a heading's mark
    if part.startswith("(") and part.endswith(")"):
        part = part[1:-1]
    while part.endswith(")") and part.count(")") > part.count("("):
        part = part[:-1].rstrip()
    while part.startswith("(") and part.count("(") > part.count(")"):
        part = part[1:].lstrip()
    return part.strip()


_MODE_IN_BRACKETS = compiled(
    r"(.+?),?\s*\(((?:fully\s+)?(?:remote|on-?site|hybrid|wfh|in[- ]office))\)", re.IGNORECASE
)


def mode_free(text: str) -> str:
    """ "Bangalore, India" from "Bangalore, India (Remote)": a place written with its work mode
    in brackets, without it ("" where the text ends in no work mode)."""
    mode = _MODE_IN_BRACKETS.fullmatch(text.strip())
    return mode.group(1).strip() if mode else ""


def without_place(text: str) -> tuple[str, str]:
    """("YMCA", "Pomona, CA") from "YMCA, Pomona, CA": a trailing place cut off."""
    return campus(*_cut_place(text))


def campus(name: str, place: str) -> tuple[str, str]:
    """ "University of California, San Francisco", "University of Nevada, Reno": a state
    university's campus named by its city alone is part of its name, though the city is also
    its place ("University of Missouri, Columbia, Missouri" gives a whole place instead), also
    after the title and field written before it ("Fellow, Demography, University of X, Town")."""
    system = _STATE_UNIVERSITY.fullmatch(name.rpartition(", ")[2])  # perhaps after a title
    if not place or "," in place or system is None or not is_region(system.group(1)):
        return name, place
    return (name, place) if is_region(place) else (f"{name}, {place}", place)


_STATE_UNIVERSITY = compiled(r"(?:The\s+)?(?:State\s+)?University\s+of\s+([^,]+)")


def _cut_place(text: str) -> tuple[str, str]:
    mode = _MODE_IN_BRACKETS.fullmatch(text.strip())
    if mode:  # "Alibaba, Tehran, Iran (On-site)": the work mode goes with the place
        name, place = without_place(mode.group(1))
        if place:
            return name, f"{place} ({mode.group(2)})"
    country = _COUNTRY_IN_BRACKETS.fullmatch(text.strip())
    placed = _bracketed_country(*country.groups()) if country else None
    if placed:  # "Equinor ASA, Stavanger (Norway)"
        return placed
    bracketed = _BRACKETED_PLACE.fullmatch(text.strip())
    if bracketed and is_location(bracketed.group(2)):  # "Villanova University (Villanova, PA)"
        return bracketed.group(1), bracketed.group(2)
    pieces = [p.strip() for p in text.split(",")]
    if len(pieces) > 1 and is_area(pieces[-1]):  # "Kestrel Labs, San Francisco Bay Area"
        return ", ".join(pieces[:-1]).strip(), pieces[-1]
    cut = _city_and_region(pieces) or _after_title_and_company(pieces)
    if cut:
        return _name_before_town(pieces, _with_work_mode(pieces, cut))
    for cut in range(1, len(pieces)):
        tail = ", ".join(pieces[cut:])
        head = ", ".join(pieces[:cut])
        if (is_region(pieces[-1]) and is_location(tail)) or _place_word(tail, head):
            return _name_before_town(pieces, _with_work_mode(pieces, cut))
    return text.strip(), ""


def _name_before_town(pieces: list[str], cut: int) -> tuple[str, str]:
    """The name and the place of `pieces` cut at `cut`; where the place's first piece is a name,
    a space and a town the reader knows ("Team Lead, Uptown Espresso Seattle, WA": the employer
    typed before its town with no comma), the name stays with the heading. A piece that is a
    town or region whole ("New York", "Greater Boston Area") stays the place."""
    first = pieces[cut]
    words = first.split()
    whole = is_city(first) or is_region(first) or is_area(first)
    for count in range(min(3, len(words) - 1), 0, -1) if not whole else ():
        name, town = " ".join(words[:-count]), " ".join(words[-count:])
        if not all(w[:1].isupper() for w in words[:-count]) or not is_city(town):
            continue
        if name.casefold() in _AREA_WORDS or is_city(name) or is_region(name) or is_area(name):
            break
        return ", ".join([*pieces[:cut], name]).strip(), ", ".join([town, *pieces[cut + 1 :]])
    return ", ".join(pieces[:cut]).strip(), ", ".join(pieces[cut:])


# words that open a part of a town or its area, not an employer's name ("Downtown Seattle")
_AREA_WORDS = {
    "greater", "downtown", "metro", "metropolitan", "central", "north", "south", "east", "west",
    "northern", "southern", "eastern", "western", "upper", "lower", "inner", "outer", "old", "new",
}  # fmt: skip


_DIGIT = compiled(r"\d")


def _bracketed_country(name: str, country: str) -> tuple[str, str] | None:
    """ "Equinor ASA, Stavanger (Norway)": the city before the country joins the place;
    'Web-developer, Publish house "Pushkin Square" (Russia)': a title and a name that is no
    place, then its country in brackets, are the name and that country. None for any other
    text ("Oslo (Norway)", "Statistics Norway (SSB)", "Acme (Germany)" alone)."""
    if not is_region(country):
        return None
    head, place = without_place(f"{name}, {country}")
    if place and place.casefold() != country.casefold() and is_city(place.split(",")[0]):
        return head, place
    if country.isupper() or "," not in name or _DIGIT.search(name):
        return None  # initials ("SSB"), a name alone, an address ("Akersveien 26, 0177 Oslo")
    if is_city(name) or is_location(name) or is_region(name):
        return None
    return name, country


_POSTCODE = compiled(r"^(?:[A-Z]{1,2}-?)?\d[\d\s-]*\s+(?=[^\W\d_])")


def address_place(text: str) -> str:
    """ "Akersveien 26, 0177 Oslo (Norway)": the city and country of a postal address (a
    street with its number first, then a postcode before the city), or ""."""
    pieces = [p.strip() for p in text.split(",")]
    if len(pieces) < 2 or not _DIGIT.search(pieces[0]) or len(text.split()) > 10:
        return ""
    last = _POSTCODE.sub("", pieces[-1])
    if last == pieces[-1] and len(pieces) < 3:
        return ""  # no postcode: "Acme 2, Berlin" is a name, not an address
    return without_place(f"{pieces[0]}, {last}")[1]


def dashed_place(text: str) -> tuple[str, str]:
    """ "Wipro Limited - Navi Mumbai, MH", "Acme - Kodathi. - Bengaluru, KA": a name with no
    role, then its place after a spaced dash (a district may come before the city)."""
    dashed = _DASHED_PLACE.fullmatch(text.strip())
    if not dashed or not is_location(dashed.group(3)) or role_score(dashed.group(1)) > 0:
        return text.strip(), ""
    if is_location(dashed.group(1)) or len((dashed.group(2) or "").split()) > 3:
        return text.strip(), ""
    return dashed.group(1).strip(), text.strip()[dashed.end(1) :].strip(" -–—")


_DASHED_PLACE = compiled(r"(.+?)\s+[-–—]\s+(?:([^,]+?)\s+[-–—]\s+)?([^-–—]+)")
_COUNTRY_IN_BRACKETS = compiled(r"(.*[^\s(,])\s*\(([^(),]+)\)")  # Europass: "Oslo (Norway)"
_BRACKETED_PLACE = compiled(r"(.*\S)\s*\(([^()]+,[^()]+)\)")
_WORK_MODE = {"remote", "hybrid", "on-site", "onsite"}


def _with_work_mode(pieces: list[str], cut: int) -> int:
    """ "Compute Labs, Remote, Redmond, WA": "Remote" goes with the place, not the company."""
    while cut > 1 and pieces[cut - 1].casefold() in _WORK_MODE:
        cut -= 1
    return cut


def _after_title_and_company(pieces: list[str]) -> int:
    """ "Senior ML Engineer, Peak AI, Manchester": a city after a title and a company."""
    if len(pieces) != 3 or role_score(pieces[0]) <= 0 or role_score(pieces[1]) > 0:
        return 0
    last = pieces[2]
    if (
        is_region(last)
        or _SEPARATORS.search(pieces[1])
        or len(last.split()) > 2
        or _TEAM.search(last)
    ):
        return 0  # "Nexus AI – San Francisco, CA" is a city and its state
    return 2 if names_place(last) else 0


def _city_and_region(pieces: list[str]) -> int:
    """Where "Austin, TX" or "Boston, MA, USA" begins at the end of `pieces` (0: nowhere)."""
    found = 0
    for cut in range(len(pieces) - 2, 0, -1):
        tail = pieces[cut:]
        if not (looks_like_place(tail[0]) and all(is_region(p) for p in tail[1:])):
            break
        found = cut
    return found


_CAPITALISED_WORD = compiled(r"[A-ZÀ-Þ][a-zß-ÿ]{2,}")
_COMMA_OR_SEPARATOR = compiled(r",|\s[|•·—–-]\s")
_SEPARATOR = compiled(r"\s[|•·—–-]\s")


def _place_word(text: str, head: str) -> bool:
    """ "Remote", or a city after an organisation's name ("Globex Corporation, Chicago")."""
    word = text.strip()
    if word.lower().split("/")[0].strip() in {"remote", "online", "hybrid", "worldwide"}:
        return "/" not in word or is_location(word)  # "Remote/South Dakota"
    city = _CAPITALISED_WORD.fullmatch(word) and not _ORGANISATION.search(word)
    city = city and (is_city(word) or unknown_name(word))  # "Google, Search": a team
    named = bool(_ORGANISATION.search(head) or _WEB_NAME.search(head))
    alone = not _COMMA_OR_SEPARATOR.search(head) and "," not in word  # "Acme Corp, UK"
    last = head.rsplit(",", 1)[-1]  # "Department of Physics, Kestrel University, UK"
    cut = "," in head and not _SEPARATOR.search(last)  # not "Acme – London, UK"
    alone = alone or ("," not in word and bool(_ORGANISATION.search(last)) and cut)
    known = word.casefold() in REGIONS or word in _CITY_CODES  # not "MND", an office's initials
    return named and bool(city or (alone and known))
