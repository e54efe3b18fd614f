"""Roles: a job title as typed ("Sr. ML Eng", "Applied Scientist II") -> a role -> SOC codes.

Tech roles come from a curated map (curated/roles.yaml) with several SOC codes and weights
where official data has no exact occupation. Any other title falls back to O*NET's titles in
the market store. Every match says why it was made.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from levelset.market.curated import load
from levelset.market.title_clean import _Clean, clean_title
from levelset.market.title_levels import EXECUTIVES
from levelset.market.typo_guards import acronym_swap, affix_swap, role_word_swap, word_swap
from levelset.once import once
from levelset.patterns import compiled

FUZZY_CUTOFF = 85.0  # rapidfuzz ratio; below this a title is not taken as a typo of another


class Fetcher(Protocol):
    def fetch(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]: ...


@dataclass(frozen=True)
class SocWeight:
    """One SOC code a role borrows from, its weight (weights of a role sum to 1) and why."""

    soc: str
    weight: float
    why: str


@dataclass(frozen=True)
class RoleMatch:
    """The role a title was read as, the official codes behind it, and how it was matched."""

    text: str
    key: str  # "ml_engineer", or "onet:15-1299.08" for an O*NET fallback
    label: str
    socs: tuple[SocWeight, ...]
    why: str
    source: str  # "curated" or "onet"
    crowd_titles: tuple[str, ...] = ()
    lca_words: tuple[tuple[str, ...], ...] = ()
    level_hint: str | None = None  # a level word found in the title ("sr", "ii")
    score: float = 100.0

    @property
    def soc_codes(self) -> tuple[str, ...]:
        return tuple(s.soc for s in self.socs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "role": self.key,
            "label": self.label,
            "source": self.source,
            "why": self.why,
            "socs": [{"soc": s.soc, "weight": s.weight, "why": s.why} for s in self.socs],
            "crowd_titles": list(self.crowd_titles),
            "level_hint": self.level_hint,
            "score": round(self.score, 1),
            "outside_tech": list(self.outside_tech),
        }

    @property
    def outside_tech(self) -> tuple[str, ...]:
        """The SOC codes of an O*NET reading outside the tech occupations (curated roles: none)."""
        from levelset.market.onet_titles import TECH_SOCS

        if self.source != "onet":
            return ()
        return tuple(c for c in self.soc_codes if not c.startswith("15-") and c not in TECH_SOCS)


@once
def _aliases() -> dict[str, str]:
    """Every curated alias and label, lowercased and cleaned -> role key."""
    found: dict[str, str] = {}
    for key, role in load("roles")["roles"].items():
        for name in [role["label"], *role["aliases"]]:
            found.setdefault(clean_title(str(name)).full, key)
    return found


def curated_role(
    key: str, text: str, why: str, score: float = 100.0, *, stripped: bool = True
) -> RoleMatch:
    """The RoleMatch of a curated role key."""
    role = load("roles")["roles"][key]
    socs = tuple(SocWeight(str(s["soc"]), float(s["weight"]), str(s["why"])) for s in role["socs"])
    clean = clean_title(text)
    return RoleMatch(
        text=text,
        key=key,
        label=str(role["label"]),
        socs=socs,
        why=why,
        source="curated",
        crowd_titles=tuple(str(t) for t in role["crowd_titles"]),
        lca_words=tuple(tuple(str(w) for w in words) for words in role["lca_words"]),
        level_hint=_hint(key, clean) if stripped else None,
        score=score,
    )


def _hint(key: str, clean: _Clean) -> str | None:
    """The title's level words, none for an executive's title ("Senior Director, AI")."""
    if key == "engineering_manager" and EXECUTIVES & set(clean.full.split()):
        return None
    return " ".join(clean.level_words) or None


def read_as(found: RoleMatch, text: str, why: str, level_words: Sequence[str]) -> RoleMatch:
    """`found` (a reading of part of `text`) as the role of `text`: with the reason given, and
    with `text`'s level words where the part read had none of its own."""
    levels = " ".join(level_words) or None
    return replace(found, text=text, why=why, level_hint=found.level_hint or levels)


def match_curated(text: str) -> RoleMatch | None:
    """The curated role of a title, exact after cleaning or a close typo; None otherwise."""
    clean = clean_title(text)
    aliases = _aliases()
    forms = (*_of_forms(clean.core), *_engineer_form(clean.core), *_joined_first(clean.core))
    for candidate in (clean.full, clean.core, *forms):
        if candidate in aliases:
            why = _why_curated(text, candidate, clean.full, _label(aliases[candidate]))
            if candidate not in (clean.full, clean.core):
                why = (
                    f"{text!r} reads as {candidate!r}, a known name of {_label(aliases[candidate])}"
                )
            # a lead's own name ("Tech Lead", "Technical Lead") says the lead's level, staff
            stripped = candidate != clean.full or "lead" in clean.level_words
            return curated_role(aliases[candidate], text, why, stripped=stripped)
    if TEACHING & set(clean.core.split()):
        return None  # "Assistant Professor Data Science" teaches it: O*NET's teachers
    from levelset.market.trade_guards import department_job

    if department_job(text):  # "Recruiter, Machine Learning Engineering" recruits
        return None
    from levelset.market.title_leads import (
        deputy_executive,
        field_at_level,
        field_lead,
        head_of_field,
        ladder_engineer,
    )
    from levelset.market.title_specialty import field_intern, job_word_first, specialty

    return (
        field_intern(text, clean)
        or specialty(text)
        or job_word_first(text, clean)
        or ladder_engineer(text, clean)
        or head_of_field(text, clean)
        or field_lead(text, clean)
        or field_at_level(text, clean)
        or deputy_executive(text)
        or _fuzzy_curated(text, clean.core)
        or _by_words(text, clean.core)
        or _without_posting_noise(text)
        or _without_board_noise(text)
    )


_HEADS = ("director", "manager", "head", "vp", "vice president")
# the jobs of those who teach a field, never the field's curated role
TEACHING = frozenset(("professor", "lecturer", "teacher", "instructor", "faculty", "tutor"))
_BUILDER_WORDS = ("developer", "programmer")


def _engineer_form(core: str) -> tuple[str, ...]:
    """ "data developer" -> "data engineer": a developer or programmer of a field the map names
    as "<field> engineer" does that engineer's job ("Data Integration Developer"), as does an
    intern or lead named by the field's engineering ("Machine Learning Engineering Intern")."""
    from levelset.market.title_tools import OPERATING_SYSTEMS

    words = core.split()
    if " ".join(words[:-1]) in OPERATING_SYSTEMS:  # "Windows Developer" writes software
        return ()
    # "Cloud Support Engineer (Big Data / AI ML), Support Engineering": the job is named already
    if words[-1:] == ["engineering"] and "engineer" in words[:-1]:
        return ()
    if len(words) >= 2 and words[-1] in (*_BUILDER_WORDS, "engineering"):
        return (" ".join([*words[:-1], "engineer"]),)
    # "DevOps Specialist", "Cloud Infrastructure Expert": a specialist of a platform's field is
    # its engineer (never "Data Specialist", a data steward's job)
    if words[-1:] in (["specialist"], ["expert"]) and set(words) & _CLOUD_WORDS:
        return _cloud_specialist(words[:-1])
    return ()


def _cloud_specialist(field: list[str]) -> tuple[str, ...]:
    """The engineer of a cloud specialist's field: the field whole ("DevOps Specialist"), else
    the field after the cloud it runs on when that names infrastructure or a platform ("Cloud
    Infrastructure Specialist", "Cloud Data Infrastructure Expert"; never "Cloud Data
    Specialist")."""
    engineer = " ".join([*field, "engineer"])
    if _aliases().get(engineer) == _PLATFORM:
        return (engineer,)
    rest = field[1:] if field[:1] == ["cloud"] else []
    engineer = " ".join([*rest, "engineer"])
    built = _aliases().get(engineer)
    if rest[-1:] in (["infrastructure"], ["platform"]) and built in (_PLATFORM, "data_engineer"):
        return (engineer,)
    return ()


_PLATFORM = "platform_engineer"
# the words that make a platform's field a computing one ("Infrastructure Specialist" may build
# roads, "Platform Specialist" work on an oil platform)
_CLOUD_WORDS = frozenset(("cloud", "devops", "devsecops", "sre", "reliability", "kubernetes"))


def _joined_first(core: str) -> tuple[str, ...]:
    """ "machine learning engineer" for "machine learning and data engineer": of two fields the
    map names joined before one job word, the first is the job's (as a lead's is)."""
    from levelset.market.title_it_fields import first_joined

    first = first_joined(core)
    second = core.partition(" and ")[2]
    return tuple(first) if first and second in _aliases() else ()


def _of_forms(core: str) -> tuple[str, ...]:
    """ "engineering director" -> "director of engineering": the management ladder's two word
    orders ("Data Science Manager", "Manager of Data Science") name one job."""
    for head in _HEADS:
        if core.endswith(" " + head) and len(core) > len(head) + 1:
            return (f"{head} of {core[: -len(head) - 1]}",)
    return ()


def _by_words(text: str, core: str) -> RoleMatch | None:
    """A role name ending a longer title, or an ML field before a generic role word; never the
    words after a job a posting names first ("Senior Business Analyst - Data Engineering")."""
    from levelset.market.title_parts import opening_title, specialty_head
    from levelset.market.title_words import JOB_NOUNS, by_field, role_suffix

    # the job a posting names before a dash, or before a comma and a field ("Sales Director,
    # Data Engineering"; "Lead Consultant, Data Engineer" names its job after the rank)
    after = _SEGMENT_END.split(text.partition(",")[2].strip())[0].split()
    named = bool(after) and after[-1].lower() in JOB_NOUNS
    head = opening_title(text) or ([] if named else specialty_head(text))
    # "Senior Director, Marketing Data Engineering": a rank alone heads what follows it
    if head and clean_title(head[0]).core in _HEADS:
        head = []
    if head and head[0].split()[-1].lower() in JOB_NOUNS:
        core = clean_title(head[0]).core

    readings = [core, *_in_forms(core), *_engineer_form(core)]  # "AI Engineering Lead"
    fielded = next(filter(None, map(by_field, readings)), None)
    if fielded is not None:
        key, field_words = fielded
        why = f"{text!r} names a field or tool ({field_words!r}) and a role word: {_label(key)}"
        return curated_role(key, text, why)
    known = next((r for r in _in_forms(core)[:1] if r in _aliases()), None)
    if known is not None:  # "Data Engineer in Renewable Energy"
        key = _aliases()[known]
        why = f"{text!r} names {known!r}, a known name of {_label(key)}, in a domain"
        return curated_role(key, text, why)
    tail = role_suffix(core, _aliases())
    if tail is None and _engineer_form(core):  # "Full Stack Product Developer"
        tail = role_suffix(_engineer_form(core)[0], _aliases())
    if tail is None:
        return None
    key = _aliases()[tail]
    job = core[: -len(tail)].strip()
    if tail.split()[-1] not in JOB_NOUNS and job.split()[-1] in JOB_NOUNS and job in _aliases():
        # "Machine Learning Engineer Data Science": a job named whole, then its team's field
        key = _aliases()[job]
        why = f"{text!r} names {job!r}, a known name of {_label(key)}, before its field {tail!r}"
        return curated_role(key, text, why)
    if _listed_later(text, key):
        return None
    ranks = {w for h in _HEADS for w in h.split()} & {*job.split(), *clean_title(text).full.split()}
    if core.endswith(" engineering") and ranks:
        # "Director, Medical AI Engineering", "Head of Medical Software Engineering" head the
        # engineering they name, as its manager
        why = f"{text!r} heads the engineering of {_label(key)}s: {_label('engineering_manager')}"
        return curated_role("engineering_manager", text, why)
    if key in _SCIENCES and ranks - {"manager"}:
        return None  # "Director, Clinical Data Science" heads it and does none of it
    why = f"{text!r} ends in {tail!r}, a known name of {_label(key)}; the words before it"
    why += " are read as a specialty"
    return curated_role(key, text, why)


# the roles named for a science, whose heads head_of_field reads when it can
_SCIENCES = frozenset(("data_scientist", "research_scientist", "applied_scientist"))
_BRACKETED = compiled(r"\([^)]*\)")


def _listed_later(text: str, key: str) -> bool:
    """Whether the role is only the last of several jobs a slash lists after another job
    ("Supervisory Geographer/Civil Engineer/Data Scientist"): the first job listed is the
    posting's, never a field before a slash ("AI/ML Engineer", "Senior/Staff Engineer")."""
    items = [" ".join(i.split()) for i in _BRACKETED.sub(" ", text).split("/")]
    words = clean_title(items[0]).core.split() if len(items) > 1 else []
    if len(words) < 2 or not _AGENT_ENDING.search(words[-1]):
        return False
    first = match_curated(items[0])
    return first is None or first.key != key


# the endings of a word that names who does a job: geographer, scientist, technician
_AGENT_ENDING = compiled(r"(?:er|ist|or|ian)$")


# where the words after a title's first comma end: another separator or a bracket
_SEGMENT_END = compiled(r"[,(\[|–—-]")


def _in_forms(core: str) -> list[str]:
    """ "expert in ai nlp ml" -> "ai expert", "ai nlp expert", ...: a job "in" a field is that
    field's job, read with the field's first one to three words."""
    job, found, field_words = core.partition(" in ")
    if not found or not job or not field_words:
        return []
    words = field_words.split()
    # "Machine Learning Engineer in Precision Agriculture": a named job of two words or more
    # works in the domain after "in"
    named = [job] if len(job.split()) >= 2 and job in _aliases() else []
    return named + [f"{' '.join(words[:n])} {job}" for n in range(1, min(len(words), 3) + 1)]


def _without_board_noise(text: str) -> RoleMatch | None:
    """A job board's title without where, how and for whom the job is worked."""
    from levelset.market.title_noise import without_board_noise
    from levelset.market.trade_guards import other_engineering

    plain = without_board_noise(text)
    found = match_curated(plain) if plain else None
    # "Research Engineer for Advanced Energy Systems": what the job is "for" is another science
    if found is None or not plain or other_engineering(text, plain):
        return None
    why = f"{found.why} (read from {text!r} without the board's additions: {plain!r})"
    return replace(found, text=text, why=why)


def _without_posting_noise(text: str) -> RoleMatch | None:
    """A posting's title with its office prefix, pay grade or remark in parentheses set aside."""
    from levelset.market.title_parts import opening_title, posting_tails
    from levelset.market.title_words import JOB_NOUNS

    head = opening_title(text)
    if head and head[0].split()[-1].lower() in JOB_NOUNS:
        return None  # "Executive Assistant - Chief Technology Officer": the job comes first
    from levelset.market.trade_guards import other_engineering

    for tail in posting_tails(text):
        found = match_curated(tail)
        if found is not None and other_engineering(text, tail):
            continue  # "Principal Engineer (Mechanical)": another trade's engineer
        if found is not None:
            why = f"{found.why} (read from {text!r} without its office prefix, grade or remark)"
            return replace(found, text=text, why=why)
    return None


def _why_curated(text: str, candidate: str, full: str, label: str) -> str:
    """Why a title is a curated role, without echoing a title that is the role's own name."""
    if candidate == full and clean_title(label).full == full:
        return f"{text!r} is a role in levelset's map of tech roles"
    how = "is" if candidate == full else "without its level words is"
    return f"{text!r} {how} a known name of {label} in levelset's map of tech roles"


def _fuzzy_curated(text: str, core: str) -> RoleMatch | None:
    from rapidfuzz import fuzz, process

    if len(core) < 6:  # short forms are matched exactly or not at all
        return None
    found = process.extractOne(core, list(_aliases()), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if found is None:
        return None
    alias, score, _ = found
    if acronym_swap(core, alias) or role_word_swap(core, alias):
        return None  # "QA Engineer" is no typo of "ML Engineer": a short word differs
    if len(core.split()) != len(alias.split()):
        return None  # a word more or less is another title ("Platform Data Engineer"), no typo
    if affix_swap(core, alias) or word_swap(core, alias):
        return None  # "Search Engineer" is no "Research Engineer", "Project" no "Product"
    key = _aliases()[alias]
    why = f"{text!r} read as {alias!r} (a close spelling, {score:.0f}% similar): {_label(key)}"
    return curated_role(key, text, why, score)


def _label(key: str) -> str:
    return str(load("roles")["roles"][key]["label"])


def curated_names() -> list[str]:
    """The curated role labels, in the order of the map."""
    return [str(r["label"]) for r in load("roles")["roles"].values()]
