"""Deleting a stored record always leaves a way back: a file that the matching import reads.

The file goes to the exports folder, readable by its owner only, named for what was removed
and when; the use case answers with the command that brings the record back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from levelset.app.workspace import Workspace
from levelset.paths import PRIVATE_FOLDER, private_file


@dataclass(frozen=True)
class Deleted:
    """A removed record and the file that brings it back (`undo` is the command to run)."""

    what: str
    undo_file: Path
    undo: str

    def to_dict(self) -> dict[str, Any]:
        return {"deleted": self.what, "undo_file": str(self.undo_file), "undo": self.undo}


def keep_for_undo(ws: Workspace, name: str, text: str, suffix: str = ".yaml") -> Path:
    """Write `text` to an owner-only file in the exports folder; return its path."""
    stamp = ws.now().strftime("%Y%m%dT%H%M%S")
    folder = ws.exports  # a coach's client keeps their own: one client never undoes another's
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    target, count = folder / f"{name}-{stamp}{suffix}", 1
    while target.exists():  # two deletions in one second each keep their own file
        count += 1
        target = folder / f"{name}-{count}-{stamp}{suffix}"
    file = private_file(target)
    file.write_text(text, encoding="utf-8")
    return file


def yaml_text(data: Any) -> str:
    import yaml

    return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
