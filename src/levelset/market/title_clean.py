"""A typed title cleaned for matching: lowercased, short forms expanded, level words set aside."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from levelset.market.curated import load
from levelset.market.title_levels import as_numeral, misspelt_level, no_band, separator_i
from levelset.patterns import compiled

# a choice of levels, of two or more ("Senior/Staff/Principal Engineer")
_LEVEL_CHOICE = compiled(
    r"\b(senior|sr|junior|jr|mid|staff|principal|lead|distinguished)(?:\.?\s*(?:/|\bor\b)\s*"
    r"(?:senior|sr|staff|principal|lead|distinguished)\b)+"
)
_LEVEL_CHOICE_CASED = compiled(_LEVEL_CHOICE.pattern, re.I)
# "Fresher" (Indian English), "Graduate Engineer" (British): new graduates; "(Interns)" an intern;
# "New College Graduate", "Recent Graduate", "University Grad" as a segment of their own
_NEW_GRAD = compiled(
    r"\b(?:(?:new|recent)(?:[- ](?:college|university))?[- ]?grad(?:uate)?s?"
    r"|(?:college|university)[- ]grad(?:uate)?s?|early[- ]career|freshers?|interns"
    r"|graduate(?= \w))\b"
)
# a trainee or apprentice of a job, named before it or after its job word, is at entry
# ("Trainee Software Engineer", "Software Engineer Apprentice"); "Software Trainee" is read as a
# learner of software (title_specialty)
_LEARNER = compiled(
    r"^(?:trainee|apprentice)(?= \w)|(?<=(?:ngineer|veloper|ientist|analyst) )"
    r"(?:trainee|apprentice)\b"
)
_DEV_OPS = compiled(r"\bdev[ -]ops\b")
# a co-op (a student's work term) opening or closing a title is an intern's job: "Co-op
# Software Engineer, Analytics", "Data Engineer (Co-op)"
_CO_OP = compiled(r"^co-?op(?= \w)|(?<=[ (])co-?op\)?\s*$")
# the middle of Brazil's junior-pleno-senior and Argentina's junior-semi senior-senior ladders
_PLENO = compiled(r"\bplen[oa]\b|\bsemi[- ]?senior\b|^ssr\b")
# the middle of a junior-middle-senior ladder (Eastern European boards): "Middle Python
# Engineer", "Data analyst (middle)"; never "Middle East", "Middle School" or "Middle Office"
_MIDDLE = compiled(r"^middle\b(?!\s+(?:east|school|office|market|management)\b)|\(middle\)")
# a bank's grade above senior associate and below lead (Capital One's "Principal Associate, Data
# Scientist"): a senior, not the principal of an engineering ladder
_PRINCIPAL_ASSOCIATE = compiled(r"\bprincipal associate\b")
# a consultancy's grade above senior ("Associate Principal Engineer"): a principal, not entry
_ASSOCIATE_PRINCIPAL = compiled(r"\bassociate principal\b")
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


_MTS = compiled(r"members? of (?:the )?technical staff")


_NOT_WORD = compiled(r"[^a-z0-9+#]+")


def clean_title(text: str) -> _Clean:
    """Lowercase, drop punctuation, expand short forms, set level words aside."""
    data = load("roles")
    # "Senior Member of Technical Staff" is a senior MTS, never "senior staff"
    lowered = _MTS.sub("mts", text.lower())
    # "Senior / Principal Developer", "Senior or Staff": a choice of levels reads as the first
    lowered = _LEVEL_CHOICE.sub(r"\1", lowered)
    lowered = _NEW_GRAD.sub("entry", lowered)  # "New Grad Software Engineer" is an entry level
    lowered = _LEARNER.sub("entry", lowered)
    lowered = _CO_OP.sub("intern", lowered)
    lowered = _DEV_OPS.sub("devops", lowered)  # "Dev Ops Engineer", "Dev-Ops"
    lowered = _PLENO.sub("mid", lowered)  # "Engenheiro de Software Pleno", "Ssr Data Engineer"
    lowered = _MIDDLE.sub("mid", lowered)  # "Middle Python Engineer" (junior, middle, senior)
    lowered = _PRINCIPAL_ASSOCIATE.sub("senior", lowered)
    lowered = _ASSOCIATE_PRINCIPAL.sub("principal", lowered)
    lowered = _unfolded(lowered)
    lowered = _INITIALS.sub(r"\1\2", _PAY_PLAN.sub(" ", lowered)).replace("&", " and ")
    lowered = separator_i(lowered)  # "Contractor I Mid-level Analytics Engineer"
    words = _NOT_WORD.sub(" ", lowered).split()
    words = [_STAFF_PLUS.sub(r"\1", w) for w in words]  # "Staff+ Engineer" is a staff engineer
    words = [misspelt_level(w) for w in words]  # "Senoir Staff" is senior staff
    # "Support Analyst (L3)": a support desk's tier, no company ladder's level
    tiered = bool(_SUPPORT_DESK & set(words))
    ladder = tuple(w for w in words if _LADDER_CODE.fullmatch(w) and not tiered)
    expanded = " ".join(str(data["abbreviations"].get(w, w)) for w in words).split()
    levels = {str(w) for w in data["level_words"]}
    # "Data Entry Analyst": the entry of data is the job, never an entry level
    named = {i for i, w in enumerate(expanded) if w == "entry" and expanded[i - 1 : i] == ["data"]}
    core = [
        w for i, w in enumerate(expanded) if i in named or (w not in levels and w not in ladder)
    ]
    # level words after short forms are expanded: "SMTS" is a senior MTS
    said = tuple(
        as_numeral(expanded, i)
        for i, w in enumerate(expanded)
        if w in levels and not no_band(expanded, i) and i not in named
    )
    # a company ladder's code ("Software Engineer, L4", "IC5") says the level when no word names
    # a band; beside one ("Senior Software Engineer (IC3)") the word wins: it is the company's
    # own name for its code's band, where a code read without the company is a guess (IC3 is
    # an entry grade on one ladder and a senior one on another)
    kept = said if set(said) & _BAND_WORDS else ladder[:1] or said
    return _Clean(" ".join(expanded), " ".join(core), kept)


# a company ladder's level code as postings write it: L3-L10, IC1-IC9, ICT2-ICT6, E3-E9 ("L2
# Support" is a support tier, not a level)
_LADDER_CODE = compiled(r"(?:l(?:[3-9]|10)|ic[1-9]|ict[2-6]|e[3-9])")
# the level words that name a band by themselves (never "level", "chief" or "head")
_BAND_WORDS = frozenset((
    "sr", "snr", "senior", "jr", "junior", "staff", "principal", "lead", "distinguished", "entry",
    "mid", "associate", "intern", "intermediate",
))  # fmt: skip


def names_band(level_hint: str | None) -> bool:
    """Whether a title's level words hold a word that names a band ("senior", "staff")."""
    return bool(level_hint and set(level_hint.split()) & _BAND_WORDS)


_STAFF_PLUS = compiled(r"^(staff|principal|senior)\+$")
_SUPPORT_DESK = frozenset(("support", "helpdesk", "desk"))
