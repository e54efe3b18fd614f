"""Every page: served as HTML, its JSON twin from the same view, described in the OpenAPI."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from tests.web.conftest import Browser, data_of

PAGES = ["/", "/market", "/offers", "/negotiation", "/proof", "/tracking", "/plan", "/playbook"]
pytestmark = pytest.mark.usefixtures("market")


def twin(path: str) -> str:
    return "/index.json" if path == "/" else f"{path}.json"


class Form(HTMLParser):
    """Collects what accessibility checks need: ids, labels, controls, headings."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.labels: set[str] = set()
        self.controls: list[dict[str, str | None]] = []
        self.h1 = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.append(str(found["id"]))
        if tag == "label" and found.get("for"):
            self.labels.add(str(found["for"]))
        if tag in ("input", "select", "textarea") and found.get("type") != "hidden":
            self.controls.append(found)
        self.h1 += tag == "h1"


@pytest.mark.parametrize("path", PAGES)
def test_every_page_and_its_json_twin(client: Browser, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    by_path = data_of(client.get(twin(path)))
    by_accept = data_of(client.get(path, headers={"accept": "application/json"}))
    assert by_path == by_accept
    assert f'href="{twin(path)}"' in page.text  # the page links to its twin


@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_labelled_and_keyboard_ready(client: Browser, path: str) -> None:
    parser = Form()
    parser.feed(client.get(path).text)
    assert parser.h1 == 1
    assert len(parser.ids) == len(set(parser.ids)), "ids are unique"
    unlabelled = [
        c for c in parser.controls
        if c.get("id") not in parser.labels and not c.get("aria-label")
        and c.get("type") not in ("checkbox",)  # checkboxes sit inside their label
    ]  # fmt: skip
    assert not unlabelled, f"controls without a label: {unlabelled}"
    html = client.get(path).text
    assert '<html lang="en">' in html and 'class="skip-link" href="#main"' in html


def test_the_dashboard_shows_what_exists(client: Browser) -> None:
    target = {"title": "ML Engineer", "level": "senior", "places": "Seattle, WA"}
    client.submit("/profile", {**target, "positioning": "I ship ranking models that move revenue."})
    data = data_of(client.get("/index.json"))
    assert data["target"]["missing"] == []
    assert data["market"]["available"] and data["market"]["data"]["headline"]["mid"] > 0
    page = client.get("/").text
    assert "I ship ranking models that move revenue." in page
    for source in data["market"]["data"]["from"]:
        assert source["label"] in page and f"{source['n']:,}" in page
    nav = re.findall(r'<ul class="nav">(.*?)</ul>', page, flags=re.DOTALL)[0]
    for href in PAGES:
        assert f'href="{href}"' in nav


def test_the_openapi_describes_every_json_route(client: Browser) -> None:
    spec = data_of(client.get("/openapi.json"))
    paths = spec["paths"]
    for path in PAGES:
        json_path = twin(path)
        assert "get" in paths[json_path], json_path
        answer = paths[json_path]["get"]["responses"]
        assert "application/json" in answer["200"]["content"]
        assert answer["400"]["content"]["application/json"]["schema"]["required"] == [
            "error", "message"
        ]  # fmt: skip
    assert "/negotiation/{company}.json" in paths
    assert "post" in paths["/narrative/score.json"]
    assert "/" not in paths and "/market" not in paths  # HTML pages are not the JSON API


def test_no_interactive_docs_that_would_need_a_cdn(client: Browser) -> None:
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_static_files_are_shipped_in_the_package(client: Browser) -> None:
    for name in ("app.css", "app.js", "favicon.svg"):
        response = client.get(f"/static/{name}")
        assert response.status_code == 200 and response.content
    assert "http" not in client.get("/static/app.js").text.replace("https://", "")


def test_the_dashboard_follows_every_change_to_the_records(client: Browser) -> None:
    assert data_of(client.get("/index.json"))["target"]["profile"]["target_title"] is None
    for title in ("ML Engineer", "Data Scientist", "ML Engineer"):
        client.submit("/profile", {"title": title, "level": "senior"})
        assert data_of(client.get("/index.json"))["target"]["profile"]["target_title"] == title
    client.submit("/offers", {"company": "Acme", "base": "150000"})
    client.submit("/negotiation", {"offer_id": "1"})
    steps = data_of(client.get("/index.json"))["negotiation"]["data"]
    assert [n["company"] for n in steps] == ["Acme"]
