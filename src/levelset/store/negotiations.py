"""Stored negotiations: one row per company, an append-only event log and versioned drafts.

Events are only ever inserted; this module has no UPDATE or DELETE of events or drafts. A
draft edit is a new version; a wrong event is fixed by a correction event.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from levelset.errors import Conflict, NotFound
from levelset.jsonable import to_jsonable
from levelset.negotiation.record import Event, EventKind, NegotiationRecord, Step, company_name
from levelset.shell import quoted
from levelset.store.db import Store
from levelset.store.offers import decode_offer, encode_offer
from levelset.store.owners import ALL_OWNERS
from levelset.store.prepared import Reader, read, reading
from levelset.store.prepared_writes import Writer, write, writing

if TYPE_CHECKING:
    from levelset.negotiation.drafts import Draft
    from levelset.negotiation.recordfile import ImportedRecord


@read("negotiations.id_of")
def _id_of() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.negotiations_tables import negotiations_table as t

    return select(t.c.id).where(t.c.company_key == bindparam("key"))


@read("negotiations.company")
def _company() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.negotiations_tables import negotiations_table as t

    return select(t.c.company).where(t.c.id == bindparam("id"))


@read("negotiations.companies")
def _companies() -> Any:
    from sqlalchemy import select

    from levelset.store.negotiations_tables import negotiations_table as t

    return select(t.c.company)


@read("negotiations.started")
def _started() -> Any:
    from sqlalchemy import select

    from levelset.store.negotiations_tables import negotiations_table as t

    return select(t.c.company).order_by(t.c.id)


@read("negotiations.events")
def _events() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.negotiations_tables import events_table as t

    return select(t).where(t.c.negotiation_id == bindparam("id")).order_by(t.c.seq)


@read("negotiations.drafts")
def _drafts() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.negotiations_tables import drafts_table as t

    query = select(t).where(t.c.negotiation_id == bindparam("id"))
    return query.order_by(t.c.kind, t.c.version)


@read("negotiations.drafts_of_kind")
def _drafts_of_kind() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.negotiations_tables import drafts_table as t

    query = select(t).where(t.c.negotiation_id == bindparam("id"))
    query = query.where(t.c.kind == bindparam("kind"))
    return query.order_by(t.c.kind, t.c.version)


@read("negotiations.every_owners", across_owners=True)
def _every_owners() -> Any:
    from sqlalchemy import select

    from levelset.store.negotiations_tables import negotiations_table as t

    return select(t).order_by(t.c.id)


@read("negotiations.every_owners_events", across_owners=True)
def _every_owners_events() -> Any:
    from sqlalchemy import select

    from levelset.store.negotiations_tables import events_table as t

    return select(t).order_by(t.c.negotiation_id, t.c.seq)


_RECORD = (_id_of, _company, _companies, _events)  # what reading one record asks

_EVENT = (
    "negotiation_id", "seq", "kind", "occurred_on", "note", "offer_document", "verbal", "step",
    "corrects", "data", "recorded_at",
)  # fmt: skip
_DRAFT = ("negotiation_id", "kind", "version", "subject", "body", "origin", "created_at")


@read("negotiations.last_version")
def _last_version() -> Any:
    from sqlalchemy import bindparam, func, select

    from levelset.store.negotiations_tables import drafts_table as t

    same = (t.c.negotiation_id == bindparam("id")) & (t.c.kind == bindparam("kind"))
    return select(func.max(t.c.version).label("last")).where(same)


@write("negotiations.add")
def _add() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.negotiations_tables import negotiations_table as t

    return t.insert().values({c: bindparam(c) for c in ("company", "company_key", "created_at")})


@write("negotiations.add_event")
def _add_event() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.negotiations_tables import events_table as t

    return t.insert().values({c: bindparam(c) for c in _EVENT})


@write("negotiations.add_draft")
def _add_draft() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.negotiations_tables import drafts_table as t

    return t.insert().values({c: bindparam(c) for c in _DRAFT})


_ADD = ([_add, _add_event, _add_draft], [_id_of, _company])  # starting or importing records


@dataclass(frozen=True)
class StoredDraft:
    version: int
    origin: str  # "generated" or "edited"
    created_at: dt.datetime
    draft: Draft

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "origin": self.origin, "created_at": self.created_at}


def company_key(company: str) -> str:
    return " ".join(company.split()).casefold()


def start_negotiation(
    store: Store, first: Event, company: str, *, today: dt.date
) -> NegotiationRecord:
    """Create the record for `company` with its first event, in one transaction."""
    # validated before anything is written
    record = NegotiationRecord(company_name(company)).append(first, today=today)
    with writing(store, *_ADD) as writer:
        if (found := _find_id(writer.reads, company)) is not None:
            raise _exists(writer.reads, found)
        key = _add_record(writer, record.company, company, store.now())
        _insert_event(writer, key, record.events[-1], store.now())
    return load_record(store, company)


def append_event(store: Store, company: str, event: Event, *, today: dt.date) -> NegotiationRecord:
    """Check `event` against the stored record (as of `today`) and add it; nothing is
    written if it fails."""
    with writing(store, [_add_event], _RECORD) as writer:
        writer.take_turn("negotiation_events", _require_id(writer.reads, company))  # seq: max + 1
        record = _load(writer.reads, company)
        updated = record.append(event, today=today)
        assert record.id is not None
        _insert_event(writer, record.id, updated.events[-1], store.now())
    return load_record(store, company)


def load_record(store: Store, company: str) -> NegotiationRecord:
    with reading(store, *_RECORD) as reads:
        return _load(reads, company)


def list_records(store: Store) -> list[NegotiationRecord]:
    with reading(store, _started, *_RECORD) as reads:
        return [_load(reads, name) for (name,) in reads.tuples(_started)]


def owners_negotiations(reads: Reader) -> dict[int, list[NegotiationRecord]]:
    """Every owner's negotiations, each owner's in the order they were started, read on a
    store or connection that sees every owner (`ALL_OWNERS`): two queries for the roster."""
    names = {r["id"]: (r["client_id"], r["company"]) for r in reads.all(_every_owners)}
    events: dict[int, list[Event]] = {key: [] for key in names}
    for row in reads.all(_every_owners_events):
        events[row["negotiation_id"]].append(_event(row, names[row["negotiation_id"]][1]))
    found: dict[int, list[NegotiationRecord]] = {}
    for key, (owner, company) in names.items():
        found.setdefault(owner, []).append(NegotiationRecord(company, tuple(events[key]), key))
    return found


def every_owners_negotiations(store: Store) -> dict[int, list[NegotiationRecord]]:
    """`owners_negotiations` of the whole database this store sees (every owner's)."""
    with reading(store.for_owner(ALL_OWNERS), _every_owners, _every_owners_events) as reads:
        return owners_negotiations(reads)


def save_draft(store: Store, company: str, draft: Draft, origin: str) -> StoredDraft:
    """Keep `draft` as the next version of its kind; earlier versions stay."""
    now = store.now()
    with writing(store, [_add_draft], [_id_of, _companies, _last_version]) as writer:
        record_id = _require_id(writer.reads, company)
        writer.take_turn("negotiation_drafts", record_id)  # version: max + 1
        kind = draft.kind.value
        found = writer.reads.first(_last_version, id=record_id, kind=kind)
        version = int((found or {}).get("last") or 0) + 1
        stored = StoredDraft(version, origin, now, draft)
        _insert_draft(writer, record_id, stored)
    return stored


def draft_versions(store: Store, company: str, kind: str | None = None) -> list[StoredDraft]:
    """Every stored draft of the record (of one kind if given), oldest first."""
    from levelset.negotiation.drafts import Draft, DraftKind  # the anchor's modules: on use

    with reading(store, *_RECORD, _drafts, _drafts_of_kind) as reads:
        record_id = _require_id(reads, company)
        if kind:
            rows = reads.all(_drafts_of_kind, id=record_id, kind=kind)
        else:
            rows = reads.all(_drafts, id=record_id)
    return [
        StoredDraft(
            r["version"],
            r["origin"],
            r["created_at"],
            Draft(DraftKind(r["kind"]), r["subject"], r["body"]),
        )
        for r in rows
    ]


def _find_id(reads: Reader, company: str) -> int | None:
    row = reads.first(_id_of, key=company_key(company))
    return int(row["id"]) if row is not None and row["id"] is not None else None


def _exists(reads: Reader, negotiation_id: int) -> Conflict:
    row = reads.first(_company, id=negotiation_id)
    name = str(row["company"] if row is not None else None)
    return Conflict(
        f"a negotiation with {name} already exists",
        hint=f"see `levelset negotiate status {quoted(name)}`",
    )


def _require_id(reads: Reader, company: str) -> int:
    found = _find_id(reads, company)
    if found is None:
        names = [name for (name,) in reads.tuples(_companies)]
        close = difflib.get_close_matches(company, names, n=3, cutoff=0.4)
        hint = (
            f"closest: {', '.join(close)}" if close else "start one with `levelset negotiate start`"
        )
        raise NotFound(f"no negotiation with {company!r}", hint=hint)
    return found


def _load(reads: Reader, company: str) -> NegotiationRecord:
    record_id = _require_id(reads, company)
    (row,) = reads.all(_company, id=record_id)  # exactly one: the id was just found
    name = row["company"]
    events = tuple(_event(row, name) for row in reads.all(_events, id=record_id))
    return NegotiationRecord(str(name), events, record_id)


def _add_record(writer: Writer, company: str, asked: str, now: dt.datetime) -> int:
    key = writer.run(_add, company=company, company_key=company_key(asked), created_at=now)
    assert key is not None
    return int(key)


def _insert_event(writer: Writer, record_id: int, event: Event, now: dt.datetime) -> None:
    writer.run(
        _add_event,
        negotiation_id=record_id,
        seq=event.seq,
        kind=event.kind.value,
        occurred_on=event.on,
        note=event.note,
        offer_document=encode_offer(event.offer) if event.offer else None,
        verbal=event.verbal,
        step=event.step.value if event.step else None,
        corrects=event.corrects,
        data=json.dumps(to_jsonable(dict(event.data))) if event.data else None,
        recorded_at=event.recorded_at or now,
    )


def _insert_draft(writer: Writer, record_id: int, saved: StoredDraft) -> None:
    writer.run(
        _add_draft,
        negotiation_id=record_id,
        kind=saved.draft.kind.value,
        version=saved.version,
        subject=saved.draft.subject,
        body=saved.draft.body,
        origin=saved.origin,
        created_at=saved.created_at,
    )


def _event(row: Any, company: str) -> Event:
    document = row["offer_document"]
    source = f"{company} event #{row['seq']}"
    return Event(
        seq=int(row["seq"]),
        kind=EventKind(row["kind"]),
        on=row["occurred_on"],
        note=row["note"],
        offer=decode_offer(document, source) if document else None,
        verbal=bool(row["verbal"]),
        step=Step(row["step"]) if row["step"] else None,
        corrects=row["corrects"],
        data=json.loads(row["data"]) if row["data"] else None,
        recorded_at=row["recorded_at"],
    )


def import_records(store: Store, items: list[ImportedRecord]) -> list[NegotiationRecord]:
    """Store checked records with their events and drafts, all in one transaction; a company
    that already has a record makes the whole import fail (Conflict) and nothing is written."""
    now = store.now()
    with writing(store, *_ADD) as writer:
        for item in items:
            record = item.record
            if _find_id(writer.reads, record.company) is not None:
                raise Conflict(f"a negotiation with {record.company} already exists")
            key = _add_record(writer, record.company, record.company, now)
            for event in record.events:
                _insert_event(writer, key, event, store.now())
            for saved in item.drafts:
                _insert_draft(
                    writer, key, StoredDraft(saved.version, saved.origin, now, saved.draft)
                )
    return [load_record(store, item.record.company) for item in items]
