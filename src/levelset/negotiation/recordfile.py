"""Negotiation records read back from an export (JSON or YAML), replayed and checked event by
event exactly as if they had been logged, so an import can never hold a record the CLI refuses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from levelset.errors import Conflict, InputError, Problem, validation_failed
from levelset.negotiation.anchor_data import anchor_from_dict
from levelset.negotiation.drafts import Draft, DraftKind
from levelset.negotiation.record import Event, EventKind, NegotiationRecord, Step, company_name
from levelset.offers.fileformat import parse_offer
from levelset.offers.model import Offer

T = TypeVar("T")


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
    data: object, *, source: str, currencies: Iterable[str], today: dt.date
) -> list[ImportedRecord]:
    """Every record of an export, checked as of `today`; one InputError naming each bad field
    otherwise."""
    items = data.get("negotiations") if isinstance(data, Mapping) else None
    if not isinstance(items, list):
        problem = Problem("no list of negotiations", file=source, field="negotiations",
                          expected="the output of `levelset negotiate export`")  # fmt: skip
        raise validation_failed(source, [problem])
    codes, found, problems = set(currencies), [], []
    for index, item in enumerate(items):
        where = f"negotiations[{index}]"
        try:
            found.append(_record(item, where, codes, today))
        except (InputError, Conflict) as error:
            located = getattr(error, "problems", ()) or [Problem(error.message, field=where)]
            problems += [replace(p, file=source, line=None) for p in located]
    if problems:
        raise validation_failed("negotiations to import", problems)
    return found


def _record(item: object, where: str, codes: set[str], today: dt.date) -> ImportedRecord:
    if not isinstance(item, Mapping):
        raise _bad(where, "", "not a record", "company, events and drafts")
    events = item.get("events") or []
    if not isinstance(events, list) or not all(isinstance(e, Mapping) for e in events):
        raise _bad(where, "events", "not a list of events", "events as `negotiate export` writes")
    record = NegotiationRecord(_read(item, "company", _company, "the company's name", where))
    for index, raw in sorted(enumerate(events), key=lambda pair: _seq(pair[1])):
        at = f"{where}.events[{index}]"
        event = _event(raw, at, codes)
        try:
            record = record.append(event, today=today)
        except (InputError, Conflict) as error:
            raise _bad(at, "", error.message, None) from None
    return ImportedRecord(record, _drafts(item, where))


def _drafts(item: Mapping[str, Any], where: str) -> tuple[ImportedDraft, ...]:
    drafts = item.get("drafts") or []
    if not isinstance(drafts, list) or not all(isinstance(d, Mapping) for d in drafts):
        raise _bad(where, "drafts", "not a list of drafts", "drafts as `negotiate export` writes")
    found = []
    for index, raw in enumerate(drafts):
        at = f"{where}.drafts[{index}]"
        kind = _read(raw, "kind", DraftKind, "counter, call, no or confirm", at)
        body = _read(raw, "body", str, "the draft's text", at)
        version = _read(raw, "version", int, "a version number", at)
        draft = Draft(kind, raw.get("subject"), body)
        found.append(ImportedDraft(version, str(raw.get("origin") or "edited"), draft))
    return tuple(found)


def _event(raw: Mapping[str, Any], at: str, codes: set[str]) -> Event:
    kind = _read(raw, "kind", EventKind, ", ".join(k.value for k in EventKind), at)
    return Event(
        seq=_read(raw, "seq", int, "the event's number", at),
        kind=kind,
        on=_read(raw, "date", _day, "YYYY-MM-DD", at),
        note=_optional(raw, "note", _text, "text", at),
        offer=_offer(raw.get("offer"), at, codes),
        verbal=bool(raw.get("verbal")),
        step=_optional(raw, "step", Step, "a step name", at),
        corrects=_optional(raw, "corrects", int, "an event number", at),
        data=_data(raw, kind, at),
        recorded_at=_optional(raw, "recorded_at", dt.datetime.fromisoformat, "a timestamp", at),
    )


def _optional(
    raw: Mapping[str, Any], key: str, convert: Callable[[Any], T], expected: str, at: str
) -> T | None:
    return _read(raw, key, convert, expected, at) if raw.get(key) is not None else None


def _data(raw: Mapping[str, Any], kind: EventKind, at: str) -> Mapping[str, Any] | None:
    """The event's extra data, in the shape the rest of levelset reads it."""
    data = raw.get("data")
    if data is None:
        return None
    if not isinstance(data, Mapping):
        raise _bad(at, "data", "not a mapping", "the data as `negotiate export` writes it")
    if data.get("date") is not None:
        _read(data, "date", _day, "YYYY-MM-DD", f"{at}.data")
    if kind is EventKind.ANCHOR_SET:
        try:
            anchor_from_dict(dict(data))
        except (KeyError, TypeError, ValueError, ArithmeticError, AttributeError):
            raise _bad(
                at, "data", "not an anchor", "the anchor as `negotiate anchor` saves it"
            ) from None
    return data


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def _offer(raw: object, at: str, codes: set[str]) -> Offer | None:
    if not raw:
        return None
    try:
        return parse_offer(raw, source="", currencies=codes)
    except InputError as error:
        prefix = f"{at}.offer"
        fields = [
            replace(p, field=f"{prefix}.{p.field}" if p.field else prefix) for p in error.problems
        ]
        raise InputError(error.message, problems=fields) from None


def _read(raw: Any, key: str, convert: Callable[[Any], T], expected: str, at: str) -> T:
    """One field converted, or InputError naming it in plain words (never Python's)."""
    if not isinstance(raw, Mapping) or raw.get(key) is None:
        raise _bad(at, key, "missing", expected)
    try:
        return convert(raw[key])
    except (ValueError, TypeError):
        message = UNKNOWN.get(key, "{!r} is not valid").format(raw[key])
        raise _bad(at, key, message, expected) from None


UNKNOWN = {
    "note": "not text",
    "kind": "unknown event {!r}",
    "date": "{!r} is not a date",
    "step": "unknown step {!r}",
}


def _company(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("a company is a name")
    return company_name(value)


def _day(value: object) -> dt.date:
    return dt.date.fromisoformat(str(value))


def _seq(raw: Mapping[str, Any]) -> int:
    try:
        return int(raw.get("seq") or 0)
    except (TypeError, ValueError):
        return 0


def _bad(at: str, key: str, message: str, expected: str | None) -> InputError:
    field = f"{at}.{key}" if key else at
    problem = Problem(message, field=field, expected=expected)
    return InputError(str(problem), problems=[problem])
