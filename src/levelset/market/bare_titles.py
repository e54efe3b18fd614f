"""A title of one generic job word ("Scientist", "Senior Architect", "Manager", "Lead"): asked
which job it means, never ranged as a blend of every trade that uses the word."""

from __future__ import annotations

from levelset.errors import AmbiguousValue
from levelset.market.roles import RoleMatch

# the jobs a bare job word is asked to choose among: the map's and tech's first, then the trade
# outside tech that the word alone most often names (each suggestion reads as a role)
CHOICES: dict[str, tuple[str, ...]] = {
    "engineer": (
        "Software Engineer",
        "Machine Learning Engineer",
        "Data Engineer",
        "Platform Engineer",
        "Mechanical Engineer",
    ),
    "scientist": (
        "Data Scientist",
        "Research Scientist",
        "Applied Scientist",
        "Environmental Scientist",
    ),
    "architect": (
        "Solutions Architect",
        "Software Architect",
        "Cloud Architect",
        "Data Architect",
        "Building Architect",
    ),
    "analyst": (
        "Data Analyst",
        "Business Analyst",
        "Systems Analyst",
        "Security Analyst",
        "Financial Analyst",
    ),
    "manager": (
        "Engineering Manager",
        "Product Manager",
        "Technical Program Manager",
        "Project Manager",
        "IT Manager",
    ),
    "lead": (
        "Tech Lead",
        "Lead Machine Learning Engineer",
        "Lead Data Scientist",
        "Engineering Manager",
    ),
    "consultant": (
        "IT Consultant",
        "Data Science Consultant",
        "Solutions Architect",
        "Management Consultant",
    ),
    "director": (
        "Director of Engineering",
        "Director of Machine Learning",
        "Director of Data Science",
        "Director of Product",
    ),
    "head": ("Head of Engineering", "Head of Machine Learning", "Head of Data"),
    "vp": ("VP of Engineering", "VP of Machine Learning", "VP of Data"),
    "intern": ("Software Engineering Intern", "Machine Learning Intern", "Data Science Intern"),
    "associate": (
        "Associate Software Engineer",
        "Associate Data Scientist",
        "Associate Product Manager",
    ),
    "researcher": ("Research Scientist", "Research Engineer", "UX Researcher"),
    "designer": ("Product Designer", "UX Designer", "Graphic Designer"),
    "administrator": ("Systems Administrator", "Database Administrator", "Network Administrator"),
    "specialist": ("IT Specialist", "Information Security Specialist"),
}
# words the cleaner keeps as level words that are a job alone ("Lead", "Head", "Intern"), and
# other spellings of a bare job ("Team Lead", "Vice President")
_LEVEL_JOBS = frozenset(("lead", "head", "intern", "associate"))
_SPELLINGS = {"team lead": "lead", "vice president": "vp", "president vice": "vp"}


def bare_job(text: str) -> str | None:
    """The generic job word a title consists of, level words aside ("Sr. Architect" ->
    "architect", "Team Lead" -> "lead"), or None when it names more than that."""
    from levelset.market.title_clean import clean_title

    clean = clean_title(text)
    core = clean.core.split()
    if len(core) == 1 and core[0] in CHOICES:
        return core[0]
    jobs = [w for w in clean.level_words if w in _LEVEL_JOBS]
    spelled = _SPELLINGS.get(" ".join([*core, *jobs]))
    if spelled:
        return spelled
    return jobs[0] if not core and len(jobs) == 1 else None


def ask_if_bare(text: str, word: str | None = None) -> None:
    """Raise AmbiguousValue naming the closest roles when the title is one generic job word
    (or when word, the label O*NET read it as, is one)."""
    job = word if word in CHOICES else bare_job(text)
    if job is None:
        return
    choices = CHOICES[job]
    shown = "VP" if job == "vp" else job.capitalize()
    message = (
        f"ambiguous title: {text!r} names no field, and a bare {shown!r} is a job in many "
        "trades, in tech and out"
    )
    hint = f"say which {job}, e.g. {'; '.join(choices)} (level words are kept)"
    raise AmbiguousValue("title", text, choices, message=message, hint=hint)


def ask_field(found: RoleMatch) -> RoleMatch:
    """The O*NET reading, unless O*NET read the title as a bare job word ("Engineer (Senior)"
    as its bare "Engineer", filed under many occupations in tech and out): then asked which."""
    if found.source == "onet":
        ask_if_bare(found.text, found.label.strip().lower())
    return found
