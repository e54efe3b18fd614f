"""A profile, an offer with a deadline and a few events, all through the real commands."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import icalendar
import pytest

from tests.cli.runner import run_cli
from tests.playbook.test_render import pdf_text
from tests.suite_day import TODAY

OFFER = """company: Northwind Cloud
title: Senior Machine Learning Engineer
level: L5
location: Seattle, WA
currency: USD
base: 192000
bonus_target_pct: 15
sign_on: [60000, 40000]
equity:
  type: rsu
  grant_value: 400000
  vesting: [5, 15, 40, 40]
  cliff_months: 12
  frequency: quarterly
"""

pytestmark = pytest.mark.usefixtures("market_ready", "on_the_suites_day")


def ok(*args: str) -> dict:
    result = run_cli(*args, "--json")
    assert result.exit_code == 0, (args, result.stderr)
    return result.json()


START = TODAY - dt.timedelta(days=6)  # week 1 is behind us: its events can be logged
DEADLINE = TODAY + dt.timedelta(days=8)


def day(offset: int) -> str:
    return (START + dt.timedelta(days=offset)).isoformat()


def record_a_search(folder: Path) -> None:
    offer = folder / "northwind.yaml"
    offer.write_text(OFFER, encoding="utf-8")
    ok("profile", "set", "--name", "Maya Chen", "--title", "ML Engineer", "--level", "staff",
       "--location", "Seattle, WA", "--current-base", "185000")  # fmt: skip
    ok("negotiate", "start", "Northwind Cloud", "--offer", str(offer), "--date", day(-3))
    ok("negotiate", "log", "Northwind Cloud", "deadline", "--date", DEADLINE.isoformat())
    for company, channel, when in (("Contoso", "referral", 1), ("Fabrikam", "cold", 2)):
        ok("track", "add", "application", "--date", day(when), "--company", company,
           "--role", "ML Engineer", "--channel", channel)  # fmt: skip
    ok("track", "add", "response", "--date", day(3), "--company", "Contoso",
       "--outcome", "positive")  # fmt: skip


def test_offer_deadline_and_events_drive_the_plan_calendar_and_playbook(tmp_path: Path) -> None:
    record_a_search(tmp_path)
    plan = ok("plan", "--start", START.isoformat(), "--focus", "negotiation")
    assert plan["company"] == "Northwind Cloud" and plan["deadline"] == DEADLINE.isoformat()
    steps = [i for w in plan["weeks"] for i in w["items"] if i["phase"] == "negotiate"]
    dues = [s["due"] for s in steps]
    assert dues == sorted(dues) and dues[-1] == (DEADLINE - dt.timedelta(days=1)).isoformat()
    ask = next(s["text"] for s in steps if s["text"].startswith("Ask clearly"))
    anchor = re.search(r"anchored at (\$\d[\d,]*\d)", ask).group(1)
    assert anchor in plan["signal"]["title"] and "Northwind Cloud" in ask
    assert not any("levelset negotiate" in c for c in plan["completes"])

    review = ok("plan", "review", "--week", "1")
    assert review["numbers"]["applied"] == 2 and review["numbers"]["responded"] == 1

    target = tmp_path / "plan.ics"
    ok("plan", "ics", "-o", str(target))
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    titles = [str(e.get("summary")) for e in events]
    assert any("Northwind Cloud" in t and "Confirm in writing" in t for t in titles)

    pdf = tmp_path / "playbook.pdf"
    ok("playbook", "--topic", "negotiation", "--format", "pdf", "-o", str(pdf))
    text = " ".join(pdf_text(pdf.read_bytes()).split())
    deadline = f"{DEADLINE:%A} {DEADLINE.day} {DEADLINE:%B}"
    for fact in ("Maya Chen", "Northwind Cloud", "$192,000", anchor, deadline):
        assert fact in text, fact


def test_an_offer_without_a_deadline_is_never_given_one(tmp_path: Path) -> None:
    """With no deadline logged, the plan took a week from its start as the company's deadline:
    the CLI said 'Northwind Cloud deadline Mon 14 Dec', the playbook 'Northwind Cloud expects
    an answer by Monday 14 December' (and its step 'no deadline recorded')."""
    offer = tmp_path / "northwind.yaml"
    offer.write_text(OFFER, encoding="utf-8")
    ok("profile", "set", "--title", "ML Engineer", "--level", "staff", "--location", "Seattle, WA")
    ok("negotiate", "start", "Northwind Cloud", "--offer", str(offer))
    assert ok("plan", "--focus", "negotiation")["deadline"] is None
    shown = run_cli("plan", "show")
    assert shown.exit_code == 0 and " deadline " not in shown.stdout.splitlines()[0]
    book = " ".join(run_cli("playbook", "--topic", "negotiation").stdout.split())
    assert "expects an answer" not in book and "dated back from" not in book
    assert "spread over a week, since no deadline you can still meet is recorded" in book
