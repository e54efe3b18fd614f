"""Title and place reading on the hand-labelled corpus: the figures the docs quote hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.market.build import open_market
from tests.corpus.market_names import read_place, read_title, rows, title_ok
from tests.market.market_home import clock, market_paths


@pytest.fixture
def store(levelset_home: Path):  # type: ignore[no-untyped-def]
    return open_market(market_paths(levelset_home), now=clock)


# measured: tuning 100%, heldout 97.7%; real public-domain postings: tuning_tts 9/9,
# heldout_tts 12/16 (31.2% before office codes, O*NET on posting tails, opening titles and the
# management ladder's two word orders); Canadian Digital Service postings (MIT): tuning_cds
# 45/45, heldout_cds 36/44 measured blind (33/44 before this corpus's tuning), 37/44 after the
# rules tuned on ai-jobs.net titles (CC0, 115/120) and beta.gouv.fr French titles (75/79,
# not kept: CC BY-NC-SA)
TITLE_FLOORS = [
    ("tuning", 1.0),
    ("heldout", 0.95),
    ("tuning_tts", 1.0),
    ("heldout_tts", 0.75),
    ("tuning_cds", 1.0),
    ("heldout_cds", 0.84),
    ("tuning_aijobs", 0.95),
]


@pytest.mark.parametrize(("split", "at_least"), TITLE_FLOORS)
def test_titles_read_right_and_never_silently_outside_tech(store, split, at_least) -> None:  # type: ignore[no-untyped-def]
    data = rows("titles", split)
    found = [read_title(store, r[0]) for r in data]
    good = sum(title_ok(f, r[1], r[2]) for f, r in zip(found, data, strict=True))
    assert good / len(data) >= at_least, (good, len(data))
    assert not any(f[2] for f in found)  # silently outside the tech occupations


# measured: tuning 50/50, heldout 42/42 (Foster City read through the Postal Service's names)
@pytest.mark.parametrize(("split", "at_least"), [("tuning", 1.0), ("heldout", 1.0)])
def test_places_read_to_their_metro_state_or_country(store, split, at_least) -> None:  # type: ignore[no-untyped-def]
    data = rows("places", split)
    good = sum(read_place(store, r[0]) == (r[1], r[2]) for r in data)
    assert good / len(data) >= at_least, (good, len(data))
