"""The one adapter of the plan: fills PlanInputs from the records and the other capabilities.

Every part is read on its own; a capability that is missing, empty or unavailable leaves its
part as None (with a note when it failed for a reason the user can fix), and the plan then
says which input would complete it. Imports are local: the pure core never loads the store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from levelset.errors import LevelsetError
from levelset.plan.inputs import PlanInputs

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


def gather(store: Any, *, start: dt.date | None = None) -> PlanInputs:
    """Everything the plan and the playbook can use from this store, each part optional."""
    from levelset.store.profile import load_profile

    profile = load_profile(store)
    notes: list[str] = []
    proof_level = attempt("proof", lambda: _proof(store, profile), notes)
    proof, level = proof_level if proof_level else (None, None)
    offer = attempt("offer", lambda: _offer(store, profile), notes)
    market = attempt("market", lambda: _market(store, profile, offer), notes)
    tracking = attempt("tracking", lambda: _tracking(store), notes)
    return PlanInputs(
        profile, proof, level, market, offer, tracking, tuple(notes), today=dt.date.today()
    )


def _proof(store: Any, profile: Any) -> Any:
    from levelset.plan.adapters.proof import read_proof

    return read_proof(store, profile)


def _offer(store: Any, profile: Any) -> Any:
    from levelset.plan.adapters.offers import read_offer

    return read_offer(store, profile)


def _market(store: Any, profile: Any, offer: Any) -> Any:
    from levelset.plan.adapters.market import read_market

    return read_market(store, profile, offer)


def _tracking(store: Any) -> Any:
    from levelset.plan.adapters.tracking import read_tracking

    return read_tracking(store)
