"""Roles: a job title as typed ("Sr. ML Eng", "Applied Scientist II") -> a role -> SOC codes.

Tech roles come from a curated map (curated/roles.yaml) with several SOC codes and weights
where official data has no exact occupation. Any other title falls back to O*NET's titles in
the market store. Every match says why it was made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from levelset.market.curated import load
from levelset.market.title_levels import EXECUTIVES, as_numeral, no_band
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


_LEVEL_CHOICE = compiled(
    r"\b(senior|sr|junior|jr|mid|staff|principal|lead|distinguished)\.?\s*(?:/|\bor\b)\s*"
    r"(?:senior|sr|staff|principal|lead|distinguished)\b"
)
_LEVEL_CHOICE_CASED = compiled(_LEVEL_CHOICE.pattern, re.I)
# "Fresher" (Indian English), "Graduate Engineer" (British): new graduates; "(Interns)" an intern
_NEW_GRAD = compiled(
    r"\b(?:new[- ]?grad(?:uate)?s?|early[- ]career|freshers?|interns|graduate(?= \w))\b"
)
# the middle of a junior-middle-senior ladder (Eastern European boards): "Middle Python
# Engineer", "Data analyst (middle)"; never "Middle East", "Middle School" or "Middle Office"
_MIDDLE = compiled(r"^middle\b(?!\s+(?:east|school|office|market|management)\b)|\(middle\)")
# a bank's grade above senior associate and below lead (Capital One's "Principal Associate, Data
# Scientist"): a senior, not the principal of an engineering ladder
_PRINCIPAL_ASSOCIATE = compiled(r"\bprincipal associate\b")
_INITIALS = compiled(r"\b([iv])&([a-z])\b")  # "I&O" (initials) holds no level I
# a federal pay plan, series and grade ("NB-2210-V", "GS-2210-13/14") says no level of a ladder
_PAY_PLAN = compiled(r"\b[a-z]{2}-\d{4}(?:-\s?[0-9iv]{1,4}(?:/[0-9iv]{1,4})?)?\b")


def _unfolded(text: str) -> str:
    """Letters with accents as their plain letters, and a letter of another alphabet kept as a
    letter ("x"), so that a word of another language never leaves a lone "v" or "i" read as a
    level ("və" in an Azerbaijani title is no level V)."""
    import unicodedata

    if text.isascii():
        return text
    plain = unicodedata.normalize("NFKD", text)
    return "".join(
        "x" if ch.isalpha() and not ch.isascii() else ch
        for ch in plain
        if not unicodedata.combining(ch)
    )


@dataclass(frozen=True)
class _Clean:
    full: str  # lowercased, punctuation gone, abbreviations expanded
    core: str  # the same without level words
    level_words: tuple[str, ...] = field(default=())


def clean_title(text: str) -> _Clean:
    """Lowercase, drop punctuation, expand short forms, set level words aside."""
    data = load("roles")
    # "Senior Member of Technical Staff" is a senior MTS, never "senior staff"
    lowered = re.sub(r"members? of (?:the )?technical staff", "mts", text.lower())
    # "Senior / Principal Developer", "Senior or Staff": a choice of levels reads as the first
    lowered = _LEVEL_CHOICE.sub(r"\1", lowered)
    lowered = _NEW_GRAD.sub("entry", lowered)  # "New Grad Software Engineer" is an entry level
    lowered = _MIDDLE.sub("mid", lowered)  # "Middle Python Engineer" (junior, middle, senior)
    lowered = _PRINCIPAL_ASSOCIATE.sub("senior", lowered)
    lowered = _unfolded(lowered)
    lowered = _INITIALS.sub(r"\1\2", _PAY_PLAN.sub(" ", lowered)).replace("&", " and ")
    words = re.sub(r"[^a-z0-9+#]+", " ", lowered).split()
    words = [_STAFF_PLUS.sub(r"\1", w) for w in words]  # "Staff+ Engineer" is a staff engineer
    # "Support Analyst (L3)": a support desk's tier, no company ladder's level
    tiered = bool(_SUPPORT_DESK & set(words))
    ladder = tuple(w for w in words if _LADDER_CODE.fullmatch(w) and not tiered)
    expanded = " ".join(str(data["abbreviations"].get(w, w)) for w in words).split()
    levels = {str(w) for w in data["level_words"]}
    core = [w for w in expanded if w not in levels and w not in ladder]
    # a company ladder's code ("Software Engineer, L4", "IC5") says the level better than words
    # level words after short forms are expanded: "SMTS" is a senior MTS
    kept = ladder[:1] or tuple(
        as_numeral(expanded, i)
        for i, w in enumerate(expanded)
        if w in levels and not no_band(expanded, i)
    )
    return _Clean(" ".join(expanded), " ".join(core), kept)


# a company ladder's level code as postings write it: L3-L10, IC1-IC9, ICT2-ICT6, E3-E9 ("L2
# Support" is a support tier, not a level)
_LADDER_CODE = compiled(r"(?:l(?:[3-9]|10)|ic[1-9]|ict[2-6]|e[3-9])")
_STAFF_PLUS = compiled(r"^(staff|principal|senior)\+$")
_SUPPORT_DESK = frozenset(("support", "helpdesk", "desk"))


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
    for candidate in (clean.full, clean.core, *_of_forms(clean.core), *_engineer_form(clean.core)):
        if candidate in aliases:
            why = _why_curated(text, candidate, clean.full, _label(aliases[candidate]))
            if candidate not in (clean.full, clean.core):
                why = (
                    f"{text!r} reads as {candidate!r}, a known name of {_label(aliases[candidate])}"
                )
            # a lead's own name ("Tech Lead", "Technical Lead") says the lead's level, staff
            stripped = candidate != clean.full or "lead" in clean.level_words
            return curated_role(aliases[candidate], text, why, stripped=stripped)
    from levelset.market.title_leads import (
        deputy_executive,
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
        or deputy_executive(text)
        or _fuzzy_curated(text, clean.core)
        or _by_words(text, clean.core)
        or _without_posting_noise(text)
        or _without_board_noise(text)
    )


_HEADS = ("director", "manager", "head", "vp", "vice president")
_BUILDER_WORDS = ("developer", "programmer")


def _engineer_form(core: str) -> tuple[str, ...]:
    """ "data developer" -> "data engineer": a developer or programmer of a field the map names
    as "<field> engineer" does that engineer's job ("Data Integration Developer"), as does an
    intern or lead named by the field's engineering ("Machine Learning Engineering Intern")."""
    words = core.split()
    if len(words) >= 2 and words[-1] in (*_BUILDER_WORDS, "engineering"):
        return (" ".join([*words[:-1], "engineer"]),)
    return ()


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
    from levelset.market.title_words import (
        JOB_NOUNS,
        by_field,
        opening_title,
        role_suffix,
        specialty_head,
    )

    # the job a posting names before a dash, or before a comma and a field ("Sales Director,
    # Data Engineering"; "Lead Consultant, Data Engineer" names its job after the rank)
    after = _SEGMENT_END.split(text.partition(",")[2].strip())[0].split()
    named = bool(after) and after[-1].lower() in JOB_NOUNS
    head = opening_title(text) or ([] if named else specialty_head(text))
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
    if _listed_later(text, key):
        return None
    why = f"{text!r} ends in {tail!r}, a known name of {_label(key)}; the words before it"
    why += " are read as a specialty"
    return curated_role(key, text, why)


def _listed_later(text: str, key: str) -> bool:
    """Whether the role is only the last of several jobs a slash lists after another job
    ("Supervisory Geographer/Civil Engineer/Data Scientist"): the first job listed is the
    posting's, never a field before a slash ("AI/ML Engineer", "Senior/Staff Engineer")."""
    items = [" ".join(i.split()) for i in re.sub(r"\([^)]*\)", " ", text).split("/")]
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

    plain = without_board_noise(text)
    found = match_curated(plain) if plain else None
    if found is None:
        return None
    why = f"{found.why} (read from {text!r} without the board's additions: {plain!r})"
    return replace(found, text=text, why=why)


def _without_posting_noise(text: str) -> RoleMatch | None:
    """A posting's title with its office prefix, pay grade or remark in parentheses set aside."""
    from levelset.market.title_words import JOB_NOUNS, opening_title, posting_tails

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
