"""The practice's offer book beside the public market sources (`levelset range` for a coach):
every client's signed offer, read across owners in one pass, small groups hidden."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from levelset.app.workspace import Progress, Workspace
from levelset.errors import InputError

if TYPE_CHECKING:
    from levelset.bands import Band
    from levelset.coach.offer_book import OfferBook, SignedOffer
    from levelset.market.store import MarketReader
    from levelset.negotiation.record import NegotiationRecord
    from levelset.store.db import Store


def clients_offers(
    ws: Workspace,
    level: str | None,
    location: str | None,
    *,
    company: str | None = None,
    progress: Progress | None = None,
) -> OfferBook | None:
    """The book for a range query, or None: a client's own workspace never sees it, and a
    coach without clients has none."""
    from levelset.store.clients import list_clients
    from levelset.store.owners import OWN

    if ws.owner.client is not None:
        return None
    store = ws.store.for_owner(OWN)
    names = {c.id: c.name for c in list_clients(store)}
    if not names:
        return None
    from levelset.coach.offer_book import offer_book  # a coach with clients only

    market = ws.market(progress)
    areas: dict[str, str | None] = {}
    signed: list[SignedOffer] = []
    for owner, records in _negotiations(store).items():
        if owner in names:
            signed += [s for r in records if (s := _signed(names[owner], r, market, areas))]
    band = _band(level, company)
    area, label = _area(market, location) if location else (None, None)
    return offer_book(signed, band, area, label, today=ws.today())


def _negotiations(store: Store) -> dict[int, list[NegotiationRecord]]:
    """Every owner's negotiations (only these: not the rest of the coach's roster)."""
    from levelset.store.negotiations import every_owners_negotiations

    return every_owners_negotiations(store)


def _signed(
    client: str, record: NegotiationRecord, market: MarketReader, areas: dict[str, str | None]
) -> SignedOffer | None:
    from levelset.coach.offer_book import SignedOffer
    from levelset.negotiation.record import EventKind
    from levelset.offers.valuation import value_offer

    events = record.effective()
    signature = next((e for e in reversed(events) if e.kind is EventKind.SIGNED), None)
    offers = record.offer_events()
    final = offers[-1].offer if offers else None
    if signature is None or final is None:
        return None
    years = value_offer(final, years=4).years
    place = final.location or ""
    if place and place not in areas:
        areas[place] = _area(market, place)[0]
    return SignedOffer(
        client=client,
        signed_on=signature.on,
        currency=final.currency,
        base=final.base,
        bonus=years[0].bonus,
        equity=sum((y.equity for y in years), Decimal(0)) / len(years),
        band=_band(final.level, final.company),
        area=areas.get(place),
        place=place,
    )


def _band(level: str | None, company: str | None) -> Band | None:
    from levelset.market import parse_level

    if not level:
        return None
    try:
        return parse_level(level, company).band
    except InputError:
        return None


def _area(market: MarketReader, text: str) -> tuple[str | None, str | None]:
    """A place's key for matching (its OEWS area, else its name) and how it reads."""
    from levelset.market import resolve_place

    try:
        place = resolve_place(market, text)
    except InputError:
        return None, None
    key = place.area.code if place.area else f"{place.kind}:{place.name}"
    return key, place.name
