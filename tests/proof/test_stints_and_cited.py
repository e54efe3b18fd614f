"""Two conventions of office résumés, read from PDFs made here: a post held twice written on
one date line (a position per stint when a real gap lies between them; terms with no gap
between are one span), and the academic CV's "Employer. (Summer 2022)" heading over a
paragraph, written the way a reference is."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.proof.importers import entry_opening, entry_state
from levelset.proof.importers.pdf import import_pdf
from tests.proof.files import make_faced_pdf, position_rows


def _read(path: Path) -> list[tuple[str, str, str, str]]:
    return position_rows(import_pdf(path).positions)


_STINTS = [
    [("B", "Ines Valdoria")],
    [("B", "EXPERIENCE")],
    [("B", "Kestrel Media"), ("R", "December 2019 – March 2020 & June 2020 – August 2020")],
    [("", "Data Scientist Intern")],
    [("", "• Analysed the bidding logs to find the algorithm's mistakes")],
    [("B", "Trilogic Works - Engineer (May 2019 - Apr 2020, Feb 2022 - )")],
    [("", "• Wrote the tracking firmware for the test stands")],
    [("B", "Halden Web - Co-op Developer"), ("R", "Jan. 2021 – Apr. 2021, May 2021 – Aug. 2021")],
    [("", "• Rebuilt the intake forms")],
    [("B", "EDUCATION")],
    [("", "Corvell University, B.S. Computer Science, 2018")],
]


def test_a_post_held_twice_is_a_position_per_stint(tmp_path: Path) -> None:
    got = _read(make_faced_pdf(tmp_path / "cv.pdf", _STINTS, dejavu=True))
    assert got == [
        ("Data Scientist Intern", "Kestrel Media", "2019-12", "2020-03"),
        ("Data Scientist Intern", "Kestrel Media", "2020-06", "2020-08"),
        ("Engineer", "Trilogic Works", "2019-05", "2020-04"),
        ("Engineer", "Trilogic Works", "2022-02", "now"),
        ("Co-op Developer", "Halden Web", "2021-01", "2021-08"),  # terms with no gap: one span
    ]


def test_the_bullets_stay_with_the_first_stint(tmp_path: Path) -> None:
    positions = import_pdf(make_faced_pdf(tmp_path / "cv.pdf", _STINTS, dejavu=True)).positions
    assert [len(p.bullets) for p in positions[:4]] == [1, 0, 1, 0]


def test_without_the_stints_the_later_one_is_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(entry_opening, "stints", lambda line: ())
    got = _read(make_faced_pdf(tmp_path / "cv.pdf", _STINTS, dejavu=True))
    assert ("Engineer", "Trilogic Works", "2022-02", "now") not in got


_CITED = [
    [("B", "Dana Reyes")],
    [("B", "Employment")],
    [("", "Kestrel Orbital Systems. (Summer 2023)")],
    [("", "I wrote the telemetry layer of the flight software and tested it on the bench.")],
    [("", "Halden Mills. (Summer 2022)")],
    [("", "I rebuilt the scheduling service of the cutting line for the night shift.")],
    [("", "Halden Mills. (Summer 2021)")],
    [("", "I wrote tests for the scheduling service and fixed what they found.")],
    [("B", "Service")],
    [("", "Workshop Reviewer (2025).")],
]


def test_an_employer_written_as_a_reference_heads_its_summer(tmp_path: Path) -> None:
    got = _read(make_faced_pdf(tmp_path / "cv.pdf", _CITED))
    assert [(title, company, start[:4]) for title, company, start, _ in got] == [
        ("", "Kestrel Orbital Systems", "2023"),
        ("", "Halden Mills", "2022"),
        ("", "Halden Mills", "2021"),
    ]


def test_without_the_reference_form_the_summers_are_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(entry_state.EntryState, "_set_apart", lambda self: False)
    got = _read(make_faced_pdf(tmp_path / "cv.pdf", _CITED))
    assert ("", "Halden Mills", "2022-06", "2022-06") not in got
