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
    return per_store(store, ("onet_role", text.strip()), lambda: match_onet(text.strip(), fetcher))


@lru_cache(maxsize=2048)
def _resolve_cached(text: str) -> RoleMatch | None:
    return match_curated(text)
