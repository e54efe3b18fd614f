"""Regular expressions whose compiled programs ship with the package (issue 15).

Python's `re` parses and compiles every pattern in Python code, at each process start: the
proof rules (some 200 patterns, many of them long alternations) cost a cold `proof report`
about 80 ms of CPU before it read a bullet; the market's, the message scorer's and the
practice rules' another 10-20 ms of the commands that load them. `compiled(pattern, flags)`
is `re.compile`, except that a pattern whose program is in
`data/prebuilt/regex_programs.marshal.zlib` (82 KB) is built from that program by the
regular-expression engine at once, as `re.compile` would have built it.

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
    """Ship the programs of these patterns, for this engine."""
    programs = {key: program(*key) for key in sorted(keys)}
    target.write_bytes(zlib.compress(marshal.dumps({"engine": engine(), "programs": programs}), 9))


def read(source: Path) -> dict[Key, tuple[Any, ...]]:
    """The programs in a file written by `write`, if this engine wrote it (else none)."""
    try:
        data = marshal.loads(zlib.decompress(source.read_bytes()))
    except (OSError, EOFError, ValueError, TypeError, zlib.error):
        return {}
    if not isinstance(data, dict) or data.get("engine") != engine():
        return {}
    programs = data.get("programs")
    return programs if isinstance(programs, dict) else {}


_shipped = once(lambda: read(PROGRAMS))
