"""Practice scoring against the hand-labelled rehearsal answers (docs/practice.md)."""

from tests.corpus.practice_agreement import agreement, rows


def test_the_labelled_set_is_large_enough_with_a_held_out_half() -> None:
    labelled = rows()
    assert len(labelled) >= 60
    assert sum(r["split"] == "held_out" for r in labelled) * 2 == len(labelled)


def test_held_out_agreement_stays_at_its_recorded_floor() -> None:
    held = agreement("held_out", "first")  # the rows these floors were recorded on
    assert held["stance"] >= 0.8
    assert held["strong"] >= 0.85
    assert held["concessions_caught"] == 1.0


def test_the_second_batch_held_out_and_the_whole_set() -> None:
    second, whole = agreement("held_out", "second"), agreement("held_out")
    assert second["stance"] >= 0.75 and second["concessions_caught"] == 1.0
    assert whole["stance"] >= 0.79 and whole["concessions_caught"] == 1.0
    assert agreement("tune")["stance"] == 1.0
