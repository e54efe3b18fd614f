"""Read-only resources: the user's records and the market data, each as the JSON its use case
returns (the same as the CLI's `--json`). A resource never fails on missing records: it says
what is missing instead."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple


class Resource(NamedTuple):
    uri: str
    name: str
    description: str
    use_case: Callable[[], Callable[..., Any]]  # imported on first read


def _profile() -> Callable[..., Any]:
    from levelset.app.profile import show_profile

    return show_profile


def _evidence() -> Callable[..., Any]:
    from levelset.app.leveling import proof_page

    return proof_page


def _market() -> Callable[..., Any]:
    from levelset.app.market import target_ranges

    return target_ranges


def _sources() -> Callable[..., Any]:
    from levelset.app.market import list_sources

    return list_sources


def _offers() -> Callable[..., Any]:
    from levelset.app.offers import list_offers

    return list_offers


def _negotiations() -> Callable[..., Any]:
    from levelset.app.negotiation import records_with_drafts

    return records_with_drafts


def _metrics() -> Callable[..., Any]:
    from levelset.app.tracking import metrics

    return metrics


def _experiments() -> Callable[..., Any]:
    from levelset.app.experiments import experiment_status

    return experiment_status


def _plan() -> Callable[..., Any]:
    from levelset.app.plan import plan_page

    return plan_page


RESOURCES = (
    Resource("levelset://profile", "profile", "The target: title, level, places, track, "
             "positioning and current pay.", _profile),
    Resource("levelset://evidence", "evidence", "Imported evidence (sources), the proof "
             "report and the level estimate with the items it used.", _evidence),
    Resource("levelset://market/target", "market-ranges", "Base-salary ranges for the profile's "
             "target in each of its places, every cell with source, release, area and n.",
             _market),
    Resource("levelset://offers", "offers", "Every stored offer, oldest first.", _offers),
    Resource("levelset://negotiations", "negotiations", "Every negotiation record: its "
             "events, outcome and the latest draft of each kind.", _negotiations),
    Resource("levelset://tracking/metrics", "tracking-metrics", "The funnel, response rates "
             "with intervals, weekly trend and negotiation results.", _metrics),
    Resource("levelset://tracking/experiments", "experiments", "Every experiment with its "
             "arms, probability and verdict so far.", _experiments),
    Resource("levelset://plan", "plan", "The current 30-day plan with its ticks and this "
             "week's review.", _plan),
    Resource("levelset://sources", "data-sources", "The market datasets: publisher, "
             "licence, release, rows and how to cite each.", _sources),
)  # fmt: skip
