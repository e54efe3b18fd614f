"""What the pages offer next once a negotiation is under way or closed."""

from __future__ import annotations

import re
from pathlib import Path

from tests.cli.runner import run_cli
from tests.web.conftest import Browser, data_of

OFFER = Path(__file__).parents[2] / "examples" / "offers" / "bigco-rsu.yaml"


def test_a_negotiation_started_from_an_offer_file_is_the_next_step_not_adding_an_offer(
    client: Browser,
) -> None:
    client.submit("/profile", {"title": "ML Engineer", "level": "senior"})
    started = run_cli("negotiate", "start", "Northwind Cloud", "--offer", str(OFFER))
    assert started.exit_code == 0, started.stderr
    step = data_of(client.get("/index.json"))["next_step"]
    assert step["href"].startswith("/negotiation/Northwind") and step["action"] != "Add an offer"


def test_a_signed_negotiation_offers_only_a_note_to_log(client: Browser) -> None:
    run_cli("negotiate", "start", "Northwind Cloud", "--offer", str(OFFER))
    page = client.get("/negotiation/Northwind%20Cloud").text
    assert 'value="counter_sent"' in page
    assert run_cli("negotiate", "log", "Northwind Cloud", "signed").exit_code == 0
    page = client.get("/negotiation/Northwind%20Cloud").text
    kind = re.search(r'<select id="e-kind".*?</select>', page, re.S)
    assert kind and re.findall(r'value="(\w+)"', kind.group(0)) == ["note"]


def test_what_is_still_to_set_is_named_as_the_form_names_it(client: Browser) -> None:
    """'Still to set: target title, target band, locations, ...' named no field of the form."""
    page = client.get("/").text
    shown = re.search(r"Still to set: ([^<]*)", page)
    assert shown and shown.group(1) == "target job title, target level, places, positioning.", (
        shown and shown.group(1)
    )
    assert "Target job title" in page and "Target level" in page  # the form's own labels
