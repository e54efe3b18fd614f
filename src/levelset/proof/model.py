"""One profile model for every imported material: positions, bullets, headline, skills, stories.

Every item remembers where it came from (file and line or field), so a report can point at it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Channel(StrEnum):
    """Where a material is shown to the world: the resume, LinkedIn, or interview stories."""

    RESUME = "resume"
    LINKEDIN = "linkedin"
    STORIES = "stories"


@dataclass(frozen=True)
class Origin:
    """Where an item was read: the file name, and a line number or a field path."""

    source: str
    line: int | None = None
    field: str | None = None

    @property
    def where(self) -> str:
        """The line and the field inside the file ("line 11, page 1"), or "" when unknown."""
        parts = [f"line {self.line}" if self.line is not None else None, self.field]
        return ", ".join(p for p in parts if p)

    def __str__(self) -> str:
        return f"{self.source}:{self.where}" if self.where else self.source

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "line": self.line, "field": self.field}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Origin:
        return cls(data["source"], data.get("line"), data.get("field"))


@dataclass(frozen=True)
class Bullet:
    """One claim: a resume bullet, a LinkedIn description line, or a story's result."""

    text: str
    origin: Origin
    channel: Channel
    position: str | None = None  # "title, company" of the position it belongs to
    kind: str = "bullet"  # "bullet" or "story"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "origin": self.origin.to_dict(),
            "channel": self.channel.value,
            "position": self.position,
            "kind": self.kind,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Bullet:
        return cls(
            data["text"],
            Origin.from_dict(data["origin"]),
            Channel(data["channel"]),
            data.get("position"),
            data.get("kind", "bullet"),
        )


@dataclass(frozen=True)
class Position:
    """A job held: title, company, dates (first of the month) and its bullets."""

    title: str
    company: str
    origin: Origin
    start: dt.date | None = None
    end: dt.date | None = None
    current: bool = False
    bullets: tuple[Bullet, ...] = ()
    location: str = ""
    precision: str = "month"  # "year" when the dates were written as years
    guesses: tuple[str, ...] = ()  # what the reader guessed rather than read plainly

    @property
    def label(self) -> str:
        return f"{self.title}, {self.company}" if self.company else self.title

    def when(self, date: dt.date | None) -> str | None:
        """A date as written: "2021-03", or "2021" when the résumé gave only the year."""
        if date is None:
            return None
        return date.strftime("%Y" if self.precision == "year" else "%Y-%m")

    def summary(self) -> dict[str, Any]:
        """The position as the user checks it: dates as written, `end` None while current."""
        return {
            "company": self.company,
            "title": self.title,
            "start": self.when(self.start),
            "end": None if self.current else self.when(self.end),
            "location": self.location or None,
            "bullets": [b.text for b in self.bullets],
            "source": self.origin.source,
            "guessed": list(self.guesses),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "company": self.company,
            "origin": self.origin.to_dict(),
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "current": self.current,
            "bullets": [b.to_dict() for b in self.bullets],
            "location": self.location,
            "precision": self.precision,
            "guesses": list(self.guesses),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Position:
        return cls(
            title=data["title"],
            company=data["company"],
            origin=Origin.from_dict(data["origin"]),
            start=dt.date.fromisoformat(data["start"]) if data.get("start") else None,
            end=dt.date.fromisoformat(data["end"]) if data.get("end") else None,
            current=bool(data.get("current")),
            bullets=tuple(Bullet.from_dict(b) for b in data.get("bullets", [])),
            location=data.get("location") or "",
            precision=data.get("precision") or "month",
            guesses=tuple(data.get("guesses") or ()),
        )


@dataclass(frozen=True)
class Story:
    """A STAR story: situation, task, action, result, from a story bank."""

    title: str
    origin: Origin
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""

    @property
    def text(self) -> str:
        """The part that proves something: what was done and what came of it."""
        return " ".join(p.strip() for p in (self.action, self.result) if p.strip())

    def as_bullet(self) -> Bullet:
        return Bullet(self.text, self.origin, Channel.STORIES, self.title, kind="story")

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "origin": self.origin.to_dict(),
            "situation": self.situation,
            "task": self.task,
            "action": self.action,
            "result": self.result,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Story:
        return cls(
            data["title"],
            Origin.from_dict(data["origin"]),
            data.get("situation", ""),
            data.get("task", ""),
            data.get("action", ""),
            data.get("result", ""),
        )


@dataclass(frozen=True)
class Document:
    """Everything read from one file (or one LinkedIn export)."""

    source: str
    channel: Channel
    name: str | None = None
    headline: str | None = None
    summary: str | None = None
    positions: tuple[Position, ...] = ()
    skills: tuple[str, ...] = ()
    stories: tuple[Story, ...] = ()
    extra_bullets: tuple[Bullet, ...] = ()  # bullets outside any position (projects, summary)

    def bullets(self) -> list[Bullet]:
        """Every bullet of every position, then the loose ones, then story results."""
        found = [b for p in self.positions for b in p.bullets]
        found.extend(self.extra_bullets)
        found.extend(s.as_bullet() for s in self.stories if s.text)
        return found

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "channel": self.channel.value,
            "name": self.name,
            "headline": self.headline,
            "summary": self.summary,
            "positions": [p.to_dict() for p in self.positions],
            "skills": list(self.skills),
            "stories": [s.to_dict() for s in self.stories],
            "extra_bullets": [b.to_dict() for b in self.extra_bullets],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            source=data["source"],
            channel=Channel(data["channel"]),
            name=data.get("name"),
            headline=data.get("headline"),
            summary=data.get("summary"),
            positions=tuple(Position.from_dict(p) for p in data.get("positions", [])),
            skills=tuple(data.get("skills", [])),
            stories=tuple(Story.from_dict(s) for s in data.get("stories", [])),
            extra_bullets=tuple(Bullet.from_dict(b) for b in data.get("extra_bullets", [])),
        )


@dataclass(frozen=True)
class Materials:
    """All the user's imported documents, across channels."""

    documents: tuple[Document, ...] = field(default_factory=tuple)

    def bullets(self) -> list[Bullet]:
        return [b for d in self.documents for b in d.bullets()]

    def positions(self) -> list[Position]:
        return [p for d in self.documents for p in d.positions]

    def stories(self) -> list[Story]:
        return [s for d in self.documents for s in d.stories]

    def channel(self, channel: Channel) -> list[Document]:
        return [d for d in self.documents if d.channel is channel]

    def channels(self) -> set[Channel]:
        return {d.channel for d in self.documents}

    def headlines(self) -> list[tuple[Document, str]]:
        """(document, text) for every headline and summary, resume first."""
        found: list[tuple[Document, str]] = []
        for doc in sorted(self.documents, key=lambda d: list(Channel).index(d.channel)):
            found.extend((doc, text) for text in (doc.headline, doc.summary) if text)
        return found

    def to_dict(self) -> dict[str, Any]:
        return {"documents": [d.to_dict() for d in self.documents]}


@dataclass(frozen=True)
class SourceRow:
    """One imported source as listed to the user."""

    name: str
    channel: str
    imported_at: dt.datetime
    positions: int
    bullets: int
    stories: int
    replaced: bool = False
