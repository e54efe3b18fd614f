"""The collector run less often during a large import or read: back as it was after the last."""

from __future__ import annotations

import gc
import threading

import pytest

from levelset.app.collections_spaced import SPACED, collections_spaced


@pytest.fixture(autouse=True)
def thresholds() -> object:
    before = gc.get_threshold()
    yield before
    gc.set_threshold(*before)


def test_the_first_threshold_is_raised_inside_and_put_back_after() -> None:
    before = gc.get_threshold()
    with collections_spaced():
        assert gc.get_threshold() == (SPACED, *before[1:])
        assert gc.isenabled()  # it still runs
    assert gc.get_threshold() == before


def test_a_threshold_set_higher_before_is_kept() -> None:
    gc.set_threshold(SPACED * 2, 10, 10)
    with collections_spaced():
        assert gc.get_threshold() == (SPACED * 2, 10, 10)
    assert gc.get_threshold() == (SPACED * 2, 10, 10)


def test_the_first_to_end_leaves_it_raised_for_another_under_way() -> None:
    before = gc.get_threshold()
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with collections_spaced():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=other)
    with collections_spaced():
        thread.start()
        assert inside.wait(10)
    assert gc.get_threshold()[0] == SPACED  # the other is still under way
    release.set()
    thread.join(10)
    assert gc.get_threshold() == before


def test_an_error_inside_puts_it_back() -> None:
    before = gc.get_threshold()
    with pytest.raises(ValueError), collections_spaced():
        raise ValueError("a bad row")
    assert gc.get_threshold() == before
