"""Quantities as the world writes them: money in many currencies and locale formats (lakh and
crore, Mio. and Mrd., Millionen, millones, thin and no-break spaces, the Swiss apostrophe, k, M,
bn, mn), rates and units (QPS, TB/day, req/s, GPU-hours, FTE), "per cent" and "pct", ranges,
approximate figures, ranks, units that took the work up; and the numbers of the same shapes that
are not results (model names, versions, standards, phone numbers, funding rounds, level codes).
A tuning set written for the reader (none of these texts is a row of the bullet corpus); each
result names the exact words that earned it."""

from __future__ import annotations

import pytest

from levelset.proof.numbers import value_of
from levelset.proof.quantities import quantities, results

_NBSP, _THIN = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("Cut supplier costs by CHF 1'200'000 a year.", "money", "CHF 1'200'000"),
        ("Saved Fr. 250'000 a year.", "money", "Fr. 250'000"),
        ("Ingested 3.5 GBs of sensor logs an hour into the lake", "throughput", "3.5 GBs"),
        ("Saved SFr 1'500 per month per site.", "money", "SFr 1'500"),
        ("Cut licence costs by 1'200 CHF per seat.", "money", "1'200 CHF"),
        ("Cut energy costs by €1,2 Mio. a year.", "money", "€1,2 Mio."),
        ("Brought in 2,3 Mrd. € of new orders.", "money", "2,3 Mrd. €"),
        (f"Reduced hosting costs by 12{_THIN}000 € a year.", "money", f"12{_THIN}000 €"),
        (f"Cut the cloud bill by 40{_NBSP}000 $ a year.", "money", f"40{_NBSP}000 $"),
        ("Saved 15 000 zł a month in courier fees.", "money", "15 000 zł"),
        ("Saved 3 mill. kr annually.", "money", "3 mill. kr"),
        ("Cut spend by NOK 3 mill.", "money", "NOK 3 mill."),
        ("Earned KSh 2M in new sales.", "money", "KSh 2M"),
        ("Recovered ₦50m of failed payments.", "money", "₦50m"),
        ("Saved MXN 4 millones.", "money", "MXN 4 millones"),
        ("Generated 1,5 millones de euros in new contracts.", "money", "1,5 millones de euros"),
        ("Saved 3 Millionen Euro in licence costs.", "money", "3 Millionen Euro"),
        ("Cut costs by 2 Millionen €.", "money", "2 Millionen €"),
        ("Brought in 2 millions d'euros of orders.", "money", "2 millions d'euros"),
        ("Saved € 3 miljoen a year.", "money", "€ 3 miljoen"),
        ("Saved ₹1.5Cr. in penalties.", "money", "₹1.5Cr."),
        ("Increased revenue by INR 2.4 Cr.", "money", "INR 2.4 Cr"),
        ("Recovered Rs 2.5 lacs.", "money", "Rs 2.5 lacs"),
        ("Brought in Rs. 1,25,000 per month.", "money", "Rs. 1,25,000"),
        ("Added $1.2bn in gross merchandise volume.", "money", "$1.2bn"),
        ("Added £3mn in annual revenue.", "money", "£3mn"),
        ("Added 2.5B in transaction volume.", "money", "2.5B in transaction volume"),
        ("Cut costs by $1.2MM.", "money", "$1.2MM"),
        ("Saved 450 k€ a year.", "money", "450 k€"),
        ("Lifted conversion by 3 pct.", "percent", "3 pct"),
        ("Lifted conversion by 3 per cent.", "percent", "3 per cent"),
        ("Cut cost per order by 8-12%.", "percent", "8-12%"),
        ("Cut build times by 30–40%.", "percent", "30–40%"),
        ("Reached five nines of availability.", "percent", "five nines"),
        ("Made builds 5–10× faster.", "multiple", "5–10×"),
        ("Serves nearly 2 million riders a month.", "volume", "2 million riders"),
        ("Handles ~3k orders an hour at peak.", "volume", "3k orders"),
        ("Scaled the gateway to 25k req/s.", "throughput", "25k req/s"),
        ("Processes 2 PB per day of telemetry.", "throughput", "2 PB per day"),
        ("Cut training cost by 1,200 GPU-hours a month.", "volume", "1,200 GPU-hours"),
        ("Saved 2 FTE of manual data entry.", "time", "2 FTE"),
        ("Cut latency to single-digit milliseconds.", "time", "single-digit milliseconds"),
        ("Reduced waste by 1.8 t per month.", "change", "Reduced waste by 1.8 t"),
        ("Cut turnaround from same-week to same-day.", "change", "from same-week to same-day"),
        ("Got the monthly close done in a tenth of the time.", "fraction", "in a tenth"),
        ("Cut the test suite's runtime by two thirds.", "fraction", "by two thirds"),
        ("Took incident triage from hours to minutes.", "change", "from hours to minutes"),
        ("Lowered churn from one customer in ten to one in twenty.", "fraction", "one in twenty"),
        ("Shortened checkout by almost a third.", "fraction", "by almost a third"),
        (
            "The sizing tool became the shop's third-largest source of leads.",
            "rank",
            "third-largest",
        ),
        (
            "Our service became the second-biggest revenue line in the group.",
            "rank",
            "second-biggest",
        ),
        (
            "The two depots in Leeds and York use my planner for every van.",
            "uptake",
            "two depots in Leeds and York use",
        ),
        (
            "Design of the ledger is mine; six teams publish to it.",
            "uptake",
            "six teams publish to",
        ),
        ("Five teams build on the SDK I wrote.", "uptake", "Five teams build on"),
        ("Both clinics switched to the new intake form.", "uptake", "Both clinics switched"),
        (
            "The library ships in the default install of three Python distributions.",
            "adoption",
            "three Python distributions",
        ),
        (
            "Three depots kept using the new handover sheet after the trial.",
            "uptake",
            "Three depots kept using",
        ),
        (
            "Four out of five nurses kept using the new handover sheet.",
            "fraction",
            "Four out of five",
        ),
        (
            "Coached 4 analysts, two now team leads elsewhere.",
            "people result",
            "two now team leads",
        ),
        (
            "Three of its prototypes reached production.",
            "people result",
            "Three of its prototypes reached",
        ),
        (
            "No lost-time injuries: zero forklift accidents in two years.",
            "zero",
            "zero forklift accidents",
        ),
        ("Water use down 12 L per wash across the depot.", "change", "down 12 L"),
        (
            "Rolled out to 1,200 field technicians in the first month.",
            "people",
            "1,200 field technicians",
        ),
        (
            "Cleared the approval for synthetic test data, unblocking five squads.",
            "adoption",
            "five squads",
        ),
        (
            "Serves 20 internal teams from one event bus I designed.",
            "adoption",
            "20 internal teams",
        ),
        (
            "Grew two senior engineers into staff engineers in a year.",
            "people result",
            "Grew two senior engineers into",
        ),
        (
            "Took three new analysts from their first query to running the monthly close.",
            "people result",
            "Took three new analysts from their first query to",
        ),
        (
            "The dataset I published is referenced in about thirty papers from other groups.",
            "adoption",
            "thirty papers",
        ),
        (
            "The review I wrote is now a mandatory step for all 25 product teams.",
            "adoption",
            "25 product teams",
        ),
    ],
)
def test_results_as_the_world_writes_them(text: str, kind: str, words: str) -> None:
    found = {(q.kind, q.words) for q in results(text)}
    assert (kind, words) in found, found


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        (
            "Onboarded a handful of partner banks to the API.",
            "adoption",
            "a handful of partner banks",
        ),
        ("Adopted by a couple of dozen teams.", "adoption", "a couple of dozen teams"),
        ("Used by scores of research groups.", "adoption", "scores of research groups"),
        (
            "Serves hundreds of thousands of riders a day.",
            "volume",
            "hundreds of thousands of riders",
        ),
        ("Drove double-digit growth in repeat orders.", "change", "double-digit growth"),
        ("Cut the error rate to single digits.", "change", "to single digits"),
        ("Cut review time by ⅓.", "fraction", "by ⅓"),
        ("Shrank the bundle by 1/3.", "fraction", "by 1/3"),
        ("Cut costs by ¼ in one quarter.", "fraction", "by ¼"),
        ("Cut 3/4 of the manual steps.", "fraction", "Cut 3/4"),
        ("Made the pipeline x10 faster.", "multiple", "x10 faster"),
        ("Sped builds up ×3.", "multiple", "up ×3"),
        ("Build time 2h → 15min.", "change", "2h → 15min"),
        ("CSAT 4.2 → 4.7.", "change", "4.2 → 4.7"),
        ("App rated 4.8/5 by 12k users.", "points", "rated 4.8/5"),
        ("Saved half a million a year in licences.", "sum", "half a million"),
        ("Grew revenue by one and a half times.", "multiple", "by one and a half times"),
        ("Raised coverage to one hundred percent.", "percent", "one hundred percent"),
        ("Lifted sign-ups 50 percent more than forecast.", "percent", "50 percent"),
        ("Reached the top decile of the company's engagement survey.", "rank", "top decile"),
        ("Made it the #1 app in its store category.", "rank", "#1 app"),
        ("Achieved a 30-minute reduction in build time.", "change", "30-minute reduction"),
        ("Delivered a 2-point lift in NPS.", "points", "2-point"),
        ("Delivered a 40-ms improvement in p99.", "change", "40-ms improvement"),
        ("Saved a quarter of a million dollars a year.", "money", "a quarter of a million dollars"),
        ("Grew the client base to a dozen hospitals.", "adoption", "a dozen hospitals"),
        ("Increased the sales of 2 times.", "multiple", "of 2 times"),
        ("Diminished the costs of 20 percents.", "percent", "20 percents"),
        ("Grew the users base until 50 thousands.", "reached", "until 50 thousands"),
        ("Grew the user base to 50k.", "reached", "to 50k"),
        ("Shipped the app to 5M users on schedule.", "volume", "5M users"),
    ],
)
def test_rough_counts_signs_and_ratings(text: str, kind: str, words: str) -> None:
    found = {(q.kind, q.words) for q in results(text)}
    assert (kind, words) in found, found


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("Cut the wait from a fortnight to two days.", "change", "from a fortnight to two days"),
        (
            "Reports that took all afternoon now take ten minutes.",
            "change",
            "took all afternoon now take ten minutes",
        ),
        (
            "What used to be a three-day job is now done before lunch.",
            "change",
            "a three-day job is now done",
        ),
        (
            "Deploys went from monthly to several times a day.",
            "change",
            "from monthly to several times",
        ),
        (
            "Went from one release a quarter to one a week.",
            "change",
            "from one release a quarter to one",
        ),
        (
            "Went from dozens of pages a night to one or two a week.",
            "change",
            "from dozens of pages a night to one",
        ),
        ("Cut costs to a third of the old vendor's price.", "fraction", "to a third"),
        ("Delivers the same forecasts at a fraction of the cost.", "fraction", "a fraction of"),
        ("Runs in a twentieth of the memory.", "fraction", "in a twentieth"),
        ("Made inference an order of magnitude cheaper.", "multiple", "order of magnitude"),
        ("Cut tickets by nearly two-thirds.", "fraction", "two-thirds"),
        ("Reduced errors by three quarters.", "fraction", "by three quarters"),
        ("Tripled the number of experiments run each week.", "multiple", "Tripled"),
        ("Grew usage five-fold.", "multiple", "five-fold"),
        ("Increased throughput 4-fold.", "multiple", "4-fold"),
        ("Nearly tripled revenue per seat.", "multiple", "tripled"),
        ("Halving review time for the platform team.", "multiple", "Halving"),
        ("Reduced cycle time by half a day.", "fraction", "by half"),
        ("Saved a couple of hours per analyst each week.", "time", "a couple of hours"),
        ("Saved roughly a day per sprint.", "time", "a day"),
        ("Cut month-end close by two full days.", "time", "two full days"),
        ("Freed up about a quarter of the team's time.", "fraction", "a quarter of"),
        ("Lowered the bill by around forty percent.", "percent", "forty percent"),
        ("Sign-ups up thirty per cent year on year.", "percent", "thirty per cent"),
        ("Conversion up 2.3 points.", "points", "2.3 points"),
        ("One in three users now use the feature.", "fraction", "One in three"),
        ("Eight in ten new hires use the onboarding bot.", "fraction", "Eight in ten"),
        ("Nine out of ten tickets are now routed automatically.", "fraction", "Nine out of ten"),
        ("Handled twice the traffic with the same fleet.", "multiple", "twice the"),
        ("Serves three times the users on half the hardware.", "multiple", "three times the"),
        ("Fewer than 1 in 1,000 requests fail.", "fraction", "1 in 1,000"),
        ("Brought the job from 40 minutes down to 4.", "change", "from 40 minutes down to 4"),
        (
            "Turned a 3-hour job into a 10-minute one.",
            "change",
            "Turned a 3-hour job into a 10-minute",
        ),
        ("Shortened the release cycle from six weeks to two.", "change", "from six weeks to two"),
        (
            "Onboarding time dropped from weeks to a single afternoon.",
            "change",
            "from weeks to a single afternoon",
        ),
        ("Cut the time to first answer tenfold.", "multiple", "tenfold"),
        ("A tenth of the cost of the vendor tool.", "fraction", "A tenth of"),
        ("Returns now take a day, not a week.", "change", "take a day, not a week"),
        ("Made the dashboard load in under two seconds.", "time", "two seconds"),
        (
            "Cut cloud spend by roughly a third, about €40k a year.",
            "fraction",
            "by roughly a third",
        ),
        ("Kept uptime above 99.9%.", "percent", "99.9%"),
        ("Cut the bill by a few hundred dollars a month.", "money", "a few hundred dollars"),
        ("Raised the pass rate from about half to nine in ten.", "fraction", "nine in ten"),
        ("Trained 150+ support staff on the new tool.", "people", "150+ support staff"),
        ("Brought queue time to near zero.", "zero", "to near zero"),
        ("Made the nightly job 3 hours shorter.", "time", "3 hours"),
        ("Halved and then halved again the cost per query.", "multiple", "Halved"),
        ("Quadrupled the size of the test set.", "multiple", "Quadrupled"),
        ("Grew the community to over two thousand members.", "volume", "two thousand members"),
        ("Saved tens of thousands of dollars a year.", "money", "tens of thousands of dollars"),
        ("Saved about six figures a year in licences.", "money", "six figures"),
        ("Earned a seven-figure contract.", "money", "seven-figure"),
    ],
)
def test_pairs_multiples_and_fractions_in_words(text: str, kind: str, words: str) -> None:
    found = {(q.kind, q.words) for q in results(text)}
    assert (kind, words) in found, found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Fine-tuned Llama 3 70B for contract review.", "version"),
        ("Built an agent on GPT-4 and Claude 3.5 Sonnet.", "version"),
        ("Migrated the stack to Python 3.12 and Django 5.", "version"),
        ("Promoted to L6 in 2023.", "level code"),
        ("Senior engineer (IC4) on the payments team.", "level code"),
        ("Raised a $20M Series B as the founding engineer.", "funding round"),
        ("Raised a €2M seed round.", "funding round"),
        ("Took part in the Series A round of €5M.", "funding round"),
        ("Led the ISO 27001 certification work.", "standard"),
        ("Certified to ISO/IEC 27001:2022 in 2023.", "standard"),
        ("Implemented RFC 7231 caching rules.", "standard"),
        ("SOC 2 Type II audit lead.", "standard"),
        ("Support line: +44 20 7946 0958.", "phone"),
        ("Call me at (415) 555-0132.", "phone"),
        ("Five years at the company, three on the platform team.", "tenure"),
        ("Managed a team of 8 engineers.", "team size"),
        ("Target: cut p99 to 100 ms by Q3.", "target"),
        ("Trained BERT-base with a learning rate of 2e-5.", "hyperparameter"),
        ("Deployed on Kubernetes 1.28 for the platform team.", "version"),
        ("Managed 12 nurses on the night shift.", "team size"),
        ("Zero-downtime migration of the ledger.", "attribute"),
        ("Managed a budget of $2M.", "budget"),
        ("Own a $5M annual budget.", "budget"),
        ("Answered roughly 40 customer tickets a day on the web shop.", "workload"),
        ("Carried the pager for the search platform, roughly 8 pages a week.", "workload"),
        ("Manager for the ledger team (6 engineers).", "team size"),
        ("Kept attrition in the team at zero for two years.", "tenure"),
        ("Triaged roughly 50 issues a week on GitHub.", "workload"),
        ("Wrote a 2-page design doc for the API.", "attribute"),
        ("Achieved a 30-minute walk to work.", "attribute"),
    ],
)
def test_numbers_of_the_same_shapes_that_are_not_results(text: str, kind: str) -> None:
    assert not results(text), results(text)
    assert kind in {q.kind for q in quantities(text)}


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("1'200'000", 1_200_000),
        ("85’000", 85_000),
        ("3 Millionen", 3e6),
        ("1,5 millones", 1.5e6),
        ("2 Mia", 2e9),
        ("3 mill.", 3e6),
        ("2.5 lacs", 250_000),
    ],
)
def test_the_value_of_the_worlds_numbers(words: str, value: float) -> None:
    assert value_of(words) == value


@pytest.mark.parametrize(
    "text",
    [
        "Reviewed about 150 pull requests from outside contributors.",
        "Held 30 office hours for new analysts.",
        "Evaluated five hosted vector databases for the search group.",
        "Wrote 40 unit tests for the billing service.",
        "Maintained 15 DAGs for the analytics team.",
    ],
)
def test_counts_of_ones_own_routine_are_no_result(text: str) -> None:
    assert not results(text), results(text)


def test_the_same_count_drawn_from_others_is_a_result() -> None:
    text = "Our docs site drew 150 pull requests from outside contributors."
    assert [q.words for q in results(text)] == ["150 pull requests"]


@pytest.mark.parametrize(
    "text",
    [
        "Took the product from 0→1.",
        "Ported the x86 build to ARM.",
        "Made security the #1 priority on the roadmap.",
        "Took a couple of weeks off.",
        "Worked on a handful of internal tools.",
        "Released on 3/4/2023.",
    ],
)
def test_signs_and_rough_counts_that_measure_nothing(text: str) -> None:
    assert not results(text), results(text)


def test_a_budget_others_allocate_with_the_work_is_reach() -> None:
    text = "Built the pricing model the sales team uses to allocate a €3M discount pool."
    assert [q.words for q in results(text)] == ["€3M"]


def test_tickets_a_bot_handles_are_volume_served_not_a_workload() -> None:
    text = "Resolved 1,200 tickets a month with the new triage bot."
    assert [(q.kind, q.words) for q in results(text)] == [("volume", "1,200 tickets")]


def test_a_large_number_grouped_by_spaces_is_no_phone_number() -> None:
    assert [q.kind for q in results("Served 120 000 000 requests.")] == ["volume"]
