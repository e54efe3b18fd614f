"""Whatever an import file holds, reading it gives records or an InputError, nothing else."""

from hypothesis import given, settings
from hypothesis import strategies as st

from levelset.errors import InputError
from levelset.negotiation.recordfile import records_from_data
from tests.negotiation.conftest import TODAY

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 10**6),
    st.text(max_size=10),
    st.sampled_from(["2026-01-05", "2026-02-31", "initial_offer", "signed", "counter", "hold"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
EVENT_KEYS = ["seq", "kind", "date", "note", "offer", "verbal", "step", "corrects", "data"]
EVENTS = st.lists(st.dictionaries(st.sampled_from(EVENT_KEYS), VALUES, max_size=6), max_size=3)
RECORDS = st.dictionaries(
    st.sampled_from(["company", "events", "drafts"]), st.one_of(VALUES, EVENTS), max_size=3
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(RECORDS, VALUES), max_size=3))
def test_any_export_gives_records_or_an_input_error(items: list) -> None:
    try:
        records_from_data(
            {"negotiations": items},
            source="records.json",
            currencies=["USD"],
            today=TODAY,
        )
    except InputError as error:
        assert error.problems
