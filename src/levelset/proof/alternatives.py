"""A rule compiled as its top-level alternatives: how the quantity rules are matched.

Finding the alternatives of the rules a report reads (some 190,000 characters of patterns) cost
a cold `proof report` 12 ms of CPU at load 10 before its first bullet (issue 15). Where they were
found at build time (`data/prebuilt/alternatives.marshal`, written with the shipped programs
by scripts/compile_patterns.py) a rule takes its split from there, looked up by its whole
pattern: a rule changed since is split afresh, so a stale file is never wrong, only slower.
"""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import levelset
from levelset.once import once
from levelset.patterns import compiled

SPLITS = Path(levelset.__file__).parent / "data" / "prebuilt" / "alternatives.marshal"


class Alternatives:
    """A rule compiled as its top-level alternatives, matched leftmost first, earlier first.

    Python compiles one large alternation several times slower than its parts, and these rules
    are compiled on every cold start.
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._parts: list[re.Pattern[str]] | None = None
        _MADE.append(self)

    @property
    def parts(self) -> list[re.Pattern[str]]:
        """The alternatives, compiled on first use: a command that reads no bullet afresh (its
        readings kept in the store) does not split and compile the rules at all."""
        if self._parts is None:
            ends = _shipped().get(self.pattern)
            found = split_alternatives(self.pattern) if ends is None else _cut(self.pattern, ends)
            self._parts = [compiled(p, re.IGNORECASE) for p in found]
        return self._parts

    def finditer(self, text: str) -> list[re.Match[str]]:
        found = sorted(
            ((m.start(), i, m) for i, part in enumerate(self.parts) for m in part.finditer(text)),
            key=lambda item: (item[0], item[1]),
        )
        chosen: list[re.Match[str]] = []
        for _, _, m in found:
            if not chosen or m.start() >= chosen[-1].end():
                chosen.append(m)
        return chosen


_MADE: list[Alternatives] = []


def made() -> list[Alternatives]:
    """Every rule made so far (scripts/compile_patterns.py compiles their parts to ship them)."""
    return list(_MADE)


def _bars(pattern: str) -> tuple[int, ...]:
    """Where the top-level bars of a pattern stand (its split, kept as positions)."""
    ends, at = [], 0
    for part in split_alternatives(pattern)[:-1]:
        at += len(part)
        ends.append(at)
        at += 1
    return tuple(ends)


def _cut(pattern: str, bars: tuple[int, ...]) -> list[str]:
    starts = (0, *(b + 1 for b in bars))
    return [pattern[a:b] for a, b in zip(starts, (*bars, len(pattern)), strict=True)]


def write_splits(rules: list[Alternatives], target: Path = SPLITS) -> None:
    """Ship where each rule's alternatives split, keyed by its whole pattern."""
    target.write_bytes(marshal.dumps({r.pattern: _bars(r.pattern) for r in rules}))


def read_splits(source: Path) -> dict[str, tuple[int, ...]]:
    """The splits in a file written by `write_splits` (none when it is missing or damaged)."""
    try:
        data = marshal.loads(source.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


_shipped = once(lambda: read_splits(SPLITS))


# the characters that shape a pattern's top level, an escape taken with what it escapes
_SHAPING = compiled(r"\\.|[\[\]()|]", re.DOTALL)


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (outside groups and classes)."""
    parts, start, depth, in_class = [], 0, 0, False
    for m in _SHAPING.finditer(pattern):  # the shaping characters only: a cold start runs this
        c = m.group()
        if len(c) == 2:  # an escape
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start : m.start()])
            start = m.end()
    parts.append(pattern[start:])
    return parts
