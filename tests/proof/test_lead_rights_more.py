"""Leading said as a right held, a service level set, an architecture designed without "the",
another organisation's people taken through a review, webinars hosted; and their near misses
(sentences written for these tests; issue 12)."""

from __future__ import annotations

import pytest

from levelset.proof.lead import lead_signals


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Budget holder for the data platform's cloud spend.", "Budget holder"),
        ("Budget owner of the ML infrastructure line since 2023.", "Budget owner"),
        ("Named final approver for schema changes across the warehouse.", "approver for"),
        ("Second-line approver on production access requests.", "approver on"),
        ("Set SLOs and error budgets for the four checkout services.", "Set SLOs"),
        ("Defined SLIs for the search API with the SRE team.", "Defined SLIs"),
        ("Designed event-driven architecture for the claims platform.", "architecture"),
        ("Designed a microservices architecture for the loyalty app.", "architecture"),
        ("Took the partner bank's engineers through our threat-model review.", "through our"),
        ("Walked two auditors through the access-control process.", "through the"),
        ("Hosted monthly webinars for the plugin developers.", "webinars"),
        ("Ran livestreams on the new SDK for community contributors.", "livestreams"),
    ],
)
def test_leading_said_without_a_leading_verb(text: str, words: str) -> None:
    found = lead_signals(text)
    assert any(words in w for w in found.values()), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Contributed to the design and architecture of the reporting tool.",
        "Attended the vendor's webinars on the new release.",
        "Worked within the budget set by the finance team.",
        "Studied the architecture of the legacy billing system.",
        "Met the SLOs the SRE team set for our service.",
    ],
)
def test_near_misses_lead_nobody(text: str) -> None:
    found = lead_signals(text)
    positive = {k: v for k, v in found.items() if k not in ("lead:not_leading", "lead:own_task")}
    assert not positive, (text, found)
