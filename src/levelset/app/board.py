"""Job board use cases: the applications as cards in stage columns, moving a card (a dated
event of that stage), a card's contacts, follow-up and interview dates, and the calendar file.

No table of its own: columns come from the tracked events, a card's details from its
application's note (see `levelset.tracking.board`).
"""

from __future__ import annotations

from dataclasses import dataclass

from levelset.app.workspace import Workspace
from levelset.errors import Conflict, NotFound
from levelset.tracking.board import Card, Column
from levelset.tracking.events import EventKind

SOURCE = "board"  # events a move logs carry this source, so moving back can take them away


@dataclass(frozen=True)
class Board:
    """Every card by column, and how many follow-ups are due."""

    columns: tuple[tuple[Column, tuple[Card, ...]], ...]
    due: int

    def to_dict(self) -> dict[str, object]:
        return {
            "columns": [
                {"column": c.value, "label": c.label, "cards": [card.to_dict() for card in found]}
                for c, found in self.columns
            ],
            "follow_ups_due": self.due,
        }


def _cards(ws: Workspace) -> list[Card]:
    from levelset.store.tracking import load_events
    from levelset.tracking.board import cards
    from levelset.tracking.threads import threads

    return cards(threads(load_events(ws.store)), ws.today())


def job_board(ws: Workspace) -> Board:
    """The board: each application or outreach in the column its events reached."""
    found = _cards(ws)
    columns = tuple((c, tuple(card for card in found if card.column is c)) for c in Column)
    return Board(columns, sum(1 for card in found if card.overdue))


def card(ws: Workspace, card_id: int) -> Card:
    """One card by its application's event number; NotFound otherwise."""
    found = next((c for c in _cards(ws) if c.id == card_id), None)
    if found is None:
        raise NotFound(f"no application #{card_id} on the board", hint="see the board")
    return found


def move_card(ws: Workspace, card_id: int, to: str) -> Card:
    """Move a card: forward logs today's event of that stage; back takes away the events the
    board logged past that column (events you logged or imported stay: Conflict)."""
    from levelset.app.tracking import EventFields, log_event
    from levelset.tracking.board import MOVES, parse_move

    moved = card(ws, card_id)
    column, kind, outcome = MOVES[parse_move(to)]
    if column.rank < moved.column.rank:
        _take_back(ws, moved, column)
    elif kind is not None and (column is not moved.column or _closes_anew(ws, moved, kind)):
        fields = EventFields(kind.value, application=moved.ref,
                             outcome=outcome.value if outcome else None)  # fmt: skip
        log_event(ws, fields, source=SOURCE)
    return card(ws, card_id)


def _closes_anew(ws: Workspace, moved: Card, kind: EventKind) -> bool:
    """A closed card moved to the other way of closing (rejected, withdrawn) that it lacks."""
    from levelset.store.tracking import load_events

    if moved.column is not Column.CLOSED:
        return False
    return not any(e.ref == moved.ref and e.kind is kind for e in load_events(ws.store))


def _take_back(ws: Workspace, moved: Card, column: Column) -> None:
    from levelset.store.tracking import delete_event, event_sources, load_events
    from levelset.tracking.board import column_of_event

    later = [
        e for e in load_events(ws.store)
        if e.ref == moved.ref and not e.kind.is_attempt and column_of_event(e).rank > column.rank
    ]  # fmt: skip
    sources = event_sources(ws.store, moved.ref)
    kept = [e for e in later if sources.get(e.id or 0) != SOURCE]
    if kept:
        named = ", ".join(f"{e.kind} on {e.date}" for e in kept)
        raise Conflict(
            f"{moved.company} is past {column.label} because of events you tracked ({named})",
            hint="delete them on the Tracking page if they were wrong",
        )
    for event in later:
        assert event.id is not None
        delete_event(ws.store, event.id)


def save_details(
    ws: Workspace, card_id: int, contacts: str, follow_up: str, interviews: str
) -> Card:
    """Keep a card's contacts, next follow-up and interview dates in its application's note."""
    from levelset.names import clean_note
    from levelset.store.tracking import set_note
    from levelset.tracking.board import join_note, read_details

    found = card(ws, card_id)
    details = read_details(clean_note(contacts, field="contacts"), follow_up,
                           clean_note(interviews, field="interviews"))  # fmt: skip
    set_note(ws.store, card_id, clean_note(join_note(found.note, details)))
    return card(ws, card_id)


def follow_up_calendar(ws: Workspace) -> str:
    """The follow-ups and the interviews to come as an iCalendar file's text."""
    from levelset.tracking.calendar import entries, to_ics

    return to_ics(entries(_cards(ws), ws.today()), ws.now())
