"""`levelset range` with no title reads the profile's target, as the plan's "levelset range"
item and the web's market page mean it; with no target it says how to give one."""

from __future__ import annotations

from tests.cli.runner import run_cli


def _asked(*args: str) -> dict[str, object]:
    found = run_cli("range", *args, "--json")
    assert found.exit_code == 0, found.stderr
    return dict(found.json()["query"])


def test_range_without_a_title_reads_the_profile_target() -> None:
    refused = run_cli("range")
    assert refused.exit_code == 2 and "no TITLE given" in refused.stderr
    assert "levelset profile set --title" in refused.stderr and "Traceback" not in refused.stderr
    target = ("--title", "Machine Learning Engineer", "--level", "staff", "--location", "Seattle")
    assert run_cli("profile", "set", *target).exit_code == 0
    assert _asked() == _asked("Machine Learning Engineer", "--level", "staff", "-p", "Seattle")
    assert _asked("-p", "Austin") == _asked(
        "Machine Learning Engineer", "-l", "staff", "-p", "Austin"
    )
    assert _asked("Data Scientist") == _asked("Data Scientist", "--source", "all")  # as given
    assert _asked("Data Scientist")["location"] != _asked()["location"]
