"""Leads and heads whose job is O*NET's, not an engineer of the map: a computing project's lead
(O*NET's IT project manager), the lead of a computer job's field at the lead's level ("Network
Automation Lead"), and the manager, head or director of another trade's engineering (O*NET's
engineering managers, "Manager, Oil Platform Engineering")."""

from __future__ import annotations

import re

from levelset.market.roles import _HEADS, Fetcher, RoleMatch, _of_forms
from levelset.market.title_clean import clean_title
from levelset.market.title_leads import _with_heads
from levelset.patterns import compiled

# the lead of a project or program ("Data Project Lead", "Program Lead, Machine Learning"), not
# a lead engineer of one ("Project Lead Engineer")
_PROJECT_LEAD = compiled(
    r"\b(?:project|program|programme)\s+lead(?:er)?\b"
    r"(?!\s*(?:engineer|developer|scientist|architect|analyst|designer)\b)",
    re.I,
)
# the words that make a project's field a computing one
_COMPUTING = frozenset((
    "it", "technical", "technology", "software", "data", "ml", "ai", "cloud", "infrastructure",
    "systems", "digital", "machine", "learning", "engineering", "analytics", "platform",
))  # fmt: skip
# a team or field of computing after a program manager ("Program Manager, Cloud Security"), or
# a tech product's team ("Manager, PgM, Payments")
_COMPUTING_TEAMS = _COMPUTING | frozenset((
    "tech", "security", "cyber", "cybersecurity", "network", "networking", "devops", "llm",
    "genai", "computer", "computing", "inference", "compute", "payments", "ads", "search", "maps",
    "ranking", "recommendations", "personalization", "experimentation", "fraud", "marketplace",
    "monetization", "ecommerce", "rides", "eats", "dispatch", "api", "apis", "sre", "mlops",
    # the teams of a tech company that build for its users or developers ("Program Manager,
    # Developer Relations", "Program Manager, Integrity")
    "developer", "developers", "devrel", "integrity", "observability", "reliability", "sdk",
    "sdks", "mobile", "ios", "android", "frontend", "backend", "firmware", "silicon", "gpu",
    "gpus", "datacenter", "datacenters", "identity",
))  # fmt: skip
# teams named by two words, neither tech's alone: "Program Manager, Trust & Safety" (a trust
# company's or a plant's safety program is no tech team)
_COMPUTING_PAIRS = (frozenset(("trust", "safety")),)


def computing_words(words: set[str]) -> bool:
    """Whether words name a field or team of computing, and no other trade's."""
    from levelset.market.title_tech import _OTHER_TRADE

    named = bool(words & _COMPUTING_TEAMS) or any(pair <= words for pair in _COMPUTING_PAIRS)
    return named and not words & _OTHER_TRADE


def led_work(text: str, store: Fetcher) -> RoleMatch | None:
    """A lead or head of work that is no tech field's engineering: a computing project's lead
    (O*NET's IT project manager), another trade's engineering manager or the manager of program,
    product or project managers; None otherwise."""
    found = project_lead(text, store) or other_trade_head(text, store)
    return found or manager_of_managers(text, store)


# "Manager, PgM, Tech", "Senior Manager - Product Management": the manager of a management
# function manages those managers
_OF_MANAGERS = compiled(
    r"((?:senior|sr\.?|group)\s+)?manager\s*(?:,|:|\s[-–—|]|\sof)\s*"
    r"(pgm|tpm|(?:program|programme|product|project)\s+(?:management|managers?))\b(.*)",
    re.I,
)
_MANAGED_JOBS = {"pgm": "program manager", "tpm": "technical program manager"}


def manager_of_managers(text: str, store: Fetcher) -> RoleMatch | None:
    """The manager of program, product or project managers is that manager's job at the title's
    level ("Manager, PgM, Tech" manages program managers); None for any other title."""
    from levelset.errors import LevelsetError
    from levelset.market.roles import read_as
    from levelset.market.titles import resolve_role

    found = _OF_MANAGERS.fullmatch(text.strip())
    if found is None:
        return None
    managed = found.group(2).lower()
    job = _MANAGED_JOBS.get(managed) or f"{managed.split()[0]} manager"
    try:
        role = resolve_role(f"{found.group(1) or ''}{job}{found.group(3)}".strip(), store)
    except LevelsetError:
        return None
    return read_as(role, text, f"{text!r} manages {managed!r}: {role.why}", ())


def project_lead(text: str, store: Fetcher) -> RoleMatch | None:
    """The lead of a project or program in a computing field is O*NET's IT project manager
    (15-1299.09), at the title's other level words: the lead of the work, not an engineer of
    the field ("Project Lead - Data Engineering"); None for any other title."""
    from levelset.market.onet_titles import exact_onet
    from levelset.market.roles import read_as
    from levelset.market.title_tech import _OTHER_TRADE

    cut = _PROJECT_LEAD.search(text)
    if cut is None:
        return None
    field = clean_title(f"{text[: cut.start()]} {text[cut.end() :]}")
    words = set(field.core.split())
    if not words & _COMPUTING or words & (_OTHER_TRADE | {"clinical", "research"}):
        return None
    found = exact_onet("it project manager", store)
    if found is None:
        return None
    why = f"{text!r} leads a project or program in {field.core!r}: {found.why}"
    return read_as(found, text, why, field.level_words)


# the team or place a posting writes after a lead's field ("... Lead - xAI Networking")
_AFTER_LEAD = compiled(r"\s+[-–—|]\s+|\s*[,(]")


def lead_of_computing_job(text: str, store: Fetcher) -> RoleMatch | None:
    """The lead of a field whose engineer O*NET files only under the computer occupations is
    that engineer at the lead's level: "Network Deployment Automation Lead - xAI Networking"
    leads network automation engineers. None for any other title, or when the engineer is
    another trade's ("Sales Lead": a sales engineer is no computer job)."""
    from levelset.errors import LevelsetError
    from levelset.market.roles import read_as
    from levelset.market.titles import resolve_role

    head = _AFTER_LEAD.split(text.strip(), maxsplit=1)[0]
    words = clean_title(head).core.split()
    levels = clean_title(head).level_words  # "Senior Security Lead": senior, as "Senior Data Lead"
    if head.lower().split()[-1:] != ["lead"]:
        return None
    while words and words[-1] in ("team", "tech", "technical", "lead"):
        words.pop()
    if not words or not set(words) <= _COMPUTER_WORK:
        return None  # "Europe National Security Lead" leads no security engineers
    if words == ["security"] and not _guarding(text):
        words = ["information", "security"]  # a tech posting's "Security Lead"
    if len(words) == 1 and words[0] not in _JOBS:
        return None  # a "Testing Lead" may test anything
    # the whole field, else its first and last words ("network ... automation")
    for field in dict.fromkeys((" ".join(words), f"{words[0]} {words[-1]}")):
        try:
            found = resolve_role(f"{field} engineer", store)
        except LevelsetError:
            continue
        if found.source == "onet" and all(soc.startswith("15-") for soc in found.soc_codes):
            return read_as(found, text, f"{text!r} leads {field!r}: {found.why}", levels)
    return None


def _guarding(text: str) -> bool:
    """Whether a security title guards people or places ("Security Lead - Physical Security",
    "Security Shift Lead"), no information security job."""
    return bool(set(clean_title(text).full.split()) & _GUARDED)


# words of security that guards people, sites and goods
_GUARDED = frozenset((
    "physical", "guard", "guards", "shift", "site", "sites", "loss", "prevention", "facility",
    "facilities", "patrol", "store", "stores", "retail", "event", "events", "campus", "officer",
    "officers", "executive", "protection", "hotel", "mall", "warehouse",
))  # fmt: skip


# the words of a computer job's field that a lead of it may be named for
_COMPUTER_WORK = frozenset((
    "network", "networks", "networking", "automation", "deployment", "database", "databases",
    "administration", "qa", "quality", "assurance", "test", "testing", "cloud", "systems",
    "infrastructure", "security", "operations", "it", "server", "storage", "telecom",
))  # fmt: skip
# fields that name a computer job alone ("Network Lead", "QA Lead")
_JOBS = frozenset(("network", "networking", "database", "qa", "it", "storage"))


def other_trade_head(text: str, store: Fetcher) -> RoleMatch | None:
    """The manager, head or director of another trade's engineering ("Manager, Oil Platform
    Engineering", "Head of Offshore Platform Engineering") is O*NET's engineering manager,
    outside the map, never the map's manager of a platform team; None for any other title."""
    from levelset.market.onet_titles import exact_onet
    from levelset.market.roles import read_as
    from levelset.market.title_tech import inverted
    from levelset.market.title_words import managed_field

    clean = clean_title(text)
    turned = clean_title(inverted(text) or text).core  # "Engineering Manager, Oil Platform"
    for form in (clean.core, *_of_forms(clean.core), _with_heads(clean), *_of_forms(turned)):
        managed = managed_field(form, _HEADS)
        if managed is None or managed[1].split()[-1] != "engineering":
            continue
        if not _of_other_trade(managed[1]):
            continue
        found = exact_onet(f"{managed[1]} manager", store)
        found = found or exact_onet(_ENGINEERING_MANAGERS, store)
        if found is not None:
            why = f"{text!r} heads {managed[1]!r}, another trade's engineering: {found.why}"
            return read_as(found, text, why, clean.level_words)
    return None


# O*NET's own name of the managers of every engineering (11-9041)
_ENGINEERING_MANAGERS = "architectural and engineering managers"


def _of_other_trade(field_words: str) -> bool:
    """Whether a headed field is another trade's (oil, offshore, mechanical) with no word of
    computing: "oil platform engineering" is no platform engineers' field."""
    from levelset.market.title_tech import _OTHER_TRADE
    from levelset.market.trade_guards import _COMPUTING as _COMPUTING_WORDS
    from levelset.market.trade_guards import _OFFSHORE

    words = set(field_words.split())
    return bool(words & (_OTHER_TRADE | _OFFSHORE)) and not words & _COMPUTING_WORDS
