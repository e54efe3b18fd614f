"""The market ranges kept in the process: an import or a rebuild is seen at once, and each
question (role, level, place) and each client keeps its own answer."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from levelset.app import FixedClock, Workspace
from levelset.app.market import import_file, market_range, target_ranges
from levelset.app.market_cache import forget
from tests.market.market_home import UPSTREAM, clock, market_paths

TITLE, LEVEL, PLACE = "Software Developer", "senior", "San Francisco, CA"


def _workspace(home: Path) -> Workspace:
    return Workspace.at(market_paths(home).home, clock=FixedClock(clock()))


def _asked(ws: Workspace) -> dict[str, Any]:
    return dict(market_range(ws, TITLE, LEVEL, PLACE).to_dict())


def _newer_oews(folder: Path) -> Path:
    """The fixture's OEWS files with San Francisco's software developer median raised."""
    shutil.copytree(UPSTREAM / "oews_flat", folder)
    data = folder / "oe.data.0.Current"
    text = data.read_text()
    assert "      186640\t" in text
    data.write_text(text.replace("      186640\t", "      199990\t"))
    return folder


def test_an_import_of_new_market_data_changes_the_headline(
    levelset_home: Path, tmp_path: Path
) -> None:
    ws = _workspace(levelset_home)
    before = _asked(ws)
    assert before["headline"]["mid"] == 186640
    assert _asked(ws) == before  # asked again: the kept answer, the same
    import_file(ws, "oews", _newer_oews(tmp_path / "oews"))
    after = _asked(ws)
    assert after["headline"]["mid"] == 199990
    forget()
    assert _asked(ws) == after  # what the process keeps is what a fresh computation gives
    ws.close()


def test_two_clients_with_different_targets_get_their_own_headline(levelset_home: Path) -> None:
    from levelset.app.clients import add_client
    from levelset.app.profile import set_profile

    ws = _workspace(levelset_home)
    targets = {"Ada": ("Software Developer", "senior"), "Bo": ("Data Scientist", "staff")}
    for name, (title, level) in targets.items():
        add_client(ws, name)
        set_profile(ws.as_client(name), title=title, level=level, places=["Seattle, WA"])
    seen = {name: target_ranges(ws.as_client(name))["reports"] for name in targets}
    assert seen["Ada"] != seen["Bo"]
    forget()
    for name in targets:
        assert target_ranges(ws.as_client(name))["reports"] == seen[name]
    ws.close()


def test_threads_asking_one_cold_question_together_compute_it_once() -> None:
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    from levelset.app.market_cache import kept

    forget()
    computed: list[int] = []
    start = threading.Barrier(16)
    answer: Any = object()

    def compute() -> Any:
        computed.append(1)
        time.sleep(0.05)  # the others arrive while this one computes
        return answer

    def ask(_: int) -> Any:
        start.wait()
        return kept(("store", 1, ("cold question",)), compute)

    with ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(ask, range(16)))
    forget()
    assert len(computed) == 1
    assert all(a is answer for a in answers)
