"""The CLI's Workspace: built once per command from the environment it was started in.

`main()` opens it around each command and closes it afterwards; commands ask `workspace()`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from levelset.errors import LevelsetError

if TYPE_CHECKING:
    from levelset.app.workspace import Clock, Progress, Workspace

_current: list[Workspace] = []
_client: list[str] = []  # the client the root --client (or LEVELSET_CLIENT) named
_clock: list[Clock] = []  # the day the root --today named (LEVELSET_TODAY is read by from_env)
_typed: list[str] = []  # the command's arguments: the user's own words among them
_theirs: list[tuple[str, ...]] = []  # the client's own words, read once per command


@contextmanager
def command_workspace(args: Sequence[str] = ()) -> Iterator[None]:
    """Scope one command (`args`, as typed): its workspace is built on first use and closed
    at the end."""
    mark = len(_current)
    _typed[:] = args
    try:
        yield
    except LevelsetError as error:
        error.message = as_typed(error.message)  # commands named for the client named
        error.hint = as_typed(error.hint) if error.hint else error.hint
        raise
    finally:
        while _bars:
            _bars.pop().stop()
        while len(_current) > mark:
            _current.pop().close()
        _client.clear()
        _clock.clear()
        _typed.clear()
        _theirs.clear()


def use_client(name: str | None) -> None:
    """Run this command for a coach's client (called by the root `--client` option)."""
    _client.clear()
    if name:
        _client.append(name)


def use_today(day: str | None) -> None:
    """Run this command as if today were `day` (YYYY-MM-DD; the root `--today` option)."""
    _clock.clear()
    if day is not None:
        from levelset.app.workspace import fixed_clock

        _clock.append(fixed_clock(day, named="--today"))


def _built(owner_client: str | None = None) -> Workspace:
    from levelset.app.workspace import Owner, Workspace

    clock = _clock[0] if _clock else None
    return Workspace.from_env(os.environ, clock=clock, owner=Owner(owner_client))


def workspace() -> Workspace:
    """The workspace LEVELSET_HOME (or the platform's data folder) names, for this command,
    seen as the client `--client` named (the user's or coach's own data without it)."""
    if not _current:
        _current.append(_built(_client[0] if _client else None))
    return _current[-1]


def named_client() -> str | None:
    """The client the root --client (or LEVELSET_CLIENT) named for this command, if any."""
    return _client[0] if _client else None


def as_typed(text: str, markup: bool = False) -> str:
    """A command, or text naming commands (`next: levelset proof report`, quoted in backticks
    or not), as the user must type it: for a coach's client each `levelset COMMAND ...` carries
    `--client NAME`, or it would run on the coach's own records. With `markup`, the text is
    Rich markup and the name is escaped in it."""
    name = named_client()
    if not name:
        return text
    from levelset.shell import for_client

    kept = _their_words() if "levelset " in text else ()
    if not markup:
        return for_client(text, name, kept=kept)
    from rich.markup import escape

    return for_client(text, name, escape, kept)


def _their_words() -> tuple[str, ...]:
    """The client's own words, shown as written where a text quotes them: the command's
    arguments and their stored words (none when their records cannot be read)."""
    if not _theirs:
        from levelset.app.clients import own_words

        try:
            stored = own_words(workspace())
        except LevelsetError:
            stored = ()
        _theirs.append((*_typed, *stored))
    return _theirs[0]


def coach_workspace() -> Workspace:
    """The coach's own workspace (client commands name their client themselves)."""
    if not _client:
        return workspace()
    if len(_current) < 2:
        workspace()
        _current.insert(0, _built())
    return _current[0]


def market_progress(title: str = "Building the market store") -> Progress:
    """A progress sink for long market work: a Rich bar on stderr, shown from the first report
    until the work is done or the command ends; one plain line per step when stderr is not a
    terminal (logs, pipes). Nothing goes to stdout, so `--json` output stays clean."""
    bar = ProgressBar(title)
    _bars.append(bar)
    return bar.update


class ProgressBar:
    """One Rich progress bar on stderr, started lazily by its first update."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.said: set[str] = set()
        self.bar: Any = None
        self.task: Any = None

    def update(self, label: str, fraction: float) -> None:
        from levelset.cli.output import err_console, note
        from levelset.cli.plain_text import plain_stream

        # a pipe or a log asks no Rich console to tell so (plain_stream: Rich sees no terminal)
        if plain_stream(sys.stderr) or not err_console().is_terminal:
            if label not in self.said and fraction < 1:
                self.said.add(label)
                note(f"{self.title}: {label}...")
            return
        if self.bar is None:
            self._start()
        self.bar.update(self.task, completed=fraction, description=f"{self.title}: {label}")
        if fraction >= 1:
            self.stop()

    def _start(self) -> None:
        from rich.progress import BarColumn, TaskProgressColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as RichProgress

        from levelset.cli.output import err_console

        columns = (BarColumn(), TaskProgressColumn(), TimeElapsedColumn())
        self.bar = RichProgress(
            TextColumn("{task.description}"), *columns, console=err_console(), transient=True
        )
        self.task = self.bar.add_task(self.title, total=1.0)
        self.bar.start()

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


_bars: list[ProgressBar] = []
