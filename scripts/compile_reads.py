"""Write data/prebuilt/store_reads.json: the store's declared reads and writes compiled for
SQLite; and data/prebuilt/fresh_schema.json: the schema every migration leaves, which a new
SQLite database is made from at once.

Run after changing a read, a table it reads, the owner scoping or adding a migration (`make
reads`); tests/store/test_prepared_reads.py and tests/store/test_fresh_schema.py fail while
the files are stale.
"""

from levelset.store import fresh_schema
from levelset.store.precompile import READS, write

if __name__ == "__main__":
    write()
    print(f"wrote {READS}")
    fresh_schema.write()
    print(f"wrote {fresh_schema.SCHEMA}")
