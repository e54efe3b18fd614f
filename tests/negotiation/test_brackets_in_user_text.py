"""A company, title, benefit or note with square brackets is the user's text, printed as written:
rich markup in it must neither crash a view nor vanish from it."""

from pathlib import Path

from tests.cli.runner import run_cli

COMPANY = "Acme [/] Labs [red]"
OFFER = f"""\
company: "{COMPANY}"
currency: USD
base: 100000
title: "ML [/b] Engineer"
benefits:
  "[/] stipend": 100
"""


def _shows(*args: str, text: str = COMPANY) -> None:
    result = run_cli(*args)
    assert result.exit_code == 0, result.stderr
    assert text in result.stdout.replace("\n", " "), result.stdout


def test_brackets_in_user_text_are_printed_as_written(tmp_path: Path) -> None:
    path = tmp_path / "offer.yaml"
    path.write_text(OFFER, encoding="utf-8")
    _shows("offer", "value", str(path))
    _shows("offer", "add", str(path))
    _shows("offer", "list")
    _shows("offer", "compare", str(path), str(path), "--no-market")
    _shows("negotiate", "start", COMPANY, "--offer", str(path), "--date", "2026-01-05")
    _shows("negotiate", "status")
    _shows(
        "negotiate", "log", COMPANY, "note", "--note", "[bold]call[/] went well",
        "--date", "2026-01-06", text="[bold]call[/] went well",
    )  # fmt: skip
    _shows("negotiate", "anchor", COMPANY, "--no-market", "--date", "2026-01-06")
    _shows("negotiate", "draft", COMPANY, "counter", text="[RECRUITER NAME]")
    _shows("negotiate", "outcome", COMPANY)
