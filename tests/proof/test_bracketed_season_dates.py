"""A Word CV whose entries name the employer and town with the dates in square brackets after
them, a season with a comma before the year ("Acme Research, Seattle [Summer, 2018]"). The
names are made up."""

from __future__ import annotations

from levelset.proof.dates import find_date
from levelset.proof.importers.entry_lines import span_of
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line


def test_a_season_written_with_a_comma_is_a_date() -> None:
    found = find_date("Summer, 2018")
    assert found is not None and f"{found[0].start:%Y-%m}" == "2018-06"


def test_bracketed_dates_closing_an_employer_line_date_it() -> None:
    dated = span_of(Line(1, "Kestrel Research, Bellevue, Seattle [Summer, 2018]"))
    assert dated is not None and f"{dated[0].start:%Y-%m}" == "2018-06"
    dated = span_of(Line(1, "Tallgrass Labs, Austin [2014-2018]"))
    assert dated is not None and dated[0].start is not None and dated[0].start.year == 2014


def test_the_employer_line_opens_a_position_without_its_brackets() -> None:
    rows = [
        "PROFESSIONAL EXPERIENCE",
        "Kestrel Research, San Francisco Bay Area [Summer, 2016]",
        "• Summer Research Intern @search science group",
        "• Mentor: Yi Chang",
        "Tallgrass Labs, San Francisco Bay Area [Summer, 2015]",
        "• Summer Research Intern @ search relevance team",
        "EDUCATION",
    ]
    doc = parse_resume([Line(i, t, "page 1") for i, t in enumerate(rows, 1)], "cv.pdf")
    found = [(p.title, p.company, f"{p.start:%Y-%m}") for p in doc.positions]
    assert [start for _, _, start in found] == ["2016-06", "2015-06"]
    assert not any("[" in f"{title}{company}" for title, company, _ in found)
    # which of the two names is the title is left to the heading rules: no role word here
    named = [{title, company} for title, company, _ in found]
    assert "Kestrel Research" in named[0] and "Tallgrass Labs" in named[1]


def test_a_year_closing_a_bracket_from_the_line_above_opens_nothing() -> None:
    assert span_of(Line(1, "2014]")) is None
