"""Every module that declares record tables, imported together when all of them are needed
(migrations that touch each record table, erasing or exporting one owner's records)."""

from __future__ import annotations

import importlib

from sqlalchemy import Table

from levelset.store.ownership import OWNED
from levelset.store.schema import metadata

RECORD_MODULES = (
    "profile_tables",
    "offers_tables",
    "negotiations_tables",
    "proof_tables",
    "tracking_tables",
    "plan_tables",
    "clients_tables",
    "practice_tables",
    "market_evidence_tables",
)


def record_tables() -> list[Table]:
    """Every record table, parents before children."""
    for name in RECORD_MODULES:
        importlib.import_module(f"levelset.store.{name}")
    return [t for t in metadata.sorted_tables if t.name in OWNED]
