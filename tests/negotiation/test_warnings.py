"""Numbers and names that are allowed but probably a slip: said once, plainly, nothing refused."""

from decimal import Decimal
from pathlib import Path

from levelset.negotiation import compute_anchor
from tests.cli.runner import run_cli
from tests.negotiation.conftest import INITIAL, offer

STARTUP = str(Path(__file__).parents[2] / "examples" / "offers" / "startup-options.yaml")


def test_a_walk_away_above_the_anchor_is_pointed_out() -> None:
    result = compute_anchor(offer(INITIAL), walk_away=Decimal(400000))
    assert result.anchor.amount == Decimal(200000)  # 190,000 plus 5%, rounded up
    assert any("walk-away ($400,000) is above your anchor ($200,000)" in n for n in result.notes)
    calm = compute_anchor(offer(INITIAL), walk_away=Decimal(180000))
    assert not any("walk-away" in n for n in calm.notes)


def test_an_offer_file_from_another_company_is_pointed_out() -> None:
    result = run_cli("negotiate", "start", "Foo Corp", "--offer", STARTUP, "--date", "2026-01-05")
    assert result.exit_code == 0
    assert "the offer file is from Lumen Labs" in result.stderr.replace("\n", " ")
    same = run_cli("negotiate", "start", "lumen labs", "--offer", STARTUP, "--date", "2026-01-05")
    assert same.exit_code == 0 and "offer file is from" not in same.stderr


def test_a_record_needs_a_company_name() -> None:
    result = run_cli("negotiate", "start", "  ", "--offer", STARTUP, "--date", "2026-01-05")
    assert result.exit_code == 2 and "company" in result.stderr
    assert run_cli("negotiate", "status", "--json").json() == {"negotiations": []}


def test_a_second_start_names_the_stored_record() -> None:
    run_cli("negotiate", "start", "Lumen Labs", "--offer", STARTUP, "--date", "2026-01-05")
    again = run_cli("negotiate", "start", " lumen  labs ", "--offer", STARTUP)
    assert again.exit_code == 4
    assert "a negotiation with Lumen Labs already exists" in again.stderr
    assert "negotiate status 'Lumen Labs'" in again.stderr


def test_an_offer_below_the_walk_away_is_pointed_out() -> None:
    below = compute_anchor(offer(INITIAL), walk_away=Decimal(195000))
    assert any(
        "offered base ($190,000) is below your walk-away ($195,000)" in n for n in below.notes
    )
    above = compute_anchor(offer(INITIAL), walk_away=Decimal(185000))
    assert not any("below your walk-away" in n for n in above.notes)


def test_a_closed_record_says_what_closed_means() -> None:
    run_cli("negotiate", "start", "Lumen Labs", "--offer", STARTUP, "--date", "2026-01-05")
    shown = run_cli("negotiate", "log", "Lumen Labs", "signed", "--date", "2026-01-06").stdout
    shown = " ".join(shown.split())
    assert "step signed: signed" not in shown and "notes and corrections" in shown
