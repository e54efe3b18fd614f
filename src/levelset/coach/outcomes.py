"""Outcomes across clients: what negotiating gained, how fast, which channels answered, and
whether clients reached the level they aimed at; each figure with its n, small groups hidden
(`coach.disclosure`)."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from levelset.bands import Band
from levelset.coach.disclosure import Check, complementary, primary
from levelset.errors import InputError
from levelset.market.levels import parse_level
from levelset.negotiation.outcome import Outcome
from levelset.offers.model import Offer
from levelset.tracking.stats import wilson

GROUPINGS = ("level", "role", "place", "cohort")
ALL = "all clients"


@dataclass(frozen=True)
class ClientOutcome:
    """One client's results, as the roll-up reads them."""

    client: str
    groups: dict[str, str]  # grouping -> this client's group ("level" -> "senior")
    outcome: Outcome | None = None  # the signed negotiation, if any
    attempts: dict[str, tuple[int, int]] = field(
        default_factory=dict
    )  # channel -> (tried, answered)
    reached_target: bool | None = None  # reached the level aimed at (None: unknown)


@dataclass(frozen=True)
class Figure:
    """One figure of one group: its values (when shown), its n, or why it is hidden."""

    name: str
    n: int
    values: dict[str, Decimal] | None
    hidden: str = ""

    def to_dict(self) -> dict[str, Any]:
        shown = {"name": self.name, "n": self.n if self.values is not None else None}
        return shown | {"values": self.values, "hidden": self.hidden or None}


@dataclass(frozen=True)
class Group:
    name: str
    clients: int
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class Outcomes:
    grouping: str | None
    groups: tuple[Group, ...]


def reached_level(signed: Offer | None, target: Band | None) -> bool | None:
    """Whether the signed offer's level is at or above the band aimed at (None: unknown, when
    either is missing or the level cannot be read on the company's ladder)."""
    if signed is None or target is None or not signed.level:
        return None
    try:
        return parse_level(signed.level, signed.company).band >= target
    except InputError:
        return None


Extract = Callable[[ClientOutcome], tuple[Decimal, Decimal] | None]  # (value, weight)


def _delta(attr: str, percent: bool) -> Extract:
    def extract(c: ClientOutcome) -> tuple[Decimal, Decimal] | None:
        delta = getattr(c.outcome, attr, None) if c.outcome else None
        if delta is None or c.outcome is None or c.outcome.signed_on is None:
            return None
        value = delta.percent if percent else delta.absolute
        return None if value is None else (Decimal(value), abs(Decimal(value)))

    return extract


def _levers(c: ClientOutcome) -> tuple[Decimal, Decimal] | None:
    if c.outcome is None or c.outcome.signed_on is None:
        return None
    count = Decimal(len(c.outcome.levers_improved))
    return count, count


def _days(c: ClientOutcome) -> tuple[Decimal, Decimal] | None:
    days = c.outcome.days_to_signature if c.outcome else None
    return None if days is None else (Decimal(days), Decimal(days))


SPREADS: tuple[tuple[str, Extract], ...] = (
    ("year-1 total gained", _delta("year1_total", False)),
    ("year-1 total gained (%)", _delta("year1_total", True)),
    ("base gained", _delta("base", False)),
    ("base gained (%)", _delta("base", True)),
    ("levers improved", _levers),
    ("days to signature", _days),
)


def spread(name: str, pairs: Sequence[tuple[Decimal, Decimal]]) -> Figure:
    """Median and quartiles (inclusive method) of one value per client."""
    check = primary([w for _v, w in pairs])
    if not check.shown:
        return Figure(name, len(pairs), None, check.reason)
    q1, median, q3 = statistics.quantiles([v for v, _w in pairs], n=4, method="inclusive")
    values = {"q1": q1, "median": median, "q3": q3}
    return Figure(name, len(pairs), {k: _round(v) for k, v in values.items()})


def rate(name: str, counts: Sequence[tuple[int, int]]) -> Figure:
    """The pooled share answered, with its 95% Wilson interval."""
    check = primary([Decimal(tried) for tried, _answered in counts])
    tried = sum(t for t, _a in counts)
    if not check.shown or tried == 0:
        return Figure(name, len(counts), None, check.reason or "no attempts")
    answered = sum(a for _t, a in counts)
    low, high = wilson(answered, tried)
    values = {
        "rate": Decimal(answered) / tried,
        "low": Decimal(str(low)),
        "high": Decimal(str(high)),
    }
    return Figure(name, len(counts), {k: _round(v, 3) for k, v in values.items()})


def _round(value: Decimal, places: int = 1) -> Decimal:
    return Decimal(value).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


def figures(clients: Sequence[ClientOutcome]) -> list[Figure]:
    found = []
    for name, extract in SPREADS:
        found.append(spread(name, [p for c in clients if (p := extract(c)) is not None]))
    channels = sorted({ch for c in clients for ch in c.attempts})
    for channel in channels:
        counts = [c.attempts[channel] for c in clients if channel in c.attempts]
        found.append(rate(f"response rate: {channel}", counts))
    reached = [c.reached_target for c in clients if c.reached_target is not None]
    found.append(rate("reached the level aimed at", [(1, int(r)) for r in reached]))
    return found


def outcomes(clients: Sequence[ClientOutcome], grouping: str | None = None) -> Outcomes:
    """Every figure for all clients, and per group of `grouping` with complementary hiding."""
    total = Group(ALL, len(clients), tuple(figures(clients)))
    if grouping is None:
        return Outcomes(None, (total,))
    members: dict[str, list[ClientOutcome]] = {}
    for c in clients:
        members.setdefault(c.groups.get(grouping) or "unknown", []).append(c)
    raw = {g: figures(cs) for g, cs in sorted(members.items())}
    names = [f.name for f in total.figures]
    for index, name in enumerate(names):
        _hide_complements(raw, index, name)
    groups = [Group(g, len(members[g]), tuple(fs)) for g, fs in raw.items()]
    return Outcomes(grouping, (total, *groups))


def _hide_complements(raw: dict[str, list[Figure]], index: int, name: str) -> None:
    cells = {g: _cell(fs, name) for g, fs in raw.items()}
    sizes = {g: (f.n if f else 0) for g, f in cells.items()}
    checks = {g: Check(f is not None and f.values is not None) for g, f in cells.items()}
    for group, check in complementary(sizes, checks).items():
        figure = cells[group]
        if figure is not None and figure.values is not None and not check.shown:
            position = raw[group].index(figure)
            raw[group][position] = Figure(name, figure.n, None, check.reason)


def _cell(found: list[Figure], name: str) -> Figure | None:
    return next((f for f in found if f.name == name), None)
