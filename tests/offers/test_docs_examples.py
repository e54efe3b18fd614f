"""The worked examples in docs/offers.md, executed: YAML in, the documented numbers out."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from levelset.offers import parse_offer, value_offer

DOC = Path(__file__).parents[2] / "docs" / "offers.md"
BLOCK = re.compile(r"```yaml example\n(.*?)```\n(.*?)(?=\n### |\Z)", re.S)
COLUMNS = {"sign-on": "sign_on", "at risk": "at_risk"}


def _examples() -> list[tuple[str, str]]:
    found = BLOCK.findall(DOC.read_text(encoding="utf-8"))
    assert len(found) >= 3, "docs/offers.md lost its worked examples"
    return found


def _money(cell: str) -> Decimal:
    return Decimal(cell.replace(",", "").replace("$", "").strip())


def _table(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line.startswith("|")]
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    return [dict(zip(header, (c.strip() for c in row.strip("|").split("|")), strict=True))
            for row in lines[2:]]  # fmt: skip


@pytest.mark.parametrize("number", range(3))
def test_worked_example(number: int) -> None:
    source, text = _examples()[number]
    command = re.search(r"`levelset offer value [^`]*`", text)
    assert command is not None
    years = re.search(r"--years (\d+)", command.group(0))
    valuation = value_offer(
        parse_offer(yaml.safe_load(source)), int(years.group(1)) if years else 4
    )
    totals = re.search(
        r"Year-1 total: \*\*\$([\d,]+)\*\*. Four-year total: \*\*\$([\d,]+)\*\*", text
    )
    assert totals is not None
    assert valuation.year1_total == _money(totals.group(1))
    assert valuation.four_year_total == _money(totals.group(2))
    rows = _table(text)
    if "year" in rows[0]:
        assert len(rows) == len(valuation.years)
        for row, year in zip(rows, valuation.years, strict=True):
            for column, cell in row.items():
                assert getattr(year, COLUMNS.get(column, column)) == _money(cell), (row, column)
    else:
        scenarios = {s.key: s for s in valuation.scenarios}
        assert set(scenarios) == {row["scenario"] for row in rows}
        for row in rows:
            s = scenarios[row["scenario"]]
            cells = (row["grant worth"], row["year 1"], row["4 years"])
            assert (s.grant_value, s.year1_total, s.four_year_total) == tuple(map(_money, cells))
