"""A playbook as renderer-neutral blocks: paragraphs, lists, checklists, tables, charts, Q&A.

Text is plain; `backticks` mark a command, which each renderer shows in its own way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Topic(StrEnum):
    SALARY = "salary"
    LEVELING = "leveling"
    NEGOTIATION = "negotiation"


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Check:
    text: str
    passed: bool
    evidence: str = ""


@dataclass(frozen=True)
class Checklist:
    items: tuple[Check, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Chart:
    svg: str
    caption: str


@dataclass(frozen=True)
class Quote:
    """A message or script the user can say or send, shown set apart."""

    text: str


@dataclass(frozen=True)
class QA:
    question: str
    answer: str


Block = Paragraph | Bullets | Checklist | Table | Chart | Quote | QA


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Playbook:
    """A personal guide, made on `made_on` for `person` from their own records."""

    title: str
    subtitle: str
    topic: Topic
    person: str
    made_on: dt.date
    sections: tuple[Section, ...]
    sources: tuple[str, ...]

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)
