"""A bad row deep inside a file larger than one of DuckDB's CSV buffers: the one-pass load
(read in parallel, rows stored in any order) refuses the file, the checked load names every
bad row by its line and field, and the store is left as it was (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.market.build import import_file, open_market
from tests.market.lca_filings import HEADER
from tests.market.lca_filings import filing_rows as _rows
from tests.market.lca_filings import write_filings as _write
from tests.market.market_home import clock, fingerprint, market_paths

ROWS = 400_000  # about 45 MB: more than one of DuckDB's CSV buffers (32 MB by default)
# Line numbers count the header as line 1: row i (from 0) is on line i + 2.
BAD = {150_001: ("WAGE_RATE_OF_PAY_FROM", "about 90k"), 333_333: ("SOC_CODE", "15-20511")}


def _large_rows() -> list[list[str]]:
    block = _rows(1000, 21, "I-800")
    return [[f"I-800-{i:07d}", *block[i % 1000][1:]] for i in range(ROWS)]


@pytest.mark.slow
def test_bad_rows_deep_in_a_large_file_are_named_and_nothing_is_stored(tmp_path: Path) -> None:
    rows = _large_rows()
    clean = _write(tmp_path / "LCA_Disclosure_Data_FY2024_Q4.csv", rows)
    for line, (column, value) in BAD.items():
        rows[line - 2][HEADER.index(column)] = value
    bad = _write(tmp_path / "LCA_Disclosure_Data_FY2024_Q3.csv", rows)
    assert bad.stat().st_size > 32 * 2**20
    paths = market_paths(tmp_path / "home")
    before = fingerprint(paths)
    with pytest.raises(InputError) as raised:
        import_file(paths, "lca", bad, now=clock)
    found = [(p.file, p.line, p.field) for p in raised.value.problems]
    assert found == [(bad.name, line, column) for line, (column, _) in BAD.items()]
    assert fingerprint(paths) == before
    # the same file without its two bad rows loads whole
    assert import_file(paths, "lca", clean, now=clock).rows == ROWS
    with open_market(paths, now=clock) as store:
        assert store.fetch("SELECT count(*) FROM lca")[0][0] == ROWS
