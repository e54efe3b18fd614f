"""Funnel, rates with intervals, time to first reply, weekly trend, negotiation results."""

from __future__ import annotations

import datetime as dt

import pytest

from levelset.negotiation import Event as NegotiationEvent
from levelset.negotiation import EventKind as NegotiationKind
from levelset.negotiation import NegotiationRecord
from levelset.offers import parse_offer
from levelset.tracking import (
    Channel,
    Event,
    EventKind,
    Outcome,
    ScorePoint,
    compute_metrics,
)
from levelset.tracking.stats import wilson
from tests.tracking.conftest import TODAY, application, follow

MONDAY = dt.date(2026, 9, 7)


def _sheet() -> list[Event]:
    """Ten referral and ten job-board applications over two weeks, with known replies."""
    events: list[Event] = []
    for i in range(20):
        channel = Channel.REFERRAL if i < 10 else Channel.JOB_BOARD
        sent = application(
            f"co{i}",
            MONDAY + dt.timedelta(days=i % 10),
            channel=channel,
            variant="a" if i % 2 else "b",
        )
        events.append(sent)
        if i < 6:  # six referrals get a positive reply after 2..7 days, four go on to interview
            reply = follow(
                sent, EventKind.RESPONSE, sent.date + dt.timedelta(days=2 + i), Outcome.POSITIVE
            )
            events.append(reply)
            if i < 4:
                events.append(follow(sent, EventKind.INTERVIEW, reply.date + dt.timedelta(days=3)))
        elif i in (10, 11):  # two job-board applications are rejected after 10 days
            events.append(follow(sent, EventKind.REJECTION, sent.date + dt.timedelta(days=10)))
    events.append(follow(events[0], EventKind.OFFER, MONDAY + dt.timedelta(days=30)))
    return events


def test_funnel_counts_each_application_once_per_stage() -> None:
    metrics = compute_metrics(_sheet(), TODAY)
    assert metrics.funnel == (("Applied", 20), ("Responded", 8), ("Interviewed", 4), ("Offered", 1))


def test_rates_by_channel_carry_wilson_intervals_and_thin_flags() -> None:
    metrics = compute_metrics(_sheet(), TODAY)
    by = {(r.group, r.value, r.measure): r for r in metrics.rates}
    referral = by[("channel", "referral", "responded")]
    assert (referral.successes, referral.trials) == (6, 10)
    assert (referral.low, referral.high) == pytest.approx(wilson(6, 10))
    assert not referral.thin
    assert by[("channel", "job_board", "responded")].successes == 2
    assert by[("overall", "all", "positive")].successes == 6
    assert by[("variant", "a", "responded")].trials == 10
    assert by[("resume_version", "not recorded", "responded")].trials == 20


def test_time_to_first_reply() -> None:
    times = compute_metrics(_sheet(), TODAY).response_time
    # replies after 2..7 days (six referrals) and rejections after 10 days (two)
    assert times.n == 8
    assert (times.fastest, times.slowest) == (2, 10)
    assert times.median_days == 5.5


def test_weekly_trend_groups_by_iso_week_of_the_attempt() -> None:
    weekly = compute_metrics(_sheet(), TODAY).weekly
    assert [w.week for w in weekly] == ["2026-W37", "2026-W38"]
    assert [w.attempts for w in weekly] == [14, 6]
    assert sum(w.responded for w in weekly) == 8
    assert not any(w.maturing for w in weekly)


def test_recent_attempts_are_left_out_of_rates_and_said_so() -> None:
    fresh = application("fresh", TODAY - dt.timedelta(days=2))
    metrics = compute_metrics([*_sheet(), fresh], TODAY)
    assert metrics.not_yet_counted == 1
    assert metrics.rates[0].trials == 20
    assert metrics.funnel[0] == ("Applied", 21)
    assert any("not in the rates yet" in n for n in metrics.notes)
    assert metrics.weekly[-1].maturing


def test_since_keeps_only_later_attempts() -> None:
    metrics = compute_metrics(_sheet(), TODAY, since=MONDAY + dt.timedelta(days=7))
    assert metrics.funnel[0] == ("Applied", 6)


def _record() -> NegotiationRecord:
    first = parse_offer(
        {"company": "Northwind", "currency": "USD", "base": 190000, "sign_on": [20000]}
    )
    final = parse_offer(
        {"company": "Northwind", "currency": "USD", "base": 205000, "sign_on": [35000]}
    )
    record = NegotiationRecord("Northwind")
    for kind, on, offer in (
        ("initial_offer", "2026-10-01", first),
        ("counter_sent", "2026-10-03", None),
        ("revised_offer", "2026-10-08", final),
        ("signed", "2026-10-12", None),
    ):
        record = record.append(
            NegotiationEvent(0, NegotiationKind(kind), dt.date.fromisoformat(on), offer=offer),
            today=TODAY,
        )
    return record


def test_negotiation_results_come_from_the_records() -> None:
    metrics = compute_metrics(_sheet(), TODAY, negotiations=[_record()])
    (outcome,) = metrics.negotiations
    assert outcome.base is not None and outcome.base.absolute == 15000
    assert set(outcome.levers_improved) >= {"base", "sign_on"}
    assert outcome.days_to_signature == 11
    data = metrics.to_dict()
    assert data["negotiations"][0]["days_to_signature"] == 11
    summary = data["negotiation_summary"]
    assert (summary["n"], summary["signed"], summary["median_days_to_signature"]) == (1, 1, 11)
    assert summary["median_base_change_pct"] == 7.9  # 190,000 -> 205,000


def test_narrative_scores_are_listed_in_date_order() -> None:
    points = [
        ScorePoint(dt.date(2026, 10, 5), 80, "ask", "Northwind", "v2"),
        ScorePoint(dt.date(2026, 10, 2), 45, "ask", "Northwind", "v1"),
    ]
    metrics = compute_metrics([], TODAY, narrative=points)
    assert [p.score for p in metrics.narrative] == [45, 80]
    assert metrics.funnel[0] == ("Applied", 0) and metrics.weekly == ()
