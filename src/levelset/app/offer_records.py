"""Reading stored offers and exchange rates: what the offer and market use cases both need.

Kept apart from app/offers.py so that the market's own-evidence use cases can read offers
without depending on the offer use cases, which place offers on the market range.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING

from levelset.app.workspace import Workspace
from levelset.offers import RateTable, shipped_rates

if TYPE_CHECKING:
    from levelset.store.offers import StoredOffer

# Within one page: each workspace's rate table, read once (the workspace kept alive with it)
_PAGE: ContextVar[dict[int, tuple[Workspace, RateTable]] | None] = ContextVar(
    "levelset_page_rates", default=None
)


def records_exist(ws: Workspace) -> bool:
    """True when the records store is open or already on disk (a server store always is)."""
    if ws.store_is_open:
        return True
    prefix = "sqlite:///"
    if not ws.database_url.startswith(prefix):
        return True
    return Path(ws.database_url.removeprefix(prefix)).exists()


@contextmanager
def rates_read_once() -> Iterator[None]:
    """Within it, `rates` reads each workspace's rate table once: a page that only reads
    (the dashboard) asks for it from several use cases, a command (`range`, `level ladder`)
    from each of its queries. Nothing may set a rate inside. Nested, the outer one counts."""
    if _PAGE.get() is not None:
        yield
        return
    token = _PAGE.set({})
    try:
        yield
    finally:
        _PAGE.reset(token)


def rates(ws: Workspace) -> RateTable:
    """The shipped rates with the user's own on top (theirs only when the store exists)."""
    seen = _PAGE.get()
    if seen is None:
        return _read_rates(ws)
    if id(ws) not in seen:
        seen[id(ws)] = (ws, _read_rates(ws))
    return seen[id(ws)][1]


def _read_rates(ws: Workspace) -> RateTable:
    if not records_exist(ws):
        return shipped_rates().with_rates(())
    from levelset.store.offers import rate_table

    return rate_table(ws.store)


def list_offers(ws: Workspace) -> list[StoredOffer]:
    """Every stored offer, oldest first."""
    from levelset.store.offers import list_offers as stored

    return stored(ws.store)


def get_offer(ws: Workspace, offer_id: int) -> StoredOffer:
    """One stored offer by its number; NotFound otherwise."""
    from levelset.store.offers import get_offer as stored

    return stored(ws.store, offer_id)


def day(ws: Workspace, text: str | None, field: str = "date") -> dt.date:
    """A YYYY-MM-DD date, "today" or nothing (today), on the workspace's clock."""
    from levelset.offers.transfer import parse_day

    return parse_day(text or "today", field, today=ws.today())


def stored_by_reference(ws: Workspace, reference: Path) -> StoredOffer | None:
    """The stored offer a reference names, as every command takes one: its number from `offer
    list` ("3" or "#3") or its company (or company and level, "Northwind Cloud L5"), any
    case; None when it names a file or no stored offer (then it is read as a file). A company
    with several stored offers is refused with their numbers."""
    from levelset.errors import InputError

    if reference.exists():
        return None
    text = str(reference).strip()
    number = text.removeprefix("#")
    if number.isascii() and number.isdigit():
        return get_offer(ws, int(number))
    if not records_exist(ws):
        return None
    wanted = " ".join(text.split()).casefold()
    found = [s for s in list_offers(ws) if wanted in _names(s)]
    if len(found) > 1:
        numbers = ", ".join(f"#{s.id}" for s in found)
        raise InputError(
            f"{text}: {len(found)} stored offers match ({numbers})",
            hint="give the offer's number from `levelset offer list`",
        )
    return found[0] if found else None


def _names(stored: StoredOffer) -> tuple[str, ...]:
    offer = stored.offer
    return tuple(" ".join(n.split()).casefold() for n in (offer.company, offer.label) if n)
