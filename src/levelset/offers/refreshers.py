"""Refresher grants: an assumption the user chooses, counted only when asked for.

A refresher is a new grant of `pct` percent of the first grant's value, made at the start of
every year after the first and vesting evenly over the same number of years as the first grant.
The presets are levelset's round numbers, not market figures: they are labelled so everywhere.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from levelset.errors import InputError
from levelset.offers.model import Refreshers

PRESETS: dict[str, Decimal] = {
    "none": Decimal(0),
    "low": Decimal(10),
    "typical": Decimal(20),
    "high": Decimal(30),
}
CHOICES = "none, low (10%), typical (20%), high (30%) or a percent such as 15"


def parse_refreshers(text: str | int | float | Decimal, field: str = "refreshers") -> Refreshers:
    """`none|low|typical|high` or a percent of the grant per year (15, "15%")."""
    key = str(text).strip().lower()
    if key in PRESETS:
        return Refreshers(key, PRESETS[key])
    try:
        pct = Decimal(key.rstrip("%").strip())
    except InvalidOperation:
        raise InputError(
            f"{field}: {text!r} is not a refresher setting (expected {CHOICES})"
        ) from None
    if not pct.is_finite() or pct < 0 or pct > 100:
        raise InputError(f"{field}: {text!r} must be a percent between 0 and 100")
    return Refreshers("custom", pct)


def refresher_by_year(
    refreshers: Refreshers, grant_value: Decimal, vest_years: int, years: int
) -> list[Decimal]:
    """Refresher value vesting in each of the first `years` years."""
    yearly_grant = grant_value * refreshers.pct / 100
    slice_per_year = yearly_grant / vest_years if vest_years else Decimal(0)
    totals = []
    for year in range(1, years + 1):
        # grants made at the start of years 2..year, each still vesting if younger than vest_years
        live = sum(1 for granted in range(2, year + 1) if year - granted < vest_years)
        totals.append(slice_per_year * live)
    return totals


def steady_state(refreshers: Refreshers, grant_value: Decimal) -> Decimal:
    """Yearly refresher value once every year has a full stack of grants vesting."""
    return grant_value * refreshers.pct / 100
