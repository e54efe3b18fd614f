"""One employer key however a filing spells the company."""

from __future__ import annotations

import pytest

from levelset.market.employers import employer_key, plain


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (("Google LLC", "GOOGLE LLC", "Google, Inc.", "Google Inc"), "google"),
        (("Meta Platforms, Inc.", "META PLATFORMS INC"), "meta platforms"),
        (("Example Cloud, L.L.C.", "Example Cloud Corp."), "example cloud"),
        (("The Home Depot", "Home Depot Inc."), "home depot"),
        (("Johnson & Johnson", "JOHNSON AND JOHNSON"), "johnson and johnson"),
    ],
)
def test_spellings_of_one_employer_have_one_key(spellings: tuple[str, ...], key: str) -> None:
    assert {employer_key(s) for s in spellings} == {key}


def test_a_key_is_always_inside_the_plain_name_the_sql_filter_reads() -> None:
    for name in ("Google, Inc.", "The Home Depot", "LLC", "Co-op Bank Ltd"):
        assert employer_key(name) in plain(name)
    assert employer_key("LLC") == "llc"  # a name that is only a legal form keeps it
