"""The year span's pure parts (market/lca_span.py) on counts written here."""

from __future__ import annotations

from levelset.market.lca_span import MAX_EMPLOYERS, Piece, answerable

SF: Piece = (("II", "CA", ("CA|SAN FRANCISCO",)), 152051, (3,))
SEATTLE: Piece = (("II", "WA", ("WA|SEATTLE",)), 152051, (3,))


def test_a_company_answer_names_only_the_years_largest_employers() -> None:
    """Each of MAX_EMPLOYERS + 1 employers files 5 in San Francisco; one of them files 50 in
    Seattle too. The largest MAX_EMPLOYERS by filings (then by name) may be named; the last
    joins the rest, which then holds 5 filings, so every employer named stays answerable."""
    employers = {(SF, f"employer {i:03d}"): 5 for i in range(MAX_EMPLOYERS + 1)}
    employers[(SEATTLE, "employer 200")] = 50
    allowed = answerable(employers)
    named = allowed[SF]
    assert len(named) == MAX_EMPLOYERS
    assert "employer 200" in named  # the largest, though last by name
    assert "employer 199" not in named  # the last of the rest by name
    assert allowed[SEATTLE] == {"employer 200"}


def test_a_rest_of_a_few_filings_takes_the_smallest_named_employer() -> None:
    employers = {(SF, "large"): 40, (SF, "middle"): 6, (SF, "small one"): 2, (SF, "small two"): 1}
    assert answerable(employers)[SF] == {"large"}  # 'middle' joins the 3 others: a rest of 9
