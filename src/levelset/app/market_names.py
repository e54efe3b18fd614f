"""Reading the titles and places a user types: the market use cases' own look-ups.

Kept apart from app/market.py so that the use cases that match the user's own evidence to a
range can resolve names without depending on the range use case itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from levelset import market
from levelset.app.workspace import Progress, Workspace

if TYPE_CHECKING:
    from levelset.market.areas import Place
    from levelset.market.roles import RoleMatch


def resolve_role(ws: Workspace, title: str, progress: Progress | None = None) -> RoleMatch:
    """The role of a job title; the market store is opened only for an O*NET look-up."""
    from levelset.market.roles import match_curated
    from levelset.market.title_tech import read_before_curated

    found = None if read_before_curated(title) else match_curated(title)
    if found is not None:
        return found
    return market.resolve_role(ws.market(progress), title)


def resolve_place(ws: Workspace, text: str, progress: Progress | None = None) -> Place:
    return market.resolve_place(ws.market(progress), text)
