"""The outcome roll-up against a hand computation on 20 clients, and the small-group rules.

Client k (1..20): year-1 total 200,000 raised by 1,000 x k; base 150,000 raised by 500 x k;
k mod 3 levers improved; signed k + 10 days after the first offer; ten referral attempts
with k mod 5 answers; clients 1-12 reached the level they aimed at, 13-16 did not, 17-20
unknown. Cohorts: spring 1-9, autumn 10-17, winter 18-20.

By hand (quartiles by the inclusive method, position p x (n - 1) from 0):
- year-1 gain 1,000..20,000: Q1 at 4.75 = 5,750; median at 9.5 = 10,500; Q3 at 14.25 = 15,250
- year-1 gain % 0.5..10.0: 2.875 -> 2.9; 5.25 -> 5.3; 7.625 -> 7.6 (half up)
- base gain 500..10,000: 2,875; 5,250; 7,625
- base gain % k/3 to one place (0.3, 0.7, 1.0, ...): between 1.7 and 2.0 -> 1.925 -> 1.9;
  between 3.3 and 3.7 -> 3.5; between 5.0 and 5.3 -> 5.075 -> 5.1
- levers: six 0s, seven 1s, seven 2s -> 0; 1; 2
- days 11..30: 15.75 -> 15.8; 20.5; 25.25 -> 25.3
- referral: 40 answers of 200 = 0.200, Wilson 95%: (0.2 + 1.96^2/400) / (1 + 1.96^2/200)
  = 0.20566, half-width 1.96 x sqrt(0.0008 + 0.00002401) / 1.019208 = 0.05520 -> 0.150 to 0.261
- level reached: 12 of 16 = 0.750, Wilson 0.505 to 0.898
- spring's year-1 gain 1,000..9,000 (n 9): 3,000; 5,000; 7,000
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from levelset.coach.disclosure import Check, complementary, primary
from levelset.coach.outcomes import ClientOutcome, Outcomes, outcomes
from levelset.negotiation.lever import MEASURED
from levelset.negotiation.outcome import Delta, Outcome

D = Decimal


def client(k: int) -> ClientOutcome:
    outcome = Outcome(
        company=f"Company {k}",
        status="signed",
        currency="USD",
        year1_total=Delta(D(200_000), D(200_000 + 1_000 * k)),
        four_year_total=None,
        base=Delta(D(150_000), D(150_000 + 500 * k)),
        levers_improved=tuple(MEASURED[: k % 3]),
        days_to_signature=k + 10,
        offer_versions=2,
        first_offer_on="2026-10-01",
        signed_on=(dt.date(2026, 10, 1) + dt.timedelta(days=k + 10)).isoformat(),
    )
    cohort = "spring" if k <= 9 else "autumn" if k <= 17 else "winter"
    attempts = {"referral": (10, k % 5)}
    if k <= 4:
        attempts["cold"] = (20, 1)
    if k <= 6:
        attempts["recruiter"] = (100 if k == 1 else 10, 2)
    reached = True if k <= 12 else False if k <= 16 else None
    return ClientOutcome(f"client {k}", {"cohort": cohort}, outcome, attempts, reached)


CLIENTS = [client(k) for k in range(1, 21)]


def figure(result: Outcomes, group: str, name: str) -> dict[str, object]:
    found = next(g for g in result.groups if g.name == group)
    return next(f for f in found.figures if f.name == name).to_dict()


def values(result: Outcomes, group: str, name: str) -> dict[str, Decimal] | None:
    return figure(result, group, name)["values"]  # type: ignore[return-value]


def quartiles(q1: str, median: str, q3: str) -> dict[str, Decimal]:
    return {"q1": D(q1), "median": D(median), "q3": D(q3)}


def test_the_roll_up_matches_the_hand_computation() -> None:
    result = outcomes(CLIENTS)
    assert values(result, "all clients", "year-1 total gained") == quartiles(
        "5750", "10500", "15250"
    )
    assert values(result, "all clients", "year-1 total gained (%)") == quartiles(
        "2.9", "5.3", "7.6"
    )
    assert values(result, "all clients", "base gained") == quartiles("2875", "5250", "7625")
    assert values(result, "all clients", "base gained (%)") == quartiles("1.9", "3.5", "5.1")
    assert values(result, "all clients", "levers improved") == quartiles("0", "1", "2")
    assert values(result, "all clients", "days to signature") == quartiles("15.8", "20.5", "25.3")
    assert values(result, "all clients", "response rate: referral") == {
        "rate": D("0.200"),
        "low": D("0.150"),
        "high": D("0.261"),
    }
    assert values(result, "all clients", "reached the level aimed at") == {
        "rate": D("0.750"),
        "low": D("0.505"),
        "high": D("0.898"),
    }
    assert figure(result, "all clients", "year-1 total gained")["n"] == 20
    assert figure(result, "all clients", "reached the level aimed at")["n"] == 16


def test_fewer_than_five_clients_or_one_dominant_client_hide_a_figure() -> None:
    result = outcomes(CLIENTS)
    cold = figure(result, "all clients", "response rate: cold")
    assert cold["values"] is None and cold["n"] is None
    assert "fewer than 5" in str(cold["hidden"])
    recruiter = figure(result, "all clients", "response rate: recruiter")
    assert recruiter["values"] is None and "over 25%" in str(recruiter["hidden"])


def test_groups_hide_small_cells_and_one_more_so_none_can_be_worked_out() -> None:
    result = outcomes(CLIENTS, "cohort")
    assert [g.name for g in result.groups] == ["all clients", "autumn", "spring", "winter"]
    assert values(result, "spring", "year-1 total gained") == quartiles("3000", "5000", "7000")
    assert "fewer than 5" in str(figure(result, "winter", "year-1 total gained")["hidden"])
    autumn = figure(result, "autumn", "year-1 total gained")
    assert autumn["values"] is None and "worked out" in str(autumn["hidden"])
    assert values(result, "all clients", "year-1 total gained") is not None


def test_the_rules_on_their_own() -> None:
    assert not primary([D(1)] * 4).shown
    assert primary([D(1)] * 5).shown
    assert not primary([D(26), D(25), D(25), D(24), D(0)]).shown  # 26 of 100
    assert primary([D(25), D(25), D(25), D(25), D(0)]).shown  # 25% is allowed
    sizes = {"a": 3, "b": 2, "c": 9, "d": 20}
    checks = {"a": Check(False), "b": Check(False), "c": Check(True), "d": Check(True)}
    hidden = {g for g, c in complementary(sizes, checks).items() if not c.shown}
    assert hidden == {"a", "b"}  # two cells with five clients together: enough
    checks["b"] = Check(True)
    hidden = {g for g, c in complementary(sizes, checks).items() if not c.shown}
    assert hidden == {"a", "b"}  # the smallest shown one goes with it
    sizes["b"] = 1
    hidden = {g for g, c in complementary(sizes, checks).items() if not c.shown}
    assert hidden == {"a", "b", "c"}  # 3 + 1 clients are still too few together


def test_the_cli_rolls_up_stored_clients_and_refuses_an_unknown_grouping() -> None:
    from tests.cli.runner import run_cli

    for name in ("A", "B", "C", "D", "E", "F"):
        assert run_cli("client", "add", name, "--cohort", "one").exit_code == 0
        args = ("track", "add", "application", "--company", "X", "--role", "Y")
        day = f"2026-11-0{ord(name) - 64}"
        assert (
            run_cli("--client", name, *args, "--date", day, "--channel", "referral").exit_code == 0
        )
    shown = run_cli("coach", "outcomes", "--json", "--group-by", "cohort").json()
    overall = shown["groups"][0]
    referral = next(f for f in overall["figures"] if f["name"] == "response rate: referral")
    assert referral["n"] == 6 and referral["values"]["rate"] == 0
    gained = next(f for f in overall["figures"] if f["name"] == "year-1 total gained")
    assert gained["values"] is None and gained["n"] is None
    since = run_cli("coach", "outcomes", "--json", "--since", "2026-11-04").json()
    referral = next(f for f in since["groups"][0]["figures"] if "referral" in f["name"])
    assert referral["values"] is None  # three clients applied since then
    refused = run_cli("coach", "outcomes", "--group-by", "shoe-size")
    assert refused.exit_code == 2 and "level, role, place, cohort" in refused.stderr


def test_the_level_reached_is_read_from_each_signed_offer(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.cli.runner import run_cli
    from tests.coach.signed import sign

    levels = {"A": "senior", "B": "staff", "C": "mid", "D": "senior", "E": "L6", "F": "L5"}
    for k, (name, level) in enumerate(levels.items()):
        sign(tmp_path, name, base=180_000 + 1_000 * k, level=level)
    sign(tmp_path, "G", base=190_000, level="principal", target="")  # no target: unknown
    shown = run_cli("coach", "outcomes", "--json").json()
    reached = next(f for f in shown["groups"][0]["figures"] if f["name"].startswith("reached"))
    assert reached["n"] == 6  # G has no target
    assert reached["values"]["rate"] == 0.833  # only C (mid) fell short
