"""General reading of office exports (batch 2026-12-06j's tuning half and the office files
before it), on made-up documents: a line a word processor broke inside a bracket is read
whole again."""

from __future__ import annotations

from pathlib import Path

from levelset.proof.importers.entry_wraps import join_broken_lines
from levelset.proof.importing import import_file
from levelset.proof.lines import Line
from tests.proof.files import make_faced_pdf as _pdf


def _positions(path: Path) -> list[tuple[str, str, str, str]]:
    return [
        (p.title, p.company, f"{p.start:%Y-%m}", f"{p.end:%Y-%m}" if p.end else "now")
        for p in import_file(path).positions
    ]


def test_a_bracket_opened_on_one_line_and_closed_on_the_next_is_one_line() -> None:
    lines = [
        Line(1, "Research Fellow at Kestrel Lab (Faculty of Physics,"),
        Line(2, "Corvell University)"),
        Line(3, "Lab Intern at Halden Institute."),
    ]
    joined = join_broken_lines(lines)
    assert [line.text for line in joined] == [
        "Research Fellow at Kestrel Lab (Faculty of Physics, Corvell University)",
        "Lab Intern at Halden Institute.",
    ]


def test_a_closed_bracket_a_bullet_or_a_long_line_is_not_joined() -> None:
    closed = [Line(1, "Analyst (Remote)"), Line(2, "Corvell University)")]
    assert len(join_broken_lines(closed)) == 2
    bullet = [Line(1, "Analyst at Kestrel (Physics,"), Line(2, "• Corvell University)")]
    assert len(join_broken_lines(bullet)) == 2
    long = [
        Line(1, "Analyst at Kestrel (Physics,"),
        Line(2, "and then a whole paragraph of what was done there, at length, closed)"),
    ]
    assert len(join_broken_lines(long)) == 2


def test_dated_lines_wrapped_inside_their_brackets_keep_their_employers(tmp_path: Path) -> None:
    made = _pdf(
        tmp_path / "cv.pdf",
        [
            [("B", "Ines Valdoria")],
            [("", "ines@example.com")],
            [("B", "EXPERIENCE")],
            [
                (
                    "",
                    "January, 2022 - present: Research Fellow at Kestrel Lab - Decision Unit"
                    " (Faculty of Physics,",
                )
            ],
            [("", "Corvell University)")],
            [("", "September, 2020 - May, 2021: Research Intern at Kestrel Lab - Memory Unit.")],
            [
                (
                    "",
                    "September, 2019 - present: Volunteer Assistant at Halden Lab - Optics Unit"
                    " (under",
                )
            ],
            [("", "professor Ada Brook).")],
            [("B", "AWARDS")],
            [("", "Corvell University - Merit Fellowship 2020/2021")],
        ],
    )
    assert _positions(made) == [
        (
            "Research Fellow",
            "Kestrel Lab - Decision Unit (Faculty of Physics, Corvell University)",
            "2022-01",
            "now",
        ),
        ("Research Intern", "Kestrel Lab - Memory Unit.", "2020-09", "2021-05"),
        (
            "Volunteer Assistant",
            "Halden Lab - Optics Unit (under professor Ada Brook).",
            "2019-09",
            "now",
        ),
    ]


def test_a_dated_heading_cut_after_a_word_no_heading_ends_with_goes_on_below() -> None:
    lines = [
        Line(1, "• 2020 - 2022 | Public service employee at the municipality of", x0=240),
        Line(2, "Corvell", x0=258),
        Line(3, "• 2013 - 2016 | Dish washer at Halden Bistro", x0=240),
    ]
    joined = join_broken_lines(lines)
    assert [line.text for line in joined] == [
        "• 2020 - 2022 | Public service employee at the municipality of Corvell",
        "• 2013 - 2016 | Dish washer at Halden Bistro",
    ]


def test_an_open_end_joins_only_a_few_undated_words_under_a_dated_line() -> None:
    undated = [Line(1, "Public service employee at the municipality of"), Line(2, "Corvell")]
    assert len(join_broken_lines(undated)) == 2  # no dates: not an entry's heading
    dated_below = [Line(1, "2020 - 2022 | Clerk at the office of"), Line(2, "2019 | Intern")]
    assert len(join_broken_lines(dated_below)) == 2
    outdented = [
        Line(1, "2020 - 2022 | Clerk at the office of", x0=240),
        Line(2, "Corvell", x0=200),
    ]
    assert len(join_broken_lines(outdented)) == 2


def test_bulleted_dated_headings_wrapped_after_at_keep_their_employers(tmp_path: Path) -> None:
    made = _pdf(
        tmp_path / "cv.pdf",
        [
            [("B", "Ines Valdoria")],
            [("", "ines@example.com")],
            [("B", "Work Experience")],
            [("", "- 2022 - now | Front-end developer at Kestrel Labs")],
            [("", "- 2020 - 2022 | Public service employee at the municipality of")],
            [("B", "   Corvell")],
            [("", "- 2017 - 2018 | Student assistant Programming for AI at")],
            [("B", "   the Corvell University")],
            [("", "- 2013 - 2016 | Dish washer at Halden Bistro")],
            [("B", "Education")],
            [("", "- 2021 | Bachelor Artificial Intelligence (Corvell University)")],
        ],
    )
    assert _positions(made) == [
        ("Front-end developer", "Kestrel Labs", "2022-01", "now"),
        ("Public service employee", "the municipality of Corvell", "2020-01", "2022-01"),
        ("Student assistant Programming for AI", "Corvell University", "2017-01", "2018-01"),
        ("Dish washer", "Halden Bistro", "2013-01", "2016-01"),
    ]
