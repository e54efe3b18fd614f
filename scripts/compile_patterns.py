"""Rebuild src/levelset/data/prebuilt/regex_programs.marshal.zlib: compiled proof rules.

    PYTHONPATH=src python scripts/compile_patterns.py

Imports every module of `levelset.proof` (their rules are compiled at import, through
`levelset.patterns.compiled`) and ships the program of each pattern asked for, for the Python
that runs this script; on another Python the file is ignored and the rules compile as usual.
Run it after changing a rule (tests/core/test_patterns.py fails while the file is stale).
"""

from __future__ import annotations

import importlib
import pkgutil

import levelset.proof
from levelset import patterns


def proof_modules() -> list[str]:
    """Every module of the proof package, its importers included."""
    found = pkgutil.walk_packages(levelset.proof.__path__, prefix="levelset.proof.")
    return sorted(module.name for module in found)


def main() -> None:
    for name in proof_modules():
        importlib.import_module(name)
    keys = patterns.asked()
    patterns.write(keys)
    print(
        f"{len(keys)} patterns -> {patterns.PROGRAMS} ({patterns.PROGRAMS.stat().st_size:,} bytes)"
    )


if __name__ == "__main__":
    main()
