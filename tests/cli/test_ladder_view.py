"""The level ladder written without Rich is the text Rich writes, at every width; what the
plain writer cannot lay out as Rich does goes to Rich."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from levelset.cli.ladder_view import plain_ladder, rich_ladder
from levelset.cli.plain_text import plain_console_width
from tests.cli.runner import run_cli

OFFER = Path(__file__).resolve().parents[2] / "examples" / "offers" / "bigco-rsu.yaml"

LONG_NOTE = (
    "your total pay at staff (n=1): your total pay evidence: only 1 data point; cells under 5 "
    "are hidden entirely, and a word wider than most: supercalifragilisticexpialidocious-ness"
)


def _rich(ladder: dict[str, Any], width: int) -> str:
    out = io.StringIO()
    console = Console(
        file=out, width=width, highlight=False, soft_wrap=False, color_system=None,
        force_terminal=False, legacy_windows=False,
    )  # fmt: skip
    rich_ladder(ladder, console)
    return out.getvalue()


def _ladders(levelset_home: object) -> list[dict[str, Any]]:
    assert run_cli("offer", "add", str(OFFER)).exit_code == 0
    found = [
        run_cli("level", "ladder", "--json").json(),
        run_cli("level", "ladder", "--company", "Meta", "--place", "Austin, TX", "--json").json(),
    ]
    long = dict(found[1], notes=[LONG_NOTE, "a  note  with   runs of  spaces " * 3])
    named = dict(found[0], company="Ünïcode Café — “Quoted” Labs", role="Senior ML Engineer " * 4)
    return [*found, long, named]


def test_the_plain_ladder_is_the_text_rich_writes_at_every_width(levelset_home: object) -> None:
    written = 0
    for ladder in _ladders(levelset_home):
        for width in range(20, 161):
            plain = plain_ladder(ladder, width)
            if plain is not None:
                assert plain == _rich(ladder, width), (ladder["company"], width)
                written += 1
    assert written > 300  # most widths wide enough for the table are written plain


@pytest.mark.parametrize(
    "change",
    [
        {"company": "Acme [bold]Labs[/]"},  # markup Rich would read in a title line
        {"company": "Acme :smile: Labs"},  # an emoji code
        {"company": "東京 Labs"},  # two cells a character
        {"notes": ["a tab\there"]},
    ],
)
def test_text_only_rich_lays_out_goes_to_rich(levelset_home: object, change: dict) -> None:
    ladder = _ladders(levelset_home)[0] | change
    assert plain_ladder(ladder, 100) is None


def test_the_console_width_is_rich_s_when_piped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "123")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    assert plain_console_width() == Console().width == 123
    monkeypatch.setenv("FORCE_COLOR", "1")  # Rich would style: no plain text
    assert plain_console_width() is None


def test_the_command_prints_the_plain_ladder(levelset_home: object) -> None:
    shown = run_cli("level", "ladder", "--company", "Meta").stdout
    assert shown.splitlines()[0] == "Meta ladder · ML Engineer · United States"
    assert "┃ level " in shown and "Market base pay at each level" in shown


def test_the_estimate_follows_the_evidence_not_a_kept_reading(levelset_home: object) -> None:
    """The ladder reads the proof analysis kept in the store: a new import must show at once."""
    from tests.proof.files import EXAMPLES

    assert run_cli("level", "ladder", "--json").json()["estimate"] is None
    assert run_cli("proof", "import", str(EXAMPLES / "resume.md")).exit_code == 0
    first = run_cli("level", "ladder", "--json").json()["estimate"]
    assert run_cli("level", "ladder", "--json").json()["estimate"] == first  # read back, same
    assert run_cli("proof", "import", str(EXAMPLES / "stories.yaml")).exit_code == 0
    more = run_cli("level", "ladder", "--json").json()["estimate"]
    items = [int(e["why"].split("estimated from ")[1].split()[0]) for e in (first, more)]
    assert items[1] > items[0] > 0
