"""An error found with several problems shows every one of them on the CLI, the first one too
when the message says something else (it used to print only the second and later ones)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.runner import run_cli


def test_every_problem_of_an_error_is_printed(tmp_path: Path) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    for path in (first, second):
        path.write_text("Hello there.\n", encoding="utf-8")
    failed = run_cli("proof", "import", str(first), str(second))
    assert failed.exit_code == 2, failed.stderr
    said = failed.stderr.replace("\n  ", " ")
    for name in ("first.txt", "second.txt"):
        assert f"- {name}: no position, bullet or story found" in said, failed.stderr


def test_a_problem_the_message_already_says_is_not_repeated(tmp_path: Path) -> None:
    broken = tmp_path / "offer.yaml"
    broken.write_text("company: Northwind\nbase: -5\n", encoding="utf-8")
    failed = run_cli("offer", "add", str(broken))
    assert failed.exit_code == 2, failed.stderr
    lines = failed.stderr.splitlines()
    assert not any(line.startswith("  - ") and line[4:] in lines[0] for line in lines[1:]), lines
