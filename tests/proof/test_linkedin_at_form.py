"""LinkedIn's older profile PDF: each role a "Title at Company" line over its dates.

Where the headings take that form, a heading without " at " names a role whose company the
member left blank: it does not take the company of the role above (as a role under a company
heading does in the current layout), nor a line of its description, and the lines under the
dates are its description. Written here after the layout of the corpus's tuning part.
"""

from __future__ import annotations

from levelset.proof.importers.text import Line, parse_resume

PROFILE = """Experience
Growth Lead at Harbour Analytics
March 2019 - Present
  Runs the growth team.
  We are hiring: https://example.org/jobs/harbour

Account Intern
May 2018 - July 2018 (3 months)

Operations Manager and Developer
2014 - 2018 (5 years)
  Technical Operations Senior Manager
  Planned capacity for the support desk.

Analyst at Fennel & Co
June 2012 - April 2014 (1 year 11 months)
  Built the weekly sales report.

Education
Some University
"""


def _positions() -> list[tuple[str, str, str | None, str | None]]:
    lines = [Line(i, t) for i, t in enumerate(PROFILE.splitlines(), start=1)]
    found = parse_resume(lines, "Profile.pdf").positions
    return [
        (
            p.title,
            p.company,
            p.start.strftime("%Y-%m") if p.start else None,
            p.end.strftime("%Y-%m") if p.end else None,
        )
        for p in found
    ]


def test_a_heading_without_at_keeps_no_company() -> None:
    assert _positions()[1] == ("Account Intern", "", "2018-05", "2018-07")


def test_a_line_under_the_dates_is_description_not_the_company() -> None:
    assert _positions()[2] == ("Operations Manager and Developer", "", "2014-01", "2018-01")


def test_the_roles_with_at_read_whole() -> None:
    found = _positions()
    assert len(found) == 4
    assert found[0] == ("Growth Lead", "Harbour Analytics", "2019-03", None)
    assert found[3] == ("Analyst", "Fennel & Co", "2012-06", "2014-04")


def test_a_description_line_is_kept_as_evidence() -> None:
    lines = [Line(i, t) for i, t in enumerate(PROFILE.splitlines(), start=1)]
    third = parse_resume(lines, "Profile.pdf").positions[2]
    assert third.bullets[0].text.startswith("Technical Operations Senior Manager")


def test_a_long_heading_in_the_at_form_is_still_a_heading() -> None:
    heading = (
        "Resident Advisor and Residence Hall Association Liaison"
        " at University of North Carolina at Chapel Hill"
    )
    text = f"""Experience
Analyst at Fennel & Co
June 2012 - April 2014 (1 year 11 months)
  Built the weekly sales report for the regional offices.

{heading}
December 2004 - May 2006 (1 year 6 months)
  Ran programmes for residents.
"""
    lines = [Line(i, t) for i, t in enumerate(text.splitlines(), start=1)]
    second = parse_resume(lines, "Profile.pdf").positions[1]
    assert second.title == "Resident Advisor and Residence Hall Association Liaison"
    assert second.company == "University of North Carolina at Chapel Hill"
