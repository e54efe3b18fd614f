"""Stored offers and the user's own currency rates. Money is kept as exact decimal strings."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from levelset.errors import DataUnavailable, InputError, NotFound
from levelset.offers.currency import Rate, RateTable, shipped_rates
from levelset.offers.fileformat import offer_to_data, parse_offer
from levelset.offers.model import Offer
from levelset.store.db import Store
from levelset.store.prepared import read, reading
from levelset.store.prepared_writes import write, writing


@read("offers.all")
def _offers() -> Any:
    from sqlalchemy import select

    from levelset.store.offers_tables import offers_table

    return select(offers_table).order_by(offers_table.c.number)


@read("offers.numbered")
def _numbered() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.offers_tables import offers_table

    return select(offers_table).where(offers_table.c.number == bindparam("number"))


@read("offers.rates")
def _rates() -> Any:
    from sqlalchemy import select

    from levelset.store.offers_tables import rates_table

    return select(rates_table).order_by(rates_table.c.as_of, rates_table.c.id)


@read("offers.last_number")
def _last_number() -> Any:
    from sqlalchemy import func, select

    from levelset.store.offers_tables import offers_table

    return select(func.max(offers_table.c.number).label("last"))


@write("offers.add")
def _add() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.offers_tables import offers_table

    columns = ("number", "company", "currency", "base", "document", "source_file", "created_at")
    return offers_table.insert().values({c: bindparam(c) for c in columns})


@write("offers.drop")
def _drop() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.offers_tables import offers_table

    return offers_table.delete().where(offers_table.c.id == bindparam("id"))


@write("offers.add_rate")
def _add_rate() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.offers_tables import rates_table

    columns = ("currency", "usd_per_unit", "as_of", "source", "recorded_at")
    return rates_table.insert().values({c: bindparam(c) for c in columns})


@dataclass(frozen=True)
class StoredOffer:
    id: int
    offer: Offer
    created_at: dt.datetime

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "created_at": self.created_at, "offer": offer_to_data(self.offer)}

    def dated(self) -> Offer:
        """The offer with the day it was made: its own `offered_on`, else the day it was stored."""
        if self.offer.offered_on is not None:
            return self.offer
        return replace(self.offer, offered_on=self.created_at.date())


def encode_offer(offer: Offer) -> str:
    """JSON text of an offer with every amount as an exact decimal string."""
    return json.dumps(offer_to_data(offer), default=_exact, sort_keys=True)


def decode_offer(text: str, source: str) -> Offer:
    data = json.loads(text)
    return parse_offer(data, source=source, currencies={str(data.get("currency", "")).upper()})


def add_offers(store: Store, offers: Sequence[Offer]) -> list[StoredOffer]:
    """Store every offer in one transaction (all or nothing); return them with their numbers
    (counted within the store's owner)."""
    now = store.now()
    stored = []
    with writing(store, [_add], [_last_number]) as writer:
        writer.take_turn("offers", store.owner)  # number: max + 1 within the owner
        found = writer.reads.first(_last_number)
        last = (found or {}).get("last") or 0
        for number, offer in enumerate(offers, start=last + 1):
            row = {
                "number": number,
                "company": offer.company,
                "currency": offer.currency,
                "base": str(offer.base),
                "document": encode_offer(offer),
                "source_file": offer.source,
                "created_at": now,
            }
            writer.run(_add, **row)
            stored.append(StoredOffer(number, offer, now))
    return stored


def list_offers(store: Store) -> list[StoredOffer]:
    with reading(store, _offers) as reads:
        rows = reads.all(_offers)
    return [_stored(row) for row in rows]


def get_offer(store: Store, offer_id: int) -> StoredOffer:
    with reading(store, _numbered) as reads:
        row = reads.first(_numbered, number=offer_id)
    if row is None:
        raise NotFound(f"no stored offer #{offer_id}", hint="see `levelset offer list`")
    return _stored(row)


def delete_offer(store: Store, offer_id: int) -> dict[str, Any]:
    """Remove one stored offer, readable or not; return its stored document as data.

    Works on the raw row, so an offer stored by an older version that can no longer be read
    (an absurd amount) can still be removed.
    """
    with writing(store, [_drop], [_numbered]) as writer:
        row = writer.reads.first(_numbered, number=offer_id)
        if row is None:
            raise NotFound(f"no stored offer #{offer_id}", hint="see `levelset offer list`")
        writer.run(_drop, id=row["id"])
    try:
        document: dict[str, Any] = json.loads(row["document"])
    except ValueError:
        document = {"company": row["company"], "currency": row["currency"], "base": row["base"]}
    return document


def add_rate(store: Store, rate: Rate) -> Rate:
    with writing(store, [_add_rate]) as writer:
        writer.run(
            _add_rate,
            currency=rate.currency,
            usd_per_unit=str(rate.usd_per_unit),
            as_of=rate.as_of,
            source=rate.source,
            recorded_at=store.now(),
        )
    return rate


def user_rates(store: Store) -> list[Rate]:
    with reading(store, _rates) as reads:
        rows = reads.all(_rates)
    return [Rate(r["currency"], Decimal(r["usd_per_unit"]), r["as_of"], r["source"]) for r in rows]


def rate_table(store: Store) -> RateTable:
    """The shipped rates with the user's own on top."""
    return shipped_rates().with_rates(user_rates(store))


def _stored(row: Any) -> StoredOffer:
    try:
        offer = decode_offer(row["document"], f"stored offer #{row['number']}")
    except (InputError, ValueError) as error:  # stored by an older, laxer version
        reason = error.message if isinstance(error, InputError) else "not readable"
        raise DataUnavailable(
            f"stored offer #{row['number']} cannot be read: {reason}",
            hint=f"remove it with `levelset offer delete {row['number']}`",
        ) from None
    created = row["created_at"]
    if isinstance(created, str):
        created = dt.datetime.fromisoformat(created)
    if created.tzinfo is None:  # SQLite gives back naive times; every time stored here is UTC
        created = created.replace(tzinfo=dt.UTC)
    return StoredOffer(int(row["number"]), offer, created)


def _exact(value: object) -> str:
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")
