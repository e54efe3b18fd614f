"""Importing a generated 1-million-row LCA disclosure CSV, against pandas.read_csv of the file.

The goal's file has the record layout users import: a DOL disclosure file of FY2020 onward
carries about 96 columns (employer address and phone, point of contact, attorney, NAICS code,
worksite address and county, prevailing wage fields, H-1B dependency...), and this one has the
FY2024 Q4 layout's 97 in their order, each with made-up values of realistic length
(benchmarks/lca_layout.py; about 840 bytes a row). The import reads 11 of them; every reader
still has to split every line into all 97. The 16-column file the benchmark used until
2026-12-07 (the same values in the 16 columns both have) is measured beside it in the same
turns and reported, not judged: it is not a file anyone imports, and it shows what the extra
86 columns cost each reader.

Both readers read the same file in the same run. levelset's import does more than parse: it
checks every row (wage numbers, wage units, SOC codes), converts wages to a year, writes the
rows into a copy of the market store, computes the LCA cells of the year (count and exact
percentiles per role, area and wage level), keeps a copy of the file for rebuilds, and swaps
the store in. pandas.read_csv reads every column, as the goal's baseline says; a read of only
the columns the import reads (`usecols`) is reported beside it, since pandas' cost grows with
the columns it keeps and levelset's does not. DuckDB's bare read of the columns the import
reads, in the same turns, is the floor of any import through DuckDB's reader.

The goal is the issue's, ">= 1,000,000 rows/s and >= 2x pandas.read_csv". A restatement
(">= 500,000 rows/s and >= 1x") was proposed and is not adopted: the goal stands. Where each
phase's CPU goes: docs/performance.md ("The LCA import, phase by phase" and the looks after
it; "a tenth look" for the file's layout).

Both files are generated once into the benchmark cache (benchmarks/cache.py), not the
repository (the full layout's 1M rows: about 840 MB).
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.cache import cached
from benchmarks.harness import Figure, wall_clock
from benchmarks.lca_layout import NARROW_COLUMNS, WIDE, generate, generate_sql

ROWS = int(os.environ.get("LEVELSET_BENCH_IMPORT_ROWS", "1000000"))
REPEAT = 3  # median of three runs each

GOAL_ROWS_PER_SECOND = 1_000_000
GOAL_RATIO = 2.0


@dataclass(frozen=True)
class Layout:
    """A generated file's columns and the name it is cached under."""

    label: str
    stem: str
    columns: tuple[str, ...]


# The goal's file: the record layout users import (97 columns); beside it the narrow file
# the benchmark used until 2026-12-07 (16 columns), reported so the two can be compared.
FULL = Layout("FY2024 Q4 record layout", "LCA_Disclosure_Data_FY2024_Q4_bench", WIDE)
NARROW = Layout("16-column file", "LCA_Disclosure_Data_FY2024_bench", NARROW_COLUMNS)


def generated_file(layout: Layout, rows: int) -> Path:
    """The cached LCA CSV of `rows` rows in `layout`, generated on first use."""
    file = cached(layout.stem, ".csv", rows, generate_sql(layout.columns))
    if not file.exists():
        partial = file.with_suffix(".partial.csv")
        generate(partial, rows, layout.columns)
        partial.replace(file)
    return file


def _levelset_seconds(home: Path, file: Path, built: Path) -> tuple[float, float]:
    """Wall and CPU seconds (every thread of the process: DuckDB reads and writes on all
    cores) of one import into a copy of the same starting store."""
    from levelset.market.build import import_file
    from levelset.paths import Paths

    paths = Paths(home).ensure()
    shutil.copyfile(built, paths.market_db)  # the same starting store for every run
    shutil.rmtree(paths.imports, ignore_errors=True)
    start, cpu = time.perf_counter(), time.process_time()
    report = import_file(paths, "lca", file, progress=lambda label, fraction: None, now=wall_clock)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert report.rows == ROWS, report
    return seconds, cpu


def _pandas_seconds(file: Path, usecols: list[str] | None = None) -> tuple[float, float]:
    import pandas as pd

    start, cpu = time.perf_counter(), time.process_time()
    frame = pd.read_csv(file, usecols=usecols)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert len(frame) == ROWS
    return seconds, cpu


def _read_headers(file: Path) -> list[str]:
    """The headers of the columns the import reads, as the file spells them."""
    from levelset.market.loaders.lca import used
    from levelset.market.loaders.staging import plan_columns

    return [header for _, header in plan_columns(file, file.name, keep=used(2024))[2]]


def _duckdb_read_seconds(file: Path) -> tuple[float, float]:
    """Wall and CPU seconds of DuckDB reading, as the import reads them, the columns the
    import reads (every value counted, nothing kept)."""
    import duckdb

    from levelset.market.build_db import csv_source
    from levelset.market.loaders.lca import used
    from levelset.market.loaders.staging import plan_columns

    _header, columns, chosen = plan_columns(file, file.name, keep=used(2024))
    counts = ", ".join(f"count({name})" for name, _ in chosen)
    with duckdb.connect() as con:
        start, cpu = time.perf_counter(), time.process_time()
        found = con.execute(f"SELECT count(*), {counts} FROM {csv_source(file, columns)}")
        rows = found.fetchall()[0][0]
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert rows == ROWS
    return seconds, cpu


def _medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def _turn(file: Path, home: Path, built: Path, *, usecols: bool) -> dict[str, tuple[float, float]]:
    """One import, one pandas read (and one of the read columns alone), one bare read."""
    found = {
        "ours": _levelset_seconds(home, file, built),
        "pandas": _pandas_seconds(file),
        "bare": _duckdb_read_seconds(file),
    }
    if usecols:
        found["pandas_used"] = _pandas_seconds(file, _read_headers(file))
    return found


def run() -> list[Figure]:
    from levelset.market.build import rebuild
    from levelset.paths import Paths

    files = {layout: generated_file(layout, ROWS) for layout in (FULL, NARROW)}
    turns: dict[Layout, list[dict[str, tuple[float, float]]]] = {FULL: [], NARROW: []}
    with tempfile.TemporaryDirectory(prefix="levelset-bench-import-") as tmp:
        folder = Path(tmp)
        seed = Paths(folder / "seed").ensure()
        rebuild(seed, now=wall_clock)
        for _ in range(REPEAT):  # in turns, so a change in the load falls on all alike
            for layout, file in files.items():
                turns[layout].append(
                    _turn(file, folder / "home", seed.market_db, usecols=layout is FULL)
                )
    medians = {
        layout: {key: _medians([t[key] for t in found]) for key in found[0]}
        for layout, found in turns.items()
    }
    return [
        *_figures(FULL, files[FULL], medians[FULL], goal=True),
        *_figures(NARROW, files[NARROW], medians[NARROW], goal=False),
    ]


def _figures(
    layout: Layout, file: Path, found: dict[str, tuple[float, float]], *, goal: bool
) -> list[Figure]:
    (ours, ours_cpu), (theirs, theirs_cpu) = found["ours"], found["pandas"]
    floor, floor_cpu = found["bare"]
    rate, baseline = ROWS / ours, ROWS / theirs
    per_million = 1_000_000 / ROWS  # CPU figures are seconds per 1M rows
    size = f"{len(layout.columns)} columns, {file.stat().st_size / 1e6:,.0f} MB"
    target = f">= {GOAL_ROWS_PER_SECOND:,} rows/s and >= {GOAL_RATIO:g}x pandas.read_csv"
    figures = [
        Figure(
            name=f"import {ROWS:,}-row LCA CSV, {layout.label} ({size}; checked, stored, "
            "exact cells)",
            value=rate,
            unit="rows/s",
            baseline_name="pandas.read_csv rows/s",
            baseline_value=baseline,
            target=target if goal else f"reported (the goal's figure is the {FULL.label})",
            met=rate >= GOAL_ROWS_PER_SECOND and rate >= GOAL_RATIO * baseline if goal else None,
            higher_is_better=True,
        ),
        Figure(
            name=f"LCA import CPU seconds per 1M rows (all threads), {layout.label}",
            value=ours_cpu * per_million,
            unit="s",
            baseline_name="pandas.read_csv CPU s per 1M rows",
            baseline_value=theirs_cpu * per_million,
            target="reported (wall time on a shared machine mostly measures the load)",
            cpu=ours_cpu * per_million,
            baseline_cpu=theirs_cpu * per_million,
        ),
        Figure(
            name="DuckDB's bare read of the columns the import reads, CPU s per 1M rows, "
            f"{layout.label}",
            value=floor_cpu * per_million,
            unit="s",
            baseline_name="the whole LCA import, CPU s per 1M rows",
            baseline_value=ours_cpu * per_million,
            target="reported (the floor of an import through DuckDB's reader; its wall time "
            f"{floor:.2f} s against pandas' {theirs:.2f} s)",
            cpu=floor_cpu * per_million,
            baseline_cpu=ours_cpu * per_million,
        ),
    ]
    if "pandas_used" in found:
        used, used_cpu = found["pandas_used"]
        figures.append(
            Figure(
                name=f"LCA import rows/s against pandas.read_csv of the "
                f"{len(_read_headers(file))} columns it reads (usecols), {layout.label}",
                value=rate,
                unit="rows/s",
                baseline_name="pandas.read_csv(usecols=...) rows/s",
                baseline_value=ROWS / used,
                target=f"reported (CPU per 1M rows: pandas {used_cpu * per_million:.2f} s, "
                f"{theirs_cpu * per_million:.2f} s for every column; the import "
                f"{ours_cpu * per_million:.2f} s)",
                higher_is_better=True,
            )
        )
    return figures
