"""The weekly review written without Rich is the text Rich writes, at every width; what the
plain writer cannot lay out as Rich does goes to Rich."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from levelset.app.plan import review_week
from levelset.app.workspace import Workspace
from levelset.cli.review_view import plain_review, rich_review
from levelset.plan.peer import PeerCheck
from levelset.plan.review import Answers
from tests.cli.runner import run_cli


def _rich(result: Any, width: int) -> str:
    out = io.StringIO()
    console = Console(
        file=out, width=width, highlight=False, soft_wrap=False, color_system=None,
        force_terminal=False, legacy_windows=False,
    )  # fmt: skip
    rich_review(result, console)
    return out.getvalue()


@pytest.fixture
def demo_review(tmp_path: Path) -> Any:
    home = tmp_path / "demo"
    assert run_cli("demo", "--home", str(home)).exit_code == 0
    return review_week(Workspace.at(home)).review


def _reviews(review: Any) -> list[Any]:
    answered = Answers("a recruiter called back " * 4, "a shorter intro, for two weeks")
    numbers = review.numbers
    assert numbers is not None
    wide = dataclasses.replace(numbers, applied=1234567, responded=345678, offers=12)
    peer = PeerCheck(
        dt.date(2026, 12, 3), True, "$215,000", "$215,000", ("equity",), ("equity",), (),
        "They heard $215,000, the number you meant.", "They heard the team and the scope.",
        "They pushed back on the equity; you held the number.", "name the start date",
    )  # fmt: skip
    return [
        review,
        dataclasses.replace(review, answers=answered),
        dataclasses.replace(review, answers=Answers("", "only the next test")),
        dataclasses.replace(review, numbers=None, hint="Track an application to see numbers."),
        dataclasses.replace(review, numbers=wide, signal="Ünïcode — “quoted” signal…"),
        dataclasses.replace(review, negotiation=("a supercalifragilisticexpialidocious-word",)),
        dataclasses.replace(review, peer=(peer, dataclasses.replace(peer, pushback=None))),
    ]


def test_the_plain_review_is_the_text_rich_writes_at_every_width(demo_review: Any) -> None:
    written = 0
    for number, review in enumerate(_reviews(demo_review)):
        for width in range(20, 161):
            plain = plain_review(review, width)
            if plain is not None:
                assert plain == _rich(review, width), (number, width)
                written += 1
    assert written > 400  # most widths wide enough for the table are written plain


@pytest.mark.parametrize(
    "change",
    [
        {"signal": "One [bold]story[/]"},  # markup Rich would read
        {"signal": "done :smile:"},  # an emoji code
        {"signal": "東京"},  # wide characters
        {"hint": "", "numbers": None},  # an empty line
    ],
)
def test_what_only_rich_lays_out_goes_to_rich(demo_review: Any, change: dict[str, Any]) -> None:
    assert plain_review(dataclasses.replace(demo_review, **change), 120) is None


def test_a_piped_review_loads_no_rich(demo_review: Any, tmp_path: Path) -> None:
    from tests.cli.test_startup_imports import loaded

    found = loaded(tmp_path / "demo", "plan", "review", "--no-ask", among=("rich",))
    assert found == set()
