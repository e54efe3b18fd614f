"""General reading of office exports (batch 2026-12-06l's tuning half), on made-up lines: a
title written as the lead of the entry's first bullet, a bullet's wrapped line at its hanging
indent, and a school's line that names a grade among the jobs."""

from __future__ import annotations

import pytest

from levelset.proof.habit import INHERITED, UNDECIDED, follow_habit
from levelset.proof.importers import (
    entry_hanging,
    entry_leads,
    entry_lines,
    entry_opening,
    entry_state,
    text,
)
from levelset.proof.importers.entry_leads import bullet_lead_role
from levelset.proof.importers.entry_lines import span_of
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line
from levelset.proof.model import Origin, Position


def _read(lines: list[Line]) -> list[tuple[str, str, str, str]]:
    return [
        (p.title, p.company, f"{p.start:%Y-%m}", f"{p.end:%Y-%m}" if p.end else "now")
        for p in parse_resume(lines, "cv.pdf").positions
    ]


def _line(number: int, words: str, dates: str = "", x0: float = 36.0, bold: bool = False) -> Line:
    return Line(number, words, "page 1", dates=dates, size=10.0, bold=bold, x0=x0)


# employers alone on their dated lines, each title the lead of the first bullet
_LEADS = [
    _line(1, "Ines Valdoria", bold=True),
    _line(2, "WORK EXPERIENCE", bold=True),
    _line(3, "Kestrel Robotics Lab", "Jan. 2025 – Present", bold=True),
    _line(4, "• Research Assistant – Swarm control: designing policies for drones", x0=48),
    _line(5, "conditioned on language, with grounding of goals", x0=58),
    _line(6, "Halden Aerospace", "Jun. 2024 – Sep. 2024", bold=True),
    _line(7, "• Simulation intern: Developed a code to simulate heat in plates", x0=48),
    _line(8, "• Compared the results with measured temperatures", x0=48),
    _line(9, "Corvell Mills", "Jan. 2022 – Mar. 2023", bold=True),
    _line(10, "• Reduced waste: rebuilt the cutting line and trained the crew", x0=48),
    _line(11, "EDUCATION", bold=True),
]


def test_the_lead_of_the_first_bullet_names_the_title_the_heading_leaves_out() -> None:
    assert _read(_LEADS) == [
        ("Research Assistant", "Kestrel Robotics Lab", "2025-01", "now"),
        ("Simulation intern", "Halden Aerospace", "2024-06", "2024-09"),
        ("", "Corvell Mills", "2022-01", "2023-03"),  # "Reduced waste" names no role
    ]


def test_without_the_lead_rule_those_titles_are_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entry_leads.EntryLeads, "_untitled_lead", lambda self, text: None)
    assert [title for title, *_ in _read(_LEADS)] == ["", "", ""]


def test_a_lead_is_a_short_role_before_a_dash_or_colon() -> None:
    assert bullet_lead_role("• Officer cadet: Managed a team") == (
        "Officer cadet",
        "Managed a team",
    )
    assert bullet_lead_role("• Data Engineer – Pipelines: built the ingestion") == (
        "Data Engineer",
        "Pipelines: built the ingestion",
    )
    assert bullet_lead_role("Simulation intern: Developed a code") is None  # no bullet
    assert bullet_lead_role("• Key results: cut costs by 20%") is None  # no role
    assert bullet_lead_role("• Worked with the senior staff engineer team: on X") is None  # long


# a bullet's second line at the bullet's hanging indent, opening on a bracket, right above
# the next entry's dated head
_HANGING = [
    _line(1, "Ines Valdoria", bold=True),
    _line(2, "EXPERIENCE"),
    _line(3, "Kestrel Orbital", bold=True),
    _line(4, "Avionics Engineer, Lunar Avionics", "Sept 2022-Present"),
    _line(5, "• Led the design of the input card, from parts to the layout of", x0=54),
    _line(6, "the boards and the tests of every subsystem", x0=72),
    _line(7, "(electrical, FPGA, FSW)", x0=72),
    _line(8, "Halden Space | Systems Engineering Intern", "May 2021- Jul 2021"),
    _line(9, "• Wrote the interface documents for the cargo module", x0=54),
    _line(10, "SKILLS"),
]


def test_a_line_at_a_bullets_hanging_indent_goes_on_with_the_bullet() -> None:
    positions = parse_resume(_HANGING, "cv.pdf").positions
    assert [(p.title, p.company) for p in positions] == [
        ("Avionics Engineer, Lunar Avionics", "Kestrel Orbital"),
        ("Systems Engineering Intern", "Halden Space"),
    ]
    assert positions[0].bullets[0].text.endswith("subsystem (electrical, FPGA, FSW)")


def test_without_the_hanging_rule_the_bracket_heads_the_next_entry(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(entry_hanging.EntryHanging, "_hangs_under_bullet", lambda s, line: False)
    positions = parse_resume(_HANGING, "cv.pdf").positions
    assert ("Systems Engineering Intern", "Halden Space") not in [
        (p.title, p.company) for p in positions
    ]


def test_a_line_at_the_heads_edge_is_no_hanging_line() -> None:
    lines = [*_HANGING[:6], _line(7, "(electrical, FPGA, FSW)"), *_HANGING[7:]]
    positions = parse_resume(lines, "cv.pdf").positions
    assert not positions[0].bullets[0].text.endswith("(electrical, FPGA, FSW)")


# jobs, a long skills section, then the school's dated line naming a grade
_SCHOOL = [
    _line(1, "Ines Valdoria", bold=True),
    _line(2, "EXPERIENCE"),
    _line(3, "Kestrel Orbital | Avionics Engineer", "Sept 2022-Present"),
    _line(4, "• Led the design of the input card", x0=54),
    _line(5, "Halden Space | Systems Engineering Intern", "May 2021- Jul 2021"),
    _line(6, "• Wrote the interface documents for the cargo module", x0=54),
    _line(7, "SKILLS"),
    _line(8, "Electronics: Altium, KiCAD, EAGLE, Verilog, LTSpice, ModelSim, Cadence"),
    _line(9, "Software: Python, Java, MATLAB, Simulink, C for STM32, git, GitHub"),
    _line(10, "EDUCATION"),
    _line(
        11, "Corvell University | Electrical Engineering Sc. B. | GPA: 3.9/4.0", "Aug 2018-May 2022"
    ),
    _line(12, "HONORS & AWARDS"),
]


def test_a_dated_line_naming_a_grade_does_not_bring_the_jobs_back() -> None:
    assert [company for _, company, *_ in _read(_SCHOOL)] == ["Kestrel Orbital", "Halden Space"]


def test_without_the_grade_rule_the_school_is_read_as_a_job(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(text, "names_grade", lambda words: False)
    # the degree named on the line ("Sc. B.") would refuse it as a job on its own
    monkeypatch.setattr(entry_state, "names_degree", lambda position: False)
    assert "Corvell University" in [company for _, company, *_ in _read(_SCHOOL)]


def test_a_second_stint_in_the_headings_brackets_leaves_the_title_clean() -> None:
    found = span_of(Line(1, "Trilogic Works - Engineer (May 2019 - Apr 2020, Feb 2022 - )"))
    assert found is not None
    assert (str(found[0].start), found[1]) == ("2019-05-01", "Trilogic Works - Engineer")
    noted = span_of(Line(1, "Trilogic Works - Engineer (May 2019 - Apr 2020, Remote)"))
    assert noted is not None and "Remote" in noted[1]  # a note, not a stint: kept


def test_without_the_stint_rule_the_second_stint_stays_in_the_title(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(entry_lines, "_unless_later_in_brackets", lambda head, tail: (head, tail))
    found = span_of(Line(1, "Trilogic Works - Engineer (May 2019 - Apr 2020, Feb 2022 - )"))
    assert found is not None and "Feb 2022" in found[1]


# an employer alone over two dated "Role, Team" lines, then "Employer | Role" entries
_TEAMS = [
    _line(1, "Ines Valdoria", bold=True),
    _line(2, "EXPERIENCE"),
    _line(3, "Kestrel Orbital", bold=True),
    _line(4, "Avionics Engineer, Lunar Avionics", "Sept 2022-Present"),
    _line(5, "• Delivered the interposer boards", x0=54),
    _line(6, "Avionics Systems Engineer, Station Avionics", "Jul 2022 - Dec 2022"),
    _line(7, "• Owned the vehicle's electrical interfaces", x0=54),
    _line(8, "Halden Space | Systems Engineering Intern", "May 2021- Jul 2021"),
    _line(9, "• Wrote the interface documents", x0=54),
    _line(10, "Corvell Lab | Firmware Developer", "Apr 2020 – Sept 2020"),
    _line(11, "• Wrote the sensor firmware", x0=54),
    _line(12, "SKILLS"),
]


def test_a_role_and_team_line_under_an_employers_roles_is_another_role_there() -> None:
    assert _read(_TEAMS) == [
        ("Avionics Engineer, Lunar Avionics", "Kestrel Orbital", "2022-09", "now"),
        ("Avionics Systems Engineer, Station Avionics", "Kestrel Orbital", "2022-07", "2022-12"),
        ("Systems Engineering Intern", "Halden Space", "2021-05", "2021-07"),
        ("Firmware Developer", "Corvell Lab", "2020-04", "2020-09"),
    ]


def test_without_the_team_rule_the_team_is_read_as_an_employer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(entry_opening.EntryOpening, "_team_titled_there", lambda s, r, ln: False)
    assert ("Kestrel Orbital", "2022-07") not in [(c, s) for _, c, s, _ in _read(_TEAMS)]


def test_a_role_under_the_employer_above_keeps_its_title_whatever_the_habit() -> None:
    position = Position(
        "Avionics Systems Engineer, Station Avionics",
        "Kestrel Orbital",
        Origin("cv.pdf", 6),
        guesses=(UNDECIDED, INHERITED),
    )
    decided = Position("Systems Engineering Intern", "Halden Space", Origin("cv.pdf", 8))
    lines = {
        6: "Avionics Systems Engineer, Station Avionics",
        8: "Halden Space | Systems Engineering Intern",
        10: "Corvell Lab | Firmware Developer",
    }
    other = Position("Firmware Developer", "Corvell Lab", Origin("cv.pdf", 10))
    followed = follow_habit([decided, position, other], lines)
    assert followed[1].title == "Avionics Systems Engineer, Station Avionics"


def test_a_role_and_an_organisation_after_the_comma_names_its_own_employer() -> None:
    lines = [*_TEAMS[:7], _line(8, "Teaching Assistant, Halden University", "May 2021- Jul 2021")]
    lines += _TEAMS[8:]
    read = _read(lines)
    assert ("Teaching Assistant", "Halden University", "2021-05", "2021-07") in read


def test_a_new_sentence_after_an_ended_one_is_no_hanging_line() -> None:
    lines = [
        *_HANGING[:4],
        _line(5, "• Led the design of the input card for the station.", x0=54),
        _line(6, "Wrote the test plan for every board of the station", x0=72),
        *_HANGING[7:],
    ]
    bullets = [b.text for b in parse_resume(lines, "cv.pdf").positions[0].bullets]
    assert bullets[0] == "Led the design of the input card for the station."
