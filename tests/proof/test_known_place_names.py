"""A name alone is a place only when the reader knows it for a country, region or city."""

from __future__ import annotations

from levelset.proof.dates import is_location, known_place_name
from levelset.proof.lines import resume_lines
from levelset.proof.page import Segment, VisualLine


def test_a_known_country_region_or_city_is_a_place_name() -> None:
    for name in ("Malaysia", "Gurugram", "Bavaria", "San Francisco", "Location: Nairobi"):
        assert known_place_name(name)
    for name in ("Zendesk", "Python", "FireCompass", "Part-Time", "Twiga Foods, Nairobi"):
        assert not known_place_name(name)


def test_is_location_reads_no_single_word_as_a_place_unless_written_as_one() -> None:
    for word in ("Zendesk", "Python", "Acme", "Kubernetes", "Malaysia"):
        assert not is_location(word)  # a name alone is no written place
    assert is_location("Remote")
    assert is_location("Kuala Lumpur, Malaysia")


def _line(*texts: str) -> VisualLine:
    segments = tuple(Segment(40.0 + 200 * i, 150.0 + 200 * i, t, 10.0) for i, t in enumerate(texts))
    return VisualLine(100.0, 10.0, segments)


def test_a_known_place_beside_an_entry_s_dates_is_its_place() -> None:
    (line,) = resume_lines([_line("12/2020 - 03/2022", "Malaysia")], "page 1")
    assert (line.text, line.dates, line.place) == ("12/2020 - 03/2022", "", "Malaysia")
    (line,) = resume_lines([_line("12/2020 - 03/2022", "Zendesk")], "page 1")
    assert line.place == ""  # a name the reader does not know stays the line's text
