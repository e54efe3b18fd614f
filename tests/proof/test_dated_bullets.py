"""Bullets that carry dates: the first bullet of an entry may hold its dates; a bulleted
sentence with a year in it is no entry of its own.

Written here after a McDowell CV made for the corpus's tuning part (made/mcdowell_org.tex):
the employer and title in the heading row with the town at its right, the dates opening the
first bullet ("• Sep 2020 – Present. Owns ..."), and an "Additional Experience and Awards"
section of bulleted sentences with years ("• Teaching Assistant, CS 400, ..., 2016 – 2017.").
"""

from __future__ import annotations

from levelset.proof.importers.text import Line, parse_resume


def test_an_entrys_dates_may_open_its_first_bullet() -> None:
    lines = [
        Line(1, "EXPERIENCE"),
        Line(2, "Epic Systems  Senior Software Developer", place="Verona, WI"),
        Line(3, "• Sep 2020 – Present. Owns the scheduling service that books 40,000 visits."),
        Line(4, "Epic Systems  Software Developer", dates="Jun 2017 – Aug 2020"),
        Line(5, "• Rewrote the appointment reminder pipeline."),
    ]
    first, second = parse_resume(lines, "cv.pdf").positions
    assert (first.title, first.company, first.location) == (
        "Senior Software Developer",
        "Epic Systems",
        "Verona, WI",
    )
    assert first.current and first.start is not None and first.start.year == 2020
    assert first.bullets[0].text.startswith("Owns the scheduling service")
    assert (second.title, second.company) == ("Software Developer", "Epic Systems")


def test_bulleted_sentences_with_years_are_no_positions() -> None:
    lines = [
        Line(1, "EXPERIENCE"),
        Line(2, "Epic Systems  Software Developer", dates="Jun 2017 – Aug 2020"),
        Line(3, "• Rewrote the appointment reminder pipeline."),
        Line(4, "ADDITIONAL EXPERIENCE AND AWARDS"),
        Line(5, "• Winner, Epic Hack Week, 2019: a voice check-in kiosk for clinics."),
        Line(
            6, "• Teaching Assistant, CS 400 Programming III, University of Wisconsin, 2016 – 2017."
        ),
        Line(7, "• Volunteer tutor, Madison Public Library, 2014 – 2018."),
    ]
    found = parse_resume(lines, "cv.pdf").positions
    assert [(p.title, p.company) for p in found] == [("Software Developer", "Epic Systems")]


def test_a_short_bulleted_role_with_its_dates_is_still_a_position() -> None:
    lines = [
        Line(1, "EXPERIENCE"),
        Line(2, "ACME ROBOTICS"),
        Line(3, "■ Co-Founder", dates="2019 – 2021"),
        Line(4, "Built the first three products."),
    ]
    found = parse_resume(lines, "cv.pdf").positions
    assert [p.title for p in found] == ["Co-Founder"]
