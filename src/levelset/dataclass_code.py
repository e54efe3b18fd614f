"""The methods `@dataclass` writes, compiled ahead and shipped with the package (issue 15).

For each class `dataclasses` writes `__init__`, `__repr__`, `__eq__`, `__hash__` and, when
frozen, `__setattr__` and `__delattr__` as source text and compiles it with `exec` when the
class is made, at import: about 0.5 ms of CPU a class, a quarter of a cold `playbook` (it
makes some 180). `install()` gives the `dataclasses` module an `exec` that runs the code
compiled from the same text, with the same name and flags, when
`data/prebuilt/dataclass_code.marshal` holds it; any other text is compiled as before. The
classes are the same either way: only the compiling is skipped.

The file holds each module's code apart, behind an index of where each part lies, and a
module's part is read when that module makes its first class (a command reads a few of the
file's 2.9 MB, not all of it). It is used only by the interpreter that wrote it (the same
bytecode); with another, or for a text it does not hold, nothing changes. A stale file is
never wrong, only slower. `scripts/compile_dataclasses.py` writes it again (a test says when
it is stale).
"""

from __future__ import annotations

import builtins
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

CODE = Path(__file__).parent / "data" / "prebuilt" / "dataclass_code.marshal"
FILENAME = "<string>"  # what exec() names the code it compiles from text

Codes = dict[str, CodeType]  # source text -> its compiled code
Index = dict[str, tuple[int, int]]  # module name -> where its marshalled Codes lie (offset, size)
_HEAD = 8  # bytes: the index's size, little-endian, before the index and the parts
_index: Index | None = None
_read: dict[str, Codes] = {}
_recorded: dict[str, Codes] | None = None  # while scripts/compile_dataclasses.py runs


def engine() -> tuple[str, bytes, int]:
    """What shipped code depends on: the interpreter's bytecode and the marshal format."""
    from importlib.util import MAGIC_NUMBER

    return sys.implementation.cache_tag, MAGIC_NUMBER, marshal.version


def compiled(source: str) -> CodeType:
    """The code `exec(source)` runs when called from `dataclasses` (no __future__ flags)."""
    return compile(source, FILENAME, "exec", dont_inherit=True)


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None) -> None:
    """`exec` for the dataclasses module: text it has code for is not compiled again."""
    if isinstance(source, str):
        module = (globals or {}).get("__name__")
        code = _shipped(module).get(source) if isinstance(module, str) else None
        if code is None:
            code = compiled(source)  # as exec would, without this module's __future__ flags
        if _recorded is not None and isinstance(module, str):
            _recorded.setdefault(module, {})[source] = code
        source = code
    elif isinstance(source, bytes):
        source = compiled(source.decode())
    builtins.exec(source, globals, locals)


def install() -> None:
    """Make dataclasses take shipped code from now on (classes made before are unchanged)."""
    import dataclasses

    dataclasses.exec = _exec  # type: ignore[attr-defined]  # found before the builtin


def record() -> dict[str, Codes]:
    """Install, and keep the code of every class made from now on, by module."""
    global _recorded
    install()
    _recorded = {}
    return _recorded


def _shipped(module: str) -> Codes:
    """The shipped code of one module's classes (empty when none or another engine's)."""
    global _index
    codes = _read.get(module)
    if codes is None:
        if _index is None:
            _index = read_index(CODE)
        where = _index.get(module)
        codes = _read[module] = _loaded(_part(CODE, *where) if where else None)
    return codes


def _loaded(part: bytes | None) -> Codes:
    try:
        codes = marshal.loads(part) if part else {}
    except (EOFError, ValueError, TypeError):
        return {}
    return codes if isinstance(codes, dict) else {}


def write(codes: dict[str, Codes], target: Path = CODE) -> None:
    """Ship this code for this engine: the index, then each module's part marshalled apart."""
    parts = {module: marshal.dumps(dict(sorted(codes[module].items()))) for module in sorted(codes)}
    index: Index = {}
    for module, part in parts.items():
        index[module] = (sum(size for _, size in index.values()), len(part))
    head = marshal.dumps({"engine": engine(), "modules": index})
    body = b"".join(parts.values())
    target.write_bytes(len(head).to_bytes(_HEAD, "little") + head + body)


def read_index(source: Path) -> Index:
    """Where each module's part lies in a file `write` made (from the file's start), if this
    engine made it; else nothing."""
    try:
        with source.open("rb") as file:
            size = int.from_bytes(file.read(_HEAD), "little")
            data = marshal.loads(file.read(size)) if 0 < size < 1 << 24 else None
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict) or data.get("engine") != engine():
        return {}
    index = data.get("modules")
    if not isinstance(index, dict):
        return {}
    start = _HEAD + size
    return {module: (start + offset, length) for module, (offset, length) in index.items()}


def _part(source: Path, offset: int, size: int) -> bytes | None:
    try:
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        os.lseek(fd, offset, os.SEEK_SET)
        return os.read(fd, size)
    except OSError:
        return None
    finally:
        os.close(fd)


def read(source: Path) -> dict[str, Codes]:
    """Every module's code in a file `write` made (empty when another engine made it)."""
    return {m: _loaded(_part(source, *where)) for m, where in read_index(source).items()}
