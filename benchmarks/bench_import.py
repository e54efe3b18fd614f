"""Importing a generated 1-million-row LCA disclosure CSV, against pandas.read_csv of the file.

Both read the same file in the same run. levelset's import does more than parse: it checks
every row (wage numbers, wage units, SOC codes), converts wages to a year, writes the rows into
a copy of the market store, computes the LCA cells of the year (count and exact percentiles per
role, area and wage level), keeps a copy of the file for rebuilds, and swaps the store in.
A third reading in the same turns, DuckDB's bare read of the columns the import reads, is the
floor of any import through DuckDB's reader.

The goal is the issue's, ">= 1,000,000 rows/s and >= 2x pandas.read_csv". On two cores, 2x
pandas needs the whole import at about pandas' own CPU; the insert that checks and stores the
rows takes about that alone (the cells, found by rank in bands of wage, a fifth of it). A
restatement (">= 500,000 rows/s and >= 1x") was proposed and is not adopted: the goal stands.
Where each phase's CPU goes: docs/performance.md ("The LCA import, phase by phase", "The LCA
import, a fresh look", "The LCA import, a third look", "The LCA import, a fourth look").

The file is generated once into the benchmark cache (benchmarks/cache.py), not the repository.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.cache import cached
from benchmarks.harness import Figure, wall_clock

ROWS = int(os.environ.get("LEVELSET_BENCH_IMPORT_ROWS", "1000000"))
REPEAT = 3  # median of three runs each

# One LCA-format row per i: a mix of titles, SOC codes, states, yearly and hourly wages.
GENERATE = """
COPY (
  SELECT 'I-200-' || lpad(CAST(i AS VARCHAR), 9, '0') AS CASE_NUMBER,
    CASE WHEN i % 10 = 0 THEN 'Withdrawn' ELSE 'Certified' END AS CASE_STATUS,
    CAST(DATE '2023-10-01' + CAST(i % 360 AS INTEGER) AS VARCHAR) AS RECEIVED_DATE,
    CAST(DATE '2023-10-08' + CAST(i % 360 AS INTEGER) AS VARCHAR) AS DECISION_DATE,
    'H-1B' AS VISA_CLASS,
    ['MACHINE LEARNING ENGINEER', 'DATA SCIENTIST', 'SOFTWARE ENGINEER',
     'APPLIED SCIENTIST'][i % 4 + 1] AS JOB_TITLE,
    ['15-2051.00', '15-2051.00', '15-1252.00', '15-1221.00'][i % 4 + 1] AS SOC_CODE,
    ['Data Scientists', 'Data Scientists', 'Software Developers',
     'Computer and Information Research Scientists'][i % 4 + 1] AS SOC_TITLE,
    'Y' AS FULL_TIME_POSITION,
    'EMPLOYER ' || CAST(i % 5000 AS VARCHAR) || ', INC.' AS EMPLOYER_NAME,
    ['San Francisco', 'Seattle', 'New York', 'Austin', 'Boston'][i % 5 + 1] AS WORKSITE_CITY,
    ['CA', 'WA', 'NY', 'TX', 'MA'][i % 5 + 1] AS WORKSITE_STATE,
    CASE WHEN i % 7 = 0 THEN CAST(40 + i % 60 AS VARCHAR)
      ELSE CAST(90000 + (i * 37) % 150000 AS VARCHAR) END AS WAGE_RATE_OF_PAY_FROM,
    '' AS WAGE_RATE_OF_PAY_TO,
    CASE WHEN i % 7 = 0 THEN 'Hour' ELSE 'Year' END AS WAGE_UNIT_OF_PAY,
    ['I', 'II', 'III', 'IV'][i % 4 + 1] AS PW_WAGE_LEVEL
  FROM range(?) t(i)
) TO '{file}' (HEADER, DELIMITER ',')
"""


GOAL_ROWS_PER_SECOND = 1_000_000
GOAL_RATIO = 2.0


def generate(file: Path, rows: int) -> None:
    """Write an LCA-format CSV of `rows` rows (DuckDB writes it in a second or two)."""
    import duckdb

    with duckdb.connect() as con:
        con.execute(GENERATE.format(file=str(file).replace("'", "''")), [rows])


def generated_file(rows: int) -> Path:
    """The cached LCA CSV of `rows` rows, generated on first use."""
    file = cached("LCA_Disclosure_Data_FY2024_bench", ".csv", rows, GENERATE)
    if not file.exists():
        partial = file.with_suffix(".partial.csv")
        generate(partial, rows)
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


def _pandas_seconds(file: Path) -> tuple[float, float]:
    import pandas as pd

    start, cpu = time.perf_counter(), time.process_time()
    frame = pd.read_csv(file)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert len(frame) == ROWS
    return seconds, cpu


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


def run() -> list[Figure]:
    from levelset.market.build import rebuild
    from levelset.paths import Paths

    file = generated_file(ROWS)
    with tempfile.TemporaryDirectory(prefix="levelset-bench-import-") as tmp:
        folder = Path(tmp)
        seed = Paths(folder / "seed").ensure()
        rebuild(seed, now=wall_clock)
        home = folder / "home"
        runs = [  # in turns, so a change in the machine's load falls on all alike
            (
                _levelset_seconds(home, file, seed.market_db),
                _pandas_seconds(file),
                _duckdb_read_seconds(file),
            )
            for _ in range(REPEAT)
        ]
        ours, ours_cpu = _medians([r[0] for r in runs])
        theirs, theirs_cpu = _medians([r[1] for r in runs])
        floor, floor_cpu = _medians([r[2] for r in runs])
    rate, baseline = ROWS / ours, ROWS / theirs
    per_million = 1_000_000 / ROWS  # CPU figures are seconds per 1M rows
    return [
        Figure(
            name=f"import {ROWS:,}-row LCA CSV (checked, stored, exact cells)",
            value=rate,
            unit="rows/s",
            baseline_name="pandas.read_csv rows/s",
            baseline_value=baseline,
            target=f">= {GOAL_ROWS_PER_SECOND:,} rows/s and >= {GOAL_RATIO:g}x pandas.read_csv",
            met=rate >= GOAL_ROWS_PER_SECOND and rate >= GOAL_RATIO * baseline,
            higher_is_better=True,
        ),
        Figure(
            name="LCA import CPU seconds per 1M rows (all threads)",
            value=ours_cpu * per_million,
            unit="s",
            baseline_name="pandas.read_csv CPU s per 1M rows",
            baseline_value=theirs_cpu * per_million,
            target="reported (wall time on a shared machine mostly measures the load)",
            cpu=ours_cpu * per_million,
            baseline_cpu=theirs_cpu * per_million,
        ),
        Figure(
            name="DuckDB's bare read of the columns the import reads, CPU s per 1M rows",
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
