"""Readings a title's other words forbid: a bare job word read outside tech whose field, a
tech one, follows ("Senior Advisor, IT Network"), and a bare engineer followed by an engineering
no tech role names ("Staff Engineer Equipment Engineering")."""

from __future__ import annotations

from levelset.market.roles import Fetcher, RoleMatch, match_curated
from levelset.market.title_clean import clean_title
from levelset.patterns import compiled


def bare_job_of_tech(text: str, part: str, found: RoleMatch) -> bool:
    """Whether an opening read outside tech is a bare job word, or a job O*NET files under
    several occupations none of them tech's, whose field, a tech one, follows: "Senior Advisor,
    IT Network" is no O*NET "Advisor" (a counsellor), "Consulting Engineer, Data Center" no
    civil engineer."""
    if department_job(text) == part:
        return False  # "Account Manager, Software Engineering": the job in that department
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


def department_job(text: str) -> str | None:
    """The job a posting names before a department, "<field> Engineering" after a comma or a
    dash, when that job is neither an engineer's nor a bare word that takes the department as
    its field: "Account Manager, Software Engineering" is an account manager and "Recruiter,
    Machine Learning Engineering" a recruiter, never the field's engineer ("Analyst, Data
    Engineering" and "Director, Data Engineering" are not department jobs); None otherwise."""
    head, _, rest = _cut(text)
    field = clean_title(rest).core.split()
    if len(field) < 2 or field[-1] != "engineering":
        return None
    words = clean_title(head).core.split()
    if not words or words[-1] not in _department_jobs() or set(words) & _TECH_HEADS:
        return None
    ranked = [w for w in words if w not in _UNDER_RANKS]
    if len(ranked) == 1 and ranked[0] in _FIELD_TAKERS:
        return None  # "Analyst, Data Engineering": a bank's rank in the department's field
    return head


def _cut(text: str) -> tuple[str, str, str]:
    """(before, separator, after) at a title's first comma or spaced dash or bar; the part after
    ends at the next separator or bracket."""
    found = _DEPARTMENT_CUT.search(text)
    if found is None:
        return text, "", ""
    rest = _DEPARTMENT_END.split(text[found.end() :], maxsplit=1)[0]
    return text[: found.start()].strip(), found.group(0), rest.strip()


def _department_jobs() -> frozenset[str]:
    from levelset.market.title_words import JOB_NOUNS

    return JOB_NOUNS | {"partner", "recruiter", "sourcer", "generalist", "master"}


# where a department after the job begins, and where it ends
_DEPARTMENT_CUT = compiled(r",|\s+[-–—|]\s+")
_DEPARTMENT_END = compiled(r"[,(\[|–—]|\s-\s")
# bare job words that take the department after them as their field ("Director, Data
# Engineering" heads it; "Consultant, Data Engineering" does it); and the builders' jobs
_FIELD_TAKERS = frozenset((
    "engineer", "developer", "architect", "programmer", "scientist", "researcher", "analyst",
    "specialist", "consultant", "advisor", "adviser", "associate", "expert", "intern", "lead",
    "officer", "administrator", "technician", "manager", "director", "head", "vp", "designer",
))  # fmt: skip
# the ranks under or beside a head: an "Assistant Manager, Data Engineering" manages it
_UNDER_RANKS = frozenset(("assistant", "associate", "deputy", "acting", "general", "group"))
# words of a job that is an engineer's or a tech lead's already ("Engineering Manager",
# "Technical Program Manager", "Product Manager"): read elsewhere
_TECH_HEADS = frozenset((
    "engineering", "engineer", "engineers", "developer", "technical", "tech", "product",
    "software", "data", "it", "ml", "ai", "cloud", "platform", "infrastructure", "security",
    "systems", "devops", "machine", "learning",
))  # fmt: skip
