"""A story bank: STAR stories (situation, task, action, result) in YAML or Markdown.

YAML: a list of stories, or {stories: [...]}, each with title, situation, task, action,
result. Markdown: one "## Title" heading per story and lines such as "Situation: ...".
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from levelset.errors import InputError, Problem, validation_failed
from levelset.patterns import compiled
from levelset.proof.model import Channel, Document, Origin, Story
from levelset.proof.safety import read_text, refuse

PARTS = ("situation", "task", "action", "result")
_PART_LINE = compiled(
    r"^\s*[-*]?\s*(?:\*\*)?(situation|task|action|result)s?(?:\*\*)?\s*[:\-–]\s*(?:\*\*)?\s*(.*)$",
    re.IGNORECASE,
)


_ACTION_LINE = compiled(r"^\W*action\W*[:\-–]", re.M)
_RESULT_LINE = compiled(r"^\W*result\W*[:\-–]", re.M)


def looks_like_stories(text: str) -> bool:
    """Text with at least one "Action:" and one "Result:" line."""
    lowered = text.lower()
    return bool(_ACTION_LINE.search(lowered)) and bool(_RESULT_LINE.search(lowered))


def import_stories(path: Path) -> Document:
    """A story bank file; every story without an action or result is reported."""
    text = read_text(path)
    if path.suffix.lower() in {".yaml", ".yml"}:
        stories = _from_yaml(path, text)
    else:
        stories = _from_markdown(path.name, text)
    problems = [
        Problem(
            "a story needs an action and a result",
            file=path.name,
            line=s.origin.line,
            field=s.origin.field,
        )
        for s in stories
        if not (s.action.strip() and s.result.strip())
    ]
    if problems:
        raise validation_failed("could not read", problems)
    if not stories:
        raise refuse(path, "no stories found", "stories with Situation/Task/Action/Result")
    return Document(source=path.name, channel=Channel.STORIES, stories=tuple(stories))


def _from_yaml(path: Path, text: str) -> list[Story]:
    from levelset.untrusted import load_yaml

    # the one safe reader: aliases refused (they expand exponentially), nesting and long
    # numbers capped, a syntax error named by line
    data: Any = load_yaml(text, path.name)
    items = data.get("stories") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise refuse(path, "expected a list of stories", "a list, or a 'stories:' key")
    stories = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise refuse(path, f"story {i + 1} is not a mapping")
        values = {p: _text(path, item, p, i) for p in PARTS}
        title = _text(path, item, "title", i) or f"story {i + 1}"
        stories.append(Story(title, Origin(path.name, field=f"stories[{i}]"), **values))
    return stories


def _text(path: Path, item: dict[str, Any], part: str, index: int) -> str:
    """One part of a story as text; a list or mapping where text belongs is refused."""
    value = item.get(part)
    if isinstance(value, list | dict):
        field = f"stories[{index}].{part}"
        message = f"{field} is a {type(value).__name__}, not text"
        problem = Problem(message, file=path.name, field=field, expected="a sentence or paragraph")
        raise InputError(f"{path.name}: {message}", problems=[problem])
    return str(value or "").strip()


_MARKDOWN_HEADING = compiled(r"^#{1,4}\s+(.*)$")


def _from_markdown(source: str, text: str) -> list[Story]:
    stories: list[Story] = []
    title, line_no, parts, current = None, 0, dict.fromkeys(PARTS, ""), ""
    for number, raw in enumerate(text.splitlines(), start=1):
        heading = _MARKDOWN_HEADING.match(raw)
        if heading:
            if title is not None:
                stories.append(Story(title, Origin(source, line_no), **parts))
            title, line_no, parts, current = (
                heading.group(1).strip(),
                number,
                dict.fromkeys(PARTS, ""),
                "",
            )
            continue
        part = _PART_LINE.match(raw)
        if part:
            current = part.group(1).lower()
            parts[current] = part.group(2).strip()
        elif current and raw.strip():
            parts[current] = f"{parts[current]} {raw.strip()}".strip()
    if title is not None:
        stories.append(Story(title, Origin(source, line_no), **parts))
    return [s for s in stories if any((s.situation, s.task, s.action, s.result))]
