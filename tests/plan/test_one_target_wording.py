"""The plan's level item against the profile's target, for evidence above, at and below it:
the target stays the profile's; the item never asks to keep a different level."""

from __future__ import annotations

from dataclasses import replace

import pytest

from levelset.bands import Band
from levelset.plan import Focus, build_plan
from levelset.plan.inputs import LevelInput
from tests.plan.people import START, maya


def _level_item(band: Band, target: Band) -> str:
    inputs = maya()
    inputs = replace(
        inputs,
        profile=replace(inputs.profile, target_band=target),
        level=LevelInput(band, "medium", target, ("scope across teams",)),
    )
    plan = build_plan(inputs, START, Focus.LEVELING)
    (item,) = [i.text for w in plan.weeks for i in w.items if i.source == "level" and w.number == 1]
    return item


def test_evidence_above_the_target_keeps_the_target_and_names_how_to_raise_it() -> None:
    item = _level_item(Band.STAFF, Band.SENIOR)
    assert "reads as staff" in item and "above your senior target" in item
    assert "keep senior in every channel" in item
    assert "keep staff" not in item


@pytest.mark.parametrize(
    ("band", "target", "said"),
    [
        (Band.SENIOR, Band.SENIOR, "keep senior as the one target"),
        (Band.MID, Band.SENIOR, "reads as mid, the target is senior"),
    ],
)
def test_evidence_at_or_below_the_target(band: Band, target: Band, said: str) -> None:
    assert said in _level_item(band, target)
