"""What each tool returns, as pydantic models: the SDK makes their JSON schemas the tools'
output schemas at build time (levelset.mcp.declared, into tools.json), and the server checks
every result against them. Read at build time and by the type checker, never by the server.

The fields named here are the ones an assistant needs to cite a number (source, dataset,
release, area, n) or to say "not enough data" (`hidden`); the rest of each use case's JSON
(the same as the CLI's `--json`) passes through as extra fields.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Output(BaseModel):
    """A tool result: the named fields, plus whatever else the use case's JSON carries."""

    model_config = ConfigDict(extra="allow")


class SalaryRange(Output):
    query: dict[str, Any] = Field(description="What was asked and how it was read.")
    ranges: list[dict[str, Any]] = Field(
        description="One cell per source: source, label, dataset, area, release, basis, n, "
        "p10-p90 (null where a thin cell is hidden), flags and notes."
    )
    headline: dict[str, Any] | None = Field(
        description="The blended low/mid/high with its method and sources; null without data."
    )
    hidden: list[str] = Field(
        description='What the privacy rules hid and why: say "not enough data" for these.'
    )
    caveats: list[str] = Field(description="What a reader must know about the sources.")
    sources: list[str] = Field(description="Full citations of the datasets used.")


class LevelEstimate(Output):
    band: str = Field(description="The band the stored evidence supports.")
    confidence: float
    confidence_label: str
    target: str | None
    dimensions: list[dict[str, Any]] = Field(
        description="Per rubric dimension, the band and the evidence items (text and source "
        "file) that support it."
    )
    missing: list[str]
    warnings: list[str]
    evidence_items: int = Field(description="How many evidence items were read.")


class OfferValue(Output):
    offer: dict[str, Any] = Field(description="The stored offer: id, company, title, level, ...")
    valuation: dict[str, Any] = Field(description="The offer's value year by year.")


class OfferComparison(Output):
    offers: list[dict[str, Any]] = Field(description="The stored offers compared (id, company).")
    comparison: dict[str, Any] | None = Field(
        description="Side by side, each base placed in its market range; null with no offers."
    )
    notes: list[str] = Field(
        description="Why a market range is missing for an offer, and any base that looks "
        "mistyped (a total, or thousands left off)."
    )


class Anchor(Output):
    company: str
    notes: list[str] = Field(description="Why the market range is missing, when it is.")


class Draft(Output):
    company: str
    kind: str
    subject: str
    body: str = Field(description="The email text; levelset never sends it.")


class MessageScore(Output):
    score: float = Field(description="The narrative score, 0 to 100.")


class Pipeline(Output):
    source: dict[str, Any] = Field(description="Where the counts come from and as of when.")
    funnel: list[dict[str, Any]]
    rates: list[dict[str, Any]] = Field(
        description="Response rates with their n and 95% interval; `thin` when n is small."
    )


class Experiments(Output):
    experiments: list[dict[str, Any]]


class NextActions(Output):
    plan: bool = Field(description="False when no plan exists yet.")
    message: str | None = Field(default=None, description="What to do when there is no plan.")


class Stored(Output):
    stored: dict[str, Any] = Field(description="Exactly what was stored, with its id.")


class Ladder(Output):
    company: str | None = Field(description="The company whose ladder; null for the band scale.")
    role: str
    place: str | None
    rungs: list[dict[str, Any]] = Field(
        description="Highest band first: the company's level name, the band, and the market "
        "range at it (low/mid/high, what it measures, source, release, area, n), null where "
        "no range is shown."
    )
    notes: list[str] = Field(description="What is missing or assumed, e.g. no ladder known.")


class EquityWhatIf(Output):
    fields: dict[str, Any] = Field(description="The what-if's fields (given, else the offer's).")
    result: dict[str, Any] | None = Field(
        description="Price per share at the exit, ownership before and after the rounds, each "
        "vesting year's shares, gross value, exercise cost and net value (before tax), the tax "
        "note and the assumptions; null until shares and an exit are known."
    )
    notes: list[str]


class JobBoard(Output):
    columns: list[dict[str, Any]] = Field(
        description="Each stage column with its cards: company, role, channel, dates of the "
        "events behind it, contacts, next follow-up and interview dates."
    )
    follow_ups_due: int = Field(description="Cards whose follow-up date has come.")
