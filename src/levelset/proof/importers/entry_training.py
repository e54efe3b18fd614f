"""Training set out like a job: a bootcamp, a nanodegree or a training programme dated and
titled as positions are ("Full Stack Developer - Oracle Next One Program  Oracle | April 2022 -
December 2022", its text "Completed an intensive technical training program"). Such an entry is
no position, and no role under it takes its name for an employer."""

from __future__ import annotations

from collections.abc import Iterable

from levelset.patterns import compiled
from levelset.proof.model import Position

# a name that says it is training whatever its text says
_COURSE = compiled(
    r"(?i:\b(?:boot[- ]?camps?|nano-?degrees?|training\s+(?:program(?:me)?s?|courses?)|"
    r"(?:online\s+)?courses?\s+program(?:me)?s?)\b)"
)
# a programme by name: training only where the entry's own text says so
_PROGRAMME = compiled(r"(?i:\bprogram(?:me)?s?\b)")
_TRAINED = compiled(
    r"(?i:\b(?:training\s+program(?:me)?|boot[- ]?camp|curriculum|cohort|"
    r"(?:completed|finished|graduated\s+from|enrolled\s+in)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:program(?:me)?|training|course))\b)"
)
# a title that is a job inside a programme: teaching or running it
_STAFF = compiled(
    r"(?i:\b(?:instructors?|teachers?|teaching|mentors?|tutors?|coach(?:es)?|TA|lecturers?|"
    r"assistants?|managers?|directors?|coordinators?|heads?|leads?|founders?|fellows?|"
    r"interns?|apprentices?|trainees?|residents?|associates?)\b)"
)
# a programme of paid work, in the title or the employer ("Graduate Training Programme",
# "Apprenticeship Program", "Leadership Development Program")
_WORK = compiled(
    r"(?i:\b(?:graduates?|internships?|apprenticeships?|rotation(?:al)?|residency|fellowships?|"
    r"trainee|early[- ]career|leadership\s+development)\b)"
)


def _a_job(position: Position) -> bool:
    named = f"{position.title} {position.company}"
    return bool(_STAFF.search(position.title) or _WORK.search(named))


def names_training(position: Position) -> bool:
    """The entry's title or employer names a bootcamp, a nanodegree or a training programme."""
    named = f"{position.title} {position.company}"
    return bool(_COURSE.search(named)) and not _a_job(position)


def is_training(position: Position, texts: Iterable[str]) -> bool:
    """A bootcamp or course by name, or a programme whose own lines say it was training
    ("Completed an intensive technical training program"); never a job held in one (its
    instructor, an intern, a graduate programme's analyst)."""
    if names_training(position):
        return True
    named = f"{position.title} {position.company}"
    if not _PROGRAMME.search(named) or _a_job(position):
        return False
    return any(_TRAINED.search(text) for text in texts)
