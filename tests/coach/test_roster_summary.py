"""The roster's sentence agrees with its rows in number and meaning: "0 of 1 active client
need you" said nothing true ("need" for one, and a client with no data does need a start)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from levelset.coach.roster import Attention, Flag, RosterRow, roster_summary
from tests.cli.runner import run_cli
from tests.suite_day import TODAY
from tests.web.conftest import Browser

pytestmark = pytest.mark.usefixtures("on_the_suites_day")

FLAGGED = (Attention(Flag.DEADLINE, "offer deadline in 3 days", TODAY),)


def rows(flagged: int, empty: int, quiet: int) -> list[RosterRow]:
    kinds = [(FLAGGED, False)] * flagged + [((), True)] * empty + [((), False)] * quiet
    return [RosterRow(i, f"C{i}", None, None, a, no_data) for i, (a, no_data) in enumerate(kinds)]


@pytest.mark.parametrize(
    ("flagged", "empty", "quiet", "said"),
    [
        (0, 0, 0, "No active clients yet."),
        (1, 0, 0, f"Your active client needs you today ({TODAY})."),
        (1, 0, 2, f"1 of your 3 active clients needs you today ({TODAY})."),
        (2, 0, 1, f"2 of your 3 active clients need you today ({TODAY})."),
        (0, 0, 1, f"Nothing is flagged for your active client today ({TODAY})."),
        (
            0,
            1,
            0,
            f"Nothing is flagged for your active client today ({TODAY}). No data yet: start "
            "with a résumé and a target.",
        ),
        (
            0,
            2,
            0,
            f"Nothing is flagged for your 2 active clients today ({TODAY}). None has data yet: "
            "start each with a résumé and a target.",
        ),
        (
            1,
            1,
            1,
            f"1 of your 3 active clients needs you today ({TODAY}). 1 of them has no data yet.",
        ),
        (
            0,
            2,
            3,
            f"Nothing is flagged for your 5 active clients today ({TODAY}). 2 of them "
            "have no data yet.",
        ),
    ],
)
def test_the_sentence_agrees_with_the_rows(flagged: int, empty: int, quiet: int, said: str) -> None:
    assert roster_summary(rows(flagged, empty, quiet), TODAY) == said


@pytest.mark.usefixtures("market")
def test_a_coach_with_one_new_client_reads_a_true_sentence(client: Browser) -> Any:
    assert run_cli("client", "add", "Ada Park").exit_code == 0
    page = client.get("/coach")
    assert page.status_code == 200
    lead = re.search(r'<p class="lead">(.*?)</p>', page.text, re.S)
    assert lead is not None
    assert "0 of" not in lead.group(
        1
    ) and "Nothing is flagged for your active client" in lead.group(1)
    twin = client.get("/coach.json").json()
    assert twin["summary"] in lead.group(1).replace("&#39;", "'")
    shown = " ".join(run_cli("coach").stdout.split())
    assert twin["summary"] in shown
