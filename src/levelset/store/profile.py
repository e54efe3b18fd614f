"""Reading and writing the target profile: one row per workspace owner.

Which row belongs to which owner is decided in one place, `_owner_row`: today the user's own
profile is row 1; a coach's clients (a later issue) extend that mapping, nothing else.
"""

from __future__ import annotations

import json

from sqlalchemy import Column, DateTime, Integer, String, Table, Text, select

from levelset.bands import Band
from levelset.errors import NotFound
from levelset.profile.model import Profile, Track
from levelset.store.db import Store
from levelset.store.schema import metadata

profile_table = Table(
    "profile",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200)),
    Column("target_title", String(200)),
    Column("target_band", String(40)),
    Column("locations", Text, nullable=False, default="[]"),
    Column("track", String(20), nullable=False, default="ic"),
    Column("positioning", Text),
    Column("current_base", Integer),
    Column("currency", String(3), nullable=False, default="USD"),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)


OWN_PROFILE_ROW = 1  # the user's own profile (owner None)


def _owner_row(owner: str | None) -> int:
    """The profile row of this owner (None: the user themselves)."""
    if owner is not None:
        raise NotFound(
            f"no profile for client {owner!r}",
            hint="client profiles come with the coach workspace; leave the client out",
        )
    return OWN_PROFILE_ROW


def load_profile(store: Store, owner: str | None = None) -> Profile:
    """The owner's stored profile, or an empty one if none was saved yet."""
    row_id = _owner_row(owner)
    with store.begin() as conn:
        row = (
            conn.execute(select(profile_table).where(profile_table.c.id == row_id))
            .mappings()
            .first()
        )
    if row is None:
        return Profile()
    return Profile(
        name=row["name"],
        target_title=row["target_title"],
        target_band=Band(row["target_band"]) if row["target_band"] else None,
        locations=tuple(json.loads(row["locations"] or "[]")),
        track=Track(row["track"]),
        positioning=row["positioning"],
        current_base=row["current_base"],
        currency=row["currency"],
    )


def save_profile(store: Store, profile: Profile, owner: str | None = None) -> Profile:
    """Store the owner's profile, replacing the one saved before."""
    row_id = _owner_row(owner)
    values = {
        "name": profile.name,
        "target_title": profile.target_title,
        "target_band": profile.target_band.value if profile.target_band else None,
        "locations": json.dumps(list(profile.locations)),
        "track": profile.track.value,
        "positioning": profile.positioning,
        "current_base": profile.current_base,
        "currency": profile.currency,
        "updated_at": store.now(),
    }
    with store.begin() as conn:
        where = profile_table.c.id == row_id
        exists = conn.execute(select(profile_table.c.id).where(where)).first()
        if exists:
            conn.execute(profile_table.update().where(where).values(**values))
        else:
            conn.execute(profile_table.insert().values(id=row_id, **values))
    return profile
