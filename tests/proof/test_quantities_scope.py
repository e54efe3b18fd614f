"""Counts that are the author's own scope and counts that are results (RULES.md, has_metric).

Not results: things picked out by a superlative ("the two largest deals"), the author's own
things ("our two services"), people or organisations worked with or studied, the span of the work
("across eight services"), artefacts moved ("migrated 40 dashboards"), aims ("to retire four"),
the author's own sessions and share of their own work ("~70% of the code"), portfolios held and
notice given. Results: people from other teams taking part, things served in a period with any
noun, star ratings, people grown who now lead, a failure rate before and after, others who
signed or agreed. Sentences written for the reader, none a row of the bullet corpus."""

from __future__ import annotations

import pytest

from levelset.proof.quantities import quantities, results


@pytest.mark.parametrize(
    "text",
    [
        # picked out by a superlative
        "Fixed the three noisiest alerts on the payments pager.",
        "Rewrote the five slowest queries in the billing report.",
        "Closed the two biggest accounts of the quarter with the demo I built.",
        "Profiled the ten most expensive dashboards and wrote up what each one costs.",
        # the author's own things
        "Moved our two services onto the shared tracing stack.",
        "Kept my four pipelines green through the platform upgrade.",
        # worked with or studied
        "Worked with four hospital partners' IT teams to roll out the intake form.",
        "Worked closely with 12 account managers on the renewal playbook.",
        "Ran a usability study with 40 participants to test the new checkout.",
        "Collaborated with over 30 researchers on the annotation guidelines.",
        # the span of the work
        "Delivered the logging change across twelve services.",
        "Rolled out structured logging across the 30 services that handle payments.",
        # artefacts moved
        "Migrated 40 dashboards from Looker to Superset.",
        "Moved 60 microservices onto Kubernetes.",
        "Ported 12 services to the new message bus.",
        "Migrating 25 nightly jobs to Airflow.",
        # an aim
        "Led the effort to retire four legacy billing systems.",
        "Joined the platform group to consolidate six data marts into one warehouse.",
        # the author's own sessions and share of the work
        "Ran two onboarding sessions for the new analysts.",
        "Handed the service over with a runbook and three knowledge-sharing sessions.",
        "Wrote ~70% of the code for the new ingestion service.",
        "Spent half of my time on support rotations.",
        "Delivered 100% of committed story points across five sprints.",
        "Kept a quarter of my week for code reviews while managing the team.",
        # held or given, not achieved
        "Managed client portfolios worth over $40M.",
        "Ran three transformation programmes (~€5M) for the retail arm.",
        "Oversaw accounts valued at €12M for the private bank.",
        "The vendor gave three months' notice before the API shutdown, so I planned the move.",
        # a participle, not people who did something
        "Replicated three published baselines for the reading group.",
        "Summarised the results of four published studies for the product team.",
        "Supervised two interns; one prototype became the team's new triage tool.",
        "Coordinated by me: 20 people from support and operations for the launch weekend.",
        # a few things of one's own, with nobody won or acting on them
        "Authored 4 design documents for the data platform.",
        "Owned 2 services in the checkout domain.",
        "Tested the app on 15 devices before each release.",
        "Handled 3 enterprise clients as the main technical contact.",
        # promises, budgets held and one's own time given
        "Maintained an SLA of 99.9% for the internal API.",
        "Managed the team's $1.2M annual training budget.",
        "Volunteered 4 hours a week tutoring maths at a local school.",
        "Spent 10 hours a week on customer calls during the pilot.",
    ],
)
def test_counts_of_the_authors_own_scope_are_no_result(text: str) -> None:
    assert not results(text), results(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # others taking part
        ("Started the design guild, which now meets weekly with engineers from eleven teams.",
         "eleven teams"),
        ("The SQL clinic I set up draws analysts from 14 teams every month.", "14 teams"),
        ("After the outage review, the four teams agreed a shared paging policy.", "four teams"),
        ("Walked the three regional directors through the plan until all three signed.",
         "all three signed"),
        ("Took the proposal to both product leads; both approved it in a week.", "both approved"),
        ("Our style guide is now the standard for new hires in five product teams.",
         "five product teams"),
        # things served or handled in a period, whatever the noun
        ("Scoring 60K+ open leads each week with the churn model.", "60K+ open leads each week"),
        ("Indexes 30M+ embeddings each night for semantic search.", "30M+ embeddings each night"),
        ("Processes 12,000 returns a week without a manual step.", "12,000 returns a week"),
        ("Serving 2 million forecasts per day from a single node.", "2 million forecasts per day"),
        # star ratings
        ("Redesigned onboarding, achieving a 4.7-star average app rating.",
         "4.7-star average app rating"),
        ("Rebuilt the mobile app, rated 4.8 stars on the Play Store.", "rated 4.8 stars"),
        # people grown who now lead, and others who did something
        ("Coached two juniors into mid-level roles; one now leads the data platform team.",
         "one now leads"),
        ("Growing three juniors into reviewers; one now owns the release train.",
         "one now owns the"),
        ("Supervised three theses, two published at ACL.", "two published"),
        ("Mentored four interns; two received return offers.", "two received"),
        # a failure rate before and after
        ("The nightly export used to break about twice a week; it has not failed since March.",
         "used to break about twice a week"),
        # moved with people, not artefacts; a count of those served across places
        ("Migrated 2M customer accounts to the new ledger without downtime.",
         "2M customer accounts"),
        ("Adopted by the three largest banks in Kenya.", "Adopted by the three"),
        # a few won or acted on
        ("Won 3 enterprise clients for the analytics add-on.", "3 enterprise clients"),
        ("Set up and ran the fraud screening service for 7 customers of the bank.", "7 customers"),
        ("Showed that only 9 accounts still used the old export, so we removed it.",
         "9 accounts"),
        # a promise beaten, a share of teams, a point, a task replaced, seats sold, apps
        ("Beat the SLA of 99.9% in every month of 2024.", "99.9%"),
        ("Two of the three teams I trained now run their own experiments.",
         "Two of the three teams I trained now run"),
        ("Moved checkout conversion up half a point.", "up half a point"),
        ("Replaced a three-day manual audit with a two-hour automated check.",
         "Replaced a three-day manual audit with a two-hour"),
        ("Sold 1,400 seats of the on-prem edition.", "1,400 seats"),
        ("Shipped the SDK, now embedded in 30+ partner apps.", "30+ partner apps"),
        ("Downtime fell to zero over the last two quarters.", "to zero"),
        ("Automated invoice matching, freeing 2 FTE for customer work.", "2 FTE"),
        # the people of one's own team who then achieved something
        ("Mentored three juniors, all of whom were promoted within a year.",
         "all of whom were promoted"),
        ("Supervised two interns; both received return offers.", "both received"),
        ("Coached two analysts through their first promotion cycle, both promoted.",
         "both promoted"),
    ],
)  # fmt: skip
def test_counts_that_show_a_result(text: str, words: str) -> None:
    assert words in [q.words for q in results(text)], quantities(text)


def test_a_share_freed_or_cut_is_still_a_result() -> None:
    assert [q.words for q in results("Freed a third of my time by automating the reports.")] == [
        "a third of"
    ]
    text = "Raised test coverage from a third of the code to nine tenths."
    assert results(text) and results(text)[0].kind == "change"


def test_the_same_work_in_a_share_of_the_time_is_a_result() -> None:
    text = "New joiners now ship their first change in half of the time it took."
    assert [q.words for q in results(text)] == ["in half"]
    assert [q.kind for q in quantities("Spent half of my time on code reviews.")] == ["own share"]


def test_a_five_star_hotel_is_no_rating() -> None:
    assert not results("Built the booking site for a 5-star hotel in Lisbon.")
    assert results("Rebuilt the booking flow; the app now holds a 5-star average store rating.")


def test_a_pipeline_that_now_runs_is_no_person_grown() -> None:
    assert not results("Built two pipelines; one now runs the nightly load.")


def test_zero_as_a_name_is_no_result() -> None:
    assert not results("Moved the office network to zero trust.")
    assert not results("Set up zero-downtime deploys for the API.")


def test_a_share_of_the_engineers_led_is_a_team_size() -> None:
    assert "team size" in {q.kind for q in quantities("Led 4 of the 9 engineers on payments.")}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Cut the on-call pages to a handful a month.", "to a handful"),
        ("Brought customer complaints about billing down to almost none.", "down to almost none"),
        ("Got the forecast error into single digits.", "into single digits"),
        ("Grew sign-ups by double digits for three quarters running.", "by double digits"),
        ("Brought the p99 from seconds to milliseconds.", "from seconds to milliseconds"),
        ("The team now closes the books on the first working day instead of the fifth.",
         "first working day instead of the fifth"),
        ("Moved the team from 4-week releases to 1-week releases.", "4-week releases to 1-week"),
        ("Shrank a 200-line config into a 20-line one.", "200-line config into a 20-line"),
        ("Turned the quarterly 3-day planning offsite into a half-day session.",
         "3-day planning offsite into a half-day"),
        ("Delivered a 2-hour turnaround on claims that used to take three days.", "three days"),
    ],
)  # fmt: skip
def test_changes_said_in_words_and_measures(text: str, words: str) -> None:
    assert words in [q.words for q in results(text)], quantities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wrote a 10-page design doc for a 3-page feature.",
        "Paired a 2-day workshop with a 1-day follow-up for new managers.",
        "Ran 2-week sprints and 1-week hackdays.",
        "Cut a handful of releases for the mobile team.",
    ],
)
def test_measures_side_by_side_are_no_change(text: str) -> None:
    assert not results(text), results(text)
