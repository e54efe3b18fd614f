"""The LCA cell: certified full-time H-1B filings for a role's SOC codes and title words.

Empty until the user imports a DOL disclosure file. A level filters on the filing's
prevailing-wage level; a company on the employer name. Widened metro -> state -> nation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from levelset.market.levels import LevelMatch
from levelset.market.memo import per_store
from levelset.market.places import Place, oews_areas
from levelset.market.privacy import MIN_CELL, suppress
from levelset.market.report import PERCENTILES, SourceRange
from levelset.market.roles import Fetcher, RoleMatch
from levelset.market.widening import Step, area_chain, widened_note

BASIS = "offered base wage in the filing (an intent to hire, not a hire)"


@dataclass(frozen=True)
class LcaCell:
    range: SourceRange | None
    hidden: tuple[str, ...]
    widened: tuple[str, ...]


def lca_sql(role: RoleMatch) -> str:
    """The filter and percentile SQL for a role: SOC codes and, when curated, title words."""
    groups = [
        " AND ".join(f"contains(lower(job_title), '{_word(w)}')" for w in words)
        for words in role.lca_words
    ]
    titles = f"AND (({') OR ('.join(groups)}))" if groups else ""
    return f"""
SELECT count(*), quantile_cont(annual_wage, [0.1, 0.25, 0.5, 0.75, 0.9]),
       min(fiscal_year), max(fiscal_year), any_value(dataset)
FROM lca
WHERE list_contains($socs, soc_code) {titles}
  AND starts_with(upper(case_status), 'CERTIFIED') AND full_time AND annual_wage > 0
  AND ($state IS NULL OR worksite_state = $state)
  AND ($cities IS NULL OR list_contains($cities, upper(worksite_city)))
  AND ($wage_level IS NULL OR pw_wage_level = $wage_level)
  AND ($employer IS NULL OR contains(lower(employer_name), $employer))
  AND fiscal_year BETWEEN $first AND $last
"""


def _word(word: str) -> str:
    return "".join(ch for ch in word.lower() if ch.isalnum() or ch in " +#")


def lca_cell(
    store: Fetcher,
    role: RoleMatch,
    level: LevelMatch | None,
    place: Place | None,
    company: str | None,
    year: int | None,
) -> LcaCell:
    """The LCA range at the narrowest area with enough filings; None without LCA data."""
    bounds = per_store(
        store,
        "lca_years",
        lambda: store.fetch("SELECT min(fiscal_year), max(fiscal_year) FROM lca")[0],
    )
    chain = area_chain(place, oews_areas(store))
    if bounds[0] is None or not chain:
        return LcaCell(None, (), ())
    years = (year, year) if year else (int(bounds[1]), int(bounds[1]))
    sql = lca_sql(role)
    found: tuple[Any, ...] = (0, None, None, None, None)
    used = chain[0]
    for step in chain:
        used = step
        found = store.fetch(sql, _params(role, level, company, step, years))[0]
        if int(found[0]) >= MIN_CELL:
            break
    widened: tuple[str, ...] = ()
    if used is not chain[0]:
        why = f"fewer than {MIN_CELL} filings"
        widened = (widened_note("LCA", chain[0].name, used.name, why),)
    return _cell(found, used, years, widened)


def _params(
    role: RoleMatch,
    level: LevelMatch | None,
    company: str | None,
    step: Step,
    years: tuple[int, int],
) -> dict[str, Any]:
    return {
        "socs": list(role.soc_codes),
        "state": step.state,
        "cities": list(step.cities) or None,
        "wage_level": level.bridge.wage_level if level else None,
        "employer": company.lower() if company else None,
        "first": years[0],
        "last": years[1],
    }


def _cell(
    found: tuple[Any, ...], step: Step, years: tuple[int, int], widened: tuple[str, ...]
) -> LcaCell:
    n, quantiles, _first, _last, dataset = found
    n = int(n)
    label = "LCA (H-1B filings)"
    values = dict(zip(PERCENTILES, quantiles or [None] * 5, strict=True))
    shown, suppression = suppress(n, values, label)
    period = f"FY{years[0]}" if years[0] == years[1] else f"FY{years[0]}-FY{years[1]}"
    cell = SourceRange(
        source="lca",
        label=label,
        dataset=str(dataset or "lca"),
        area=step.name,
        period=period,
        basis=BASIS,
        n=n,
        n_label="certified filings",
        values=shown,
        flags=tuple(f for f, on in (("hidden", suppression.any), ("widened", widened)) if on),
    )
    return LcaCell(cell, (suppression.reason,) if suppression.reason else (), widened)
