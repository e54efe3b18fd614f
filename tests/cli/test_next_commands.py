"""What a new user is told to run next: after `proof import` (and when an older résumé of
another name is still read beside the new one), on an empty offer list and a half-set profile."""

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


def test_an_empty_offer_list_and_a_half_set_profile_say_what_to_run() -> None:
    offers = run_cli("offer", "list")
    assert offers.exit_code == 0 and "levelset offer add offer.yaml" in offers.stdout
    run_cli("profile", "set", "--title", "ML Engineer")
    shown = " ".join(run_cli("profile", "show").stdout.split())
    assert 'levelset profile set --level "..." --location "..." --positioning "..."' in shown
    assert "target_band" not in shown
