"""A job title's role: the curated map of tech roles first, else O*NET's titles in the store."""

from __future__ import annotations

from functools import lru_cache

from levelset.errors import UnknownValue
from levelset.market.onet_titles import match_onet
from levelset.market.roles import Fetcher, RoleMatch, curated_names, match_curated


def resolve_role(text: str, store: Fetcher) -> RoleMatch:
    """A title's role: curated map first, else O*NET titles from the store.

    Raises UnknownValue with the closest titles when neither knows it.
    """
    if not text.strip():
        raise UnknownValue("title", text, curated_names()[:5])
    found = _resolve_cached(text.strip())
    if found is not None:
        return found
    from levelset.market.memo import per_store

    fetcher = store
    return per_store(store, ("onet_role", text.strip()), lambda: _onet_role(text.strip(), fetcher))


def _onet_role(text: str, store: Fetcher) -> RoleMatch:
    """O*NET: the title exactly; else a posting's title without its office, grade or remark,
    its opening job ("Executive Assistant - ..."), or the known title that opens it ("Security
    Engineer Technical Expert"); else the title without one qualifying word when that lands in a
    computer occupation ("Security Compliance Architect"); else the closest spelling
    (match_onet), which refuses with suggestions."""
    from dataclasses import replace

    from levelset.market.onet_titles import exact_onet
    from levelset.market.roles import clean_title
    from levelset.market.title_words import (
        leading_titles,
        opening_title,
        posting_tails,
        without_one_word,
    )

    found = exact_onet(text, store)
    if found is not None:
        return found
    for part in [*opening_title(text), *posting_tails(text), *leading_titles(text)]:
        found = match_curated(part) or exact_onet(part, store)
        if found is not None:
            why = f"{found.why} (read from {text!r} as {part!r}: office, grade or remark set aside)"
            return replace(found, text=text, why=why)
    for reading in [text, *posting_tails(text)]:
        clean = clean_title(reading)
        for part in without_one_word(clean.core):
            found = match_curated(part) or exact_onet(part, store)
            # a guess is taken only inside the computer occupations: "Research Operations
            # Coordinator" is no "Research Coordinator" (natural sciences managers)
            if found is not None and found.socs[0].soc.startswith("15-"):
                why = f"{found.why} (read from {text!r} as {part!r}: one qualifying word set aside)"
                levels = " ".join(clean.level_words) or None
                return replace(found, text=text, why=why, level_hint=found.level_hint or levels)
    return match_onet(text, store)


@lru_cache(maxsize=2048)
def _resolve_cached(text: str) -> RoleMatch | None:
    return match_curated(text)
