"""Offer files: every problem reported with its file, line, field and what is expected."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.offers import EquityKind, load_offer, offer_to_data, parse_offer, plain

BAD = """\
company: Broken Corp
currency: USDD
base: -5
bonus_target_pct: 10
equity:
  grant_value: 100000
  vesting: [25, 25, 25]
  cliff_months: 60
"""


def _problems(path: Path) -> dict[str, tuple[int | None, str, str | None]]:
    with pytest.raises(InputError) as caught:
        load_offer(path)
    return {p.field or "": (p.line, p.message, p.expected) for p in caught.value.problems}


def test_every_problem_of_a_yaml_file_names_file_line_field_and_expectation(
    tmp_path: Path,
) -> None:
    path = tmp_path / "offer.yaml"
    path.write_text(BAD, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_offer(path)
    assert all(p.file == str(path) for p in caught.value.problems)
    found = _problems(path)
    assert set(found) == {"currency", "base", "equity.vesting", "equity.cliff_months"}
    assert found["currency"][0] == 2 and "unknown currency" in found["currency"][1]
    assert "USD" in (found["currency"][2] or "")
    assert found["base"][0] == 3 and "negative" in found["base"][1]
    assert found["equity.vesting"][0] == 7 and "75%" in found["equity.vesting"][1]
    assert "100" in (found["equity.vesting"][2] or "")
    assert found["equity.cliff_months"][0] == 8
    assert "longer than the vesting" in found["equity.cliff_months"][1]


def test_missing_fields_and_unknown_fields(tmp_path: Path) -> None:
    path = tmp_path / "offer.json"
    path.write_text(json.dumps({"currency": "EUR", "bsae": 100}), encoding="utf-8")
    found = _problems(path)
    assert set(found) == {"company", "base", "bsae"}
    assert found["company"][1] == "missing"
    assert "base" in (found["bsae"][2] or "")  # the closest known field is suggested


def test_broken_yaml_points_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "offer.yaml"
    path.write_text("company: A\nbase: [1, 2\ncurrency: USD\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_offer(path)
    assert caught.value.problems[0].line is not None
    assert "not valid YAML" in caught.value.problems[0].message


def test_rsu_by_shares_and_options_need_their_fields() -> None:
    rsu = parse_offer(
        {
            "company": "A",
            "currency": "USD",
            "base": 1,
            "equity": {"shares": 1000, "share_price": "123.45", "vesting": "5/15/40/40"},
        }
    )
    assert rsu.equity is not None and rsu.equity.rsu_value == Decimal("123450.00")
    with pytest.raises(InputError) as caught:
        parse_offer(
            {
                "company": "B",
                "currency": "USD",
                "base": 1,
                "equity": {"type": "options", "exit_values": [1000000]},
            }
        )
    fields = {p.field for p in caught.value.problems}
    assert fields == {"equity.shares", "equity.strike", "equity.fully_diluted_shares"}


def test_an_offer_written_out_reads_back_the_same(tmp_path: Path) -> None:
    offer = load_offer(Path(__file__).parents[2] / "examples" / "offers" / "startup-options.yaml")
    assert offer.equity is not None and offer.equity.kind is EquityKind.OPTIONS
    path = tmp_path / "again.json"
    path.write_text(json.dumps(plain(offer_to_data(offer))), encoding="utf-8")
    assert load_offer(path) == offer


def test_vesting_years_must_match_a_listed_schedule() -> None:
    with pytest.raises(InputError) as caught:
        parse_offer(
            {
                "company": "A",
                "currency": "USD",
                "base": 1,
                "equity": {"grant_value": 1000, "vesting": [50, 50], "vesting_years": 4},
            }
        )
    assert [p.field for p in caught.value.problems] == ["equity.vesting_years"]
    three = parse_offer(
        {
            "company": "A",
            "currency": "USD",
            "base": 1,
            "equity": {"grant_value": 999, "vesting": "even", "vesting_years": 3},
        }
    )
    assert three.equity is not None and sum(three.equity.vesting.year_pcts) == 100


def test_a_currency_written_as_a_word_suggests_the_usual_codes(tmp_path: Path) -> None:
    path = tmp_path / "offer.yaml"
    path.write_text("company: Hooli\ncurrency: dollars\nbase: 150000\n", encoding="utf-8")
    expected = _problems(path)["currency"][2] or ""
    assert "USD" in expected and "ZAR" not in expected  # no far-fetched spelling guesses
    path.write_text("company: Hooli\ncurrency: euro\nbase: 150000\n", encoding="utf-8")
    assert "such as EUR;" in (_problems(path)["currency"][2] or "")
