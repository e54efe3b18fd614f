"""Technologies named after "with" or "for" are tools, not parties the work reached
(levelset.proof.tech_names, levelset.proof.org_reach, issue 12)."""

from __future__ import annotations

import pytest

from levelset.proof.org_reach import org_signals
from levelset.proof.tech_names import is_tech


@pytest.mark.parametrize(
    "name", ["Python", "Kafka,", "Spring Boot", "AWS Lambda", "Google Cloud", "Node.js", "C#"]
)
def test_a_technology_is_known(name: str) -> None:
    assert is_tech(name)


@pytest.mark.parametrize("name", ["Google", "Amazon", "Unilever", "Apache Software Foundation"])
def test_a_company_is_no_technology(name: str) -> None:
    assert not is_tech(name)


def test_work_with_a_tool_names_no_partner() -> None:
    assert org_signals("Worked with Python and Kafka to build the ingestion jobs.") == {}
    assert org_signals("Built a plugin for Figma that exports design tokens.") == {}


def test_work_with_a_company_named_first_in_the_bullet_is_reach() -> None:
    # the relation opens the bullet; the party is the name after it
    found = org_signals("Collaborated with Unilever on the pricing model.")
    assert found["org:with_named"] == "Collaborated with Unilever"
    assert "org:with_named" in org_signals("Clients included Amazon and two retailers.")


def test_one_cross_functional_team_is_the_authors_own() -> None:
    # RULES.md: "a cross-functional team of 8" is the team the author works in
    assert "org:wide" not in org_signals("Ran sprints with a cross-functional team of 8.")
    assert "org:wide" in org_signals("Led cross-functional teams through the migration.")
