"""Whatever a file holds, reading it gives an offer or an InputError: never another exception."""

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from levelset.errors import InputError
from levelset.offers import parse_offer
from levelset.offers.equityformat import EQUITY_FIELDS
from levelset.offers.fileformat import TOP_FIELDS
from levelset.offers.yamllines import parse_yaml_with_lines

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["180,000", "12.5%", "5/15/40/40", "even", "2026-02-30", "monthly", "1e400"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
EQUITY = st.dictionaries(st.sampled_from(EQUITY_FIELDS), VALUES, max_size=6)
OFFERS = st.dictionaries(st.sampled_from(TOP_FIELDS), VALUES | EQUITY, max_size=len(TOP_FIELDS))


def _reads(data: object) -> None:
    try:
        parse_offer(data)
    except InputError as error:
        assert error.problems or error.message


@settings(max_examples=300, deadline=None)
@given(OFFERS)
def test_any_mapping_of_known_fields_gives_an_offer_or_an_input_error(data: dict) -> None:
    _reads(data)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=string.printable + "ü€", max_size=80))
def test_any_text_parses_as_yaml_or_gives_an_input_error(text: str) -> None:
    try:
        data, _ = parse_yaml_with_lines(text, "offer.yaml")
    except InputError:
        return
    _reads(data)
