"""Reading and writing the target profile: one row per owner.

The store's owner scope (`store.ownership`) picks the row: the queries here name no owner.
"""

from __future__ import annotations

import json
from typing import Any

from levelset.bands import Band
from levelset.profile.model import Profile, Track
from levelset.store.db import Store
from levelset.store.prepared import read, reading
from levelset.store.prepared_writes import write, writing

_COLUMNS = (
    "name",
    "target_title",
    "target_band",
    "locations",
    "track",
    "positioning",
    "current_base",
    "currency",
    "updated_at",
)


@read("profile.load")
def _profile() -> Any:
    from sqlalchemy import select

    from levelset.store.profile_tables import profile_table

    return select(profile_table)


@write("profile.update")
def _update() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.profile_tables import profile_table

    # a SET's parameter may not share its column's name (SQLAlchemy's own)
    return profile_table.update().values({c: bindparam(f"new_{c}") for c in _COLUMNS})


@write("profile.add")
def _add() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.profile_tables import profile_table

    return profile_table.insert().values({c: bindparam(f"new_{c}") for c in _COLUMNS})


def load_profile(store: Store) -> Profile:
    """The store owner's profile, or an empty one if none was saved yet."""
    with reading(store, _profile) as rows:
        row = rows.first(_profile)
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
    given = {f"new_{c}": value for c, value in values.items()}
    with writing(store, [_update, _add], [_profile]) as writer:
        exists = writer.reads.first(_profile) is not None
        writer.run(_update if exists else _add, **given)
    return profile
