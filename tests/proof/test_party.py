"""The party a bullet's work affected, read from its phrase: the author's own team or others."""

from __future__ import annotations

import pytest

from levelset.proof.learned import _model
from levelset.proof.party import party_signals

OTHERS = [
    # a partner function after a relation, not followed by a thing it names
    ("Ran quarterly planning for the team and negotiated scope with product.", "with product"),
    ("Persuaded finance to fund a second GPU cluster.", "Persuaded finance"),
    # another team named by its function, or counted
    ("Search for new data-driven solutions and improvements for the Credit team.", "Credit team"),
    ("Rolled the logging library out across four product teams.", "four product teams"),
    # an outside organisation's own people or places
    ("Reduced shipping damage claims by 27% for the logistics partner's depots.", "partner's"),
    # people of another trade the work was for
    ("Trained the call-centre supervisors to use the new queue forecasts.", "call-centre"),
]

OWN = [
    "Evaluated three open-source vector stores for the team.",
    "Kept our team's sprint board tidy and ran the stand-ups.",
    "Managed the payments squad through the migration.",
]

DOMAINS = [
    # a function followed by the thing it names is a domain, not people reached
    ("Cut customer wait time in the support chat by 45 seconds.", "support"),
    ("Maintained the ETL jobs behind the sales dashboards.", "sales"),
]


@pytest.mark.parametrize(("text", "words"), OTHERS)
def test_others_named_where_the_work_affects_them_are_beyond_the_team(
    text: str, words: str
) -> None:
    found = party_signals(text)
    assert "party:beyond" in found
    assert words in found["party:beyond"] or any(words in w for w in found.values())


@pytest.mark.parametrize("text", OWN)
def test_the_authors_own_team_is_not_beyond_it(text: str) -> None:
    found = party_signals(text)
    assert "party:beyond" not in found
    assert "party:own_only" in found


@pytest.mark.parametrize(("text", "word"), DOMAINS)
def test_a_function_that_names_a_thing_is_a_domain(text: str, word: str) -> None:
    found = party_signals(text)
    assert found["party:function>domain"].split()[-1] == word
    assert "party:beyond" not in found


def test_a_function_used_as_a_verb_names_no_party() -> None:
    found = party_signals("Scaled the cluster to support advanced analytics needs.")
    assert "support" not in found.values()
    assert "party:beyond" not in found


def test_every_party_signal_names_the_bullets_own_words() -> None:
    text = "Built a shelf-gap detector with the stores' operations managers; out-of-stocks fell."
    for name, words in party_signals(text).items():
        assert words and words in text, name


def test_the_shipped_cross_team_weights_read_the_party() -> None:
    weights = _model()["verdicts"]["cross_team"]["weights"]
    assert weights.get("party:beyond", 0.0) > 0
    assert not any(name.startswith("who:") for name in weights)


def test_one_team_of_a_size_or_a_generic_name_is_the_authors_own() -> None:
    # RULES.md: a team the author works in, however mixed, and "the development team" are the
    # author's own line; several teams counted are others (issue 12)
    assert "party:beyond" not in party_signals("Managed a 10-person committee.")
    assert "party:beyond" not in party_signals("Wrote test scripts for the development team.")
    mixed = party_signals("Planned sprints with a cross-functional team.")
    assert mixed.get("party:unit>own") == "with a cross-functional team"
    assert "party:beyond" in party_signals("Rolled the library out to three teams.")
