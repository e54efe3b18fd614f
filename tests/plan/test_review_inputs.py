"""A week's review reads only what it shows (app.plan_inputs.gather_for_review): the tracking
and the offer's negotiation steps. Every week of a demo home's plan reviews the same as from
the plan's whole inputs, and a cold review loads neither the proof analysis nor the market."""

from __future__ import annotations

from pathlib import Path

from levelset.app.plan_inputs import gather, gather_for_review
from levelset.app.workspace import Workspace
from levelset.plan.review import review
from levelset.store.plan import load_plan
from tests.cli.runner import run_cli
from tests.cli.test_startup_imports import loaded

ANALYSIS = ("levelset.proof.report", "levelset.leveling.estimate", "levelset.market.ranges")


def _demo(home: Path) -> Path:
    """The demo's records and an open negotiation (the demo's own one is signed)."""
    assert run_cli("demo", "--home", str(home)).exit_code == 0
    assert run_cli("negotiate", "start", "Lumen Labs", "--offer", "2").exit_code == 0
    return home


def test_every_week_reviews_the_same_as_from_the_whole_inputs(levelset_home: Path) -> None:
    ws = Workspace.at(_demo(levelset_home))
    _, plan = load_plan(ws.store)
    whole, shown = gather(ws), gather_for_review(ws)
    assert whole.offer is not None and whole.tracking is not None
    assert shown.offer is not None and shown.offer.timeline == whole.offer.timeline
    reviews = [review(plan, n, shown) for n in range(1, len(plan.weeks) + 1)]
    assert reviews == [review(plan, n, whole) for n in range(1, len(plan.weeks) + 1)]
    assert any(r.negotiation for r in reviews)  # the offer's steps are shown somewhere
    assert shown.proof is None and shown.market is None and shown.offer.anchor is None


def test_a_cold_review_loads_no_proof_analysis_nor_market(levelset_home: Path) -> None:
    home = _demo(levelset_home)
    assert loaded(home, "plan", "review", "--no-ask", among=ANALYSIS) == set()
    assert loaded(home, "plan", "review", "--no-ask", "--json", among=ANALYSIS) == set()
