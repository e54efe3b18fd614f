"""`levelset proof positions` shows every title, company and date whole, at any width: a
narrow terminal gets one block per position, a wide one a table; the file they came from is
named once when there is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.runner import Result, run_cli

RESUME = """# Ana Test

## Experience

### Senior Machine Learning Infrastructure Engineer, Consolidated Interplanetary Logistics
2021 - Present

- Cut inference latency by 40% for the search team

### Artificial Intelligence Research Assistant, Southwestern University
2019 - 2020

- Built a corpus of 2,000 labelled images
"""

TITLES = (
    "Senior Machine Learning Infrastructure Engineer",
    "Consolidated Interplanetary Logistics",
    "Artificial Intelligence Research Assistant",
)


def _import(tmp_path: Path) -> None:
    resume = tmp_path / "cv.md"
    resume.write_text(RESUME, encoding="utf-8")
    assert run_cli("proof", "import", str(resume)).exit_code == 0


def _shown(monkeypatch: pytest.MonkeyPatch, width: int) -> Result:
    monkeypatch.setenv("COLUMNS", str(width))
    shown = run_cli("proof", "positions")
    assert shown.exit_code == 0, shown.stderr
    return shown


@pytest.mark.parametrize("width", [60, 80, 109])
def test_a_narrow_terminal_gets_whole_names_one_block_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    _import(tmp_path)
    shown = _shown(monkeypatch, width)
    assert shown.stdout.startswith("Positions read from cv.md (? = a guess to check)\n")
    words = " ".join(shown.stdout.split())  # a line longer than the terminal wraps
    first = (
        "Senior Machine Learning Infrastructure Engineer — Consolidated Interplanetary Logistics"
    )
    assert f"1. {first} 2021 – present · 1 bullet 2." in words
    assert "2. Artificial Intelligence Research Assistant — Southwestern University" in words
    assert words.endswith("2019 – 2020 · 1 bullet")
    assert "┃" not in shown.stdout
    assert "…" not in shown.stdout


def test_a_wide_terminal_gets_a_table_with_whole_cells(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import(tmp_path)
    shown = _shown(monkeypatch, 160)
    assert "Positions read from cv.md" in shown.stdout
    for name in TITLES:
        assert name in shown.stdout
    assert "2021 – present" in shown.stdout and "┃ dates" in shown.stdout
    assert "source" not in shown.stdout
    assert "…" not in shown.stdout


def test_positions_from_two_files_name_each_ones_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import(tmp_path)
    other = tmp_path / "linkedin.md"
    other.write_text(RESUME.replace("Ana Test", "Ana T.").replace("2019 - 2020", "2018 - 2019"))
    assert run_cli("proof", "import", str(other)).exit_code == 0
    for width in (80, 160):
        shown = _shown(monkeypatch, width)
        assert "cv.md" in shown.stdout and "linkedin.md" in shown.stdout
        assert "Positions read (? = a guess to check)" in shown.stdout


def test_an_entry_whose_title_was_not_found_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    from levelset.cli import proof_positions

    entry = {
        "number": 9, "title": "", "company": "Asyst Ressources Ltd", "start": "2025",
        "end": None, "current": True, "location": None, "bullets": ["Ran the audits"],
        "guessed": ["no title found"], "source": "cv.pdf",
    }  # fmt: skip
    proof_positions._blocks((entry,), "cv.pdf")
    shown = capsys.readouterr().out
    assert "9. (no title read) — Asyst Ressources Ltd ?" in shown
    assert "9.  —" not in shown
