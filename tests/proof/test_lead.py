"""Who led: the author's own leading role wherever it stands, and leaders who are someone else."""

from __future__ import annotations

import pytest

from levelset.proof import lead, lead_direction
from levelset.proof.lead import lead_signals
from levelset.proof.learned import read
from levelset.proof.signals import signals
from tests.corpus.bullets_corpus import rows

SHOWN = [
    (
        "As tech lead for checkout, split the payment path into three services.",
        "lead:own_role",
        "As tech lead",
    ),
    (
        "On-call lead for the inference fleet during the holiday peak.",
        "lead:own_role",
        "On-call lead",
    ),
    ("Served as release captain for six releases.", "lead:own_role", "Served as release captain"),
    ("Sole owner of the billing exports pipeline for two years.", "lead:own_role", "Sole owner"),
    (
        "Fraud losses dropped 22% after launch; I led the four-person effort.",
        "lead:first_person",
        "I led",
    ),
    ("Pages fell by a third with the rotation I set up.", "lead:first_person", "I set up"),
    (
        "Picked up the abandoned Rust port of our parser and finished it.",
        "lead:took_charge",
        "Picked up the abandoned",
    ),
    (
        "Ended up owning the monitoring stack after the reorg.",
        "lead:took_charge",
        "Ended up owning",
    ),
    (
        "Trained 120 customer support agents to use the reply tool.",
        "lead:grew_people",
        "Trained 120 customer support agents",
    ),
    ("Hired and onboarded 4 engineers in a quarter.", "lead:grew_people", "onboarded 4 engineers"),
    (
        "Did the performance reviews and promotions for a team of seven.",
        "lead:people_work",
        "performance reviews",
    ),
    ("Led the rewrite of the scoring engine, cutting compute costs by 38%.", "lead:opens", "Led"),
    (
        "Set up a weekly model review with product and design.",
        "lead:started",
        "Set up a weekly model review",
    ),
    (
        "Got the platform, data and security teams to agree on one artefact store.",
        "lead:took_charge",
        "Got the platform, data and security teams to agree",
    ),
    (
        "Set the direction for how the payments squads version their APIs.",
        "lead:direction",
        "Set the direction",
    ),
    (
        "Owned the roadmap for the search relevance team.",
        "lead:direction",
        "Owned the roadmap",
    ),
    (
        "Drove adoption of the shared feature store by the ads team.",
        "lead:drove_work",
        "Drove adoption",
    ),
    ("Became the point person for the tax engine.", "lead:go_to", "point person"),
    # co-owning and co-leading, a lead role held in a title list or told in the first person
    ("I was co-owner of the ingestion service.", "lead:own_role", "I was co-owner"),
    (
        "Core contributor/Co-tech lead of the data platform used by five teams.",
        "lead:own_role",
        "Core contributor/Co-tech lead",
    ),
    ("Served as co-tech lead of the ranking platform.", "lead:own_role", "Served as co-tech lead"),
    ("Interim head of data science for six months.", "lead:own_role", "Interim head"),
    # being the one others are sent to is a role the author holds
    (
        "I was the person new engineers were sent to for anything about the build.",
        "lead:own_role",
        "I was the person new engineers were sent to",
    ),
    # running sessions, classes or a programme for others
    (
        "Responsible for facilitating coding classes and answering questions.",
        "lead:ran_for_others",
        "facilitating coding classes",
    ),
    (
        "Taught a weekly SQL clinic for support.",
        "lead:ran_for_others",
        "Taught a weekly SQL clinic",
    ),
    (
        "Ran the company's bug bounty program, paying out within a week.",
        "lead:ran_for_others",
        "Ran the company's bug bounty program",
    ),
    # supervising, promoting and holding 1:1s with people
    (
        "Supervise contracted content writers, giving guidance as needed.",
        "lead:grew_people",
        "Supervise contracted content writers",
    ),
    (
        "Promoted three engineers to senior and one to staff.",
        "lead:grew_people",
        "Promoted three engineers",
    ),
    (
        "Held weekly one-on-ones and wrote development plans for each report.",
        "lead:people_work",
        "Held weekly one-on-ones",
    ),
    (
        "Aligned the search, ads and feeds teams on one offline metric.",
        "lead:across",
        "Aligned the search, ads and feeds teams on",
    ),
    # deciding, restructuring, steering a move, keeping a roadmap, pushing for a change
    ("Decided on the move from Airflow to Dagster.", "lead:across", "Decided"),
    (
        "Restructured the analytics group into two product-aligned teams.",
        "lead:across",
        "Restructured the analytics group",
    ),
    (
        "Guided the switch from Jenkins to GitHub Actions across the org.",
        "lead:drove_work",
        "Guided the switch",
    ),
    ("Kept the roadmap for the pricing service.", "lead:direction", "Kept the roadmap"),
    ("Pushed for and got a shared staging cluster.", "lead:took_charge", "Pushed for"),
    (
        "Turned around a stalled billing project in one quarter.",
        "lead:took_charge",
        "Turned around a stalled billing project",
    ),
    (
        "Introduced the incident review process to the payments group.",
        "lead:started",
        "Introduced the incident review",
    ),
    (
        "Chaired the architecture review board for a year.",
        "lead:opens_people",
        "Chaired",
    ),
    (
        "Organised the first internal ML conference, with 30 talks.",
        "lead:opens_people",
        "Organised the first internal ML conference",
    ),
    # leading after another verb, in the present or the gerund, and leading without "led"
    ("Scoped and led the billing rewrite.", "lead:opens", "Scoped and led"),
    ("Leading the migration of the search cluster to ARM.", "lead:opens", "Leading"),
    (
        "Bootstrapped the team's on-call: paging, rota, runbooks.",
        "lead:started",
        "Bootstrapped the team's on-call",
    ),
    ("Ran two-week sprints for the four of us.", "lead:ran_for_others", "Ran two-week sprints"),
    (
        "Rolled out the lint config to all nine backend teams.",
        "lead:drove_work",
        "Rolled out the lint config to all nine backend teams",
    ),
    ("As design authority I review every schema change.", "lead:first_person", "I review every"),
    (
        "On my proposal the team moved to trunk-based development.",
        "lead:first_person",
        "On my proposal",
    ),
    (
        "Designed the event-sourcing architecture the order services build on.",
        "lead:direction",
        "Designed the event-sourcing architecture",
    ),
]


@pytest.mark.parametrize(("text", "name", "words"), SHOWN)
def test_the_authors_leading_is_found_with_its_words(text: str, name: str, words: str) -> None:
    assert lead_signals(text)[name] == words


NOT_THE_AUTHOR = [
    "Worked under the tech lead on the new checkout service.",
    "Shadowed the on-call lead for a month before joining the rotation.",
    "Promoted to tech lead in 2024.",
    "Took notes for the incident commander during two outages.",
]


@pytest.mark.parametrize("text", NOT_THE_AUTHOR)
def test_a_leader_who_is_someone_else_is_not_the_authors_role(text: str) -> None:
    found = lead_signals(text)
    assert "lead:their_role" in found
    assert not {"lead:own_role", "lead:opens", "lead:first_person"} & set(found)


@pytest.mark.parametrize(
    "text",
    [
        "Was mentored by a principal engineer while building my first model.",
        "Owned up to a bad migration and wrote the recovery script.",
        "Steered clear of vendor lock-in by writing against the S3 API.",
        "Leading indicators for churn were added to the dashboard.",
        "Ran the unit tests and fixed the failures before each release.",
    ],
)
def test_words_of_leading_in_another_sense_earn_no_leading_rule(text: str) -> None:
    found = signals(text)
    assert "lead:not_leading" in found
    assert not {"rule:leadership", "rule:lead_implicit", "lead:opens"} & set(found), found
    assert not read(text)["leadership"].value


def test_things_trained_are_not_people_grown() -> None:
    assert "lead:grew_people" not in lead_signals("Trained a logistic regression baseline.")
    assert "lead:grew_people" not in lead_signals("Managed 12 TB of clickstream data.")


@pytest.mark.parametrize(
    "text",
    [
        "Cut nightly ETL from 6 hours to 50 minutes, a project I scoped, staffed and ran.",
        "Fraud losses fell 22% after the graph features launched; as tech lead I ran the effort.",
        "Search latency halved in a quarter, with me as the engineer who proposed the cache.",
        "Mentor to four junior engineers, one of whom now leads the mobile team.",
    ],
)
def test_leading_after_a_result_reads_as_leadership_with_its_words(text: str) -> None:
    verdict = read(text)["leadership"]
    assert verdict.value
    assert verdict.words and all(w in text for w in verdict.words)


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        ("Owned my tickets from triage to deploy.", "lead:own_task", "Owned my"),
        ("Responsible for my own deployments.", "lead:own_task", "Responsible for my"),
        ("Owned the bug: reproduced it and shipped the fix.", "lead:own_task", "Owned the bug"),
        ("Owned the Terraform module for my service.", "lead:own_task", "my service"),
        ("Owned the weekly release of the mobile backend.", "lead:routine", "Owned the weekly"),
    ],
)
def test_owning_ones_own_work_or_a_chore_on_a_schedule_is_named(
    text: str, name: str, words: str
) -> None:
    assert lead_signals(text)[name] == words


@pytest.mark.parametrize(
    "text",
    [
        "Drove a 10% increase in page views with a new landing page.",
        "Drove to client sites to install the sensors.",
        "Headed to Berlin for a six-week onsite.",
        "Organised my team's shared drive.",
        "I managed the full sales cycle, from first call to signed contract.",
    ],
)
def test_driving_a_number_or_a_car_and_tidying_a_drive_lead_nobody(text: str) -> None:
    found = lead_signals(text)
    named = {"lead:drove_work", "lead:opens_people", "lead:direction", "lead:first_person"}
    assert not named & set(found), found


@pytest.mark.parametrize(
    "text",
    [
        "Worked with my co-lead on the launch plan.",
        "Worked with the product/design lead on the launch plan.",
        "Was the go-to reviewer for all changes to the billing state machine.",
        "Attended weekly workshops on testing.",
        "Facilitated communication between the two teams.",
        "Had 1:1s with my manager every week.",
        "Ran load tests in the staging sessions.",
        "Promoted to Senior Data Scientist in 2022.",
        "Was supervised by a senior analyst during the audit.",
        "The team decided to move to Kafka after my benchmark.",
        "Introduced a regression in the parser and fixed it the same day.",
        "Session chaired by the CTO, where I presented the results.",
        "Defined the feature columns for the churn model.",
    ],
)
def test_near_misses_of_co_leading_running_sessions_and_supervising_read_no_own_lead(
    text: str,
) -> None:
    found = lead_signals(text)
    sure = {
        "lead:own_role",
        "lead:ran_for_others",
        "lead:grew_people",
        "lead:people_work",
        "lead:across",
        "lead:took_charge",
        "lead:started",
        "lead:direction",
    }
    assert not sure & set(found), found


def test_owning_only_ones_own_work_reads_no_leadership_and_says_why() -> None:
    verdict = read("Took ownership of my sprint tickets and closed them all.")["leadership"]
    assert not verdict.value
    assert verdict.words == ("Took ownership of my",)


def test_every_match_holds_a_word_its_rule_needs_so_the_quick_test_skips_nothing() -> None:
    patterns = {
        "lead:direction": lead_direction.DIRECTION,
        "lead:drove_work": lead_direction.DROVE_WORK,
        "lead:go_to": lead_direction.GO_TO,
        "lead:across": lead_direction.ACROSS,
        "lead:own_task": lead.OWN_TASK,
        "lead:routine": lead.ROUTINE,
        "lead:ran_for_others": lead._RAN_FOR_OTHERS,
        "lead:taught": lead.TAUGHT,
    }
    assert set(patterns) == set(lead._NEEDS)
    for row in rows(pending=True):
        for name, pattern in patterns.items():
            for m in pattern.finditer(row.text):
                assert any(w in m.group(0).lower() for w in lead._NEEDS[name]), (name, m.group(0))


@pytest.mark.parametrize(
    ("text", "signal", "words"),
    [
        ("Foreman for a crew of nine on the bridge retrofit", "lead:own_role", "Foreman"),
        ("Charge nurse on nights for a 28-bed ward", "lead:own_role", "Charge nurse"),
        ("Principal investigator on a study of uptake", "lead:own_role", "Principal investigator"),
        ("Captained the robotics team to the final", "lead:opens", "Captained"),
        (
            "Got the lab's PhD students to share one harness",
            "lead:took_charge",
            "Got the lab's PhD students to share",
        ),
        (
            "Was the only engineer on the project, so wrote everything",
            "lead:took_charge",
            "Was the only engineer on the project",
        ),
        (
            "Built and scaled a global engineering team from the ground up",
            "lead:across",
            "Built and scaled a global engineering team",
        ),
        (
            "Streamlined reporting by introducing best practices",
            "lead:started",
            "introducing best practices",
        ),
    ],
)
def test_leading_as_foreman_captain_sole_engineer_or_introducing_a_practice_is_read(
    text: str, signal: str, words: str
) -> None:
    assert lead_signals(text).get(signal) == words


@pytest.mark.parametrize(
    "text",
    [
        "Led the full development lifecycle independently in 4 days during a hackathon",
        "Volunteered to take notes at the architecture review",
    ],
)
def test_leading_alone_or_volunteering_for_a_chore_reads_no_leadership(text: str) -> None:
    found = lead_signals(text)
    assert "lead:not_leading" in found or not {"lead:opens", "lead:across"} & set(found)
    assert not read(text)["leadership"].value


@pytest.mark.parametrize(
    ("text", "signal", "words"),
    [
        ("Ran point on the data-retention review", "lead:took_charge", "Ran point on"),
        (
            "Talked the two mobile squads into one release calendar",
            "lead:took_charge",
            "Talked the two mobile squads into",
        ),
        (
            "Under my direction the group moved to trunk-based development",
            "lead:took_charge",
            "Under my direction",
        ),
        (
            "Covered the release process while our team lead was on leave",
            "lead:took_charge",
            "while our team lead was on",
        ),
        (
            "Responsible for a team of five testers in Pune",
            "lead:took_charge",
            "Responsible for a team of",
        ),
        ("COO of a 30-person logistics start-up", "lead:own_role", "COO"),
        (
            "Calibrated the interviewers of the data hiring loop",
            "lead:people_work",
            "Calibrated the interviewers",
        ),
        (
            "Coached the new joiners on our review habits",
            "lead:grew_people",
            "Coached the new joiners",
        ),
    ],
)
def test_leading_told_by_running_point_talking_others_round_or_covering_is_read(
    text: str, signal: str, words: str
) -> None:
    assert lead_signals(text).get(signal) == words


def test_the_chief_of_someone_else_is_their_role_not_the_authors() -> None:
    found = lead_signals("Was asked by the CTO to fix the search outage")
    assert "lead:their_role" in found and "lead:own_role" not in found
