"""Negotiation records read back from an export (JSON or YAML), replayed and checked event by
event exactly as if they had been logged, so an import can never hold a record the CLI refuses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from levelset.errors import Conflict, InputError, Problem, validation_failed
from levelset.negotiation.drafts import Draft, DraftKind
from levelset.negotiation.record import Event, EventKind, NegotiationRecord, Step
from levelset.offers.fileformat import parse_offer


@dataclass(frozen=True)
class ImportedDraft:
    version: int
    origin: str
    draft: Draft


@dataclass(frozen=True)
class ImportedRecord:
    record: NegotiationRecord
    drafts: tuple[ImportedDraft, ...]


def records_from_data(
    data: object, *, source: str, currencies: Iterable[str]
) -> list[ImportedRecord]:
    """Every record of an export, checked; one InputError naming each bad field otherwise."""
    items = data.get("negotiations") if isinstance(data, Mapping) else None
    if not isinstance(items, list):
        problem = Problem("no list of negotiations", file=source, field="negotiations",
                          expected="the output of `levelset negotiate export`")  # fmt: skip
        raise validation_failed(source, [problem])
    codes, found, problems = set(currencies), [], []
    for index, item in enumerate(items):
        where = f"negotiations[{index}]"
        try:
            found.append(_record(item, where, source, codes))
        except (InputError, Conflict, KeyError, ValueError, TypeError) as error:
            message = getattr(error, "message", None) or f"bad or missing value {error}"
            problems.append(Problem(message, file=source, field=where))
    if problems:
        raise validation_failed(source, problems)
    return found


def _record(item: Any, where: str, source: str, codes: set[str]) -> ImportedRecord:
    record = NegotiationRecord(str(item["company"]).strip())
    for raw in sorted(item.get("events") or [], key=lambda e: int(e["seq"])):
        record = record.append(_event(raw, f"{source} {where} event #{raw['seq']}", codes))
    drafts = tuple(
        ImportedDraft(
            int(d["version"]), str(d.get("origin") or "edited"),
            Draft(DraftKind(d["kind"]), d.get("subject"), str(d["body"])),
        )
        for d in item.get("drafts") or []
    )  # fmt: skip
    return ImportedRecord(record, drafts)


def _event(raw: Mapping[str, Any], label: str, codes: set[str]) -> Event:
    offer = raw.get("offer")
    recorded = raw.get("recorded_at")
    return Event(
        seq=int(raw["seq"]),
        kind=EventKind(raw["kind"]),
        on=dt.date.fromisoformat(str(raw["date"])),
        note=raw.get("note"),
        offer=parse_offer(offer, source=label, currencies=codes) if offer else None,
        verbal=bool(raw.get("verbal")),
        step=Step(raw["step"]) if raw.get("step") else None,
        corrects=int(raw["corrects"]) if raw.get("corrects") is not None else None,
        data=raw.get("data"),
        recorded_at=dt.datetime.fromisoformat(str(recorded)) if recorded else None,
    )
