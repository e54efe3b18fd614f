"""Rebuild src/levelset/data/prebuilt/regex_programs.marshal.zlib: the core's compiled rules.

    PYTHONPATH=src python scripts/compile_patterns.py

Imports every module of the packages and modules below (their rules are compiled through
`levelset.patterns.compiled` at import, the quantity rules' alternatives when asked here) and
ships the program of each pattern asked for, for the Python that runs this script; on another
Python the file is ignored and the rules compile as usual. It also ships where the quantity
rules split into their alternatives (levelset.proof.alternatives, data/prebuilt/
alternatives.marshal). Run it after changing a rule (tests/core/test_patterns.py and
tests/proof/test_alternatives_shipped.py fail while the files are stale).
"""

from __future__ import annotations

import importlib
import pkgutil

from levelset import patterns

PACKAGES = ("proof", "market", "narrative", "practice", "tracking", "negotiation", "plan", "cli")
MODULES = ("names", "untrusted")  # modules of their own, outside those packages


def modules() -> list[str]:
    """Every module of those packages, sub-packages included, and the modules named alone."""
    names = [f"levelset.{module}" for module in MODULES]
    for package in PACKAGES:
        path = importlib.import_module(f"levelset.{package}").__path__
        found = pkgutil.walk_packages(path, prefix=f"levelset.{package}.")
        names += [module.name for module in found]
    return sorted(names)


def ask_every_rule() -> set[patterns.Key]:
    """Every pattern those modules compile: at import, and the quantity rules' alternatives,
    which are compiled on first use."""
    from levelset.proof import alternatives

    for name in modules():
        importlib.import_module(name)
    for rule in alternatives.made():
        assert rule.parts
    return patterns.asked()


def main() -> None:
    keys = ask_every_rule()
    patterns.write(keys)
    from levelset.proof import alternatives

    alternatives.write_splits(alternatives.made())
    print(
        f"{len(keys)} patterns -> {patterns.PROGRAMS} ({patterns.PROGRAMS.stat().st_size:,} bytes)"
    )


if __name__ == "__main__":
    main()
