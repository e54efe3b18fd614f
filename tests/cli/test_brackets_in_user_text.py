"""Brackets in what a user wrote (a column, a bullet, a company, a client's name, a file name)
are shown as written: Rich never reads them as markup, and a closing tag such as `[/x]` with
nothing open is not an error."""

from __future__ import annotations

from pathlib import Path

from tests.cli.runner import run_cli

RESUME = """# Ana Test

## Experience

### Machine Learning Engineer, Acme Labs
2021 - Present

- Cut inference latency by 40% [bold]for[/] the [/x] search team
- Led a team of [4] engineers on the [red]fraud[/red] model
"""


def test_a_tracker_column_with_a_closing_tag_is_named_as_written(tmp_path: Path) -> None:
    sheet = tmp_path / "t.csv"
    sheet.write_text("company,role,date,[/x]\nAcme,MLE,2026-01-05,1\n", encoding="utf-8")
    found = run_cli("track", "import", str(sheet))
    assert found.exit_code == 0, found.stderr
    assert "ignored unknown columns: [/x]" in found.stderr


def test_bullets_with_brackets_are_listed_as_written(tmp_path: Path) -> None:
    resume = tmp_path / "cv [final].md"
    resume.write_text(RESUME, encoding="utf-8")
    assert run_cli("proof", "import", str(resume)).exit_code == 0
    listed = run_cli("proof", "positions", "--bullets")
    assert listed.exit_code == 0, listed.stderr
    assert "[bold]for[/] the [/x] search team" in listed.stdout
    assert "[red]fraud[/red]" in listed.stdout
    sources = {p["source"] for p in run_cli("proof", "positions", "--json").json()["positions"]}
    assert sources == {"cv [final].md"}
    report = run_cli("proof", "report")
    assert report.exit_code == 0, report.stderr
    assert "sources: cv [final].md" in report.stdout


def test_a_clients_cohort_with_brackets_is_listed_as_written() -> None:
    cohort = "[/b] spring [bold]cohort[/bold]"
    added = run_cli("client", "add", "Ana Park", "--cohort", cohort)
    assert added.exit_code == 0, added.stderr
    shown = run_cli("client", "show", "Ana Park")
    assert shown.exit_code == 0, shown.stderr
    assert f"cohort: {cohort}" in shown.stdout
    listed = run_cli("client", "list", "--json")
    assert [c["cohort"] for c in listed.json()] == [cohort]
    table = run_cli("client", "list")
    assert table.exit_code == 0, table.stderr
    assert "[/b] spring" in table.stdout and "[bold]cohort[/bold]" in table.stdout


def test_a_profile_and_a_source_with_brackets_are_shown_as_written(tmp_path: Path) -> None:
    title = "ML Engineer [/x] [bold]search[/bold]"
    assert run_cli("profile", "set", "--title", title, "--level", "senior").exit_code == 0
    shown = run_cli("profile", "show")
    assert shown.exit_code == 0, shown.stderr
    assert "[/x]" in shown.stdout and "[bold]search[/bold]" in shown.stdout
    resume = tmp_path / "[b]cv.md"
    resume.write_text(RESUME, encoding="utf-8")
    imported = run_cli("proof", "import", str(resume))
    assert imported.exit_code == 0, imported.stderr
    assert "[b]cv.md" in imported.stdout


def test_a_comp_with_brackets_is_listed_and_counted_as_written() -> None:
    added = run_cli(
        "market", "comp", "add", "[/x] Senior ML Engineer", "--base", "200k", "--bonus", "30k",
        "--company", "[red]Acme[/red]", "--location", "Seattle", "--source", "[/b] friend",
    )  # fmt: skip
    assert added.exit_code == 0, added.stderr
    listed = run_cli("market", "comp", "list")
    assert listed.exit_code == 0, listed.stderr
    assert "[/x] Senior" in listed.stdout and "[red]Acme[/red]" in listed.stdout
    assert "[/b] friend" in listed.stdout and "bonus $30k" in listed.stdout
    ranged = run_cli("range", "machine learning engineer", "--location", "Seattle")
    assert ranged.exit_code == 0, ranged.stderr
    assert "your comps" in ranged.stdout


def test_a_posting_with_brackets_is_read_and_listed_as_written(tmp_path: Path) -> None:
    posting = tmp_path / "posting [saved].txt"
    posting.write_text(
        "Senior ML Engineer [/b]\nSeattle, WA\n$180,000 - $220,000 a year\n", encoding="utf-8"
    )
    added = run_cli("market", "posting", "add", str(posting), "--yes")
    assert added.exit_code == 0, added.stderr
    assert "Read from posting [saved].txt" in added.stdout
    assert "Senior ML Engineer [/b]" in added.stdout
    listed = run_cli("market", "posting", "list")
    assert listed.exit_code == 0, listed.stderr
    assert "[/b]" in listed.stdout
