"""The cells' interpolation in SQL equals lca_cells.lerp (the Python function, itself checked
against DuckDB's quantile_cont in test_lca_cells.py) to the last bit (issue 15)."""

from __future__ import annotations

import math
import os
import random
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from levelset.market.lca_cells import lerp
from levelset.market.lca_lerp import _steps, fits, lerped

ROOT = Path(__file__).resolve().parents[2]
LCA = ROOT / "examples" / "market" / "LCA_Disclosure_Data_FY2025_Q4_SYNTHETIC.csv"
Row = tuple[float, float, float]


def _in_sql(rows: list[Row]) -> list[tuple[float, float, float, float, float]]:
    """(low, high, fraction, SQL result, the rounded sum alone) of every row."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE t AS SELECT unnest(?) AS low, unnest(?) AS high, unnest(?) AS fr,"
        " unnest(range(?)) AS i",
        [*(list(column) for column in zip(*rows, strict=True)), len(rows)],
    )
    plain = "t"
    for column, expression in _steps("low", "high", "fr"):
        plain = f"(SELECT *, {expression} AS {column} FROM {plain})"
    return con.execute(
        f"SELECT low, high, fr, v, p._lr FROM {lerped('t', 'low', 'high', 'fr', 'v')} "
        f"JOIN {plain} p USING (i, low, high, fr) ORDER BY i"
    ).fetchall()


def _random_rows(rng: random.Random, count: int) -> list[Row]:
    rows: list[Row] = []
    while len(rows) < count:
        kind = len(rows) % 3
        if kind == 0:  # wages and the fractions real ranks give
            low = rng.randint(30, 400_000) + rng.choice((0.0, 0.5, rng.random()))
            high = low + rng.choice((0.0, 1.0, float(rng.randint(1, 100_000)), rng.random()))
            position = (rng.randint(2, 5_000_000) - 1) * rng.choice((0.1, 0.25, 0.5, 0.75, 0.9))
            fraction = position - math.floor(position) or rng.random()
        elif kind == 1:  # any magnitude within the bounds, full significands
            exponent = rng.randint(-450, 450)
            low = math.ldexp(rng.getrandbits(53) | 1, exponent - 53)
            high = low * rng.uniform(1, 8)
            fraction = rng.random()
        else:  # short significands, where sums land halfway between two doubles
            low = rng.randint(1, 1 << 20) * 2.0 ** rng.randint(-10, 40)
            high = low + rng.randint(0, 1 << 10) * 2.0 ** rng.randint(-20, 30)
            fraction = rng.randint(1, (1 << 12) - 1) / (1 << rng.randint(12, 14))
        if low > 1e-140 and high < 1e140:
            rows.append((low, high, fraction))
    return rows


def _halfway_rows(rng: random.Random, count: int) -> list[Row]:
    """Rows whose rounded sum is a tie broken the wrong way by the product's tiny error: the
    product is half the last place of the second term plus an error below its own last place."""
    rows: list[Row] = []
    while len(rows) < count:
        half_place = rng.randint(-40, -30)
        fraction = 1.0 - rng.uniform(1e-13, 1e-9)
        low = 2.0**half_place / (1.0 - fraction)
        if low * (1.0 - fraction) != 2.0**half_place:
            continue
        second = math.ldexp(rng.getrandbits(52) | (1 << 52), half_place + 1)
        rows.append((low, second / fraction, fraction))
    return rows


def test_sql_interpolation_equals_lerp_on_random_inputs() -> None:
    rows = _random_rows(random.Random(15), 60_000)
    found = _in_sql(rows)
    assert len(found) == len(rows)
    assert [v for *_, v, _ in found] == [lerp(low, high, f) for low, high, f, *_ in found]
    # a plain a x (1 - t) + b x t would differ in the last bit often: the test can tell
    plain = sum((1 - f) * low + high * f != v for low, high, f, v, _ in found)
    assert plain > len(rows) // 50


def test_a_tie_broken_by_the_products_error_takes_the_neighbour() -> None:
    found = _in_sql(_halfway_rows(random.Random(16), 1_000))
    assert [v for *_, v, _ in found] == [lerp(low, high, f) for low, high, f, *_ in found]
    # for about half of them the rounded sum alone is one place off: the correction is needed
    assert sum(rounded != v for *_, v, rounded in found) > 300


@pytest.mark.parametrize(
    ("wages", "expected"),
    [
        ([], True),
        ([30.0, 250_000.0], True),
        ([30.0, 1e141], False),
        ([1e-141, 30.0], False),
        ([30.0, float("inf")], False),
        ([30.0, float("nan")], False),
    ],
)
def test_sql_is_used_only_for_wages_within_its_bounds(wages: list[float], expected: bool) -> None:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE lca AS SELECT unnest(?::DOUBLE[]) AS annual_wage, true AS counted", [wages]
    )

    class Db:
        def rows(self, sql: str, params: object = None) -> list[tuple[object, ...]]:
            return con.execute(sql).fetchall()

    assert fits(Db()) is expected


def test_an_lca_import_does_not_load_numpy(tmp_path: Path) -> None:
    """DuckDB loads NumPy for a Python function in SQL; the import needs none now."""
    code = (
        "import sys; from levelset.cli.main import run\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        "print('numpy' in sys.modules)"
    )
    env = os.environ | {"LEVELSET_HOME": str(tmp_path), "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-c", code, "data", "import", "lca", str(LCA)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "False", done.stderr
