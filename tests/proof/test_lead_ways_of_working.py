"""Leading said as a way of working set for others, an RFC written, a policy developed and put
in place, project management held as a duty, a school or conference coordinated, people under
one's mentorship, the delivery of a programme held, guidance given to a team, a chief architect;
and their near misses: a neural network built, process enhancements made,
project management tools used, a go-to reviewer (sentences written for these tests; issue 12)."""

from __future__ import annotations

import pytest

from levelset.proof.lead import lead_signals

LEADING = ("lead:not_leading", "lead:own_task", "lead:routine")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Established a consistent, test-first approach for the mobile squads.", "approach"),
        ("Defined the team's ways of working after the reorg.", "ways of working"),
        ("Introduced code review best practices for the data group.", "best practices"),
        ("Wrote the RFC for per-tenant encryption keys.", "RFC"),
        ("Authored the storage RFCs that the platform group adopted.", "RFCs"),
        ("Developed and rolled out a data retention policy for the clinic.", "policy"),
        ("Designed and built a payments platform from scratch.", "from scratch"),
        ("Designed a cost-allocation model for the shared GPU pool.", "model"),
        ("Evolved a lean, quarterly planning process for three squads.", "process"),
        ("Project management for the warehouse relocation, end to end.", "Project management"),
        ("Coordinated the summer school on applied statistics for 40 students.", "school"),
        ("Coordinate the annual developer conference of the Lisbon office.", "conference"),
        ("Two juniors shipped their first features under my mentorship.", "under my mentorship"),
        (
            "Got product, legal, finance and the three regional teams to agree on one launch date.",
            "to agree",
        ),
        ("Set up a peer support network for the night-shift nurses.", "network"),
        ("Responsible for the delivery of the claims portal programme.", "delivery of"),
        ("Managed end-to-end delivery of the ERP cutover.", "delivery"),
        ("Managed the migration of 30 services to the new cluster.", "migration"),
        ("Provided technical guidance to a team of five developers.", "guidance to"),
        ("Chief architect of the settlement platform.", "Chief architect"),
        ("Responsible for coordinating a team of six testers.", "coordinating"),
        ("Orchestrated the cutover of 40 stores to the new tills.", "Orchestrated the cutover"),
        ("Conducted training sessions for 30 new claims handlers.", "Conducted training"),
        ("Organised the department's annual hackathon.", "hackathon"),
        ("Developed junior engineers through pairing and review.", "Developed junior engineers"),
        ("Held technical ownership of the card-issuing integration.", "ownership of"),
        ("Coordination of a team of four field technicians.", "Coordination of a team"),
        ("Allocated work to the offshore team and tracked its progress.", "Allocated work"),
        ("Took care of the squad's planning and task allocation.", "task allocation"),
        ("Was entrusted with leading the move to the new warehouse.", "entrusted with leading"),
        ("Made key architectural decisions for the booking platform.", "architectural decisions"),
        ("Responsible of the coordination of the maintenance technicians.", "coordination of"),
        ("Took the responsibility of the release planning.", "responsibility of"),
        ("Piloted the digital transformation of the accounting department.", "transformation"),
        ("Volunteer coordinator for the food bank's Saturday shifts.", "Volunteer coordinator"),
    ],
)
def test_leading_said_as_a_way_of_working_set_for_others(text: str, words: str) -> None:
    found = lead_signals(text)
    positive = {k: v for k, v in found.items() if k not in LEADING}
    assert any(words in w for w in positive.values()), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Created a small neural network in PyTorch to classify leaf images.",
        "Implemented automation and process enhancements for the monthly invoicing.",
        "Used Jira and Confluence for project management.",
        "Completed a certificate in project management.",
        "Was the go-to reviewer for changes to the ledger schema.",
        "Followed the team's established approach to testing.",
        "Managed dependencies to keep delivery predictable.",
        "Managed to finish the migration before the freeze.",
        "Acted as scrum master for the team.",
        "Provided guidance to users on the new portal.",
        "Received mentorship from the staff engineer on system design.",
        "Conducted user interviews with twelve nurses.",
        "Developed developer tooling for the build farm.",
        "Coordination of data requests between the two labs.",
        "Made data-driven decisions about which campaigns to fund.",
        "Allocated memory pools for the rendering engine.",
        "Piloted the new scheduling tool with five users.",
    ],
)
def test_near_misses_of_setting_a_way_of_working_lead_nobody(text: str) -> None:
    found = lead_signals(text)
    positive = {k: v for k, v in found.items() if k not in LEADING}
    assert not positive, (text, found)
