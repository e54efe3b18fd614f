"""Numbers understood: results in any format, and the numbers that are not results."""

from __future__ import annotations

import pytest

from levelset.proof.features import extract
from levelset.proof.quantities import quantities, results
from levelset.proof.result_needs import NEEDS
from levelset.proof.result_rules import RESULTS
from tests.corpus.bullets_corpus import rows


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("Cut nightly runtime tenfold.", "multiple", "tenfold"),
        ("Reduced cloud spend by half.", "fraction", "by half"),
        ("Saved ₹4.2 crore a year in GPU rental.", "money", "₹4.2 crore"),
        ("Scaled scoring to 1.5 lakh applications a day.", "volume", "1.5 lakh applications"),
        ("Lowered the bill by USD 40k.", "money", "USD 40k"),
        ("Trimmed hosting by 12 000 CZK a month.", "money", "12 000 CZK"),
        ("Trimmed hosting by 12\u202f000 CZK a month.", "money", "12\u202f000 CZK"),
        ("Added €2,4 Mio. in annual margin.", "money", "€2,4 Mio."),
        ("Saved ₹ 2,50,000 a month in SMS costs.", "money", "₹ 2,50,000"),
        ("Cut write-offs by 11 Mio. € a year.", "money", "11 Mio. €"),
        ("Saved the support team twenty hours a week.", "time", "twenty hours a week"),
        ("Cut time-to-first-byte by two thirds.", "fraction", "by two thirds"),
        ("Brought onboarding from three weeks to four days.", "time", "three weeks"),
        ("Lifted conversion 1.8 percentage points.", "percent", "1.8 percentage points"),
        ("Serves 12k QPS at peak.", "throughput", "12k QPS"),
        ("Adopted by three on-call teams.", "adoption", "three on-call teams"),
        ("A paper cited over 400 times.", "times", "cited over 400 times"),
        ("Mentored four engineers, two of whom were promoted.", "people result", "two of whom"),
        ("Wrote the strategy, adopted by its three directors.", "uptake", "adopted by its three"),
        ("Coached two analysts; both now run the review.", "uptake", "both now run"),
        ("Ran a course; 35 actuaries finished it.", "uptake", "35 actuaries finished"),
        ("An API that three utilities integrated.", "uptake", "three utilities integrated"),
    ],
)
def test_results_in_words_digits_and_any_currency(text: str, kind: str, words: str) -> None:
    found = {(q.kind, q.words) for q in results(text)}
    assert any(k == kind and w.startswith(words) for k, w in found), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ran weekly 1:1s with four engineers on the team.", "frequency"),
        ("Mentored two L5s to promotion readiness.", "level code"),
        ("Worked at the company for 14 months.", "tenure"),
        ("Target: reduce p99 latency to 100 ms by Q3.", "target"),
        ("Goal was to cut infrastructure cost by 30% in 2024.", "target"),
        ("Upgraded the services from Python 3.8 to 3.11.", "version"),
        ("Fine-tuned Llama 3 8B on support transcripts.", "version"),
        ("Trained ResNet-50 baselines.", "name"),
        ("Built the warehouse after the $12M Series B.", "funding round"),
        ("Graduated in May 2020.", "date"),
        ("Managed a team of 7 ML engineers.", "team size"),
        ("Implemented 2FA for the admin console.", "frequency"),
        # what was held, not achieved: a grant, a book of accounts, members, compute
        ("Awarded a three-year research grant (EUR 1.2 million) as co-investigator.", "held"),
        ("Looked after a portfolio of 60 mid-market accounts.", "held"),
        ("Organiser of a community of 12k members.", "held"),
        ("Pre-trained a 7B-parameter model on 512 GPUs.", "held"),
        ("Engineering lead for the six engineers of the data squad.", "team size"),
    ],
)
def test_numbers_that_are_not_results(text: str, kind: str) -> None:
    assert not results(text), results(text)
    assert kind in {q.kind for q in quantities(text)}


def test_a_target_that_was_beaten_counts_by_what_was_reached() -> None:
    assert results("Beat the quarterly target by cutting ticket backlog 35% (goal was 20%).")


def test_the_fake_metrics_of_the_issue_are_not_metrics() -> None:
    for text in ("Ran weekly 1:1s.", "Coached two L5s.", "Stayed 14 months on the team."):
        assert not extract(text).has_metric, text


def test_things_built_that_use_something_are_not_taken_up_by_others() -> None:
    assert all(q.kind != "uptake" for q in quantities("Built 3 services that use Kafka."))


def test_every_match_holds_a_word_its_kind_needs_so_the_quick_test_skips_nothing() -> None:
    patterns = dict(RESULTS)
    for row in rows(pending=True):
        for kind, needs in NEEDS.items():
            for m in patterns[kind].finditer(row.text):
                assert any(w in m.group(0).lower() for w in needs), (kind, m.group(0))


def test_groups_of_three_are_not_cut_out_of_a_longer_run_of_digits() -> None:
    # hypothesis found "$0 0000" read as "$0 000", which a rewrite then quoted as a new number
    assert [q.words for q in quantities("$0 0000")] == ["$0"]
    assert quantities("Saved 12 000 CZK a month.")[0].words == "12 000 CZK"
