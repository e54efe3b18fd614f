"""A title's qualifying words: the readings of a title without one word that qualifies its job
("Security Compliance Architect" is a security architect), and the words never set aside so,
because they say what the job does ("Web Marketing Director", "Data Entry Analyst")."""

from __future__ import annotations

from levelset.market.title_words import (
    _OTHER_SCIENCES,
    BUSINESS_FUNCTIONS,
    JOB_NOUNS,
    ML_FIELDS,
    TESTING,
)

# the fields whose tester tests software: O*NET's software tester (15-1253), never the field's
# engineer ("Algorithm Validation Engineer", "Software Verification Engineer")
_TESTED = frozenset((*ML_FIELDS, "software"))

# words that say where a job runs, not what it works on: "Cloud Database Engineer" is a
# database engineer on a cloud, while "Data Quality Engineer" is a data engineer
_SETTINGS = ("cloud", "enterprise", "hybrid")


def without_one_word(core: str) -> list[str]:
    """A title of three words or more without one word that qualifies the job: its inner words
    left to right ("Security Compliance Architect" -> "Security Architect"; "Data and Analytics
    Specialist" -> "Data Analytics Specialist"), then its first ("Cloud Database Administrator"
    -> "Database Administrator"); the first word first when it only says where the job runs
    ("Cloud Database Engineer" -> "Database Engineer")."""
    words = core.split()
    if len(words) < 3:
        return []
    inner = list(range(1, len(words) - 1))
    order = [0, *inner] if words[0] in _SETTINGS else [*inner, 0]
    # a function outside tech is what the job does: "Web Marketing Director" is no web director
    # nor is the job word itself: "Content Developer Data Science" is no data scientist
    # nor "new", which names a trade's job: "New Product Engineer" (NPI), "New Business Manager"
    if words[-2] in TESTING and words[-1] == "engineer" and _tested(" ".join(words[:-2])):
        return ["software test engineer"]
    # nor a word of testing ("ETL Test Analyst" tests, no ETL analyst) or of a science
    # ("Research Engineer for Advanced Energy Systems Integration" is no ML researcher)
    from levelset.market.trade_guards import _SCIENCES

    kept = BUSINESS_FUNCTIONS | JOB_NOUNS | _OTHER_SCIENCES | _SCIENCES | TESTING | {"new"}
    # but "consulting" right before an engineer or architect says how the job works: "Security
    # Consulting Engineer" is a security engineer who consults
    consults = words[-2] == "consulting" and words[-1] in _CONSULTING_JOBS
    order = [i for i in order if words[i] not in kept or (consults and i == len(words) - 2)]
    # nor the "entry" of "data entry", which is the job: "Data Entry Analyst" is no data analyst
    order = [i for i in order if words[i - 1 : i + 1] != ["data", "entry"]]
    # nor the "operations" of "operations research", a field of its own (O*NET's 15-2031)
    order = [i for i in order if words[i : i + 2] != ["operations", "research"]]
    return [" ".join(words[:i] + words[i + 1 :]) for i in order]


_CONSULTING_JOBS = frozenset(("engineer", "architect"))


def without_two_words(core: str) -> list[str]:
    """A title of four words or more that opens with where its job runs (a cloud, a language)
    without two inner words side by side that qualify its job, each one a word the one-word
    readings may set aside ("Cloud Identity Orchestration Engineer" -> "Cloud Engineer"), left
    to right; never a title opening with a field ("Data Centre Ops Engineer" is no data
    engineer, "Software Field Service Engineer" no software engineer)."""
    from levelset.market.title_tools import SOFTWARE_STACKS

    words = core.split()
    if len(words) < 4 or (words[0] not in _SETTINGS and words[0] not in SOFTWARE_STACKS):
        return []
    loose = {i for i in range(1, len(words) - 1) if _set_aside_alone(words, i)}
    pairs = [i for i in range(1, len(words) - 2) if {i, i + 1} <= loose]
    return [" ".join(words[:i] + words[i + 2 :]) for i in pairs]


def _set_aside_alone(words: list[str], i: int) -> bool:
    """Whether the one-word readings may set words[i] aside."""
    return " ".join(words[:i] + words[i + 1 :]) in without_one_word(" ".join(words))


def _tested(field: str) -> bool:
    """Whether a tester of the field tests software: an ML field, software, or the field of a
    name of the map's ML engineer ("Perception Test Engineer": "perception engineer" is one)."""
    from levelset.market.roles import _aliases

    return field in _TESTED or _aliases().get(f"{field} engineer") == "ml_engineer"
