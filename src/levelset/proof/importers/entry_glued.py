"""A title and its employer on one line with nothing between them but a change of type
("Systems Developer DIRAM | November 2024 - January 2025", the title bold, the employer
plain): the text keeps no trace of the type, so the title is taken to end at its last role word
where the words after it read as a name."""

from __future__ import annotations

from levelset.patterns import compiled
from levelset.proof.cities import is_city
from levelset.proof.headers import names_role, role_score
from levelset.proof.importers.entry_heads import division_like
from levelset.proof.locations import is_location
from levelset.proof.places import is_region

GLUED = "title and company told apart where the title's role words end: nothing set them apart"

_TEAM = compiled(r"(?i:\b(?:team|squad|group|division|department|unit)\b)")
_MODES = {"remote", "hybrid", "onsite", "on-site", "online", "worldwide"}
# role words that stand before the word a title ends in ("Data Science", "Senior Engineer")
_MODIFIER = compiled(
    r"(?i:data|software|research|senior|junior|principal|chief|staff|full|stack|"
    r"full-stack|frontend|backend|devops|master|product|\w+ing)"  # "Engineering", "Teaching"
)
_JOINING = {"and", "of", "for", "the", "de", "del", "la", "du", "für", "&", "-", "–", "—"}
# what may follow a title's role words and still be the title: its grade, its field, its terms
_NOT_A_NAME = compiled(
    r"(?:[IVX]{1,4}|\d+|NLP|ML|AI|CV|UX|UI|QA|BI|HR|IT|R&D|SEO)"
    r"|(?i:freelance|contract|co-?op|part[- ]time|full[- ]time|temporary|seasonal|summer|remote)"
    r"(?: \S+)?"
)


def title_then_employer(text: str) -> tuple[str, str]:
    """(title, employer) of "Jr. Software Engineer Christus Latam Hub Excellence and
    Innovation Center", or (text, "") where the words after the last role word are no name: a
    grade ("Engineer II"), a field ("Scientist NLP"), a team ("Manager Payments") or a place."""
    words = text.split()
    if "," in text:
        return text, ""  # "Data Analyst, Operations": set apart by a comma, not glued
    roles = [
        i for i, word in enumerate(words) if names_role(word) and not _MODIFIER.fullmatch(word)
    ]
    if not roles or roles[-1] in (0, len(words) - 1):
        return text, ""
    title, name = " ".join(words[: roles[-1] + 1]), words[roles[-1] + 1 :]
    employer = " ".join(name)
    if not name[0][:1].isupper() or not all(w[:1].isupper() or w in _JOINING for w in name):
        return text, ""  # "Engineer at Acme", "Developer working on ..."
    if _NOT_A_NAME.fullmatch(employer) or _NOT_A_NAME.fullmatch(name[0]):
        return text, ""  # "Engineer II – Video Stream Team": a grade, then a team
    if division_like(employer) or _TEAM.search(employer) or role_score(title) < 0:
        return text, ""
    written = is_location(employer) and ("," in employer or employer.casefold() in _MODES)
    if written or is_city(employer) or is_region(employer):
        return text, ""  # "Software Engineer Berlin": the place, not the employer
    return title, employer


def role_then_employer(text: str) -> tuple[str, str]:
    """("Developer", "Ross Business Consulting") of "Developer Ross Business Consulting", the
    part after the dash of "Engineer - Developer Ross Business Consulting": one role word
    before a name of two or more capitalised words; ("", text) for anything else."""
    words = text.split()
    if len(words) < 3 or not names_role(words[0]) or _MODIFIER.fullmatch(words[0]):
        return "", text
    name = words[1:]
    if any(names_role(w) for w in name) or not all(w[:1].isupper() for w in name):
        return "", text
    employer = " ".join(name)
    if _NOT_A_NAME.fullmatch(employer) or division_like(name[0]) or _TEAM.search(employer):
        return "", text  # "Developer Experience Platform": an area, "Developer Tools Team"
    if is_location(employer) or is_city(employer) or is_region(employer):
        return "", text
    return words[0], employer


def role_after_dash(heading: str, title: str, company: str) -> tuple[str, str] | None:
    """("Engineer - Developer", "Ross Business Consulting") where the heading reads "Engineer -
    Developer Ross Business Consulting" and was split at its dash: the role word after the
    dash goes with the title; None where the part after the dash opens on no role."""
    role, named = role_then_employer(company)
    dashed = f"{title} - {company}" in heading.replace("–", "-")
    if not role or role_score(title) <= 0 or not dashed:
        return None
    return f"{title} - {role}", named
