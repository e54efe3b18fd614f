"""A long bold dated heading that a word processor wrapped onto a second bold line."""

from __future__ import annotations

from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line


def _bold(number: int, text: str, dates: str = "", x0: float = 136.8) -> Line:
    return Line(number, text, "page 1", dates=dates, size=10.5, bold=True, x0=x0)


def _body(number: int, text: str) -> Line:
    return Line(number, text, "page 1", size=10.5, x0=154.8)


def _read(lines: list[Line]) -> list[tuple[str, str | None, str]]:
    doc = parse_resume(lines, "cv.pdf")
    return [(p.title, p.company, p.start.isoformat() if p.start else "") for p in doc.positions]


def test_the_bold_words_under_a_long_dated_heading_end_its_name() -> None:
    lines = [
        Line(1, "Pat Morgan", "page 1", size=16.0, bold=True, x0=36),
        _bold(2, "WORK EXPERIENCE", x0=36),
        _bold(
            3,
            "Research Engineer: Soft Robotic Grippers for Handling Fresh Produce, Northern",
            dates="10/2021-06/2022",
            x0=36,
        ),
        _bold(4, "Institute of Technology (NIT), Ireland"),
        _body(5, "Designed a gripper that picks soft fruit without bruising it;"),
        _body(6, "Ran the field trials with two growers."),
        _bold(7, "Data Scientist", dates="01/2020-09/2021", x0=36),
        _bold(8, "Plover Labs"),
        _body(9, "Built the forecasting pipeline for the sales team."),
    ]
    read = _read(lines)
    assert read[0] == (
        "Research Engineer: Soft Robotic Grippers for Handling Fresh Produce",
        "Northern Institute of Technology (NIT)",
        "2021-10-01",
    )
    assert read[1] == ("Data Scientist", "Plover Labs", "2020-01-01")  # short: no wrap


def test_a_bold_label_under_a_dated_employer_is_no_wrap() -> None:
    lines = [
        _bold(1, "WORK EXPERIENCE", x0=36),
        _bold(2, "Northern Electricity Generating Company (NEGC): May – July 2015", x0=36),
        _bold(3, "Position: Intern", x0=36),
        _body(4, "• Troubleshooting of hardware and software."),
    ]
    assert [(t, c) for t, c, _ in _read(lines)] == [
        ("Intern", "Northern Electricity Generating Company (NEGC)")
    ]
