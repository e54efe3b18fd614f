"""Tracked events and the tracking capability's metrics -> TrackingInput."""

from __future__ import annotations

from typing import Any

from levelset.plan.inputs import ChannelRate, TrackedEvent, TrackingInput
from levelset.plan.wording import money


def _rate(rate: Any, name: str) -> ChannelRate:
    return ChannelRate(name, rate.trials, rate.successes, rate.low, rate.high, rate.thin)


def _event(event: Any) -> TrackedEvent:
    return TrackedEvent(
        date=event.date,
        kind=event.kind.value,
        company=event.company,
        channel=event.channel.value if event.channel else None,
        outcome=event.outcome.value if event.outcome else None,
    )


def _delta(outcome: Any) -> str | None:
    base = outcome.base
    if base is None or base.absolute == 0:
        return None
    currency = outcome.currency or "USD"
    percent = f" ({base.percent:+}%)" if base.percent is not None else ""
    return (
        f"{outcome.company} base {money(base.initial, currency)} → "
        f"{money(base.final, currency)}{percent}"
    )


def tracking_input(metrics: Any, events: list[Any]) -> TrackingInput:
    """The plan's view of `levelset.tracking.Metrics` and the stored events."""
    funnel = dict(metrics.funnel)
    rates = [r for r in metrics.rates if r.measure == "responded"]
    overall = next((r for r in rates if r.group == "overall"), None)
    outcomes = [o for o in metrics.negotiations if o.offer_versions > 1 or o.signed_on]
    latest = outcomes[-1] if outcomes else None
    return TrackingInput(
        events=tuple(_event(e) for e in events),
        applied=funnel.get("Applied", 0),
        responded=funnel.get("Responded", 0),
        interviewed=funnel.get("Interviewed", 0),
        offered=funnel.get("Offered", 0),
        channels=tuple(_rate(r, r.value) for r in rates if r.group == "channel"),
        offer_delta=_delta(latest) if latest else None,
        levers_improved=len(latest.levers_improved) if latest else None,
        days_to_signature=latest.days_to_signature if latest else None,
        narrative_scores=tuple((p.on, p.score) for p in metrics.narrative),
        overall=_rate(overall, "all") if overall and overall.trials else None,
        notes=tuple(metrics.notes),
    )
