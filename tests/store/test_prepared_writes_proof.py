"""Proof corrections and clearing sources compiled ahead (`store.proof_corrections`,
`store.proof`): the same rows through sqlite3 as through SQLAlchemy, and `proof positions` and
`proof clear` on a current home import no SQLAlchemy. (The shipped SQL against SQLAlchemy's:
tests/store/test_prepared_writes.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.errors import NotFound
from levelset.proof import import_files
from levelset.proof.corrections import Correction, PositionKey
from levelset.store import Store
from levelset.store.proof import clear_sources, list_sources, save_documents
from levelset.store.proof_corrections import (
    add_correction,
    clear_corrections,
    load_corrections,
    undo_correction,
)
from tests.cli.test_startup_imports import loaded
from tests.store.both_ways import both_ways

ROOT = Path(__file__).resolve().parents[2]
RESUME = ROOT / "examples" / "resume" / "resume.md"
TABLES = ("proof_sources", "proof_items", "proof_corrections")


def _edit(source: str, place: str) -> Correction:
    key = PositionKey(source, "Senior MLE", "Contoso", "2021-03")
    return Correction("edit", key, (("location", place),))


def _write_all(store: Store, client: Store) -> None:
    """Corrections made, undone and cleared with their sources, for the user and a client."""
    documents = import_files([RESUME]).documents
    for owner in (store, client):
        save_documents(owner, documents)
        for source, place in (("resume.md", "Seattle"), ("cv.md", "Austin"), ("resume.md", "Oslo")):
            add_correction(owner, _edit(source, place))
        assert undo_correction(owner) == _edit("resume.md", "Oslo")
        assert clear_corrections(owner, ["cv.md", "cv.md", "other.md"]) == 1
        assert [c.target.source for c in load_corrections(owner)] == ["resume.md"]
        with pytest.raises(NotFound):
            clear_sources(owner, ["resume.md", "nothing.md"])
        assert clear_sources(owner, ["resume.md"]) == ["resume.md"]
        assert list_sources(owner) == [] and clear_sources(owner) == []
        save_documents(owner, documents)
        add_correction(owner, _edit("resume.md", "Lima"))
    assert clear_corrections(client) == 2 and undo_correction(client) is None


def test_proof_writes_give_the_same_rows_both_ways(tmp_path: Path) -> None:
    rows = both_ways(tmp_path, _write_all, TABLES)
    assert [r[0] for r in rows["proof_corrections"]] == [0, 0]  # the user's two
    assert sorted({r[0] for r in rows["proof_sources"]}) == [0, 1]


def test_proof_commands_on_a_current_home_import_no_sqlalchemy(levelset_home: Path) -> None:
    assert "sqlalchemy" in loaded(levelset_home, "proof", "import", str(RESUME))  # made
    edit = ("proof", "positions", "edit", "1", "--location", "Seattle", "--json")
    assert loaded(levelset_home, *edit) == set()
    assert loaded(levelset_home, "proof", "positions", "merge", "1", "2", "--json") == set()
    assert loaded(levelset_home, "proof", "positions", "move", "1", "1", "2", "--json") == set()
    assert loaded(levelset_home, "proof", "positions", "drop", "2", "--json") == set()
    assert loaded(levelset_home, "proof", "positions", "undo", "--json") == set()
    assert loaded(levelset_home, "proof", "clear", "--all", "--json") == set()
