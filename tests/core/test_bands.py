"""Bands order by seniority, never alphabetically, whatever operator or builtin is used."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from levelset.bands import Band

bands = st.sampled_from(list(Band))


@given(bands, bands)
def test_every_comparison_follows_the_rank(a: Band, b: Band) -> None:
    assert (a < b) == (a.rank < b.rank)
    assert (a <= b) == (a.rank <= b.rank)
    assert (a > b) == (a.rank > b.rank)
    assert (a >= b) == (a.rank >= b.rank)


def test_max_and_sorted_use_seniority() -> None:
    assert max(Band.STAFF, Band.SENIOR_STAFF) is Band.SENIOR_STAFF
    assert sorted([Band.STAFF, Band.ENTRY, Band.SENIOR_STAFF, Band.MID]) == [
        Band.ENTRY,
        Band.MID,
        Band.STAFF,
        Band.SENIOR_STAFF,
    ]


def test_bands_do_not_order_against_plain_text() -> None:
    with pytest.raises(TypeError):
        _ = Band.STAFF > "senior"


def test_from_rank_clamps_to_the_scale() -> None:
    assert Band.from_rank(0) is Band.ENTRY
    assert Band.from_rank(9) is Band.PRINCIPAL
    assert [Band.from_rank(b.rank) for b in Band] == list(Band)
