"""Résumés printed to PDF by Chromium from HTML templates: a sidebar, chips, a table layout.

The PDFs are made here, from HTML written for these tests, by the Chromium the browser tests
use (skipped where there is none).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from levelset.proof import import_file

CHROMIUM = os.environ.get("LEVELSET_CHROMIUM") or shutil.which("chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM, reason="needs chromium to print HTML to PDF")

STYLE = """body{font-family:sans-serif;margin:0;font-size:11pt}
.wrap{display:flex} aside{width:30%;background:#eee;padding:16px;box-sizing:border-box}
main{width:70%;padding:16px;box-sizing:border-box}
.chip{display:inline-block;border:1px solid #999;border-radius:8px;padding:2px 6px;margin:2px}
h2{text-transform:uppercase;font-size:12pt;border-bottom:1px solid #333}
.row{display:flex;justify-content:space-between} td{vertical-align:top;padding:2px 8px}"""

SIDEBAR = """<aside><h1>Lena Okafor</h1><p>Machine Learning Engineer</p>
<h2>Contact</h2><p>lena@example.com<br>Berlin, Germany</p><h2>Skills</h2>
<span class="chip">Python</span><span class="chip">CI/CD</span><span class="chip">PyTorch</span>
<span class="chip">Kubernetes</span><span class="chip">SQL</span><span class="chip">Airflow</span>
<h2>Languages</h2><p>English, German</p></aside>"""

MAIN = """<main><h2>Summary</h2><p>ML engineer who ships ranking and fraud models.</p>
<h2>Experience</h2>
<div class="row"><b>Senior ML Engineer — Shopwise</b><span>Mar 2021 – Present</span></div>
<div>Berlin</div><ul><li>Cut fraud losses by 31% with a gradient-boosted model serving 2M
requests a day.</li><li>Led a team of four engineers through the move to a feature store.</li></ul>
<div class="row"><b>Databright</b><span>Berlin</span></div>
<div class="row"><i>ML Engineer</i><span>06/2018 – 02/2021</span></div>
<p>Built the recommendation pipeline and ran twelve A/B tests on ranking; the best variant
raised click-through by 9%.</p>
<div class="row"><b>Data Analyst at Northwind Retail</b><span>2016 – 2018</span></div>
<ul><li>Automated the weekly inventory report, saving six hours a week.</li></ul>
<h2>Education</h2><div class="row"><b>M.Sc. Computer Science, TU Berlin</b>
<span>2014 – 2016</span></div></main>"""

TABLE = """<main><h1>Ravi Menon</h1><p>Data Scientist · ravi@example.com</p>
<h2>Work Experience</h2><table>
<tr><td>Sep. 2022 – now</td><td><b>Lead Data Scientist</b>, Quantia, Pune<br>
Built demand forecasts for 300 stores that cut stock-outs by 9%.</td></tr>
<tr><td>2019 – 2022</td><td><b>Globex • Remote</b><br>Data Scientist<br>
Shipped a churn model that kept 4% more subscribers.</td></tr>
</table><h2>Skills</h2><p>Python, R, SQL</p></main>"""


def _print(tmp_path: Path, name: str, body: str) -> Path:
    html = tmp_path / f"{name}.html"
    html.write_text(f"<!doctype html><meta charset='utf-8'><style>{STYLE}</style>{body}")
    pdf = tmp_path / f"{name}.pdf"
    command = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu"]
    command += ["--no-pdf-header-footer", f"--print-to-pdf={pdf}", html.as_uri()]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    return pdf


def _positions(path: Path) -> list[tuple[str, str, dt.date | None, dt.date | None, bool]]:
    doc = import_file(path)
    return [(p.title, p.company, p.start, p.end, p.current) for p in doc.positions]


@pytest.mark.slow
@pytest.mark.parametrize("layout", ["left", "right"])
def test_sidebar_is_read_apart_and_chips_stay_out_of_positions(tmp_path: Path, layout: str):
    body = SIDEBAR + MAIN if layout == "left" else MAIN + SIDEBAR
    path = _print(tmp_path, layout, f"<div class='wrap'>{body}</div>")
    assert _positions(path) == [
        ("Senior ML Engineer", "Shopwise", dt.date(2021, 3, 1), None, True),
        ("ML Engineer", "Databright", dt.date(2018, 6, 1), dt.date(2021, 2, 1), False),
        ("Data Analyst", "Northwind Retail", dt.date(2016, 1, 1), dt.date(2018, 1, 1), False),
    ]
    doc = import_file(path)
    texts = [b.text for b in doc.bullets()]
    assert any(t.startswith("Built the recommendation pipeline") for t in texts)  # prose
    assert not any("CI/CD" in t for t in texts)


@pytest.mark.slow
def test_dates_in_a_table_column(tmp_path: Path):
    path = _print(tmp_path, "table", TABLE)
    assert _positions(path) == [
        ("Lead Data Scientist", "Quantia", dt.date(2022, 9, 1), None, True),
        ("Data Scientist", "Globex", dt.date(2019, 1, 1), dt.date(2022, 1, 1), False),
    ]


BANNER = """<header style="padding:16px 24px;border-bottom:2px solid #333">
<h1>Tomasz Wierzbicki</h1>
<p>Machine Learning Engineer · tomasz@example.org · +48 501 234 567 · Kraków, Poland ·
github.com/twierz</p></header>"""

STACKED = """<main><h2>Experience</h2>
<p><b>Staff Machine Learning Engineer</b></p><p>Allegro Labs</p><p>Jan 2022 – Present · Kraków</p>
<ul><li>Designed the search ranking stack that serves 40M queries a day with p99 under 80 ms.</li>
<li>Mentored six engineers and ran the ranking guild across three product teams.</li></ul>
<p><b>Senior Data Scientist</b></p><p>Brainly</p><p>Mar 2018 – Dec 2021 · Kraków</p>
<ul><li>Built a question-matching model that lifted answer reuse by 14 percent.</li>
<li>Moved nightly training from cron scripts to Airflow, halving failed runs.</li></ul>
<p><b>Software Engineer</b></p><p>Sabre Polska</p><p>Jul 2015 – Feb 2018 · Kraków</p>
<ul><li>Wrote the fare-cache invalidation service in Java and Kafka.</li></ul></main>"""

SIDE = """<aside><h2>Skills</h2><p>Python · PyTorch · Spark · Kafka · Kubernetes · SQL · Airflow</p>
<h2>Education</h2><p><b>M.Sc. Computer Science</b></p><p>AGH University of Science and
Technology</p><p>2013 – 2015</p><h2>Languages</h2><p>Polish, English, German</p>
<h2>Awards</h2><p>Kaggle Competitions Master</p><p>Best paper, PolEval 2019</p></aside>"""


@pytest.mark.slow
@pytest.mark.parametrize("layout", ["main-left", "main-right"])
def test_two_columns_under_a_full_width_header(tmp_path: Path, layout: str):
    """The name runs across the page, so no gutter runs from top to bottom; the columns
    below it are still read one after the other, and title / company / dates · place over
    three lines make one position."""
    body = STACKED + SIDE if layout == "main-left" else SIDE + STACKED
    path = _print(tmp_path, layout, f"{BANNER}<div class='wrap'>{body}</div>")
    doc = import_file(path)
    assert [(p.title, p.company, p.start, p.end, p.current, p.location) for p in doc.positions] == [
        (
            "Staff Machine Learning Engineer",
            "Allegro Labs",
            dt.date(2022, 1, 1),
            None,
            True,
            "Kraków",
        ),
        (
            "Senior Data Scientist",
            "Brainly",
            dt.date(2018, 3, 1),
            dt.date(2021, 12, 1),
            False,
            "Kraków",
        ),
        (
            "Software Engineer",
            "Sabre Polska",
            dt.date(2015, 7, 1),
            dt.date(2018, 2, 1),
            False,
            "Kraków",
        ),
    ]
    assert not any("Kaggle" in b.text or "Polish" in b.text for b in doc.bullets())


MARGIN = """<style>.sec{display:grid;grid-template-columns:110px 1fr;column-gap:14px;
margin:14px 40px 0}
.label{font-weight:bold;text-transform:uppercase}</style>
<h1 style="text-align:center">Marguerite Okonkwo-Hale</h1>
<div class="sec"><div class="label">Education</div><div>
<p><b>University of Waterloo</b>, Waterloo, Canada</p>
<div class="row"><span>B.Math. in Statistics</span><span>Sep 2010 – Apr 2014</span></div>
</div></div>
<div class="sec"><div class="label">Industry<br>Experience</div><div>
<p><b>Shopify</b>, Toronto, Canada</p>
<div class="row"><span>Senior Data Scientist</span><span>Jun 2019 – Present</span></div>
<ul><li>Cut manual review volume by 35% while holding losses flat.</li></ul>
<p><b>Wealthsimple</b>, Toronto, Canada</p>
<div class="row"><span>Data Scientist</span><span>Aug 2016 – May 2019</span></div></div></div>
<div class="sec"><div class="label">Research<br>Experience</div><div>
<p><b>Vector Institute</b>, Toronto, Canada</p>
<div class="row"><span>Research Assistant</span><span>May 2014 – Jul 2016</span></div>
</div></div>"""


@pytest.mark.slow
def test_section_names_in_a_left_margin(tmp_path: Path):
    """ "Industry / Experience" wrapped in a label column beside the first entry."""
    path = _print(tmp_path, "margin", MARGIN)
    assert _positions(path) == [
        ("Senior Data Scientist", "Shopify", dt.date(2019, 6, 1), None, True),
        ("Data Scientist", "Wealthsimple", dt.date(2016, 8, 1), dt.date(2019, 5, 1), False),
        ("Research Assistant", "Vector Institute", dt.date(2014, 5, 1), dt.date(2016, 7, 1), False),
    ]
