"""Defect 4: `data import` records the import and swaps the store as one, and cleans up.

A crash after the import is recorded but before the new store is swapped in used to leave
rows that `data status` did not list and that the next rebuild dropped; temporary copies of
the store were never removed. Now the store names the manifest it was built with, so a store
that does not match is rebuilt (replaying the import), and a build removes the temporary
copies of builds whose process is gone.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from levelset.market import manifest
from levelset.paths import Paths
from tests.cli.runner import run_cli

UPSTREAM = Path(__file__).resolve().parents[1] / "market" / "fixtures" / "upstream"
CROWD = UPSTREAM / "aijobs_salaries_2025-06-01.csv"


def _datasets(status: dict[str, object]) -> set[str]:
    return {str(i["dataset"]) for i in status["imports"]}  # type: ignore[attr-defined]


def test_an_import_recorded_but_not_swapped_in_is_replayed_not_lost(paths: Paths) -> None:
    assert run_cli("data", "rebuild").exit_code == 0
    before = paths.market_db.read_bytes()
    assert run_cli("data", "import", "crowd", str(CROWD)).exit_code == 0
    imported = _datasets(run_cli("data", "status", "--json").json())
    paths.market_db.write_bytes(before)  # as if killed after recording, before the swap
    status = run_cli("data", "status", "--json").json()
    assert status["current"] is False  # the store does not match what the manifest lists
    assert run_cli("range", "ML Engineer", "--json").exit_code in (0, 2, 3)  # uses the store
    status = run_cli("data", "status", "--json").json()
    assert status["current"] is True
    assert _datasets(status) == imported
    assert manifest.entries(paths)


def test_temporary_store_copies_of_dead_builds_are_removed(paths: Paths) -> None:
    assert run_cli("data", "rebuild").exit_code == 0
    dead = paths.home / f".{paths.market_db.name}.999999999-deadbeef.tmp"
    old_style = paths.home / f".{paths.market_db.name}.0a1b2c3d.tmp"
    for leftover in (dead, old_style, dead.with_name(dead.name + ".wal")):
        shutil.copyfile(paths.market_db, leftover)
    assert run_cli("data", "import", "crowd", str(CROWD)).exit_code == 0
    assert not list(paths.home.glob(".*.tmp*"))


def test_the_kept_copy_is_whole_and_private_and_no_partial_copy_stays(
    paths: Paths, tmp_path: Path
) -> None:
    """The copy kept for rebuilds is made beside the load (a side thread); it ends whole and
    owner-only in its place, a refused file leaves no copy, and a killed import's copy is
    removed by the next import."""
    assert run_cli("data", "rebuild").exit_code == 0
    dead = paths.imports / f"{manifest.INCOMING}999999999-deadbeef"
    dead.mkdir(parents=True)
    (dead / CROWD.name).write_bytes(b"half a file")
    assert run_cli("data", "import", "crowd", str(CROWD)).exit_code == 0
    (entry,) = manifest.entries(paths)
    kept = paths.imports / entry.path
    assert kept.read_bytes() == CROWD.read_bytes()
    assert kept.stat().st_mode & 0o077 == 0
    assert not list(paths.imports.glob(f"{manifest.INCOMING}*"))
    bad = tmp_path / "aijobs_salaries_2025-07-01.csv"
    bad.write_text("not,a,salary\nfile,at,all\n", encoding="utf-8")
    assert run_cli("data", "import", "crowd", str(bad)).exit_code != 0
    assert not list(paths.imports.glob(f"{manifest.INCOMING}*"))
    assert manifest.entries(paths) == [entry]


def test_the_kept_copy_is_the_kernels_and_is_made_where_the_kernel_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy kept for rebuilds goes through copy_file_range(2), which shares the file's
    blocks on XFS or Btrfs (a reflink: an 837 MB file copied in 0.3 ms, not 0.13-1.8 s of
    CPU); where the kernel refuses it before the first byte (another file system: EXDEV), the
    copy is made as before. Both keep the bytes and the dates, owner-only."""
    if not hasattr(os, "copy_file_range"):
        pytest.skip("copy_file_range(2) is Linux's")
    original = tmp_path / "aijobs_salaries_2025-06-01.csv"
    original.write_bytes(CROWD.read_bytes() * 50)
    os.utime(original, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    calls: list[int] = []
    real = os.copy_file_range

    def counted(src: int, dst: int, count: int, *args: int) -> int:
        calls.append(count)
        return real(src, dst, count, *args)

    def refused(src: int, dst: int, count: int, *args: int) -> int:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    for kernel, used in ((counted, True), (refused, False)):
        calls.clear()
        monkeypatch.setattr(os, "copy_file_range", kernel)
        copy = tmp_path / ("kernel" if used else "refused") / original.name
        copy.parent.mkdir()
        manifest._copy_private(original, copy)
        assert bool(calls) is used
        assert copy.read_bytes() == original.read_bytes()
        assert copy.stat().st_mtime_ns == original.stat().st_mtime_ns
        assert copy.stat().st_mode & 0o077 == 0
