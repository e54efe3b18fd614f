"""The dated 30-day plan: weeks, checklist items, focus blocks, reviews, one signal."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Focus(StrEnum):
    """What the plan leans towards when choosing the first signal and the blocks."""

    SALARY = "salary"
    LEVELING = "leveling"
    NEGOTIATION = "negotiation"


class Phase(StrEnum):
    CLARIFY = "clarify"
    BUILD = "build"
    PRACTICE = "practice"
    EXECUTE = "execute"
    NEGOTIATE = "negotiate"


@dataclass(frozen=True)
class Draft:
    """An item before the builder gives it an id, a week and a due date."""

    text: str
    source: str
    command: str | None = None
    done_by: str | None = None  # "analysis" when the records already show it done
    phase: Phase | None = None
    due: dt.date | None = None  # fixed dates (the negotiation steps); else spread over the week


@dataclass(frozen=True)
class Item:
    """One checklist item: concrete, dated, and tied to the input it came from."""

    id: str
    week: int
    due: dt.date
    phase: Phase
    text: str
    source: str  # which input produced it: profile, proof, level, market, offer, tracking
    done: bool = False
    done_by: str | None = None  # "you" (ticked) or "analysis" (the records show it is done)
    command: str | None = None  # a levelset command that helps

    def ticked(self, by: str) -> Item:
        return dataclasses.replace(self, done=True, done_by=by)


@dataclass(frozen=True)
class Block:
    """A calendar slot: a 60-minute focus block or a 15-minute weekly review."""

    uid: str
    kind: str  # "focus" or "review"
    start: dt.datetime
    minutes: int
    title: str
    description: str


SIGNAL_SOURCES = {  # a signal's source key as the plan names it to the user
    "profile": "your profile",
    "proof": "your résumé's evidence",
    "market": "the market ranges",
    "tracking": "your tracked applications",
    "offer": "your stored offers",
    "level": "your level estimate",
}


@dataclass(frozen=True)
class Signal:
    """The one signal to fix first, why it was chosen, and how to tell it improved."""

    key: str
    title: str
    why: str
    measure: str
    source: str
    test: str = "one change to your opening message"  # what to vary in a two-week experiment


@dataclass(frozen=True)
class Week:
    number: int
    phase: Phase
    start: dt.date
    end: dt.date
    goal: str
    items: tuple[Item, ...]


PLAN_DAYS = 30  # the plan's span: weeks 1-3 of seven days, and week 4 of nine (days 22 to 30)


@dataclass(frozen=True)
class Plan:
    """A 30-day plan made on `created` from the inputs available then."""

    start: dt.date
    focus: Focus
    weeks: tuple[Week, ...]
    signal: Signal
    blocks: tuple[Block, ...]
    completes: tuple[str, ...]  # "import your resume with ... to get ..."
    deadline: dt.date | None = None
    company: str | None = None

    @property
    def end(self) -> dt.date:
        return self.weeks[-1].end

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for week in self.weeks for item in week.items)

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)

    def week_of(self, day: dt.date) -> int:
        """The week number (1-4) a day belongs to, clamped to the plan."""
        offset = (day - self.start).days // 7 + 1
        return max(1, min(offset, len(self.weeks)))

    def with_ticks(self, ticked: set[str]) -> Plan:
        """The plan with these item ids marked done by the user."""
        weeks = tuple(
            dataclasses.replace(
                w,
                items=tuple(
                    i.ticked("you") if i.id in ticked and not i.done else i for i in w.items
                ),
            )
            for w in self.weeks
        )
        return dataclasses.replace(self, weeks=weeks)

    def ticks_kept_from(self, earlier: Plan) -> set[str]:
        """Ids of this plan's items that the user ticked in `earlier` (the same words, as item
        ids are positions and move when the plan is made again)."""
        ticked = {_words(i.text) for i in earlier.items if i.done_by == "you"}
        return {i.id for i in self.items if _words(i.text) in ticked}

    def to_dict(self) -> dict[str, Any]:
        from levelset.jsonable import to_jsonable

        data = {f.name: to_jsonable(getattr(self, f.name)) for f in dataclasses.fields(self)}
        data["end"] = self.end.isoformat()
        done = sum(1 for i in self.items if i.done)
        data["progress"] = {"done": done, "total": len(self.items)}
        return data


def _words(text: str) -> str:
    return " ".join(text.casefold().split())
