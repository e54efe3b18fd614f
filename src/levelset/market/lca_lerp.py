"""The cells' interpolation in SQL, to the last bit of `lca_cells.lerp` (issue 15).

`lerp` rounds low x (1 - fraction) + high x fraction as DuckDB's quantile_cont does: the first
product unrounded (a fused multiply-add). Called from SQL as a Python function it made DuckDB
load NumPy (about 0.1 s of every import's start). The same number is worked out here in plain
DOUBLE arithmetic: Dekker's two-product gives the product's rounding error exactly, three
error-free sums (Knuth's two-sum) turn product, error and second term into a rounded sum r,
its error t3 and a last error t2 far below r's last place; r is the correctly rounded total
except when r + t3 lies exactly halfway between r and a neighbour and t2 leans the same way,
when the neighbour is. The splitting needs no overflow or underflow, so the SQL is used only
when every counted wage lies within the bounds `lerp` itself splits (`fits`); otherwise the
Python function is registered and called as before. tests/market/test_lca_lerp.py compares
the two over many random and built inputs, ties included.
"""

from __future__ import annotations

from typing import Any, Protocol

SMALLEST, LARGEST = 1e-140, 1e140  # the bounds within which lerp's split is exact
_SPLIT = "CAST(134217729 AS DOUBLE)"  # 2**27 + 1: the halves of a double's 53-bit significand


class _Rows(Protocol):
    def rows(self, sql: str, params: Any = None) -> list[tuple[Any, ...]]: ...


def fits(db: _Rows, table: str = "lca", where: str = "counted") -> bool:
    """True when every wage `where` picks lies within the bounds the SQL interpolation needs
    (a NaN or infinite wage, or none stored: False for the first two, True for none)."""
    ((low, high),) = db.rows(
        f"SELECT min(annual_wage), max(annual_wage) FROM {table} WHERE {where}"
    )
    if low is None:
        return True
    return bool(low > SMALLEST and high < LARGEST)


def _two_sum_error(a: str, b: str, total: str) -> str:
    """a + b - total exactly, where total is a + b rounded (Knuth's two-sum)."""
    back = f"({total} - {a})"
    return f"(({a} - ({total} - {back})) + ({b} - {back}))"


def _levels(low: str, high: str, fraction: str) -> list[list[tuple[str, str]]]:
    """The steps, each level's columns made from the columns of the levels before (few
    levels: DuckDB binds each nested query again, which cost more than the arithmetic)."""
    low_half, weight_half = f"(_la - (_la - {low}))", "(_lb - (_lb - _lw))"
    return [
        [
            ("_lw", f"CAST(1 AS DOUBLE) - {fraction}"),
            ("_ls", f"{high} * {fraction}"),
            ("_la", f"{_SPLIT} * {low}"),
        ],
        [("_lp", f"{low} * _lw"), ("_lah", low_half), ("_lb", f"{_SPLIT} * _lw")],
        [("_lbh", weight_half), ("_ls1", "_lp + _ls")],
        [
            (
                "_le",
                f"((_lah * _lbh - _lp) + _lah * (_lw - _lbh) + ({low} - _lah) * _lbh)"
                f" + ({low} - _lah) * (_lw - _lbh)",
            ),
            ("_lt1", _two_sum_error("_lp", "_ls", "_ls1")),
        ],
        [("_ls2", "_le + _lt1")],
        [("_lt2", _two_sum_error("_le", "_lt1", "_ls2")), ("_lr", "_ls1 + _ls2")],
        [("_lt3", _two_sum_error("_ls1", "_ls2", "_lr"))],
        [("_ln", "nextafter(_lr, CASE WHEN _lt3 > 0 THEN 'inf' ELSE '-inf' END::DOUBLE)")],
    ]


def _steps(low: str, high: str, fraction: str) -> list[tuple[str, str]]:
    return [step for level in _levels(low, high, fraction) for step in level]


# r + t3 exactly halfway to the neighbour on t3's side, and t2 past that point
_RESULT = (
    "CASE WHEN _lt2 <> 0 AND _lt3 <> 0 AND abs(_lt3) * 2 = abs(_ln - _lr)"
    " AND (_lt2 > 0) = (_lt3 > 0) THEN _ln ELSE _lr END"
)


def lerped(source: str, low: str, high: str, fraction: str, name: str) -> str:
    """SQL: the rows of `source` (a table or a parenthesised query) with a column `name`,
    lerp(low, high, fraction) to the last bit for wages within `fits`' bounds and a fraction
    in [0, 1). Helper columns are named _l...; the query selects only source's and `name`."""
    query = source
    for level in _levels(low, high, fraction):
        made = ", ".join(f"{expression} AS {column}" for column, expression in level)
        query = f"(SELECT *, {made} FROM {query})"
    helpers = ", ".join(column for column, _ in _steps(low, high, fraction))
    return f"(SELECT * EXCLUDE ({helpers}), {_RESULT} AS {name} FROM {query})"
