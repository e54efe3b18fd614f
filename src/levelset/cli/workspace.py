"""The CLI's Workspace: built once per command from the environment it was started in.

`main()` opens it around each command and closes it afterwards; commands ask `workspace()`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from levelset.app.workspace import Progress, Workspace

_current: list[Workspace] = []


@contextmanager
def command_workspace() -> Iterator[None]:
    """Scope one command: its workspace is built on first use and closed at the end."""
    mark = len(_current)
    try:
        yield
    finally:
        while len(_current) > mark:
            _current.pop().close()


def workspace() -> Workspace:
    """The workspace LEVELSET_HOME (or the platform's data folder) names, for this command."""
    if not _current:
        from levelset.app.workspace import Workspace

        _current.append(Workspace.from_env(os.environ))
    return _current[-1]


def market_progress() -> Progress:
    """A progress sink for building the market store: one line on stderr per step."""
    from levelset.cli.output import note

    said: set[str] = set()

    def report(label: str, _fraction: float) -> None:
        if label not in said:
            said.add(label)
            note(f"Building the market store: {label}...")

    return report
