"""Range queries: a warm query against pandas, a 5-million-row LCA table, and CLI start-up.

1. `market_range_in("Machine Learning Engineer", "senior", "San Francisco")` in a warm
   process, against pandas answering the same query (crowd percentiles of the de-duplicated
   submissions, the OEWS rows of the role's SOC codes with the same mixture and bridge) on
   the same data: with the frames already in memory (the goal: 20x, under 5 ms), and as a
   straightforward script that reads the shipped files for each query (reported).
2. The same query over a store holding a generated table of 5 million LCA filings (written
   through the store's BuildDb API, its cells computed as an import computes them, and the
   store kept in the benchmark cache), against the same query on the store without LCA; and
   the LCA source alone, against the row-by-row query the cells replaced; and the CPU time
   of the first LCA range in the process, against it plus working out the year's span (what
   the first answer did before the import stored the span).
3. `levelset --help` in a fresh process, against `python -c pass`.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.cache import cached
from benchmarks.harness import Figure, median_seconds, wall_clock

LCA_ROWS = int(os.environ.get("LEVELSET_BENCH_LCA_ROWS", "5000000"))
QUERY = ("Machine Learning Engineer", "senior", "San Francisco")

GENERATE_LCA = """
INSERT INTO lca
SELECT 'I-200-' || lpad(CAST(i AS VARCHAR), 9, '0'), TRUE, 2024,
  [152051, 152051, 151252, 151252, 151221, 132011, 151252, 151221][i % 8 + 1],
  ['MACHINE LEARNING ENGINEER', 'SENIOR DATA SCIENTIST', 'SOFTWARE ENGINEER', 'DATA ENGINEER',
   'APPLIED SCIENTIST', 'ACCOUNTANT', 'SOFTWARE DEVELOPER', 'RESEARCH SCIENTIST'][i % 8 + 1],
  'EMPLOYER ' || CAST(i % 20000 AS VARCHAR),
  ['SAN FRANCISCO', 'SEATTLE', 'NEW YORK', 'AUSTIN', 'OAKLAND', 'BOSTON'][i // 32 % 6 + 1],
  ['CA', 'WA', 'NY', 'TX', 'CA', 'MA'][i // 32 % 6 + 1],
  i // 8 % 4 + 1, 90000 + (i * 37) % 180000, 'lca_generated'
FROM range(?) t(i)
"""


def _pandas_frames(shipped: Path) -> tuple[Any, Any]:
    """The crowd (de-duplicated like the store) and OEWS frames, read from the shipped files."""
    import pandas as pd

    crowd = pd.read_csv(shipped / "aijobs_salaries_2025-01-19.csv.gz").drop_duplicates()
    oews = pd.read_csv(shipped / "oews_may2025_tech_subset.csv.gz", dtype=str)
    return crowd, oews


def _pandas_query(crowd: Any, oews: Any, role: Any, level: Any, area: str) -> dict[str, Any]:
    """The same query as market_range_in, written plainly with pandas."""
    from levelset.market.report import PERCENTILES
    from levelset.market.stats import mixture_quantiles

    titles = {t.lower() for t in role.crowd_titles}
    mask = (
        (crowd["employment_type"] == "FT")
        & crowd["job_title"].str.lower().isin(titles)
        & crowd["experience_level"].isin(level.crowd_codes)
        & (crowd["employee_residence"] == "US")
        & crowd["work_year"].between(2024, 2025)
    )
    salaries = crowd.loc[mask, "salary_in_usd"]
    crowd_cuts = salaries.quantile([0.1, 0.25, 0.5, 0.75, 0.9]).tolist()
    socs = [s.replace("-", "") for s in role.soc_codes]
    rows = oews[
        (oews["industry_code"] == "000000") & oews["soc"].isin(socs) & (oews["area_code"] == area)
    ]
    parts = []
    for soc_weight in role.socs:
        row = rows[rows["soc"] == soc_weight.soc.replace("-", "")]
        points = [(float(p[1:]), float(row.iloc[0][f"a_{p}"])) for p in PERCENTILES]
        parts.append((soc_weight.weight, points))
    blend = mixture_quantiles(parts, [10, 25, 50, 75, 90, level.bridge.percentile])
    return {"crowd": crowd_cuts, "n": int(mask.sum()), "blend": blend}


def _warm_query_figures(store: Any, shipped: Path) -> list[Figure]:
    from levelset.market.levels import parse_level
    from levelset.market.places import resolve_place
    from levelset.market.ranges import market_range_in
    from levelset.market.titles import resolve_role

    ours = median_seconds(lambda: market_range_in(store, *QUERY), repeat=101, warmup=5)
    role, level = resolve_role(QUERY[0], store), parse_level(QUERY[1])
    area = resolve_place(QUERY[2], store).area.code  # type: ignore[union-attr]
    report = market_range_in(store, *QUERY)
    crowd, oews = _pandas_frames(shipped)
    check = _pandas_query(crowd, oews, role, level, area)
    assert check["n"] == report.ranges[0].n, (check["n"], report.ranges[0].n)

    def script() -> None:
        frames = _pandas_frames(shipped)
        _pandas_query(*frames, role, level, area)

    loaded = median_seconds(lambda: _pandas_query(crowd, oews, role, level, area), repeat=51)
    cold = median_seconds(script, repeat=5, warmup=1)
    return [
        Figure(
            name="warm range query vs pandas (frames in memory)",
            value=ours * 1000, unit="ms",
            baseline_name="pandas in-memory ms", baseline_value=loaded * 1000,
            target=">= 20x faster than pandas, median < 5 ms",
            met=ours * 20 <= loaded and ours < 0.005,
        ),
        Figure(
            name="warm range query vs pandas script (reads files)",
            value=ours * 1000, unit="ms",
            baseline_name="pandas script ms", baseline_value=cold * 1000,
            target="reported: pandas reading the shipped files per query", met=None,
        ),
    ]  # fmt: skip


def _lca_store(built: Path) -> Path:
    """A copy of `built` with LCA_ROWS generated filings and their cells (cached)."""
    import levelset.market.lca_cells as cells
    from levelset.market.build import shipped_fingerprint
    from levelset.market.build_db import BuildDb
    from levelset.market.loaders import lca_aggregates

    made_of = (LCA_ROWS, GENERATE_LCA, shipped_fingerprint())
    recipe = cells.cells_sql(cells.built_roles(), None, ["lca_generated"])
    big = cached("lca-store", ".duckdb", *made_of, recipe)
    if big.exists():
        return big
    partial = big.with_suffix(".partial")
    shutil.copyfile(built, partial)
    start = time.perf_counter()
    db = BuildDb(partial)
    db.run(GENERATE_LCA, [LCA_ROWS])
    generated = time.perf_counter()
    lca_aggregates.refresh(db, None)
    db.close()
    print(
        f"  generated {LCA_ROWS:,} LCA rows in {generated - start:.1f} s, "
        f"their cells in {time.perf_counter() - generated:.1f} s",
        file=sys.stderr,
    )
    partial.replace(big)
    return big


def _row_by_row(store: Any) -> None:
    """The LCA cell as it was read before the cells: filter and quantile the filings."""
    from levelset.market.areas import oews_areas
    from levelset.market.lca_source import fiscal_years, lca_query
    from levelset.market.levels import parse_level
    from levelset.market.places import resolve_place
    from levelset.market.privacy import MIN_CELL
    from levelset.market.titles import resolve_role
    from levelset.market.widening import area_chain

    role, level = resolve_role(QUERY[0], store), parse_level(QUERY[1])
    chain = area_chain(resolve_place(QUERY[2], store), oews_areas(store))
    year = fiscal_years(store)[1]  # type: ignore[index]
    for step in chain:
        if store.fetch(*lca_query(role, level, None, step, (year, year)))[0][0] >= MIN_CELL:
            break


def _lca_figures(built: Path) -> list[Figure]:
    from levelset.market.ranges import market_range_in
    from levelset.market.store import MarketStore

    plain, big = MarketStore(built), MarketStore(_lca_store(built))
    start = time.process_time()
    report = market_range_in(big, *QUERY, source="lca")
    first = time.process_time() - start
    assert report.ranges and report.ranges[0].n > 0, report.ranges
    span = _span_seconds(big)
    with_lca = median_seconds(lambda: market_range_in(big, *QUERY), repeat=101, warmup=5)
    without = median_seconds(lambda: market_range_in(plain, *QUERY), repeat=101, warmup=5)
    alone = median_seconds(lambda: market_range_in(big, *QUERY, source="lca"), repeat=101)
    rows = median_seconds(lambda: _row_by_row(big), repeat=7, warmup=1)
    plain.close()
    big.close()
    return [
        Figure(
            name=f"warm range query, {LCA_ROWS:,} LCA filings imported",
            value=with_lca * 1000, unit="ms",
            baseline_name="without LCA ms", baseline_value=without * 1000,
            target="median < 1 ms, within 1.5x of the store without LCA",
            met=with_lca < 0.001 and with_lca <= 1.5 * without,
        ),
        Figure(
            name=f"LCA range alone over {LCA_ROWS:,} filings",
            value=alone * 1000, unit="ms",
            baseline_name="row-by-row query ms", baseline_value=rows * 1000,
            target="median < 1 ms", met=alone < 0.001,
        ),
        Figure(
            name=f"first LCA range of a process over {LCA_ROWS:,} filings, CPU",
            value=first, unit="s",
            baseline_name="+ year span worked out on first use s", baseline_value=first + span,
            target="< 0.1 s CPU (the span is stored at import)", met=first < 0.1,
        ),
    ]  # fmt: skip


def _span_seconds(store: Any) -> float:
    """CPU time of working out the year's span from the filings, as the first LCA answer of
    a process did before the import stored it."""
    from levelset.market.areas import oews_areas
    from levelset.market.lca_cells import metro_steps
    from levelset.market.lca_disclosure import compute_span
    from levelset.market.lca_source import fiscal_years

    year = fiscal_years(store)[1]  # type: ignore[index]
    metros = metro_steps(oews_areas(store))
    start = time.process_time()
    compute_span(store, year, metros)
    return time.process_time() - start


def _cold_seconds(command: list[str], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _help_figure() -> Figure:
    script = Path(sys.executable).parent / "levelset"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "levelset.cli.main"]
    ours = _cold_seconds([*command, "--help"])
    python = _cold_seconds([sys.executable, "-c", "pass"])
    return Figure(
        name="levelset --help, cold process",
        value=ours, unit="s",
        baseline_name="python -c pass s", baseline_value=python,
        target="< 0.3 s", met=ours < 0.3,
    )  # fmt: skip


def run() -> list[Figure]:
    from levelset.market import build
    from levelset.market.build import open_market
    from levelset.paths import Paths

    with tempfile.TemporaryDirectory(prefix="levelset-bench-range-") as tmp:
        folder = Path(tmp)
        paths = Paths(folder / "home").ensure()
        store = open_market(paths, now=wall_clock)
        figures = _warm_query_figures(store, build.SHIPPED_DIR)
        store.close()
        figures += _lca_figures(paths.market_db)
    figures.append(_help_figure())
    return figures


if __name__ == "__main__":  # a quick look without the harness table
    for figure in run():
        print(figure)
