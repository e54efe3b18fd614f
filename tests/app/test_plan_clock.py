"""The plan and playbook use cases take the date from the workspace's clock, not the machine's."""

from __future__ import annotations

import datetime as dt

import pytest

from levelset.app import FixedClock, Workspace
from levelset.paths import Paths

DAY = dt.date(2027, 3, 1)

pytestmark = pytest.mark.usefixtures("market")


def test_a_plan_starts_on_the_workspace_day_and_its_calendar_is_stamped_then(
    paths: Paths,
) -> None:
    from levelset.app.plan import make_plan, plan_calendar, plan_progress, review_week

    first = Workspace.at(paths.home, clock=FixedClock.on(DAY))
    assert make_plan(first).plan.start == DAY
    first.close()
    ws = Workspace.at(paths.home, clock=FixedClock.on(DAY + dt.timedelta(days=8)))
    assert review_week(ws).week == 2
    progress = plan_progress(ws)
    assert progress is not None and progress["week"] == 2
    assert b"DTSTAMP:20270309T120000Z" in plan_calendar(ws).data
    ws.close()


def test_the_playbook_is_dated_by_the_workspace(paths: Paths) -> None:
    from levelset.app.playbook import playbook

    ws = Workspace.at(paths.home, clock=FixedClock.on(DAY))
    assert playbook(ws, "salary").made_on == DAY
    ws.close()
