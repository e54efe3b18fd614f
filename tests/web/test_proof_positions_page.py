"""The positions page: what was read, corrected through the same use cases as the CLI."""

from __future__ import annotations

from tests.web.conftest import Browser, data_of
from tests.web.test_proof_page import RESUME, upload


def _positions(client: Browser) -> list[dict[str, object]]:
    return data_of(client.get("/proof/positions.json"))["positions"]  # type: ignore[no-any-return]


def test_positions_are_listed_and_corrected_on_the_page(client: Browser) -> None:
    assert _positions(client) == []
    assert "No positions read yet" in client.get("/proof/positions").text
    upload(client, ("resume.md", RESUME))
    rows = _positions(client)
    assert [(p["title"], p["company"], p["start"], p["end"]) for p in rows] == [
        ("Senior ML Engineer", "Example Corp", "2021", None),
        ("ML Engineer", "Other Inc", "2018", "2021"),
    ]
    page = client.get("/proof/positions").text
    assert "Example Corp" in page and "Responsible for the feature store" in page
    assert '<h2 id="positions-h">2 positions</h2>' in page

    token = client.token()
    edit = {"csrf_token": token, "number": "1", "company": "Example Corporation", "end": ""}
    response = client.post("/proof/positions/edit", data=edit)
    assert response.status_code == 303 and response.headers["location"] == "/proof/positions"
    move = {"csrf_token": token, "number": "1", "bullet": "2", "to": "2"}
    assert client.post("/proof/positions/move", data=move).status_code == 303
    rows = _positions(client)
    assert rows[0]["company"] == "Example Corporation" and rows[0]["end"] is None
    assert rows[1]["bullets"][-1] == "Responsible for the feature store"

    upload(client, ("resume.md", RESUME))  # the same file again keeps the corrections
    assert _positions(client)[0]["company"] == "Example Corporation"
    report = data_of(client.get("/proof.json"))["report"]
    assert report["positions"][0]["company"] == "Example Corporation"


def test_a_bad_correction_is_refused_with_its_reason(client: Browser) -> None:
    upload(client, ("resume.md", RESUME))
    bad = {"csrf_token": client.token(), "number": "1", "start": "soon"}
    response = client.post(
        "/proof/positions/edit", data=bad, headers={"Accept": "application/json"}
    )
    assert response.status_code == 400 and "not a date" in response.json()["message"]
    missing = {"csrf_token": client.token(), "number": "7"}
    response = client.post(
        "/proof/positions/drop", data=missing, headers={"Accept": "application/json"}
    )
    assert response.status_code == 404


def test_undo_is_offered_only_once_there_is_a_correction(client: Browser) -> None:
    upload(client, ("resume.md", RESUME))
    assert data_of(client.get("/proof/positions.json"))["corrections"] == 0
    assert "Undo the last correction" not in client.get("/proof/positions").text
    edit = {"csrf_token": client.token(), "number": "1", "company": "Example Corporation"}
    assert client.post("/proof/positions/edit", data=edit).status_code == 303
    assert data_of(client.get("/proof/positions.json"))["corrections"] == 1
    assert "Undo the last correction" in client.get("/proof/positions").text
