"""Equity what-if: what a grant of RSUs or options could be worth at one exit, year by year
over its vesting schedule.

The exit is either a share price, or a company value divided among the fully diluted shares
after the funding rounds still to come (each round issues new shares, so every existing share
owns a smaller part: `dilution_pct` per round). Options are worth the exit price minus the
strike, never less than nothing, and cost the strike to buy. Whole shares only: a release
never hands out a fraction of a share. Pure arithmetic; no tax is computed, only described.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from levelset.errors import Problem, validation_failed
from levelset.money import round_money
from levelset.offers.model import EquityKind, Vesting
from levelset.offers.vesting import check_vesting, vested_through

ZERO, ONE, HUNDRED = Decimal(0), Decimal(1), Decimal(100)
MAX_ROUNDS = 10


@dataclass(frozen=True)
class Exit:
    """One exit: a price per share, or a company value shared by the fully diluted shares."""

    price: Decimal | None = None
    company_value: Decimal | None = None
    fully_diluted_shares: Decimal | None = None
    dilution_pct: Decimal = ZERO  # new shares issued per round, as a percent of the company
    rounds: int = 0

    @property
    def by_company_value(self) -> bool:
        return self.company_value is not None and bool(self.fully_diluted_shares)

    @property
    def kept(self) -> Decimal:
        """The part of today's ownership left after the rounds: (1 - dilution) ** rounds."""
        return (ONE - self.dilution_pct / HUNDRED) ** self.rounds

    def price_per_share(self) -> Decimal:
        if self.by_company_value:
            assert self.company_value is not None and self.fully_diluted_shares
            return self.company_value * self.kept / self.fully_diluted_shares
        return self.price or ZERO


@dataclass(frozen=True)
class Grant:
    """The shares granted, their kind, the strike (options) and the vesting schedule."""

    kind: EquityKind
    shares: Decimal
    vesting: Vesting
    strike: Decimal = ZERO


@dataclass(frozen=True)
class WhatIfYear:
    """The end of one vesting year: shares released, and what all vested shares are worth."""

    year: int
    vested: int  # shares released this year
    vested_total: int
    pct_of_grant: Decimal
    gross: Decimal  # vested shares times the exit price
    exercise_cost: Decimal  # buying the vested options at the strike (0 for RSUs)
    net: Decimal  # what the vested shares leave you before tax

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year, "vested": self.vested, "vested_total": self.vested_total,
            "pct_of_grant": self.pct_of_grant, "gross": self.gross,
            "exercise_cost": self.exercise_cost, "net": self.net,
        }  # fmt: skip


@dataclass(frozen=True)
class WhatIf:
    """A grant valued at one exit, year by year, with what it rests on."""

    grant: Grant
    exit: Exit
    price: Decimal  # per share at the exit
    years: tuple[WhatIfYear, ...]
    ownership_now: Decimal | None  # percent of the company, when the share count is known
    ownership_at_exit: Decimal | None
    underwater: bool
    tax_note: tuple[str, ...]
    assumptions: tuple[str, ...]

    @property
    def total(self) -> WhatIfYear | None:
        return self.years[-1] if self.years else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.grant.kind.value,
            "shares": self.grant.shares,
            "strike": self.grant.strike if self.grant.kind is EquityKind.OPTIONS else None,
            "vesting": {
                "schedule": self.grant.vesting.label,
                "cliff_months": self.grant.vesting.cliff_months,
                "frequency": self.grant.vesting.frequency.value,
            },
            "exit": {
                "by": "company value" if self.exit.by_company_value else "share price",
                "share_price": self.exit.price,
                "company_value": self.exit.company_value,
                "fully_diluted_shares": self.exit.fully_diluted_shares,
                "dilution_pct_per_round": self.exit.dilution_pct,
                "rounds": self.exit.rounds,
            },
            "price_per_share": self.price,
            "ownership_now_pct": self.ownership_now,
            "ownership_at_exit_pct": self.ownership_at_exit,
            "underwater": self.underwater,
            "years": [y.to_dict() for y in self.years],
            "tax_note": list(self.tax_note),
            "assumptions": list(self.assumptions),
        }


def check(grant: Grant, exit: Exit) -> list[Problem]:
    """Every reason this what-if cannot be worked out, each naming its field."""
    problems = check_vesting(grant.vesting, field="vesting")
    if grant.shares <= 0:
        problems.append(Problem("no shares granted", field="shares", expected="more than 0"))
    if grant.strike < 0:
        problems.append(Problem("a negative strike", field="strike", expected=">= 0"))
    if not ZERO <= exit.dilution_pct < HUNDRED:
        problems.append(Problem("not a percent", field="dilution", expected="0 to 99"))
    if not 0 <= exit.rounds <= MAX_ROUNDS:
        problems.append(Problem("too many rounds", field="rounds", expected=f"0 to {MAX_ROUNDS}"))
    if exit.price is None and not exit.by_company_value:
        message = "no exit: give a share price, or a company value with the share count"
        problems.append(Problem(message, field="exit", expected="an amount"))
    for name, value in (("exit", exit.price), ("exit", exit.company_value)):
        if value is not None and value < 0:
            problems.append(Problem("a negative amount", field=name, expected=">= 0"))
    return problems


def what_if(grant: Grant, exit: Exit) -> WhatIf:
    """The grant at this exit, year by year; InputError naming each bad field."""
    problems = check(grant, exit)
    if problems:
        raise validation_failed("equity what-if", problems)
    price = exit.price_per_share()
    years = tuple(_year(grant, price, year) for year in range(1, grant.vesting.years + 1))
    now, later = _ownership(grant, exit)
    options = grant.kind is EquityKind.OPTIONS
    return WhatIf(
        grant=grant, exit=exit, price=round_money(price, Decimal("0.0001")), years=years,
        ownership_now=now, ownership_at_exit=later, underwater=options and price <= grant.strike,
        tax_note=tax_note(grant.kind), assumptions=_assumptions(grant, exit),
    )  # fmt: skip


def _year(grant: Grant, price: Decimal, year: int) -> WhatIfYear:
    total = _whole(vested_through(grant.vesting, grant.shares, 12 * year))
    before = _whole(vested_through(grant.vesting, grant.shares, 12 * (year - 1)))
    shares = Decimal(total)
    options = grant.kind is EquityKind.OPTIONS
    gross = round_money(shares * price)
    cost = round_money(shares * grant.strike) if options else ZERO
    net = round_money(shares * max(price - grant.strike, ZERO)) if options else gross
    pct = round_money(shares / grant.shares * HUNDRED, Decimal("0.1"))
    return WhatIfYear(year, total - before, total, pct, gross, cost, net)


def _whole(shares: Decimal) -> int:
    return int(shares.to_integral_value(rounding=ROUND_FLOOR))


def _ownership(grant: Grant, exit: Exit) -> tuple[Decimal | None, Decimal | None]:
    if not exit.fully_diluted_shares:
        return None, None
    now = grant.shares / exit.fully_diluted_shares * HUNDRED
    return round_money(now, Decimal("0.0001")), round_money(now * exit.kept, Decimal("0.0001"))


def _assumptions(grant: Grant, exit: Exit) -> tuple[str, ...]:
    found = [
        f"vesting {grant.vesting.label} over {grant.vesting.years} years, "
        f"{grant.vesting.cliff_months}-month cliff, released {grant.vesting.frequency.value}",
    ]
    if exit.by_company_value:
        rounds = (
            f"after {exit.rounds} more round(s) of {exit.dilution_pct.normalize():f}% dilution each"
            if exit.rounds and exit.dilution_pct
            else "with no more dilution before the exit"
        )
        found.append(
            f"the exit price is the company value divided by the fully diluted shares, {rounds}"
        )
    elif exit.rounds and exit.dilution_pct:
        found.append(
            "dilution is left out: a share price already reflects it; give the company value "
            "and the share count to see it"
        )
    found.append("every vested share is counted at the exit price, as if you stay until the exit")
    return tuple(found)


def tax_note(kind: EquityKind) -> tuple[str, ...]:
    """General words on how such grants are usually taxed (US rules); never advice."""
    common = (
        "General information on US rules, not tax advice: rules differ by country and by "
        "situation, so check yours with a tax professional before you exercise or sell."
    )
    if kind is EquityKind.RSU:
        return (
            "RSUs usually count as wages when they vest: income tax on their value that day, "
            "often paid by the company holding back some shares.",
            "Selling later taxes only the change in price since vesting, as a capital gain or "
            "loss (long-term after a year of holding).",
            common,
        )
    return (
        "Buying (exercising) options costs the strike times the shares, in cash, before any sale.",
        "Non-qualified options (NSOs): the gap between the share's value and the strike at "
        "exercise is usually taxed as wages. Incentive options (ISOs): no regular income tax at "
        "exercise, but that gap can trigger the alternative minimum tax (AMT).",
        "At a sale the rest of the gain is a capital gain; holding periods decide its rate.",
        common,
    )
