"""The crowd cell: full-time, de-duplicated self-reported salaries for a role, level, country.

The store keeps one row per distinct submission (identical rows collapsed, see the crowd
loader), so n counts distinct submissions. Percentiles are computed in DuckDB.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from levelset.market.levels import LevelMatch
from levelset.market.memo import per_store
from levelset.market.places import Place
from levelset.market.privacy import MIN_TAILS, may_show_interval, suppress
from levelset.market.report import PERCENTILES, MedianInterval, SourceRange
from levelset.market.roles import Fetcher, RoleMatch
from levelset.market.stats import median_interval
from levelset.market.widening import widened_note, year_span

BASIS = "salary (self-reported, converted to USD by the publisher)"

_SQL = """
SELECT count(*), quantile_cont(salary_in_usd, [0.1, 0.25, 0.5, 0.75, 0.9]),
       list(salary_in_usd), any_value(snapshot), any_value(dataset)
FROM crowd
WHERE employment_type = 'FT' AND list_contains($titles, lower(job_title))
  AND ($codes IS NULL OR list_contains($codes, experience_level))
  AND ($country IS NULL OR employee_residence = $country)
  AND (NOT $remote OR remote_ratio = 100)
  AND work_year BETWEEN $first AND $last
"""


@dataclass(frozen=True)
class CrowdCell:
    range: SourceRange | None
    sample: tuple[float, ...]
    hidden: tuple[str, ...]
    widened: tuple[str, ...]


def year_bounds(store: Fetcher) -> tuple[int, int]:
    """The first and last work year in the crowd table (read once per store)."""

    def read() -> tuple[int, int]:
        low, high = store.fetch("SELECT min(work_year), max(work_year) FROM crowd")[0]
        return int(low or 0), int(high or 0)

    return per_store(store, "crowd_years", read)


def default_years(store: Fetcher) -> tuple[int, int]:
    """The last two work years: recent enough to be current, wide enough to be counted."""
    last = year_bounds(store)[1]
    return (last - 1, last)


def crowd_titles(role: RoleMatch) -> list[str]:
    """Lowercased crowd job titles counted for the role (an O*NET role uses its own title)."""
    titles = role.crowd_titles or (role.label, role.text)
    return sorted({t.lower() for t in titles})


def crowd_cell(
    store: Fetcher,
    role: RoleMatch,
    level: LevelMatch | None,
    place: Place | None,
    year: int | None,
) -> CrowdCell:
    """The crowd range, widened to all years when the recent years are too thin."""
    years = (year, year) if year else default_years(store)
    params = _params(role, level, place, years)
    found = store.fetch(_SQL, params)[0]
    widened: list[str] = []
    if year is None and int(found[0]) < MIN_TAILS:
        wider = year_bounds(store)
        params.update(first=wider[0], last=wider[1])
        wider_found = store.fetch(_SQL, params)[0]
        if int(wider_found[0]) > int(found[0]):
            asked, used = year_span(years), year_span(wider)
            widened.append(widened_note("crowd", asked, used, f"only {found[0]} submissions"))
            found, years = wider_found, wider
    if place is not None and place.kind in ("metro", "state"):
        widened.append(
            widened_note("crowd", place.name, "United States", "the crowd file has no cities")
        )
    return _cell(found, years, place, tuple(widened))


def _params(
    role: RoleMatch, level: LevelMatch | None, place: Place | None, years: tuple[int, int]
) -> dict[str, Any]:
    return {
        "titles": crowd_titles(role),
        "codes": list(level.crowd_codes) if level else None,
        "country": place.country if place else "US",
        "remote": bool(place and place.kind == "remote"),
        "first": years[0],
        "last": years[1],
    }


def _cell(
    found: tuple[Any, ...], years: tuple[int, int], place: Place | None, widened: tuple[str, ...]
) -> CrowdCell:
    n, quantiles, values_found, snapshot, dataset = found
    n = int(n)
    sample = sorted(values_found or ())
    label = "Crowd (ai-jobs.net)"
    values = dict(zip(PERCENTILES, [_cents(q) for q in quantiles or [None] * 5], strict=True))
    shown, suppression = suppress(n, values, label)
    interval = median_interval(sample) if may_show_interval(n) else None
    area = place.name if place and place.kind in ("country", "remote") else "United States"
    if place is not None and not place.in_us and place.kind == "country":
        area = place.name
    cell = SourceRange(
        source="crowd",
        label=label,
        dataset=str(dataset or "crowd"),
        area=area,
        period=f"{year_span(years)} (snapshot {snapshot})" if snapshot else year_span(years),
        basis=BASIS,
        n=n,
        n_label="distinct submissions",
        values=shown,
        median_ci=MedianInterval(*interval) if interval and suppression.reason is None else None,
        flags=tuple(f for f, on in (("hidden", suppression.any), ("widened", widened)) if on),
    )
    hidden = (suppression.reason,) if suppression.reason else ()
    return CrowdCell(cell, tuple(sample), hidden, widened)


def _cents(value: float | None) -> float | None:
    """Interpolated percentiles rounded to cents: no binary noise in the JSON."""
    return None if value is None else round(float(value), 2)
