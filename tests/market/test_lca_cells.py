"""LCA cells computed at import give exactly what the row-by-row query gives, for every stored
cell, a company, other roles and metros, and the years an import touched (the load paths:
test_lca_load_paths.py)."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from levelset.market.areas import oews_areas
from levelset.market.build import import_file, open_market
from levelset.market.lca_cells import built_roles
from levelset.market.lca_source import _stored_cells, lca_query
from levelset.market.levels import parse_level
from levelset.market.places import resolve_place
from levelset.market.roles import RoleMatch
from levelset.market.store import MarketStore
from levelset.market.titles import resolve_role
from levelset.market.widening import area_chain
from levelset.paths import Paths
from tests.market.lca_filings import UNITS
from tests.market.lca_filings import filing_rows as _rows
from tests.market.lca_filings import write_filings as _write
from tests.market.market_home import clock, market_paths


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Paths:
    """A store with two fiscal years of generated filings, the second replacing some cases."""
    folder = tmp_path_factory.mktemp("lca-cells")
    paths = market_paths(folder / "home")
    first = _write(folder / "LCA_Disclosure_Data_FY2024_Q4.csv", _rows(3000, 1, "I-200"))
    import_file(paths, "lca", first, now=clock)
    later = _rows(1500, 2, "I-200")[500:] + _rows(1500, 3, "I-201")
    import_file(
        paths, "lca", _write(folder / "LCA_Disclosure_Data_FY2025_Q1.csv", later), now=clock
    )
    return paths


def _roles(store: MarketStore) -> list[RoleMatch]:
    onet = resolve_role("Accountants", store)
    return [*built_roles(), onet]


@pytest.mark.parametrize("where", ["San Francisco", "Seattle", "New York", "Texas", "Fresno"])
def test_every_stored_cell_is_the_row_by_row_answer(filled: Paths, where: str) -> None:
    with open_market(filled, now=clock) as store:
        place = resolve_place(where, store)
        chain = area_chain(place, oews_areas(store))
        levels = [None, *(parse_level(w) for w in ("junior", "mid", "senior", "staff"))]
        checked = 0
        for role, level, year in itertools.product(_roles(store), levels, (2024, 2025)):
            stored = _stored_cells(store, role, level, None, chain, year)
            assert stored is not None, role.key
            for step, cell in zip(chain, stored, strict=True):
                n, cuts, dataset = store.fetch(*lca_query(role, level, None, step, (year, year)))[0]
                assert cell[0] == n, (role.key, level, step.name, year)
                if n:
                    assert cell[1] == cuts  # to the last bit
                    assert cell[2] == dataset
                    checked += 1
        assert checked > 20


def test_percentiles_from_ranks_round_as_quantile_cont() -> None:
    """The cells pick the two wages around each rank and interpolate with lerp(): over random
    samples, the very doubles DuckDB's quantile_cont gives (a plain a + (b - a) x t differs
    in the last bit for about one percentile in four)."""
    import math

    import duckdb

    from levelset.market.lca_cells import lerp

    rng = random.Random(3)
    con = duckdb.connect()
    quantiles = [0.1, 0.25, 0.5, 0.75, 0.9]
    for _ in range(300):
        size = rng.randint(1, 400)
        wages = sorted(
            rng.choice((rng.randint(30, 400_000) * 1.0, rng.randint(20, 120) * 2080.0))
            + rng.choice((0.0, 0.5, rng.random()))
            for _ in range(size)
        )
        found = con.execute(
            "SELECT quantile_cont(w, [0.1, 0.25, 0.5, 0.75, 0.9]) FROM unnest(?) t(w)", [wages]
        ).fetchone()
        assert found is not None
        for q, expected in zip(quantiles, found[0], strict=True):
            position = (size - 1) * q
            low, high = math.floor(position), math.ceil(position)
            mine = wages[low] if low == high else lerp(wages[low], wages[high], position - low)
            assert mine == expected, (size, q)


def test_a_company_is_answered_from_the_filings(filled: Paths) -> None:
    with open_market(filled, now=clock) as store:
        role = resolve_role("ML Engineer", store)
        chain = area_chain(resolve_place("SF", store), oews_areas(store))
        assert _stored_cells(store, role, None, "example ai", chain, 2024) is None


def test_cells_built_for_other_roles_or_metros_are_built_again(
    filled: Paths, tmp_path: Path
) -> None:
    """A store whose cells were made for other metros or roles (an OEWS import, a new version)
    gets all its cells computed again by the next build."""
    import shutil

    from levelset.market.build_db import BuildDb
    from levelset.market.loaders import lca_aggregates

    copy = tmp_path / "market.duckdb"
    shutil.copyfile(filled.market_db, copy)
    db = BuildDb(copy)
    expected = db.rows("SELECT * FROM lca_cells ORDER BY ALL")
    db.run("DELETE FROM lca_cells WHERE fiscal_year = 2024")
    lca_aggregates.follow(db)  # stamp unchanged: nothing to do
    assert db.rows("SELECT count(*) FROM lca_cells WHERE fiscal_year = 2024")[0][0] == 0
    db.run("UPDATE lca_cell_meta SET value = 'other metros' WHERE key = 'built_for'")
    lca_aggregates.follow(db)
    assert db.rows("SELECT * FROM lca_cells ORDER BY ALL") == expected
    db.close()


def _counted_wages(role: RoleMatch, year: int) -> list[tuple[str, str, str, float]]:
    """(state, city, level, yearly wage) of the role's counted filings in the `filled` store,
    worked out in Python from the generated rows, independently of the loader's SQL."""
    later = _rows(1500, 2, "I-200")[500:] + _rows(1500, 3, "I-201")
    replaced = {row[0] for row in later}
    filings = [(2024, r) for r in _rows(3000, 1, "I-200") if r[0] not in replaced]
    filings += [(2025, r) for r in later]
    per_year = dict(UNITS)
    socs = {int(code.replace("-", "")) for code in role.soc_codes}
    out = []
    for fiscal_year, row in filings:
        _, status, _, title, soc, full_time, _, city, state, wage, unit, level = row
        wage_per_year = float(wage.replace("$", "").replace(",", "")) * per_year[unit]
        words_ok = not role.lca_words or any(
            all(w in title.lower() for w in group) for group in role.lca_words
        )
        if (
            fiscal_year == year
            and status.lower().startswith("certified")
            and full_time == "Y"
            and int(soc.replace("-", "")[:6]) in socs
            and words_ok
        ):
            state = {"California": "CA"}.get(state, state)
            level = level.upper().replace("LEVEL ", "")
            out.append((state, city.strip().upper(), level, wage_per_year))
    return out


@pytest.mark.parametrize("role_name", ["Data Scientist", "ML Engineer", "Accountants"])
def test_cells_match_a_python_reading_of_the_generated_files(filled: Paths, role_name: str) -> None:
    """The stored cells against percentiles computed in Python from the files' rows (the
    replaced cases dropped), for the nation, a state and a metro, every level and Level III."""
    from levelset.market.lca_disclosure import quantiles

    with open_market(filled, now=clock) as store:
        role = resolve_role(role_name, store)
        chain = area_chain(resolve_place("San Francisco", store), oews_areas(store))
        counted = 0
        for year, level_word in itertools.product((2024, 2025), (None, "senior")):
            level = parse_level(level_word) if level_word else None
            stored = _stored_cells(store, role, level, None, chain, year)
            assert stored is not None
            wages = _counted_wages(role, year)
            for step, cell in zip(chain, stored, strict=True):
                inside = [
                    w
                    for state, city, lvl, w in wages
                    if (not step.state or state == step.state)
                    and (not step.cities or city in step.cities)
                    and (level is None or lvl == level.bridge.wage_level)
                ]
                assert cell[0] == len(inside), (role_name, year, level_word, step.name)
                cuts = quantiles(inside, (0.1, 0.25, 0.5, 0.75, 0.9))
                assert cell[1] == (pytest.approx(cuts, abs=1e-6) if cuts else None)
                counted += len(inside)
        assert counted > 100


def test_an_aggregate_is_recomputed_for_the_years_an_import_touched(
    filled: Paths, tmp_path: Path
) -> None:
    """A made-up aggregate (filings per fiscal year) in the place every import-time aggregate
    goes: rows of the years asked are computed again, other years' rows are kept, and every
    year is computed again when the roles or metros the store was built for change."""
    import shutil

    from levelset.market.build_db import BuildDb
    from levelset.market.loaders.lca_aggregates import Scope, YearAggregate, refresh

    def count(db: BuildDb, scope: Scope) -> None:
        db.run(
            "INSERT INTO year_counts SELECT fiscal_year, count(*) FROM lca "
            f"WHERE {scope.year_filter()} GROUP BY ALL"
        )

    copy = tmp_path / "market.duckdb"
    shutil.copyfile(filled.market_db, copy)
    db = BuildDb(copy)
    db.run("CREATE TABLE year_counts (fiscal_year INTEGER, n BIGINT)")
    counts = (YearAggregate("year_counts", count),)
    truth = "SELECT fiscal_year, count(*) FROM lca GROUP BY ALL ORDER BY ALL"
    stored = "SELECT * FROM year_counts ORDER BY ALL"
    refresh(db, None, counts)
    assert db.rows(stored) == db.rows(truth) == [(2024, 2000), (2025, 2500)]
    db.run("DELETE FROM lca WHERE fiscal_year = 2025 AND case_number LIKE 'I-201-%'")
    db.run("UPDATE year_counts SET n = -1 WHERE fiscal_year = 2024")
    refresh(db, {2025}, counts)
    assert db.rows(stored) == [(2024, -1), (2025, 1000)]
    refresh(db, set(), counts)  # nothing touched: nothing computed
    assert db.rows(stored) == [(2024, -1), (2025, 1000)]
    db.run("UPDATE lca_cell_meta SET value = 'other roles' WHERE key = 'built_for'")
    refresh(db, set(), counts)
    assert db.rows(stored) == db.rows(truth)
    db.close()
