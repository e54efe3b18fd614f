"""The upstream registry: a new kind of market file is one module declaring one `Upstream`;
the build, the manifest, the catalogue and the file dispatch take it up without other edits."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.market import manifest, upstreams
from levelset.market.build import import_file, open_market
from levelset.market.build_db import BuildDb
from levelset.market.catalog import Dataset
from levelset.market.upstream import Result, Upstream
from levelset.paths import Paths
from tests.market.market_home import clock

TABLE = "CREATE TABLE survey_pay (dataset VARCHAR NOT NULL, role VARCHAR, pay DOUBLE)"


def _load(db: BuildDb, file: Path, release: str | None, name: str | None) -> Result:
    """A made-up survey file: a header `role,survey_pay` and one row per answer."""
    with file.open(newline="") as stream:
        rows = list(csv.DictReader(stream))
    if rows and "survey_pay" not in rows[0]:
        raise InputError(f"{file.name}: not a survey file")
    dataset = name or f"survey_{release or file.stem}"
    for row in rows:
        db.run("INSERT INTO survey_pay VALUES (?, ?, ?)", [dataset, row["role"], row["survey_pay"]])
    return Result(dataset, len(rows), release or file.stem)


SURVEY = Upstream(
    key="survey",
    order=5,
    template=Dataset(name="survey", source="survey", title="A pay survey (test)",
                     publisher="a survey", licence="CC BY 4.0", release="", citation="A survey"),
    load=_load,
    tables=("survey_pay",),
    ddl=(TABLE,),
    replaces=True,
    signature="survey_pay",
)  # fmt: skip


@pytest.fixture
def survey(levelset_home: Path) -> Iterator[Paths]:
    upstreams.register(SURVEY)
    try:
        yield Paths(levelset_home).ensure()
    finally:
        upstreams.unregister("survey")


def _file(folder: Path, name: str, pays: list[int]) -> Path:
    path = folder / name
    path.write_text("role,survey_pay\n" + "".join(f"ml,{p}\n" for p in pays))
    return path


def test_the_shipped_kinds_are_found_by_scanning_the_package() -> None:
    assert [u.key for u in upstreams.upstreams()] == ["oews", "crowd", "onet", "lca", "levels"]
    # the names `levelset data import` takes
    assert upstreams.importable() == ("oews", "crowd", "onet", "lca")
    assert [u.key for u in upstreams.upstreams() if u.replaces] == ["crowd", "onet"]


def test_a_new_kind_is_imported_counted_and_replaced_through_its_one_declaration(
    survey: Paths, tmp_path: Path
) -> None:
    assert "survey" in upstreams.importable()
    first = import_file(
        survey, "survey", _file(tmp_path, "s2025.csv", [1, 2, 3]), release="2025", now=clock
    )
    assert (first.source, first.rows, first.release) == ("survey", 3, "2025")
    second = import_file(
        survey, "survey", _file(tmp_path, "s2026.csv", [4, 5]), release="2026", now=clock
    )
    kept = [e for e in manifest.entries(survey) if e.source == "survey"]
    assert [e.dataset for e in kept] == [second.dataset]  # a newer survey replaces the older
    with open_market(survey, now=clock) as store:
        assert store.fetch("SELECT count(*) FROM survey_pay")[0][0] == 2
        rows = store.fetch("SELECT name, rows FROM datasets WHERE source = 'survey'")
        assert rows == [(second.dataset, 2)]


def test_a_file_of_the_new_kind_imported_as_another_is_named(survey: Paths, tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        import_file(survey, "crowd", _file(tmp_path, "s.csv", [1]), now=clock)
    assert caught.value.hint is not None and "levelset data import survey" in caught.value.hint
