"""LCA cells: the count and exact percentiles of every cell a range query can ask for, stored
when filings are imported, so a query reads one row whatever the number of filings.

A cell is a role (its SOC codes and title words), a fiscal year, an area (a metro's principal
cities in its state, a state, or the nation, as `widening.area_chain` builds them) and a
prevailing-wage level ('' for every level). Percentiles are DuckDB's quantile_cont over the
cell's filings, the very numbers the row-by-row query gives. A query the cells cannot answer
(a company, an O*NET title with several SOC codes, a metro without a state) reads the filings
themselves.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

from levelset.market.areas import Area, metro_place
from levelset.market.curated import load
from levelset.market.roles import Fetcher, RoleMatch, curated_role
from levelset.market.widening import Step, area_chain

QUANTILES = "[0.1, 0.25, 0.5, 0.75, 0.9]"
# The filings every LCA range counts: certified, full-time, with a wage (decided at import).
COUNTED = "counted"
WAGE_LEVELS = ("I", "II", "III", "IV")  # stored as 1-4
LEVEL_TEXT = "coalesce(['I', 'II', 'III', 'IV'][wage_level], '')"


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


def title_filter(role: RoleMatch) -> list[str]:
    """Every word of one of the role's word groups in the job title (curated roles only)."""
    groups = [
        " AND ".join(f"contains(lower(job_title), '{_word(w)}')" for w in words)
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
    keys = [*sorted(roles), "", *sorted({area_key(s) for s in steps})]
    return hashlib.sha256("\n".join(keys).encode()).hexdigest()[:16]


def _role_case(number: int, role: RoleMatch) -> str:
    socs = ", ".join(str(s) for s in soc_numbers(role.soc_codes))
    words = title_filter(role)
    test = f"soc IN ({socs})" + (f" AND {words[0]}" if words else "")
    return f"CASE WHEN {test} THEN {number} END"


def _sql_text(text: str) -> str:
    return text.replace("'", "''")


def _listed(names: Sequence[str]) -> str:
    return "[" + ", ".join(f"'{_sql_text(n)}'" for n in names) + "]"


# A SOC code alone is role -NNNNNN (its six digits), a curated role its number in the list;
# keys travel as numbers and short text through the aggregation, far cheaper than long text.
_SOC_ALONE = "-soc"
_ROLE_NAME = "printf('%02d-%04d|', (-role) // 10000, (-role) % 10000)"


def cells_sql(
    roles: Sequence[RoleMatch], years: Sequence[int] | None, datasets: Sequence[str]
) -> str:
    """INSERT of the cells of `years` (every year when None) from the lca table.

    The roles of each distinct SOC code and job title are found once (a curated role whose
    codes and words it matches, and its own SOC code alone); each counted filing is then
    listed once per role, and once per area it lies in (the nation, its state, any metro whose
    principal cities include its city, from lca_metro_cities); percentiles are taken per level
    and across levels with GROUPING SETS. A cell cites the greatest dataset name among its
    filings, as the row-by-row query does.
    """
    names = sorted(datasets)
    code = " ".join(f"WHEN '{_sql_text(d)}' THEN {i}" for i, d in enumerate(names, 1))
    cases = ", ".join([*(_role_case(i, r) for i, r in enumerate(roles, 1)), _SOC_ALONE])
    keys = _listed([role_key(r) for r in roles])
    year_filter = f" AND fiscal_year IN ({', '.join(str(int(y)) for y in years)})" if years else ""
    counted = f"{COUNTED} AND soc IS NOT NULL AND fiscal_year IS NOT NULL{year_filter}"
    return f"""
        INSERT INTO lca_cells
        WITH titled AS (
          SELECT soc, job_title, list_filter([{cases}], lambda r: r IS NOT NULL) AS roles
          FROM (SELECT DISTINCT soc, job_title FROM lca WHERE {counted})
        ), by_role AS (
          SELECT unnest(t.roles) AS role, fiscal_year, worksite_state AS state, city,
            wage_level AS level, annual_wage AS wage, CASE dataset {code} END AS dataset
          FROM (SELECT * FROM lca WHERE {counted}) l JOIN titled t
            ON l.soc = t.soc AND l.job_title IS NOT DISTINCT FROM t.job_title
        ), placed AS (
          SELECT role, fiscal_year, level, wage, dataset, 0 AS metro, '' AS state FROM by_role
          UNION ALL SELECT role, fiscal_year, level, wage, dataset, 0, state
            FROM by_role WHERE state IS NOT NULL
          UNION ALL SELECT role, fiscal_year, level, wage, dataset, m.metro, state
            FROM by_role JOIN lca_metro_cities m USING (state, city)
        ), cells AS (
          SELECT role, fiscal_year, metro, state, grouping(level) AS every_level, level,
            count(*) AS n, quantile_cont(wage, {QUANTILES}) AS cuts, max(dataset) AS dataset
          FROM placed
          GROUP BY GROUPING SETS ((role, fiscal_year, metro, state, level),
            (role, fiscal_year, metro, state))
        )
        SELECT CASE WHEN role > 0 THEN {keys}[role] ELSE {_ROLE_NAME} END, fiscal_year,
          CASE WHEN metro > 0 THEN (SELECT any_value(area) FROM lca_metro_cities m
            WHERE m.metro = cells.metro) ELSE state || '|' END,
          CASE WHEN every_level = 1 THEN '' ELSE {_listed(WAGE_LEVELS)}[level] END, n, cuts,
          {_listed(names)}[dataset]
        FROM cells WHERE every_level = 1 OR level IS NOT NULL
        ORDER BY 1, 2, 4, 3
    """


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
