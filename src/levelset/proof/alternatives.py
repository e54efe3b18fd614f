"""A rule compiled as its top-level alternatives: how the quantity rules are matched."""

from __future__ import annotations

import re

from levelset.patterns import compiled


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
            self._parts = [compiled(p, re.IGNORECASE) for p in split_alternatives(self.pattern)]
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
