"""The fields of information technology as postings name them in several ways.

"Head of IT CyberSecurity" and "Information Assurance Branch Manager" manage information
security (O*NET writes "Information Security Manager"); "Information Technology - Project
Manager" is an IT project manager whose field a dash sets apart. Each reading here is a guess
the caller takes only in a tech occupation.
"""

from __future__ import annotations

import re

from levelset.market.roles import Fetcher, RoleMatch, read_as
from levelset.patterns import compiled

# the ways information security is named, as clean_title writes them, longest first
_SECURITY = compiled(
    r"^(?:(?:it|information technology|ict)\s+)?"
    r"(?:cyber\s*security|cyber|it security|information assurance|infosec|information security)\b"
)
# the words of cyber defence that make a security team's work information security's (never
# "Security Operations" alone: a building's guards are a security operation too)
_CYBER_DEFENCE = frozenset((
    "incident", "incidents", "detection", "response", "threat", "threats", "vulnerability",
    "vulnerabilities", "soc", "siem", "edr", "forensics", "cyber",
))  # fmt: skip
# the units of an organisation a head or manager runs: "Branch Manager", "Division Chief"
_UNITS = frozenset(("branch", "division", "section", "unit", "department", "office", "team"))
_HEADS = frozenset(("manager", "chief", "director", "head", "supervisor", "lead"))
# what the part before a dash must be to be the field of the job after it
_IT_FIELD = compiled(
    r"^\s*(?:IT|I\.T\.?|ICT|Information\s+Technology|Information\s+Systems?|Cyber\s*security)\s*$",
    re.I,
)
_DASH = compiled(r"\s+[-–—]\s+")


def security_named(part: str) -> str | None:
    """ "information security manager" for "it cybersecurity manager", "information assurance
    chief": the head of security named the way O*NET names it; None for other titles."""
    words = part.split()
    if not words or words[-1] not in _HEADS:
        return None
    if not _SECURITY.match(part) and not _security_work(words[:-1]):
        return None
    return "information security manager"  # a chief, director or head of it manages it


def managed_security(core: str) -> str | None:
    """ "information security manager" for a manager with the field of security after the rank
    ("Senior Manager - Security Incident Detection and Response", "Manager, Cybersecurity");
    None for any other title."""
    from levelset.market.roles import _HEADS as _RANKS
    from levelset.market.title_words import managed_field

    managed = managed_field(core, _RANKS)
    if managed is None or managed[0] != "manager":
        return None
    return security_named(f"{managed[1]} manager")


def _security_work(words: list[str]) -> bool:
    """Whether words name the work of a security team that defends computers ("security
    incident detection and response"): "security" with a word of cyber defence, and no other."""
    return (
        "security" in words
        and bool(set(words) & _CYBER_DEFENCE)
        and set(words) <= _CYBER_DEFENCE | {"security", "and", "&", "operations"}
    )


def without_unit(core: str) -> str | None:
    """ "information assurance manager" for "information assurance branch manager": the unit a
    head runs set aside, its field kept; None when no unit comes before a head word."""
    words = core.split()
    kept = [
        w
        for i, w in enumerate(words)
        if not (w in _UNITS and i and i + 1 < len(words) and words[i + 1] in _HEADS)
    ]
    return " ".join(kept) if len(kept) < len(words) else None


def field_then_job(text: str) -> str | None:
    """ "Information Technology Project Manager" for "Information Technology - Project Manager":
    an IT field alone before a dash names the field of the job after it."""
    parts = _DASH.split(text, maxsplit=1)
    if len(parts) != 2 or not _IT_FIELD.match(parts[0]):
        return None
    return f"{parts[0].strip()} {parts[1].strip()}"


# an administrator of applications: O*NET writes "Application Systems Administrator"
_APPLICATIONS_ADMIN = compiled(r"^(?:applications?|apps?)\s+(?:administrator|admin)$")


def applications_named(core: str) -> str | None:
    """ "application systems administrator" for "applications administrator": the systems an
    administrator of applications runs named the way O*NET names them; None otherwise."""
    return "application systems administrator" if _APPLICATIONS_ADMIN.match(core) else None


def it_field_readings(text: str, core: str) -> list[str]:
    """The readings above of a title and of its core (no level words), without repeats."""
    found: list[str] = [named] if (named := applications_named(core)) else []
    joined = field_then_job(text)
    if joined is not None:
        found.append(joined)
    plain = without_unit(core) or core
    for form in dict.fromkeys((plain, core)):
        named = security_named(form)
        found += [f for f in (named, form if form != core else None) if f]
    return list(dict.fromkeys(found))


def it_field_role(text: str, store: Fetcher) -> RoleMatch | None:
    """The role of a title read by the readings above (of the title and of it without its
    remarks; a head's field also as "<field> manager"), taken only in a tech occupation."""

    from levelset.market.onet_titles import exact_onet, is_tech_soc
    from levelset.market.roles import match_curated
    from levelset.market.title_clean import clean_title
    from levelset.market.title_leads import function_manager_titles
    from levelset.market.title_parts import posting_tails
    from levelset.market.title_specialty import SEPARATOR

    cut = SEPARATOR.search(text)
    opening = [text[: cut.start()].strip()] if cut and cut.start() else []
    for reading in dict.fromkeys([text, *posting_tails(text), *opening]):
        clean = clean_title(reading)
        parts = [*engineering_lead(clean.core, clean.level_words)]
        parts += it_field_readings(reading, clean.core)
        parts += it_field_readings(reading, clean.full)  # "Cybersecurity Division Chief"
        parts += [n for p in function_manager_titles(clean) if (n := security_named(p))]
        parts += [n for n in [managed_security(clean.core)] if n]  # "Manager - Cybersecurity"
        for part in dict.fromkeys(parts):
            found = match_curated(part) or exact_onet(part, store)
            if found is not None and (found.source == "curated" or is_tech_soc(found.socs[0].soc)):
                why = f"{found.why} (read from {text!r} as {part!r}: an IT field named its own way)"
                return read_as(found, text, why, clean.level_words)
        for part in first_joined(clean.core):  # never a curated role: "R&D Engineer"
            found = exact_onet(part, store)
            if found is not None and found.socs[0].soc.startswith("15-"):
                why = f"{found.why} (read from {text!r} as {part!r}: the first field it joins)"
                return read_as(found, text, why, clean.level_words)
    return None


def first_joined(core: str) -> list[str]:
    """ "it security analyst" for "it security and governance analyst": a job of two joined
    fields read as a job of the first (taken only in the computer occupations)."""
    from levelset.market.title_words import JOB_NOUNS

    first, joined, rest = core.partition(" and ")
    words = rest.split()
    if not joined or not first or len(words) < 2 or words[-1] not in JOB_NOUNS:
        return []
    return [f"{first} {words[-1]}"]


def engineering_lead(core: str, levels: tuple[str, ...]) -> list[str]:
    """ "network engineer" for "Network Engineering Lead": the lead of a field's engineering is
    that field's engineer at the lead's level, never its manager."""
    words = core.split()
    if "lead" not in levels or len(words) < 2 or words[-1] != "engineering":
        return []
    return [" ".join([*words[:-1], "engineer"])]
