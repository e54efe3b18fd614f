"""The one adapter of the plan: fills PlanInputs from the records and the other capabilities.

Every part is read on its own; a capability that is missing, empty or unavailable leaves its
part as None with a note, and the plan then says which input would complete it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from levelset.plan.inputs import PlanInputs


def gather(store: Any, *, start: dt.date | None = None) -> PlanInputs:
    """Everything the plan and the playbook can use from this store, each part optional."""
    from levelset.store.profile import load_profile

    profile = load_profile(store)
    return PlanInputs(profile=profile)
