"""A posting's header line: the employer and place written after the title ("Acme Corp -
Austin, TX"), as job boards and pasted postings set them. The postings are written for these
tests."""

from __future__ import annotations

import pytest

from levelset.market.postings import read_posting

HEADERS = [
    ("Senior Machine Learning Engineer\nAcme Corp - Austin, TX\n", "Acme Corp", "Austin, TX"),
    ("Data Engineer\nGlobex · Seattle, WA (Hybrid)\nAbout the job\n", "Globex",
     "Seattle, WA (Hybrid)"),
    ("# Data Scientist\n**Umbrella Corp** | Boston, MA\n", "Umbrella Corp", "Boston, MA"),
    ("Platform Engineer\nInitech — Denver, Colorado, United States\n", "Initech",
     "Denver, Colorado, United States"),
    ("ML Engineer\nAustin, TX\nHooli is hiring a ML Engineer.\n", "Hooli", "Austin, TX"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "company", "location"), HEADERS)
def test_the_header_line_names_employer_and_place(text: str, company: str, location: str) -> None:
    posting = read_posting(text + "Pay: $150,000 - $190,000 a year.\n")
    assert (posting.company, posting.location) == (company, location)


def test_a_place_after_the_title_on_its_line_leaves_the_title() -> None:
    posting = read_posting("Staff Engineer - New York, NY\nWe build payment systems.\n")
    assert (posting.title, posting.location) == ("Staff Engineer", "New York, NY")
    assert posting.company is None  # a job's name before the place is no employer


def test_a_line_of_prose_with_a_dash_is_no_header() -> None:
    posting = read_posting("Software Engineer\nJoin us - we are a small team, in Austin\n")
    assert posting.location is None


def test_a_labelled_location_comes_before_the_header() -> None:
    text = "Data Engineer\nAcme Corp - Austin, TX\nLocation: Remote (US)\n"
    assert read_posting(text).location == "Remote (US)"
