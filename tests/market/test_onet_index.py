"""O*NET's titles in memory (market/onet_index.py) answer as the store's SQL does, and an
import of another O*NET release is read from the new store, never from an index of the old."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.errors import UnknownValue
from levelset.market import resolve_role
from levelset.market.build import import_file, open_market
from levelset.market.onet_index import ALL_TITLES, BUILD_COST, OnetIndex, index_for
from levelset.market.onet_titles import _EXACT, _NEAREST, TECH_SOCS
from levelset.market.store import MarketStore
from levelset.market.title_clean import clean_title
from levelset.market.title_products import _KNOWN_WORD
from tests.corpus.market_names import rows
from tests.market.market_home import UPSTREAM, clock, market_paths


@pytest.fixture
def store(levelset_home: Path) -> MarketStore:
    return open_market(market_paths(levelset_home), now=clock)


def _index(store: MarketStore) -> OnetIndex:
    return OnetIndex(store.fetch(ALL_TITLES), frozenset(TECH_SOCS))


def _tuning_forms(step: int) -> list[str]:
    """The cleaned forms of every `step`th tuning title (never a held-out row)."""
    titles = [r[0] for r in rows("titles", "tuning")] + [
        r[0] for r in rows("titles", "tuning_open")
    ]
    cleaned = [clean_title(t) for t in titles[::step]]
    return [form for c in cleaned for form in dict.fromkeys([c.full, c.core])]


def test_exact_look_ups_give_the_rows_of_the_sql_in_its_order(store: MarketStore) -> None:
    index = _index(store)
    # the keys several titles share within one occupation ("Import-Export Agent", "Import/Export
    # Agent"): which one names the reading is the order of ties
    tied = store.fetch(
        "SELECT key FROM onet_titles GROUP BY key, onet_soc HAVING count(DISTINCT title) > 1"
    )
    sample = store.fetch("SELECT key, bare FROM onet_titles WHERE rowid % 1000 = 0")
    forms = [r[0] for r in tied] + [f for r in sample for f in r] + _tuning_forms(5)
    assert len(tied) > 20 and len(forms) > 200
    for form in forms:
        assert index.exact(form, form) == store.fetch(_EXACT, {"full": form, "core": form}), form
    for text in ["Senior Data Engineer", "Python Developer (Remote)", "Lead Zookeeper"]:
        clean = clean_title(text)
        expected = store.fetch(_EXACT, {"full": clean.full, "core": clean.core})
        assert index.exact(clean.full, clean.core) == expected


def test_closest_spellings_are_those_of_the_sql(store: MarketStore) -> None:
    index = _index(store)
    # ties on both scores ("sr engineer": solar and laser engineer) are ordered by key in both
    forms = ["sr engineer", "systems specialist", "risk model architect", "data enginer", "qa"]
    for form in forms + _tuning_forms(15):
        for wide in (False, True):
            found = store.fetch(_NEAREST, {"text": form, "tech": TECH_SOCS, "any": wide})
            assert index.nearest(form, wide) == found, (form, wide)


def test_known_words_are_those_of_the_sql(store: MarketStore) -> None:
    index = _index(store)
    for word in ["thunderhead", "springboot", "enginer", "nurse", "develper", "data", "xqzzy"]:
        assert index.knows_word(word) == bool(store.fetch(_KNOWN_WORD, {"word": word})), word


def test_a_process_builds_the_index_once_its_look_ups_cost_as_much(
    store: MarketStore, levelset_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from levelset.market import onet_index

    for table in ("_BY_STORE", "_BY_CONTENT", "_SPENT", "_CONTENT"):
        monkeypatch.setattr(onet_index, table, {})  # as in a fresh process
    assert index_for(store, 1) is None  # one look-up is asked of the store: no build
    assert index_for(store, BUILD_COST - 2) is None
    built = index_for(store, 1)
    assert built is not None and built.exact("zookeeper", "zookeeper")
    assert index_for(store, 1) is built
    # another home holding only the shipped data shares it, without a build
    other = open_market(market_paths(levelset_home / "other"), now=clock)
    assert index_for(other, 1) is built


def test_an_onet_import_is_read_from_the_new_store(levelset_home: Path) -> None:
    market = market_paths(levelset_home)
    with open_market(market, now=clock) as before:
        assert index_for(before, BUILD_COST) is not None
        assert resolve_role(before, "Zookeeper").label == "Zookeeper"
    import_file(market, "onet", UPSTREAM / "db_28_0_text", now=clock)  # five titles in all
    with open_market(market, now=clock) as after:
        index = index_for(after, BUILD_COST)
        assert index is not None and not index.exact("zookeeper", "zookeeper")
        with pytest.raises(UnknownValue):
            resolve_role(after, "Zookeeper")
