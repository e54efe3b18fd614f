"""The web app serves the coach's workspace: the roster as home, a switcher, each client's
pages under /c/<client>/ with every link, form and redirect kept under that prefix."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.cli.runner import run_cli
from tests.web.conftest import BASE, Browser

pytestmark = pytest.mark.usefixtures("market")

ROOT_LINK = re.compile(r'\s(?:href|action|src)="(/[^"]*)"')


def add(*names: str) -> None:
    for name in names:
        assert run_cli("client", "add", name).exit_code == 0


def test_without_clients_home_is_the_dashboard_and_no_switcher(client: Browser) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "where you stand" in page.text
    assert 'class="switcher"' not in page.text


def test_with_clients_home_is_the_roster_with_a_switcher(client: Browser) -> None:
    add("Ada Park", "Bo")
    assert run_cli("client", "add", "Cy").exit_code == 0
    assert run_cli("client", "archive", "Cy").exit_code == 0
    home = client.get("/")
    assert home.status_code == 303 and home.headers["location"] == "/coach"
    roster = client.get("/coach")
    assert roster.status_code == 200
    assert '<a href="/c/Ada%20Park/">Ada Park</a>' in roster.text and "Cy" not in roster.text
    options = re.findall(r'<option value="([^"]*)"', roster.text)
    assert options == ["", "Ada Park", "Bo"]
    shown = client.get("/coach.json").json()
    assert [c["name"] for c in shown["clients"]] == ["Ada Park", "Bo"]
    assert shown["needing_attention"] == 0
    assert "where you stand" in client.get("/you").text  # the coach's own dashboard
    assert client.get("/index.json").status_code == 200


def test_the_switcher_opens_a_client_by_name(client: Browser) -> None:
    add("Ada Park")
    opened = client.get("/c", params={"client": "ada  park"})
    assert (opened.status_code, opened.headers["location"]) == (303, "/c/Ada%20Park/")
    assert client.get("/c", params={"client": ""}).headers["location"] == "/"
    assert client.get("/c", params={"client": "Nobody"}).status_code == 404


def test_a_clients_pages_live_under_their_prefix(client: Browser) -> None:
    add("Ada Park", "Bo")
    assert client.get("/c/Ada%20Park").headers["location"] == "/c/Ada%20Park/"
    assert client.get("/c/Nobody/").status_code == 404
    assert client.get("/c/Nobody/offers.json").json()["error"] == "not_found"
    paths = ("/", "/offers", "/market", "/negotiation", "/plan", "/tracking", "/board", "/equity")
    for path in (*paths, "/ladder"):
        page = client.get(f"/c/Ada%20Park{path}")
        assert page.status_code == 200, (path, page.text[:300])
        assert "Ada Park's pages" in page.text
        assert '<meta name="root" content="/c/Ada%20Park">' in page.text  # for the scripts
        assert int(page.headers["content-length"]) == len(page.content)
        for link in ROOT_LINK.findall(page.text):
            assert link.startswith(("/c/Ada%20Park/", "/static/", "/openapi.json", "/c")), link
    assert client.get("/c/Ada%20Park/coach").status_code == 404  # the roster is the coach's


def test_a_form_under_a_client_saves_for_that_client_and_returns_there(client: Browser) -> None:
    add("Ada Park", "Bo")
    page = client.get("/c/Ada%20Park/").text
    token = re.search(r'name="csrf-token" content="([0-9a-f]+)"', page)
    assert token is not None
    form = {"title": "ML Engineer", "level": "staff", "csrf_token": token.group(1)}
    headers = {"origin": BASE, "sec-fetch-site": "same-origin"}
    saved = client.post("/c/Ada%20Park/profile", data=form, headers=headers)
    assert saved.status_code == 303 and saved.headers["location"].startswith("/c/Ada%20Park/")
    theirs = run_cli("--client", "Ada Park", "profile", "show", "--json").json()
    assert theirs["profile"]["target_band"] == "staff"
    for whose in ((), ("--client", "Bo")):
        assert run_cli(*whose, "profile", "show", "--json").json()["profile"]["target_band"] is None
    assert client.get("/c/Ada%20Park/index.json").json()["target"]["profile"]["target_band"] == (
        "staff"
    )


def test_a_clients_deletion_is_undone_only_in_their_own_pages(client: Browser) -> None:
    add("Ada Park", "Bo")
    page = client.get("/c/Ada%20Park/").text
    found = re.search(r'name="csrf-token" content="([0-9a-f]+)"', page)
    assert found is not None
    headers = {"origin": BASE, "sec-fetch-site": "same-origin", "accept": "application/json"}

    def post(path: str, data: dict[str, str]) -> Any:
        return client.post(path, data={**data, "csrf_token": found.group(1)}, headers=headers)

    assert post("/c/Ada%20Park/offers", {"company": "Northwind", "base": "185000"}).is_success
    token = post("/c/Ada%20Park/offers/1/delete", {}).json()["token"]
    assert post("/c/Bo/undo", {"token": token}).status_code == 404  # never another's file
    assert client.get("/c/Bo/offers.json").json()["offers"] == []
    assert post("/c/Ada%20Park/undo", {"token": token}).status_code == 200
    offers = client.get("/c/Ada%20Park/offers.json").json()["offers"]
    assert [o["offer"]["company"] for o in offers] == ["Northwind"]


def test_the_roster_says_a_client_has_no_data_yet_and_what_to_do_first(client: Browser) -> None:
    add("Ada Park", "Bo")
    assert run_cli("--client", "Bo", "profile", "set", "--title", "ML Engineer").exit_code == 0
    roster = client.get("/coach").text
    assert roster.count("No data yet.") == 1
    assert '<a href="/c/Ada%20Park/proof">import a résumé</a>' in roster
    shown = {c["name"]: c for c in client.get("/coach.json").json()["clients"]}
    assert shown["Ada Park"]["no_data"] and shown["Ada Park"]["first_steps"]
    assert not shown["Bo"]["no_data"] and shown["Bo"]["needs"] == ["resume"]
    assert 'Needs next: <a href="/c/Bo/proof">import a résumé</a>.' in roster


def test_each_clients_page_links_to_a_json_twin_that_answers(client: Browser) -> None:
    add("Ada Park")
    for path in ("/c/Ada%20Park/", "/c/Ada%20Park/offers", "/you", "/coach"):
        page = client.get(path)
        assert page.status_code == 200, path
        (twin,) = re.findall(r'<a href="([^"]+)">this page as JSON</a>', page.text)
        assert client.get(twin).status_code == 200, (path, twin)


def _nav(page: str) -> list[tuple[str, str]]:
    menu = page[page.index('<ul class="nav">') : page.index("</nav>")]
    return re.findall(r'<a href="([^"]*)"[^>]*>([^<]*)</a>', menu)


def test_the_navigation_leads_to_the_roster_when_there_are_clients(client: Browser) -> None:
    """A coach with clients had no "Coach" link: the roster was reached only through "/"
    (whose "Dashboard" link then never reached the coach's own dashboard) or the switcher."""
    assert ("/coach", "Coach") not in _nav(client.get("/").text)  # no clients: no roster
    add("Ada Park")
    own = _nav(client.get("/market").text)
    assert own[:2] == [("/coach", "Coach"), ("/you", "Dashboard")]
    roster = client.get("/coach").text
    assert '<a href="/coach" aria-current="page">Coach</a>' in roster
    theirs = _nav(client.get("/c/Ada%20Park/market").text)
    assert theirs[:2] == [("/c", "Coach"), ("/c/Ada%20Park/", "Dashboard")]
    back = client.get("/c", params={"client": ""})
    assert client.get(back.headers["location"]).headers["location"] == "/coach"


def test_a_clients_dashboard_names_the_client(client: Browser) -> None:
    """A client's dashboard said "Here is where you stand" with no name: the coach reading it
    had only the banner to tell whose it was."""
    add("Ada Park")
    page = client.get("/c/Ada%20Park/").text
    assert "<title>Ada Park · Dashboard · levelset</title>" in page
    head = page[page.index('<section class="page-head">') : page.index("</section>")]
    assert "Ada Park's dashboard" in head and "<h1>Where Ada Park stands</h1>" in head
    own = client.get("/you").text
    assert "where you stand" in own and "Ada Park" not in own[own.index("<main") :]
    # the target's card speaks of the client too, not of the coach's own target
    body = page[page.index("<main") :]
    assert "Your target</h2>" not in body and "Edit your target" not in body
    assert "Ada Park's target</h2>" in body and "Edit Ada Park's target" in body
    assert "Your target</h2>" in own


def test_a_clients_next_step_speaks_to_the_coach_about_the_client(client: Browser) -> None:
    """A client's dashboard told the coach "Say which role and level you aim for."."""
    add("Ada Park")
    step = client.get("/c/Ada%20Park/index.json").json()["next_step"]
    assert step["text"] == "Say which role and level Ada Park aims for."
    assert step["action"] == "Set Ada Park's target"
    assert "Say which role and level Ada Park aims for." in client.get("/c/Ada%20Park/").text
    own = client.get("/you.json").json()["next_step"]
    assert own["text"] == "Say which role and level you aim for."
    target = ("--title", "ML Engineer", "--level", "senior")
    assert run_cli("--client", "Ada Park", "profile", "set", *target).exit_code == 0
    step = client.get("/c/Ada%20Park/index.json").json()["next_step"]
    assert step["text"] == "Add the offer Ada Park has, to see it on the market range."


def test_a_clients_pages_are_headed_with_their_name_not_yours(client: Browser) -> None:
    """A coach on Ada's tracking page read 'What is working in your search'."""
    add("Ada Park")
    heads = {
        "/tracking": "What is working in Ada Park's search",
        "/plan": "Ada Park's next 30 days",
        "/proof": "What Ada Park's materials prove",
        "/board": "Ada Park's applications, stage by stage",
        "/equity": "What Ada Park's equity could be worth",
        "/ladder": "Where Ada Park stands on the ladder",
    }
    for path, head in heads.items():
        page = client.get(f"/c/Ada%20Park{path}")
        assert page.status_code == 200, path
        shown = re.search(r"<h1>(.*?)</h1>", page.text, re.S)
        assert shown and " ".join(shown.group(1).split()) == head.replace("'", "&#39;"), (
            path,
            shown and shown.group(1),
        )
    own = re.search(r"<h1>(.*?)</h1>", client.get("/tracking").text, re.S)
    assert own and own.group(1) == "What is working in your search"


def test_the_roster_says_no_activity_yet_in_words(client: Browser) -> None:
    # a client without records read "last activity none yet"
    add("Ada Park")
    roster = client.get("/coach").text
    assert "no activity yet" in roster and "none yet" not in roster
