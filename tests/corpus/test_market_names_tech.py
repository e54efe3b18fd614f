"""The corpus check counts a reading as silently outside tech by the product's own tech list."""

from __future__ import annotations

from tests.corpus.market_names import is_tech_soc


def test_tech_management_occupations_are_tech() -> None:
    assert is_tech_soc("11-3021")  # computer and information systems managers
    assert is_tech_soc("15-1252")
    assert not is_tech_soc("11-2022")  # sales managers
    assert not is_tech_soc("13-1082")
