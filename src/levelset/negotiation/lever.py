"""The levers of an offer: what one can negotiate, each with its key, its label, the word a
draft uses for it, and the test of whether it improved from one offer to the next.

Money levers improve when the final value is higher; title, level, start date, scope and
remote improve when they changed, since a user negotiates them on purpose.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum

from levelset.offers.model import Offer
from levelset.offers.options import default_scenario

ZERO = Decimal(0)


class Lever(StrEnum):
    """One negotiable part of an offer; its value is the key kept in records and JSON."""

    BASE = "base"
    BONUS = "bonus"
    SIGN_ON = "sign_on"
    EQUITY = "equity"
    RELOCATION = "relocation"
    BENEFITS = "benefits"
    REFRESHERS = "refreshers"
    TITLE = "title"
    LEVEL = "level"
    TITLE_LEVEL = "title_level"  # asked for as one: the title and the level that goes with it
    START_DATE = "start_date"
    SCOPE = "scope"
    REMOTE = "remote"

    @property
    def key(self) -> str:
        return self.value

    @property
    def label(self) -> str:
        """How a table or a page names the lever: "sign-on", "title or level"."""
        return _LABELS.get(self, self.value.replace("_", " "))

    @property
    def wording(self) -> str:
        """How a draft names the lever in a sentence: "sign-on", "level"."""
        return _WORDING.get(self, self.label)

    def improved(self, initial: Offer, final: Offer) -> bool:
        """True when `final` is better than `initial` on this lever (higher, or changed)."""
        if self is Lever.TITLE_LEVEL:
            return Lever.TITLE.improved(initial, final) or Lever.LEVEL.improved(initial, final)
        measure = _MONEY.get(self)
        if measure is not None:
            return measure(final) > measure(initial)
        before, after = getattr(initial, self.value), getattr(final, self.value)
        return bool(after) and after != before


def _grant(offer: Offer) -> Decimal:
    if offer.equity is None:
        return ZERO
    return default_scenario(offer.equity, offer.currency).grant_value


_MONEY: dict[Lever, Callable[[Offer], Decimal]] = {
    Lever.BASE: lambda o: o.base,
    Lever.BONUS: lambda o: o.bonus.target_pct * o.bonus.multiplier if o.bonus else ZERO,
    Lever.SIGN_ON: lambda o: o.sign_on.total if o.sign_on else ZERO,
    Lever.EQUITY: _grant,
    Lever.RELOCATION: lambda o: o.relocation,
    Lever.BENEFITS: lambda o: o.benefits_total,
    Lever.REFRESHERS: lambda o: o.refreshers.pct if o.refreshers else ZERO,
}
_LABELS = {Lever.SIGN_ON: "sign-on", Lever.TITLE_LEVEL: "title or level"}
_WORDING = {Lever.TITLE_LEVEL: "level"}

MEASURED = (
    Lever.BASE,
    Lever.BONUS,
    Lever.SIGN_ON,
    Lever.EQUITY,
    Lever.RELOCATION,
    Lever.BENEFITS,
    Lever.REFRESHERS,
    Lever.TITLE,
    Lever.LEVEL,
    Lever.START_DATE,
    Lever.SCOPE,
    Lever.REMOTE,
)
"""The levers an outcome reports, in the order it reports them (title and level apart)."""
