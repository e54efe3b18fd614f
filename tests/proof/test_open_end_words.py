"""Words for "still there" at the end of a date range, as people write them in English and
in their own language, read as an open end."""

from __future__ import annotations

import datetime as dt

import pytest

from levelset.proof.dates import find_span, is_date_text


@pytest.mark.parametrize(
    "written",
    [
        "(2025 - Actually)",  # a French or Spanish speaker's "actuellement"/"actualmente"
        "2025 – Actuellement",
        "2025 - actualmente",
        "2025 – actualidad",
        "2025 - hoy",
        "2025 – en curso",
        "2025 – en cours",
        "2025 – bis heute",
        "2025 - jetzt",
        "2025 – atualmente",
        "2025 – em curso",
        "2025 – attualmente",
        "2025 – in corso",
        "2025 - nu",
        "2025 - Date",
        "2025 - till today",
        "2025 - On-going",
        "2025 - Continuing",
    ],
)
def test_a_word_for_now_after_the_dash_is_an_open_end(written: str) -> None:
    found = find_span(written)
    assert found is not None
    span, _ = found
    assert (span.start, span.end, span.current) == (dt.date(2025, 1, 1), None, True)
    assert is_date_text(written)


def test_the_same_words_in_a_sentence_are_no_dates() -> None:
    for text in ("Actually, the team grew to nine", "Date of birth: 12 May 1990", "nu 2020"):
        assert find_span(text) is None
    assert not is_date_text("Actually shipped the feature")


def test_an_entry_dated_to_actually_is_still_held() -> None:
    from levelset.proof.importers.text import parse_resume
    from levelset.proof.lines import Line

    texts = ["Jules Roe", "Experience", "Backend Engineer, Asyst Ressources",
             "(2025 - Actually)", "- Built the REST APIs of the backend."]  # fmt: skip
    lines = [Line(i + 1, t, "line") for i, t in enumerate(texts)]
    position = parse_resume(lines, "cv.txt").positions[0]
    assert (position.title, position.company) == ("Backend Engineer", "Asyst Ressources")
    assert position.current and position.end is None
