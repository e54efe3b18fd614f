"""An empty or header-only import is refused (exit 2, the file named); nothing stored changes.

A file with a header and no rows used to "succeed" with 0 rows: for market data it replaced a
dataset with nothing, for a tracker it looked like an import done.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

import levelset
from tests.cli.runner import run_cli

UPSTREAM = Path(__file__).resolve().parents[1] / "market" / "fixtures" / "upstream"
CROWD = UPSTREAM / "aijobs_salaries_2025-06-01.csv"
SHIPPED_OEWS = (
    Path(levelset.__file__).parent / "data" / "market" / "oews_may2025_tech_subset.csv.gz"
)
EXIT_INPUT = 2  # docs/cli.md: bad input


def _refused(args: list[str], file: Path) -> str:
    result = run_cli(*args, str(file))
    assert result.exit_code == EXIT_INPUT, result.stdout + result.stderr
    said = " ".join((result.stdout + result.stderr).split())
    assert file.name in said
    assert "Traceback" not in said
    return said


def test_a_header_only_tracker_is_refused_and_nothing_is_stored(tmp_path: Path) -> None:
    one = tmp_path / "one.csv"
    one.write_text("Company,Role,Date Applied\nAcme,ML Engineer,2026-10-01\n")
    assert run_cli("track", "import", str(one)).exit_code == 0
    before = run_cli("track", "export", "--format", "json").stdout
    for text in ("Company,Role,Date Applied\n", "Company,Role,Date Applied\n\n,,\n", ""):
        sheet = tmp_path / "sheet.csv"
        sheet.write_text(text)
        _refused(["track", "import"], sheet)
    assert run_cli("track", "export", "--format", "json").stdout == before


@pytest.mark.parametrize("text", ["", "company,base,currency,level\n"])
def test_an_empty_offer_file_is_refused(tmp_path: Path, text: str) -> None:
    sheet = tmp_path / "offers.csv"
    sheet.write_text(text)
    assert "no offers" in _refused(["offer", "import"], sheet)
    assert run_cli("offer", "list", "--json").json() in ([], {"offers": []})


@pytest.mark.parametrize("text", ["", " \n\n\t\n"])
def test_an_empty_resume_is_refused_and_not_listed(tmp_path: Path, text: str) -> None:
    resume = tmp_path / "resume.md"
    resume.write_text(text)
    assert "empty" in _refused(["proof", "import"], resume)
    assert "resume.md" not in run_cli("proof", "list").stdout


@pytest.mark.parametrize("source", ["crowd", "oews"])
def test_a_header_only_market_file_is_refused_and_the_store_is_unchanged(
    tmp_path: Path, source: str
) -> None:
    upstream = CROWD if source == "crowd" else SHIPPED_OEWS
    with gzip.open(upstream, "rt") if upstream.suffix == ".gz" else upstream.open() as stream:
        header = stream.readline()
    name = "aijobs_salaries_2025-07-01.csv" if source == "crowd" else "oews_may2026_tech.csv"
    sheet = tmp_path / name
    sheet.write_text(header)
    assert run_cli("data", "rebuild").exit_code == 0
    before = run_cli("data", "status", "--json").json()
    said = _refused(["data", "import", source, "--release", "2026"], sheet)
    assert "no rows" in said
    after = run_cli("data", "status", "--json").json()
    assert after["imports"] == before["imports"]
    assert after["datasets"] == before["datasets"]
