"""The user's corrections to what was read: edit a position, merge two, drop one, move a bullet.

A correction names positions by how they were read from their file (source, title, company,
start), not by their place in a list, so it still applies when the same file is imported again;
a correction whose position is no longer read is returned as stale rather than applied
somewhere else.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from levelset.errors import InputError, Problem
from levelset.patterns import compiled
from levelset.proof.dates import is_now, parse_month
from levelset.proof.model import Bullet, Document, Materials, Position

EDIT, DROP, MERGE, MOVE, FORGET = "edit", "drop", "merge", "move", "forget"  # forget: a bullet
FIELDS = ("title", "company", "start", "end", "location")


@dataclass(frozen=True)
class PositionKey:
    """A position as its file gave it: enough to find it again after a re-import."""

    source: str
    title: str
    company: str
    start: str | None

    @classmethod
    def of(cls, source: str, position: Position) -> PositionKey:
        start = position.start.isoformat() if position.start else None
        return cls(source, position.title, position.company, start)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PositionKey:
        return cls(data["source"], data["title"], data["company"], data.get("start"))


@dataclass(frozen=True)
class Correction:
    """One change: `changes` for an edit, `other` for a merge (absorbed) or a move
    (destination), `bullet` for the text of the bullet moved."""

    action: str
    target: PositionKey
    changes: tuple[tuple[str, str | None], ...] = ()
    other: PositionKey | None = None
    bullet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "target": self.target.to_dict(),
            "changes": dict(self.changes),
            "other": self.other.to_dict() if self.other else None,
            "bullet": self.bullet,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Correction:
        other = data.get("other")
        return cls(
            data["action"],
            PositionKey.from_dict(data["target"]),
            tuple((data.get("changes") or {}).items()),
            PositionKey.from_dict(other) if other else None,
            data.get("bullet"),
        )


@dataclass
class Entry:
    """A position as shown, and the keys of every read position it stands for."""

    keys: set[PositionKey]
    position: Position


@dataclass
class _Doc:
    document: Document
    entries: list[Entry]
    loose: list[Bullet] = field(default_factory=list)


def entries(document: Document) -> list[Entry]:
    return [Entry({PositionKey.of(document.source, p)}, p) for p in document.positions]


def apply(
    materials: Materials, corrections: list[Correction]
) -> tuple[Materials, list[Correction]]:
    """The materials with every correction applied in order, and those that found no position."""
    docs = [_Doc(d, entries(d)) for d in materials.documents]
    stale = [c for c in corrections if not _apply_one(docs, c)]
    return Materials(tuple(_rebuilt(d) for d in docs)), stale


def corrected_entries(
    materials: Materials, corrections: list[Correction]
) -> list[tuple[Document, Entry]]:
    """Every position after the corrections, with the document it belongs to, in order."""
    docs = [_Doc(d, entries(d)) for d in materials.documents]
    for correction in corrections:
        _apply_one(docs, correction)
    return [(d.document, e) for d in docs for e in d.entries]


def _rebuilt(doc: _Doc) -> Document:
    positions = tuple(e.position for e in doc.entries)
    extra = doc.document.extra_bullets + tuple(doc.loose)
    return dataclasses.replace(doc.document, positions=positions, extra_bullets=extra)


def _find(docs: list[_Doc], key: PositionKey | None) -> tuple[_Doc, Entry] | None:
    for doc in docs:
        for entry in doc.entries:
            if key in entry.keys:
                return doc, entry
    return None


def _apply_one(docs: list[_Doc], correction: Correction) -> bool:
    found = _find(docs, correction.target)
    if found is None:
        return False
    doc, entry = found
    if correction.action == EDIT:
        entry.position = edited(entry.position, dict(correction.changes))
        return True
    if correction.action == DROP:
        doc.entries.remove(entry)
        doc.loose.extend(_loose(b) for b in entry.position.bullets)
        return True
    if correction.action == FORGET:
        return _forget(entry, correction.bullet or "")
    other = _find(docs, correction.other)
    if other is None or other[1] is entry:
        return False
    if correction.action == MERGE:
        _merge(entry, other[1])
        other[0].entries.remove(other[1])
        return True
    if correction.action == MOVE:
        return _move(entry, other[1], correction.bullet or "")
    return False


def _loose(bullet: Bullet) -> Bullet:
    return dataclasses.replace(bullet, position=None)


def _merge(entry: Entry, absorbed: Entry) -> None:
    kept, gone = entry.position, absorbed.position
    starts = [d for d in (kept.start, gone.start) if d]
    ends = [d for d in (kept.end, gone.end) if d]
    bullets = tuple(
        dataclasses.replace(b, position=kept.label) for b in kept.bullets + gone.bullets
    )
    entry.position = dataclasses.replace(
        kept,
        start=min(starts) if starts else None,
        end=max(ends) if ends and not (kept.current or gone.current) else None,
        current=kept.current or gone.current,
        bullets=bullets,
        location=kept.location or gone.location,
        guesses=(),
    )
    entry.keys |= absorbed.keys


def _move(source: Entry, destination: Entry, text: str) -> bool:
    bullet = next((b for b in source.position.bullets if b.text == text), None)
    if bullet is None:
        return False
    source.position = dataclasses.replace(
        source.position, bullets=tuple(b for b in source.position.bullets if b is not bullet)
    )
    moved = dataclasses.replace(bullet, position=destination.position.label)
    destination.position = dataclasses.replace(
        destination.position, bullets=destination.position.bullets + (moved,)
    )
    return True


def _forget(entry: Entry, text: str) -> bool:
    """Take one bullet out of the evidence (it is not the user's, or not true any more)."""
    kept = tuple(b for b in entry.position.bullets if b.text != text)
    if len(kept) == len(entry.position.bullets):
        return False
    entry.position = dataclasses.replace(entry.position, bullets=kept)
    return True


def edited(position: Position, changes: dict[str, str | None]) -> Position:
    """The position with the user's values; dates as "2021-03", "2021" or "present"."""
    values: dict[str, Any] = {k: v for k, v in changes.items() if k in ("title", "company")}
    if "location" in changes:
        values["location"] = changes["location"] or ""
    if "start" in changes:
        values["start"], precision = _date("start", changes["start"])
        values["precision"] = precision
    if "end" in changes:
        written = changes["end"]
        values["current"] = not written or is_now(written)
        values["end"] = None if values["current"] else _date("end", written)[0]
    label = f"{values.get('title', position.title)}, {values.get('company', position.company)}"
    bullets = tuple(dataclasses.replace(b, position=label) for b in position.bullets)
    return dataclasses.replace(position, **values, bullets=bullets, guesses=())


def refuse_end_before_start(position: Position) -> None:
    """An InputError on the field `end` when a position ends before it starts (by year when
    its dates are years); a current position or one without both dates passes. Asked of the
    user's edits, not of stored corrections replayed over a changed file."""
    start, end = position.start, position.end
    if start is None or end is None or position.current:
        return
    if (end.year < start.year) if position.precision == "year" else (end < start):
        when = position.when
        message = f"end {when(end)} comes before start {when(start)}"
        expected = f"a date on or after {when(start)}, or present"
        raise InputError(
            message,
            problems=[Problem(message, field="end", expected=expected)],
            hint="give both: --start YYYY-MM --end YYYY-MM (or present)",
        )


_SEASON_WORD = compiled(r"(?i)\b(?:spring|summer|fall|autumn|winter)\b")
_YEAR_ONLY = compiled(r"\d{4}")


def _date(name: str, written: str | None) -> tuple[dt.date | None, str]:
    if not written:
        return None, "month"
    text = written.strip()
    # "2021-03", "2021", and as a résumé writes them "Mar 2021", "03/2021"; a season is no month
    season = _SEASON_WORD.search(text)
    date = None if season or is_now(text) else parse_month(text)
    if date is None:  # the problem names its field, so a form shows it beside that field
        message = f"{name} {written!r} is not a date"
        expected = "a year and month, e.g. 2021-03 or Mar 2021, or a year (a month is 1 to 12)"
        raise InputError(
            message,
            problems=[Problem(message, field=name, expected=expected)],
            hint=f"write the {name} as 2021-03, Mar 2021 or 2021",
        )
    return date, "year" if _YEAR_ONLY.fullmatch(text) else "month"
