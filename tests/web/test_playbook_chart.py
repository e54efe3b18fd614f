"""The playbook page's market chart, on the demo home, read against its JSON twin and the
market data it is drawn from: every bar is a different range (a headline taken from one row is
that row, not a second identical bar), and every row says each of its flags in words, its age
included, as the page's sources (its JSON) and `levelset range` say them."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest

from tests.cli.runner import run_cli
from tests.web.conftest import BASE, TestClient, data_of

BAR = re.compile(r'<g data-value="([^"]+)"')
TEXT = re.compile(r"<text\b[^>]*>([^<]*)</text>")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from levelset.app.workspace import Workspace
    from levelset.web.app import create_app

    home = tmp_path_factory.mktemp("demo") / "home"
    made = run_cli("demo", "--home", str(home), "--json")
    assert made.exit_code == 0, made.stderr
    with TestClient(create_app(Workspace.at(home), port=8765), base_url=BASE) as client:
        yield home, client


def _market_chart(svg_page: str) -> str:
    return next(s for s in re.findall(r"<svg\b.*?</svg>", svg_page, re.S) if "Market range" in s)


def _notes(svg: str) -> dict[str, str]:
    """Each row's name -> the small note under it (size, date, flags)."""
    texts = [html.unescape(t) for t in TEXT.findall(svg)]
    bars = {html.unescape(b).split(": P")[0] for b in BAR.findall(svg)}
    return {t: texts[i + 1] for i, t in enumerate(texts[:-1]) if t in bars}


def test_the_playbook_chart_draws_each_range_once_with_every_flag(
    demo: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    home, client = demo
    page = client.get("/playbook")
    assert page.status_code == 200
    svg = _market_chart(page.text)
    bars = [html.unescape(b) for b in BAR.findall(svg)]
    middles = [tuple(re.findall(r"P(?:25|50|75) (\$[\d.]+k)", b)) for b in bars]
    assert len(middles) == len(set(middles)), bars  # no two bars the same P25-P75 and median
    twin = data_of(client.get("/playbook.json"))["playbook"]
    blocks = [b for section in twin["sections"] for b in section["blocks"]]
    twin_svg = _market_chart("".join(b["svg"] for b in blocks if "svg" in b))
    assert BAR.findall(twin_svg) == BAR.findall(svg)  # the twin draws the same bars
    dated = next(s for s in twin["sources"] if s.startswith("Older than 12 months"))
    blend = [s for s in twin["sources"] if "OEWS blend at senior" in s]
    assert len(blend) == 1, blend  # the range used is named once, not as headline and row
    notes = _notes(svg)
    monkeypatch.setenv("LEVELSET_HOME", str(home))
    asked = ("Machine Learning Engineer", "--level", "senior", "--location", "San Francisco")
    market = run_cli("range", *asked, "--json")
    assert market.exit_code == 0, market.stderr
    for cell in market.json()["ranges"]:
        if cell["label"] not in notes:
            continue
        note = notes[cell["label"]]
        for flag in cell["flags"]:
            if flag == "dated":
                age = f"{cell['age_months']} months old"
                assert age in note and age in dated, (cell["label"], note)
            elif flag == "wider-area":
                assert cell["area"] in note, (cell["label"], note)
            else:
                assert flag.replace("-", " ") in note, (cell["label"], note)
    crowd = next(label for label in notes if label.startswith("Crowd"))
    caption = re.search(r"<figcaption>(.*?)</figcaption>", page.text, re.S)
    assert caption is not None
    said = html.unescape(caption.group(1))
    crowd_age = next(c["age_months"] for c in market.json()["ranges"] if c["label"] == crowd)
    assert re.search(rf"{re.escape(crowd)}, [^;]*, {crowd_age} months old, n=", said), said
