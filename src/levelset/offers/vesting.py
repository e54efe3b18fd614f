"""Vesting arithmetic: when each part of a grant is released, exact to the cent.

Releases fall at the end of each period (month, quarter or year) and share that year's percent
equally. Nothing is released before the cliff; at the cliff everything earned so far is
released at once. Amounts are rounded on the running total, so they always add up to the grant.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from levelset.errors import Problem, validation_failed
from levelset.money import round_money
from levelset.offers.model import Vesting

HUNDRED = Decimal(100)
NAMED_SCHEDULES: dict[str, tuple[int, ...]] = {
    "even": (25, 25, 25, 25),
    "front-loaded": (40, 30, 20, 10),
    "back-loaded": (5, 15, 40, 40),
}


@dataclass(frozen=True)
class VestEvent:
    """A release at the end of `month` (1 = first month after the start date)."""

    month: int
    amount: Decimal
    cumulative_pct: Decimal

    @property
    def year(self) -> int:
        return (self.month - 1) // 12 + 1


def check_vesting(vesting: Vesting, field: str = "equity.vesting") -> list[Problem]:
    """Every reason this schedule cannot be used, each naming its field."""
    problems = []
    total = sum(vesting.year_pcts, Decimal(0))
    if not vesting.year_pcts:
        problems.append(Problem("no vesting years", field=field, expected="percent per year"))
    elif any(p < 0 for p in vesting.year_pcts):
        problems.append(Problem("a year has a negative percent", field=field, expected=">= 0"))
    elif total != HUNDRED:
        problems.append(
            Problem(
                f"the schedule totals {total.normalize():f}%, not 100%",
                field=field,
                expected="percentages that add up to exactly 100",
            )
        )
    cliff_field = field.rsplit(".", 1)[0] + ".cliff_months"
    if vesting.cliff_months < 0:
        problems.append(Problem("negative cliff", field=cliff_field, expected=">= 0 months"))
    elif vesting.year_pcts and vesting.cliff_months > vesting.months:
        problems.append(
            Problem(
                f"the cliff ({vesting.cliff_months} months) is longer than the vesting "
                f"({vesting.months} months)",
                field=cliff_field,
                expected=f"at most {vesting.months} months",
            )
        )
    return problems


def vest_events(vesting: Vesting, grant: Decimal) -> tuple[VestEvent, ...]:
    """Every release of `grant` under `vesting`; the amounts add up to the grant (to the cent)."""
    problems = check_vesting(vesting)
    if problems:
        raise validation_failed("vesting schedule", problems)
    released: list[VestEvent] = []
    paid = Decimal(0)
    for month, cumulative in _release_points(vesting):
        total_so_far = round_money(_times(grant, cumulative))
        released.append(VestEvent(month, total_so_far - paid, _pct(cumulative)))
        paid = total_so_far
    return tuple(e for e in released if e.amount != 0 or e.cumulative_pct == HUNDRED)


def vested_by_year(vesting: Vesting, grant: Decimal, years: int) -> list[Decimal]:
    """The amount released in each of the first `years` years (zero after the schedule ends)."""
    totals = [Decimal(0)] * years
    for event in vest_events(vesting, grant):
        if event.year <= years:
            totals[event.year - 1] += event.amount
    return totals


def vested_through(vesting: Vesting, grant: Decimal, month: int) -> Decimal:
    """Everything released by the end of `month` (what you keep if you leave then)."""
    return sum((e.amount for e in vest_events(vesting, grant) if e.month <= month), Decimal(0))


def _release_points(vesting: Vesting) -> list[tuple[int, Fraction]]:
    """(month, cumulative fraction of the grant) after the cliff is applied."""
    step = vesting.frequency.months
    per_year = 12 // step
    points: list[tuple[int, Fraction]] = []
    cumulative = Fraction(0)
    for index, pct in enumerate(vesting.year_pcts):
        share = Fraction(pct) / 100 / per_year
        for k in range(1, per_year + 1):
            cumulative += share
            points.append((index * 12 + k * step, cumulative))
    return _apply_cliff(points, vesting.cliff_months)


def _apply_cliff(points: list[tuple[int, Fraction]], cliff: int) -> list[tuple[int, Fraction]]:
    held = [p for p in points if p[0] < cliff]
    after = [p for p in points if p[0] >= cliff]
    if held and (not after or after[0][0] != cliff):
        after.insert(0, (cliff, held[-1][1]))  # the cliff falls between two releases
    return after


def _times(grant: Decimal, fraction: Fraction) -> Decimal:
    return grant * Decimal(fraction.numerator) / Decimal(fraction.denominator)


def _pct(fraction: Fraction) -> Decimal:
    return round_money(Decimal(fraction.numerator * 100) / Decimal(fraction.denominator))
