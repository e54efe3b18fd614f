"""Corrections to what was read apply by how a position was read, so they survive a re-import."""

from __future__ import annotations

import datetime as dt

import pytest

from levelset.errors import InputError
from levelset.proof.corrections import DROP, EDIT, MERGE, MOVE, Correction, PositionKey, apply
from levelset.proof.model import Bullet, Channel, Document, Materials, Origin, Position


def _doc() -> Document:
    def position(title: str, company: str, year: int, *texts: str) -> Position:
        bullets = tuple(Bullet(t, Origin("cv.pdf"), Channel.RESUME, title) for t in texts)
        return Position(title, company, Origin("cv.pdf"), dt.date(year, 1, 1), None, True, bullets)

    positions = (
        position("Nexus AI", "Co-Founder & CTO", 2023, "Raised $18M.", "Cut latency by 73%."),
        position("Research Intern", "NVIDIA", 2022, "Designed sparse attention."),
        position("AWS Community Builder", "AWS", 2022),
        position("Research Intern", "NVIDIA", 2021, "Filed 2 patents."),
    )
    return Document("cv.pdf", Channel.RESUME, positions=positions)


def _key(doc: Document, index: int) -> PositionKey:
    return PositionKey.of(doc.source, doc.positions[index])


def test_edit_drop_merge_move_and_again_after_a_reimport() -> None:
    doc = _doc()
    corrections = [
        Correction(
            EDIT,
            _key(doc, 0),
            (
                ("title", "Co-Founder & CTO"),
                ("company", "Nexus AI"),
                ("start", "2023-06"),
                ("end", "present"),
            ),
        ),
        Correction(DROP, _key(doc, 2)),
        Correction(MERGE, _key(doc, 1), other=_key(doc, 3)),
        Correction(MOVE, _key(doc, 0), other=_key(doc, 1), bullet="Cut latency by 73%."),
    ]
    for _ in range(2):  # the same file read again gives the same positions
        fixed, stale = apply(Materials((_doc(),)), corrections)
        assert stale == []
        first, second = fixed.documents[0].positions
        assert (first.title, first.company, first.start, first.current) == (
            "Co-Founder & CTO",
            "Nexus AI",
            dt.date(2023, 6, 1),
            True,
        )
        assert [b.text for b in first.bullets] == ["Raised $18M."]
        assert second.start == dt.date(2021, 1, 1)
        assert [b.text for b in second.bullets] == [
            "Designed sparse attention.",
            "Filed 2 patents.",
            "Cut latency by 73%.",
        ]
        assert {b.position for b in second.bullets} == {"Research Intern, NVIDIA"}


def test_a_correction_whose_position_is_gone_is_stale_not_misapplied() -> None:
    gone = PositionKey("cv.pdf", "Intern", "Initech", "2010-01-01")
    fixed, stale = apply(Materials((_doc(),)), [Correction(DROP, gone)])
    assert len(stale) == 1 and len(fixed.documents[0].positions) == 4


def test_a_date_that_is_not_one_is_refused() -> None:
    doc = _doc()
    with pytest.raises(InputError, match="not a date"):
        apply(Materials((doc,)), [Correction(EDIT, _key(doc, 0), (("start", "June"),))])


def test_corrections_round_trip_as_json() -> None:
    doc = _doc()
    correction = Correction(MOVE, _key(doc, 0), other=_key(doc, 1), bullet="Raised $18M.")
    assert Correction.from_dict(correction.to_dict()) == correction


def test_corrections_are_stored_in_order_undone_and_forgotten(store) -> None:
    from levelset.store.proof_corrections import (
        add_correction,
        clear_corrections,
        load_corrections,
        undo_correction,
    )

    doc = _doc()
    first = Correction(DROP, _key(doc, 2))
    second = Correction(MERGE, _key(doc, 1), other=_key(doc, 3))
    add_correction(store, first)
    add_correction(store, second)
    assert load_corrections(store) == [first, second]
    assert undo_correction(store) == second
    assert load_corrections(store) == [first]
    assert clear_corrections(store, ["other.pdf"]) == 0
    assert clear_corrections(store, ["cv.pdf"]) == 1
    assert load_corrections(store) == []
