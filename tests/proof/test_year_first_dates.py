"""Dates written year first ("2018, Oct – 2019, Jun"; "2020, Jul – Sep", both months in one
year), as a Word CV of batch 2026-12-07a's tuning half writes every entry; on made-up lines."""

from __future__ import annotations

import pytest

from levelset.proof import dates
from levelset.proof.dates import mend_months
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("2018, Oct – 2019, Jun", "Oct 2018 – Jun 2019"),
        ("2020, Jul – Sep", "Jul – Sep 2020"),
        ("2020, Sep – present", "Sep 2020 – present"),
        ("Invited talk   2019, Nov", "Invited talk   Nov 2019"),
        ("2015, May 2016 – 2017", "2015, May 2016 – 2017"),  # a year list, then a range
        ("In 2019, may be moved", "In 2019, may be moved"),  # no month: lower case
        ("Published 2019, March 3", "Published 2019, March 3"),  # a day follows
    ],
)
def test_a_year_before_its_month_goes_after_it(written: str, read: str) -> None:
    assert mend_months(written) == read


def _line(number: int, words: str, bold: bool = False) -> Line:
    return Line(number, words, "page 1", size=10.0, bold=bold, x0=36.0)


_CV = [
    _line(1, "Livia Marchetti", bold=True),
    _line(2, "RESEARCH EXPERIENCE AND INTERNSHIPS", bold=True),
    _line(3, "Detector Physics Internship in Simulation          2017, Sep – Nov", bold=True),
    _line(4, "KLOE @ INFN – LNF, Frascati, Italy"),
    _line(5, "Specifics: simulated the calorimeter's optics in Geant4."),
    _line(6, "Data Science Internship          2018, Oct – 2019, Jun", bold=True),
    _line(7, "Tessera Analytics, Milan, Italy"),
    _line(8, "Specifics: a model of failures for the bridge sensors."),
    _line(9, "SKILLS", bold=True),
]


def _read() -> list[tuple[str, str, str, str]]:
    found = parse_resume(_CV, "cv.pdf").positions
    return [(p.title, p.company, f"{p.start:%Y-%m}", f"{p.end:%Y-%m}") for p in found]


def test_entries_dated_year_first_are_read() -> None:
    assert _read() == [
        ("Detector Physics Internship in Simulation", "KLOE @ INFN – LNF", "2017-09", "2017-11"),
        ("Data Science Internship", "Tessera Analytics", "2018-10", "2019-06"),
    ]


def test_without_the_rule_the_months_are_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dates, "_year_first", lambda text: text)
    assert [(start, end) for *_, start, end in _read()] != [
        ("2017-09", "2017-11"),
        ("2018-10", "2019-06"),
    ]


@pytest.mark.parametrize(
    "written",
    [
        "Jan. 2021 – May 2021, Aug. 2021 – Dec. 2021, May 2022 – Aug. 2022",  # terms
        "Summer 2019, May – Aug 2020",
        "Oct 2018 – Jun 2019, Sep 2020 – present",
    ],
)
def test_a_year_that_closes_a_date_of_its_own_stays(written: str) -> None:
    assert mend_months(written) == written
