"""User records: SQLite by default, PostgreSQL for a coach's server, through SQLAlchemy.

The only package that imports SQLAlchemy. Each capability keeps its tables and queries in a
module here named for it (`profile.py`, `offers.py`, ...); the core never sees a Connection.
"""

from levelset.store.db import Store, open_store

__all__ = ["Store", "open_store"]
