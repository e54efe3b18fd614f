"""User records: SQLite by default, PostgreSQL for a coach's server, through SQLAlchemy.

The only package that imports SQLAlchemy. Each capability keeps its queries in a module here
named for it (`profile.py`, `offers.py`, ...); the core never sees a Connection. Where a
capability's reads are compiled ahead (`prepared.py`: a local SQLite home read through
`sqlite3` without importing SQLAlchemy), its tables live beside it (`profile_tables.py`).
"""

from levelset.store.db import Store, open_store

__all__ = ["Store", "open_store"]
