"""Everything the plan and the playbook read, as plain values; each part may be missing.

The plan core never reaches into the store or another capability: an adapter
(`levelset.app.plan_inputs`) fills these values from the user's records, and tests build them
by hand. A part left as None means "not available yet"; the plan then says which input
would complete it instead of guessing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from levelset.bands import Band
from levelset.profile.model import Profile

if TYPE_CHECKING:
    from levelset.plan.peer import PeerHeard


@dataclass(frozen=True)
class Bullet:
    """One resume, LinkedIn or story line as the proof analysis scored it."""

    text: str
    source: str
    score: float
    has_metric: bool
    scope: str | None = None
    reasons: tuple[str, ...] = ()
    task_wording: bool = False
    ownership: bool = False
    scaffold: str | None = None


@dataclass(frozen=True)
class CheckItem:
    """One item of the proof checklist, passed or not, with the evidence found."""

    item: str
    passed: bool
    evidence: str = ""


@dataclass(frozen=True)
class ProofInput:
    """The proof analysis of the user's imported materials."""

    bullets: tuple[Bullet, ...]
    checklist: tuple[CheckItem, ...] = ()
    scan_line: str | None = None
    scan_passed: bool | None = None
    scan_missing: tuple[str, ...] = ()  # "the target role", "a measured outcome"
    scan_suggestion: str | None = None
    contradictions: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    @property
    def with_metric(self) -> tuple[Bullet, ...]:
        return tuple(b for b in self.bullets if b.has_metric)

    @property
    def without_metric(self) -> tuple[Bullet, ...]:
        """Bullets lacking a number, weakest first."""
        return tuple(sorted((b for b in self.bullets if not b.has_metric), key=lambda b: b.score))

    @property
    def strongest(self) -> tuple[Bullet, ...]:
        """Best first; the same claim imported from two channels counts once."""
        found: list[Bullet] = []
        kept_words: list[set[str]] = []  # each kept bullet's words, split once (issue 15)
        for bullet in sorted(self.bullets, key=lambda b: -b.score):
            words = _words(bullet.text)
            if not any(_shared(words, kept) for kept in kept_words):
                found.append(bullet)
                kept_words.append(words)
        return tuple(found)

    def failed(self) -> tuple[CheckItem, ...]:
        return tuple(c for c in self.checklist if not c.passed)


def _words(text: str) -> set[str]:
    return set("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _shared(first: set[str], second: set[str]) -> bool:
    """Most words shared: the same claim told on two channels."""
    return len(first & second) >= 0.6 * min(len(first), len(second), 12)


@dataclass(frozen=True)
class LevelInput:
    """The level the evidence supports and what is missing for the target."""

    band: Band
    confidence: str
    target: Band | None = None
    missing: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    items: int = 0  # the distinct proof items the estimate weighed


@dataclass(frozen=True)
class MarketRow:
    """One percentile range with its provenance (source, release, sample size)."""

    label: str
    source: str
    release: str
    n: int | None
    p10: float | None = None
    p25: float | None = None
    p50: float | None = None
    p75: float | None = None
    p90: float | None = None
    flags: tuple[str, ...] = ()
    note: str | None = None  # how a blended row was made; replaces the sample size
    age_months: int | None = None  # months from the release to today
    area: str | None = None  # the area the numbers are for (a wider one says so)
    currency: str | None = None  # where it differs from its MarketInput's (an anchor's range)
    n_counts: str | None = None  # what n counts: "employment (estimated jobs)", "certified filings"

    @property
    def age(self) -> str:
        """ "22 months old" for a row flagged dated (older than 12 months); empty otherwise."""
        if "dated" not in self.flags:
            return ""
        return f"{self.age_months} months old" if self.age_months is not None else "dated"

    @property
    def provenance(self) -> str:
        if self.note:  # a blend: the note names each source with its own sample size
            return self.note
        size = "sample size not published"
        if self.n is not None:  # what n counts, or a bare 98,090 reads as that many engineers
            size = f"n={self.n:,} {self.n_counts or 'of unstated kind'}"
        age = f", {self.age}" if self.age else ""
        return f"{self.source}, {self.release}{age}, {size}"


@dataclass(frozen=True)
class MarketInput:
    """The market range for the user's target role, level and place."""

    role: str
    level: str | None
    location: str | None
    currency: str
    rows: tuple[MarketRow, ...]
    headline: MarketRow | None = None
    caveats: tuple[str, ...] = ()
    offer_percentile: float | None = None
    offer_base: Decimal | None = None  # the offer's base in this range's currency, to mark it
    offer_source: str | None = None  # the range the offer is placed in: source, area, date, n
    offer_band: str | None = None  # "between P25 and P50": a thin range places it no finer
    offer_area: str | None = None  # the offer's own area, where it is not this range's

    @property
    def elsewhere(self) -> bool:
        """The offer is for another area than the one these ranges are for."""
        return self.offer_area is not None and self.offer_area != self.location

    @property
    def best(self) -> MarketRow | None:
        """The headline range, else the first row with a median."""
        if self.headline is not None and self.headline.p50 is not None:
            return self.headline
        return next((r for r in self.rows if r.p50 is not None), None)


@dataclass(frozen=True)
class LeverAsk:
    """One ask of the negotiation (base, sign-on, equity...) with its reason."""

    lever: str
    ask: str
    reason: str


@dataclass(frozen=True)
class OfferInput:
    """The offer in hand and the state of its negotiation."""

    company: str
    currency: str
    base: Decimal
    year1_total: Decimal | None = None
    four_year_total: Decimal | None = None
    received: dt.date | None = None
    deadline: dt.date | None = None
    step: str | None = None
    events: tuple[str, ...] = ()
    timeline: tuple[tuple[dt.date, str], ...] = ()  # dated events of the negotiation record
    anchor: Decimal | None = None
    target: Decimal | None = None
    walk_away: Decimal | None = None
    anchor_reason: str | None = None
    anchor_cited: str | None = None  # the reason with its source as the recruiter reads it
    anchor_source: str | None = None
    asks: tuple[LeverAsk, ...] = ()
    role: str | None = None
    level: str | None = None
    location: str | None = None  # the offer's place, where the profile names none
    market: MarketRow | None = None  # the range the anchor was read in (the offer's area)
    walk_away_area: str | None = None  # the area of the market figure the walk-away rests on

    @property
    def counter_sent(self) -> bool:
        return any(e in {"counter_sent", "counter"} for e in self.events)


@dataclass(frozen=True)
class TrackedEvent:
    """One dated job-search event (application, response, interview, offer...)."""

    date: dt.date
    kind: str
    company: str = ""
    channel: str | None = None
    outcome: str | None = None


@dataclass(frozen=True)
class ChannelRate:
    """Responses over attempts for one channel (or "all"), with a 95% interval if known."""

    channel: str
    sent: int
    responded: int
    low: float | None = None
    high: float | None = None
    thin: bool = False  # too few attempts to steer by


@dataclass(frozen=True)
class TrackingInput:
    """Job-search events and the tracking capability's metrics."""

    events: tuple[TrackedEvent, ...] = ()
    applied: int = 0
    responded: int = 0
    interviewed: int = 0
    offered: int = 0
    channels: tuple[ChannelRate, ...] = ()
    offer_delta: str | None = None
    levers_improved: int | None = None
    days_to_signature: int | None = None
    narrative_scores: tuple[tuple[dt.date, int], ...] = ()
    practice: tuple[tuple[dt.date, str, int | None], ...] = ()  # rehearsals: day, kind, score
    peer: tuple[PeerHeard, ...] = ()  # what peers heard, with what the sheet meant
    overall: ChannelRate | None = None  # the tracking capability's overall response rate
    notes: tuple[str, ...] = ()

    @property
    def response_rate(self) -> float | None:
        if self.overall is not None:
            return self.overall.responded / self.overall.sent if self.overall.sent else None
        return self.responded / self.applied if self.applied else None


@dataclass(frozen=True)
class PlanInputs:
    """All inputs of a plan or a playbook; any part may be None (not available yet)."""

    profile: Profile = field(default_factory=Profile)
    proof: ProofInput | None = None
    level: LevelInput | None = None
    market: MarketInput | None = None
    offer: OfferInput | None = None
    tracking: TrackingInput | None = None
    notes: tuple[str, ...] = ()  # why an input is missing, when an adapter knows
    today: dt.date | None = None  # when known, no negotiation step is dated before it

    def missing(self) -> list[str]:
        """Names of the inputs that are not available."""
        parts = {
            "proof": self.proof,
            "level": self.level,
            "market": self.market,
            "offer": self.offer,
            "tracking": self.tracking,
        }
        return [name for name, value in parts.items() if value is None]
