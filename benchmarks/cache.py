"""Where generated benchmark inputs are kept between runs (never inside the repository).

`LEVELSET_BENCH_CACHE` names the folder; by default `~/.cache/levelset-bench`. A file's name
carries a digest of what made it (row count, generator SQL, store schema), so a changed
generator or schema makes a new file instead of reusing a stale one.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def cache_dir() -> Path:
    folder = Path(
        os.environ.get("LEVELSET_BENCH_CACHE") or Path.home() / ".cache" / "levelset-bench"
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cached(stem: str, suffix: str, *made_of: object) -> Path:
    """The cache path of a generated file made from `made_of` (it may not exist yet)."""
    digest = hashlib.sha256("\n".join(str(p) for p in made_of).encode()).hexdigest()[:12]
    return cache_dir() / f"{stem}-{digest}{suffix}"
