"""A table built once per process, however many threads reach it cold at the same moment."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from levelset.once import once


def test_threads_that_ask_together_share_one_computation() -> None:
    calls: list[int] = []
    start = threading.Barrier(20)

    @once
    def table() -> dict[str, int]:
        calls.append(1)
        time.sleep(0.05)  # long enough for every other thread to arrive meanwhile
        return {"rows": len(calls)}

    def ask(_: int) -> dict[str, int]:
        start.wait()
        return table()

    with ThreadPoolExecutor(20) as pool:
        answers = list(pool.map(ask, range(20)))
    assert len(calls) == 1
    assert all(a is answers[0] for a in answers)


def test_a_failure_is_not_kept() -> None:
    tries: list[int] = []

    @once
    def flaky() -> int:
        tries.append(1)
        if len(tries) == 1:
            raise OSError("disk hiccup")
        return 7

    with pytest.raises(OSError):
        flaky()
    assert flaky() == 7
    assert flaky() == 7
    assert len(tries) == 2
