"""How old a competing offer is: one made more than a year before today is dated, as a market
source is (levelset.market.age), and says so wherever the anchor rests on it.

Today comes from the caller (the workspace clock, through the app); the core reads no clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from levelset.market.age import STALE_MONTHS, months_between
from levelset.offers.model import Offer


def offer_ages(rivals: Sequence[Offer], today: dt.date | None) -> dict[str, int]:
    """Whole months since each competing offer was made, by company, where both dates are known."""
    if today is None:
        return {}
    return {o.company: months_between(o.offered_on, today) for o in rivals if o.offered_on}


RIVAL = "your competing offer from "


def rival_source(offer: Offer) -> str:
    """A competing offer as the source of a figure or an ask: its company and its place, as a
    market source names its area ("your competing offer from Contoso, Austin, TX")."""
    return f"{RIVAL}{offer.company}" + (f", {offer.location}" if offer.location else "")


def is_dated(ages: Mapping[str, int], company: str) -> bool:
    return ages.get(company, 0) > STALE_MONTHS


def age_words(ages: Mapping[str, int], company: str) -> str:
    """ ", 14 months old" past a year, as a market source's age is said; nothing otherwise."""
    return f", {ages[company]} months old" if is_dated(ages, company) else ""


def dated_notes(
    sources: Sequence[str], rivals: Sequence[Offer], ages: Mapping[str, int]
) -> tuple[str, ...]:
    """A note for each dated competing offer that one of `sources` (the figures' and asks'
    sources) rests on."""
    return tuple(
        f"{o.company}'s offer is {ages[o.company]} months old (made {o.offered_on}): pay has "
        "likely moved since; say when it was made if you cite it, or ask for a fresh one"
        for o in rivals
        if is_dated(ages, o.company) and rival_source(o) in sources
    )
