"""Commands given sloppy input: one clear message each, exit code 2, nothing stored changes."""

import datetime as dt
from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.offers import make_rate, parse_offer
from tests.cli.runner import run_cli
from tests.suite_day import TODAY

pytestmark = pytest.mark.usefixtures("on_the_suites_day")  # the commands' day is TODAY

BIGCO = str(Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml")


def test_a_rate_cannot_be_dated_in_the_future_or_use_a_non_ascii_code() -> None:
    ahead = TODAY + dt.timedelta(days=3)
    with pytest.raises(InputError, match="in the future"):
        make_rate("EUR", "1.1", ahead, "my bank", today=TODAY)
    with pytest.raises(InputError, match="three-letter code"):
        make_rate("ÄÖÜ", "1.1", dt.date(2026, 1, 1), "my bank", today=TODAY)
    before = run_cli("offer", "rates", "--json").stdout
    result = run_cli("offer", "rates", "set", "EUR", "1.1", "--date", ahead.isoformat())
    assert result.exit_code == 2 and run_cli("offer", "rates", "--json").stdout == before


def test_compare_needs_two_offers() -> None:
    result = run_cli("offer", "compare", BIGCO, "--no-market")
    assert result.exit_code == 2 and "two or more offers" in result.stderr


def test_a_bad_csv_row_is_named_once_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "offers.csv"
    path.write_text("company,currency,base\nA,USD,100\nB,USD,-1\n", encoding="utf-8")
    result = run_cli("offer", "import", str(path))
    assert result.exit_code == 2
    assert result.stderr.count(str(path)) == 1 and "line 3, base" in result.stderr
    assert run_cli("offer", "list", "--json").json() == {"offers": []}


def test_a_bad_grant_value_is_not_also_reported_missing() -> None:
    with pytest.raises(InputError) as caught:
        parse_offer({"company": "A", "currency": "USD", "base": 1, "equity": {"grant_value": "x"}})
    assert [p.message for p in caught.value.problems] == ["'x' is not a number"]


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        ("grid.csv", "company,currency,base,equity,equity.grant_value\nA,USD,1,5,100\n",
         "line 1, equity: a value and a group of columns at once"),
        ("wide.csv", "company,currency,base\nA,USD,1,extra,cols\n", "line 2: 2 more values than"),
        ("none.csv", "company,currency,base\n", "no offers in the file"),
        ("none.json", '{"offers": []}', "no offers in the file"),
        ("five.yaml", "offers: 5\n", "offers: not a list of offers"),
    ],
)  # fmt: skip
def test_a_collection_of_the_wrong_shape_is_refused(
    tmp_path: Path, name: str, text: str, said: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run_cli("offer", "import", str(path))
    assert result.exit_code == 2 and "Traceback" not in result.stderr, result.stderr
    assert said in result.stderr
    assert run_cli("offer", "list", "--json").json() == {"offers": []}
