"""The proof page: upload real files, read the scored bullets, checklist and level estimate."""

from __future__ import annotations

import io
import json

import pytest

from levelset.paths import Paths
from tests.web.conftest import Browser, data_of

LED = "Led a team of 5 to cut p99 serving latency by 40% and save $2M a year across platform"
RESUME = b"""Maya Example
Senior ML Engineer who cut serving latency by 40%

Experience
Senior ML Engineer, Example Corp, 2021 - present
- Led a team of 5 to cut p99 serving latency by 40% and save $2M a year across platform \
and research teams
- Responsible for the feature store
ML Engineer, Other Inc, 2018 - 2021
- Shipped 3 ranking models to production serving 20M users, lifting click-through by 8%
"""


def _docx(lines: list[str]) -> bytes:
    from docx import Document

    document = Document()
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def upload(client: Browser, *files: tuple[str, bytes]) -> object:
    token = client.token()
    return client.post(
        "/proof/upload",
        files=[("files", (name, body, "application/octet-stream")) for name, body in files],
        data={"csrf_token": token},
    )


def test_an_empty_proof_page_invites_an_upload(client: Browser) -> None:
    data = data_of(client.get("/proof.json"))
    assert data == {"available": True, "sources": [], "report": None, "level": None}
    page = client.get("/proof").text
    assert 'type="file"' in page and 'enctype="multipart/form-data"' in page
    assert "Nothing imported yet" in page


def test_uploading_a_resume_shows_the_scored_bullets(client: Browser) -> None:
    response = upload(client, ("resume.md", RESUME))
    assert response.status_code == 303 and response.headers["location"] == "/proof#report"
    data = data_of(client.get("/proof.json"))
    assert [s["name"] for s in data["sources"]] == ["resume.md"]
    texts = {b["text"]: b for b in data["report"]["bullets"]}
    strong = texts[LED + " and research teams"]
    weak = texts["Responsible for the feature store"]
    assert strong["has_metric"] and strong["score"] > weak["score"]
    page = client.get("/proof").text
    assert '<mark class="hl-metric">40%</mark>' in page
    assert '<mark class="hl-lead">Led</mark>' in page
    bullets = page[page.index("Every bullet, weakest first") :]
    assert bullets.index("Responsible for the feature store") < bullets.index("Shipped 3 ranking")


def test_the_checklist_and_level_estimate_match_their_json(client: Browser) -> None:
    upload(client, ("resume.md", RESUME))
    data = data_of(client.get("/proof.json"))
    page = client.get("/proof").text
    for item in data["report"]["checklist"]:
        assert item["item"] in page
    level = data["level"]
    assert level["band"] in {"entry", "mid", "senior", "staff", "senior_staff", "principal"}
    for missing in level["missing"]:
        assert missing in page.replace("&#39;", "'")
    staff = data_of(client.get("/proof.json", params={"target": "staff"}))
    assert staff["level"]["target"] == "staff"


def test_a_docx_and_a_json_resume_upload_together(client: Browser) -> None:
    docx = _docx(
        [
            "Dana Doe",
            "Staff Engineer",
            "Experience",
            "Staff Engineer, Acme, Jan 2020 - Present",
            "- Drove the platform migration across 4 teams, cutting costs by 30%",
        ]
    )
    resume = {
        "basics": {"name": "Dana Doe", "label": "Staff Engineer"},
        "work": [{"name": "Acme", "position": "Staff Engineer", "startDate": "2020-01-01",
                  "highlights": ["Grew revenue by $3M by launching the pricing model"]}],
    }  # fmt: skip
    response = upload(client, ("resume.docx", docx), ("resume.json", json.dumps(resume).encode()))
    assert response.status_code == 303
    names = sorted(s["name"] for s in data_of(client.get("/proof.json"))["sources"])
    assert names == ["resume.docx", "resume.json"]


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("broken.pdf", b"%PDF-1.7 this is not a pdf"),
        ("resume.exe", b"MZ\x90\x00"),
        ("passwd.txt", b"root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin\n"),
    ],
)
def test_a_bad_file_is_named_and_nothing_is_stored(client: Browser, name: str, body: bytes) -> None:
    upload(client, ("resume.md", RESUME))
    response = upload(client, ("other.md", RESUME), (name, body))
    assert response.status_code == 400
    assert name in response.text
    names = [s["name"] for s in data_of(client.get("/proof.json"))["sources"]]
    assert names == ["resume.md"]


def test_a_hostile_file_name_cannot_escape(client: Browser) -> None:
    response = upload(client, ("../../etc/evil name?.md", RESUME))
    assert response.status_code == 303
    names = [s["name"] for s in data_of(client.get("/proof.json"))["sources"]]
    assert names == ["evil name_.md"]


def test_removing_a_source(client: Browser) -> None:
    upload(client, ("resume.md", RESUME))
    response = client.submit("/proof/remove", {"source": "resume.md"})
    assert response.status_code == 303
    assert data_of(client.get("/proof.json"))["sources"] == []
    assert client.submit("/proof/remove", {"source": "nope.md"}).status_code == 404


def test_the_level_card_names_the_profile_target_as_the_target(
    market: Paths, client: Browser
) -> None:
    from levelset.app.profile import set_profile
    from levelset.app.workspace import Workspace

    ws = Workspace.at(market.home)  # the home the web app serves, its market already built
    try:
        set_profile(ws, title="ML Engineer", level="senior")
    finally:
        ws.close()
    upload(client, ("resume.md", RESUME))
    card = client.get("/proof").text.split('id="level"', 1)[1].split("</section>", 1)[0]
    assert "Your target (profile)" in card and "Compared with" not in card
    what_if = client.get("/proof", params={"target": "staff"}).text.split('id="level"', 1)[1]
    assert "Compared with" in what_if.split("</section>", 1)[0]


@pytest.mark.usefixtures("market")
def test_equivalent_levels_read_as_words_not_as_data(client: Browser) -> None:
    upload(client, ("resume.md", RESUME))
    rows = data_of(client.get("/proof.json"))["level"]["equivalences"]
    assert rows and rows[0]["companies"]
    page = client.get("/proof").text
    part = page[page.index("Equivalent levels at large companies") :]
    part = part[: part.index("</details>")].replace("&#39;", "'")
    assert "{'" not in part and "table-wrap" not in part  # no dict printed, no sideways scroll
    for row in rows:
        for company, said in row["companies"].items():
            assert f"{company.capitalize()} {said}" in part
