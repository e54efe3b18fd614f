"""Reading and writing the target profile: one row per owner.

The store's owner scope (`store.ownership`) picks the row: the queries here name no owner.
"""

from __future__ import annotations

import json

from sqlalchemy import Column, DateTime, Index, Integer, String, Table, Text, select

from levelset.bands import Band
from levelset.profile.model import Profile, Track
from levelset.store.db import Store
from levelset.store.ownership import owned, owner_column
from levelset.store.schema import metadata

profile_table = owned(
    Table(
        "profile",
        metadata,
        owner_column(),
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
        Index("uq_profile_client", "client_id", unique=True),
    )
)


def load_profile(store: Store) -> Profile:
    """The store owner's profile, or an empty one if none was saved yet."""
    with store.read() as conn:
        row = conn.execute(select(profile_table)).mappings().first()
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


def save_profile(store: Store, profile: Profile) -> Profile:
    """Store the owner's profile, replacing the one saved before."""
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
        exists = conn.execute(select(profile_table.c.id)).first()
        if exists:
            conn.execute(profile_table.update().values(**values))
        else:
            conn.execute(profile_table.insert().values(**values))
    return profile
