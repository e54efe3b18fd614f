"""How an entry's heading settles its title and company, and what the reader guessed."""

from __future__ import annotations

import dataclasses
import re

from levelset.patterns import compiled
from levelset.proof.cities import is_city
from levelset.proof.company_places import company_place
from levelset.proof.habit import UNDECIDED
from levelset.proof.headers import looks_like_place, names_role, role_score
from levelset.proof.importers.entry_fragments import fragment_heading
from levelset.proof.importers.entry_lines import lower_case, span_of
from levelset.proof.line_kinds import done_sentence
from levelset.proof.line_kinds import short_label as _short_label
from levelset.proof.lines import Line, is_bullet
from levelset.proof.locations import is_location
from levelset.proof.model import Position
from levelset.proof.places import initials_after, is_region


def with_names(position: Position, title: str, company: str) -> Position:
    return dataclasses.replace(position, title=title, company=company)


def guesses(position: Position, single: bool = False) -> tuple[str, ...]:
    """What the reader decided without plain evidence, for the user to check."""
    found = []
    if not _lettered(position.company):
        found.append("no company found")
    elif role_score(position.title) == role_score(position.company):
        found.append(UNDECIDED)
    if not _lettered(position.title):
        found.append("no title found")
    once = single and position.start is not None and position.start == position.end
    if once and not position.current and not _plainly_a_job(position):
        found.append(ONE_DATE)
    return tuple(found)


ONE_DATE = "one date, not a range: check that this is a position, and when it began and ended"


def unfounded(position: Position, single: bool) -> bool:
    """An entry with one date and neither an employer nor a title that names a role or an
    organisation ("National Scholarship (top 3%) <tab> 2018"): nothing says it was a job, so
    it is not reported as one (its lines stay text)."""
    once = single and position.start is not None and position.start == position.end
    if not once or position.current or _lettered(position.company):
        return False
    return not names_role(position.title) and role_score(position.title) >= 0


def doubted(position: Position, single: bool) -> bool:
    """Two doubts at once: one date, not a range, and a title and company that no role word
    tells apart ("UCL | Business Analytics" over "2017"). Either alone is flagged for the user;
    both together are more often a degree, a course or an award than a job, so the entry's
    lines stay text rather than make a position up."""
    found = guesses(position, single)
    return ONE_DATE in found and UNDECIDED in found


def roleless(position: Position) -> bool:
    """An entry with no employer whose title names neither a role nor an organisation,
    whatever its dates ("Introductory Sociology (May-June 2020)" under a teaching post: the
    course taught): neither a title nor an employer says it was a job, so it is none."""
    if _lettered(position.company):
        return False
    return not names_role(position.title) and role_score(position.title) >= 0


def _plainly_a_job(position: Position) -> bool:
    """A title that names a role at a named employer ("Engineering Intern, Acme / Summer
    2016"): a short job, its one date as the résumé gives it. An entry dated once that names
    no role, or names an award, a course or a talk, may be no position at all."""
    named = (position.title, position.company)
    return names_role(position.title) and all(named) and not any(map(_NO_JOB.search, named))


_NO_JOB = compiled(
    r"\b(?:award(?:ed)?|prize|winner|finalist|scholarship|certified|certificate|certification|"
    r"course|degree|diploma|honou?rs?|dean'?s\s+list|publication|paper|talk|speaker|keynote|"
    r"hackathon|competition|olympiad|grant)\b",
    re.IGNORECASE,
)


def _lettered(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def no_job(position: Position) -> bool:
    """Dated lines that a reader would not take for a job, whatever section they stand in: a
    project, a hackathon or a certificate named as such ("BooksOverflow | Project"), a title
    that names no role and names an award, a course or a degree ("Winner, Hackathon"), or
    words of a sentence ("I have been building software")."""
    title, company = position.title.strip(), position.company.strip()
    if fragment_heading(position):
        return True  # a label, a line's tail, a section's name or a bullet: no heading
    if _ENTRY_KIND.fullmatch(title) or _BARE_KIND.fullmatch(company):
        return True  # "BooksOverflow | Project": the entry says what it is
    if _ENTRY_KIND.fullmatch(company) and not names_role(title):
        return True  # "Weather Station Rebuild, Personal Projects", not a developer's own work
    if _GRADE.search(title) or _GRADE.search(company):
        return True  # "B.Tech, CGPA 8.9": a course of study
    if _STUDY_FIRST.match(title) and not names_role(title.split()[-1]):
        return True  # "Certification in Data Science", not "Course Designer"
    if _WORK_FIRST.match(title) and not names_role(title):
        return True  # "Project on ranking", not "Project Management Intern"
    if _VENDOR_CERTIFIED.match(title):
        return True  # "AWS Certified Developer - Associate", not "Certified Nursing Assistant"
    if _PROJECT_NAMED.fullmatch(title) and not names_role(_SENIORITY.sub("", title)):
        return True  # "Senior Design Project", "Independent Projects": work of a kind, no role
    if _MODULE_LEVEL.search(title + " " + company) and not (
        names_role(title) or names_role(company)
    ):
        return True  # "Natural Language Processing (MSc), UCL": a module taught, at its level
    if done_sentence(title) and len(title.split()) >= 6:
        return True  # "Hosted weekly office hours, helping students ...": what was done
    if done_sentence(company) and (title[:1].islower() or not names_role(title)):
        return True  # the same sentence cut at its comma: its rest is no title
    if names_role(title) or not title:
        return False
    return bool(_NO_JOB.search(title) or (lower_case(title) and _SAID.search(title)))


# a course's level in brackets after its name: "(MSc)", "(BSc/MSc)", "(B.Sc.)", "(PhD)"
_MODULE_LEVEL = compiled(
    r"\((?:(?:B|M)\.?\s?(?:Sc|A|Eng|Tech|S)\.?|Ph\.?\s?D\.?|MBA|undergraduate|graduate|"
    r"postgraduate)(?:\s?/\s?(?:(?:B|M)\.?\s?(?:Sc|A|Eng|Tech|S)\.?|Ph\.?\s?D\.?))?\)"
)
_ENTRY_KIND = compiled(
    r"(?i:(?:personal|side|course|class|academic|capstone|research|group|team|open[- ]source|"
    r"university|school)\s+)?(?i:projects?|hackathons?|thesis|capstone|coursework|"
    r"certificat(?:e|ion)s?|awards?|publications?|competitions?)"
)
# a few words ending in "Project(s)": "Senior Design Project", "Independent Projects"
_PROJECT_NAMED = compiled(r"(?:[\w&/-]+\s+){1,3}(?i:projects?)")
_SENIORITY = compiled(r"(?i:\b(?:senior|junior|final[- ]year)\b)")
_GRADE = compiled(r"\b(?:C?GPA|grade point average)\b", re.IGNORECASE)


def names_grade(text: str) -> bool:
    """ "Brown University | Electrical Engineering Sc. B. | GPA: 3.9/4.0": a school's line."""
    return _GRADE.search(text) is not None


_SAID = compiled(r"\b(?:I|[Mm]y|[Ww]e|[Oo]ur|have|has|had|been|was|were|am)\b")
_BARE_KIND = compiled(r"(?i:projects?|hackathons?|thesis|capstone|coursework|awards?)")
_STUDY_FIRST = compiled(r"(?i:certificat\w*|course(?:work)?|degree|diploma)\b")
_VENDOR_CERTIFIED = compiled(r"\S+(?: \S+){0,2} (?i:certified)\b")  # a vendor's name first
_WORK_FIRST = compiled(r"(?i:project|award|prize|scholarship|hackathon|competition)s?\b")


def named(position: Position) -> bool:
    """A position's evidence besides its dates: a title or a company with a letter in it (a
    date line under "." or "-" names nothing, and is no position)."""
    return _lettered(position.title) or _lettered(position.company)


def named_below(header: Position, label: str, beside: str = "") -> bool:
    """ "Staff Engineer, Payments" over "Paystack   Lagos": the comma was inside the title, and
    the company is the line below (with its place beside it), not a place or a team."""
    title, company = header.title, header.company
    if not company or role_score(company) != 0 or role_score(title) <= 0:
        return False
    place = is_location(label) or (looks_like_place(label) and not beside)
    if not header.label.endswith(company) or place:
        return False
    if len(label.split()) > 5 or any(c.isdigit() for c in label) or not label[:1].isupper():
        return False  # a line of the description, not a name
    return role_score(label) <= 0 and not _TEAM_WORD.search(label) and not _team(label)


_TEAM_WORD = compiled(r"\b(?:team|group|squad|division|department|unit)\b", re.IGNORECASE)
# a product area that names a team under "Title, Company", not an employer
_AREAS = {
    "ads", "search", "payments", "growth", "ranking", "infrastructure", "platform", "security",
    "fraud", "risk", "checkout", "billing", "maps", "mobile", "web", "recommendations",
    "personalization", "personalisation", "trust", "safety", "identity", "messaging", "feed",
}  # fmt: skip


_SCHOOL = compiled(r"\b(?:universit\w*|college|institute|school)\b", re.IGNORECASE)


_DIVISIONS = {
    "research", "consulting", "advisory", "labs", "cloud", "services", "digital", "technology",
    "engineering", "health", "retail", "analytics", "data", "ai", "ml", "software", "stealth",
}  # fmt: skip


def employer_city(text: str, titled: bool = False) -> tuple[str, str]:
    """ "Flipkart, Bengaluru": an employer and its city, where the line is a name and a city:
    one word, or two opening like a city's ("San Francisco"), or a place the reader knows.
    "IBM, Research" and "Microsoft, Azure ML" name a division; "University of California, San
    Francisco" is one name, its campus no place of work."""
    name, place = company_place(text)
    if not place:
        name, place = _named_by_field(text)
    if not place or _SCHOOL.search(name) or not (city_name(place) or (titled and _pair(place))):
        return text.strip(), ""
    return name, place


_LATIN_WORDS = compiled(r"[A-Za-z]+")


def division_like(text: str) -> bool:
    """ "AI/ML Platforms", "Data Platform": a product area, not an employer ("H&M Group" is
    one: a group is a kind of firm here)."""
    words = {w.casefold().removesuffix("s") for w in _LATIN_WORDS.findall(text)}
    return bool(words & {w.removesuffix("s") for w in _AREAS | _DIVISIONS})


def _pair(place: str) -> bool:
    """ "Buenos Aires" between an employer's comma and its title's dash: a two-word city the
    reader knows, that names no division or area ("Azure ML", "Corporate Banking")."""
    words = place.split()
    plain = not {w.casefold() for w in words} & (_DIVISIONS | _AREAS)
    return len(words) == 2 and plain and looks_like_place(place) and is_city(place)


def barred_city(company: str) -> tuple[str, str]:
    """ "Shopify | Toronto": an employer and its city set apart by a bar."""
    name, _, city = company.rpartition(" | ")
    if not name or role_score(name) > 0 or not city_name(city):
        return company, ""
    return name.strip(), city.strip()


def _named_by_field(text: str) -> tuple[str, str]:
    """ "ST Engineering, Singapore": a name whose only role word is a field ("Engineering",
    "Research") is still a name, and the part after its comma may be its city."""
    name, _, place = text.rpartition(",")
    fields = " ".join(w for w in name.split() if w.casefold() not in _DIVISIONS)
    if not name.strip() or role_score(name) <= 0 or role_score(fields) > 0:
        return text.strip(), ""
    return name.strip(), place.strip()


def city_name(place: str) -> bool:
    """ "Bengaluru", "San Francisco", "Austin, TX": a city, not a division ("Research")."""
    words = place.casefold().split()
    if len(words) == 1:
        return words[0] not in _DIVISIONS | _AREAS and looks_like_place(place)
    return is_city(place) or is_location(place)


_TERMS = compiled(
    r"\((?:fully\s+)?(?:remote|hybrid|on-?site|contract\w*|freelance|part-time|full-time|"
    r"temporary|internship|acquired[^()]*|formerly[^()]*|now[^()]*|via[^()]*)\)",
    re.IGNORECASE,
)


_LABEL_WORDS = compiled(r"[^\W\d_][\w&'-]*")
_LOWER_REMARK = compiled(r"\([a-z][^()]*\)")


def _team(label: str) -> bool:
    """ "Radar (fraud)", "Home feed ranking", "Ads": a team or product area, not a name (a
    bracketed word in lower case, words after the first in lower case, or a known area); a
    bracket of the work's terms ("Paystack (remote)") says nothing of it."""
    label = _TERMS.sub("", label).strip()
    words = _LABEL_WORDS.findall(label)
    if _LOWER_REMARK.search(label) or label.casefold() in _AREAS:
        return True
    return len(words) >= 2 and all(w.islower() for w in words[1:])


_GENERIC = {"architecture", "integration", "stream", "video", "media", "solutions", "systems"}


_NAME_WORDS = compiled(r"[^\W\d_][\w'-]*")


def team_named(company: str) -> bool:
    """ "Platform Services Team", "Cloud & Integration Architecture": after a role's comma or
    dash, a team or a field named in generic words only, not an employer ("Acme Analytics")."""
    words = [w.casefold() for w in _NAME_WORDS.findall(company)]
    words = [w for w in words if w != "and"]
    if not words or _SCHOOL.search(company):
        return False
    generic = _AREAS | _DIVISIONS | _GENERIC
    if words[-1] in {"team", "squad"}:  # not "Radio Africa Group": a group is a firm
        return True
    return all(w.removesuffix("s") in generic or w in generic for w in words)


def company_follows(following: Line | None, after: Line | None) -> bool:
    """The line under a title's dates names its company: a short label over the entry's text."""
    if following is None or is_bullet(following.text) or span_of(following):
        return False
    if is_location(following.text) or not _short_label(following.text):
        return False
    return after is None or is_bullet(after.text) or not _short_label(after.text)


def comma_named(label: str, following: Line | None) -> tuple[str, str] | tuple[()]:
    """ "Software Engineer, Acme Corp" under its dates with no name line below it: the title
    before the one comma, the employer after it (no team, division or town: "Staff Engineer,
    Payments" over "Acme Corp" keeps its comma)."""
    if label.count(",") != 1 or company_follows(following, None):
        return ()
    title, company = (part.strip() for part in label.split(","))
    if not title or not company or role_score(title) <= 0 or role_score(company) > 0:
        return ()
    initials = initials_after(f"{title}, {company}")  # "Instructor, UCB": a school, no state
    known_place = is_city(company) or is_location(company) or (is_region(company) and not initials)
    if team_named(company) or division_like(company) or known_place:
        return ()
    return title, company


def titled_by(label: str, first: bool) -> bool:
    """A line under a company that names no organisation: the title ("Law Clerk"), not the
    school or court it sits in; a lone word ("Répétiteur") only right under the company."""
    if label.startswith("(") or role_score(label) < 0:
        return False  # "(formerly Kellogg, Huber...)": a note on the name above
    if not first and activity(label):
        return False  # "REST APIs Development in Backend" a line further down: what was done
    return role_score(label) > 0 or first or not looks_like_place(label)


def activity(text: str) -> bool:
    """ "REST APIs Development in Backend", "Developing advanced RAG chatbots": a line on the
    work done, not a title."""
    found = _ACTIVITY.search(text)
    if found is not None:
        return not names_role(text[: found.start()])  # not "Head of Development for EMEA"
    words = text.split()
    if not words or names_role(words[-1]) or role_score(text) < 0:
        return False  # "Developed Markets Analyst": a name, not work done
    return bool(_DONE.match(text))


# a line that opens with a verb of the past: what was done ("Built", "Led"), no name
_DONE = compiled(
    r"(?:Built|Led|Developed|Designed|Created|Implemented|Launched|Delivered|Improved|Reduced|"
    r"Increased|Wrote|Ran|Won|Drove|Grew|Established|Migrated|Deployed|Optimi[sz]ed"
    r"|Building|Developing|Designing|Implementing|Creating)\s"
)


_ACTIVITY = compiled(
    r"(?i:\b(?:development|implementation|integration|design)\s+(?:in|of|for|with|on)\b)"
)


def before_dashed_place(text: str) -> str:
    """ "Rokt - Sydney Australia", "Leadbook - Singapore": an employer, a spaced dash and its
    town (and country) is the employer alone; any other name stays whole."""
    found = _DASHED_NAME.fullmatch(text.strip())
    if found is None or role_score(found["name"]) > 0:
        return text
    place = found["place"]
    words = place.split()
    placed = is_location(place) or is_city(place) or is_region(place)
    return found["name"] if placed or (len(words) <= 3 and is_region(words[-1])) else text


_DASHED_NAME = compiled(r"(?P<name>[^–—-]+?)\s+[–—-]\s+(?P<place>[^–—-]+)")


_STREET = compiled(r"\s*\d+[A-Za-z]?(?:/\d+)*,")  # "1, Orion Towers", "286/7/11, Chilaw Road"


def street_cut(company: str, place: str) -> tuple[str, str]:
    """ "IFS R&D |1, Orion Towers, 752, Dr. Dannister De Silva Mawatha, Colombo 9": the employer
    before the bar, its street address after it, the town last (any other name stays whole)."""
    name, _, address = company.partition("|")
    if not _STREET.match(address):
        return company, place
    return name.strip(), place or address.rsplit(",", 1)[1].strip()
