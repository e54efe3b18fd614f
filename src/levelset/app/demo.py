"""`levelset demo`: a separate home filled with a worked example, built through the use cases.

The example is a senior ML engineer in San Francisco: a résumé, LinkedIn export and stories;
two offers; the Northwind Cloud negotiation carried from first offer to signature; the
applications they tracked, a running experiment, a scored counter email and a 30-day plan.
The sample files ship inside the package (`levelset/data/demo`), copies of `examples/`.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from levelset.app.workspace import Workspace
from levelset.errors import Conflict

MARKER = "levelset-demo.json"  # written last: a home without it is not (or not yet) a demo
COMPANY = "Northwind Cloud"
PLAN_START = dt.date(2026, 12, 1)
# The negotiation's calendar: the first offer, the counter, the revised offer, in writing, signed.
DAYS = {"initial": 0, "counter": 2, "revised": 7, "writing": 8, "signed": 10}
FIRST_OFFER = dt.date(2026, 10, 20)


@dataclass(frozen=True)
class Demo:
    home: Path
    made: bool  # False: an existing demo home was kept as it was


def sample_folder() -> Path:
    """The shipped sample files (a real folder inside the installed package)."""
    return Path(__file__).parents[1] / "data" / "demo"


def open_demo(home: Path, *, force: bool = False) -> Demo:
    """Fill `home` with the worked example; an existing demo home is kept unless `force`.

    A folder that holds anything but a demo is never touched (Conflict), even with `force`.
    """
    if (home / MARKER).is_file() and not force:
        return Demo(home, made=False)
    if home.exists() and any(home.iterdir()):
        if not (home / MARKER).is_file():
            raise Conflict(
                f"{home} is not empty and is not a levelset demo home",
                hint="choose another folder with --home; the demo never overwrites other files",
            )
        shutil.rmtree(home)
    ws = Workspace.at(home)
    try:
        fill(ws, sample_folder())
    finally:
        ws.close()
    (home / MARKER).write_text(json.dumps({"made": ws.now().isoformat()}), encoding="utf-8")
    return Demo(home, made=True)


def fill(ws: Workspace, sample: Path) -> None:
    """Every capability populated, in the order a person would go."""
    from levelset.app.profile import set_profile
    from levelset.app.proof import import_proof

    set_profile(
        ws,
        name="Alex Rivera (demo)",
        title="Machine Learning Engineer",
        level="senior",
        places=["San Francisco"],
        track="ic",
        positioning="I ship ranking models that move revenue.",
        current_base=178000,
        currency="USD",
    )
    import_proof(ws, [sample / "resume.pdf", sample / "linkedin", sample / "stories.yaml"])
    _offers_and_negotiation(ws, sample)
    _tracking(ws, sample)
    from levelset.app.plan import make_plan

    make_plan(ws, PLAN_START.isoformat())


def _offers_and_negotiation(ws: Workspace, sample: Path) -> None:
    from levelset.app import negotiation
    from levelset.app.drafting import save_draft
    from levelset.app.negotiation import EventInput
    from levelset.app.offers import add_offer_files, read_offer_files
    from levelset.negotiation.record import EventKind

    first, competing = read_offer_files(
        ws, [sample / "bigco-rsu.yaml", sample / "startup-options.yaml"]
    )
    add_offer_files(ws, [sample / "bigco-rsu.yaml", sample / "startup-options.yaml"])
    negotiation.start_negotiation(ws, first, company=COMPANY, on=_day("initial"))
    negotiation.set_anchor(ws, COMPANY, competing=[competing], on=_day("initial"))
    save_draft(ws, COMPANY, "counter")
    revised = read_offer_files(ws, [sample / "northwind-revised.yaml"])[0]
    for kind, day, offer, verbal in (
        (EventKind.COUNTER_SENT, "counter", None, False),
        (EventKind.REVISED_OFFER, "revised", revised, True),  # said on a call first
        (EventKind.IN_WRITING, "writing", None, False),
        (EventKind.SIGNED, "signed", None, False),
    ):
        event = EventInput(kind, on=_day(day), offer=offer, verbal=verbal)
        negotiation.log_event(ws, COMPANY, event)


def _tracking(ws: Workspace, sample: Path) -> None:
    from levelset.app.experiments import ExperimentFields, start_experiment
    from levelset.app.narrative import score_and_keep
    from levelset.app.tracking import import_sheet

    sheet = sample / "applications.csv"
    import_sheet(ws, sheet.read_bytes(), sheet.name)
    start_experiment(
        ws,
        ExperimentFields(
            name="Outcome-first opening line",
            change="Lead with a measured outcome",
            start=dt.date(2026, 10, 19),
            baseline="generic",
            candidate="impact-first",
        ),
    )
    counter = (sample / "strong_counter.txt").read_text(encoding="utf-8")
    score_and_keep(ws, counter, "ask", label="strong_counter.txt", company=COMPANY)


def _day(name: str) -> dt.date:
    return FIRST_OFFER + dt.timedelta(days=DAYS[name])
