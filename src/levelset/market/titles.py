"""A job title's role: the curated map of tech roles first, else O*NET's titles in the store."""

from __future__ import annotations

import re
from functools import lru_cache

from levelset.errors import AmbiguousValue, UnknownValue
from levelset.market.roles import (
    Fetcher,
    RoleMatch,
    curated_names,
    match_curated,
    read_as,
)
from levelset.market.title_forms import posting_form
from levelset.market.title_onet import onet_role
from levelset.patterns import compiled


def resolve_role(text: str, store: Fetcher) -> RoleMatch:
    """A title's role: curated map first, else O*NET titles from the store.

    Raises UnknownValue with the closest titles when neither knows it.
    """
    text = posting_form(text)  # "SeniorSoftware Engineer", "E6, Machine Learning", quotes...
    if not text:
        raise UnknownValue("title", text, curated_names()[:5])
    from levelset.market.federal_titles import without_hiring_program
    from levelset.market.title_onet_leads import led_work
    from levelset.market.title_tech import inverted_reading, tech_reading

    program = without_hiring_program(text.strip())
    if program is not None:
        from dataclasses import replace

        job = resolve_role(program, store)
        why = f"{job.why} (read from {text.strip()!r}: a hiring program for recent graduates)"
        return replace(job, text=text.strip(), why=why, level_hint="entry")
    if function_program(text.strip()):  # hires into that function, whatever the job's words
        raise UnknownValue("title", text.strip())
    found = led_work(text.strip(), store) or tech_reading(text.strip(), store)
    found = found or inverted_reading(text.strip(), store) or _stack_specialty(text.strip())
    found = found or _job_before_bracket(text.strip(), store)
    found = found or _resolve_cached(text.strip()) or _in_english(text.strip())
    found = found or _software_layer(text.strip()) or _intern_of_work(text.strip(), store)
    if found is not None:
        return found
    from levelset.market.bare_titles import ask_field, ask_if_bare
    from levelset.market.memo import per_store

    ask_if_bare(text.strip())  # "Scientist", "Sr. Architect", "Manager": asked which
    fetcher = store
    key = ("onet_role", text.strip())
    try:
        return per_store(
            store, key, lambda: _as_software_engineer(ask_field(onet_role(text.strip(), fetcher)))
        )
    except AmbiguousValue:
        raise
    except UnknownValue:
        found = _ai_abbreviated(text.strip(), store)
        if found is None:
            raise
        return found


# "artificial intelligence" written out, which the map's names write "AI"
_AI_SPELLED = compiled(r"\bartificial[\s-]+intelligence\b", re.I)


def _ai_abbreviated(text: str, store: Fetcher) -> RoleMatch | None:
    """A title no reading knows with "Artificial Intelligence" written out, read with "AI"
    ("MLops Artificial Intelligence Developer Analyst" as "MLops AI Developer Analyst"), and
    with a leading "Agency" set aside when that reads it in tech; None otherwise."""
    short = _AI_SPELLED.sub("AI", text)
    # "Agency" before the job is the employer's ("Senior Agency AI Data Expert"), taken in tech
    plain = _AGENCY.sub(r"\1", short)
    for form, how, tech_only in (
        (short, "'Artificial Intelligence' written 'AI'", False),
        (plain, "the agency that employs set aside", True),
    ):
        if form == text or (tech_only and form == short):
            continue
        try:
            found = resolve_role(form, store)
        except UnknownValue:
            continue
        if tech_only and found.outside_tech:
            continue
        return read_as(found, text, f"{found.why} (read from {text!r} with {how})", ())
    return None


# the employer's word before a job, after level words: "Senior Agency AI Data Expert"
_AGENCY = compiled(r"^((?:(?:senior|sr\.?|junior|jr\.?|lead|principal|chief)\s+)*)agency\s+", re.I)


# a company's hiring program named after a function, ending its segment: "... – Entry Level Sales
# Program 2025", "(Marketing Rotational Programme)"; never a job ("Sales Program Manager")
_FUNCTION_PROGRAM = compiled(
    r"\b([a-z]+)(?:\s+(?:development|rotational|graduate|associate|leadership|training|"
    r"internship|intern|early career|academy))?\s+program(?:me)?s?\b"
    r"(?=\s*(?:\d{4})?\s*(?:$|[-–—,)|]))",
    re.I,
)


def function_program(text: str) -> bool:
    """Whether a title names a hiring program of a business function outside tech (sales,
    marketing, finance...): the program hires into that function, so "AI Specialist Intern –
    Entry Level Sales Program 2025" is a sales job, never the map's ML engineer."""
    from levelset.market.title_words import BUSINESS_FUNCTIONS

    return any(
        found.group(1).lower() in BUSINESS_FUNCTIONS for found in _FUNCTION_PROGRAM.finditer(text)
    )


# the one SOC of levelset's software engineer (curated/roles.yaml)
SOFTWARE_DEVELOPERS = "15-1252"


def _as_software_engineer(found: RoleMatch) -> RoleMatch:
    """An O*NET title filed only under software developers ("Python Developer") is the map's
    software engineer, whose range is that one occupation's, with the crowd's titles beside."""
    from dataclasses import replace

    from levelset.market.roles import curated_role

    if found.source != "onet" or found.soc_codes != (SOFTWARE_DEVELOPERS,):
        return found
    why = f"{found.why}; O*NET files it only under software developers, the occupation of "
    role = curated_role("software_engineer", found.text, "", stripped=True)
    return replace(role, why=why + role.label, level_hint=found.level_hint or role.level_hint)


def _in_english(text: str) -> RoleMatch | None:
    """The curated role of the title read in English ("un·e développeur·se" is a developer)."""
    from dataclasses import replace

    from levelset.market.title_language import english_readings

    for reading in english_readings(text):
        found = _resolve_cached(reading)
        if found is not None:
            why = f"{found.why} (read from {text!r} in English as {reading!r})"
            return replace(found, text=text, why=why)
    return None


@lru_cache(maxsize=2048)
def _resolve_cached(text: str) -> RoleMatch | None:
    return match_curated(text)


def _software_layer(text: str) -> RoleMatch | None:
    """ "Fullstack Python/React": a layer of software and its tools name its developer."""
    from levelset.market.roles import curated_role
    from levelset.market.title_clean import clean_title
    from levelset.market.title_tools import software_layer

    layer = software_layer(clean_title(text).core)
    if layer is None:
        return None
    why = f"{text!r} names only {layer!r} software and its tools: their developer, "
    why += "a Software Engineer"
    return curated_role("software_engineer", text, why)


# the work an intern learns, named by what it does, and the worker who does it
_WORKERS = {"design": "designer", "development": "developer", "analysis": "analyst"}


def _intern_of_work(text: str, store: Fetcher) -> RoleMatch | None:
    """ "Web Design Intern", "Internship - Data Analysis": an intern of a work named by what it
    does is an intern of the worker who does it ("Web Designer"), at the entry level."""
    from dataclasses import replace

    from levelset.errors import LevelsetError
    from levelset.market.title_clean import clean_title

    clean = clean_title(text)
    words = clean.core.split()
    if "intern" not in clean.level_words or len(words) < 2 or words[-1] not in _WORKERS:
        return None
    worker = " ".join([*words[:-1], _WORKERS[words[-1]]])
    try:
        found = resolve_role(f"{worker} intern", store)
    except LevelsetError:
        return None
    why = f"{found.why} (read from {text!r}: an intern of {clean.core!r} learns a {worker}'s work)"
    return replace(found, text=text, why=why)


# a title's last bracket and the words before it: "Data Analyst (Machine Learning Specialist)"
_LAST_BRACKET = compiled(r"^([^()]*\S)\s*\(([^()]*)\)\s*$")
# the words that end OPM's series titles, named in full by the specialty in their bracket ("IT
# Specialist (Data Scientist)", "Computer Specialist (...)"), and OPM's openings of them
_SERIES_JOBS = frozenset(("specialist", "officer", "intern", "trainee", "student"))
_SERIES_OPENING = compiled(
    r"^\s*(?:(?:chief|supervisory|supv\.?|supervising)\s+)*(?:it|i\.t\.?|information\s+technology)\b",
    re.I,
)


def _job_before_bracket(text: str, store: Fetcher) -> RoleMatch | None:
    """ "Data Analyst (Machine Learning Specialist)": a complete job title O*NET lists before a
    last bracket that names another job is the title's job, the bracket a remark on it (a
    specialty or the employer's in-house name); an OPM series title before its bracket
    ("IT Specialist (Data Scientist)") names its job in the bracket and is not read here."""
    from levelset.market.onet_titles import exact_onet
    from levelset.market.title_clean import clean_title

    split = _LAST_BRACKET.match(text)
    if split is None or match_curated(split.group(2)) is None:
        return None
    head = split.group(1)
    core = clean_title(head).core
    if len(core.split()) < 2 or core.split()[-1] in _SERIES_JOBS or _SERIES_OPENING.match(head):
        return None
    found = match_curated(head) or exact_onet(head, store)
    if found is None:
        return None
    why = f"{found.why} (read from {text!r}: the job named before the bracket, whose "
    why += f"{split.group(2)!r} is a remark on it)"
    return read_as(found, text, why, clean_title(text).level_words)


# the builders a generic job's specialty may name: "(Machine Learning)", "(Software)", ", Java"
_BUILDERS = ("software_engineer", "ml_engineer", "data_engineer", "mlops_engineer")
_BARE_BUILDERS = ("engineer", "developer", "programmer")


def _stack_specialty(text: str) -> RoleMatch | None:
    """ "Application Engineer, SAP/Java", "Development Engineer (Machine Learning)": a generic
    job whose specialty names a software stack or a builder's field is that builder, at the
    title's level."""
    from dataclasses import replace

    from levelset.market.title_clean import clean_title
    from levelset.market.title_tools import SOFTWARE_STACKS, builder_head, builder_specialty
    from levelset.market.title_words import ml_field_opening

    field = builder_specialty(text)
    if field is None:
        return None
    stack = field in SOFTWARE_STACKS or field == "software"
    found = match_curated("software engineer" if stack else f"{field} engineer")
    if found is None and ml_field_opening(field) and builder_head(text) in _BARE_BUILDERS:
        # "Senior Engineer - Generative AI Products": an ML field no known name ends in, after a
        # builder of no trade ("Design Engineer, Algorithms" may design circuits)
        found = match_curated("machine learning engineer")
    if found is None or found.key not in _BUILDERS:
        return None
    why = f"{text!r} names a generic job and then {field!r}, what it builds: {found.label}"
    return read_as(replace(found, text=text), text, why, clean_title(text).level_words)
