"""The OpenAPI description says what the API really answers: statuses, error shape, token."""

from __future__ import annotations

import json
import re

from tests.web.conftest import Browser, data_of


def _operations(spec: dict) -> list[tuple[str, str, dict]]:  # type: ignore[type-arg]
    return [(p, m, op) for p, ops in spec["paths"].items() for m, op in ops.items()]


def test_no_operation_promises_a_status_the_app_never_sends(client: Browser) -> None:
    spec = data_of(client.get("/openapi.json"))
    for path, method, op in _operations(spec):
        assert "422" not in op["responses"], f"{method} {path}: bad input is a 400"
    text = json.dumps(spec)
    for ref in set(re.findall(r'"\$ref": "#/components/schemas/([^"]+)"', text)):
        assert ref in spec["components"]["schemas"], ref
    assert "HTTPValidationError" not in text


def test_every_post_documents_the_token_and_its_refusals(client: Browser) -> None:
    spec = data_of(client.get("/openapi.json"))
    scheme = spec["components"]["securitySchemes"]["csrfToken"]
    assert scheme == {
        "type": "apiKey",
        "in": "header",
        "name": "X-CSRF-Token",
        "description": scheme["description"],
    }
    posts = [(p, op) for p, m, op in _operations(spec) if m == "post"]
    assert len(posts) >= 10
    for path, op in posts:
        assert op["security"] == [{"csrfToken": []}], path
        for status in ("400", "403", "413"):
            schema = op["responses"][status]["content"]["application/json"]["schema"]
            assert schema["required"] == ["error", "message"], (path, status)


def test_a_bad_post_answers_as_the_description_says(client: Browser) -> None:
    response = client.submit("/offers", {"base": "-5"}, headers={"accept": "application/json"})
    spec = data_of(client.get("/openapi.json"))
    assert str(response.status_code) in spec["paths"]["/offers"]["post"]["responses"]
    assert set(response.json()) <= {"error", "message", "hint", "problems", "suggestions"}


def test_an_error_that_depends_on_accept_says_so(client: Browser) -> None:
    for accept in ("application/json", "text/html"):
        response = client.get("/no/such/page", headers={"accept": accept})
        assert response.status_code == 404
        assert response.headers["vary"] == "Accept", accept
