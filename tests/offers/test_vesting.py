"""Vesting arithmetic: properties that must hold for every schedule, cliff and frequency."""

from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from levelset.errors import InputError
from levelset.offers import Frequency, Vesting, check_vesting, vest_events, vested_by_year
from levelset.offers.vesting import vested_through

FREQUENCIES = st.sampled_from(list(Frequency))
GRANTS = st.integers(min_value=0, max_value=5_000_000_00).map(lambda c: Decimal(c) / 100)


@st.composite
def schedules(draw: st.DrawFn) -> tuple[Decimal, ...]:
    """Per-year percentages (1 to 6 years, some with decimals) that total exactly 100."""
    years = draw(st.integers(min_value=1, max_value=6))
    cuts = sorted(draw(st.lists(st.integers(0, 10_000), min_size=years - 1, max_size=years - 1)))
    bounds = [0, *cuts, 10_000]
    return tuple(Decimal(b - a) / 100 for a, b in pairwise(bounds))


@st.composite
def vestings(draw: st.DrawFn) -> Vesting:
    pcts = draw(schedules())
    cliff = draw(st.integers(min_value=0, max_value=12 * len(pcts)))
    return Vesting(pcts, cliff, draw(FREQUENCIES))


@settings(max_examples=100, deadline=None)
@given(vestings(), GRANTS)
def test_vested_amounts_add_up_to_the_grant(vesting: Vesting, grant: Decimal) -> None:
    events = vest_events(vesting, grant)
    assert sum(e.amount for e in events) == grant
    assert sum(vested_by_year(vesting, grant, vesting.years)) == grant
    assert all(e.amount >= 0 for e in events)
    assert events[-1].month == vesting.months
    assert events[-1].cumulative_pct == 100


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 100), min_size=1, max_size=6), GRANTS)
def test_schedules_must_total_100_percent(pcts: list[int], grant: Decimal) -> None:
    vesting = Vesting(tuple(Decimal(p) for p in pcts), 0, Frequency.ANNUAL)
    problems = check_vesting(vesting)
    if sum(pcts) == 100:
        assert problems == []
        assert sum(e.amount for e in vest_events(vesting, grant)) == grant
    else:
        assert [p.field for p in problems] == ["equity.vesting"]
        assert f"{sum(pcts)}%" in problems[0].message
        with pytest.raises(InputError):
            vest_events(vesting, grant)


@settings(max_examples=100, deadline=None)
@given(vestings(), GRANTS)
def test_cliffs_hold_back_what_they_should(vesting: Vesting, grant: Decimal) -> None:
    without_cliff = Vesting(vesting.year_pcts, 0, vesting.frequency)
    cliff = vesting.cliff_months
    held = _running(vesting, grant)
    free = _running(without_cliff, grant)
    assert all(held[m] == 0 for m in range(cliff))
    # at the cliff everything earned so far arrives at once, and from then on nothing differs
    assert held[cliff:] == free[cliff:]


def test_vested_through_reads_the_running_total() -> None:
    vesting = Vesting((Decimal(5), Decimal(15), Decimal(40), Decimal(40)), 12, Frequency.QUARTERLY)
    grant = Decimal(400000)
    assert vested_through(vesting, grant, 11) == 0
    assert vested_through(vesting, grant, 12) == Decimal(20000)
    assert vested_through(vesting, grant, 18) == Decimal(50000)
    assert vested_through(vesting, grant, 48) == grant


def _running(vesting: Vesting, grant: Decimal) -> list[Decimal]:
    """Total released by the end of each month 0..months, from the release events."""
    by_month = {e.month: e.amount for e in vest_events(vesting, grant)}
    totals, running = [], Decimal(0)
    for month in range(vesting.months + 1):
        running += by_month.get(month, Decimal(0))
        totals.append(running)
    return totals


def test_a_cliff_longer_than_the_vesting_is_refused() -> None:
    vesting = Vesting((Decimal(50), Decimal(50)), 30, Frequency.MONTHLY)
    problems = check_vesting(vesting)
    assert [p.field for p in problems] == ["equity.cliff_months"]
    assert "longer than the vesting" in problems[0].message
    assert problems[0].expected == "at most 24 months"


def test_a_cliff_between_two_releases_pays_what_was_earned_so_far() -> None:
    # quarterly even vesting of 48,000 over 4 years is 3,000 a quarter; a 7-month cliff
    # holds back the quarter ending in month 6 and pays it in month 7
    vesting = Vesting((Decimal(25),) * 4, 7, Frequency.QUARTERLY)
    events = vest_events(vesting, Decimal(48000))
    assert [(e.month, e.amount) for e in events[:3]] == [
        (7, Decimal(6000)),
        (9, Decimal(3000)),
        (12, Decimal(3000)),
    ]
