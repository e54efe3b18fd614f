"""The rubric covers every band and dimension, in order, in our own words."""

from __future__ import annotations

from pathlib import Path

from levelset.bands import Band
from levelset.leveling import RUBRIC, Dimension, expectation, rubric_table
from levelset.leveling.rubric import TYPICAL_SCOPE

METHOD = Path("/work/shared/method")


def test_every_band_has_every_dimension_once() -> None:
    pairs = [(e.band, e.dimension) for e in RUBRIC]
    assert len(pairs) == len(set(pairs)) == len(Band) * len(Dimension)
    assert len(rubric_table()) == len(RUBRIC)


def test_typical_scope_never_shrinks_as_bands_rise() -> None:
    ranks = [TYPICAL_SCOPE[b].rank for b in Band]
    assert ranks == sorted(ranks)


def test_staff_direction_need_is_stated_plainly() -> None:
    need = expectation(Band.STAFF, Dimension.DEPTH).need
    assert need == "one example of technical direction across several teams"


def test_no_sentence_is_copied_from_the_method_articles() -> None:
    if not METHOD.exists():
        return
    method = " ".join(p.read_text().lower() for p in METHOD.glob("*.md"))
    for e in RUBRIC:
        for sentence in (e.expects, e.need):
            assert sentence.lower().rstrip(".") not in method
