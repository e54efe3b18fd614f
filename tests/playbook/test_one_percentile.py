"""An offer whose base sits at a half percentile (86.5) in its market range reads the same
whole percentile in every view: `range --offer`, `offer compare` (table and JSON) and the
playbook, because one function computes and rounds it (halves up)."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from levelset.percentiles import ordinal, percentile_of
from tests.cli.runner import run_cli

pytestmark = pytest.mark.usefixtures("market_ready")

TARGET = (
    "--title",
    "Machine Learning Engineer",
    "--level",
    "senior",
    "--location",
    "San Francisco",
)


def _offer(folder: Path, company: str, base: int) -> str:
    path = folder / f"{company.split()[0].lower()}.yaml"
    path.write_text(
        f"company: {company}\ntitle: Senior Machine Learning Engineer\nlevel: senior\n"
        f"location: San Francisco, CA\ncurrency: USD\nbase: {base}\n",
        encoding="utf-8",
    )
    return str(path)


def _at_half(row: dict[str, float]) -> tuple[int, float]:
    """The whole-dollar base just above P86.5 of the row, and the percentile it sits at."""
    p75, p90 = row["p75"], row["p90"]
    base = math.ceil(p75 + (p90 - p75) * 11.5 / 15)
    points = [(p, row[f"p{p}"]) for p in (10, 25, 50, 75, 90)]
    return base, percentile_of(points, base) or 0.0


def test_the_same_offer_reads_the_same_percentile_everywhere(tmp_path: Path) -> None:
    assert run_cli("profile", "set", *TARGET).exit_code == 0
    found = run_cli("range", "--json")
    assert found.exit_code == 0, found.stderr
    row = next(r for r in found.json()["ranges"] if "blend" in r["label"])
    base, exact = _at_half(row)
    assert 86.5 <= exact < 86.6, exact  # a half: round() would give the even 86
    added = run_cli("offer", "add", _offer(tmp_path, "Beta Labs", 200_000),
                    _offer(tmp_path, "Acme AI", base))  # fmt: skip
    assert added.exit_code == 0, added.stderr

    placed = run_cli("range", "--offer", str(base), "--json").json()
    blend = next(r for r in placed["ranges"] if "blend" in r["label"])
    assert (blend["offer_percentile"], blend["offer_position"]) == (87, "P87")

    compared = run_cli("offer", "compare", "1", "2", "--json")
    assert compared.exit_code == 0, compared.stderr
    acme = compared.json()["offers"][1]["market_placement"]
    assert "blend" in acme["market"]["source"]
    assert (acme["percentile"], acme["text"]) == (87, "about P87 (between P75 and P90)")
    table = run_cli("offer", "compare", "1", "2").stdout
    assert "about P87" in table and "P86" not in table

    book = " ".join(run_cli("playbook").stdout.split())
    said = re.findall(r"sits at about the (\d+\w\w) percentile", book)
    assert said and set(said) == {ordinal(exact)} == {"87th"}, said
