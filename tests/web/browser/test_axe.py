"""axe-core over every page, empty and filled, refused forms included: no violations at all.

axe-core (MPL 2.0, Deque Systems) is vendored under tests/web/browser/vendor/ for the tests
only; the app never serves it. It is injected through a context that lets the test's script
past the page's Content-Security-Policy (the app's own pages never relax it).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.web.browser.test_flows import RESUME

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("market")]

POSTING = "Senior ML Engineer\nCompany: Acme\nLocation: Seattle, WA\nPay: $180,000 - $240,000"
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
PAGES = (
    "/",
    "/market",
    "/offers",
    "/negotiation",
    "/proof",
    "/tracking",
    "/plan",
    "/practice",
    "/playbook",
    "/market/evidence",
)
FILLED = (
    "/market?role=ML+Engineer&level=senior&place=Seattle,+WA&place=Austin,+TX&offer=185000",
    "/market?role=ML+Engineer&level=senior&place=Seattle,+WA&place=Austin,+TX&living=0.8",
    "/offers?living_place=Austin,+TX&living=0.8",  # cost of living: the user's ratio
    "/offers?edit=1",
    "/negotiation/Acme",
    "/practice?company=Acme&answer=My+number+is+%24215%2C000+base.",
    "/proof/positions",
    "/ladder?role=ML+Engineer&place=Seattle,+WA",
    "/no/such/page",
)


def _violations(page: Any) -> list[str]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate("async () => (await axe.run(document)).violations")
    return [
        f"{page.url}: {v['id']} ({v['impact']}): "
        + "; ".join(n["target"][0] if isinstance(n["target"][0], str) else json.dumps(n["target"])
                    for n in v["nodes"][:4])
        for v in found
    ]  # fmt: skip


def _post(page: Any, base: str, path: str, **kwargs: Any) -> None:
    page.goto(base + "/")
    token = page.locator('meta[name="csrf-token"]').get_attribute("content")
    headers = {"x-csrf-token": token, "origin": base, "accept": "application/json"}
    answer = page.request.post(base + path, headers=headers, **kwargs)
    assert answer.ok, (path, answer.status, answer.text()[:300])


def _fill(page: Any, base: str, tmp_path: Path) -> None:
    _post(page, base, "/profile", form={"title": "ML Engineer", "level": "senior",
                                        "places": "Seattle, WA", "name": "Maya"})  # fmt: skip
    offer = {"company": "Acme", "base": "185k", "location": "Seattle, WA", "level": "L5",
             "grant_value": "400000", "bonus_target_pct": "15", "sign_on_1": "50000"}  # fmt: skip
    _post(page, base, "/offers", form=offer)
    _post(page, base, "/offers", form={**offer, "base": "192000"})  # a corrected copy
    _post(page, base, "/offers", form={"company": "Globex", "base": "178000",
                                       "location": "Austin, TX"})  # fmt: skip
    _post(page, base, "/negotiation", form={"offer_id": "1", "date": "2026-11-02"})
    _post(page, base, "/negotiation/Acme/anchor", form={"percentile": "75"})
    resume = {"name": "resume.md", "mimeType": "text/markdown", "buffer": RESUME.encode()}
    _post(page, base, "/proof/upload", multipart={"files": resume})
    for kind, extra in (
        ("application", {"channel": "referral"}),
        ("response", {"outcome": "positive"}),
    ):
        _post(page, base, "/tracking/events", form={"kind": kind, "company": "Acme", **extra})
    _post(page, base, "/plan", form={})
    for seed, said in (("1", "My number is $215,000 base."), ("2", "Okay, that's fine.")):
        kept = {"company": "Acme", "seed": seed, "answer": said}  # practice on /tracking
        _post(page, base, "/practice/sessions", form=kept)
    for base_pay in ("190k", "200k", "210k", "220k", "230k"):  # total pay on the ladder
        comp = {
            "title": "Senior ML Engineer",
            "level": "senior",
            "base": base_pay,
            "bonus": "20k",
            "equity": "100k",
            "location": "Seattle, WA",
            "source": "friends",
        }
        _post(page, base, "/market/comps", form=comp)
    _post(page, base, "/market/postings", form={"text": POSTING})


@pytest.fixture
def axe_page(browser: Any, server: str) -> Any:
    from tests.web.browser.server import access_cookie

    context = browser.new_context(
        base_url=server, viewport={"width": 1280, "height": 900}, bypass_csp=True
    )
    context.add_cookies([access_cookie(server)])
    yield context.new_page()
    context.close()


def test_no_axe_violation_on_any_page_or_state(axe_page: Any, server: str, tmp_path: Path) -> None:
    page = axe_page
    found: list[str] = []
    for path in PAGES:  # an empty app
        page.goto(server + path)
        found += _violations(page)
    _fill(page, server, tmp_path)
    for path in PAGES + FILLED:
        page.goto(server + path)
        found += _violations(page)
    for width in (390,):  # the phone layout of the busiest pages
        page.set_viewport_size({"width": width, "height": 800})
        for path in ("/", "/offers", "/market", "/market/evidence"):
            page.goto(server + path)
            found += _violations(page)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(server + "/offers")  # a refused form, as it comes back
    page.get_by_text("Type the numbers from the offer letter").click()
    page.locator("#o-company").fill("Initech")
    page.locator("#o-base").fill("-5")
    page.locator("#o-location").fill("Seatle, WA")
    page.get_by_role("button", name="Save offer").click()
    page.wait_for_load_state()
    found += _violations(page)
    assert not found, "\n".join(found)
