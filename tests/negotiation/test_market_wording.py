"""What Maya reads when the market range backs a number: the role, level and place the range is
for, one readable source with its period and sample size, no internal dataset names."""

import re
from pathlib import Path

from tests.cli.runner import run_cli

EXAMPLES = Path(__file__).parents[2] / "examples" / "offers"
BIGCO = str(EXAMPLES / "bigco-rsu.yaml")
STARTUP = str(EXAMPLES / "startup-options.yaml")


def test_market_backed_anchor_compare_and_counter_read_plainly() -> None:
    assert run_cli("negotiate", "start", "Northwind Cloud", "--offer", BIGCO).exit_code == 0
    anchor = run_cli("negotiate", "anchor", "Northwind Cloud", "--json").json()
    reason, source = anchor["anchor"]["reason"], anchor["anchor"]["source"]
    assert re.search(
        r"is the 75th percentile of self-reported salaries for Machine Learning Engineer "
        r"\(senior\) in the United States",
        reason,
    ), reason
    assert re.search(r"n=\d+", source) and "aijobs_" not in source, source
    assert "Seattle" in (anchor["market"]["note"] or "")  # says the range is national, and why
    table = run_cli("negotiate", "anchor", "Northwind Cloud", "--preview").stdout
    assert "sign-on" in table and "title or" in table and "sign on" not in table
    flat = " ".join(table.split())
    assert "market range: Machine Learning Engineer (senior) in the United States" in flat
    assert "no cities for Seattle" in flat  # the note on the range is shown, not only stored
    counter = run_cli("negotiate", "draft", "Northwind Cloud", "counter", "--json").json()
    assert "aijobs_" not in counter["body"] and "(Crowd (" not in counter["body"]
    compared = run_cli("offer", "compare", BIGCO, STARTUP).stdout
    assert "aijobs_" not in compared and "; )" not in compared
    assert "RSU grant value" in compared and "preferred price" in compared
    assert "rate USD" not in compared
