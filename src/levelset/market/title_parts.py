"""The parts of a posting's title tried as its job: the title without its office prefix, pay
grade and remarks ("Login.gov - Application Engineer (IT Specialist)", "18F: Engineering
Director GS15"), its opening before a separator or a comma, the jobs a slash or "and" lists, and
its endings."""

from __future__ import annotations

import re

from levelset.market.title_tools import (
    BI_TOOLS,
    DATA_STORES,
    DATA_TOOLS,
    PLATFORM_TOOLS,
    SOFTWARE_STACKS,
)
from levelset.market.title_words import (
    _LINKS,
    _OTHER_SCIENCES,
    JOB_NOUNS,
    ML_FIELDS,
    ROLE_WORDS,
)
from levelset.patterns import compiled

# US federal grades ("GS-13"), and the Canadian public service's group and level ("IT-03",
# "EC-05", "CS-02") that its postings put before or after the job
_GRADE = compiled(
    r"\b(?:GS|GG)-?\d{1,2}(?:\s+(?:and|to|-|/)\s+(?:GS|GG)-?\d{1,2})?\b"
    r"|\b(?:IT|CS|EC|AS|PM|CO|EX|FI|PE|CR|EG)-0\d\b",
    re.I,
)
_PARENS = compiled(r"\([^)]*\)")
_PREFIX = compiled(r"\s+[-–—|]\s+|:\s+")

# a federal posting's remarks: a requisition number, the pay plan, series and grade, the position
# description, the hiring authority ("Data Scientist- Direct Hire (6 Month Roster)")
_REMARKS = compiled(
    r"#\s?\d+\b|\b[A-Z]{2}-\d{4}-\d{1,2}(?:/\d{1,2})*\b|\bPD\s+\d+\w*(?:/\d+\w*)*"
    r"|\bpublic notice(?: flyer)?(?: for)?\b|\bdirect[- ]hire(?: authority)?\b|(?<=\w)-DE\b",
    re.I,
)


def posting_tails(text: str) -> list[str]:
    """The title without pay grades, remarks and parentheses, then each part after an office
    prefix (an office code with no separator too: "18F Product Manager", "Login.gov Product
    Manager")."""
    plain = _GRADE.sub(" ", _REMARKS.sub(" ", _PARENS.sub(" ", text)))
    plain = " ".join(plain.split()).strip(" -–—:|,")
    parts = _PREFIX.split(plain)
    tails = [plain] if plain != text.strip() else []
    tails += [" - ".join(parts[i:]) for i in range(1, len(parts))]
    tails += [t for t in (_without_office(p) for p in [plain, *tails]) if t]
    return list(dict.fromkeys(t for t in tails if t and t != text.strip()))


# an office code: a name with a dot (login.gov), letters with digits (18F), or capitals (TTS)
_OFFICE = compiled(r"(?:[\w-]+\.(?:gov|com|org|io)|\d+[A-Za-z]+|[A-Za-z]+\d+|[A-Z]{3,5})[:]?")
_OFFICE_LOWER = compiled(r"(?:[\w-]+\.(?:gov|com|org|io)|\d+[A-Za-z]+|[A-Za-z]+\d+)[:]?")


# initials of a trade's machines or methods, never an office: "CNC Programmer" programs machine
# tools (O*NET 51-9162), no software
_TRADE_INITIALS = frozenset(("cnc", "plc", "hvac", "cad", "cam", "mep", "ndt", "smt", "pcb", "bim"))
# a tool's or language's name in capitals is what the job works with, never an office: "SQL
# Developer", "PHP Developer", "AWS Engineer"
_TOOL_NAMES = frozenset((*DATA_STORES, *DATA_TOOLS, *BI_TOOLS, *SOFTWARE_STACKS, *PLATFORM_TOOLS))


def _without_office(text: str) -> str | None:
    """`text` without the office codes that open it, or None when none does."""
    from levelset.market.curated import load

    known = {str(w) for w in load("roles")["abbreviations"]} | set(ML_FIELDS) | _TOOL_NAMES
    words = text.split()
    # a title written in capitals has no office code in capitals ("POGO PIN SALES ENGINEER")
    office = _OFFICE_LOWER if text == text.upper() else _OFFICE
    start = 0
    while start < len(words) - 1 and office.fullmatch(words[start]):
        if words[start].lower().rstrip(":") in known | _TRADE_INITIALS:
            break
        start += 1
    return " ".join(words[start:]) if start else None


def leading_titles(text: str) -> list[str]:
    """The opening words of each reading of a posting's title that end in a job word, longest
    first, down to two words: "Security Engineer Technical Expert" -> "Security Engineer"."""
    out: list[str] = []
    if _MANAGED_WORK.search(text):
        return out  # "Data Engineering Project Manager" manages a project
    for part in [text, *posting_tails(text)]:
        words = part.split()
        for n in range(len(words) - 1, 1, -1):
            # the opening words name a job, and what follows does not change it ("Manager of
            # Data Engineering" is not a manager of anything)
            if words[n - 1].lower() in ROLE_WORDS and words[n].lower() not in _LINKS:
                out.append(" ".join(words[:n]))
    return list(dict.fromkeys(out))


# a title that ends in the manager of a project, program or product names that job last
_MANAGED_WORK = compiled(
    r"\b(?:project|program|programme|product)\s+(?:manager|coordinator)\s*$", re.I
)


def slash_jobs(text: str) -> list[str]:
    """The jobs a slash lists, each of two words or more ending in a job noun ("Computer
    Engineer/Computer Scientist"), a bare job word after the slash with the first job's field
    ("ETL Designer / Developer" -> "ETL Developer"); two jobs joined by "and" likewise
    ("Data Analyst and Project Assistant", "Elastic Stack Engineer and Architect")."""
    parts = [" ".join(p.split()) for p in _PARENS.sub(" ", text).split("/")]
    if len(parts) < 2:
        joined = _JOINED_JOBS.fullmatch(" ".join(_PARENS.sub(" ", text).split()))
        parts = [joined.group(1)] if joined else []
    parts = [*_shared_job(parts), *parts]
    field = parts[0].split()[:-1] if parts and len(parts[0].split()) > 1 else []
    parts += [" ".join([*field, p.split()[0]]) for p in parts[1:2] if field and p.split()
              and p.split()[0].lower() in JOB_NOUNS]  # fmt: skip
    return [p for p in parts if len(p.split()) >= 2 and p.split()[-1].lower() in JOB_NOUNS]


def _shared_job(parts: list[str]) -> list[str]:
    """ "Azure Data Engineer" for "Azure Data/System Engineer": a field before the slash shares
    the job word that ends the job after it."""
    if len(parts) < 2 or not parts[0].split() or len(parts[1].split()) < 2:
        return []
    first, job = parts[0].split()[-1].lower(), parts[1].split()[-1]
    return [f"{parts[0]} {job}"] if first not in JOB_NOUNS and job.lower() in JOB_NOUNS else []


# a job, "and" or "&", and a second job word or job of up to four words (an expert too: "AI
# Researcher and Model Deployment Expert"): the first is the posting's
_JOBS = "|".join(sorted(JOB_NOUNS))
_JOINED_JOBS = compiled(
    rf"(.+?\b(?:{_JOBS}))\s+(?:and|&)\s+(?:\S+\s+){{0,3}}(?:{_JOBS}|expert)", re.I
)


def title_endings(core: str) -> list[str]:
    """The title's endings of two words or more, longest first: "hearings operation
    information technology specialist" -> ..., "technology specialist"."""
    words = core.split()
    # an ending that opens with a job word is the job's specialty ("engineer machine learning")
    # nor one that leaves out "new": "New Product Engineer" is manufacturing's (NPI)
    starts = [i for i in range(1, len(words) - 1) if words[i] not in JOB_NOUNS]
    # nor one that leaves out a science of health or matter ("Biomedical Research Scientist")
    starts = [i for i in starts if words[i - 1] != "new" and not set(words[:i]) & _OTHER_SCIENCES]
    return [" ".join(words[i:]) for i in starts]


def opening_title(text: str) -> list[str]:
    """The part of a posting's title before its first separator, when it is two words or more:
    "Executive Assistant - Chief Operating Officer" is an executive assistant."""
    parts = _PREFIX.split(text.strip(), maxsplit=1)
    head = parts[0].strip()
    return [head] if len(parts) > 1 and len(head.split()) >= 2 else []


def specialty_head(text: str) -> list[str]:
    """The job before a comma that names its team or field, when it is two words or more:
    "Product Manager, AI Platform" is a product manager."""
    head, comma, _ = text.partition(",")
    return [head.strip()] if comma and len(head.split()) >= 2 else []
