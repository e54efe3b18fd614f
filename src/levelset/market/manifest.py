"""The list of upstream files the user imported, kept so a rebuild can replay them in order."""

from __future__ import annotations

import datetime as dt
import errno
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
        shutil.copytree(original, target, copy_function=_copy_file)
    else:
        _copy_file(original, target)
    for path in [target, *target.rglob("*")]:
        path.chmod(PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE)


def _copy_file(original: str | Path, target: str | Path) -> None:
    """shutil.copy2 through copy_file_range(2) where the kernel has it: on a file system that
    shares blocks between files (XFS, Btrfs) the copy is a reflink, its own blocks only once
    either file changes, so copying an 837 MB disclosure file takes no 0.23 s of the kernel's
    CPU nor 837 MB more of the page cache; elsewhere the kernel copies as sendfile(2) does
    (ext4: the same CPU time). Python's shutil uses sendfile(2), which never shares blocks."""
    if not _copied_in_kernel(Path(original), Path(target)):
        shutil.copyfile(original, target)
    shutil.copystat(original, target)


def _copied_in_kernel(original: Path, target: Path) -> bool:
    """Copy the bytes with copy_file_range(2); False (nothing copied yet) when the kernel or
    the file systems refuse it before the first byte, as shutil does for sendfile(2)."""
    copy_range = getattr(os, "copy_file_range", None)
    if copy_range is None:
        return False
    with original.open("rb") as source, target.open("wb") as copy:
        block = max(os.fstat(source.fileno()).st_size, 2**23)
        offset = 0
        while True:
            try:
                done = copy_range(source.fileno(), copy.fileno(), min(block, 2**30))
            except OSError as error:
                if offset == 0 and error.errno != errno.ENOSPC:
                    return False  # e.g. EXDEV, ENOSYS, EOPNOTSUPP: the caller copies
                raise
            if done == 0:  # the end; at once: a file system giving no bytes (procfs...)
                return offset > 0
            offset += done


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
