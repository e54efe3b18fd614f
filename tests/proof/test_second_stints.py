"""Two stints of one post on its heading line (batch 2026-12-07a's tuning half: a Word
résumé's "November 2023 – April 2024 & October 2024-April 2025", a Quartz CV's "December 2019 –
March 2020 & June 2020 – August 2020"), on made-up lines: two positions, while a co-op's terms
listed with commas, or a second range with a note of its own, stay one post."""

from __future__ import annotations

import pytest

from levelset.proof.importers import text
from levelset.proof.importers.text import parse_resume
from levelset.proof.lines import Line


def _read(lines: list[Line]) -> list[tuple[str, str, str, str, int]]:
    return [
        (
            p.title,
            p.company,
            f"{p.start:%Y-%m}",
            f"{p.end:%Y-%m}" if p.end and not p.current else "now",
            len(p.bullets),
        )
        for p in parse_resume(lines, "cv.pdf").positions
    ]


def _line(number: int, words: str, dates: str = "", bold: bool = False) -> Line:
    return Line(number, words, "page 1", dates=dates, size=10.0, bold=bold, x0=36.0)


def _resume(dates: str) -> list[Line]:
    return [
        _line(1, "Maren Oskarsdottir", bold=True),
        _line(2, "EXPERIENCE", bold=True),
        _line(3, "Tax Support Specialist, Ledgerly, Remote", dates, bold=True),
        _line(4, "• Answered questions on filing for customers"),
        _line(5, "• Met every quota of the season"),
        _line(6, "Store Manager, Harrow Games, Leeds", "April 2021 – February 2022", bold=True),
        _line(7, "• Ran the store's stock and sales"),
        _line(8, "EDUCATION", bold=True),
    ]


_TWICE = "November 2023 – April 2024 & October 2024 – April 2025"


def test_two_stints_joined_by_an_ampersand_are_two_positions() -> None:
    assert _read(_resume(_TWICE)) == [
        ("Tax Support Specialist", "Ledgerly", "2023-11", "2024-04", 2),
        ("Tax Support Specialist", "Ledgerly", "2024-10", "2025-04", 0),
        ("Store Manager", "Harrow Games", "2021-04", "2022-02", 1),
    ]


def test_without_the_rule_the_two_stints_read_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "second_stints", lambda lines: [])
    assert _read(_resume(_TWICE))[0] == (
        "Tax Support Specialist",
        "Ledgerly",
        "2023-11",
        "2025-04",
        2,
    )


def test_a_second_stint_in_the_heading_s_brackets_is_a_position() -> None:
    lines = _resume("")
    lines[2] = _line(3, "Ledgerly - Tax Support Specialist (May 2019 - Apr 2020, Feb 2022 - )")
    found = _read(lines)
    assert [(start, end) for _, _, start, end, _ in found[:2]] == [
        ("2019-05", "2020-04"),
        ("2022-02", "now"),
    ]


@pytest.mark.parametrize(
    "dates",
    [
        "Jan. 2021 – May 2021, Aug. 2021 – Dec. 2021, May 2022 – Aug. 2022",  # a co-op's terms
        "Jan 2023 – Apr 2024 (Full-time); Apr 2024 – Nov 2024 (Voluntary)",  # another footing
    ],
)
def test_terms_and_a_range_with_its_own_note_stay_one_post(dates: str) -> None:
    found = _read(_resume(dates))
    assert len(found) == 2
    assert found[0][2] in {"2021-01", "2023-01"}
