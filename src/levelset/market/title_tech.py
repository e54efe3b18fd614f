"""Titles tech workers hold that O*NET files outside tech or does not list, read as the title
a tech worker means (curated/roles.yaml `tech_readings`): "Support Analyst" alone is O*NET's
customer service representative (43-4011), while in tech it is computer user support."""

from __future__ import annotations

from levelset.market.roles import Fetcher, RoleMatch, clean_title, match_curated, read_as


def tech_reading(text: str, store: Fetcher) -> RoleMatch | None:
    """The role of the title the map reads a tech title as, the title's level words kept
    ("Senior Technical Program Manager" is a senior IT project manager); None when the title
    (less its level words) is not in the map."""
    from levelset.market.curated import load
    from levelset.market.onet_titles import exact_onet

    clean = clean_title(text)
    readings = load("roles").get("tech_readings", {})
    # a level word the map's own name holds ("head of product") is the job's, no level
    meant, levels = readings.get(clean.core), clean.level_words
    if meant is None:
        meant, levels = readings.get(clean.full), ()
    if meant is None:
        return None
    found = match_curated(str(meant)) or exact_onet(str(meant), store)
    if found is None:
        return None
    why = f"{found.why} (read from {text!r} as {meant!r}: the job the title names in tech)"
    return read_as(found, text, why, levels)
