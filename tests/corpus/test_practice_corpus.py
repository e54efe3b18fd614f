"""Practice scoring against the hand-labelled rehearsal answers (docs/practice.md)."""

from tests.corpus.practice_agreement import agreement, rows


def test_the_labelled_set_is_large_enough_with_a_held_out_half() -> None:
    labelled = rows()
    assert len(labelled) >= 60
    assert sum(r["split"] == "held_out" for r in labelled) * 2 == len(labelled)


def test_held_out_agreement_stays_at_its_recorded_floor() -> None:
    held = agreement("held_out")
    assert held["stance"] >= 0.75
    assert held["strong"] >= 0.85
    assert held["concessions_caught"] == 1.0
