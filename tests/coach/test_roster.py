"""The roster's attention flags, each on its own and at its edges (pure core), and the
dashboard through the CLI over a real store. Every command runs on one fixed day (TODAY, as
LEVELSET_TODAY gives it), so the dates here are the same whatever the machine's date or a
LEVELSET_TODAY the shell set, and a run across midnight reads them alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from levelset.coach.roster import ClientState, Flag, attention, roster
from levelset.negotiation.record import Event, EventKind, NegotiationRecord, Step
from levelset.tracking.experiments import Experiment
from tests.cli.runner import run_cli
from tests.suite_day import TODAY


def day(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


_SOON = day(4).isoformat()  # a check-in ahead
_WEEKS_AGO = day(-56).isoformat()  # a plan started eight weeks ago: no week was reviewed


@pytest.fixture(autouse=True)
def _on_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands' clock stopped on TODAY (monkeypatch restores the environment)."""
    monkeypatch.setenv("LEVELSET_TODAY", TODAY.isoformat())


def state(**kw: object) -> ClientState:
    return ClientState(id=1, name="Ada", since=day(-2), last_activity=day(-1), **kw)  # type: ignore[arg-type]


def negotiation(*events: Event) -> NegotiationRecord:
    return NegotiationRecord("Northwind", tuple(events), 1)


def flags(s: ClientState) -> list[Flag]:
    return [a.flag for a in attention(s, TODAY)]


def test_a_busy_client_needs_nothing() -> None:
    assert flags(state()) == []


def test_an_offer_deadline_within_seven_days_is_flagged_once_the_record_is_open() -> None:
    note = Event(1, EventKind.NOTE, day(-1))
    for offset, expected in ((7, [Flag.DEADLINE]), (8, []), (0, [Flag.DEADLINE]), (-1, [])):
        record = negotiation(note, Event(2, EventKind.DEADLINE, day(offset)))
        assert flags(state(negotiations=(record,))) == expected, offset
    signed = negotiation(
        note,
        Event(2, EventKind.DEADLINE, day(3)),
        Event(3, EventKind.STEP, day(-1), step=Step.SIGNED),
    )
    assert flags(state(negotiations=(signed,))) == []


def test_a_negotiation_without_news_for_three_days_waits_at_its_step() -> None:
    waiting = negotiation(Event(1, EventKind.STEP, day(-3), step=Step.ASK))
    found = attention(state(negotiations=(waiting,)), TODAY)
    assert [a.flag for a in found] == [Flag.WAITING]
    assert f"waiting since {day(-3)} (step 3 of 5, ask clearly)" in found[0].text
    assert flags(state(negotiations=(negotiation(Event(1, EventKind.NOTE, day(-2))),))) == []


def test_fourteen_quiet_days_are_flagged_counting_from_when_the_client_joined() -> None:
    assert flags(ClientState(1, "Ada", since=day(-30), last_activity=day(-14))) == [Flag.QUIET]
    assert flags(ClientState(1, "Ada", since=day(-30), last_activity=day(-13))) == []
    assert flags(ClientState(1, "Ada", since=day(-14))) == [Flag.QUIET]
    assert flags(ClientState(1, "Ada", since=day(-13))) == []


def test_a_plan_week_that_ended_without_its_review_is_flagged() -> None:
    assert flags(state(plan_start=day(-7))) == [Flag.REVIEW]
    assert flags(state(plan_start=day(-6))) == []
    assert flags(state(plan_start=day(-7), reviewed_weeks=frozenset({1}))) == []
    found = attention(state(plan_start=day(-15), reviewed_weeks=frozenset({1})), TODAY)
    assert "week 2" in found[0].text


def test_the_plans_last_week_ends_on_its_thirtieth_day_not_its_twenty_eighth() -> None:
    done = frozenset({1, 2, 3})
    assert flags(state(plan_start=day(-29), reviewed_weeks=done)) == []  # day 30 is today
    found = attention(state(plan_start=day(-30), reviewed_weeks=done), TODAY)
    assert [a.flag for a in found] == [Flag.REVIEW] and "week 4" in found[0].text
    assert found[0].on == day(-1)
    from levelset.coach import roster
    from levelset.plan import model

    assert roster.PLAN_DAYS == model.PLAN_DAYS  # the coach's copy of the plan's span


def test_an_open_experiment_past_its_window_and_wait_is_ready_for_a_verdict() -> None:
    ready = Experiment("opener", "x", start=day(-21), window_days=14, wait_days=7)
    early = Experiment("opener", "x", start=day(-20), window_days=14, wait_days=7)
    closed = Experiment("opener", "x", start=day(-40), status="closed")
    assert flags(state(experiments=(ready,))) == [Flag.VERDICT]
    assert flags(state(experiments=(early, closed))) == []


def test_the_roster_puts_clients_needing_most_attention_first() -> None:
    calm = ClientState(1, "Ann", since=day(-1))
    busy = ClientState(2, "Zed", since=day(-30), plan_start=day(-20))
    assert [r.name for r in roster([calm, busy], TODAY)] == ["Zed", "Ann"]


def test_the_dashboard_lists_active_clients_with_their_flags() -> None:
    for args in (
        ("client", "add", "Ada"),
        ("client", "add", "Bo"),
        ("client", "add", "Cy"),
        ("client", "archive", "Cy"),
        ("--client", "Bo", "plan", "--start", _WEEKS_AGO),
    ):
        assert run_cli(*args).exit_code == 0
    shown = run_cli("coach", "--json").json()["clients"]
    assert [c["name"] for c in shown] == ["Bo", "Ada"]
    assert "review" in [a["flag"] for a in shown[0]["attention"]]


def test_a_clients_plan_shows_the_coachs_next_checkin() -> None:
    assert run_cli("client", "add", "Ada").exit_code == 0
    assert run_cli("client", "checkin", "Ada", _SOON).exit_code == 0
    shown = run_cli("--client", "Ada", "plan", "--start", day(-3).isoformat())
    assert f"Next check-in with your coach: {_SOON}" in shown.stdout
    assert "check-in" not in run_cli("plan", "--start", day(-3).isoformat()).stdout


def test_coach_with_a_client_shows_only_that_clients_status_and_refuses_outcomes() -> None:
    for name in ("Ada", "Bo"):
        assert run_cli("client", "add", name).exit_code == 0
    assert run_cli("client", "archive", "Bo").exit_code == 0
    shown = run_cli("--client", "Bo", "coach", "--json").json()
    assert shown["client"] == "Bo"
    assert [c["name"] for c in shown["clients"]] == ["Bo"]
    text = run_cli("--client", "Ada", "coach").stdout
    assert "Ada's status" in text and "without --client shows all" in text
    refused = run_cli("--client", "Ada", "coach", "outcomes")
    assert refused.exit_code == 2 and "without --client" in refused.stderr
    assert run_cli("--client", "Nobody", "coach").exit_code == 3


def test_a_kept_offer_or_an_imported_resume_counts_as_activity() -> None:
    from pathlib import Path

    examples = Path(__file__).resolve().parents[2] / "examples"
    for args in (
        ("client", "add", "Ada"),
        ("client", "add", "Bo"),
        ("client", "add", "Cy"),
        ("--client", "Ada", "offer", "add", str(examples / "offers" / "bigco-rsu.yaml")),
        ("--client", "Bo", "proof", "import", str(examples / "resume" / "resume.md")),
    ):
        assert run_cli(*args).exit_code == 0, args
    shown = {c["name"]: c for c in run_cli("coach", "--json").json()["clients"]}
    assert shown["Ada"]["last_activity"] is not None
    assert shown["Bo"]["last_activity"] is not None
    assert shown["Cy"]["last_activity"] is None


def test_a_client_with_no_data_says_so_and_what_to_do_first() -> None:
    for args in (
        ("client", "add", "Ada Park"),
        ("client", "add", "Bo"),
        ("--client", "Bo", "profile", "set", "--title", "ML Engineer"),
    ):
        assert run_cli(*args).exit_code == 0, args
    shown = {c["name"]: c for c in run_cli("coach", "--json").json()["clients"]}
    assert shown["Ada Park"]["no_data"] is True
    steps = shown["Ada Park"]["first_steps"]
    assert steps[0] == "import a résumé: levelset --client 'Ada Park' proof import FILE"
    assert steps[1] == (  # the client's own title and level, not a senior ML engineer's
        "set a target: levelset --client 'Ada Park' profile set --title TITLE --level LEVEL"
    )
    assert shown["Bo"]["no_data"] is False  # a target, but no résumé yet
    assert shown["Bo"]["first_steps"] == ["import a résumé: levelset --client Bo proof import FILE"]
    text = run_cli("--client", "Ada Park", "coach").stdout
    assert "no data yet" in text and "proof import" in text and "nothing" not in text
    bo = run_cli("--client", "Bo", "coach").stdout
    assert "needs next" in bo and "proof import" in bo and "nothing" not in bo


def test_a_client_with_a_plan_but_no_target_or_resume_still_needs_them() -> None:
    """Viewing a client's plan stores one: the roster still says they lack a résumé and a
    target, in the CLI table, its JSON and the summary, until both are there."""
    assert run_cli("client", "add", "Maya Chen").exit_code == 0
    assert run_cli("--client", "Maya Chen", "plan").exit_code == 0
    (row,) = run_cli("coach", "--json").json()["clients"]
    assert (row["no_data"], row["needs"]) == (False, ["resume", "target"])
    assert (
        row["first_steps"][0] == "import a résumé: levelset --client 'Maya Chen' proof import FILE"
    )
    text = run_cli("coach").stdout
    assert "needs next" in text and "nothing" not in text
    assert "They still need a résumé and a target." in " ".join(text.split())
    resume = Path(__file__).parents[2] / "examples" / "resume" / "resume.md"
    for args in (
        ("--client", "Maya Chen", "proof", "import", str(resume)),
        ("--client", "Maya Chen", "profile", "set", "--title", "ML Engineer"),
    ):
        assert run_cli(*args).exit_code == 0, args
    (row,) = run_cli("coach", "--json").json()["clients"]
    assert (row["needs"], row["first_steps"]) == ([], [])
    assert "nothing" in run_cli("coach").stdout


def test_outcomes_of_five_clients_say_why_a_figure_is_hidden_and_name_no_channel_unknown(
    tmp_path: Path,
) -> None:
    """Five clients, one tracker without channels: the roll-up read 'all clients (5)' above
    'hidden: fewer than 5 clients' and a row 'response rate: unknown'."""
    sheet = tmp_path / "applications.csv"
    applied = day(-31).isoformat()
    sheet.write_text(f"Company,Role,Date Applied\nAcme,ML Engineer,{applied}\n", encoding="utf-8")
    for name in ("Ana", "Ben", "Chloe", "Dev", "Eve"):
        assert run_cli("client", "add", name).exit_code == 0
        assert run_cli("--client", name, "track", "import", str(sheet)).exit_code == 0
    result = run_cli("coach", "outcomes", "--json")
    assert result.exit_code == 0, result.stderr
    (group,) = result.json()["groups"]
    named = {f["name"]: f for f in group["figures"]}
    assert "response rate: unknown" not in named
    assert named["response rate: channel not recorded"]["n"] == 5
    assert named["base gained"]["hidden"] == "fewer than 5 clients have this figure"


def test_a_checkin_due_or_passed_is_flagged_and_a_later_one_is_not() -> None:
    due = ClientState(1, "Ann", since=day(-1), last_activity=day(-1), next_checkin=day(1))
    passed = ClientState(2, "Bo", since=day(-1), last_activity=day(-1), next_checkin=day(-3))
    later = ClientState(3, "Cy", since=day(-1), last_activity=day(-1), next_checkin=day(9))
    assert [a.text for a in attention(due, TODAY)] == ["check-in in 1 day"]
    (gone,) = attention(passed, TODAY)
    assert gone.flag is Flag.CHECKIN and "has passed" in gone.text and gone.on == day(-3)
    assert attention(later, TODAY) == []


def test_a_past_checkin_is_refused_and_the_set_one_kept() -> None:
    assert run_cli("client", "add", "Ada").exit_code == 0
    assert run_cli("client", "checkin", "Ada", _SOON).exit_code == 0
    past = day(-3).isoformat()
    refused = run_cli("client", "checkin", "Ada", past)
    assert refused.exit_code == 2 and f"check-in: {past} is before today" in refused.stderr
    (row,) = run_cli("client", "list", "--json").json()
    assert row["next_checkin"] == _SOON


def test_archiving_twice_keeps_the_first_date_and_undo_brings_the_client_back() -> None:
    assert run_cli("client", "add", "Ada").exit_code == 0
    assert run_cli("client", "archive", "Ada").stdout.startswith("Archived Ada.")
    again = run_cli("client", "archive", "Ada")
    assert again.exit_code == 0 and "already archived (since" in again.stdout
    assert run_cli("coach", "--json").json()["clients"] == []
    back = run_cli("client", "archive", "Ada", "--undo")
    assert back.exit_code == 0 and "back on the dashboard" in back.stdout
    assert [c["name"] for c in run_cli("coach", "--json").json()["clients"]] == ["Ada"]


def test_client_show_names_record_kinds_in_words() -> None:
    from levelset.app.clients import RECORD_KINDS
    from levelset.store.clients import RECORD_TABLES

    assert set(RECORD_KINDS) == set(RECORD_TABLES)
    assert run_cli("client", "add", "Ada").exit_code == 0
    assert run_cli("client", "note", "Ada", "first call").exit_code == 0
    shown = run_cli("client", "show", "Ada").stdout
    assert "coach notes: 1" in shown and "coach_notes" not in shown


def test_the_summary_names_what_the_clients_lack() -> None:
    """A client with a target but no résumé 'still needs a résumé', not 'a résumé or a
    target' (the coach then looks for a target that is there)."""
    from levelset.coach.roster import RosterRow, roster_summary

    def row(k: int, needs: tuple[str, ...]) -> RosterRow:
        return RosterRow(k, f"c{k}", None, None, (), needs=needs)

    day = TODAY
    said = {
        needs: roster_summary([row(1, needs)], day)
        for needs in (("resume",), ("target",), ("resume", "target"))
    }
    assert said[("resume",)].endswith("They still need a résumé.")
    assert said[("target",)].endswith("They still need a target.")
    assert said[("resume", "target")].endswith("They still need a résumé and a target.")
    mixed = roster_summary([row(1, ("resume",)), row(2, ("target",))], day)
    assert mixed.endswith("2 of them still need a résumé or a target.")
