"""Profile use cases: the target the workspace's owner aims at (title, level, places, pay)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from levelset.app.workspace import Workspace

if TYPE_CHECKING:
    from levelset.profile.model import Profile


def show_profile(ws: Workspace) -> Profile:
    """The owner's stored profile (an empty one before anything was set)."""
    from levelset.store.profile import load_profile

    return load_profile(ws.store)


def set_profile(
    ws: Workspace,
    *,
    name: str | None = None,
    title: str | None = None,
    level: str | None = None,
    places: Sequence[str] | None = None,
    track: str | None = None,
    positioning: str | None = None,
    current_base: int | None = None,
    currency: str | None = None,
) -> Profile:
    """Change the given fields (None keeps a field's value), validated, and store the profile."""
    from levelset.store.profile import save_profile

    changed = show_profile(ws).with_changes(
        name=name,
        target_title=title,
        target_band=level,
        locations=list(places) if places else None,
        track=track,
        positioning=positioning,
        current_base=current_base,
        currency=currency.upper() if currency else None,
    )
    return save_profile(ws.store, changed)
