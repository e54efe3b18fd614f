"""An offer as typed values: pay, bonus, sign-on, equity and its vesting, benefits, the job."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class Frequency(StrEnum):
    """How often vested equity is released once past the cliff."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    ANNUAL = "annual"

    @property
    def months(self) -> int:
        return {"monthly": 1, "quarterly": 3, "annual": 12}[self.value]


class EquityKind(StrEnum):
    RSU = "rsu"
    OPTIONS = "options"


@dataclass(frozen=True)
class Vesting:
    """Per-year percentages (summing to 100), a cliff in months and a release frequency."""

    year_pcts: tuple[Decimal, ...]
    cliff_months: int = 12
    frequency: Frequency = Frequency.QUARTERLY

    @property
    def years(self) -> int:
        return len(self.year_pcts)

    @property
    def months(self) -> int:
        return 12 * self.years

    @property
    def label(self) -> str:
        return "/".join(f"{p.normalize():f}" for p in self.year_pcts)


@dataclass(frozen=True)
class Equity:
    """RSUs (a grant value, or shares times a share price) or stock options."""

    kind: EquityKind
    vesting: Vesting
    grant_value: Decimal | None = None
    shares: Decimal | None = None
    share_price: Decimal | None = None
    strike: Decimal | None = None
    fmv_409a: Decimal | None = None
    preferred_price: Decimal | None = None
    fully_diluted_shares: Decimal | None = None
    exit_values: tuple[Decimal, ...] = ()

    @property
    def rsu_value(self) -> Decimal:
        """The RSU grant in money: the stated value, or shares times price."""
        if self.grant_value is not None:
            return self.grant_value
        return (self.shares or Decimal(0)) * (self.share_price or Decimal(0))


@dataclass(frozen=True)
class Bonus:
    """A target bonus as a percent of base, times an optional company multiplier."""

    target_pct: Decimal
    multiplier: Decimal = Decimal(1)


@dataclass(frozen=True)
class SignOn:
    """Sign-on cash by year (year 1 first) and how long it can be clawed back."""

    amounts: tuple[Decimal, ...]
    clawback_months: int = 0

    @property
    def total(self) -> Decimal:
        return sum(self.amounts, Decimal(0))


@dataclass(frozen=True)
class Refreshers:
    """An assumption, never a promise: each year a new grant of `pct` percent of the first."""

    setting: str  # none, low, typical, high, or "custom"
    pct: Decimal

    @property
    def label(self) -> str:
        name = self.setting if self.setting != "custom" else "custom"
        return f"refreshers {name} ({self.pct.normalize():f}% of the grant a year, an assumption)"


@dataclass(frozen=True)
class Offer:
    """One version of an offer from one company, in one currency."""

    company: str
    currency: str
    base: Decimal
    bonus: Bonus | None = None
    sign_on: SignOn | None = None
    relocation: Decimal = Decimal(0)
    equity: Equity | None = None
    refreshers: Refreshers | None = None
    benefits: tuple[tuple[str, Decimal], ...] = ()
    title: str | None = None
    level: str | None = None
    location: str | None = None
    remote: str | None = None
    start_date: dt.date | None = None
    scope: str | None = None
    offered_on: dt.date | None = None  # the day the offer was made, when known
    source: str | None = field(default=None, compare=False)

    @property
    def benefits_total(self) -> Decimal:
        return sum((amount for _, amount in self.benefits), Decimal(0))

    @property
    def label(self) -> str:
        level = f" {self.level}" if self.level else ""
        return f"{self.company}{level}"
