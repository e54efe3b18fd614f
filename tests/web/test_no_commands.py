"""Pages name what to do with links, never a command line or raw backticks."""

from __future__ import annotations

import re

from levelset.web.rendering import command_links, commands
from tests.web.conftest import Browser


def test_a_command_in_the_core_text_becomes_a_link_and_code_stays_code() -> None:
    shown = str(commands("Log applications with `levelset track add` and <b> `x=1`."))
    assert '<a href="/tracking#add">Log an event</a>' in shown
    assert "<code>x=1</code>" in shown and "&lt;b&gt;" in shown and "`" not in shown
    html = command_links("<p>Run <code>levelset proof report</code> or <code>a</code></p>")
    assert html == '<p>Run <a href="/proof">the Proof page</a> or <code>a</code></p>'


def test_the_plan_and_playbook_pages_hold_no_command_lines(client: Browser) -> None:
    client.submit("/profile", {"title": "ML Engineer", "level": "senior"})
    client.submit("/plan", {})
    for path in ("/plan", "/playbook", "/"):
        page = client.get(path).text
        body = page[page.index("<main") : page.index("</main>")]
        assert not re.search(r"levelset (track|proof|score|range|plan|level|negotiate)\b", body)
        assert "`" not in body, path


def test_the_tracking_and_evidence_pages_hold_no_command_lines(client: Browser) -> None:
    from tests.web.test_tracking_plan_playbook import imported, sheet

    imported(client, sheet(6))
    page = client.get("/tracking").text
    body = page[page.index("<main") : page.index("</main>")]
    assert '<a href="/negotiation">the Negotiation page</a>' in body  # no records yet: a link
    for path in ("/tracking", "/market/evidence"):
        page = client.get(path).text
        body = page[page.index("<main") : page.index("</main>")]
        assert not re.search(r"levelset (track|proof|score|range|negotiate|market)\b", body), path
        assert "`" not in body, path


def test_the_empty_tracking_and_the_offers_pages_hold_no_command_lines(client: Browser) -> None:
    for path in ("/tracking", "/offers"):
        page = client.get(path).text
        body = page[page.index("<main") : page.index("</main>")]
        assert not re.search(r"levelset (practice|offer|track|negotiate)\b", body), path
        assert "<code>levelset" not in body, path
