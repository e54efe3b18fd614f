"""`levelset level estimate` end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.runner import run_cli
from tests.proof.files import EXAMPLES, example_resume_lines, make_linkedin_zip, make_pdf


def test_estimate_after_importing_a_pdf_and_a_linkedin_export(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "resume.pdf", example_resume_lines())
    export = make_linkedin_zip(tmp_path / "linkedin.zip")
    assert run_cli("proof", "import", str(pdf), str(export)).exit_code == 0
    assert run_cli("profile", "set", "--level", "senior_staff").exit_code == 0
    result = run_cli("level", "estimate", "--json")
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert data["target"] == "senior_staff" and data["target_source"] == "profile"
    assert data["band"] in {"senior", "staff"}
    assert data["missing"] and all("senior staff" in m for m in data["missing"])
    assert {d["dimension"] for d in data["dimensions"]} >= {"scope", "impact", "leadership"}
    given = run_cli("level", "estimate", "--target", "mid", "--json").json()
    assert given["target"] == "mid" and given["missing"] == []


def test_estimate_as_tables_and_bad_target() -> None:
    assert run_cli("proof", "import", str(EXAMPLES / "resume.md")).exit_code == 0
    shown = run_cli("level", "estimate", "--target", "staff")
    assert shown.exit_code == 0 and "Evidence per dimension" in shown.stdout
    bad = run_cli("level", "estimate", "--target", "wizard")
    assert bad.exit_code == 2 and "wizard" in bad.stderr


def test_estimate_with_nothing_imported_places_no_band() -> None:
    shown = run_cli("level", "estimate", "--target", "staff")
    assert shown.exit_code == 0
    text = " ".join(shown.stdout.split())
    assert "levelset proof import" in text
    assert "Supported band" not in text and "Evidence per dimension" not in text


def test_bullets_with_square_brackets_are_shown_as_written(tmp_path: Path) -> None:
    resume = tmp_path / "r.md"
    resume.write_text(
        "# Pat\nML Engineer\n\n## Experience\n### ML Engineer, Acme (2020 - Present)\n"
        "- Cut serving cost by 20% with [/] spot GPUs for the platform and search teams.\n"
        "- Led [bold]the migration[/bold] of 4 teams, cutting launch time from 6 weeks to 9 days.\n"
    )
    assert run_cli("proof", "import", str(resume)).exit_code == 0
    shown = run_cli("level", "estimate")
    assert shown.exit_code == 0, shown.stderr
    assert "[bold]the migration" in shown.stdout or "with [/] spot" in shown.stdout


def test_the_cross_company_table_names_bands_in_words_and_fits_80_columns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The table read 'senior_staff', and at 80 columns cut every cell short ('senior…',
    'microso…', 'approx…')."""
    assert run_cli("proof", "import", str(EXAMPLES / "resume.md")).exit_code == 0
    monkeypatch.setenv("COLUMNS", "140")
    wide = run_cli("level", "estimate", "--target", "senior_staff")
    assert wide.exit_code == 0, wide.stderr
    assert "senior_staff" not in wide.stdout and "\n senior staff │ L7" in wide.stdout
    monkeypatch.setenv("COLUMNS", "80")
    narrow = run_cli("level", "estimate", "--target", "senior_staff").stdout
    table = narrow[narrow.index("Cross-company equivalents") :]
    assert "…" not in table and "approximate" in table and "Microsoft" in table
    assert "google" not in table and "Google" in table  # as `levelset levels` names them
    assert all(len(line) <= 80 for line in table.splitlines())


def test_thin_evidence_names_no_supported_band_and_says_what_is_missing(tmp_path: Path) -> None:
    """Two bullets, none with a result: 'Supported band: senior' at confidence 0.00 read as a
    finding; the estimate says what evidence is missing instead."""
    resume = tmp_path / "r.md"
    resume.write_text(
        "# Pat Doe\nML Engineer\n\n## Experience\n### ML Engineer, Acme (2021 - Present)\n"
        "- Built data pipelines in Python for the analytics team.\n\n## Projects\n"
        "- Nostos: an open-source command-line tool that syncs dotfiles across machines for "
        "developers everywhere.\n"
    )
    assert run_cli("proof", "import", str(resume)).exit_code == 0
    shown = run_cli("level", "estimate")
    assert shown.exit_code == 0, shown.stderr
    text = " ".join(shown.stdout.split())
    assert "Supported band" not in text
    assert "Too little evidence to support a band yet" in text
    assert "0 of your 2 items show a result" in text
    data = run_cli("level", "estimate", "--json").json()
    assert data["placed"] is False and "make a firm reading" in data["unplaced"]


def test_a_line_that_describes_a_tool_shows_no_scope_of_its_author(tmp_path: Path) -> None:
    """'Nostos: an open-source command-line tool ...' read as scope 'senior staff' or
    'principal': the tool's reach, not anything its author did."""
    resume = tmp_path / "r.md"
    resume.write_text(
        "# Pat Doe\nML Engineer\n\n## Projects\n"
        "- Nostos: an open-source command-line tool that syncs dotfiles across machines for "
        "developers everywhere.\n"
        "- Apache Beam: an open-source unified model for batch and streaming data processing.\n"
    )
    assert run_cli("proof", "import", str(resume)).exit_code == 0
    data = run_cli("level", "estimate", "--json").json()
    scope = next(d for d in data["dimensions"] if d["dimension"] == "scope")
    assert scope["band"] == "entry", scope
