"""After `proof import` a new user is told what to run next, and when an older résumé of
another name is still read beside the new one."""

from __future__ import annotations

from pathlib import Path

from tests.cli.runner import run_cli

RESUMES = Path(__file__).parents[2] / "examples" / "resume"


def test_an_import_names_the_next_commands() -> None:
    first = run_cli("proof", "import", str(RESUMES / "resume.md"))
    assert first.exit_code == 0, first.stderr
    assert "next: levelset proof positions" in first.stdout
    assert "still read beside it" not in first.stdout


def test_a_second_resume_of_another_name_says_the_first_is_still_read() -> None:
    run_cli("proof", "import", str(RESUMES / "resume.md"))
    second = run_cli("proof", "import", str(RESUMES / "resume.pdf"))
    assert second.exit_code == 0, second.stderr
    said = " ".join(second.stdout.split())
    assert "other résumé(s) (resume.md) are still read beside it" in said
    assert "levelset proof clear resume.md" in said
    again = run_cli("proof", "import", str(RESUMES / "resume.pdf"))  # the same name: replaced
    assert "resume.md" in " ".join(again.stdout.split())  # still there, still said
