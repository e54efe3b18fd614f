"""A name alone is a place only when the reader knows it for a country, region or city."""

from __future__ import annotations

from levelset.proof.lines import resume_lines
from levelset.proof.locations import is_location, known_place_name
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


def _read(text: str) -> list[tuple[str, str, str]]:
    from levelset.proof.importers.text import parse_resume
    from levelset.proof.lines import Line

    lines = [Line(i + 1, t, "line") for i, t in enumerate(text.strip().splitlines())]
    return [(p.title, p.company, p.location) for p in parse_resume(lines, "cv.txt").positions]


def test_a_title_over_an_employer_and_its_city_keeps_its_title() -> None:
    """ "Acme, Austin" under a title is an employer and its town, not "Title, Company": the
    title above was lost, the employer read as the title and the town as the employer."""
    found = _read("""
Sam Vidal
Experience
Software Developer
Kestrel, Austin
11/2019 - 05/2020
- Built the web clients.
Data Analyst
Plover, Dublin
11/2017 - 05/2019
- Wrote the weekly reports.
""")
    assert found == [("Software Developer", "Kestrel", "Austin"),
                     ("Data Analyst", "Plover", "Dublin")]  # fmt: skip
    # a title after the comma is still read as "Title, Company"
    assert _read("Sam Vidal\nExperience\nData Analyst, Plover\n2017 - 2019\n- Wrote reports.")[0][
        :2
    ] == ("Data Analyst", "Plover")
