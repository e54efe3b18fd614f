"""Typed view models: the JSON twins answer what their models say, and OpenAPI is made from them."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.responses import JSONResponse

from levelset.paths import Paths
from levelset.web.pages import ViewModel
from levelset.web.views.dashboard import DashboardPage
from levelset.web.views.evidence import EvidencePage
from levelset.web.views.market_models import MarketPage
from levelset.web.views.page_models import (
    BoardPage,
    EquityPage,
    LadderPage,
    NegotiationPage,
    NegotiationsPage,
    OffersPage,
    PlanPage,
    PlaybookPage,
    PositionsPage,
    PracticePage,
    ProofPage,
    TrackingPage,
)
from tests.web.conftest import Browser, data_of

RESUME = Path(__file__).resolve().parents[2] / "examples" / "resume" / "resume.md"
QUERY = {"role": "ML Engineer", "level": "senior", "place": "Seattle, WA", "offer": "185000"}


def _schema_of(spec: dict[str, Any], path: str) -> dict[str, Any]:
    answer = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
    ref = answer["schema"]["$ref"]
    return spec["components"]["schemas"][ref.rsplit("/", 1)[1]]  # type: ignore[no-any-return]


def test_the_openapi_schema_of_a_page_is_generated_from_its_model(client: Browser) -> None:
    spec = data_of(client.get("/openapi.json"))
    market = _schema_of(spec, "/market.json")
    assert set(market["properties"]) == set(MarketPage.model_fields)
    assert set(market["required"]) == {"available", "query"}
    schemas = spec["components"]["schemas"]
    row = schemas["SourceRow"]["properties"]
    assert row["p50"] == {"anyOf": [{"type": "number"}, {"type": "null"}], "title": "P50"}
    assert row["n"]["type"] == "integer"
    assert set(schemas["Headline"]["required"]) >= {"low", "mid", "high", "method", "sources"}
    dashboard = _schema_of(spec, "/index.json")
    assert set(dashboard["properties"]) == set(DashboardPage.model_fields)


@pytest.mark.usefixtures("market")
def test_the_market_twin_is_a_valid_market_page(client: Browser) -> None:
    data = data_of(client.get("/market.json", params=QUERY))
    page = MarketPage.model_validate(data)
    (report,) = page.reports
    assert report.headline is not None and report.headline.low < report.headline.high
    assert all(r.n > 0 for r in report.ranges if r.p50 is not None)
    assert "building" not in data and "error" not in data  # unset parts are left out


@pytest.mark.usefixtures("market")
def test_the_dashboard_twin_is_a_valid_dashboard_page(client: Browser) -> None:
    client.submit("/profile", {"title": "ML Engineer", "level": "senior", "places": "Seattle"})
    data = data_of(client.get("/index.json"))
    page = DashboardPage.model_validate(data)
    assert page.target.profile["target_title"] == "ML Engineer"
    assert page.market.available and page.market.data["headline"]["mid"] > 0


def test_a_home_without_imports_answers_from_the_shipped_copy_at_once(
    client: Browser, paths: Paths
) -> None:
    # as on the command line: no DuckDB store built, in the background or otherwise
    first = data_of(client.get("/market.json", params=QUERY))
    assert "building" not in first and first["reports"][0]["ranges"]
    assert "being built" not in client.get("/market", params=QUERY).text
    assert not paths.market_db.exists()


def _imported_without_store(paths: Paths) -> None:
    """A home with an import whose DuckDB store is gone: only a build can answer it."""
    from levelset.app.market import import_file
    from levelset.app.workspace import Workspace
    from tests.market.market_home import UPSTREAM

    ws = Workspace.at(paths.home)
    import_file(ws, "oews", UPSTREAM / "oews_flat")
    ws.close()
    paths.market_db.unlink()


def test_the_market_page_says_the_store_is_being_built(client: Browser, paths: Paths) -> None:
    _imported_without_store(paths)
    first = data_of(client.get("/market.json", params=QUERY))
    assert first["reports"] == [] and 0 <= first["building"]["percent"] <= 100
    page = client.get("/market", params=QUERY).text
    assert "being built" in page and 'http-equiv="refresh"' in page
    deadline = time.monotonic() + 60
    while "building" in (data := data_of(client.get("/market.json", params=QUERY))):
        assert time.monotonic() < deadline, "the build finishes"
        time.sleep(0.2)
    assert data["reports"][0]["ranges"], "then the ranges come"


PAGE_MODELS = {"/offers.json": OffersPage, "/tracking.json": TrackingPage,
               "/plan.json": PlanPage, "/proof.json": ProofPage,
               "/market/evidence.json": EvidencePage}  # fmt: skip


def test_the_offers_tracking_plan_and_proof_twins_are_documented_by_their_models(
    client: Browser,
) -> None:
    spec = data_of(client.get("/openapi.json"))
    for path, model in PAGE_MODELS.items():
        assert set(_schema_of(spec, path)["properties"]) == set(model.model_fields), path
    schemas = spec["components"]["schemas"]
    assert schemas["Event"]["properties"]["kind"]["type"] == "string"
    assert schemas["Source"]["properties"]["bullets"]["type"] == "integer"


@pytest.mark.usefixtures("market")
def test_the_offers_tracking_plan_and_proof_twins_are_valid_pages(client: Browser) -> None:
    from tests.web.test_offers_page import NORTHWIND
    from tests.web.test_tracking_plan_playbook import imported, sheet

    empty = {path: model.model_validate(data_of(client.get(path)))
             for path, model in PAGE_MODELS.items()}  # fmt: skip
    assert empty["/plan.json"].plan is None and empty["/proof.json"].report is None  # type: ignore[attr-defined]
    client.submit("/offers", NORTHWIND)
    imported(client, sheet(6))
    client.submit("/profile", {"title": "ML Engineer", "level": "senior"})
    client.submit("/plan", {})
    resume = RESUME.read_bytes()
    files = [("files", ("resume.md", resume, "text/markdown"))]
    client.post("/proof/upload", files=files, data={"csrf_token": client.token()})
    offers = OffersPage.model_validate(data_of(client.get("/offers.json")))
    assert offers.comparison is not None and offers.offers[0].offer["company"] == "Northwind Cloud"
    tracking = TrackingPage.model_validate(data_of(client.get("/tracking.json")))
    assert tracking.event_count == len(tracking.events) > 0 and tracking.metrics.funnel
    plan = PlanPage.model_validate(data_of(client.get("/plan.json")))
    assert plan.plan is not None and plan.review is not None and plan.plan.weeks
    proof = ProofPage.model_validate(data_of(client.get("/proof.json")))
    assert proof.report is not None and proof.sources[0].name == "resume.md"
    assert proof.sources[0].bullets == len(proof.report.bullets) > 0


TOOL_TWINS = {
    "/ladder.json": LadderPage,
    "/ladder.json?company=Google&role=ML+Engineer&place=Seattle%2C+WA": LadderPage,
    "/equity.json": EquityPage,
    "/equity.json?kind=options&shares=10000&strike=1&price=10": EquityPage,
    "/board.json": BoardPage,
    "/practice.json?difficulty=hard&seed=3": PracticePage,
    "/negotiation.json": NegotiationsPage,
    "/playbook.json": PlaybookPage,
    "/playbook.json?topic=negotiation": PlaybookPage,
    "/proof/positions.json": PositionsPage,
}
ON_THE_DEMO = {
    "/practice.json?company=Northwind+Cloud&answer=185k&answer=no": PracticePage,
    "/negotiation/Northwind%20Cloud.json": NegotiationPage,
}


def _twins_say_what_their_models_say(client: Browser, twins: dict[str, type[ViewModel]]) -> None:
    """Each twin, read into its model and written back, is the same bytes: the model keeps
    every key, in order, with its value (what the twin said before the page had a model)."""
    for path, model in twins.items():
        answer = client.get(path)
        assert answer.status_code == 200, (path, answer.text[:300])
        page = model.model_validate_json(answer.content)
        again = JSONResponse(page.model_dump(mode="json", exclude_unset=True)).body
        assert again == answer.content, path


@pytest.mark.usefixtures("market")
def test_the_tool_twins_are_their_models_on_an_empty_home(
    client: Browser,
) -> None:
    _twins_say_what_their_models_say(client, TOOL_TWINS)
    spec = data_of(client.get("/openapi.json"))
    for path, model in (TOOL_TWINS | ON_THE_DEMO).items():
        schema = _schema_of(spec, path.split("?")[0].replace("Northwind%20Cloud", "{company}"))
        assert set(schema["properties"]) == set(model.model_fields), path
    assert data_of(client.get("/board.json"))["follow_ups_due"] == 0


def test_the_tool_twins_are_their_models_on_the_demo_home(client: Browser, market: Paths) -> None:
    from levelset.app.demo import fill, sample_folder
    from levelset.app.workspace import Workspace

    ws = Workspace.at(market.home)
    try:
        fill(ws, sample_folder())
    finally:
        ws.close()
    _twins_say_what_their_models_say(client, TOOL_TWINS | ON_THE_DEMO)
    board = BoardPage.model_validate(data_of(client.get("/board.json")))
    assert sum(len(c["cards"]) for c in board.columns) > 0
    equity = EquityPage.model_validate(data_of(client.get("/equity.json")))
    assert equity.result is not None and equity.offer is not None and equity.offers
    ladder = LadderPage.model_validate(data_of(client.get("/ladder.json")))
    assert ladder.ladder is not None and ladder.ladder["rungs"]
    practice = data_of(client.get("/practice.json?company=Northwind+Cloud&answer=185k"))
    assert PracticePage.model_validate(practice).moves[0]["answer"] == "185k"
    record = data_of(client.get("/negotiation/Northwind%20Cloud.json"))
    assert NegotiationPage.model_validate(record).step == "signed"
    listed = NegotiationsPage.model_validate(data_of(client.get("/negotiation.json")))
    assert [n.company for n in listed.negotiations] == ["Northwind Cloud"]
    book = PlaybookPage.model_validate(data_of(client.get("/playbook.json?topic=leveling")))
    assert book.topic == "leveling" and book.playbook["person"] == "Alex Rivera (demo)"
    salary = PlaybookPage.model_validate(data_of(client.get("/playbook.json")))
    first = salary.playbook["sections"][0]["blocks"][0]["text"]
    assert first[:25] in client.get("/playbook").text  # the book's HTML, from the same value
