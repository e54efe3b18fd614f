"""`server init` makes the market store only when the market needs it to read: a home with
imports whose store is gone is built again before any worker runs; a home the shipped copy
answers is left as it is (the web app judges readiness the same way)."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.app import server_setup
from levelset.app.market import import_file
from levelset.app.workspace import Workspace

pytest.importorskip("argon2")
ROOT = Path(__file__).resolve().parents[2]
LCA = ROOT / "examples" / "market" / "LCA_Disclosure_Data_FY2025_Q4_SYNTHETIC.csv"
PASSWORD = "a long trial password 42"


def _initialise(home: Path, url: str, email: str) -> None:
    ws = Workspace.at(home, database_url=url)
    try:
        server_setup.initialise(ws, "Acme", email, "Ann", PASSWORD, None, build_market=True)
    finally:
        ws.close()


def test_a_home_with_imports_gets_its_store_built(tmp_path: Path) -> None:
    home, url = tmp_path / "home", f"sqlite:///{tmp_path / 'server.sqlite'}"
    ws = Workspace.at(home)
    try:
        import_file(ws, "lca", LCA)
        market_db = ws.paths.market_db
    finally:
        ws.close()
    market_db.unlink()
    _initialise(home, url, "a@example.com")
    ws = Workspace.at(home)
    try:
        assert market_db.exists() and ws.market_is_built()
    finally:
        ws.close()


def test_a_home_the_shipped_copy_answers_is_left_alone(tmp_path: Path) -> None:
    home, url = tmp_path / "home", f"sqlite:///{tmp_path / 'server.sqlite'}"
    _initialise(home, url, "a@example.com")
    ws = Workspace.at(home)
    try:
        assert ws.market_ready()
        assert not ws.paths.market_db.exists()
    finally:
        ws.close()
