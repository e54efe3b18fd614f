"""Follow-ups and interviews as an iCalendar file (RFC 5545) any calendar program imports.

All-day events, one per follow-up or planned interview; each keeps the same UID across
exports, so importing a newer file updates the events instead of adding copies.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from levelset.tracking.board import Card

PRODUCT = "-//levelset//job board//EN"


@dataclass(frozen=True)
class Entry:
    day: dt.date
    summary: str
    description: str
    key: str  # what makes the UID stable


def entries(cards: Sequence[Card], today: dt.date) -> list[Entry]:
    """Each card's next follow-up and its interviews from today on, by date."""
    found = []
    for card in cards:
        who = f"{card.company}{f' ({card.role})' if card.role else ''}"
        contacts = "; ".join(card.details.contacts)
        about = f"{card.kind.value.capitalize()} on {card.since}." + (
            f" Contacts: {contacts}." if contacts else ""
        )
        if card.details.follow_up is not None:
            found.append(Entry(card.details.follow_up, f"Follow up: {who}", about,
                               f"follow-up/{card.ref}"))  # fmt: skip
        for day, what in card.details.interviews:
            if day >= today:
                title = f"Interview: {who}" + (f", {what}" if what else "")
                found.append(Entry(day, title, about, f"interview/{card.ref}/{day}/{what}"))
    return sorted(found, key=lambda e: (e.day, e.summary))


def to_ics(items: Sequence[Entry], stamp: dt.datetime) -> str:
    """The calendar file's text (CRLF line ends, long lines folded)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODUCT}", "CALSCALE:GREGORIAN",
             "X-WR-CALNAME:Job search follow-ups"]  # fmt: skip
    when = stamp.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    for item in items:
        uid = hashlib.sha256(item.key.encode()).hexdigest()[:24]
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@levelset",
            f"DTSTAMP:{when}",
            f"DTSTART;VALUE=DATE:{item.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{item.day + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_escape(item.summary)}",
            f"DESCRIPTION:{_escape(item.description)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines of at most 75 octets; each continuation starts with a space."""
    data = line.encode()
    if len(data) <= 75:
        return line
    parts, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # never split a character
            end -= 1
        parts.append(data[start:end].decode())
        start, limit = end, 74
    return "\r\n ".join(parts)
