"""A page that only reads reads the currency-rate table once; outside one, every read is fresh."""

from __future__ import annotations

from pathlib import Path

from levelset.app import Workspace
from levelset.app.offer_records import rates, rates_read_once
from levelset.app.offers import set_rate


def test_rates_are_read_once_within_a_page_and_afresh_outside(levelset_home: Path) -> None:
    ws = Workspace.at(levelset_home)
    set_rate(ws, "EUR", "1.10", "2026-11-01", "test")
    with rates_read_once():
        first = rates(ws)
        assert rates(ws) is first
    set_rate(ws, "EUR", "1.20", "2026-12-01", "test")
    assert rates(ws) is not first and rates(ws).codes == first.codes
    assert rates(ws) != first
    ws.close()


def test_a_nested_page_reads_within_the_outer_one(levelset_home: Path) -> None:
    ws = Workspace.at(levelset_home)
    set_rate(ws, "EUR", "1.10", "2026-11-01", "test")
    with rates_read_once():
        first = rates(ws)
        with rates_read_once():  # a range inside the ladder: the ladder's read counts
            assert rates(ws) is first
        assert rates(ws) is first
    ws.close()
