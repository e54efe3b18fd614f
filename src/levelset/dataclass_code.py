"""The methods `@dataclass` writes, compiled ahead and shipped with the package (issue 15).

For each class `dataclasses` writes `__init__`, `__repr__`, `__eq__`, `__hash__` and, when
frozen, `__setattr__` and `__delattr__` as source text and compiles it with `exec` when the
class is made, at import: about 0.5 ms of CPU a class, a quarter of a cold `playbook` (it
makes some 180). `install()` gives the `dataclasses` module an `exec` that runs the code
compiled from the same text, with the same name and flags, when
`data/prebuilt/dataclass_code.marshal` holds it; any other text is compiled as before. The
classes are the same either way: only the compiling is skipped.

The file holds each module's code apart and a module's part is read when that module makes
its first class. It is used only by the interpreter that wrote it (the same bytecode); with
another, or for a text it does not hold, nothing changes. A stale file is never wrong, only
slower. `scripts/compile_dataclasses.py` writes it again (a test says when it is stale).
"""

from __future__ import annotations

import builtins
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import Any

CODE = Path(__file__).parent / "data" / "prebuilt" / "dataclass_code.marshal"
FILENAME = "<string>"  # what exec() names the code it compiles from text

Codes = dict[str, CodeType]  # source text -> its compiled code
_parts: dict[str, bytes] | None = None  # module name -> its Codes, still marshalled
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
    global _parts
    codes = _read.get(module)
    if codes is None:
        if _parts is None:
            _parts = read_parts(CODE)
        codes = _read[module] = _loaded(_parts.get(module))
    return codes


def _loaded(part: bytes | None) -> Codes:
    try:
        codes = marshal.loads(part) if part else {}
    except (EOFError, ValueError, TypeError):
        return {}
    return codes if isinstance(codes, dict) else {}


def write(codes: dict[str, Codes], target: Path = CODE) -> None:
    """Ship this code, each module's part marshalled apart, for this engine."""
    parts = {module: marshal.dumps(dict(sorted(codes[module].items()))) for module in sorted(codes)}
    target.write_bytes(marshal.dumps({"engine": engine(), "modules": parts}))


def read_parts(source: Path) -> dict[str, bytes]:
    """Each module's marshalled part of a file `write` made, if this engine made it."""
    try:
        data = marshal.loads(source.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict) or data.get("engine") != engine():
        return {}
    parts = data.get("modules")
    return parts if isinstance(parts, dict) else {}


def read(source: Path) -> dict[str, Codes]:
    """Every module's code in a file `write` made (empty when another engine made it)."""
    return {module: marshal.loads(part) for module, part in read_parts(source).items()}
