"""LCA cells: the count and exact percentiles of every cell a range query can ask for, stored
when filings are imported, so a query reads one row whatever the number of filings.

A cell is a role (its SOC codes and title words), a fiscal year, an area (a metro's principal
cities in its state, a state, or the nation, as `widening.area_chain` builds them) and a
prevailing-wage level ('' for every level). Percentiles are those of DuckDB's quantile_cont
over the cell's filings, to the last bit the numbers the row-by-row query gives, found from
each cell's ranks in bands of wage (see cells_sql). A query the cells cannot answer
(a company, an O*NET title with several SOC codes, a metro without a state) reads the filings
themselves.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from levelset.market.areas import Area, metro_place
from levelset.market.curated import load
from levelset.market.lca_lerp import LARGEST, SMALLEST  # the bounds the SQL's lerp holds to
from levelset.market.roles import Fetcher, RoleMatch, curated_role
from levelset.market.widening import Step, area_chain

QUANTILES = "[0.1, 0.25, 0.5, 0.75, 0.9]"
# The filings every LCA range counts: certified, full-time, with a wage (decided at import).
COUNTED = "counted"
WAGE_LEVELS = ("I", "II", "III", "IV")  # stored as 1-4
LEVEL_TEXT = "coalesce(['I', 'II', 'III', 'IV'][wage_level], '')"
LOWERED = "title_lower"  # a column of lower(job_title), where many roles' words are tested


def soc_numbers(codes: Iterable[str]) -> list[int]:
    """SOC codes as the lca table stores them: 15-2051 -> 152051 (-1, matching nothing, for a
    code that is not one)."""
    digits = [code.replace("-", "")[:6] for code in codes]
    return [int(d) if d.isdigit() and len(d) == 6 else -1 for d in digits]


def level_number(wage_level: str) -> int:
    """A wage level as the lca table stores it: 'I'..'IV' -> 1..4."""
    return WAGE_LEVELS.index(wage_level) + 1


def role_key(role: RoleMatch) -> str:
    """What an LCA cell of this role filters on: its SOC codes and title word groups."""
    words = ";".join(" ".join(group) for group in role.lca_words)
    return f"{','.join(role.soc_codes)}|{words}"


def area_key(step: Step) -> str:
    """The area of a widening step as the cells name it: 'CA|SAN FRANCISCO,OAKLAND', 'CA|', '|'."""
    return f"{step.state or ''}|{','.join(step.cities)}"


def title_filter(role: RoleMatch, lowered: str = "lower(job_title)") -> list[str]:
    """Every word of one of the role's word groups in the job title (curated roles only);
    `lowered`: the SQL of the title in lower case (a column holding it, in a statement that
    tests many roles: one lower() planned, not one per word)."""
    groups = [
        " AND ".join(f"contains({lowered}, '{_word(w)}')" for w in words)
        for words in role.lca_words
    ]
    return [f"(({') OR ('.join(groups)}))"] if groups else []


def _word(word: str) -> str:
    return "".join(ch for ch in word.lower() if ch.isalnum() or ch in " +#")


def built_roles() -> list[RoleMatch]:
    """The roles cells are built for: every curated role (one SOC code alone needs none)."""
    return [curated_role(key, key, "") for key in load("roles")["roles"]]


def metro_steps(areas: Sequence[Area]) -> list[Step]:
    """The first widening step of every OEWS metro, as a range query would take it."""
    steps = [area_chain(metro_place(area), tuple(areas))[0] for area in areas if area.kind == "M"]
    return [s for s in steps if s.cities]


def built_stamp(roles: Iterable[str], steps: Iterable[Step]) -> str:
    """Changes when the roles or the metros (and so the cells to build) change."""
    import hashlib  # OpenSSL's import: only where cells are built or checked, not per range

    keys = [*sorted(roles), "", *sorted({area_key(s) for s in steps})]
    return hashlib.sha256("\n".join(keys).encode()).hexdigest()[:16]


def _role_case(number: int, role: RoleMatch) -> str:
    socs = ", ".join(str(s) for s in soc_numbers(role.soc_codes))
    words = title_filter(role, LOWERED)
    test = f"soc IN ({socs})" + (f" AND {words[0]}" if words else "")
    return f"CASE WHEN {test} THEN {number} END"


def _sql_text(text: str) -> str:
    return text.replace("'", "''")


def _listed(names: Sequence[str]) -> str:
    return "[" + ", ".join(f"'{_sql_text(n)}'" for n in names) + "]"


# A SOC code alone is role -NNNNNN (its six digits), a curated role its number in the list;
# keys travel as numbers and short text through the aggregation, far cheaper than long text.
_SOC_ALONE = "-soc"
LERP = "levelset_lerp"  # lerp() below, registered on the build's connection
_BAND = 1000  # dollars: the width of the wage bands a cell's ranks are first found in
_ROLE_NAME = "printf('%02d-%04d|', (-role) // 10000, (-role) % 10000)"


# At most this many counted filings in scope: the cells by quantile_cont itself (direct_sql);
# the banded statement's planning costs more than sorting so few wages (issue 15).
DIRECT_LIMIT = 20_000


def direct_sql(
    roles: Sequence[RoleMatch], years: Sequence[int] | None, datasets: Sequence[str]
) -> str:
    """INSERT of the same cells as cells_sql, each aggregated by DuckDB's quantile_cont over its
    filings (the row-by-row query's own function): a statement far cheaper to plan, for
    imports of a few filings, dearer per filing (every filing is listed per role and area)."""
    names, head, counted = _parts(roles, years, datasets)
    return f"""
        INSERT INTO lca_cells
        {head}, by_role AS (
          SELECT unnest(t.roles) AS role, fiscal_year, worksite_state AS state,
            CASE WHEN m.city IS NOT NULL THEN l.city END AS city,
            coalesce(wage_level, 0) AS lv, CASE dataset {_codes(names)} END AS dataset,
            annual_wage
          FROM (SELECT * FROM lca WHERE {counted}) l
          JOIN titled t ON l.soc = t.soc AND l.job_title IS NOT DISTINCT FROM t.job_title
          LEFT JOIN metro_places m ON m.state = l.worksite_state AND m.city = l.city
        ), placed AS (
          SELECT role, fiscal_year, lv, dataset, annual_wage, 0 AS metro, '' AS state
            FROM by_role
          UNION ALL SELECT role, fiscal_year, lv, dataset, annual_wage, 0, state
            FROM by_role WHERE state IS NOT NULL
          UNION ALL SELECT role, fiscal_year, lv, dataset, annual_wage, m.metro, state
            FROM by_role JOIN lca_metro_cities m USING (state, city)
        ), cells AS (
          SELECT role, fiscal_year, metro, state, grouping(lv) AS every_level,
            coalesce(lv, 0) AS level, count(*) AS n, max(dataset) AS dataset,
            quantile_cont(annual_wage, CAST({QUANTILES} AS DOUBLE[])) AS cuts
          FROM placed
          GROUP BY GROUPING SETS ((role, fiscal_year, metro, state, lv),
            (role, fiscal_year, metro, state))
        )
        {_cells_out(roles, names, "cells")}
    """


def _parts(
    roles: Sequence[RoleMatch], years: Sequence[int] | None, datasets: Sequence[str]
) -> tuple[list[str], str, str]:
    """Both statements' dataset names, first CTEs (each distinct SOC code and title's roles,
    the metros' cities) and filter of the counted filings in scope."""
    cases = ", ".join([*(_role_case(i, r) for i, r in enumerate(roles, 1)), _SOC_ALONE])
    year_filter = f" AND fiscal_year IN ({', '.join(str(int(y)) for y in years)})" if years else ""
    counted = f"{COUNTED} AND soc IS NOT NULL AND fiscal_year IS NOT NULL{year_filter}"
    head = f"""WITH titled AS MATERIALIZED (
          SELECT soc, job_title, list_filter([{cases}], lambda r: r IS NOT NULL) AS roles
          FROM (SELECT *, lower(job_title) AS {LOWERED}
            FROM (SELECT DISTINCT soc, job_title FROM lca WHERE {counted}))
        ), metro_places AS (
          SELECT DISTINCT state, city FROM lca_metro_cities
        )"""
    return sorted(datasets), head, counted


def _codes(names: Sequence[str]) -> str:
    return " ".join(f"WHEN '{_sql_text(d)}' THEN {i}" for i, d in enumerate(names, 1))


def _cells_out(roles: Sequence[RoleMatch], names: Sequence[str], cells: str) -> str:
    """The stored rows of `cells` (role, fiscal_year, metro, state, every_level, level, n,
    cuts, dataset as numbers): keys back to text, in one order."""
    keys = _listed([role_key(r) for r in roles])
    return f"""SELECT CASE WHEN role > 0 THEN {keys}[role] ELSE {_ROLE_NAME} END, fiscal_year,
          CASE WHEN metro > 0 THEN a.area ELSE state || '|' END,
          CASE WHEN every_level = 1 THEN '' ELSE {_listed(WAGE_LEVELS)}[level] END, n, cuts,
          {_listed(names)}[dataset]
        FROM {cells} LEFT JOIN (SELECT metro, any_value(area) AS area FROM lca_metro_cities
          GROUP BY metro) a USING (metro)
        WHERE every_level = 1 OR level > 0
        ORDER BY 1, 2, 4, 3"""


def cells_sql(
    roles: Sequence[RoleMatch],
    years: Sequence[int] | None,
    datasets: Sequence[str],
    *,
    python_lerp: bool = False,
) -> str:
    """INSERT of the cells of `years` (every year when None) from the lca table.

    The counted filings are grouped once by everything a cell is made of and a band of wage
    (`_BAND` dollars): a group keeps its count and its wages. The roles of each distinct SOC
    code and job title are found once (a curated role whose codes and words it matches, and
    its own SOC code alone); each group is then listed once per role and once per area it lies
    in (the nation, its state, any metro whose principal cities include its city, from
    lca_metro_cities), per level and across levels (GROUPING SETS). The running count over a
    cell's bands tells which band holds each rank quantile_cont reads ((n - 1) x q, rounded
    down and up); only those bands' wages are sorted, and the percentile is interpolated as
    DuckDB's quantile_cont does, so the cells are the very numbers the row-by-row query gives
    (in SQL, market/lca_lerp.py; with `python_lerp` by lerp() below, registered as LERP, for
    wages outside the bounds that SQL needs). A cell cites the greatest dataset name among its
    filings, as the row-by-row query does.
    """
    names, head, counted = _parts(roles, years, datasets)
    cell = "role, fiscal_year, metro, state, every_level, level"
    fraction = "position - floor(position)"
    if python_lerp:
        between, picked = f"{LERP}(low, high, {fraction})", "picked"
    else:
        from levelset.market.lca_lerp import lerped

        between = "between"
        picked = lerped(
            f"(SELECT *, {fraction} AS fraction FROM picked)", "low", "high", "fraction", between
        )
    return f"""
        INSERT INTO lca_cells
        {head}, role_sets AS MATERIALIZED (
          SELECT roles, row_number() OVER () AS role_set FROM (SELECT DISTINCT roles FROM titled)
        ), grouped AS MATERIALIZED (
          SELECT r.role_set, fiscal_year, worksite_state AS state,
            CASE WHEN m.city IS NOT NULL THEN l.city END AS city,
            coalesce(wage_level, 0) AS lv, CASE dataset {_codes(names)} END AS dataset,
            floor(annual_wage / {_BAND}) AS band, count(*) AS n, list(annual_wage) AS wages
          FROM (SELECT * FROM lca WHERE {counted}) l
          JOIN titled t ON l.soc = t.soc AND l.job_title IS NOT DISTINCT FROM t.job_title
          JOIN role_sets r ON r.roles = t.roles
          LEFT JOIN metro_places m ON m.state = l.worksite_state AND m.city = l.city
          GROUP BY ALL
        ), numbered AS MATERIALIZED (
          SELECT row_number() OVER () AS kept, * FROM grouped
        ), by_role AS (
          SELECT unnest(r.roles) AS role, fiscal_year, state, city, lv, dataset, band, n, kept
          FROM numbered g JOIN role_sets r USING (role_set)
        ), placed AS MATERIALIZED (
          SELECT role, fiscal_year, lv, band, n, kept, dataset, 0 AS metro, '' AS state
            FROM by_role
          UNION ALL SELECT role, fiscal_year, lv, band, n, kept, dataset, 0, state
            FROM by_role WHERE state IS NOT NULL
          UNION ALL SELECT role, fiscal_year, lv, band, n, kept, dataset, m.metro, state
            FROM by_role JOIN lca_metro_cities m USING (state, city)
        ), banded AS (
          SELECT role, fiscal_year, metro, state, grouping(lv) AS every_level,
            coalesce(lv, 0) AS level, band, sum(n) AS n, max(dataset) AS dataset
          FROM placed
          GROUP BY GROUPING SETS ((role, fiscal_year, metro, state, lv, band),
            (role, fiscal_year, metro, state, band))
        ), running AS (
          SELECT *, sum(n) OVER (PARTITION BY {cell} ORDER BY band
              ROWS UNBOUNDED PRECEDING) - n AS below,
            sum(n) OVER (PARTITION BY {cell}) AS total
          FROM banded
        ), ranks AS (
          SELECT *, CAST(total - 1 AS DOUBLE) * q AS position
          FROM running, unnest(CAST({QUANTILES} AS DOUBLE[])) AS q(q)
        ), wanted AS (
          SELECT {cell}, band, below, q, position, rank
          FROM ranks, unnest([floor(position), ceil(position)]) AS r(rank)
          WHERE rank >= below AND rank < below + n
        ), sorted AS (
          SELECT role, fiscal_year, metro, state, grouping(lv) AS every_level,
            coalesce(lv, 0) AS level, band, list_sort(flatten(list(wages))) AS wages
          FROM placed p JOIN (SELECT kept, wages FROM numbered) USING (kept)
          WHERE EXISTS (SELECT 1 FROM wanted w WHERE w.role = p.role
            AND w.fiscal_year = p.fiscal_year AND w.metro = p.metro AND w.state = p.state
            AND w.band = p.band)
          GROUP BY GROUPING SETS ((role, fiscal_year, metro, state, lv, band),
            (role, fiscal_year, metro, state, band))
        ), picked AS MATERIALIZED (
          SELECT {cell}, q, position,
            min(s.wages[CAST(rank - below AS BIGINT) + 1]) FILTER (rank = floor(position)) AS low,
            min(s.wages[CAST(rank - below AS BIGINT) + 1]) FILTER (rank = ceil(position)) AS high
          FROM wanted w JOIN sorted s USING ({cell}, band)
          GROUP BY ALL
        ), cut AS MATERIALIZED (
          SELECT {cell}, list(CASE WHEN floor(position) = ceil(position) THEN low
              ELSE {between} END ORDER BY q) AS cuts
          FROM {picked} GROUP BY ALL
        ), cells AS (
          SELECT {cell}, sum(n) AS n, max(dataset) AS dataset
          FROM banded GROUP BY ALL
        ), joined AS (
          SELECT * FROM cells JOIN cut USING ({cell})
        )
        {_cells_out(roles, names, "joined")}
    """


def lerp(low: float, high: float, fraction: float) -> float:
    """`fraction` of the way from `low` to `high` exactly as DuckDB's quantile_cont rounds it:
    low x (1 - fraction) + high x fraction with the first product unrounded (a fused
    multiply-add), so a cell's percentiles are the row-by-row query's to the last bit."""
    weight, scaled = 1.0 - fraction, high * fraction
    product = low * weight
    if not math.isfinite(product + scaled):  # infinite or not a number: nothing to round
        return product + scaled
    if _splittable(low) and _splittable(weight):
        return math.fsum((product, _product_error(low, weight, product), scaled))
    from fractions import Fraction  # wages far outside any pay: exact, slower

    return float(Fraction(low) * Fraction(weight) + Fraction(scaled))


def _splittable(value: float) -> bool:
    return value == 0 or SMALLEST < abs(value) < LARGEST


def _product_error(a: float, b: float, product: float) -> float:
    """a x b - product, exactly (Dekker's two-product: no overflow or underflow here)."""
    a_high, a_low = _split(a)
    b_high, b_low = _split(b)
    return ((a_high * b_high - product) + a_high * b_low + a_low * b_high) + a_low * b_low


def _split(value: float) -> tuple[float, float]:
    scaled = 134217729.0 * value  # 2**27 + 1: the halves of a double's 53-bit significand
    high = scaled - (scaled - value)
    return high, value - high


def metro_rows(steps: Sequence[Step]) -> list[tuple[int, str, str, str]]:
    """(metro number, area key, state, city) of every principal city of every metro, once."""
    keys = sorted({area_key(s) for s in steps if s.state})
    number = {key: i for i, key in enumerate(keys, 1)}
    rows = {
        (number[area_key(s)], area_key(s), s.state or "", city)
        for s in steps
        for city in s.cities
        if city and s.state
    }
    return sorted(rows)


def stored_stamp(fetcher: Fetcher) -> str | None:
    rows = fetcher.fetch("SELECT value FROM lca_cell_meta WHERE key = 'built_for'")
    return str(rows[0][0]) if rows else None


def lookup_sql() -> str:
    """The cells of one role, fiscal year and wage level, in every area."""
    return (
        "SELECT area, n, cuts, dataset FROM lca_cells "
        "WHERE role = ? AND fiscal_year = ? AND wage_level = ?"
    )


def as_found(row: Sequence[Any] | None) -> tuple[Any, ...]:
    """(n, percentiles, dataset) of a stored cell; an absent cell has no filings."""
    return (0, None, None) if row is None else (row[0], row[1], row[2])
