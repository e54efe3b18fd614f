"""LCA cells computed at import give exactly what the row-by-row query gives; the one-pass
CSV load stores exactly what the checked load stores, and refuses exactly what it refuses."""

from __future__ import annotations

import csv
import itertools
import random
from pathlib import Path

import pytest

from levelset.errors import InputError
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
from tests.market.market_home import clock, fingerprint, market_paths

HEADER = [
    "CASE_NUMBER",
    "CASE_STATUS",
    "DECISION_DATE",
    "JOB_TITLE",
    "SOC_CODE",
    "FULL_TIME_POSITION",
    "EMPLOYER_NAME",
    "WORKSITE_CITY",
    "WORKSITE_STATE",
    "WAGE_RATE_OF_PAY_FROM",
    "WAGE_UNIT_OF_PAY",
    "PW_WAGE_LEVEL",
]
TITLES = (
    "Machine Learning Engineer",
    "SENIOR DATA SCIENTIST",
    "software engineer",
    "Applied Scientist II",
    "DATA ENGINEER",
    "ACCOUNTANT",
)
SOCS = ("15-2051.00", "15-1252", "15-1221.00", "13-2011.00", "15-2051")
PLACES = (
    ("San Francisco", "CA"),
    ("OAKLAND", "CA"),
    ("Fremont", "California"),
    ("San Jose", "CA"),
    ("Seattle", "WA"),
    ("New York", "NY"),
    ("Newark", "NJ"),
    ("Austin", "TX"),
    ("Fresno", "CA"),
)
LEVELS = ("I", "II", "III", "IV", "Level III", "")
UNITS = (("Year", 1), ("Hour", 2080), ("Bi-Weekly", 26), ("Month", 12))


def _rows(count: int, seed: int, prefix: str) -> list[list[str]]:
    pick = random.Random(seed).choice
    rows = []
    for i in range(count):
        city, state = pick(PLACES)
        unit, per_year = pick(UNITS)
        wage = pick(range(80_000, 260_000, 500)) / per_year
        status = pick(("Certified", "Certified", "Certified - Withdrawn", "Denied"))
        rows.append(
            [
                f"{prefix}-{i:05d}",
                status,
                pick(("2024-03-01", "2023-11-15", "10/02/2024")),
                pick(TITLES),
                pick(SOCS),
                pick(("Y", "Y", "Y", "N")),
                pick(("EXAMPLE AI, INC.", "Example Cloud LLC", "Example Labs")),
                f" {city} " if i % 17 == 0 else city,
                state,
                f"${wage:,.2f}" if i % 5 == 0 else f"{wage:.2f}",
                unit,
                pick(LEVELS),
            ]
        )
    return rows


def _write(file: Path, rows: list[list[str]]) -> Path:
    with file.open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return file


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


def _stored_rows(paths: Paths) -> list[tuple[object, ...]]:
    with open_market(paths, now=clock) as store:
        return store.fetch("SELECT * EXCLUDE (dataset) FROM lca ORDER BY case_number")


def _awkward_rows() -> list[list[str]]:
    rows = _rows(40, 7, "I-300")
    rows[1][6] = "  Spaced Employer  "
    rows[2][10] = " bi weekly "
    rows[3][11] = "level ii"
    rows[4][8] = "new york"
    rows[5][9] = ""  # no wage: stored without one, as before
    rows[6][5] = ""
    rows[7][0] = ""  # no case number: left out
    rows[8][4] = " 15-2051 "
    rows[9][2] = ""
    return rows


def test_one_pass_and_checked_loads_store_the_same_rows(tmp_path: Path) -> None:
    """An .xlsx goes through the checked (staged, ordered) load; a CSV through the one pass."""
    from openpyxl import Workbook

    rows = _awkward_rows()
    csv_home = market_paths(tmp_path / "a")
    import_file(csv_home, "lca", _write(tmp_path / "LCA_FY2024_x.csv", rows), now=clock)
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append([value or None for value in row])
    book.save(tmp_path / "LCA_FY2024_x.xlsx")
    xlsx_home = market_paths(tmp_path / "b")
    import_file(xlsx_home, "lca", tmp_path / "LCA_FY2024_x.xlsx", now=clock)
    stored = _stored_rows(csv_home)
    assert len(stored) == 39
    assert stored == _stored_rows(xlsx_home)


def test_fields_written_with_spaces_are_read_as_without(tmp_path: Path) -> None:
    """Only the stored text is trimmed up front; every other field, read as written for its
    usual spellings, still reads the same value with spaces around it."""
    plain = _rows(3, 11, "I-500")
    for row in plain:
        row[1], row[5], row[8], row[10], row[11] = "Certified", "Y", "CA", "Year", "II"
        row[4], row[9], row[2] = "15-2051.00", "120000", "2024-03-01"
    spaced = [[f" {value} " for value in row] for row in plain]
    spaced[1][8], spaced[2][8] = " ca ", " California "
    stored = []
    for name, rows in (("plain", plain), ("spaced", spaced)):
        home = market_paths(tmp_path / name)
        import_file(home, "lca", _write(tmp_path / f"LCA_{name}.csv", rows), now=clock)
        stored.append(_stored_rows(home))
    assert stored[0] == stored[1]
    assert [(r[1], r[3], r[7], r[8], r[9]) for r in stored[1]] == [
        (True, 152051, "CA", 2, 120000.0)
    ] * 3


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("WAGE_RATE_OF_PAY_FROM", "about 90k"),
        ("WAGE_UNIT_OF_PAY", "Fortnight"),
        ("SOC_CODE", "15-20511"),
        ("SOC_CODE", "ab-1234"),
    ],
)
def test_a_bad_field_is_named_by_line_whichever_load_reads_it(
    tmp_path: Path, column: str, value: str
) -> None:
    rows = _rows(30, 9, "I-400")
    rows[11][HEADER.index(column)] = value
    rows[20][0] = ""  # a bad row without a case number is still a bad row
    rows[20][HEADER.index(column)] = value
    paths = market_paths(tmp_path / "home")
    before = fingerprint(paths)
    with pytest.raises(InputError) as raised:
        import_file(paths, "lca", _write(tmp_path / "LCA_FY2024_bad.csv", rows), now=clock)
    found = [(p.line, p.field) for p in raised.value.problems]
    assert found == [(13, column), (22, column)]
    assert fingerprint(paths) == before


WAGES = ("125000", " $62.50 ", "1,234.5", "$", "about 90k", "", "  ", "12e3", "-5", "1.2.3")
UNIT_TEXTS = ("Year", " hour ", "Bi-Weekly", "bi weekly", "BI WEEKLY", "Fortnight", "", " ")
SOC_TEXTS: tuple[str, ...] = ("15-2051", "152051", "15-2051.00", "152051.00", " 15-1252 ")
SOC_TEXTS += ("15-20511", "ab-1234", "15-2051.0", "15--2051", "", "1-52051", "15-2051.001")


def _one_row(wage: str, unit: str, soc: str) -> str:
    values = {
        "case_number": "I-1",
        "job_title": "DATA SCIENTIST",
        "worksite_state": "CA",
        "wage_rate_of_pay_from": wage,
        "wage_unit_of_pay": unit,
        "soc_code": soc,
    }
    quoted = ", ".join(f"'{v}' AS {k}" for k, v in values.items())
    return f"(SELECT {quoted})"


def test_the_one_pass_flag_and_the_field_checks_agree(tmp_path: Path) -> None:
    """Awkward wages, units and SOC codes, one field at a time: the one-pass load refuses a
    row exactly when a per-field check names it."""
    from levelset.market import tables
    from levelset.market.loaders.lca import NEEDED
    from levelset.market.loaders.lca_sql import CHECKS, insert_sql
    from levelset.market.store import BuildDb

    db = BuildDb(tmp_path / "checks.duckdb")
    db.run(tables.LCA)
    refused = 0
    one_at_a_time = [
        *((w, "Year", "15-2051") for w in WAGES),
        *(("125000", u, "15-2051") for u in UNIT_TEXTS),
        *(("125000", "Year", c) for c in SOC_TEXTS),
        ("$", "bi weekly", " 15-1252 "),
    ]
    for wage, unit, soc in one_at_a_time:
        row = _one_row(wage, unit, soc)
        flagged = [
            c.field
            for c in CHECKS
            if db.rows(f"SELECT count(*) FROM {row} WHERE {c.bad_when}")[0][0]
        ]
        stored = db.attempt(insert_sql(row, NEEDED, checked=False, year=2024), ["x"])
        assert stored is not bool(flagged), (wage, unit, soc, flagged)
        refused += bool(flagged)
    assert 0 < refused < len(one_at_a_time)
    db.close()


def test_cells_built_for_other_roles_or_metros_are_built_again(
    filled: Paths, tmp_path: Path
) -> None:
    """A store whose cells were made for other metros or roles (an OEWS import, a new version)
    gets all its cells computed again by the next build."""
    import shutil

    from levelset.market.loaders import lca_aggregates
    from levelset.market.store import BuildDb

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

    from levelset.market.loaders.lca_aggregates import Scope, YearAggregate, refresh
    from levelset.market.store import BuildDb

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
