"""Currency conversion through US dollars, with dated rates that say where they come from.

levelset ships a small table of rates implied by the CC0 crowd salary file (see the YAML file
beside this module); the user's own dated rates, kept in the records store, take precedence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from levelset.errors import InputError, UnknownValue
from levelset.money import round_money

SHIPPED_FILE = "rates_aijobs_2025-01-19.yaml"


@dataclass(frozen=True)
class Rate:
    """US dollars per one unit of `currency`, as of a date, from a named source."""

    currency: str
    usd_per_unit: Decimal
    as_of: dt.date
    source: str
    rows: int | None = None  # how many salary rows the implied rate rests on


USD = Rate("USD", Decimal(1), dt.date(2025, 1, 19), "US dollar (no conversion)")


@dataclass(frozen=True)
class RateTable:
    """The rate in force for each currency: the newest user rate, else the shipped one."""

    rates: tuple[Rate, ...]

    def get(self, currency: str) -> Rate:
        code = currency.upper()
        found = {r.currency: r for r in self.rates}
        if code not in found:
            raise UnknownValue("currency", currency, sorted(found))
        return found[code]

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(r.currency for r in self.rates)

    def convert(self, amount: Decimal, source: str, target: str) -> Decimal:
        """`amount` in `source` currency expressed in `target`, to the cent."""
        if source.upper() == target.upper():
            return amount
        usd = amount * self.get(source).usd_per_unit
        return round_money(usd / self.get(target).usd_per_unit)

    def with_rates(self, extra: Iterable[Rate]) -> RateTable:
        """This table with `extra` (the user's) rates on top; the newest per currency wins."""
        merged = {r.currency: r for r in self.rates}
        for rate in sorted(extra, key=lambda r: r.as_of):
            merged[rate.currency] = rate
        return RateTable(tuple(sorted(merged.values(), key=lambda r: r.currency)))


@cache
def shipped_rates() -> RateTable:
    """The rates shipped with levelset, each labelled with its source and date."""
    from levelset import shipped_yaml

    text = Path(__file__).with_name(SHIPPED_FILE).read_text(encoding="utf-8")
    data = shipped_yaml.parse(text)
    as_of = dt.date.fromisoformat(str(data["as_of"]))
    source = str(data["source"])
    rates = [
        Rate(code, Decimal(str(v["usd_per_unit"])), as_of, f"{source}; {v['year']} rows", v["rows"])
        for code, v in data["rates"].items()
    ]
    return RateTable((USD, *rates))


def make_rate(
    currency: str, usd_per_unit: object, as_of: dt.date, source: str, *, today: dt.date
) -> Rate:
    """A user's rate, validated: a three-letter code, a positive number, not dated after
    `today`."""
    code = currency.strip().upper()
    if len(code) != 3 or not (code.isascii() and code.isalpha()):
        raise InputError(f"currency: {currency!r} is not a three-letter code such as EUR")
    try:
        value = Decimal(str(usd_per_unit))
    except ArithmeticError:
        raise InputError(f"rate: {usd_per_unit!r} is not a number") from None
    if not value.is_finite() or value <= 0:
        raise InputError(f"rate: {usd_per_unit!r} must be a positive number of USD per {code}")
    if code == "USD" and value != 1:
        raise InputError("rate: USD is the base currency; its rate is always 1")
    if as_of > today:
        # the newest rate wins, so a future date would outrank every real rate
        raise InputError(f"date: {as_of} is in the future (expected the day the rate is from)")
    return Rate(code, value, as_of, source)
