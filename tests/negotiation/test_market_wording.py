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
    # issue 13: a Seattle offer is anchored on Seattle's own range, not the national crowd
    assert re.search(
        r"is the 75th percentile of official base wages for Machine Learning Engineer "
        r"\(senior\) in Seattle-Tacoma-Bellevue, WA",
        reason,
    ), reason
    assert re.search(r"n=\d+", source) and "oews_" not in source, source
    assert "Seattle" in (anchor["market"]["note"] or "")  # says which range stands for Seattle
    table = run_cli("negotiate", "anchor", "Northwind Cloud", "--preview").stdout
    # a narrow first column wraps "title or level" at its spaces: read that column alone
    levers = " ".join(r.split("│")[1].strip() for r in table.splitlines() if r.startswith("│"))
    assert "sign-on" in levers and "title or level" in levers and "sign on" not in levers
    flat = " ".join(table.split())
    assert "market range: Machine Learning Engineer (senior) in Seattle-Tacoma-Bellevue, WA" in flat
    assert "nearest range is Seattle-Tacoma-Bellevue" in flat  # the note is shown, not only stored
    counter = run_cli("negotiate", "draft", "Northwind Cloud", "counter", "--json").json()
    assert "aijobs_" not in counter["body"] and "(Crowd (" not in counter["body"]
    compared = run_cli("offer", "compare", BIGCO, STARTUP).stdout
    assert "aijobs_" not in compared and "; )" not in compared
    assert "RSU grant value" in compared and "preferred price" in compared
    assert "rate USD" not in compared
