"""The named-reach rule of the bullet signals: a partner function's name counts as someone
reached only when it names the people, not the work ("the design and implementation",
"conducted research", "production support")."""

from __future__ import annotations

import pytest

from levelset.proof.signals import signals


@pytest.mark.parametrize(
    "text",
    [
        "Led the design and implementation of the new billing service.",
        "Conducted research on retrieval models for long documents.",
        "Provided production support for the trading platform on weekends.",
        "Built the onboarding flow for the mobile app.",
        "Trained risk models in PyTorch and scikit-learn.",
        "Shipped a cross-platform desktop client in Electron.",
        "Wrote the security review checklist for our team's services.",
    ],
)
def test_a_function_named_as_the_work_is_no_one_reached(text: str) -> None:
    assert "rule:reach_named" not in signals(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Partnered with product and design to define the onboarding flow.", "with product"),
        ("Shipped the admin console after requests from support.", "from support"),
        ("Presented the migration plan to the design team.", "the design team"),
        ("Briefed product leadership on the experiment results.", "product leadership"),
        ("Automated the month-end close with finance.", "finance"),
        ("Rolled the logging library out across four product teams.", "four product teams"),
        ("Ran a cross-team review of every schema change.", "cross-team"),
    ],
)
def test_a_function_named_as_people_is_reach(text: str, words: str) -> None:
    assert signals(text)["rule:reach_named"] == words
