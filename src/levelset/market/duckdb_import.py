"""`import duckdb` without importlib.metadata (issue 15).

duckdb's package init asks importlib.metadata for its own version: that imports the e-mail
parser, zipfile and friends and scans the installed distributions, about a third of DuckDB's
import (some 25 ms of CPU of every command that opens the market store with DuckDB).
`install()` puts a finder first on the meta path; the first time duckdb is imported, and only
when importlib.metadata is not loaded already, duckdb's init runs with a stand-in
`importlib.metadata` whose `version("duckdb")` is the Version line of duckdb's own METADATA
file (what importlib.metadata reads), while the import lock is held (no other thread can
import meanwhile); then the stand-in is gone and the finder too. Anything unexpected (no
single METADATA file, duckdb asking for more) runs duckdb's init again as usual.
The market store imports DuckDB's engine alone (`_duckdb`) where it is a module of its own, so
this serves a DuckDB whose engine is not, and any other `import duckdb` of the process.
"""

from __future__ import annotations

import _imp
import importlib
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec, PathFinder
from pathlib import Path
from types import ModuleType
from typing import Any

NAME = "importlib.metadata"


def install() -> None:
    """Take duckdb's first import over (nothing when it is loaded or being taken already)."""
    if "duckdb" not in sys.modules and not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())


class _Finder:
    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name != "duckdb":
            return None
        sys.meta_path[:] = [f for f in sys.meta_path if f is not self]  # once
        if NAME in sys.modules:
            return None
        spec = PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None or spec.origin is None:
            return None
        version = own_version(Path(spec.origin).parents[1])
        if version is not None:
            spec.loader = _Lending(spec.loader, version)  # type: ignore[assignment]
        return spec


def own_version(site: Path) -> str | None:
    """The Version line of the one duckdb METADATA file in `site`, else None."""
    found = list(site.glob("duckdb-*.dist-info/METADATA"))
    if len(found) != 1:
        return None
    try:
        head = found[0].read_text(encoding="utf-8").split("\n\n", 1)[0]
    except OSError:
        return None
    versions = [v.strip() for k, _, v in _fields(head) if k == "Version"]
    return versions[0] if len(versions) == 1 else None


def _fields(head: str) -> list[tuple[str, str, str]]:
    return [line.partition(":") for line in head.splitlines()]


class _Lending:
    """duckdb's own loader, its init run with the stand-in importlib.metadata."""

    def __init__(self, loader: Any, version: str) -> None:
        self.loader, self.version = loader, version

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        created: ModuleType | None = self.loader.create_module(spec)
        return created

    def exec_module(self, module: ModuleType) -> None:
        if module.__spec__ is not None:
            module.__spec__.loader = self.loader  # as if it had loaded it alone
        module.__loader__ = self.loader
        _imp.acquire_lock()
        try:
            if self._lent(module):
                return
        finally:
            _imp.release_lock()
        self.loader.exec_module(module)  # something unexpected: the usual way

    def _lent(self, module: ModuleType) -> bool:
        stand_in = ModuleType(NAME)
        stand_in.version = self._version  # type: ignore[attr-defined]
        before = sys.modules.get(NAME), getattr(importlib, "metadata", None)
        sys.modules[NAME] = stand_in
        try:
            self.loader.exec_module(module)
            return True
        except (ImportError, AttributeError, LookupError):
            return False
        finally:
            _restore(*before)

    def _version(self, name: str) -> str:
        if name != "duckdb":
            raise LookupError(name)  # not what duckdb asks: its init runs again as usual
        return self.version


def _restore(module: ModuleType | None, attribute: ModuleType | None) -> None:
    """importlib.metadata in sys.modules and on importlib as they were before the lending."""
    if module is None:
        sys.modules.pop(NAME, None)
    else:
        sys.modules[NAME] = module
    if attribute is None:
        if hasattr(importlib, "metadata"):
            delattr(importlib, "metadata")
    else:
        importlib.metadata = attribute
