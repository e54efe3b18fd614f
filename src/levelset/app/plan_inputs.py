"""Gathering the plan's inputs: each capability's records read over the workspace.

Every part is read on its own; a capability that is missing, empty or unavailable leaves its
part as None (with a note when it failed for a reason the user can fix), and the plan then
says which input would complete it. The pure converters live in `levelset.plan.adapters`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from levelset.app.workspace import Workspace
from levelset.errors import LevelsetError
from levelset.plan.inputs import (
    LevelInput,
    MarketInput,
    OfferInput,
    PlanInputs,
    ProofInput,
    TrackingInput,
)
from levelset.profile.model import Profile

if TYPE_CHECKING:
    from levelset.app.proof_analysis import Readings

T = TypeVar("T")


def attempt(name: str, read: Callable[[], T], notes: list[str]) -> T | None:
    """The part `read` returns, or None when its capability is absent or cannot answer."""
    try:
        return read()
    except ImportError:  # that capability is not installed in this build
        return None
    except LevelsetError as error:
        notes.append(f"{name}: {error.message}" + (f" ({error.hint})" if error.hint else ""))
        return None


def gather(ws: Workspace) -> PlanInputs:
    """Everything the plan and the playbook can use from this workspace, each part optional."""
    from levelset.app.profile import show_profile

    profile = show_profile(ws)
    notes: list[str] = []
    proof_level = attempt("proof", lambda: read_proof(ws, profile), notes)
    proof, level = proof_level if proof_level else (None, None)
    offer = attempt("offer", lambda: read_offer(ws), notes)
    market = attempt("market", lambda: read_market(ws, profile, offer), notes)
    tracking = attempt("tracking", lambda: read_tracking(ws), notes)
    return PlanInputs(
        profile, proof, level, market, offer, tracking, tuple(notes), today=ws.today()
    )


def gather_for_review(ws: Workspace) -> PlanInputs:
    """What a week's review shows (plan/review.py): the tracking and the offer's negotiation
    steps. It shows no proof, level, market, value or anchor, so none is read: each costs a
    cold command tenths of a second, and the review's lines no longer wait on the market
    knowing the offer's role."""
    from levelset.app.profile import show_profile

    notes: list[str] = []
    offer = attempt("offer", lambda: read_offer_steps(ws), notes)
    tracking = attempt("tracking", lambda: read_tracking(ws), notes)
    return PlanInputs(
        show_profile(ws), None, None, None, offer, tracking, tuple(notes), today=ws.today()
    )


def read_proof(ws: Workspace, profile: Profile) -> tuple[ProofInput | None, LevelInput | None]:
    """Proof and level inputs from the stored materials; (None, None) when none imported.
    Kept in the store for the same documents, corrections, profile and code
    (`app.proof_analysis`): a cold command reads them back instead of every bullet again."""
    from levelset.app.proof_analysis import kept_or_made

    return kept_or_made(ws, profile, lambda readings: analysed(ws, profile, readings))


def analysed(
    ws: Workspace, profile: Profile, readings: Readings | None = None
) -> tuple[ProofInput | None, LevelInput | None]:
    """Proof and level inputs made afresh from the stored materials; with `readings`, each
    bullet's reading served from those kept when its text and the code are unchanged."""
    from levelset.app.proof import load_materials
    from levelset.leveling import estimate_level
    from levelset.plan.adapters.proof import level_input, proof_input
    from levelset.proof import analyse
    from levelset.proof.agreement import Understood

    materials = load_materials(ws)
    if not materials.documents:
        return None, None
    known = None
    if readings is not None:
        from levelset.proof.scan import first_sentences

        known = readings.of(b.text for b in materials.bullets())
        readings.features_of(s for _, s in first_sentences(materials))  # what the scan reads
    report = analyse(materials, profile, understood=known)
    if not report.bullets:
        return None, None
    read = {b.bullet.text: Understood(b.features, b.band) for b in report.bullets}
    estimate = estimate_level(
        materials,
        profile.target_band,
        target_title=profile.target_title,
        target_source="profile",
        understood=read,  # the report read every bullet already
    )
    return proof_input(report), level_input(estimate)


def _records(ws: Workspace) -> list[Any]:
    from levelset.store.negotiations import list_records

    return list(list_records(ws.store))


def _last_stored_offer(ws: Workspace) -> Any:
    from levelset.store.offers import list_offers

    stored = list_offers(ws.store)
    return stored[-1].offer if stored else None


def _in_hand(ws: Workspace) -> tuple[Any, Any] | None:
    """The offer in hand and its open negotiation (None for a stored offer alone); None when
    no offer is stored or every negotiation is closed."""
    from levelset.plan.adapters.offers import open_record

    records = _records(ws)
    record = open_record(records, ws.today())
    if record is not None:
        return record.current_offer, record
    if records:  # signed or declined: nothing left to negotiate
        return None
    offer = _last_stored_offer(ws)
    return (offer, None) if offer is not None else None


def read_offer(ws: Workspace) -> OfferInput | None:
    """The offer in hand, or None when no offer is stored or every negotiation is closed."""
    from levelset.plan.adapters.offers import offer_input

    found = _in_hand(ws)
    if found is None:
        return None
    offer, record = found
    return offer_input(offer, record, _anchor(ws, record, offer))


def read_offer_steps(ws: Workspace) -> OfferInput | None:
    """The offer in hand with its negotiation's steps, neither valued nor anchored."""
    from levelset.plan.adapters.offers import offer_steps

    found = _in_hand(ws)
    return offer_steps(*found) if found is not None else None


def _anchor(ws: Workspace, record: Any, offer: Any) -> Any:
    """The anchor logged in the record, else the one `levelset negotiate anchor` would give."""
    from levelset.app.negotiation import anchor_for
    from levelset.negotiation import anchor_from_dict

    data = record.anchor_data if record is not None else None
    return anchor_from_dict(dict(data)) if data else anchor_for(ws, offer).anchor


def open_deadline(ws: Workspace) -> tuple[str, dt.date | None] | None:
    """The company and recorded deadline of the negotiation a new plan would follow."""
    from levelset.plan.adapters.offers import deadline_of, open_record

    records = _records(ws)
    record = open_record(records, ws.today())
    if record is not None:
        return str(record.current_offer.company), deadline_of(record)
    offer = None if records else _last_stored_offer(ws)  # as read_offer: a stored offer alone
    return (str(offer.company), None) if offer is not None else None


def read_market(ws: Workspace, profile: Profile, offer: OfferInput | None) -> MarketInput | None:
    """The range for the target role, level and first place; None without a title."""
    from levelset.app.market import market_range
    from levelset.plan.adapters.market import in_currency, market_input, too_thin

    title = profile.target_title or (offer.role if offer else None)
    if not title:
        return None
    level = profile.target_band.value if profile.target_band else (offer.level if offer else None)
    # Without a place of their own, the offer's place: the anchor is read there too.
    place = profile.locations[0] if profile.locations else (offer.location if offer else None)
    # The shipped sources are in US dollars: the offer is placed in dollars.
    in_usd = in_currency(offer, "USD") if offer is not None else None
    report = market_range(
        ws, title, level, place, offer=float(in_usd) if in_usd is not None else None
    )
    if not any(c.shown for c in report.ranges):
        raise too_thin(title, level, place)
    made = market_input(report)
    if offer is None:
        return made
    base = in_currency(offer, made.currency)
    placed = made.currency == "USD" and base is not None
    made = dataclasses.replace(
        made,
        offer_base=base,
        offer_percentile=made.offer_percentile if placed else None,
        offer_band=made.offer_band if placed else None,
    )
    return _placed_at_home(ws, made, title, level, place, offer, in_usd)


def _placed_at_home(
    ws: Workspace,
    made: MarketInput,
    title: str,
    level: str | None,
    place: str | None,
    offer: OfferInput,
    in_usd: Decimal | None,
) -> MarketInput:
    """An offer for another area than the target's is placed in its own area's range, as the
    anchor and `offer compare` place it, and says which area that is: a Seattle target with an
    Austin offer reads the offer against Austin, never Seattle's numbers under Austin's name."""
    from levelset.app.market import market_range
    from levelset.plan.adapters.market import market_input

    if not offer.location or offer.location == place or in_usd is None:
        return made
    try:
        report = market_range(ws, title, level, offer.location, offer=float(in_usd))
    except LevelsetError:  # a place the market cannot read: the range's own area is named
        return made
    if report.place is None or report.place.name == made.location:
        return made
    own = market_input(report)
    placed = own.currency == "USD"
    return dataclasses.replace(
        made,
        offer_percentile=own.offer_percentile if placed else None,
        offer_band=own.offer_band if placed else None,
        offer_source=own.offer_source,
        offer_area=report.place.name,
    )


def read_tracking(ws: Workspace) -> TrackingInput | None:
    """Tracking input from the tracked events and metrics; None when nothing is tracked yet."""
    from levelset.app.practice import peer_heard, practice_history
    from levelset.app.tracking import list_events, metrics
    from levelset.plan.adapters.tracking import tracking_input

    events, found, kept = list_events(ws), metrics(ws), practice_history(ws)
    practice = tuple((p.on, p.kind, p.score) for p in kept)
    if not events and not found.negotiations and not found.narrative and not practice:
        return None
    made = tracking_input(found, events)
    return dataclasses.replace(made, practice=practice, peer=peer_heard(ws, kept))
