"""US federal posting titles: "IT" spelled out, OPM's specialty codes, supervisory titles.

"IT Specialist (INFOSEC)" is an information security analyst, "IT Specialist (SYSADMIN)" a
systems administrator: the code in brackets is the specialty OPM names for the 2210 series. A
"Supervisory" (or "Supv.") job of a computer occupation manages it: O*NET's computer and
information systems managers. O*NET writes most IT titles both ways ("Information Technology
Specialist (IT Specialist)"), so a title with "IT" is also read with it spelled out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from levelset.market.roles import Fetcher, RoleMatch
from levelset.patterns import compiled

# "IT" as a word; "IT-04" is a Canadian classification, not information technology
_IT = compiled(r"\b(?:IT|I\.T\.?)(?=\s|$|[)/,]|-(?!\d))")
# OPM's parenthetical specialties of the IT management series -> the O*NET title of the job
_SPECIALTIES = {
    "infosec": "Information Security Analyst",
    "security": "Information Security Analyst",
    "info security": "Information Security Analyst",
    "information security": "Information Security Analyst",
    "cybersecurity": "Information Security Analyst",
    "appsw": "Software Developer",
    "applications software": "Software Developer",
    "application software": "Software Developer",
    "sysadmin": "Systems Administrator",
    "systems administration": "Systems Administrator",
    "network": "Network Administrator",
    "networkservices": "Network Administrator",
    "network services": "Network Administrator",
    "custspt": "Computer User Support Specialist",
    "customer support": "Computer User Support Specialist",
    "sysanalysis": "Computer Systems Analyst",
    "systems analysis": "Computer Systems Analyst",
    "datamgt": "Database Administrator",
    "data management": "Database Administrator",
    "entarch": "Enterprise Architect",
    "enterprise architecture": "Enterprise Architect",
    "inet": "Web Developer",
    "internet": "Web Developer",
}
_CODE = compiled(r"\(\s*([^)]+?)\s*\)")
# "Chief Supervisory IT Specialist": the chief of the supervisors supervises too
_SUPERVISORY = compiled(r"^\s*(?:chief\s+)?(?:supervisory|supv\.?|supervising)\s+", re.I)
IT_MANAGER = "Information Technology Manager"  # O*NET's title of 11-3021
IT_MANAGER_SOC = "11-3021"
# "... Management", or "... Management (Customer Support)": the remark in brackets set aside
_MANAGEMENT_END = compiled(r"\bManagement\s*(?:\([^)]*\)\s*)?$", re.I)
# the computer occupations and computer hardware engineers (OPM's 0854 computer engineers)
_COMPUTER_JOBS = ("15-", "17-2061")


_BRACKETED = compiled(r"(\([^)]*\))")


def spelled_out(text: str) -> list[str]:
    """The title with "IT" written "Information Technology", when it has one outside brackets
    (a remark in brackets, "Product Manager (IT Specialist)", is no part of the job); OPM's
    short "ITSPEC", "IT Spec" and "Information Technology Spc" written "... Specialist", and
    "Information System Specialist" as O*NET's "Information Systems Specialist"."""
    parts = _BRACKETED.split(text)
    spelled = "".join(
        p if p.startswith("(") else _IT.sub("Information Technology", _spelled(p)) for p in parts
    )
    return [spelled] if spelled != text else []


# OPM's short forms of the specialist: "ITSPEC", "IT Spec", "Information Technology Spc"
_IT_SPEC = compiled(r"\b(IT|I\.T\.?|Information\s+Technology)\s*(?:SPEC|SPC)\b\.?", re.I)
_SYSTEM = compiled(r"\b(information)\s+system\b", re.I)


def _spelled(part: str) -> str:
    return _SYSTEM.sub(r"\1 Systems", _IT_SPEC.sub(r"\1 Specialist", part))


# a job of information technology named only by its generic word: "IT Asset Management
# Specialist", "Information Technology Officer", "IT Customer Solutions Intern"
_IT_OPENING = compiled(r"^\s*(?:IT|I\.T\.?|Information\s+Technology)\b(?!-\d)", re.I)
_GENERIC_JOBS = {
    "specialist": "Information Technology Specialist",
    "officer": "Information Technology Specialist",
    "intern": "Information Technology Specialist",
    "trainee": "Information Technology Specialist",
    "supervisor": "IT Supervisor",
    "analyst": "IT Analyst",  # "IT Network Solutions Analyst"
}


_HEAD_END = compiled(r"[,(\[]|\s[-–—|]\s")


def it_generic_job(text: str) -> str | None:
    """The O*NET title of an IT job whose words between "IT" and its job word name no
    occupation: the last job word of the title's first part decides (a specialist, officer or
    intern of IT is an IT specialist, its supervisor an IT supervisor); the field alone before
    its specialty in brackets, as OPM names the series, is its specialist ("Information
    Technology (Information Security)")."""
    if not _IT_OPENING.match(text):
        return None
    head = _HEAD_END.split(text, maxsplit=1)[0]
    words = head.lower().split()
    if words[-1] == "services":  # "Information Technology Services (Network Services)"
        words = words[:-1]
    if words in (["it"], ["information", "technology"]) and text[len(head) :].startswith("("):
        return _GENERIC_JOBS["specialist"]
    return _GENERIC_JOBS.get(words[-1]) if len(words) >= 2 else None


_SLASH = compiled(r"\s*/\s*")


def specialty_job(text: str) -> str | None:
    """The O*NET title of an IT specialist's OPM specialty: "IT Specialist (INFOSEC)" ->
    "Information Security Analyst"; the first code of "(SYSANALYSIS/APPSW)" is taken."""
    head = _CODE.sub(" ", text).lower()
    it_head = "information technology" in head or "it" in head.split()
    if "specialist" not in head:
        return None
    for inside in _CODE.findall(text):
        first = _SLASH.split(inside.lower())[0].strip()
        # OPM's own codes ("INFOSEC") say the job alone; words ("Security") only of an IT title
        if first in _SPECIALTIES and (it_head or first in _OPM_CODES):
            return _SPECIALTIES[first]
    return None


_OPM_CODES = frozenset(("infosec", "appsw", "sysadmin", "networkservices", "custspt", "sysanalysis",
                        "datamgt", "entarch", "inet"))  # fmt: skip


def _first_listed(text: str) -> str:
    """The first of the jobs a slash lists outside brackets ("Geographer (GIS)/Civil Engineer/
    Data Scientist" -> "Geographer (GIS)"): a supervisor of several jobs is read by the first."""
    depth, cut = 0, len(text)
    for i, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == "/" and depth == 0:
            cut = i
            break
    return text[:cut].strip()


def supervised(
    text: str, store: Fetcher, read: Callable[[str, Fetcher], RoleMatch | None]
) -> RoleMatch | None:
    """A supervisory job of a computer occupation is O*NET's computer and information systems
    manager ("Supervisory IT Specialist (INFOSEC)"); a supervisor of several jobs a slash lists
    whose first is outside the computer occupations is read as that first job ("Supervisory
    Biologist/Chemist/Data Scientist"); None otherwise."""
    from dataclasses import replace

    from levelset.market.onet_titles import exact_onet

    rest = _SUPERVISORY.sub("", text)
    if rest == text:
        return None
    first = _first_listed(rest)
    job = read(first, store)
    if job is not None and first != rest.strip() and not job.socs[0].soc.startswith(_COMPUTER_JOBS):
        # "Supervisory Biologist/Chemist/Data Scientist" supervises the first job listed
        why = f"{job.why} (read from {text!r}: a supervisor of the first job listed, {first!r})"
        return replace(job, text=text, why=why)
    if job is None and _MANAGEMENT_END.search(rest):
        # "Supervisory Information Technology Management": the field managed names its manager
        job = read(_MANAGEMENT_END.sub("Manager", _first_listed(rest)), store)
        job = job if job is not None and job.socs[0].soc.startswith(IT_MANAGER_SOC) else None
        return (
            None if job is None else replace(job, text=text, why=f"{job.why} (read from {text!r})")
        )
    if job is None or not job.socs[0].soc.startswith(_COMPUTER_JOBS):
        return None
    manager = exact_onet(IT_MANAGER, store)
    if manager is None:
        return None
    why = f"{manager.why} (read from {text!r}: a supervisor of {job.label!r}, a computer job)"
    return replace(manager, text=text, why=why)


# a federal hiring program named before the job, with the office or "Internal" before it:
# "Pathways Recent Graduate Program (IT Specialist)", "IRS Internal Recent Graduate Program ..."
_HIRING_PROGRAM = compiled(
    r"^(?:[\w.&-]+\s+){0,3}?(?:pathways\s+)?recent\s+graduates?\s+program\b\s*[-–—:]?\s*",
    re.I,
)


def without_hiring_program(text: str) -> str | None:
    """The title as a recent graduate's job when it opens with a federal hiring program's name
    ("Pathways Recent Graduate Program (IT Specialist)" -> "Recent Graduate - IT Specialist"):
    the program hires at the entry level, and the job follows it, in brackets or not, remarks
    after it kept ("(Operations Research Analyst) TEMP NTE 1 Year")."""
    found = _HIRING_PROGRAM.match(text)
    if found is None:
        return None
    job = text[found.end() :].strip()
    if job.startswith("(") and ")" in job:  # "(Operations Research Analyst) TEMP NTE 1 Year"
        inside, _, rest = job[1:].partition(")")
        job = f"{inside.strip()} {rest.strip()}".strip()
    return f"Recent Graduate - {job}" if job else None
