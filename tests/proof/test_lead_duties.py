"""Leading written as a manager writes duties: in the present, as a noun, as a relationship held.

Senior people list what they do ("Drive the weekly governance calls with the two vendors",
"Guide & grow three support teams", "Programme leadership for the ERP move") rather than what
they did once; these sentences are written here, in the forms the tuning half showed.
"""

from __future__ import annotations

import pytest

from levelset.proof.lead import lead_signals


@pytest.mark.parametrize(
    ("text", "signal", "words"),
    [
        (
            "Drive the weekly escalation calls with our two hosting vendors",
            "lead:drove_work",
            "Drive the weekly escalation calls",
        ),
        (
            "Coordinate the releases of four squads in two time zones",
            "lead:drove_work",
            "Coordinate the releases",
        ),
        (
            "Directed three data-centre migrations in one year",
            "lead:drove_work",
            "Directed three data-centre migrations",
        ),
        (
            "Guide & grow three support teams across Lisbon and Porto",
            "lead:grew_people",
            "Guide & grow three support teams",
        ),
        (
            "Oversee the night operators of the parcel hub",
            "lead:grew_people",
            "Oversee the night operators",
        ),
        (
            "Define the team's OKRs and the quarterly roadmap",
            "lead:direction",
            "Define the team's OKRs",
        ),
        (
            "Evolve the support model of the service desk",
            "lead:direction",
            "Evolve the support model",
        ),
        (
            "Designed the data strategies the three warehouses now follow",
            "lead:direction",
            "Designed the data strategies",
        ),
        (
            "Programme leadership for the ERP move across five plants",
            "lead:without_verb",
            "Programme leadership",
        ),
        (
            "Provide direction and oversight to the claims automation work",
            "lead:without_verb",
            "Provide direction",
        ),
        (
            "Main escalation point for payment outages out of hours",
            "lead:own_role",
            "Main escalation point",
        ),
        (
            "Own the relationship with our card processor",
            "lead:go_to",
            "Own the relationship with",
        ),
        (
            "Served as managing editor of the engineering blog",
            "lead:own_role",
            "Served as managing editor",
        ),
        (
            "As the first ML engineer, set up training and serving from nothing",
            "lead:own_role",
            "As the first ML engineer",
        ),
        (
            "Interviewing, hiring and onboarding for the new Kraków office",
            "lead:people_work",
            "Interviewing, hiring",
        ),
        (
            "Took a leading role in the move to the new billing provider",
            "lead:took_charge",
            "Took a leading role",
        ),
        (
            "Overseeing payroll, benefits and the two HR assistants",
            "lead:opens",
            "Overseeing",
        ),
        ("Leads EMEA partner onboarding for the payments unit", "lead:opens", "Leads"),
        ("Pioneered a shared labelling queue for the clinics", "lead:opens", "Pioneered"),
        (
            "Delivered hands-on workshops on query tuning to the analysts",
            "lead:ran_for_others",
            "Delivered hands-on workshops",
        ),
        (
            "Educating new pharmacists on the dispensing system",
            "lead:grew_people",
            "Educating new pharmacists",
        ),
        (
            "Reviewed the designs of the search and ads teams each sprint",
            "lead:across",
            "Reviewed the designs of the search and ads teams",
        ),
        (
            "Moved the whole company from email threads to one ticket queue",
            "lead:across",
            "Moved the whole company from",
        ),
        (
            "Third of 60 schools at the regional debate final (team captain)",
            "lead:own_role",
            "(team captain)",
        ),
        (
            "Look after the new hires for their first two weeks",
            "lead:took_charge",
            "Look after the new hires",
        ),
        (
            "Give career advice to the bootcamp's graduates each term",
            "lead:people_work",
            "career advice",
        ),
        # a manager's duties written in other words
        (
            "Ran interviews to hire three support engineers for the Lisbon office",
            "lead:people_work",
            "interviews to hire",
        ),
        (
            "Cut missed deadlines by a third across the projects under my portfolio",
            "lead:people_work",
            "under my portfolio",
        ),
        (
            "Responsible for the roadmap, vendor contracts and hiring",
            "lead:people_work",
            "Responsible for the roadmap, vendor contracts and hiring",
        ),
        (
            "Performed the release management role for the mobile apps",
            "lead:people_work",
            "Performed the release management role",
        ),
        (
            "Architect and tech lead on the claims intake service",
            "lead:own_role",
            "Architect and tech lead on",
        ),
        # work run with others held as a responsibility (RULES.md, 2026-12-06j)
        (
            "Responsible for two EU-funded research projects",
            "lead:people_work",
            "Responsible for two EU-funded research projects",
        ),
    ],
)
def test_a_duty_of_leading_in_the_present_or_as_a_noun_is_read(
    text: str, signal: str, words: str
) -> None:
    assert lead_signals(text).get(signal) == words


@pytest.mark.parametrize(
    "text",
    [
        "Presented the findings to the project leadership team",
        "Coordinated with the SRE team on the capacity plan",
        "Coordinate the work between the Pune and Berlin offices",
        "Took part in hiring two engineers as a shadow interviewer",
        "Participated in interviewing and onboarding new joiners",
        "Aligned the design decisions with the users' goals",
        "The first 12 engineers were hired by the founders",
        "Delivered 11 sprints of checkout features on time",
        "Leads from the webinar went to the sales team",
        "Moved the team's dashboards to the new BI tool",
        "Promoted from support analyst to team lead in 2021",
        "Lead generation for the enterprise sales team through webinars",
        "Responsible for testing the mobile projects",
    ],
)
def test_near_misses_of_those_duties_show_no_leading_of_the_author(text: str) -> None:
    found = lead_signals(text)
    shown = {
        "lead:drove_work",
        "lead:direction",
        "lead:without_verb",
        "lead:own_role",
        "lead:go_to",
        "lead:grew_people",
        "lead:ran_for_others",
        "lead:opens",
        "lead:across",
    }
    assert "lead:not_leading" in found or not shown & set(found), found
    if "lead:people_work" in found:
        assert "lead:not_leading" in found, found
