"""The shipped copy (market/shipped_copy.py) answers exactly as the DuckDB store it stands for.

The DuckDB side is a store built here from the shipped files by the current loaders, so a copy
left stale by a change to the data, the tables, the loaders or a twin fails these tests.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from levelset import market
from levelset.bands import Band
from levelset.errors import InputError
from levelset.market import build
from levelset.market import crowd_source as crowd
from levelset.market import oews_source as oews
from levelset.market.areas import Area, oews_areas
from levelset.market.crowd_source import _ROLE_ROWS, crowd_titles
from levelset.market.curated import load
from levelset.market.levels import parse_level
from levelset.market.oews_source import _SQL as OEWS_SQL
from levelset.market.places import resolve_place
from levelset.market.ranges import build_report
from levelset.market.roles import RoleMatch, SocWeight, match_curated
from levelset.market.shipped_copy import COPY, ShippedStore, serves, shipped_stamp, shipped_store
from levelset.market.shipped_copy_write import write_copy
from levelset.market.spec import Query
from levelset.market.store import MarketStore
from levelset.market.twins import TWINS
from levelset.paths import Paths
from tests.market.market_home import market_paths

TODAY = dt.date(2026, 12, 5)
ROLES = [str(r["label"]) for r in load("roles")["roles"].values()]
LEVELS: list[str | None] = [None, *(b.value for b in Band)]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """A home whose DuckDB store is built from the shipped files, with no imports."""
    return market_paths(tmp_path_factory.mktemp("built"))


@pytest.fixture(scope="module")
def duck(built: Paths) -> Iterator[MarketStore]:
    with MarketStore(built.market_db) as store:
        yield store


@pytest.fixture(scope="module")
def copy(built: Paths) -> Iterator[ShippedStore]:
    opened: list[MarketStore] = []

    def full() -> MarketStore:  # a read without a twin: it must still answer
        opened.append(MarketStore(built.market_db))
        return opened[-1]

    found = shipped_store(built, full)
    assert found is not None, "the shipped copy is missing or stale"
    with found:
        yield found


def _same(copied: Any, duckdb: Any) -> None:
    """Equal, with the same JSON and Python types (1 is not 1.0, True is not 1)."""
    assert json.dumps(copied, sort_keys=True) == json.dumps(duckdb, sort_keys=True)
    assert _types(copied) == _types(duckdb)


def _types(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_types(v) for v in value]
    if isinstance(value, dict):
        return {k: _types(v) for k, v in value.items()}
    return type(value).__name__


def test_the_shipped_copy_is_what_the_shipped_files_give_now(built: Paths, tmp_path: Path) -> None:
    fresh = write_copy(built.market_db, tmp_path / "market.sqlite")
    stale = (
        "src/levelset/data/prebuilt/market.sqlite is stale: the shipped data, tables, loaders "
        "or a twin changed; write it again with `python -m levelset.market.prebuild`"
    )
    shipped, now = _contents(COPY), _contents(fresh)
    # name the tables that differ, not the rows: a whole-table diff runs to millions of lines
    differ = sorted(t for t in shipped.keys() | now.keys() if shipped.get(t) != now.get(t))
    assert not differ, f"{stale} (tables that differ: {', '.join(differ)})"
    meta = dict(_rows(COPY, "SELECT key, value FROM meta"))
    assert meta["shipped"] == build.shipped_fingerprint() and meta["files"] == shipped_stamp()


def _contents(file: Path) -> dict[str, list[tuple[Any, ...]]]:
    tables = [r[0] for r in _rows(file, "SELECT name FROM sqlite_schema WHERE type = 'table'")]
    return {t: _rows(file, f"SELECT * FROM {t} ORDER BY 1, 2") for t in sorted(tables)}


def _rows(file: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(file) as con:
        return con.execute(sql).fetchall()


def test_every_recorded_read_gives_duckdbs_rows(copy: ShippedStore, duck: MarketStore) -> None:
    recorded = [sql for sql, twin in TWINS.items() if twin.sql is None]
    assert len(recorded) >= 7
    for sql in recorded:
        _same(copy.fetch(sql), duck.fetch(sql))
        _same(copy.fetch_dicts(sql), duck.fetch_dicts(sql))


def test_the_crowd_read_gives_duckdbs_rows_for_every_title(
    copy: ShippedStore, duck: MarketStore
) -> None:
    every = [str(r[0]) for r in duck.fetch("SELECT DISTINCT lower(job_title) FROM crowd")]
    asked = [crowd_titles(_curated(role)) for role in ROLES]
    asked += [[t] for t in sorted(every)] + [sorted(every), ["no such title"], []]
    for titles in asked:
        _same(copy.fetch(_ROLE_ROWS, [titles]), duck.fetch(_ROLE_ROWS, [titles]))


def test_the_oews_read_gives_duckdbs_rows_for_every_occupation(
    copy: ShippedStore, duck: MarketStore
) -> None:
    every = sorted(str(r[0]) for r in duck.fetch("SELECT DISTINCT soc FROM oews"))
    asked = [list(_curated(role).soc_codes) for role in ROLES]
    asked += [[soc] for soc in every] + [every, ["99-9999"]]
    for socs in asked:
        _same(copy.fetch(OEWS_SQL, [socs]), duck.fetch(OEWS_SQL, [socs]))


def _curated(title: str) -> RoleMatch:
    found = match_curated(title)
    assert found is not None
    return found


def _report(store: Any, role: RoleMatch, level: str | None, place: Any, **asked: Any) -> Any:
    band = parse_level(level) if level else None
    found = build_report(store, role, band, place, today=TODAY, **asked)
    return found.to_dict()


def _areas(duck: MarketStore) -> list[Area]:
    return list(oews_areas(duck))


def _place(text: str | None, store: MarketStore) -> Any:
    if text is None:
        return None
    try:
        return resolve_place(text, store)
    except InputError:
        return None


def _answer(ask: Any) -> Any:
    """What a question gives: its dict, or the error it raises (both must be the same)."""
    try:
        return ask().to_dict()
    except InputError as error:
        return [type(error).__name__, str(error)]


def _area_places(duck: MarketStore) -> list[Any]:
    """A place in every OEWS area, read from its name (a state's with "State" when the name
    alone is ambiguous: "Washington"; the nation as "United States")."""
    places = []
    for area in _areas(duck):
        for text in (area.name, f"{area.name} State", "United States"):
            place = _place(text, duck)
            if place is not None and place.area == area:
                places.append(place)
                break
    assert len(places) == len(_areas(duck))
    return places


def test_every_place_and_area_reads_the_same(copy: ShippedStore, duck: MarketStore) -> None:
    texts = [a.name for a in _areas(duck)] + ["SF", "NYC", "Remote", "London", "Texas", "Boise"]
    texts += ["Washington", "Portland", "Springfield, IL", "98101", "Nowhere at all"]
    for text in texts:
        shipped = _answer(lambda text=text: resolve_place(text, copy))
        _same(shipped, _answer(lambda text=text: resolve_place(text, duck)))


def _found(store: Any, loader: Any, role: RoleMatch, level: str | None, place: Any) -> Any:
    """One source's answer: its ranges, what it hid and widened, and its sample."""
    found = loader(store, Query(role, parse_level(level) if level else None, place))
    return [[r.to_dict() for r in found.ranges], found.hidden, found.widened, found.sample]


def test_every_oews_cell_answers_the_same(copy: ShippedStore, duck: MarketStore) -> None:
    """Every curated role in every OEWS area, and every occupation on its own across the
    nation, as an O*NET reading of its name gives it (the reads behind both are compared for
    every occupation above)."""
    for place in _area_places(duck):
        for role in map(_curated, ROLES):
            shipped = _found(copy, oews.find, role, None, place)
            _same(shipped, _found(duck, oews.find, role, None, place))
    for soc, occupation in duck.fetch("SELECT DISTINCT soc, occupation FROM oews ORDER BY soc"):
        role = _onet(str(soc), str(occupation))
        for level in (None, "senior"):
            shipped = _found(copy, oews.find, role, level, None)
            _same(shipped, _found(duck, oews.find, role, level, None))
        shipped = _found(copy, crowd.find, role, None, None)
        _same(shipped, _found(duck, crowd.find, role, None, None))


def _onet(soc: str, occupation: str) -> RoleMatch:
    why = f"O*NET lists {occupation!r} under {soc}"
    weights = (SocWeight(soc, 1.0, why),)
    return RoleMatch(occupation, f"onet:{soc}", occupation, weights, why, "onet")


def test_every_crowd_cell_answers_the_same(copy: ShippedStore, duck: MarketStore) -> None:
    """Each curated role at each level in each country of the crowd file, and remote."""
    countries = [str(r[0]) for r in duck.fetch("SELECT DISTINCT employee_residence FROM crowd")]
    places = [_place(c, duck) for c in ["Remote", *countries] if c]
    for title in ROLES:
        role = _curated(title)
        for place in [None, *(p for p in places if p is not None)]:
            for level in LEVELS:
                shipped = _found(copy, crowd.find, role, level, place)
                _same(shipped, _found(duck, crowd.find, role, level, place))


def test_whole_reports_answer_the_same(copy: ShippedStore, duck: MarketStore) -> None:
    """Every role at every level in a few places, every work year (and those outside the
    file), an offer: the headline, caveats, citations and evidence of the whole report."""
    places = [_place(text, duck) for text in (None, "Seattle", "Texas", "Remote", "London")]
    low, high = duck.fetch("SELECT min(work_year), max(work_year) FROM crowd")[0]
    for title in ROLES:
        role = _curated(title)
        for place in places:
            for level in LEVELS:
                _same(_report(copy, role, level, place), _report(duck, role, level, place))
        for year in range(int(low) - 1, int(high) + 2):
            asked = {"year": year, "offer": 185000}
            shipped = _report(copy, role, "senior", None, **asked)
            _same(shipped, _report(duck, role, "senior", None, **asked))


def test_a_read_without_a_twin_goes_to_the_duckdb_store(
    built: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from levelset.market import onet_index

    for table in ("_BY_STORE", "_BY_CONTENT", "_SPENT", "_CONTENT"):
        # as in a fresh process: an index of the shipped titles that an earlier test built in
        # this one answers without DuckDB (market/onet_index.py), which is what users get
        monkeypatch.setattr(onet_index, table, {})
    opened: list[MarketStore] = []

    def full() -> MarketStore:
        opened.append(MarketStore(built.market_db))
        return opened[-1]

    with shipped_store(built, full) as found:  # type: ignore[union-attr]
        found.fetch("SELECT min(work_year), max(work_year) FROM crowd")
        assert not opened
        role = market.resolve_role(found, "Quality Assurance Engineer")  # O*NET: DuckDB
        assert opened and role.source == "onet"


def test_a_home_with_imports_or_a_stale_copy_reads_duckdb(built: Paths, tmp_path: Path) -> None:
    assert serves(built)
    home = Paths(tmp_path / "imported").ensure()
    (home.imports / "manifest.json").write_text('[{"source": "lca"}]', encoding="utf-8")
    assert not serves(home) and shipped_store(home, lambda: MarketStore(built.market_db)) is None
    stale = tmp_path / "stale.sqlite"
    stale.write_bytes(COPY.read_bytes())
    with sqlite3.connect(stale) as con:
        con.execute("UPDATE meta SET value = 'other files' WHERE key = 'files'")
    assert not serves(built, stale)
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database")
    assert not serves(built, broken) and not serves(built, tmp_path / "missing.sqlite")
