"""An offer whose start date has passed is flagged wherever offers are read or compared
(bigco-rsu.yaml started on 2026-01-12 and nothing said so); a start still ahead is not."""

import datetime as dt
from pathlib import Path

from levelset.offers import compare_offers, parse_offer, value_offer
from tests.cli.runner import run_cli

TODAY = dt.date.today()
PAST, AHEAD = TODAY - dt.timedelta(days=30), TODAY + dt.timedelta(days=30)


def _offer(tmp_path: Path, company: str, start: dt.date) -> Path:
    path = tmp_path / f"{company.lower()}.yaml"
    text = f"company: {company}\ncurrency: USD\nbase: 190000\nstart_date: {start.isoformat()}\n"
    path.write_text(text, encoding="utf-8")
    return path


def _passed(notes: list[str]) -> list[str]:
    return [n for n in notes if "has passed" in n]


def test_a_past_start_date_is_noted_when_an_offer_is_valued_shown_and_compared(
    tmp_path: Path,
) -> None:
    old, new = _offer(tmp_path, "Oldco", PAST), _offer(tmp_path, "Newco", AHEAD)
    said = f"start date {PAST.isoformat()} has passed: if the offer still stands, agree a new"
    assert _passed(run_cli("offer", "value", str(new), "--json").json()["notes"]) == []
    [note] = _passed(run_cli("offer", "value", str(old), "--json").json()["notes"])
    assert note.startswith(said)
    assert said in " ".join(run_cli("offer", "value", str(old)).stdout.split())
    added = run_cli("offer", "add", str(old), str(new))
    assert added.exit_code == 0 and "offer #1 (Oldco): start date" in added.stderr
    assert "Newco" not in added.stderr
    shown = run_cli("offer", "show", "1", "--json").json()
    assert _passed(shown["valuation"]["notes"]) == [note]
    compared = run_cli("offer", "compare", "1", "2", "--no-market", "--json").json()
    assert _passed(compared["notes"]) == [f"Oldco: {note}"]
    assert [len(_passed(o["valuation"]["notes"])) for o in compared["offers"]] == [1, 0]
    text = " ".join(run_cli("offer", "compare", "1", "2", "--no-market").stdout.split())
    assert f"Oldco: {said}" in text


def test_the_core_notes_a_passed_start_only_when_given_today() -> None:
    offer = parse_offer({"company": "A", "currency": "USD", "base": "1", "start_date": PAST})
    assert _passed(list(value_offer(offer, today=TODAY).notes))
    assert not _passed(list(value_offer(offer).notes))  # no clock in the core: no guess
    assert not _passed(list(value_offer(offer, today=PAST).notes))  # on the day itself
    [compared] = compare_offers([offer], today=TODAY).offers
    assert _passed(list(compared.valuation.notes))


def test_the_shipped_examples_carry_no_start_date_that_rots() -> None:
    examples = Path(__file__).resolve().parents[2] / "examples"
    for path in (*examples.glob("offers/*.yaml"), *examples.glob("negotiation/*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert not [line for line in lines if line.startswith("start_date:")], path
