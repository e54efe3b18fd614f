"""Isolation as a property: no command run for one owner shows another owner's records.

Every command path the CLI has (walked from its registry, not picked by hand) runs for the
coach's own data and for each of two look-alike clients; its output (text and JSON) must hold
none of the other owners' words or figures. A new command without arguments listed here fails
the test until it is added.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from levelset.cli.docgen import command_paths
from tests.cli.runner import run_cli
from tests.coach.workspace import COMPANY, OWNERS, as_, ok, seed, traces
from tests.suite_day import TODAY

_SOON = (TODAY + dt.timedelta(days=4)).isoformat()  # a check-in ahead

pytestmark = pytest.mark.usefixtures("market", "on_the_suites_day")

# The arguments each command path runs with; {files} is the running owner's own folder,
# {offer} the number of their stored offer.
ARGS: dict[tuple[str, ...], list[str]] = {
    ("paths",): [],
    ("profile", "show"): [],
    ("profile", "set"): ["--positioning", "shipping models"],
    ("range",): ["--role", "ML Engineer", "--level", "senior", "--place", "Seattle, WA"],
    ("roles",): ["ML Engineer"],
    ("levels",): [],
    ("places",): ["Seattle"],
    ("data", "sources"): [],
    ("data", "status"): [],
    ("data", "rebuild"): ["--help"],  # the market store is shared and holds no records
    ("data", "import"): ["--help"],
    ("offer", "value"): ["{files}/offer.yaml"],
    ("offer", "compare"): ["{files}/offer.yaml", "{files}/offer.yaml"],
    ("offer", "add"): ["{files}/offer.yaml"],
    ("offer", "list"): [],
    ("offer", "show"): ["{offer}"],
    ("offer", "export"): ["--format", "json"],
    ("offer", "import"): ["{files}/offers-out.json"],
    ("offer", "rates", "set"): ["EUR", "1.08", "--date", "2026-11-01"],
    ("offer", "delete"): ["{offer}"],
    ("offer", "whatif"): ["--offer", "{offer}", "--price", "12"],
    ("negotiate", "start"): [COMPANY, "--offer", "{offer}"],
    ("negotiate", "status"): [COMPANY],
    ("negotiate", "anchor"): [COMPANY, "--preview"],
    ("negotiate", "draft"): [COMPANY, "counter"],
    ("negotiate", "log"): [COMPANY, "note", "--note", "again"],
    ("negotiate", "step"): [COMPANY, "anchor"],
    ("negotiate", "outcome"): [COMPANY],
    ("negotiate", "export"): [COMPANY],
    ("negotiate", "import"): ["{files}/offer.yaml"],
    ("negotiate", "delete"): [COMPANY],
    ("proof", "import"): ["{files}/resume.md"],
    ("proof", "list"): [],
    ("proof", "clear"): ["resume.md"],
    ("proof", "report"): [],
    ("proof", "positions"): [],
    ("proof", "positions", "edit"): ["1", "--title", "Lead"],
    ("proof", "positions", "merge"): ["1", "2"],
    ("proof", "positions", "drop"): ["2"],
    ("proof", "positions", "move"): ["1", "1", "2"],
    ("proof", "positions", "undo"): [],
    ("level", "estimate"): [],
    ("level", "ladder"): [],
    ("score",): ["{files}/email.txt"],
    ("practice", "negotiation"): [COMPANY, "--answers", "{files}/email.txt"],
    ("practice", "stories"): ["--target", "senior", "--answers", "{files}/email.txt"],
    ("practice", "peer"): ["-o", "{files}/peer-sheet.pdf"],
    ("practice", "history"): [],
    ("practice", "delete"): ["1"],
    ("practice", "restore"): ["{files}/deleted-practice-20261201T101010.json"],  # none kept
    ("practice", "peer", "record"): ["--heard", "x", "--number", "1", "--pushback", "y"],
    ("market", "posting", "add"): ["{files}/email.txt", "--yes"],
    ("market", "posting", "list"): [],
    ("market", "posting", "remove"): ["1"],
    ("market", "comp", "add"): ["ML Engineer", "--base", "150k", "--source", "a friend"],
    ("market", "comp", "list"): [],
    ("market", "comp", "remove"): ["1"],
    ("track", "add"): ["outreach", "--company", COMPANY, "--date", "2026-11-05"],
    ("track", "list"): [],
    ("track", "import"): ["{files}/offer.yaml"],
    ("track", "export"): [],
    ("track", "delete"): ["1"],
    ("track", "board"): [],
    ("track", "move"): ["1", "talking"],
    ("track", "card"): ["1", "--contacts", "Dana", "--follow-up", _SOON],
    ("track", "calendar"): [],
    ("metrics",): [],
    ("experiment", "start"): ["opener", "--change", "again"],
    ("experiment", "status"): [],
    ("experiment", "close"): ["opener"],
    ("plan",): ["--start", "2026-11-02"],
    ("plan", "show"): [],
    ("plan", "tick"): ["1.1"],
    ("plan", "review"): ["--week", "2", "--changed", "x", "--next", "y", "--no-ask"],
    ("plan", "ics"): [],
    ("playbook",): [],
    ("client", "add"): ["Charlie"],
    ("client", "list"): [],
    ("client", "show"): ["Charlie"],
    ("client", "archive"): ["Charlie"],
    ("client", "cohort"): ["Charlie", "spring"],
    ("client", "note"): ["Charlie", "a note"],
    ("client", "checkin"): ["Charlie", _SOON],
    ("client", "export"): ["Charlie", "-o", "{files}/charlie.zip"],
    ("client", "erase"): ["Charlie", "--yes"],
    ("demo",): ["--help"],  # fills a separate home, never a workspace with clients
    ("coach",): [],
    ("coach", "outcomes"): [],
    ("serve",): ["--help"],  # a server: the web routes have their own isolation test
    ("mcp",): ["--help"],  # a stdio server: the assistant door has its own tests
    ("server",): ["--help"],  # the coaching server: tests/server has its isolation matrix
    ("server", "init"): ["--help"],  # makes a server database, never a workspace with clients
    ("server", "worker"): ["--help"],  # runs the server's jobs: tests/server/test_jobs.py
    ("server", "retention"): ["--help"],  # erases archived clients: tests/server has its tests
}
LAST = {  # they remove what later runs would check
    ("proof", "clear"),
    ("client", "erase"),
    ("offer", "delete"),
    ("negotiate", "delete"),
    ("track", "delete"),
    ("market", "posting", "remove"),
    ("market", "comp", "remove"),
    ("practice", "delete"),
}


def leaf_paths() -> list[tuple[str, ...]]:
    paths = list(command_paths())
    groups = {p[:-1] for p in paths if len(p) > 1}
    return [p for p in paths if p not in groups or p in ARGS]


def test_every_command_has_arguments_listed() -> None:
    missing = [p for p in leaf_paths() if p not in ARGS]
    assert not missing, f"list the arguments of {missing} in ARGS"


def test_no_command_shows_another_owners_records(levelset_home: Path) -> None:
    folders = {owner: seed(levelset_home, owner) for owner in OWNERS if OWNERS[owner][0] is None}
    ok("own", "client", "add", "Alpha")
    ok("own", "client", "add", "Bravo")
    folders |= {owner: seed(levelset_home, owner) for owner in OWNERS if OWNERS[owner][0]}
    for owner, folder in folders.items():
        ok(owner, "offer", "export", "--format", "json", "-o", str(folder / "offers-out.json"))
    runs = [p for p in leaf_paths() if p not in LAST] + [p for p in leaf_paths() if p in LAST]
    leaks = []
    for path in runs:
        for owner, folder in folders.items():
            offer = (folder / "offer-number").read_text()
            args = [a.replace("{files}", str(folder)).replace("{offer}", offer) for a in ARGS[path]]
            for extra in ([], ["--json"]) if "--help" not in args else ([],):
                result = run_cli(*as_(owner, *path, *args, *extra))
                shown = result.stdout + result.stderr
                for other in OWNERS:
                    if other != owner and any(t.search(shown) for t in traces(other)):
                        leaks.append((owner, path, extra, other))
    assert leaks == []


def test_an_unknown_client_is_refused_with_the_closest_names() -> None:
    ok("own", "client", "add", "Alpha Smith")
    result = run_cli("--client", "alpha", "offer", "list")
    assert result.exit_code == 3
    assert "no client named 'alpha'" in result.stderr
    assert "Alpha Smith" in result.stderr
