"""The web door's fixtures (an in-process client, a built market) for the coach's tests."""

from tests.web.conftest import (  # noqa: F401 (fixtures pytest finds by name)
    app,
    built_market,
    client,
    market,
    migrated_records,
)
