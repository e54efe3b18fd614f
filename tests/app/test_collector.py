"""The collector held off during a bulk import: back as it was when the last one ends."""

from __future__ import annotations

import gc
import threading

from levelset.app.collector import collector_paused


def test_the_collector_is_off_inside_and_back_on_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_first_import_to_end_leaves_it_off_for_another_under_way() -> None:
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with collector_paused():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=other)
    with collector_paused():
        thread.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the other import is still under way
    release.set()
    thread.join(10)
    assert gc.isenabled()


def test_an_error_inside_turns_it_back_on() -> None:
    try:
        with collector_paused():
            raise ValueError("a bad row")
    except ValueError:
        pass
    assert gc.isenabled()
