"""Saved postings and comps compiled ahead (`store.market_evidence`): the same rows through
sqlite3 as through SQLAlchemy, and `market posting` and `market comp` on a current home import
no SQLAlchemy. (The shipped SQL against SQLAlchemy's: tests/store/test_prepared_writes.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.errors import NotFound
from levelset.store import Store
from levelset.store.market_evidence import add_comp, add_posting, list_comps, remove
from tests.cli.test_startup_imports import loaded
from tests.store.both_ways import both_ways
from tests.store.test_market_evidence_store import COMP, POSTING

ROOT = Path(__file__).resolve().parents[2]
OFFER = str(ROOT / "examples" / "offers" / "bigco-rsu.yaml")
POSTED = """Senior Machine Learning Engineer, Contoso (Seattle, WA)
Salary range: $180,000 - $230,000 per year. Build ranking models with the search team.
"""


def _write_all(store: Store, client: Store) -> None:
    """Postings and comps saved and removed, for the user and a client."""
    for owner in (store, client):
        kept = [add_posting(owner, POSTING).id, add_comp(owner, COMP).id, add_comp(owner, COMP).id]
        assert remove(owner, "comp", kept[1]).item == COMP
        assert remove(owner, "posting", kept[0]).item == POSTING
        with pytest.raises(NotFound):
            remove(owner, "posting", kept[0])
        assert [s.id for s in list_comps(owner)] == [kept[2]]
        add_posting(owner, POSTING)


def test_market_evidence_writes_give_the_same_rows_both_ways(tmp_path: Path) -> None:
    rows = both_ways(tmp_path, _write_all, ("market_postings", "market_comps"))
    assert [r[0] for r in rows["market_comps"]] == [0, 1]


def test_market_commands_on_a_current_home_import_no_sqlalchemy(
    levelset_home: Path, tmp_path: Path
) -> None:
    assert "sqlalchemy" in loaded(levelset_home, "offer", "add", OFFER)  # made and migrated
    posting = tmp_path / "posting.txt"
    posting.write_text(POSTED, encoding="utf-8")
    add = ("market", "posting", "add", str(posting), "--yes", "--json")
    assert "sqlalchemy" not in loaded(levelset_home, *add)
    comp = ("market", "comp", "add", "Senior ML Engineer", "--base", "190k", "--source", "a friend")
    assert "sqlalchemy" not in loaded(levelset_home, *comp, "--json")
    assert "sqlalchemy" not in loaded(levelset_home, "market", "comp", "remove", "1", "--json")
    assert "sqlalchemy" not in loaded(levelset_home, "market", "posting", "remove", "1", "--json")
