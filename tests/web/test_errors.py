"""Every error answers in one shape, {error, message, hint?, problems?}, with its status."""

from __future__ import annotations

from typing import Any

import pytest

from levelset.errors import Conflict, DataUnavailable, InputError, NotFound, Problem, UnknownValue
from levelset.web.errors import error_body
from tests.web.conftest import BASE, Browser, TestClient


def _shape(body: dict[str, Any]) -> None:
    assert set(body) <= {"error", "message", "hint", "problems", "suggestions"}
    assert isinstance(body["error"], str) and isinstance(body["message"], str)


def test_an_unknown_json_path_is_a_404_in_the_shape(client: Browser) -> None:
    response = client.get("/no/such/page.json")
    assert response.status_code == 404
    _shape(response.json())
    assert response.json() == {"error": "not_found", "message": "no page at /no/such/page.json"}


def test_an_unknown_page_is_a_404_page_for_browsers(client: Browser) -> None:
    response = client.get("/no/such/page", headers={"accept": "text/html"})
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "No page at /no/such/page." in response.text


def test_the_same_error_as_json_when_the_client_asks_for_it(client: Browser) -> None:
    response = client.get("/no/such/page", headers={"accept": "application/json"})
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


@pytest.mark.usefixtures("market")
def test_bad_input_in_a_form_names_the_field_and_stores_nothing(client: Browser) -> None:
    client.submit("/profile", {"title": "ML Engineer"})
    response = client.submit(
        "/profile",
        {"title": "Wizard", "level": "grandmaster"},
        headers={"accept": "application/json"},
    )
    assert response.status_code == 400
    body = response.json()
    _shape(body)
    assert body["error"] == "unknown_value"
    assert "grandmaster" in body["message"]
    assert "senior" in body["hint"]
    stored = client.get("/index.json").json()["target"]["profile"]
    assert stored["target_title"] == "ML Engineer"


def test_bad_input_renders_as_a_readable_page(client: Browser) -> None:
    response = client.submit("/plan", {"start": "2026-13-45"})
    assert response.status_code == 400
    assert "Something in the form needs fixing" in response.text
    assert "2026-13-45" in response.text and "not a date" in response.text


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (InputError("bad", problems=[Problem("too big", file="a.csv", line=3, field="x")]), 400),
        (UnknownValue("place", "Atlantis", ["Atlanta, GA"]), 400),
        (NotFound("no offer 7"), 404),
        (Conflict("already signed"), 409),
        (DataUnavailable("market data missing", hint="run levelset data rebuild"), 503),
    ],
)
def test_domain_errors_keep_their_status_and_to_dict(
    paths: Any, error: Exception, status: int
) -> None:
    from levelset.app.workspace import Workspace
    from levelset.web.app import create_app

    app = create_app(Workspace.at(paths.home), port=8765)

    @app.get("/boom.json")
    def boom() -> None:
        raise error

    with TestClient(app, base_url=BASE) as raw:
        response = raw.get("/boom.json")
    assert response.status_code == status
    assert response.json() == error_body(error)  # type: ignore[arg-type]
    _shape(response.json())


def test_an_unexpected_error_is_a_500_without_internals(paths: Any) -> None:
    from levelset.app.workspace import Workspace
    from levelset.web.app import create_app

    app = create_app(Workspace.at(paths.home), port=8765)

    @app.get("/crash.json")
    def crash() -> None:
        raise RuntimeError("secret internal detail")

    with TestClient(app, base_url=BASE, raise_server_exceptions=False) as raw:
        response = raw.get("/crash.json")
    assert response.status_code == 500
    assert response.json()["error"] == "internal"
    assert "secret" not in response.text


def test_a_bad_query_parameter_is_a_400_in_the_shape(client: Browser) -> None:
    response = client.get("/market.json", params={"offer": "a lot"})
    assert response.status_code == 400
    body = response.json()
    _shape(body)
    assert "offer" in body["message"]
