"""Readings a title's other words forbid: a bare job word read outside tech whose field, a
tech one, follows ("Senior Advisor, IT Network"), and a bare engineer followed by an engineering
no tech role names ("Staff Engineer Equipment Engineering")."""

from __future__ import annotations

from levelset.market.roles import Fetcher, RoleMatch, match_curated
from levelset.market.title_clean import clean_title


def bare_job_of_tech(text: str, part: str, found: RoleMatch) -> bool:
    """Whether an opening read outside tech is a bare job word, or a job O*NET files under
    several occupations none of them tech's, whose field, a tech one, follows: "Senior Advisor,
    IT Network" is no O*NET "Advisor" (a counsellor), "Consulting Engineer, Data Center" no
    civil engineer."""
    several = len(found.socs) > 1 and len(found.outside_tech) == len(found.socs)
    if found.outside_tech == () or not (len(clean_title(part).core.split()) == 1 or several):
        return False
    rest = clean_title(text.replace(part, " ", 1)).core.split()
    return bool(set(rest) & _TECH_FIELDS)


def other_engineering(text: str, part: str) -> bool:
    """Whether a bare engineer ("Staff Engineer") is followed by an engineering no tech role
    names: "Staff Engineer Equipment Engineering" is an equipment engineer, no software one,
    and "Principal Engineer (Mechanical Rotating)" or "Staff Engineer - Electrical" another
    trade's engineer."""
    job = clean_title(part).core
    if job in RESEARCH_JOBS:  # "Research Scientist – Chemistry" does no ML research
        rest = clean_title(text.replace(part, " ", 1)).core.split()
        return other_science(rest)
    if job != "engineer" and job not in _EVERY_TRADES_JOBS:
        return False
    rest = clean_title(text.replace(part, " ", 1)).core.split()
    if rest[:1] and (rest[0] in _other_trade() or rest[0] in _OFFSHORE):
        return True  # "Oil Platform Engineer", "Infrastructure Engineer - Civil"
    if job != "engineer":
        return False
    if rest[-1:] != ["engineering"] or len(rest) < 2:
        return False
    return match_curated(" ".join([*rest[:-1], "engineer"])) is None


# jobs every engineering names: civil infrastructure, mechanical reliability, oil platforms
_EVERY_TRADES_JOBS = frozenset(
    ("reliability engineer", "infrastructure engineer", "platform engineer")
)
# research jobs the map reads as ML research, unless another science follows them
RESEARCH_JOBS = frozenset(("research scientist", "research engineer", "applied scientist"))
# sciences of matter and life, and energy's engineering, whose researchers are not tech's
# ("Research Engineer for Advanced Energy Systems Integration", "Research Scientist, Photonics")
_SCIENCES = frozenset((
    "physics", "geology", "geoscience", "neuroscience", "immunology", "oncology", "toxicology",
    "agronomy", "ecology", "biochemistry", "microbiology", "energy", "nuclear", "photonics",
    "optics", "combustion", "geothermal", "hydrogen",
))  # fmt: skip


def other_science(words: list[str]) -> bool:
    """Whether words after a research job name a science of matter, life or health or another
    trade, and no computing ("Organic Chemistry" does; "Medical Imaging AI" does not)."""
    from levelset.market.title_words import _OTHER_SCIENCES

    if not words or set(words) & _COMPUTING:
        return False
    return bool(set(words) & (_SCIENCES | _OTHER_SCIENCES | _other_trade()))


# words of computing that make a science's research tech's ("Clinical AI", "Computational")
_COMPUTING = frozenset((
    "ai", "ml", "machine", "llm", "llms", "nlp", "genai", "deep", "neural", "computer",
    "computational", "data", "software", "algorithms", "models", "modeling", "imaging",
))  # fmt: skip


def first_field_of_trade(before: list[str]) -> bool:
    """Whether the first of two fields joined before a role's name is another trade's: of fields
    joined before one job word the first is the job's, so "Advanced Process Control & Analytics
    Engineer" is a process control engineer and "Mechanical and Data Engineer" a mechanical one
    (never "Software & Data Engineer")."""
    if "and" not in before:
        return False
    first = before[: before.index("and")]
    return bool(set(first) & _other_trade()) and not set(first) & _COMPUTING


def first_field_job(text: str, core: str, store: Fetcher) -> RoleMatch | None:
    """The O*NET job of the first of two fields joined before one job word, when the first is
    another trade's ("Mechanical and Data Engineer" is a mechanical engineer); None when O*NET
    has no such title."""
    from levelset.market.onet_titles import exact_onet
    from levelset.market.roles import read_as
    from levelset.market.title_it_fields import first_joined

    for part in first_joined(core):
        found = exact_onet(part, store)
        if found is not None:
            why = f"{found.why} (read from {text!r} as {part!r}: the first field it joins)"
            return read_as(found, text, why, clean_title(text).level_words)
    return None


# the platforms of oil and gas, whose engineers are petroleum and structural engineers
_OFFSHORE = frozenset(("offshore", "drilling", "rig", "subsea"))


def _other_trade() -> frozenset[str]:
    from levelset.market.title_tech import _OTHER_TRADE

    return _OTHER_TRADE


# words that make the field after a bare job word a tech one
_TECH_FIELDS = frozenset((
    "it", "ict", "information", "technology", "network", "networks", "software", "data",
    "cloud", "cyber", "cybersecurity", "systems", "computer", "computing", "digital", "devops",
    "networking",
))  # fmt: skip
