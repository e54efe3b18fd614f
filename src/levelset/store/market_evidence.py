"""The user's own market evidence: job postings they saved and comps they collected.

Money is kept as exact decimal strings, as the offers are; each row has its owner key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from levelset.errors import NotFound
from levelset.market.evidence import Comp, SavedPosting
from levelset.market.pay_text import PayRange
from levelset.market.postings import Posting
from levelset.store.db import Store
from levelset.store.prepared import read, reading
from levelset.store.prepared_writes import write, writing


@read("market_evidence.postings")
def _postings() -> Any:
    from sqlalchemy import select

    from levelset.store.market_evidence_tables import postings_table

    return select(postings_table).order_by(postings_table.c.id)


@read("market_evidence.comps")
def _comps() -> Any:
    from sqlalchemy import select

    from levelset.store.market_evidence_tables import comps_table

    return select(comps_table).order_by(comps_table.c.id)


_POSTING = (
    "company", "title", "level", "location", "pay_min", "pay_max", "currency", "period",
    "pay_text", "format", "source", "seen_on", "created_at",
)  # fmt: skip
_COMP = (
    "company", "title", "level", "location", "base", "bonus", "equity", "currency", "seen_on",
    "source", "note", "created_at",
)  # fmt: skip


@write("market_evidence.add_posting")
def _add_posting() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.market_evidence_tables import postings_table as t

    return t.insert().values({c: bindparam(c) for c in _POSTING})


@write("market_evidence.add_comp")
def _add_comp() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.market_evidence_tables import comps_table as t

    return t.insert().values({c: bindparam(c) for c in _COMP})


@read("market_evidence.posting")
def _posting_row() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.market_evidence_tables import postings_table as t

    return select(t).where(t.c.id == bindparam("id"))


@read("market_evidence.comp")
def _comp_row() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.market_evidence_tables import comps_table as t

    return select(t).where(t.c.id == bindparam("id"))


@write("market_evidence.drop_posting")
def _drop_posting() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.market_evidence_tables import postings_table as t

    return t.delete().where(t.c.id == bindparam("id"))


@write("market_evidence.drop_comp")
def _drop_comp() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.market_evidence_tables import comps_table as t

    return t.delete().where(t.c.id == bindparam("id"))


@dataclass(frozen=True)
class Stored:
    """A row's number with its value."""

    id: int
    item: SavedPosting | Comp

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, **self.item.to_dict()}


def add_posting(store: Store, saved: SavedPosting) -> Stored:
    p, pay = saved.posting, saved.posting.pay
    values: dict[str, Any] = {
        "company": p.company, "title": p.title, "level": p.level, "location": p.location,
        "pay_min": _text(pay.low if pay else None), "pay_max": _text(pay.high if pay else None),
        "currency": pay.currency if pay else None, "period": pay.period if pay else None,
        "pay_text": pay.text if pay else None, "format": p.format, "source": saved.source,
        "seen_on": saved.on, "created_at": store.now(),
    }  # fmt: skip
    with writing(store, [_add_posting]) as writer:
        new = writer.run(_add_posting, **values)
    return Stored(int(new) if new else 0, saved)


def list_postings(store: Store) -> list[Stored]:
    with reading(store, _postings) as reads:
        rows = reads.all(_postings)
    return [Stored(r["id"], _posting(r)) for r in rows]


def add_comp(store: Store, comp: Comp) -> Stored:
    values: dict[str, Any] = {
        "company": comp.company, "title": comp.title, "level": comp.level,
        "location": comp.location, "base": _text(comp.base), "bonus": _text(comp.bonus),
        "equity": _text(comp.equity), "currency": comp.currency, "seen_on": comp.on,
        "source": comp.source, "note": comp.note, "created_at": store.now(),
    }  # fmt: skip
    with writing(store, [_add_comp]) as writer:
        new = writer.run(_add_comp, **values)
    return Stored(int(new) if new else 0, comp)


def list_comps(store: Store) -> list[Stored]:
    with reading(store, _comps) as reads:
        rows = reads.all(_comps)
    return [Stored(r["id"], _comp(r)) for r in rows]


def remove(store: Store, kind: str, item_id: int) -> Stored:
    """Delete one posting or comp (`kind`: "posting" or "comp"); NotFound when absent."""
    found, drop = (_posting_row, _drop_posting) if kind == "posting" else (_comp_row, _drop_comp)
    with writing(store, [drop], [found]) as writer:
        row = writer.reads.first(found, id=item_id)
        if row is None:
            raise NotFound(f"no {kind} #{item_id}", hint=f"see `levelset market {kind} list`")
        writer.run(drop, id=item_id)
    item = _posting(row) if kind == "posting" else _comp(row)
    return Stored(item_id, item)


def _posting(row: Any) -> SavedPosting:
    pay = None
    if row["pay_min"] is not None:
        low, high = Decimal(row["pay_min"]), Decimal(row["pay_max"])
        pay = PayRange(low, high, row["currency"], row["period"], row["pay_text"] or "")
    posting = Posting(
        row["company"], row["title"], row["level"], row["location"], pay, row["format"]
    )
    return SavedPosting(posting, _day(row["seen_on"]), row["source"])


def _comp(row: Any) -> Comp:
    return Comp(
        title=row["title"], base=Decimal(row["base"]), currency=row["currency"],
        on=_day(row["seen_on"]), source=row["source"], company=row["company"],
        level=row["level"], location=row["location"], bonus=_decimal(row["bonus"]),
        equity=_decimal(row["equity"]), note=row["note"],
    )  # fmt: skip


def _text(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
