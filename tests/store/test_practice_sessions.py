"""A practice session is kept once per session id, even when two keeps race."""

from __future__ import annotations

import datetime as dt

from levelset.store import Store
from levelset.store.practice import add_practice, list_practice
from tests.store.both_ways import keep_at_once

DAY = dt.date(2026, 12, 5)


def test_the_same_session_id_is_kept_once_and_given_back(store: Store) -> None:
    first = add_practice(store, "negotiation", {"score": 70}, on=DAY, score=70, session_id="a1")
    again = add_practice(store, "negotiation", {"score": 70}, on=DAY, score=70, session_id="a1")
    other = add_practice(store, "negotiation", {"score": 60}, on=DAY, score=60, session_id="b2")
    unnamed = [add_practice(store, "peer", {}, on=DAY) for _ in range(2)]  # no id: each kept
    assert not first.already_kept and again.already_kept and again.id == first.id
    assert {k.id for k in list_practice(store)} == {first.id, other.id, *(u.id for u in unnamed)}


def test_two_keeps_at_once_store_one_row(store: Store) -> None:
    results = keep_at_once(store, DAY)
    assert len(results) == 4 and len(list_practice(store)) == 1
    assert sorted(r.already_kept for r in results).count(False) == 1
