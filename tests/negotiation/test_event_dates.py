"""Dates that cannot be right: before the first offer, in the future, a signature before the
offer it signs. Each is refused as bad input (exit 2) and the stored record does not change."""

import datetime as dt
from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.negotiation import NegotiationRecord
from tests.cli.runner import run_cli
from tests.negotiation.conftest import REVISED, TODAY, event, offer

BIGCO = str(Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml")
FUTURE = (TODAY + dt.timedelta(days=40)).isoformat()


@pytest.mark.parametrize("kind", ["counter_sent", "anchor_set", "deadline", "declined"])
def test_nothing_but_a_note_can_come_before_the_first_offer(
    opened: NegotiationRecord, kind: str
) -> None:
    with pytest.raises(InputError, match=r"2026-02-20 is before the first offer \(2026-03-02\)"):
        data = {"anchor": {}} if kind == "anchor_set" else None
        opened.append(event(kind, "2026-02-20", data=data), today=TODAY)
    assert (
        opened.append(event("note", "2026-02-20", note="recruiter call"), today=TODAY)
        .events[-1]
        .note
    )


@pytest.mark.parametrize("kind", ["counter_sent", "signed", "note"])
def test_what_happened_cannot_be_dated_in_the_future(opened: NegotiationRecord, kind: str) -> None:
    with pytest.raises(InputError, match=f"{FUTURE} is in the future"):
        opened.append(event(kind, FUTURE, note="x"), today=TODAY)


def test_a_deadline_may_lie_ahead(opened: NegotiationRecord) -> None:
    assert opened.append(event("deadline", FUTURE), today=TODAY).events[-1].on.isoformat() == FUTURE


def test_a_signature_cannot_come_before_the_offer_it_signs(opened: NegotiationRecord) -> None:
    record = opened.append(event("revised_offer", "2026-03-09", offer=offer(REVISED)), today=TODAY)
    with pytest.raises(InputError, match=r"before the latest offer \(2026-03-09\)"):
        record.append(event("signed", "2026-03-05"), today=TODAY)


def test_a_correction_cannot_move_an_event_into_the_future(opened: NegotiationRecord) -> None:
    with pytest.raises(InputError, match="in the future"):
        opened.append(
            event("correction", "2026-03-03", corrects=1, data={"date": FUTURE}), today=TODAY
        )


def test_a_refused_date_leaves_the_stored_record_unchanged() -> None:
    assert run_cli("negotiate", "start", "Northwind", "--offer", BIGCO, "--date", "2026-01-05")
    before = run_cli("negotiate", "status", "--json").stdout
    for args in (
        ("counter_sent", "--date", "2026-01-01"),
        ("signed", "--date", FUTURE),
    ):
        result = run_cli("negotiate", "log", "Northwind", *args)
        assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert run_cli("negotiate", "status", "--json").stdout == before


def test_the_commands_here_run_on_the_suites_fixed_day() -> None:
    """TODAY is the suite's fixed clock, not the machine's date, and a command run here reads
    it: a negotiation started without a date opens on TODAY, and the day after is ahead."""
    from tests.market.market_home import clock

    assert clock().date() == TODAY
    started = run_cli("negotiate", "start", "Northwind", "--offer", BIGCO, "--json")
    assert started.exit_code == 0, started.stderr
    assert f'"{TODAY.isoformat()}"' in started.stdout
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    ahead = run_cli("negotiate", "log", "Northwind", "counter_sent", "--date", tomorrow)
    assert ahead.exit_code == 2 and f"{tomorrow} is in the future" in ahead.stderr
