"""One target across every surface: over the worked example (`levelset demo`), the proof
report, the level estimate, the plan, the negotiation's asks and the playbook name the same
target level, agree on whether a gap is open, and point at the same thing to fix first."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from levelset.app.demo import COMPANY, open_demo
from levelset.app.workspace import Workspace
from levelset.bands import Band

LABELS = "|".join(sorted((b.label for b in Band), key=len, reverse=True))
TARGET_MENTIONS = (  # every way a surface states the target level
    rf"\b({LABELS}) target\b",
    rf"[Tt]arget: [^,;]+, ({LABELS})\b",
    rf"\bkeep ({LABELS}) (?:as the one target|in every channel)",
    rf"[Yy]our target is ({LABELS})\b",
    rf"the target is ({LABELS})\b",
    rf"supports ({LABELS})[^;]*; keep that level as the one target",
)


@dataclass(frozen=True)
class Surfaces:
    profile_band: Band
    estimate: object
    report: object
    plan: object
    playbook: str
    level_ask: str


@pytest.fixture(scope="module")
def surfaces(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Surfaces]:
    from levelset.app.leveling import estimate_level
    from levelset.app.negotiation import anchor_for, load_record
    from levelset.app.plan import show_plan
    from levelset.app.playbook import render_playbook
    from levelset.app.profile import show_profile
    from levelset.app.proof import proof_report

    home = open_demo(tmp_path_factory.mktemp("example") / "demo").home
    ws = Workspace.at(home)
    try:
        band = show_profile(ws).target_band
        assert band is not None
        offer = load_record(ws, COMPANY).events[0].offer
        asks = anchor_for(ws, offer, market=False).anchor.asks
        yield Surfaces(
            profile_band=band,
            estimate=estimate_level(ws),
            report=proof_report(ws),
            plan=show_plan(ws).plan,
            playbook=render_playbook(ws).data.decode("utf-8"),
            level_ask=next(a.ask for a in asks if a.lever.value == "title_level"),
        )
    finally:
        ws.close()


def _plan_text(plan: object) -> list[str]:
    items = [i.text for w in plan.weeks for i in w.items]  # type: ignore[attr-defined]
    signal = plan.signal  # type: ignore[attr-defined]
    return [*items, signal.title, signal.why]


def _targets_named(texts: list[str]) -> set[str]:
    return {m for t in texts for p in TARGET_MENTIONS for m in re.findall(p, t)}


def test_every_surface_names_the_profile_target(surfaces: Surfaces) -> None:
    target = surfaces.profile_band
    assert surfaces.estimate.target is target  # type: ignore[attr-defined]
    assert surfaces.estimate.target_source == "profile"  # type: ignore[attr-defined]
    assert surfaces.report.profile.target_band is target  # type: ignore[attr-defined]
    texts = {
        "proof": [str(e) for c in surfaces.report.checklist for e in c.evidence],  # type: ignore[attr-defined]
        "plan": _plan_text(surfaces.plan),
        "playbook": surfaces.playbook.splitlines(),
        "negotiation": [surfaces.level_ask],
    }
    for surface in ("proof", "plan", "playbook"):
        assert _targets_named(texts[surface]) == {target.label}, surface


def test_the_negotiation_asks_for_the_target_level(surfaces: Surfaces) -> None:
    from levelset.market.levels import parse_level

    ask = surfaces.level_ask
    offered = re.search(r"the (\S+) level", ask)
    assert offered, ask
    named = offered.group(1)
    band = Band(named) if named in Band._value2member_map_ else parse_level(named, COMPANY).band
    assert band is surfaces.profile_band, ask
    assert "instead of" not in ask  # the offer already meets the target: nothing to raise


def test_the_plan_never_calls_an_open_gap_closed(surfaces: Surfaces) -> None:
    report, plan = surfaces.report, surfaces.plan
    open_items = [c.item for c in report.checklist if not c.passed]  # type: ignore[attr-defined]
    contradictions = report.consistency.contradictions  # type: ignore[attr-defined]
    signal = plan.signal  # type: ignore[attr-defined]
    if open_items or contradictions:
        assert signal.key != "narrative"
        assert "passes" not in signal.why and "no single gap" not in signal.why
    estimate = surfaces.estimate
    behind = estimate.band < estimate.target  # type: ignore[attr-defined]
    gap_items = [t for t in _plan_text(plan) if "the target is" in t]
    assert bool(gap_items) == behind


def test_the_plan_and_the_playbook_fix_the_same_thing_first(surfaces: Surfaces) -> None:
    signal = surfaces.plan.signal  # type: ignore[attr-defined]
    assert signal.title.lower() in surfaces.playbook.lower()
    assert signal.why.split(":")[0] in surfaces.playbook


def test_the_plan_states_the_estimate_against_the_target_as_the_estimate_does(
    surfaces: Surfaces,
) -> None:
    estimate, target = surfaces.estimate, surfaces.profile_band.label
    band = estimate.band  # type: ignore[attr-defined]
    level_items = [t for t in _plan_text(surfaces.plan) if "evidence" in t and target in t]
    assert len(level_items) == 1, level_items
    (item,) = level_items
    if band > estimate.target:  # type: ignore[attr-defined]
        assert f"reads as {band.label}" in item and f"above your {target} target" in item
    elif band == estimate.target:  # type: ignore[attr-defined]
        assert f"supports {band.label}" in item and f"keep {target} as the one target" in item
    else:
        assert f"reads as {band.label}, the target is {target}" in item
