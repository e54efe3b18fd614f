"""Quantities written with marks and short forms: figures given as about or at most ("~900",
"≈ 15 min", "ca. 35 %", "> 1 h"), the figure before in brackets ("(was 1 per 1,200)"), clock
times compared, places in a ranking, fractions finer than a fifth, bounds ("+/- 20") and
scientific notation, with the numbers of the same shapes that are not results (learning rates
and other settings chosen). Sentences written for the reader, none a row of the bullet corpus."""

from __future__ import annotations

import pytest

from levelset.proof.agreement import understand
from levelset.proof.quantities import quantities, results


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("Cut label errors to 1 per 10,000 images (was 1 per 1,200).", "fraction", "1 per 10,000"),
        ("Cut label errors to 1 per 10,000 images (was 1 per 1,200).", "fraction", "1 per 1,200"),
        ("Grew weekly readers to 4,000, up from ~900.", "change", "up from ~900"),
        ("Monthly active seats reached 310, down from ≈ 450.", "change", "down from ≈ 450"),
        (
            "Reconciliation now finishes in 12 minutes (previously > 1 h).",
            "change",
            "(previously > 1 h)",
        ),
        ("Reconciliation now finishes in 12 minutes (previously > 1 h).", "time", "12 minutes"),
        ("Cut the quote flow to 3 screens (was 7).", "change", "(was 7)"),
        ("The ledger closes before 8 am instead of noon.", "change", "before 8 am instead of noon"),
        ("Dashboards refresh by 6:30 am, not 11 am.", "change", "by 6:30 am, not 11 am"),
        ("Took 2nd place out of 48 teams at a retail forecasting challenge.", "rank", "2nd place"),
        ("Ranked 3rd on the public leaderboard.", "rank", "Ranked 3rd"),
        ("Finished 5th of 900 entrants in the speech track.", "rank", "Finished 5th"),
        ("Trimmed the warehouse bill by a sixth.", "fraction", "by a sixth"),
        ("Brought the nightly build down to ≈ 15 min.", "time", "15 min"),
        ("Brought the nightly build down to ~ 15 min.", "time", "15 min"),
        ("Lifted checkout conversion ca. 35 %.", "percent", "35 %"),
        ("Held the demand forecast within +/- 20 units a week.", "bound", "+/- 20"),
        ("Kept the sensor drift within ± 0.5 degrees.", "bound", "± 0.5"),
        ("Drove the false-match rate to 5 × 10⁻⁹ per comparison.", "scientific", "5 × 10⁻⁹"),
        ("Lowered the residual from 1.2e-3 to 3e-4.", "scientific", "1.2e-3"),
        ("Lowered the residual from 1.2e-3 to 3e-4.", "scientific", "3e-4"),
        ("Kept the solver error below 1e-6 on every benchmark mesh.", "scientific", "1e-6"),
        ("Spam model v2: complaints down a third.", "fraction", "down a third"),
        ("Returns down by a quarter from last year.", "fraction", "down by a quarter"),
        ("Rs. 2.4 lakh saved a year on freight.", "money", "Rs. 2.4 lakh"),
        (
            "Moved the data drop from once a month to daily.",
            "change",
            "from once a month to daily",
        ),
        ("Restored the payments API in 41 minutes.", "time", "41 minutes"),
        (
            "Shortened delivery routes by 2,5 km per driver.",
            "change",
            "Shortened delivery routes by 2,5 km",
        ),
        ("Sorted 9,000 – 11,000 parcels per shift.", "volume", "11,000 parcels"),
    ],
)
def test_results_written_with_marks(text: str, kind: str, words: str) -> None:
    found = {(q.kind, q.words) for q in results(text)}
    assert (kind, words) in found, found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Fine-tuned the reranker with a learning rate of 3e-4 for ten epochs.", "hyperparameter"),
        ("Swept learning rates from 1e-5 to 3e-4 on the small model.", "hyperparameter"),
        ("Trained with lr=2e-5 and a batch size of 64.", "hyperparameter"),
        ("Set weight decay to 0.01 after an ablation.", "hyperparameter"),
        ("Upgraded the scheduler to Python 3.12 in 2023.", "version"),
        ("Goal: trim the warehouse bill by a sixth next year.", "target"),
        ("Led 4 of the 9 engineers on the payments team.", "team size"),
    ],
)
def test_marked_numbers_that_are_not_results(text: str, kind: str) -> None:
    assert not results(text), results(text)
    assert kind in {q.kind for q in quantities(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Used AdamW at 3e-4 with a cosine schedule.",
        "Finished first drafts of the design review templates.",
        "Came second to nobody in enthusiasm for code review.",
        "Attended the 8 am stand-up instead of the noon one.",
        "Scaled up a third cluster for the batch jobs.",
        "One out of 5 engineers on the payments team.",
    ],
)
def test_marks_alone_are_no_result(text: str) -> None:
    assert not results(text), results(text)


def test_the_verdict_names_the_figure_before() -> None:
    verdict = understand("Grew weekly readers to 4,000, up from ~900.").reading["has_metric"]
    assert verdict.value and "up from ~900" in verdict.words
