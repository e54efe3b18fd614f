"""The list of upstream files the user imported, kept so a rebuild can replay them in order."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from levelset.paths import PRIVATE_FILE, PRIVATE_FOLDER, Paths

# Sources whose import replaces everything earlier from the same source.


@dataclass(frozen=True)
class Entry:
    source: str
    dataset: str
    path: str  # relative to Paths.imports
    release: str | None
    imported_at: str


def _file(paths: Paths) -> Path:
    return paths.imports / "manifest.json"


def entries(paths: Paths) -> list[Entry]:
    """Imports in the order they were made (an empty list when none)."""
    file = _file(paths)
    if not file.exists():
        return []
    return [Entry(**item) for item in json.loads(file.read_text(encoding="utf-8"))]


def keep(
    paths: Paths,
    source: str,
    dataset: str,
    original: Path,
    release: str | None,
    at: dt.datetime,
    *,
    copied: Path | None = None,
) -> Entry:
    """Copy an imported file (or folder) under Paths.imports (or move there `copied`, a copy
    made already by `copying`) and record it as imported `at`."""
    target_dir = paths.imports / source / dataset
    if target_dir.exists():
        shutil.rmtree(target_dir)
    target_dir.mkdir(mode=PRIVATE_FOLDER, parents=True)
    target = target_dir / original.name
    if copied is None:
        _copy_private(original, target)
    else:
        copied.replace(target)
    now = at.astimezone(dt.UTC).isoformat(timespec="seconds")
    entry = Entry(source, dataset, str(target.relative_to(paths.imports)), release, now)
    _write(paths, [*_superseded_removed(paths, entry), entry])
    return entry


def _copy_private(original: Path, target: Path) -> None:
    """Copy a file or folder (keeping its dates: a rebuild may read them), the owner's only
    whatever the original's mode: a 0644 download is not left readable by other users."""
    if original.is_dir():
        shutil.copytree(original, target)
    else:
        shutil.copy2(original, target)
    for path in [target, *target.rglob("*")]:
        path.chmod(PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE)


INCOMING = ".incoming-"  # a copy being made: .incoming-PID-RANDOM/FILE under Paths.imports


@contextmanager
def copying(paths: Paths, original: Path) -> Iterator[Callable[[], Path]]:
    """Copy `original` under Paths.imports in a side thread while the caller loads it (the copy
    is the kernel's work, the load DuckDB's: they overlap). Yields a function that waits for
    the copy and gives its path, for `keep(copied=...)`; a copy not kept is deleted on exit."""
    folder = paths.imports / f"{INCOMING}{os.getpid()}-{uuid.uuid4().hex[:8]}"
    copy = folder / original.name
    failed: list[BaseException] = []

    def work() -> None:
        try:
            folder.mkdir(mode=PRIVATE_FOLDER, parents=True)
            _copy_private(original, copy)
        except BaseException as error:  # raised again in the caller's thread by done()
            failed.append(error)

    thread = threading.Thread(target=work, name="levelset-keep-copy", daemon=True)
    thread.start()

    def done() -> Path:
        thread.join()
        if failed:
            raise failed[0]
        return copy

    try:
        yield done
    finally:
        thread.join()
        shutil.rmtree(folder, ignore_errors=True)


def _superseded_removed(paths: Paths, new: Entry) -> list[Entry]:
    kept = []
    for old in entries(paths):
        replaced = old.dataset == new.dataset or (
            old.source == new.source and _replaces(new.source)
        )
        if not replaced:
            kept.append(old)
        elif old.dataset != new.dataset:
            shutil.rmtree(paths.imports / old.source / old.dataset, ignore_errors=True)
    return kept


def fingerprint(paths: Paths) -> str:
    """Changes whenever an import is recorded or replaced (what a store must have replayed)."""
    listed = [(e.source, e.dataset, e.path, e.release, e.imported_at) for e in entries(paths)]
    return _fingerprint(listed)


def _fingerprint(listed: Sequence[tuple[str | None, ...]]) -> str:
    return hashlib.sha256(json.dumps(listed).encode()).hexdigest()[:16]


NO_IMPORTS = _fingerprint([])  # the fingerprint of a home without imports (meta's `imports`)


def _write(paths: Paths, items: list[Entry]) -> None:
    file = _file(paths)
    temp = file.with_suffix(".tmp")
    temp.write_text(json.dumps([asdict(e) for e in items], indent=2), encoding="utf-8")
    temp.replace(file)


def _replaces(source: str) -> bool:
    """Whether a newer import of this upstream kind replaces the earlier one."""
    from levelset.market.upstreams import upstream_of

    return upstream_of(source).replaces
