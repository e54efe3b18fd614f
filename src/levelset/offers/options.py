"""Equity value under named scenarios: private options are never one certain number.

An option is worth the share price minus the strike (never less than nothing) times the
shares. For a private company we show it worth nothing, at the 409A value, at the latest
preferred price, and at each company exit value the user gives (divided by the fully
diluted share count). RSUs get one scenario: the grant value, labelled as moving with the stock.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from levelset.errors import UnknownValue
from levelset.money import format_money, format_short, round_money
from levelset.offers.model import Equity, EquityKind

ZERO = Decimal(0)


@dataclass(frozen=True)
class Scenario:
    """One labelled way to value a grant; `grant_value` is the whole grant's worth."""

    key: str
    label: str
    price_per_share: Decimal | None
    grant_value: Decimal


def scenarios(equity: Equity, currency: str) -> tuple[Scenario, ...]:
    """Every scenario this grant supports, the default one first."""
    if equity.kind is EquityKind.RSU:
        label = "RSUs at the grant value (moves with the share price)"
        return (Scenario("grant", label, equity.share_price, round_money(equity.rsu_value)),)
    found = [_option("zero", "worth nothing (no exit, or under water)", ZERO, equity)]
    if equity.fmv_409a is not None:
        found.append(_option("409a", "at the current 409A value", equity.fmv_409a, equity))
    if equity.preferred_price is not None:
        found.append(
            _option("preferred", "at the latest preferred price", equity.preferred_price, equity)
        )
    for value in equity.exit_values:
        if equity.fully_diluted_shares:
            price = value / equity.fully_diluted_shares
            label = f"company exit at {_short(value, currency)}"
            found.append(_option(f"exit-{value.normalize():f}", label, price, equity))
    return tuple(sorted(found, key=_default_first))


def default_scenario(equity: Equity, currency: str) -> Scenario:
    """The scenario used in year-by-year tables: RSU grant value, else the preferred price."""
    return scenarios(equity, currency)[0]


def pick(equity: Equity, currency: str, key: str | None) -> Scenario:
    """The scenario named `key`, or the default one when no key is given."""
    found = scenarios(equity, currency)
    if key is None:
        return found[0]
    chosen = next((s for s in found if s.key == key.strip().lower()), None)
    if chosen is None:
        raise UnknownValue("equity scenario", key, [s.key for s in found])
    return chosen


def caveats(equity: Equity, currency: str) -> tuple[str, ...]:
    """Plain words for options that are worth nothing today, and why; empty otherwise."""
    if equity.kind is not EquityKind.OPTIONS:
        return ()
    if equity.fmv_409a is None and equity.preferred_price is None:
        return (
            "no 409A value or preferred price given, so the options count as worth nothing; "
            "add fmv_409a, preferred_price or exit_values to see what they could be worth",
        )
    price = equity.preferred_price if equity.preferred_price is not None else equity.fmv_409a
    strike = equity.strike or ZERO
    if price is not None and strike >= price:
        which = "latest preferred price" if equity.preferred_price is not None else "409A value"
        return (
            f"the strike ({format_money(strike, currency, cents=True)}) is at or above the "
            f"{which} ({format_money(price, currency, cents=True)}): the options are under "
            "water today and only pay if the company's value rises well above it",
        )
    return ()


def exercise_cost(equity: Equity) -> Decimal | None:
    """What buying every option share costs at the strike, before any tax."""
    if equity.kind is not EquityKind.OPTIONS or equity.strike is None:
        return None
    return round_money(equity.strike * (equity.shares or ZERO))


def _option(key: str, label: str, price: Decimal, equity: Equity) -> Scenario:
    spread = max(price - (equity.strike or ZERO), ZERO)
    return Scenario(key, label, price, round_money(spread * (equity.shares or ZERO)))


def _short(value: Decimal, currency: str) -> str:
    if value >= 1_000_000_000:
        symbol = "$" if currency == "USD" else ""
        suffix = "" if symbol else f" {currency}"
        return f"{symbol}{value / 1_000_000_000:.1f}B{suffix}"
    return format_short(value, currency)


def _default_first(scenario: Scenario) -> int:
    order = {"grant": 0, "preferred": 1, "409a": 2}
    return order.get(scenario.key, 3 if scenario.key.startswith("exit") else 4)
