"""Regular expressions whose compiled programs ship with the package (issue 15).

Python's `re` parses and compiles every pattern in Python code, at each process start: the
proof rules (some 200 patterns, many of them long alternations) cost a cold `proof report`
about 80 ms of CPU before it read a bullet; the market's, the message scorer's and the
practice rules' another 10-20 ms of the commands that load them. `compiled(pattern, flags)`
is `re.compile`, except that a pattern whose program is in
`data/prebuilt/regex_programs.marshal.zlib` is built from that program by the
regular-expression engine at once, as `re.compile` would have built it. Each program is
compressed on its own and unpacked when its pattern is first asked for: a command unpacks
the third of the file its rules use, not the whole 3.4 MB (about 8 ms of CPU a start).

The file is used only by the engine that wrote it (the same Python version and engine magic);
with any other, or for a pattern it does not hold, `compiled` is `re.compile`. A stale file
is never wrong, only slower. `scripts/compile_patterns.py` writes it again (a test says when
it is stale); `asked()` names every pattern compiled through here, for that script.
"""

from __future__ import annotations

import marshal
import re
import sys
import zlib
from array import array
from collections.abc import Iterator, Mapping
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

import levelset
from levelset.once import once

PROGRAMS = Path(levelset.__file__).parent / "data" / "prebuilt" / "regex_programs.marshal.zlib"

Key = tuple[str, int]
_sre: Any = _compiler._sre  # the engine (a C module with no type stubs)
_asked: set[Key] = set()
_STEP = "I" if array("I").itemsize == _sre.CODESIZE else "L"  # one word of engine code


def engine() -> tuple[str, int, int]:
    """What a shipped program depends on: the Python, and the engine's own version marks."""
    return sys.implementation.cache_tag, int(_sre.MAGIC), int(_sre.CODESIZE)


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the shipped program when there is one."""
    key = (pattern, int(flags))
    _asked.add(key)
    program = _shipped().get(key)
    if program is None:
        return re.compile(pattern, flags)
    final_flags, code, groups, groupindex, indexgroup = program
    steps = array(_STEP, code).tolist()
    return _sre.compile(pattern, final_flags, steps, groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def program(
    pattern: str, flags: int = 0
) -> tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]:
    """What the engine is given for a pattern: the steps of `re._compiler.compile` before its
    last call, which takes these arguments (the code as machine words, quicker to load)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    final_flags = int(flags | parsed.state.flags)
    steps = array(_STEP, code).tobytes()
    return final_flags, steps, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def asked() -> set[Key]:
    """Every (pattern, flags) compiled through `compiled` in this process so far."""
    return set(_asked)


def write(keys: set[Key], target: Path = PROGRAMS) -> None:
    """Ship the programs of these patterns, for this engine (each compressed on its own)."""
    programs = {key: zlib.compress(marshal.dumps(program(*key)), 9) for key in sorted(keys)}
    target.write_bytes(marshal.dumps({"engine": engine(), "programs": programs}))


class Programs(Mapping[Key, tuple[Any, ...]]):
    """The programs of a file written by `write`, each unpacked when asked for; a damaged one
    is missing (its pattern compiles as usual)."""

    def __init__(self, packed: dict[Key, bytes]) -> None:
        self._packed = packed

    def __getitem__(self, key: Key) -> tuple[Any, ...]:
        try:
            found = marshal.loads(zlib.decompress(self._packed[key]))
        except (EOFError, ValueError, TypeError, zlib.error) as damaged:
            raise KeyError(key) from damaged
        if not isinstance(found, tuple):
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[Key]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)


def read(source: Path) -> Programs:
    """The programs in a file written by `write`, if this engine wrote it (else none)."""
    try:
        data = marshal.loads(source.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return Programs({})
    if not isinstance(data, dict) or data.get("engine") != engine():
        return Programs({})
    programs = data.get("programs")
    return Programs(programs) if isinstance(programs, dict) else Programs({})


_shipped = once(lambda: read(PROGRAMS))
