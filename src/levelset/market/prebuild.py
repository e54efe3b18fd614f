"""Write the prebuilt market store again: `python -m levelset.market.prebuild [PATH]`.

Builds the store from the shipped files in a scratch home and keeps it where
market/prebuilt.py looks for it, with the shipped copy beside it (`market.sqlite`, read by
market/shipped_copy.py). Run it after changing the shipped data, the tables, the loaders or a
twin's SQL (market/twins.py). Two runs on the same inputs write the same bytes: the build time
is fixed and DuckDB's random database identifier is replaced by one drawn from the content
(market/duckdb_identity.py).
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

from levelset.market.build import rebuild
from levelset.market.duckdb_identity import settle_identifier
from levelset.market.prebuilt import PREBUILT
from levelset.market.shipped_copy import COPY
from levelset.market.shipped_copy_write import write_copy
from levelset.paths import Paths

# the build time stamped in the file; unpacking stamps the user's own clock, and a fixed time
# here keeps `make prebuilt` reproducible
BUILT_AT = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def write(target: Path = PREBUILT) -> Path:
    """Build the store from the shipped files in a scratch home and keep it, and its shipped
    copy beside it (`market.sqlite` in the same folder)."""
    with tempfile.TemporaryDirectory(prefix="levelset-prebuilt-") as tmp:
        paths = Paths(Path(tmp) / "home").ensure()
        rebuild(paths, now=lambda: BUILT_AT)
        settle_identifier(paths.market_db)  # DuckDB's random identifier: the one byte-difference
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(paths.market_db, target)
        write_copy(paths.market_db, target.with_name(COPY.name))
    return target


if __name__ == "__main__":
    print(write(Path(sys.argv[1]) if len(sys.argv) > 1 else PREBUILT))
