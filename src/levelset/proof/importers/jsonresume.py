"""JSON résumés: JSON Resume (0.x and 1.0 field names) and FRESH, detected before reading.

A JSON Resume job description, or JSON that is no résumé at all, is refused with a message
saying what the file is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from levelset.errors import Problem, validation_failed
from levelset.proof.dates import parse_month
from levelset.proof.formats import FRESH, JOB_DESCRIPTION, fresh_as_json_resume, json_kind
from levelset.proof.model import Bullet, Channel, Document, Origin, Position
from levelset.proof.safety import check_file, refuse


def _read_json(path: Path) -> Any:
    """The file's JSON through the one safe reader: UTF-8 only (a bad byte named by offset),
    nesting, number length and size capped."""
    from levelset.untrusted import decode, load_json, read_bytes

    check_file(path)
    return load_json(decode(read_bytes(path), path), path.name)


def import_json_resume(path: Path) -> Document:
    """A JSON Resume; every malformed entry is reported with its field path."""
    data = _read_json(path)
    if not isinstance(data, dict):
        raise refuse(path, "the top level must be an object", "a JSON Resume object")
    data = _as_resume(path, data)
    problems: list[Problem] = []
    positions = [
        _position(path.name, f"work[{i}]", item, problems)
        for i, item in enumerate(_list(data, "work", path.name, problems))
    ]
    if problems:
        raise validation_failed("could not read", problems)
    found = data.get("basics")
    basics: dict[str, Any] = found if isinstance(found, dict) else {}
    return Document(
        source=path.name,
        channel=Channel.RESUME,
        name=_str(basics.get("name")),
        headline=_str(basics.get("label")),
        summary=_str(basics.get("summary")),
        positions=tuple(p for p in positions if p is not None),
        skills=_skills(data),
        extra_bullets=_projects(path.name, data),
    )


def _as_resume(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """The résumé in JSON Resume's shape, or an InputError saying what the file is instead."""
    kind = json_kind(data)
    if kind == FRESH:
        return fresh_as_json_resume(data)
    if kind == JOB_DESCRIPTION:
        raise refuse(
            path,
            "this is a job description (JSON Resume job schema), not a résumé; nothing was "
            "imported. Import your own résumé here; keep the posting for the role you target",
            "a résumé: JSON Resume with basics and work, or FRESH",
        )
    if kind is None:
        keys = ", ".join(sorted(data)[:8]) or "none"
        raise refuse(
            path,
            f"not a résumé: no basics, work or employment (top-level keys: {keys})",
            "JSON Resume (basics, work) or FRESH (employment.history)",
        )
    return data


def _list(data: dict[str, Any], key: str, source: str, problems: list[Problem]) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        problems.append(Problem("must be a list", file=source, field=key, expected="a list"))
        return []
    return value


def _position(source: str, where: str, item: Any, problems: list[Problem]) -> Position | None:
    if not isinstance(item, dict):
        problems.append(Problem("must be an object", file=source, field=where))
        return None
    title = _str(item.get("position"))
    if not title:
        problems.append(Problem("a position needs a title", file=source, field=f"{where}.position"))
        return None
    company = _str(item.get("name")) or _str(item.get("company")) or ""
    bullets = _work_bullets(source, where, item, f"{title}, {company}" if company else title)
    end = _str(item.get("endDate"))
    if end and end.strip().lower() in {"present", "current", "now"}:
        end = None
    return Position(
        title,
        company,
        Origin(source, field=where),
        parse_month(_str(item.get("startDate")) or ""),
        parse_month(end or ""),
        current=not end,
        bullets=tuple(bullets),
        location=_str(item.get("location")) or "",
    )


def _work_bullets(source: str, where: str, item: dict[str, Any], label: str) -> list[Bullet]:
    """The position's summary (if any) then its highlights, each with its field path."""
    texts = [(f"{where}.summary", _str(item.get("summary")))]
    texts += [
        (f"{where}.highlights[{j}]", t) for j, t in enumerate(_strings(item.get("highlights")))
    ]
    return [
        Bullet(text, Origin(source, field=field), Channel.RESUME, label)
        for field, text in texts
        if text
    ]


def _skills(data: dict[str, Any]) -> tuple[str, ...]:
    found: list[str] = []
    for skill in data.get("skills") or []:
        if isinstance(skill, dict):
            found.extend(s for s in [_str(skill.get("name"))] if s)
            found.extend(_strings(skill.get("keywords")))
    return tuple(dict.fromkeys(found))


def _projects(source: str, data: dict[str, Any]) -> tuple[Bullet, ...]:
    found: list[Bullet] = []
    for i, project in enumerate(data.get("projects") or []):
        if isinstance(project, dict):
            for j, text in enumerate(_strings(project.get("highlights"))):
                origin = Origin(source, field=f"projects[{i}].highlights[{j}]")
                found.append(Bullet(text, origin, Channel.RESUME, _str(project.get("name"))))
    return tuple(found)


def _str(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _strings(value: Any) -> list[str]:
    return (
        [v.strip() for v in value if isinstance(v, str) and v.strip()]
        if isinstance(value, list)
        else []
    )
