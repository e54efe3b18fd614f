"""An upstream kind of market file: one `Upstream` declares everything the import side needs.

Each module of `levelset.market.upstreams` declares one `UPSTREAM`: the source name `levelset
data import NAME` takes, the catalogue entry of its imported files, the function that loads a
file into the build, the tables its rows land in (and their CREATE TABLE when the kind brings
new ones), whether a newer import replaces the earlier one, and a header column that gives its
files away. The registry (`upstreams.upstreams()`) finds the modules by scanning the package,
so adding a kind of file is one new module there; the build, the manifest, the catalogue and
the file dispatch read the registry and never name a source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from levelset.market.build_db import BuildDb
from levelset.market.catalog import Dataset


@dataclass(frozen=True)
class Result:
    """What loading one file gave: the dataset's name, its rows and its release."""

    name: str  # dataset name
    rows: int
    release: str


LoadFile = Callable[[BuildDb, Path, "str | None", "str | None"], Result]


@dataclass(frozen=True)
class Upstream:
    """One kind of upstream file (see the module docstring)."""

    key: str  # "oews": the name `levelset data import` takes
    order: int  # where it is listed among the sources
    template: Dataset  # the catalogue entry of an imported file, before its release
    load: LoadFile | None  # (build, file, release, dataset name) -> Result; None: shipped only
    tables: tuple[str, ...]  # the tables its rows land in, counted per dataset
    ddl: tuple[str, ...] = ()  # CREATE TABLE of tables only this kind brings
    replaces: bool = False  # a newer import replaces the earlier one (a snapshot)
    signature: str | None = None  # a header column only its files have
    entitle: Callable[[Dataset, str], Dataset] | None = None  # the imported entry, adjusted

    def imported(self, name: str, release: str, files: tuple[str, ...]) -> Dataset:
        """The catalogue entry of a file imported from this kind."""
        dataset = self.template.with_release(name, release, files)
        return self.entitle(dataset, release) if self.entitle else dataset
