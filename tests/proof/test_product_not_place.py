"""A product or team written after the employer's name is no place ("Amazon, Alexa"): the
position's location stays empty unless a known city or region follows."""

from __future__ import annotations

import pytest

from levelset.proof.headers import names_place, without_place
from levelset.proof.importers.text import Line, parse_resume
from levelset.proof.products import is_product


def _positions(text: str) -> list[tuple[str, str, str]]:
    lines = [Line(i, raw) for i, raw in enumerate(text.splitlines(), start=1)]
    return [(p.title, p.company, p.location) for p in parse_resume(lines, "cv.md").positions]


@pytest.mark.parametrize(
    ("employer", "title"),
    [
        ("Amazon, Alexa", "Applied Scientist"),
        ("Google, YouTube", "Software Engineer"),
        ("Apple, Siri", "ML Engineer"),
        ("Meta, Instagram", "Data Scientist"),
    ],
)
def test_a_product_after_the_employer_is_no_place(employer: str, title: str) -> None:
    text = f"Experience\n{employer}\n{title}  Jan 2020 - Present\n- Built the ranking models.\n"
    assert _positions(text) == [(title, employer, "")]


def test_a_product_after_title_and_employer_is_no_place() -> None:
    text = "Experience\nApplied Scientist | Amazon, Alexa | Jan 2020 - Present\n- Built models.\n"
    [(title, company, place)] = _positions(text)
    assert (title, place) == ("Applied Scientist", "") and company.startswith("Amazon")


@pytest.mark.parametrize(
    ("employer", "company", "place"),
    [
        ("Amazon, Seattle", "Amazon", "Seattle"),
        ("Amazon, Reading", "Amazon", "Reading"),  # a city, though a common word
        ("Hooli, Walldorf", "Hooli", "Walldorf"),  # a name of no common words: a town
    ],
)
def test_a_city_after_the_employer_is_still_its_place(
    employer: str, company: str, place: str
) -> None:
    text = f"Experience\n{employer}\nApplied Scientist  Jan 2020 - Present\n- Built models.\n"
    assert _positions(text) == [("Applied Scientist", company, place)]


@pytest.mark.parametrize(
    ("text", "product"),
    [("Alexa", True), ("alexa ai", True), ("YouTube", True), ("Walldorf", False), ("", False)],
)
def test_is_product_knows_products_by_any_case(text: str, product: bool) -> None:
    assert is_product(text) is product


def test_a_product_is_no_place_to_the_heading_reader() -> None:
    assert not names_place("Alexa") and names_place("Walldorf")
    assert without_place("Amazon, Alexa") == ("Amazon, Alexa", "")
