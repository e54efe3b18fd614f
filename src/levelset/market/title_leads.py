"""Who leads and ranks: an engineer named by a tech ladder's level ("Staff Engineer"), the
lead of a field ("Machine Learning Lead"), and the manager, head, director or VP of a tech field
in either word order ("Director of Data Engineering", "VP, Machine Learning")."""

from __future__ import annotations

import re

from levelset.market.roles import (
    _HEADS,
    Fetcher,
    RoleMatch,
    _aliases,
    _label,
    _of_forms,
    curated_role,
)
from levelset.market.title_clean import _LADDER_CODE, _Clean, clean_title
from levelset.patterns import compiled

# the tech industry's ladder words: a "Staff Engineer" or "Distinguished Engineer" writes software
_TECH_LADDER = ("staff", "principal", "distinguished")


def ladder_engineer(text: str, clean: _Clean) -> RoleMatch | None:
    """An engineer named only by a tech ladder's level ("Staff Engineer", "Principal Engineer",
    "Engineer, L5") is the map's software engineer at that level."""
    ladder = any(w in _TECH_LADDER or _LADDER_CODE.fullmatch(w) for w in clean.level_words)
    if clean.core != "engineer" or not ladder:
        return None
    why = f"{text!r} names an engineer by a tech ladder's level: {_label('software_engineer')}"
    return curated_role("software_engineer", text, why)


# "Analytics Lead" leads analysts, whatever an analytics engineer is
_NOT_LED = ("analytics", "product", "products", "program", "project", "delivery", "design")


def field_lead(text: str, clean: _Clean) -> RoleMatch | None:
    """ "Machine Learning Lead", "Data Team Lead", "Cloud Platform Lead", "Team Lead, Data
    Engineering": the lead of a field whose engineer the map names is that engineer at the
    lead's level (staff); of two joined fields, the first ("Infrastructure and Operations Team
    Lead")."""
    words = _led_field(text, clean)
    if not words or words[-1] in _NOT_LED:
        return None
    if words == ["technical"]:  # "Principal Technical Lead" is a tech lead
        words = ["tech"]
    if "data entry" in clean.full:  # "Team Lead - Data Entry": its "entry" is no level
        return None
    # "Data Architecture Lead" leads the architecture of data: a data engineer at the lead's level
    designed = [" ".join(words[:-1])] if len(words) > 1 and words[-1] == "architecture" else []
    for field_words in (" ".join(words), *_joined_fields(" ".join(words)), *designed):
        key = _engineer_of(field_words)
        if key in _ENGINEER_KEYS:
            why = f"{text!r} leads {field_words!r}, the field of a {_label(key)}"
            return curated_role(key, text, f"{why}, at the lead's level")
    return None


# a field named alone is ambiguous without a job ("Senior Data": analyst, scientist or engineer)
_NOT_A_JOB = ("data", "analytics", "product", "products", "program", "project", "design")
# ranks that name a job of their own ("Machine Learning Lead", "AI Intern"), read elsewhere
_OWN_JOB_RANKS = frozenset(("lead", "head", "chief", "intern", "associate", "entry"))


def field_at_level(text: str, clean: _Clean) -> RoleMatch | None:
    """A field whose engineer the map names, with a level and no job word ("E6, Machine
    Learning", "Machine Learning - Senior", "Senior Software") is that engineer at the level."""
    from levelset.market.title_words import JOB_NOUNS

    words = clean.core.split()
    if not clean.level_words or _OWN_JOB_RANKS & set(clean.level_words):
        return None
    if not 0 < len(words) <= 3 or set(words) & JOB_NOUNS or clean.core in _NOT_A_JOB:
        return None
    key = _engineer_of(clean.core)
    if key not in _ENGINEER_KEYS:
        return None
    why = f"{text!r} names the field of a {_label(key)} and a level, and no other job"
    return curated_role(key, text, why, stripped=True)


def _engineer_of(field_words: str) -> str | None:
    """The curated role of the engineer of a field, if the map names one."""
    key = _aliases().get(f"{field_words} engineer")
    if key is None:
        from levelset.market.title_words import by_field, role_suffix

        tail = role_suffix(f"{field_words} engineer", _aliases())
        # "Predictive Modeling Lead": the engineer an ML field names
        fielded = by_field(f"{field_words} engineer")
        key = _aliases()[tail] if tail else (fielded[0] if fielded else _field_role(field_words))
    return key


# "Lead, Data Engineering", "Team Lead - Machine Learning", "Tech Lead: Platform", a team's or
# tech lead without a separator ("Team Lead Machine Learning"), a level before any of them
# ("Senior Lead - Power BI")
_LEAD_FIRST = compiled(
    r"(?:(?:senior|sr\.?|principal|staff)\s+)?"
    r"(?:(?:team |tech |technical )?lead\s*(?:,|:|\s[-–—|])|(?:team|tech|technical) lead\s)\s*(.+)",
    re.I,
)


def _led_field(text: str, clean: _Clean) -> list[str]:
    """The words of the field a lead leads: before "lead" ("Data Team Lead"), or after it and a
    comma, colon or dash ("Team Lead, Data Engineering")."""
    if text.strip().split()[-1].lower() == "lead":
        words = clean.core.split()
        # "Data Team Lead", "Backend Tech Lead": the team or tech lead of a field; a "Module
        # Lead" (a rank of Indian IT services firms) leads a module of it
        while len(words) > 1 and words[-1] in ("team", "tech", "technical", "module"):
            words.pop()
        return words
    after = _LEAD_FIRST.fullmatch(text.strip())
    return clean_title(after.group(1)).core.split() if after else []


# an engineering field a manager heads ("Director of Platform", "Head of Software Development"):
# "<field> engineer" names an engineer of the map; "product" heads product management instead
_ENGINEER_KEYS = ("software_engineer", "platform_engineer", "data_engineer", "ml_engineer",
                  "mlops_engineer", "bi_engineer")  # fmt: skip
_NOT_ENGINEERING = ("product",)
# a "data manager" keeps data (O*NET's clinical data managers); a head or director of data leads
# data engineering and science
_NOT_MANAGED = ("data",)


def head_of_field(text: str, clean: _Clean) -> RoleMatch | None:
    """A manager, head, director or VP of an engineering or ML research field is an engineering
    manager: "Head of AI Research", "VP, Machine Learning", "Director, Data Engineering"."""
    from levelset.market.title_words import managed_field

    for form in (clean.core, *_of_forms(clean.core), _with_heads(clean)):
        found = managed_field(form, _HEADS)
        if found is None:
            continue
        head, field_words = found
        if field_words.split()[-1] in _MANAGED_WORK:
            continue  # "... Computer Vision Technical Project Manager" manages a project
        # "Manager, Data Science Management": the management of a field is the field
        plain = field_words.removesuffix(" management")
        joined = _joined_fields(plain)
        # "R&D Data Science & Digital Health": the first field without its qualifying words
        for named in (
            plain,
            *joined,
            *_qualified(plain),
            *(q for j in joined for q in _qualified(j)),
        ):
            if named in _NOT_ENGINEERING or (head == "manager" and named in _NOT_MANAGED):
                continue
            role = _field_role(named)
            if role is not None:
                why = (
                    f"{text!r} heads {named!r}, the field of a {_label(role)}: "
                    f"{_label('engineering_manager')}"
                )
                return curated_role("engineering_manager", text, why)
    return None


_MANAGED_WORK = frozenset(("project", "projects", "program", "programs", "programme", "product"))


def _qualified(field_words: str) -> list[str]:
    """The field without the words that qualify it, longest first, down to two words:
    "enterprise data engineering" -> "data engineering" (never a function outside tech)."""
    from levelset.market.title_words import BUSINESS_FUNCTIONS

    words = field_words.split()
    if BUSINESS_FUNCTIONS & set(words):
        return []
    return [" ".join(words[i:]) for i in range(1, len(words) - 1)]


def _joined_fields(field_words: str) -> list[str]:
    """The first of the fields a head of several leads: "data science and analytics" ->
    "data science" (the first named is the one the job is named for)."""
    protected = field_words.replace("r and d ", "r&d ")  # "R&D" is one word, no join
    first, joined, _ = protected.partition(" and ")
    return [first.replace("r&d ", "r and d ")] if joined and first else []


# roles whose field a manager heads: the engineers', and ML research and data science
_MANAGED_KEYS = (*_ENGINEER_KEYS, "research_scientist", "applied_scientist", "data_scientist")


def _field_role(field_words: str) -> str | None:
    """The curated role whose field this is: "<field> engineer" ("machine learning
    engineering" -> machine learning engineer), "<field> scientist", or the field's own name
    ("data science")."""
    if field_words in _WHOLE_ENGINEERING or _software_work(field_words):
        return "software_engineer"
    # a field of machine learning however written ("Director of Artificial Intelligence", "Head
    # of Generative AI"): its engineers are the map's ML engineers
    if field_words.removesuffix(" engineering") in _ML_HEADED:
        return "ml_engineer"
    stem = field_words.removesuffix(" engineering")
    science = field_words.removesuffix(" science")  # "applied science": applied scientists
    names = (f"{field_words} engineer", f"{stem} engineer", f"{stem} scientist", stem)
    for name in (*names, f"{science} scientist"):
        key = _aliases().get(name)
        if key in _MANAGED_KEYS:
            return key
    return None


# the fields of machine learning a head or director is named for, written out or short (never
# "speech" or "inference", which head other trades' work)
_ML_HEADED = frozenset((
    "machine learning", "ml", "ai", "artificial intelligence", "deep learning", "nlp",
    "natural language processing", "computer vision", "llm", "llms", "genai", "generative ai",
    "gen ai", "reinforcement learning", "conversational ai", "agentic ai", "ai agents",
    "applied ai", "ai ml", "ai and ml", "ai and machine learning", "machine vision",
))  # fmt: skip


# what software's managers may run that is not its engineering
_NOT_SOFTWARE_ENGINEERING = frozenset((
    "product", "project", "program", "asset", "assets", "license", "licensing", "support",
    "implementation", "training", "solutions",
))  # fmt: skip


def _software_work(field_words: str) -> bool:
    """ "software design", "software quality": a part of making software, whose manager is an
    engineering manager (never its sales, product or licences)."""
    from levelset.market.title_tools import SOFTWARE_STACKS
    from levelset.market.title_words import BUSINESS_FUNCTIONS

    words = field_words.split()
    if words[1:] == ["development"] and words[0] in SOFTWARE_STACKS:
        return True  # "Java Development Manager" manages the development of software
    if len(words) < 2 or words[0] != "software":
        return False
    return not set(words) & (BUSINESS_FUNCTIONS | _NOT_SOFTWARE_ENGINEERING)


# a technology function as a whole: its head ("Head of Technology", "VP, Technology") heads
# engineering
_WHOLE_ENGINEERING = ("technology", "tech", "software", "engineering")


def _with_heads(clean: _Clean) -> str:
    """The title without its level words but with "head" kept: "head of ai research"."""
    levels = set(clean.level_words) - {"head"}
    return " ".join(w for w in clean.full.split() if w not in levels)


def function_manager_titles(clean: _Clean) -> list[str]:
    """ "<function> manager" for the head, director or VP of a function: "VP, Sales", "Head of
    Sales" and "VP of Marketing" manage sales or marketing (O*NET's sales or marketing managers)."""
    from levelset.market.title_words import managed_field

    found: list[str] = []
    for form in (clean.core, *_of_forms(clean.core), _with_heads(clean)):
        managed = managed_field(form, _HEADS)
        if managed is not None and managed[0] != "manager":
            found.append(f"{managed[1]} manager")
    return list(dict.fromkeys(found))


def function_manager(text: str, clean: _Clean, store: Fetcher) -> RoleMatch | None:
    """The head, director or VP of a function outside tech ("VP, Sales") is O*NET's manager
    of that function, taken only in a management occupation (11-)."""
    from dataclasses import replace

    from levelset.market.onet_titles import exact_onet

    # "Deputy Director of Information Technology": a deputy of the head manages the function too
    deputy = _DEPUTY_HEAD.sub("", text)
    cleans = [clean, clean_title(deputy)] if deputy != text else [clean]
    for part in [p for c in cleans for p in function_manager_titles(c)]:
        found = exact_onet(part, store)
        if found is not None and found.socs[0].soc.startswith("11-"):
            why = f"{found.why} (read from {text!r} as {part!r}: the head of a function manages it)"
            return replace(found, text=text, why=why)
    return None


# the ranks that stand in for or under a head: "Deputy Director", "Assistant Director"
_DEPUTY_HEAD = compiled(
    r"^\s*(?:(?:deputy|assistant|associate|acting)\s+)+(?=(?:director|head|manager)\b)", re.I
)


# the ranks that stand in for or under an executive: "Deputy Chief Information Officer",
# "Principal Deputy Chief Data Officer", "Associate Chief Information Officer for Infrastructure"
_DEPUTY = compiled(
    r"^\s*(?:(?:principal|deputy|assistant|associate|acting|vice)\s+)+(?=chief\b)", re.I
)
# what an executive of a field is "for": "Chief Information Officer for Infrastructure"
_FOR_AREA = compiled(r"\s+for\s+.*$", re.I)


def deputy_executive(text: str) -> RoleMatch | None:
    """The deputy, assistant or associate of a tech executive manages like that executive: the
    map's role of the executive's title, its area after "for" set aside."""
    from dataclasses import replace

    from levelset.market.roles import match_curated

    rest = _DEPUTY.sub("", text)
    if rest == text:
        return None
    for form in dict.fromkeys((rest, _FOR_AREA.sub("", rest))):
        found = match_curated(form)
        if found is not None and found.key == "engineering_manager":
            why = f"{found.why} (read from {text!r}: a deputy of that executive)"
            return replace(found, text=text, why=why, level_hint=None)
    return None
