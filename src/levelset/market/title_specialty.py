"""A title's specialty after its job: "Software Engineer (Backend)", "Senior Software Engineer,
Machine Learning - Ads". The job is the shortest opening that names a role; what follows may
state a level ("(Senior)", "Technical Lead", "(L4)"), a manager's rank ("Data Engineering -
Director"), the field of a bare job word ("Senior Scientist, Data Science"), or ML work that
makes a software engineer an ML engineer. A bare job word may also come before its field with
no separator ("Engineer Google Cloud"), and an intern be named by ML fields alone ("AI/ML
Intern")."""

from __future__ import annotations

from dataclasses import replace

from levelset.market.roles import _HEADS, RoleMatch, _aliases, _label, curated_role, match_curated
from levelset.market.title_clean import (
    _LADDER_CODE,
    _LEVEL_CHOICE_CASED,
    _Clean,
    clean_title,
    names_band,
)
from levelset.market.title_words import BUSINESS_FUNCTIONS
from levelset.patterns import compiled

# where a title's specialty starts: a bracket, a comma, a spaced separator, a dash that a
# space follows ("Applied Scientist- Search") or a capital ("Data Engineer-Palantir"; after
# initials, a capitalised word: "CISO-Chief of Cybersecurity")
SEPARATOR = compiled(
    r"\s*(?:\(|\[|,|\s[-–—/|]\s|(?<=\w)[-–—]\s|(?<=[a-z])-(?=[A-Z])|(?<=[A-Z]{2})-(?=[A-Z][a-z])"
    r"|(?<=[a-z])/(?=\s?[A-Z]))"
)


def specialty(text: str) -> RoleMatch | None:
    """The curated role of a title whose specialty follows it: "Software Engineer (Backend)";
    the shortest opening that names a role is the job ("Manager, Engineering, Core Data")."""
    plain = _LEVEL_CHOICE_CASED.sub(r"\1", text)  # "Staff / Senior Staff Engineer, AI": no split
    found = _job_for_field(plain, text)
    if found is not None:
        return found
    for cut in SEPARATOR.finditer(plain):
        head = plain[: cut.start()].strip()
        if not head or (plain[cut.start() :].lstrip().startswith("/") and not _ends_job(head)):
            continue  # a slash lists jobs only after a job ("Data Scientist/ML Engineer")
        specialty = plain[len(head) :].strip(" ,-–—/|")
        if _trade_of_bare_job(head, specialty):
            return None  # "Principal Engineer (Mechanical)" is a mechanical engineer
        # a bare job word takes its field first: "Senior Developer - Data Engineering"
        found = _field_job(head, specialty) or match_curated(head)
        if found is not None and _other_science(head, specialty):
            return None  # "Research Scientist – Chemistry" does no ML research
        if found is not None:
            return _with_specialty(found, text, head, specialty)
    return None


def _job_for_field(plain: str, text: str) -> RoleMatch | None:
    """ "Senior Engineer for AI Applications": a bare job word's field after "for" is its field,
    as after a dash; None for any other title ("Software Engineer for AI Startup" names its
    job)."""
    cut = _FOR.search(plain)
    if cut is None or _bare_job(plain[: cut.start()]) is None:
        return None
    head, field = plain[: cut.start()].strip(), plain[cut.end() :].strip()
    found = _field_job(head, field)
    if found is None or _other_science(head, field) or _trade_of_bare_job(head, field):
        return None
    return _with_specialty(found, text, head, field)


_FOR = compiled(r"\s+for\s+")
# words of rank or appointment before a bare job word that say no band ("Master Engineer",
# "Expert Developer", "Visiting Researcher")
_RANK_WORDS = ("master", "expert", "visiting")


def _bare_job(head: str) -> str | None:
    """The bare job word a head names ("Senior Engineer", "Master Engineer": "engineer"), with
    level words and words of rank set aside; None when the head names more."""
    words = clean_title(head).core.split()
    while len(words) > 1 and words[0] in _RANK_WORDS:
        words = words[1:]
    job = " ".join(words)
    job = "researcher" if job in ("research", "phd research") else job
    return job if job in _GENERIC_JOBS else None


def _other_science(head: str, specialty: str) -> bool:
    """Whether a bare research job's specialty names a science of matter or life or another
    trade's engineering ("Research Engineer – Mechanical"; never "ML Scientist - Biology")."""
    from levelset.market.trade_guards import RESEARCH_JOBS, other_science

    if clean_title(head).core not in RESEARCH_JOBS:
        return False
    first = _SEGMENT.split(specialty.strip(" ([])"), maxsplit=1)[0]
    return other_science(clean_title(first).core.split())


def _trade_of_bare_job(head: str, specialty: str) -> bool:
    """Whether a bare job word ("Principal Engineer"), or a job every engineering names
    ("Reliability Engineer", "Infrastructure Engineer"), is followed by another trade's field
    ("(Mechanical Rotating)", ", Electrical", "- Civil"): the job is that trade's, never a
    software one."""
    from levelset.market.title_tech import _OTHER_TRADE

    if clean_title(head).core not in (*_GENERIC_JOBS, *_EVERY_TRADES_JOBS):
        return False
    words = clean_title(_SEGMENT.split(specialty.strip(" ([])"), maxsplit=1)[0]).core.split()
    return bool(words) and words[0] in _OTHER_TRADE


def _ends_job(head: str) -> bool:
    from levelset.market.title_words import JOB_NOUNS

    return head.split()[-1].lower() in JOB_NOUNS


def _with_specialty(found: RoleMatch, text: str, head: str, specialty: str) -> RoleMatch:
    """A role read from a title's opening, with what its specialty says: a manager's rank
    ("Data Engineering - Director"), a level ("(Senior)", "Technical Lead", "(L4)"), ML work."""
    if specialty.startswith(("(", "[")) and specialty.endswith((")", "]")):
        specialty = (
            specialty[1:-1] if specialty.count("(") + specialty.count("[") == 1 else specialty
        )
    ranked = _ranked_head(head, specialty)
    if ranked is not None:
        return replace(ranked, text=text)
    ladder = clean_title(specialty).level_words
    # "Software Engineer - Backend (L4)"; a band word before the job wins ("Staff Engineer (IC5)")
    if ladder and _LADDER_CODE.fullmatch(ladder[0]) and not names_band(found.level_hint):
        found = replace(found, level_hint=ladder[0])
    found = replace(found, level_hint=found.level_hint or _specialty_level(specialty))
    named = _named_job(head, specialty)
    if named is not None:
        return replace(named, text=text, level_hint=found.level_hint or named.level_hint)
    why = f"{found.why}; {specialty!r} is read as a specialty"
    # a second job listed after the first ("... Engineer / MLOps Engineer") is no specialty
    second_job = _ends_job(specialty.strip(" ()[]"))
    if found.key in _INFRA_KEYS and _ml_infrastructure(_first_field(specialty)) and not second_job:
        ops = curated_role("mlops_engineer", text, "", stripped=True)
        why = f"{found.why}, and {specialty!r} makes it ML infrastructure work: {ops.label}"
        return replace(ops, why=why, level_hint=found.level_hint)
    if found.key == "software_engineer" and _ML_SPECIALTY.search(_worked_field(specialty)):
        ml = curated_role("ml_engineer", text, "", stripped=True)
        why = f"{found.why}, and {specialty!r} makes it machine learning work: {ml.label}"
        return replace(ml, why=why, level_hint=found.level_hint)
    return replace(found, text=text, why=why)


# fields of their own, whose work stays theirs when done for ML ("Security for AI")
_OWN_FIELDS = frozenset((
    "security", "privacy", "compliance", "legal", "policy", "sales", "marketing", "support",
    "finance", "billing", "payments", "identity", "governance", "risk",
))  # fmt: skip


def _worked_field(specialty: str) -> str:
    """The field a specialty's work is in: a field of its own before "for" keeps the work its
    own, and what follows names whom it serves ("Security for AI" is security work)."""
    field = _first_field(specialty)
    done, joined, served = field.partition(" for ")
    words = set(_WORD.findall(done.lower()))
    return done if joined and served and words and words <= _OWN_FIELDS | _JOINERS else field


# a ladder's name for every engineer, which names no job of its own: the specialty says which
_UMBRELLAS = frozenset(("member of technical staff", "mts", "technical staff"))


def _named_job(head: str, specialty: str) -> RoleMatch | None:
    """The role a specialty names whole after a ladder's name for every engineer: "Member of
    Technical Staff, MLE" is an ML engineer, "MTS - Data Engineer" a data engineer."""
    if clean_title(head).core not in _UMBRELLAS:
        return None
    first = _SEGMENT.split(specialty.strip(" ([])"), maxsplit=1)[0]
    role = _aliases().get(clean_title(first).core)
    if role is None:
        return None
    why = f"{head!r} is a ladder's name for every engineer, and {first!r} names the job"
    return curated_role(role, head, f"{why}: {_label(role)}", stripped=True)


def _first_field(specialty: str) -> str:
    """The first of the fields a specialty joins ("Hybrid Cloud and AI" works on hybrid cloud
    first: a software engineer's job, no ML engineer's; "Big Data / AI ML" on big data),
    lowercased."""
    return _JOINED.split(specialty.lower(), maxsplit=1)[0]


_JOINED = compiled(r"\s+(?:and|&)\s+|\s*&\s*|\s+/\s+")


_SEGMENT = compiled(r"\s*(?:[(),\[\]|]|\s[-–—/]\s)\s*")
# words beside a level that leave it a level: "Technical Lead", "Level II"
_LEVEL_ONLY = frozenset(("tech", "technical", "level"))
_SLASH = compiled(r"\s*/\s*")
_YEAR = compiled(r"(?:19|20)\d\d")


def _specialty_level(specialty: str) -> str | None:
    """A level the specialty states on its own: "(Senior)", "Technical Lead", "L4"; in a
    slash list the first level named ("(Senior/Expert)", "/Intermediate/Senior/")."""
    for segment in (part for whole in _SEGMENT.split(specialty) for part in _SLASH.split(whole)):
        clean = clean_title(segment)
        # a year beside it is a hiring class: "New Grad 2025"
        words = {w for w in clean.core.split() if not _YEAR.fullmatch(w)}
        # a bare job word beside it names the job again: "Java Developer- Engineer II"
        named = words <= _LEVEL_ONLY or (len(words) == 1 and words <= _GENERIC_JOBS)
        if clean.level_words and named:
            return " ".join(clean.level_words)
        if "intern" in clean.level_words:  # "Data Scientist, Research Intern, PhD": an intern
            return "intern"
    return None


def _ranked_head(head: str, specialty: str) -> RoleMatch | None:
    """ "Data Engineering - Director": a head's rank after the field is the head of the field."""
    first = _SEGMENT.split(specialty, maxsplit=1)[0]
    rank = clean_title(first).full
    if rank not in _HEADS and rank not in ("senior director", "senior manager", "head"):
        return None
    found = match_curated(f"{first} of {head}")
    return found if found is not None and found.key == "engineering_manager" else None


# jobs that every engineering names: civil infrastructure, mechanical reliability, oil platforms
_EVERY_TRADES_JOBS = ("reliability engineer", "infrastructure engineer", "platform engineer")
# a job word that names no field on its own: "Senior Scientist, Data Science" is a data scientist
_GENERIC_JOBS = frozenset(("engineer", "scientist", "developer", "researcher"))


def _field_job(head: str, specialty: str) -> RoleMatch | None:
    """A bare job word and its field after the separator: "Senior Engineer - Big Data" is a big
    data engineer, "Senior Scientist, Data Science" a data scientist."""
    clean = clean_title(head)
    job = _bare_job(head)  # "PhD Research Intern, Machine Learning": a researcher
    if job is None:
        return None
    from levelset.market.title_words import JOB_NOUNS

    # in brackets too: "Sr Scientist (Fraud)" as "Sr Scientist - Fraud"
    field_words = _SEGMENT.split(specialty.strip(" ([])"), maxsplit=1)[0]
    field_set = set(clean_title(field_words).core.split())
    if job == "scientist" and field_set and field_set - _JOINERS <= _PRODUCT_TEAMS:
        return _product_scientist(head, field_words, clean.level_words)
    if not field_words or BUSINESS_FUNCTIONS & field_set:
        return None  # "Scientist, Clinical Research" is no research scientist
    if JOB_NOUNS & field_set:
        return None  # "Engineer, Planning Industrial Engineer": a job, no field, follows
    found = match_curated(f"{field_words} {job}")
    if found is None and "/" in field_words:  # "Senior Scientist – ML/AI": the first field
        field_words = field_words.split("/")[0].strip()
        found = match_curated(f"{field_words} {job}")
    field_core = clean_title(field_words).core
    if found is None and (field_core in _aliases() or field_core.endswith(" engineering")):
        found = match_curated(field_words)  # "data science", "data engineering": the field
    if found is None and job == "researcher" and field_core.endswith(_COMPUTING_SCIENCES):
        found = match_curated("research scientist")  # "Researcher, Central Applied Science"
    if found is None:
        return None
    why = f"{head!r} names a {job} of {field_words!r}: {found.label}"
    return replace(found, why=why, level_hint=" ".join(clean.level_words) or None)


# the sciences of computing a researcher's team may be named for (a team's name may come first:
# Meta's "Central Applied Science"): their researchers are research scientists
_COMPUTING_SCIENCES = ("applied science", "computer science", "computing science")
# the product and business teams of a tech company whose scientists analyse its users, market
# and experiments ("Staff Scientist - Ads & Offers"); no word of a lab science ("Scientist,
# Protein Chemistry" stays asked)
_PRODUCT_TEAMS = frozenset((
    "ads", "advertising", "offers", "marketplace", "marketplaces", "pricing", "growth",
    "marketing", "payments", "monetization", "monetisation", "rides", "eats", "maps", "search",
    "ranking", "recommendations", "personalization", "experimentation", "economics", "fraud",
    "engagement", "retention", "loyalty", "membership", "subscriptions", "promotions",
    "incentives", "dispatch", "commerce", "ecommerce", "merchant", "merchants", "customer",
    "customers", "user", "users",
))  # fmt: skip
_JOINERS = frozenset(("and", "&", "of", "for"))


def _product_scientist(head: str, field_words: str, levels: tuple[str, ...]) -> RoleMatch:
    """A scientist of a product or business team is the team's data scientist."""
    label = _label("data_scientist")
    why = f"{head!r} names a scientist of the product team {field_words!r}: {label}"
    found = curated_role("data_scientist", head, why)
    return replace(found, level_hint=" ".join(levels) or None)


# a software engineer "..., Machine Learning" (or ML, AI, deep learning) is an ML engineer
_ML_SPECIALTY = compiled(r"\b(machine learning|ml|ai|deep learning|artificial intelligence)\b")
# "..., ML Infrastructure" (ML platform, MLOps) makes a software or platform engineer ML-ops
_ML_INFRA_SPECIALTY = compiled(
    r"\b(mlops|(machine learning|ml|ai) ?(infra|infrastructure|platform|ops|operations))\b"
)
_INFRA_KEYS = ("software_engineer", "platform_engineer", "ml_engineer")
# words that may open an ML platform's name and leave it the platform of ML work
_ML_WORDS = frozenset(("ai", "ml", "machine", "learning", "genai", "generative", "llm"))


def _ml_infrastructure(field: str) -> bool:
    """Whether a specialty is ML infrastructure ("ML Infra", "AI Platform"): a platform named
    after a product or business ("Enterprise AI Platform", "Gemini AI Platform") is a product
    its software engineers build, no ML-Ops team."""
    found = _ML_INFRA_SPECIALTY.search(field)
    if found is None:
        return False
    before = set(_WORD.findall(field[: found.start()]))
    return not found.group(0).endswith("platform") or before <= _ML_WORDS


_WORD = compiled(r"[a-z0-9]+")


def field_intern(text: str, clean: _Clean) -> RoleMatch | None:
    """An intern named by ML fields alone ("Machine Learning Intern", "AI/ML Intern") is an
    ML engineer at the entry level."""
    from levelset.market.title_words import ML_FIELDS

    rest = clean.core
    if not rest:
        return None
    learner = _software_learner(text, clean)
    if learner is not None:
        return learner
    while rest and "intern" in clean.level_words:
        field = next((f for f in ML_FIELDS if rest == f or rest.startswith(f + " ")), None)
        if field is None:
            return None
        rest = rest[len(field) :].strip()
    if rest or "intern" not in clean.level_words:
        return None
    why = f"{text!r} names an intern of machine learning fields: {_label('ml_engineer')}"
    return curated_role("ml_engineer", text, why)


# software named as a whole, the field of a learner who names no job ("Software Trainee")
_SOFTWARE_WHOLE = ("software", "software development", "software engineering", "programming")
_LEARNERS = ("trainee", "apprentice")


def _software_learner(text: str, clean: _Clean) -> RoleMatch | None:
    """An intern, trainee or apprentice of software as a whole is a software engineer at the
    entry level ("Software Intern", "Software Trainee")."""
    words = clean.core.split()
    trainee = bool(words) and words[-1] in _LEARNERS
    learner = "intern" in clean.level_words or trainee
    field = " ".join(words[:-1] if trainee else words)
    if not learner or field not in _SOFTWARE_WHOLE:
        return None
    why = f"{text!r} names a learner of software: {_label('software_engineer')}, entry level"
    return replace(curated_role("software_engineer", text, why), level_hint="intern")


# a job word that names no field on its own
_BARE_JOBS = ("engineer", "scientist", "developer", "researcher")


def job_word_first(text: str, clean: _Clean) -> RoleMatch | None:
    """ "Engineer Google Cloud": a bare job word before its field, with no separator, is the
    field's job ("Google Cloud Engineer"), read by its known name or the role name ending it."""
    from levelset.market.title_words import JOB_NOUNS, role_suffix

    words = clean.core.split()
    if len(words) < 2 or words[0] not in _BARE_JOBS or words[1] in ("of", "in", "for", "at"):
        return None
    if BUSINESS_FUNCTIONS & set(words):
        return None  # "Scientist, Clinical Research" is no research scientist
    if JOB_NOUNS & set(words[1:]):
        return None  # "Engineer, Planning Industrial Engineer": a job, no field, follows
    turned = " ".join([*words[1:], words[0]])
    name = turned if turned in _aliases() else role_suffix(turned, _aliases())
    if name is None:
        return None
    key = _aliases()[name]
    why = f"{text!r} names a {words[0]} of {' '.join(words[1:])!r}: {_label(key)}"
    return curated_role(key, text, why)
