"""A Google Docs CV (made up): employer lines that end in a country alone after a university's
department, a second title under the same employer after a description whose last line is a
sentence of what was done, and a numbered list of students supervised whose items wrap onto a
line ending in a year."""

from __future__ import annotations

from levelset.proof.headers import without_place
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line

ROWS = [
    "WORK EXPERIENCE",
    "Department of Physics, Kestrel University, UK",
    "Teaching Assistant, Oct 2013 – Dec 2018",
    "Led lab sessions for the second-year courses and marked the coursework of the",
    "students ⬩ Promoted to senior assistant in 2015",
    "Forecasting Unit, Tallgrass University, Greece",
    "Research Associate, Aug 2011 – Aug 2012",
    "Built a forecasting platform adopted by the institute for its MSc teaching ⬩",
    "Conducted and published research on demand forecasting and assisted in proposals",
    "Research Software Engineer, Sep 2009 – Aug 2011",
    "Developed web tools for time-series forecasting",
    "1. Ann Lee. Detecting statements that can be checked. Co-supervised with Bo Kim. MSc in",
    "Machine Learning, Kestrel University, 2018",
    "2. Tom Park. Towards automated coding of clinical notes for the wards of the hospital,",
    "Kestrel University, 2017",
    "3. Eva Moss. Trend forecasting methods for the portfolios of small investors. BSc/MSc",
    "in Electrical Studies, Tallgrass Institute, 2012",
    "EDUCATION",
]


def _positions() -> list[tuple[str, str, str, str]]:
    doc = parse_resume([Line(i, t, "page 1") for i, t in enumerate(ROWS, 1)], "cv.pdf")
    return [(p.title, p.company, f"{p.start:%Y-%m}", p.location or "") for p in doc.positions]


def test_a_country_after_a_university_is_its_place() -> None:
    assert without_place("Department of Physics, Kestrel University, UK") == (
        "Department of Physics, Kestrel University",
        "UK",
    )
    # a dash before the town keeps the place whole or not at all, as before
    assert without_place("Research Intern, Acme Labs – London, UK")[1] != "UK"


def test_a_sentence_of_what_was_done_heads_no_entry() -> None:
    found = _positions()
    assert found[:3] == [
        ("Teaching Assistant", "Department of Physics, Kestrel University", "2013-10", "UK"),
        (
            "Research Associate",
            "Forecasting Unit, Tallgrass University",
            "2011-08",
            "Greece",
        ),
        (
            "Research Software Engineer",
            "Forecasting Unit, Tallgrass University",
            "2009-09",
            "Greece",
        ),
    ]


def test_a_numbered_item_wrapped_onto_its_year_is_no_position() -> None:
    assert len(_positions()) == 3
