"""Quantities written in words: counts, multiples, fractions and before-and-after pairs, and the
numbers in words that are not results. A tuning set written for the reader (none of these
texts is a row of the bullet corpus); each result names the exact words that earned it."""

from __future__ import annotations

import pytest

from levelset.proof.agreement import understand
from levelset.proof.numbers import value_of
from levelset.proof.quantities import quantities, results


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("Halved the nightly build time.", "multiple", "Halved"),
        ("The archive takes in about six terabytes a week.", "throughput", "six terabytes a week"),
        ("Shipped a print layout that uses a third fewer pages.", "fraction", "a third fewer"),
        ("Serves twice as many tenants on the same cluster.", "multiple", "twice as many"),
        ("Made the importer four times faster.", "multiple", "four times faster"),
        ("Sped up the test suite three times over.", "multiple", "three times over"),
        ("The new index needs half as much memory.", "fraction", "half as much"),
        ("Grew sign-ups twentyfold in a year.", "multiple", "twentyfold"),
        (
            "Took the team from two releases a quarter to weekly releases.",
            "change",
            "from two releases a quarter to weekly",
        ),
        ("Brought model retraining from days to minutes.", "change", "from days to minutes"),
        ("Cut failed deploys from eight a month to zero.", "change", "from eight a month to zero"),
        (
            "Brought the data refresh from overnight to every fifteen minutes.",
            "change",
            "from overnight to every",
        ),
        (
            "Went from two deploys a week to twenty a day.",
            "change",
            "from two deploys a week to twenty",
        ),
        (
            "Cut the onboarding checklist from forty steps to nine.",
            "change",
            "from forty steps to nine",
        ),
        ("One meeting now, not three.", "change", "One meeting now, not three"),
        (
            "Moved the research group onto one test harness instead of five.",
            "change",
            "one test harness instead of five",
        ),
        ("Controllers now close the books two days earlier.", "time", "two days"),
        ("Reports that took a week now come back ten days sooner.", "time", "ten days"),
        ("Gave the support leads back twenty hours a week.", "time", "twenty hours a week"),
        ("Cut the nightly build from three hours to forty minutes.", "time", "forty minutes"),
        ("Onboarded dozens of teams to the feature store.", "adoption", "dozens of teams"),
        ("Adopted by a dozen product teams.", "adoption", "a dozen product teams"),
        ("Search now serves millions of queries a day.", "volume", "millions of queries"),
        (
            "Processed two million scanned invoices for the finance team.",
            "volume",
            "two million scanned invoices",
        ),
        (
            "Grew the newsletter to fifteen thousand subscribers.",
            "volume",
            "fifteen thousand subscribers",
        ),
        (
            "Reached fourteen hundred paying customers.",
            "volume",
            "fourteen hundred paying customers",
        ),
        ("Forty-two teams now run their jobs on it.", "uptake", "Forty-two teams now run"),
        ("The caching layer is now shared by five product lines.", "uptake", "shared by five"),
        ("Cut inference cost to a tenth of what it was.", "fraction", "to a tenth"),
        (
            "Thirty thousand learners finished the course.",
            "uptake",
            "Thirty thousand learners finished",
        ),
        (
            "What took a morning of copy-paste is now a button press.",
            "change",
            "took a morning of copy-paste is now a button press",
        ),
        (
            "Month-end reports that used to take a week now run overnight.",
            "change",
            "used to take a week now run overnight",
        ),
        (
            "Teachers get marks the same day instead of at the end of the month.",
            "change",
            "the same day instead of at the end of the month",
        ),
        ("Analysts get answers in minutes, not days.", "change", "in minutes, not days"),
        (
            "Support answers refund requests in an hour instead of three days.",
            "change",
            "in an hour instead of three days",
        ),
        (
            "Turned a two-day manual restore into a single command.",
            "change",
            "Turned a two-day manual restore into a single command",
        ),
        ("Lowered cloud costs by a few thousand euros a month.", "money", "a few thousand euros"),
        ("Won forty thousand dollars of new contracts.", "money", "forty thousand dollars"),
        ("Adopted by a dozen schools in the first term.", "adoption", "a dozen schools"),
        (
            "The parser ships with three Linux distributions by default.",
            "adoption",
            "three Linux distributions",
        ),
        ("Four other squads copied the on-call template.", "adoption", "Four other squads"),
        ("Fewer than one in a hundred orders needs a manual fix.", "fraction", "one in a hundred"),
        (
            "Shrank the onboarding guide from ninety pages to twelve.",
            "change",
            "from ninety pages to twelve",
        ),
        ("Cut the backlog by more than half in six weeks.", "fraction", "by more than half"),
        (
            "Paging dropped from nightly to about once a month.",
            "change",
            "from nightly to about once",
        ),
        (
            "The release now goes out every day rather than once a fortnight.",
            "change",
            "every day rather than once a fortnight",
        ),
        (
            "Answered most tickets within the hour instead of the next day.",
            "change",
            "within the hour instead of the next day",
        ),
        ("Got sign-off in two weeks where it used to take two months.", "time", "two weeks"),
        ("Saved each analyst a day a week by scripting the pull.", "time", "a day a week"),
        ("Cut hiring time by a week.", "time", "a week"),
        ("Brought the payroll run down to a single day.", "time", "a single day"),
        ("Shaved a full day off every release.", "time", "a full day"),
        (
            "Onboarding a new store now takes an afternoon, not a fortnight.",
            "change",
            "takes an afternoon, not a fortnight",
        ),
        ("Sold the platform to three more hospitals.", "adoption", "three more hospitals"),
        ("Cut failed payments by a factor of three.", "multiple", "by a factor of three"),
        (
            "Reduced open vulnerabilities from several hundred to under a dozen.",
            "change",
            "from several hundred to under a dozen",
        ),
        ("Sped up month-end by three working days.", "time", "three working days"),
        (
            "Hundreds of teachers downloaded the lesson pack.",
            "uptake",
            "Hundreds of teachers downloaded",
        ),
        ("Cut cold-start latency by several seconds.", "time", "several seconds"),
        ("Downtime fell to a few minutes a quarter.", "time", "a few minutes a quarter"),
        (
            "Brought the cost per prediction down to a fraction of a cent.",
            "fraction",
            "a fraction of",
        ),
        (
            "Brought three partner hospitals onto the referral system.",
            "adoption",
            "three partner hospitals",
        ),
    ],
)
def test_results_written_in_words(text: str, kind: str, words: str) -> None:
    found = {(q.kind, q.words) for q in results(text)}
    assert (kind, words) in found, found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Three years of experience with Spark and Airflow.", "tenure"),
        ("Ran two-week sprints for the platform team.", "attribute"),
        ("Wrote a forty-page design document.", "attribute"),
        ("Worked fifty-hour weeks during the launch.", "attribute"),
        ("Shipped version three of the SDK.", "version"),
        ("Led phase two of the migration.", "version"),
        ("One of five engineers on the payments team.", "team size"),
        ("Mentored a dozen interns.", "team size"),
        ("Interviewed hundreds of candidates for the data team.", "team size"),
        ("Managed a team of twelve.", "team size"),
        ("Deployed to production three times a day.", "frequency"),
        ("Met the three product leads twice a week.", "frequency"),
        ("Spent two years on the search team.", "tenure"),
        ("Goal: cut the build time in half by next year.", "target"),
        ("Projected to double revenue from the API next year.", "target"),
        ("On call one week in six for the payments platform.", "frequency"),
        ("Ran the release train twice a month for the mobile apps.", "frequency"),
    ],
)
def test_numbers_in_words_that_are_not_results(text: str, kind: str) -> None:
    assert not results(text), results(text)
    assert kind in {q.kind for q in quantities(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Built the first fraud model of its kind in the region.",
        "Worked with dozens of stakeholders on the roadmap.",
        "Was one of the first engineers at the company.",
        "Moved the team onto one shared on-call rotation.",
        "Answered questions in the same channel as the data team.",
        "Took a week of leave after the launch.",
        "Worked from home a day a week.",
        "Spent an afternoon a week on interviews.",
        "Took a day off after the launch.",
        "Spent a single day on the prototype.",
    ],
)
def test_words_that_only_look_like_numbers_are_no_result(text: str) -> None:
    assert not results(text), results(text)


def test_the_verdict_names_the_words_of_a_pair_in_words() -> None:
    verdict = understand("Brought model retraining from days to minutes.").reading["has_metric"]
    assert verdict.value and "from days to minutes" in verdict.words


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("fourteen", 14),
        ("forty-two", 42),
        ("two hundred fifty", 250),
        ("fifteen thousand", 15000),
        ("two million", 2e6),
        ("a dozen", 12),
        ("dozens", 24),
        ("hundreds", 200),
        ("thousands", 2000),
        ("zero", 0),
    ],
)
def test_the_value_of_numbers_in_words(words: str, value: float) -> None:
    assert value_of(words) == value


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Lowered energy use per tonne by an eighth.", "by an eighth"),
        ("Cut the waiting list by a seventh in one winter.", "by a seventh"),
        ("Returns are down an eighth since the sizing guide.", "down an eighth"),
    ],
)
def test_a_fraction_after_an_is_a_change(text: str, words: str) -> None:
    assert [q.words for q in results(text)] == [words]
