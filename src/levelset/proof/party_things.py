"""An outside party's word that names a thing, not an organisation: a channel ("social media"),
a program ("a Python client") or what a thing is for ("client-side", "media monitoring").
levelset.proof.party reads such a word as a domain, as it reads "support emails"."""

from __future__ import annotations

from levelset.proof.who import words


def a_thing(bare: list[str], i: int, after: str) -> bool:
    """An outside party's word naming a thing, not an organisation: a channel ("social media"),
    a program ("a Python client", "the Android client") or what a thing is for ("client-side",
    "client data", "media monitoring")."""
    word, before = bare[i], bare[i - 1] if i else ""
    if word == "media" and (before == "social" or after in _MEDIA_THINGS):
        return True
    return word == "client" and (before in _SOFTWARE or after in _CLIENT_THINGS)


# software a client is part of: "a Python client", "the feature store client", "HTTP client"
_SOFTWARE = words(
    "python java kotlin swift android ios http https rest grpc graphql api web mobile desktop "
    "sdk cli thin fat email mail ftp vpn store javascript typescript rust go c++ native "
    "lightweight async"
)
_CLIENT_THINGS = words(
    "side side-rendering library libraries code sdk sdks api apis portal integration "
    "integrations data database hardware software certificate certificates application "
    "applications tool tools loan pricing billing information requests app-side"
)
_MEDIA_THINGS = words(
    "monitoring usage encoder encoders files player players server servers pipeline pipelines "
    "assets kit kits buy buying analysis platforms accounts properties streaming processing"
)
