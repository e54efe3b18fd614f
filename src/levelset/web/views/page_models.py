"""Typed view models of the web's pages and their JSON twins.

Each page's view builds its model from the app layer's answer; the template and the `.json`
twin both read the model (web/pages.render_page, json_response), and the OpenAPI schema of
the twin is generated from it. Parts that are the core's own JSON (an offer's valuation, a
plan's weeks, a bullet's scores) are kept as that JSON, typed as objects: their shape is the
CLI's `--json`, documented in docs/cli.md.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import ConfigDict, Field, PlainSerializer, WithJsonSchema

from levelset.jsonable import to_jsonable
from levelset.web.pages import ViewModel

Json = dict[str, Any]


class CoreJson(ViewModel):
    """A part that is the core's own JSON: the fields named here are typed and documented;
    keys a later core version adds pass through unchanged, as the CLI's `--json` shows them."""

    model_config = ConfigDict(frozen=True, extra="allow")


# ---- offers -------------------------------------------------------------------------------


class StoredOffer(CoreJson):
    """One stored offer: its number, when it was stored, the offer as its file would say."""

    id: int
    created_at: str
    offer: Json


class Comparison(CoreJson):
    """The compared offers in one currency, with the highest of each measure."""

    currency: str
    winners: dict[str, str] = Field(description="measure -> the label of the offer ahead on it")
    offers: list[Json] = Field(description="each offer's label, id, valuation and placement")
    rates_used: list[Json] = Field(default_factory=list)


class OffersPage(ViewModel):
    """The offers page and its JSON twin."""

    available: bool
    offers: list[StoredOffer]
    compared: list[int] = Field(description="ids of the offers in the comparison")
    refreshers: str | None = None
    growth: float | None = Field(None, description="assumed share price change a year, %")
    living: Json | None = Field(
        None,
        description="only when you give cost-of-living ratios: the reference place, your "
        "ratios (source: your figure; levelset ships no index) and each offer's year-1 and "
        "4-year totals in the reference place's terms, by offer id",
    )
    comparison: Comparison | None = None
    editing: Json | None = Field(None, description="an offer's fields copied into the form")


# ---- tracking -----------------------------------------------------------------------------


class Event(CoreJson):
    """One tracked event, as `levelset track list --json` shows it."""

    id: int | None = None
    kind: str
    date: str
    application: str | None = None
    company: str | None = None
    role: str | None = None
    channel: str | None = None
    resume_version: str | None = None
    variant: str | None = None
    outcome: str | None = None
    stage: str | None = None
    negotiation_id: str | None = None
    note: str | None = None


class Metrics(CoreJson):
    """The progress metrics, as `levelset metrics --json` gives them."""

    as_of: str
    since: str | None = None
    source: Json = Field(description="the events read: name, events, attempts, as_of")
    funnel: list[Json]
    rates: list[Json] = Field(description="response rates per group with n and 95% interval")
    response_time: Json | None = None
    weekly: list[Json] = Field(default_factory=list)
    negotiations: list[Json] = Field(default_factory=list)
    negotiation_summary: Json | None = None
    narrative: list[Json] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    practice: Json | None = None


class TrackingPage(ViewModel):
    """The tracking page and its JSON twin."""

    available: bool
    since: dt.date | None = None
    metrics: Metrics
    events: list[Event] = Field(description="this page of events, newest first")
    event_count: int
    page: int
    pages: int
    experiments: list[Json] = Field(description="each experiment's arms, n and verdict so far")
    practice_sessions: list[Json] = Field(
        default_factory=list,
        description="every kept practice session, newest first: id, kind, company, score, on",
    )


# ---- plan ---------------------------------------------------------------------------------


class Plan(CoreJson):
    """The dated 30-day plan, as `levelset plan show --json` gives it."""

    start: str
    focus: str
    weeks: list[Json]
    signal: Json | None = None
    blocks: list[Json] = Field(default_factory=list)
    completes: list[str] = Field(default_factory=list)
    deadline: str | None = None
    company: str | None = None
    end: str
    progress: Json


class Review(CoreJson):
    """This week's review: done and open items, the week's numbers, questions, answers."""

    week: Json
    done: list[Json]
    open: list[Json]
    numbers: Json | None = Field(description="the week's counts; null before any tracking")
    negotiation: list[Json] = Field(default_factory=list)
    scores: list[str] = Field(default_factory=list)
    signal: str
    questions: list[str]
    answers: Json
    hint: str | None = None


class PlanPage(ViewModel):
    """The plan page and its JSON twin (plan and review null before a plan is made)."""

    available: bool
    plan_id: int | None = None
    plan: Plan | None
    week: int | None = None
    review: Review | None


# ---- proof --------------------------------------------------------------------------------


class Source(CoreJson):
    """One imported file: what it brought."""

    name: str
    channel: str
    imported_at: str
    positions: int
    bullets: int
    stories: int
    replaced: bool


class ProofReport(CoreJson):
    """The proof report, as `levelset proof report --json` gives it."""

    target: Json
    sources: list[str]
    positions: list[Json]
    bullets: list[Json] = Field(description="each bullet's score, signals and rewrite")
    checklist: list[Json]
    checklist_passed: str
    scan: Json
    consistency: Json | None = None


class ProofPage(ViewModel):
    """The proof page and its JSON twin (report and level null before any import)."""

    available: bool
    sources: list[Source]
    report: ProofReport | None
    level: Json | None = Field(description="the level estimate, as `levelset level estimate`")


# ---- ladder -------------------------------------------------------------------------------


class LadderPage(ViewModel):
    """The level ladder page and its JSON twin (`building` only while the market store is
    first built; the ladder is then null)."""

    asked: Json = Field(description="the query as asked: company, role, place, offer")
    building: Json | None = Field(None, description="the market store's first build: step, %")
    ladder: Json | None = Field(
        description="rungs (highest first, each with the market's P25/median/P75 and its "
        "source), the estimate, target and offer placed on it, notes"
    )


# ---- equity -------------------------------------------------------------------------------


class EquityPage(ViewModel):
    """The equity what-if page and its JSON twin (result and slider null until a grant is
    known)."""

    fields: Json = Field(description="the fields used (typed, else the offer's)")
    result: Json | None = Field(
        description="price per share at the exit, ownership, each vesting year's vested "
        "shares, gross value, exercise cost and net value, tax note, assumptions"
    )
    slider: Json | None = Field(description="the exit's range control: field, value, min, max")
    offer: str | None = Field(description="the stored offer the grant came from")
    offers: list[Json] = Field(description="stored offers with equity: id and label")
    notes: list[str]


# ---- board --------------------------------------------------------------------------------


class BoardPage(ViewModel):
    """The job board page and its JSON twin."""

    columns: list[Json] = Field(description="each stage column: column, label and its cards")
    follow_ups_due: int
    moves: list[Json] = Field(description="where a card can be moved: to, label")
    stale_days: int = Field(description="days without news after which a card is stale")


# ---- proof positions ----------------------------------------------------------------------


class PositionsPage(ViewModel):
    """The positions page (read from the imported files, corrections applied) and its twin."""

    positions: list[Json] = Field(
        description="each position: number, title, company, dates, place, bullets, guesses"
    )
    stale_corrections: int = Field(description="corrections whose position is no longer read")
    corrections: int = Field(0, description="stored corrections (undo takes back the last)")


# ---- practice -----------------------------------------------------------------------------


class PracticePage(ViewModel):
    """The practice page (a mock negotiation call) and its JSON twin."""

    available: bool
    companies: list[str] = Field(description="negotiations with an offer, to rehearse")
    company: str | None
    difficulty: str
    seed: int
    answers: list[str] = Field(description="the answers so far, in order")
    moves: list[Json] = Field(
        description="each with recruiter, answer, score, stance, costly_phrase, better_line"
    )
    next: Json | None = Field(description="the recruiter's next line: kind, recruiter")
    session: Json | None = Field(description="when the call is over: score, fix_next, transcript")


# ---- negotiation --------------------------------------------------------------------------


class NegotiationSummary(ViewModel):
    """One negotiation's company and step."""

    company: str
    step: str
    step_label: str
    step_meaning: str
    events: int = Field(description="the record's events in effect")


class NegotiationsPage(ViewModel):
    """The negotiations page and its JSON twin."""

    available: bool
    negotiations: list[NegotiationSummary]
    offers: list[Json] = Field(description="stored offers to start from: id, company, label")


class NegotiationPage(ViewModel):
    """One negotiation's page and its JSON twin (the summary's fields, then the record's)."""

    available: bool
    company: str
    step: str
    step_label: str
    step_meaning: str
    events: int = Field(description="the record's events in effect")
    steps: list[Json] = Field(description="the five steps: step, title, state")
    closed: bool
    timeline: list[Json] = Field(description="the events in effect, newest first")
    verbal_only: bool
    anchor: Json | None = Field(description="the logged anchor and its asks")
    outcome: Json
    drafts: list[Json] = Field(description="each draft kind's latest version and its score")
    offers: list[Json] = Field(description="stored offers: id, label")


# ---- playbook -----------------------------------------------------------------------------

BOOK_SCHEMA = {
    "type": "object",
    "additionalProperties": True,
    "description": "the playbook, as `levelset playbook --json` gives it: title, subtitle, "
    "topic, person, made_on, sections (each with key, title and blocks), sources",
}


class PlaybookPage(ViewModel):
    """The playbook page and its JSON twin. The view keeps the core's Playbook value (the
    page renders its HTML from it); the twin answers that value's JSON."""

    available: bool
    topic: str = Field(description="salary, leveling or negotiation")
    playbook: Annotated[Any, PlainSerializer(to_jsonable), WithJsonSchema(BOOK_SCHEMA)]
