"""Figures written with a footnote mark or a British decimal point, per cent as "pc", a score
out of any total, a count reached in groups of three, and money a company the author founded
raised (funding, no result). Sentences written for the reader, none a row of the bullet corpus."""

from __future__ import annotations

import pytest

from levelset.proof.numbers import value_of
from levelset.proof.quantities import quantities, results


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("Served 55,000* customers a month from one warehouse.", "volume", "55,000* customers"),
        ("Grew the newsletter to 55,000† readers.", "volume", "55,000† readers"),
        ("Cut annual hosting spend by £7·5 million.", "money", "£7·5 million"),
        ("Lifted repeat orders 2·4 per cent in a quarter.", "percent", "2·4 per cent"),
        ("Raised gross margin by 12 pc in two years.", "percent", "12 pc"),
        ("Online sales up 12pc year on year after the relaunch.", "percent", "12pc"),
        ("Scoring 309/500 in the regulator's audit, the best in the region.", "rating",
         "Scoring 309/500"),
        ("Grew paying subscribers to 55,000 in eighteen months.", "reached", "to 55,000"),
    ],
)  # fmt: skip
def test_a_marked_figure_is_read_with_the_bullets_own_words(
    text: str, kind: str, words: str
) -> None:
    assert (kind, words) in [(q.kind, q.words) for q in results(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Set up 40 PC workstations for the new office.",  # machines, not per cent
        "Co-founded the company and raised $3M to build the first product.",
        "Founded a meal-kit startup, raised $1.2M and hired the first eight staff.",
        "Moved the fleet to 2,000 servers in two regions.",  # a count reached, no change said
        "Published the footnotes in 2023* with the annual report.",
    ],
)
def test_figures_of_the_same_shapes_that_show_no_result(text: str) -> None:
    assert results(text) == ()


def test_a_founded_company_raising_money_is_funding_not_a_result() -> None:
    kinds = [q.kind for q in quantities("Co-founded the company and raised $3M from friends.")]
    assert kinds == ["deal"]


@pytest.mark.parametrize(
    ("words", "value"),
    [("7·5 million", 7.5e6), ("55,000*", 55000.0), ("1.2M†", 1.2e6)],
)
def test_the_value_of_a_marked_figure(words: str, value: float) -> None:
    assert value_of(words) == value
