"""Word-level reading of titles the exact and typo matches miss.

A role name at the end of a longer title ("Quantum Software Engineer", "NLP Research
Scientist"), an ML field before a generic role word ("Deep Learning Researcher"), and the
office prefixes and pay grades real postings carry ("Login.gov - Application Engineer (IT
Specialist)", "18F: Engineering Director GS15").
"""

from __future__ import annotations

import re

from levelset.market.title_tools import (
    _BI_ROLES,
    _DATA_ROLES,
    _LANGUAGES,
    _PLATFORM_ROLES,
    _SOFTWARE_ROLES,
    BI_TOOLS,
    DATA_STORES,
    DATA_TOOLS,
    INTEGRATION_TOOLS,
    MLOPS_FIELDS,
    MLOPS_ROLES,
    PLATFORM_TOOLS,
    SOFTWARE_STACKS,
    listed_tools,
)
from levelset.patterns import compiled

# words that name a field of machine learning, as clean_title writes them
ML_FIELDS = (
    "machine learning", "ml", "ai", "artificial intelligence", "deep learning", "nlp",
    "natural language processing", "computer vision", "cv", "llm", "genai", "generative ai",
    "speech", "reinforcement learning", "rl", "multimodal", "recommender systems",
    "algorithm", "algorithms", "chatbot", "conversational ai", "agentic ai", "ai agent",
    "ai agents", "machine vision", "conversational bot", "chat bot",
    # a robot's or vehicle's sense of where it is: "SLAM Engineer", "State Estimation Engineer"
    "slam", "visual slam", "state estimation",
    # robots that learn; a bare "Robotics Engineer" is O*NET's robotics engineer (17-2199.08),
    # whose work is mechanical, electrical and controls design, and "Robotics Software
    # Engineer" a software engineer
    "robot learning", "robotic learning", "embodied ai",
    # the stages of a model's life that AI labs name teams after ("Inference Engineer", "Evals
    # Engineer", "Pretraining Research Engineer")
    "inference", "model serving", "evals", "model evaluation", "pretraining", "post training",
    "fine tuning", "ai safety", "interpretability",
    # a model's use named for what it does
    "predictive modeling", "predictive modelling",
    # the ranking models of search, feeds and shops: "Search Relevance Engineer", "Ranking
    # Engineer", "Personalization Engineer", "Recommendations Engineer"
    "ranking", "relevance", "search relevance", "search ranking", "personalization",
    "personalisation", "recommendation", "recommendations", "recommender", "recsys",
    # language models and what is built on them: "RAG Engineer", "Agentic Engineer", "Large
    # Language Model Engineer", "Foundation Models Research Scientist"
    "rag", "retrieval augmented generation", "agentic", "agentic systems", "llms",
    "large language model", "large language models", "foundation model", "foundation models",
    "gen ai",
    # the frameworks models are built in: "PyTorch Engineer", "TensorFlow Developer"
    "pytorch", "tensorflow", "keras", "jax", "scikit learn", "hugging face", "langchain",
)  # fmt: skip
# a generic role word after an ML field -> the curated role it makes
FIELD_ROLES = {
    "researcher": "research_scientist",
    "scientist": "research_scientist",
    "research scientist": "research_scientist",
    "research engineer": "research_scientist",
    "research": "research_scientist",  # what "AI Research Intern" leaves without its level word
    "engineer": "ml_engineer",
    "developer": "ml_engineer",
    "software engineer": "ml_engineer",
    "software developer": "ml_engineer",
    "software development engineer": "ml_engineer",
    # an engineer of data science in an ML field builds the models: "Machine Learning Data
    # Science Engineer" (a data scientist names the job without the field)
    "data science engineer": "ml_engineer",
    "modeler": "data_scientist",
    "modeller": "data_scientist",
    "infrastructure engineer": "mlops_engineer",
    "infra engineer": "mlops_engineer",
    "platform engineer": "mlops_engineer",
    "ops engineer": "mlops_engineer",
    "architect": "ml_engineer",
    "programmer": "ml_engineer",
    # what "tech lead" leaves once its level word is set aside ("Machine Learning Tech Lead")
    "tech": "ml_engineer",
    "technical": "ml_engineer",
    "expert": "ml_engineer",
    "technology expert": "ml_engineer",
    "technical expert": "ml_engineer",
}
# US federal grades ("GS-13"), and the Canadian public service's group and level ("IT-03",
# "EC-05", "CS-02") that its postings put before or after the job
_GRADE = compiled(
    r"\b(?:GS|GG)-?\d{1,2}(?:\s+(?:and|to|-|/)\s+(?:GS|GG)-?\d{1,2})?\b"
    r"|\b(?:IT|CS|EC|AS|PM|CO|EX|FI|PE|CR|EG)-0\d\b",
    re.I,
)
_PARENS = compiled(r"\([^)]*\)")
_PREFIX = compiled(r"\s+[-–—|]\s+|:\s+")

# nouns that end the name of a job, in tech or not: a posting title opening with one names
# its job first ("Executive Assistant - Chief Technology Officer")
JOB_NOUNS = frozenset((
    "engineer", "manager", "scientist", "analyst", "developer", "architect", "director",
    "designer", "researcher", "administrator", "consultant", "specialist", "assistant",
    "coordinator", "officer", "advisor", "adviser", "recruiter", "writer", "translator",
    "clerk", "technician", "representative", "strategist", "intern", "associate",
))  # fmt: skip
# the words that end a job title ("... Engineer", "... Manager")
ROLE_WORDS = frozenset((
    "engineer", "engineering", "manager", "scientist", "analyst", "developer", "architect",
    "director", "designer", "researcher", "administrator", "consultant", "specialist", "lead",
    "head",
))  # fmt: skip


_FAMILIES = (
    (MLOPS_FIELDS, MLOPS_ROLES),
    (ML_FIELDS, FIELD_ROLES),
    (DATA_TOOLS, _DATA_ROLES),
    (BI_TOOLS, _BI_ROLES),
    (SOFTWARE_STACKS, _SOFTWARE_ROLES),
    (PLATFORM_TOOLS, _PLATFORM_ROLES),
)


def by_field(core: str) -> tuple[str, str] | None:
    """(role key, field) when the title is an ML field, a data, BI or platform tool, and a
    generic role word."""
    words = core.split()
    tool = analysed_tool(words)
    if tool is not None:  # "Informatica MDM Analyst", "ETL Analyst"
        return "data_engineer", tool
    if len(words) > 2 and words[0] in _LANGUAGES:
        core = " ".join(words[1:])
    # a tool named before another of its family says which ("Snowflake ETL Expert")
    if len(words) > 2 and words[0] in DATA_TOOLS and " ".join(words[1:]).startswith(DATA_TOOLS):
        core = " ".join(words[1:])
    for fields, roles in _FAMILIES:
        for field in sorted(fields, key=len, reverse=True):
            rest = core[len(field) :].strip() if core.startswith(field + " ") else ""
            if rest in roles:
                return roles[rest], field
    return listed_tools(core)


def analysed_tool(words: list[str]) -> str | None:
    """The data integration tool whose analyst a title names, alone or before other data tools
    ("Informatica MDM Analyst", "ETL Analyst", "Azure Synapse Analyst"): the analyst of such a
    tool builds its pipelines, a data engineer's work. None for any other title ("MDM Analyst",
    a business's master-data steward, or "ETL Test Analyst", a tester)."""
    if len(words) < 2 or words[-1] != "analyst":
        return None
    named = " ".join(words[:-1])
    for tool in sorted(INTEGRATION_TOOLS, key=len, reverse=True):
        rest = named.removeprefix(tool).strip() if (named + " ").startswith(tool + " ") else None
        if rest is not None and (not rest or rest in DATA_TOOLS):
            return tool
    return None


def role_suffix(core: str, aliases: dict[str, str]) -> str | None:
    """The longest role name of two words or more that ends the title, if any; else a job's
    short name before a generic "developer" or "engineer" ("Covid Alert SRE Developer")."""
    words = core.split()
    for start in range(1, len(words) - 1):
        tail = " ".join(words[start:])
        # "Project Manager with Data Science": what follows a link word is no job's name
        if tail in aliases and words[start - 1] not in _LINKED:
            return None if _other_trade(words[:start], tail, aliases[tail]) else tail
    from levelset.market.title_tools import PLATFORM_TOOLS

    role = words[-1] if len(words) >= 2 and words[-1] not in JOB_NOUNS else ""
    if role in aliases and " ".join(words[:-1]) in PLATFORM_TOOLS:
        return role  # "GCP MLOps", "AWS DevOps": a one-word role (no job word) on a platform
    if len(words) >= 2 and words[-1] in ("developer", "engineer"):
        for start in range(len(words) - 1):
            name = " ".join(words[start:-1])
            if name in aliases and len(name) >= 3 and name in _JOB_NAMES:
                return name
    return None


def _other_trade(before: list[str], tail: str, key: str) -> bool:
    """Whether the words before a role's name make it another trade's job: a science of health
    or matter before a scientist or an engineering manager ("Clinical Research Scientist",
    "Clinical Engineering Manager"), a new product's engineer (manufacturing's NPI engineer)."""
    from levelset.market.trade_guards import other_engineering

    if key in _SCIENCE_ROLES and set(before) & (_OTHER_SCIENCES | BUSINESS_FUNCTIONS):
        return True  # "Marketing Analytics Manager" manages no engineers
    if other_engineering(" ".join([*before, tail]), tail):
        return True  # "Oil Platform Engineer" works on an oil platform
    from levelset.market.title_tech import _OTHER_TRADE

    if key == "engineering_manager" and set(before) & _OTHER_TRADE:
        return True  # "Process Engineering Manager" manages no software engineers
    return tail == "product engineer" and before[-1:] == ["new"]


_SCIENCE_ROLES = frozenset(("research_scientist", "applied_scientist", "engineering_manager"))
# sciences of health and matter, whose research scientists and engineering heads are not tech's
_OTHER_SCIENCES = frozenset((
    "clinical", "medical", "biomedical", "pharmaceutical", "pharmacy", "nursing", "chemical",
    "chemistry", "biology", "biological", "materials", "laboratory", "veterinary",
))  # fmt: skip


# short names that are a whole job on their own, so "<name> Developer" is that job
_JOB_NAMES = frozenset(("sre", "devops", "mlops", "site reliability", "dev ops"))


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
_LINKS = frozenset(("of", "for", "to", "and", "&", "in", "at", "on", "with"))
_LINKED = _LINKS - {"and", "&"}


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


# the functions of a business outside tech, as clean_title writes them
BUSINESS_FUNCTIONS = frozenset((
    "marketing", "sales", "finance", "financial", "accounting", "accounts", "legal", "hr",
    "payroll", "procurement", "purchasing", "recruitment", "recruiting", "advertising",
    "communications", "editorial", "clinical", "medical", "nursing", "retail", "consulting",
    "content", "campaign", "campaigns", "brand", "pricing", "commercial",
))  # fmt: skip


def managed_field(form: str, heads: tuple[str, ...]) -> tuple[str, str] | None:
    """(head, field) of a management title: "director of data engineering", or the comma form
    read without its comma, "vp machine learning" (a posting's "VP, Machine Learning")."""
    for head in heads:
        for opening in (f"{head} of ", f"{head} "):
            if form.startswith(opening) and len(form) > len(opening):
                return head, form[len(opening) :]
    return None


def specialty_head(text: str) -> list[str]:
    """The job before a comma that names its team or field, when it is two words or more:
    "Product Manager, AI Platform" is a product manager."""
    head, comma, _ = text.partition(",")
    return [head.strip()] if comma and len(head.split()) >= 2 else []


def without_field(core: str) -> list[str]:
    """A title without the ML field that opens it, when a job of two words or more is left:
    "ai product manager" -> "product manager" (the field says what the product is)."""
    for field in sorted(ML_FIELDS, key=len, reverse=True):
        rest = core.removeprefix(field + " ")
        if rest != core and len(rest.split()) >= 2:
            # the tester of an ML field tests software ("Algorithm Validation Engineer", "AI
            # Test Engineer"): never another engineering's validation or test engineer
            tests = rest.split()[0] in TESTING and rest.split()[1:] == ["engineer"]
            return ["software test engineer"] if tests else [rest]
    return []


# words that name testing: a job they open tests its field ("Validation Engineer")
TESTING = frozenset(("test", "testing", "tester", "validation", "verification", "qa"))


def as_engineer(text: str) -> list[str]:
    """ "test automation engineer" for "Test Automation Developer (Python) - Machine Learning": a
    developer's job under the name O*NET gives its engineer, for the title and its openings."""
    from levelset.market.title_clean import clean_title

    parts = [text, *posting_tails(text)]
    parts += [head for part in parts for head in opening_title(part)]
    out = []
    for part in parts:
        words = clean_title(_PARENS.sub(" ", part)).core.split()
        if len(words) >= 2 and words[-1] == "developer":
            out.append(" ".join([*words[:-1], "engineer"]))
    return list(dict.fromkeys(out))
