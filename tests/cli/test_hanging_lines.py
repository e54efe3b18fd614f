"""A wrapped line of the proof report and the level estimate stays under the text it goes on,
not flush left: 'Led the redesign ... with the platform and' then 'payments teams, ...' at
column 0 read as a new item."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.runner import run_cli

RESUME = Path(__file__).parents[2] / "examples" / "resume"


def _section(text: str, start: str, end: str | None = None) -> list[str]:
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith(start))
    last = next((i for i, ln in enumerate(lines) if end and ln.strip().startswith(end)), len(lines))
    return [line for line in lines[first + 1 : last] if line.strip()]


def test_wrapped_lines_keep_their_indent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    paths = [RESUME / "resume.pdf", RESUME / "linkedin", RESUME / "stories.yaml"]
    assert run_cli("proof", "import", *map(str, paths)).exit_code == 0
    report = run_cli("proof", "report")
    assert report.exit_code == 0, report.stderr
    checklist = _section(report.stdout, "Proof checklist", "10-second scan")
    assert all(line.startswith(("[x]", "[ ]", "      ")) for line in checklist), checklist
    below = [*_section(report.stdout, "10-second scan", "Consistency"),
             *_section(report.stdout, "Consistency")]  # fmt: skip
    assert len(below) > 8 and all(line.startswith("  ") for line in below), below
    wrapped = [line for line in below if line.startswith("   ")]
    assert wrapped and all(line.startswith("        ") for line in wrapped), wrapped
    level = run_cli("level", "estimate")
    assert level.exit_code == 0, level.stderr
    warnings = _section(level.stdout, "Warnings", "Cross-company")
    assert len(warnings) >= 2 and all(line.startswith(("  - ", "    ")) for line in warnings)


def test_an_offers_summary_wraps_under_its_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    offer = Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml"
    shown = run_cli("offer", "value", str(offer))
    assert shown.exit_code == 0, shown.stderr
    lines = shown.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("steady state"))
    assert lines[at + 1].startswith(" " * 18 + "refreshers counted)"), lines[at : at + 2]


def test_a_scores_fixes_wrap_under_themselves(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    email = Path(__file__).parents[2] / "examples" / "emails" / "weak_counter.txt"
    shown = run_cli("score", str(email), "--stage", "ask")
    assert shown.exit_code == 0, shown.stderr
    fixes = _section(shown.stdout, "What to fix")
    assert any(len(line) > 70 for line in fixes)  # something wraps at 80 columns
    assert all(line.startswith(("[", "     ")) for line in fixes), fixes
