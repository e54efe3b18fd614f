"""Write data/prebuilt/store_reads.json: the store's declared reads and writes compiled for SQLite.

Run after changing a read, a table it reads or the owner scoping (`make reads`);
tests/store/test_prepared_reads.py fails while the file is stale.
"""

from levelset.store.precompile import READS, write

if __name__ == "__main__":
    write()
    print(f"wrote {READS}")
