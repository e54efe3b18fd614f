"""Which JSON a file holds before it is read as a résumé.

JSON Resume (jsonresume.org, 1.0 field names and the 0.x ones: `company`, `website`), FRESH
(the FRESH résumé schema: `employment.history`, `info`, `skills.sets`), converted to JSON
Resume's shape, and a JSON Resume *job description* (`title`, `company`, `responsibilities`,
`qualifications`), which is a job posting, not a résumé.
"""

from __future__ import annotations

from typing import Any

JSON_RESUME = "JSON Resume"
FRESH = "FRESH"
JOB_DESCRIPTION = "JSON Resume job description"

_JOB_KEYS = {"responsibilities", "qualifications", "salary", "remote", "experience", "type"}
_RESUME_KEYS = {"basics", "work", "skills", "education", "projects", "volunteer", "awards"}


def json_kind(data: dict[str, Any]) -> str | None:
    """JSON_RESUME, FRESH, JOB_DESCRIPTION, or None for anything else."""
    declared = str(_dict(data.get("meta")).get("format", "")).upper()
    if declared.startswith("FRESH") or isinstance(data.get("employment"), dict):
        return FRESH
    job_like = isinstance(data.get("title"), str) and bool(_JOB_KEYS & set(data))
    if job_like and not (_RESUME_KEYS - {"skills"}) & set(data):
        return JOB_DESCRIPTION
    if _RESUME_KEYS & set(data):
        return JSON_RESUME
    return None


def fresh_as_json_resume(data: dict[str, Any]) -> dict[str, Any]:
    """A FRESH résumé in JSON Resume's field names (what levelset reads of it)."""
    info = _dict(data.get("info"))
    history = _list(_dict(data.get("employment")).get("history"))
    skills = _dict(data.get("skills"))
    return {
        "basics": {
            "name": data.get("name"),
            "label": info.get("label"),
            "summary": info.get("brief") or info.get("characterClass"),
        },
        "work": [_job(item) for item in history],
        "skills": _skill_sets(skills),
        "projects": [
            {"name": p.get("title") or p.get("name"), "highlights": p.get("highlights")}
            for p in _list(data.get("projects"))
        ],
    }


def _job(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": item.get("employer") or item.get("company"),
        "position": item.get("position") or item.get("title"),
        "location": item.get("location"),
        "startDate": item.get("start"),
        "endDate": item.get("end"),
        "summary": item.get("summary"),
        "highlights": item.get("highlights"),
    }


def _skill_sets(skills: dict[str, Any]) -> list[dict[str, Any]]:
    found = [
        {"name": s.get("name"), "keywords": s.get("skills")} for s in _list(skills.get("sets"))
    ]
    found += [{"name": s.get("name")} for s in _list(skills.get("list"))]
    return found


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[dict[str, Any]]:
    """The objects in a list (anything else in it, or no list at all, reads as nothing)."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []
