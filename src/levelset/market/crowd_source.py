"""The crowd cell: full-time, de-duplicated self-reported salaries for a role, level, country.

The store keeps one row per distinct submission (identical rows collapsed, see the crowd
loader), so n counts distinct submissions. The full-time rows of a role's titles are read
from DuckDB once per store file (a few thousand at most, sorted by salary); each query then
filters them by level, country, remote and years and takes percentiles with the same
definition as DuckDB's quantile_cont. A warm query therefore needs no SQL at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from levelset.bands import Band
from levelset.market.areas import Place
from levelset.market.curated import load
from levelset.market.disclosure import Atom, withheld
from levelset.market.levels import LevelMatch, crowd_codes
from levelset.market.memo import per_question, per_store
from levelset.market.privacy import MIN_TAILS, flags_of, may_show_interval, suppress, withhold
from levelset.market.report import LEVELS, PERCENTILES, MedianInterval, SourceRange, as_values
from levelset.market.roles import Fetcher, RoleMatch
from levelset.market.spec import Found, Query, SourceSpec
from levelset.market.stats import median_interval, quantile
from levelset.market.twins import json_lists, recorded, twin
from levelset.market.widening import widened_note, year_span
from levelset.once import once

BASIS = "salary (self-reported, converted to USD by the publisher)"

# ordered by every column read, so both stores list equal salaries alike; the shipped copy
# keeps each title as DuckDB lowers it (`title_key`)
_ROLE_ROWS = twin(
    """
SELECT work_year, experience_level, employee_residence, remote_ratio, salary_in_usd
FROM crowd
WHERE employment_type = 'FT' AND list_contains(?, lower(job_title))
ORDER BY salary_in_usd, work_year, experience_level, employee_residence NULLS LAST,
         remote_ratio NULLS LAST
""",
    """
SELECT work_year, experience_level, employee_residence, remote_ratio, salary_in_usd
FROM crowd
WHERE employment_type = 'FT' AND title_key IN (SELECT value FROM json_each(?))
ORDER BY salary_in_usd, work_year, experience_level, employee_residence NULLS LAST,
         remote_ratio NULLS LAST
""",
    params=json_lists,
)
_YEARS = recorded("SELECT min(work_year), max(work_year) FROM crowd")
_SNAPSHOT = recorded("SELECT any_value(snapshot), any_value(dataset) FROM crowd")

Row = tuple[int, str, str, int, float]


@dataclass(frozen=True)
class CrowdCell:
    range: SourceRange | None
    sample: tuple[float, ...]
    hidden: tuple[str, ...]
    widened: tuple[str, ...]


def year_bounds(store: Fetcher) -> tuple[int, int]:
    """The first and last work year in the crowd table (read once per store)."""

    def read() -> tuple[int, int]:
        low, high = store.fetch(_YEARS)[0]
        return int(low or 0), int(high or 0)

    return per_store(store, "crowd_years", read)


def default_years(store: Fetcher) -> tuple[int, int]:
    """The last two work years: recent enough to be current, wide enough to be counted."""
    last = year_bounds(store)[1]
    return (last - 1, last)


def crowd_titles(role: RoleMatch) -> list[str]:
    """Lowercased crowd job titles counted for the role (an O*NET role: its label alone).

    An O*NET role never counts a title a curated role counts, nor the words the user typed:
    "Lead Data Analyst" read as Data Analyst counts the rows titled "data analyst", as "Data
    Analyst" does. Any two roles' title sets are then the same or disjoint, so no two role
    answers can be subtracted from each other (with the typed title added, the two answers
    differed by the 1 to 4 people titled "lead data analyst"; issue 13).
    """
    if role.crowd_titles:
        return sorted({t.lower() for t in role.crowd_titles})
    return sorted({role.label.lower()} - _curated_titles())


@once
def _curated_titles() -> frozenset[str]:
    roles = load("roles")["roles"].values()
    return frozenset(str(t).lower() for role in roles for t in role["crowd_titles"])


def role_rows(store: Fetcher, role: RoleMatch) -> tuple[Row, ...]:
    """Full-time submissions of the role's titles, sorted by salary (read once per store)."""
    titles = crowd_titles(role)

    def read() -> tuple[Row, ...]:
        return tuple(
            (int(y), str(c), str(r or ""), int(m or 0), float(s))
            for y, c, r, m, s in store.fetch(_ROLE_ROWS, [titles])
        )

    return per_store(store, ("crowd_rows", tuple(titles)), read)


def snapshot_of(store: Fetcher) -> tuple[str, str]:
    """The crowd snapshot date and dataset name (read once per store)."""

    def read() -> tuple[str, str]:
        rows = store.fetch(_SNAPSHOT)
        return str(rows[0][0] or ""), str(rows[0][1] or "crowd")

    return per_store(store, "crowd_snapshot", read)


def crowd_cell(
    store: Fetcher,
    role: RoleMatch,
    level: LevelMatch | None,
    place: Place | None,
    year: int | None,
) -> CrowdCell:
    """The crowd range, widened to all years when the recent years are too thin."""
    rows = role_rows(store, role)
    if not rows:  # an O*NET role outside AI/ML/data: the crowd file has nobody with the title
        return CrowdCell(None, (), (f"crowd: no full-time submissions titled {role.label}",), ())
    years = (year, year) if year else default_years(store)
    sample = _kept_sample(store, role, rows, level, place, years)
    first, last = year_bounds(store)
    if year is not None and not first <= year <= last:
        note = f"crowd: no submissions in {year}; the file covers work years {first}-{last}"
        return CrowdCell(None, (), (note,), ())
    widened: list[str] = []
    if year is None and len(sample) < MIN_TAILS:
        wider = year_bounds(store)
        wider_sample = _kept_sample(store, role, rows, level, place, wider)
        if len(wider_sample) > len(sample):
            asked, used = year_span(years), year_span(wider)
            widened.append(widened_note("crowd", asked, used, f"only {len(sample)} submissions"))
            sample, years = wider_sample, wider
    if place is not None and place.kind in ("metro", "state"):
        kind = "cities" if place.kind == "metro" else "states"
        widened.append(
            widened_note("crowd", place.name, "United States", f"the crowd file has no {kind}")
        )
    key = _cell_key(level, place, years)
    hold = key in withheld_cells(store, role, place.country if place else "US")
    return _cell(sample, snapshot_of(store), years, place, tuple(widened), hold)


CellKey = tuple[tuple[str, ...] | None, tuple[int, int], bool]


def _cell_key(level: LevelMatch | None, place: Place | None, years: tuple[int, int]) -> CellKey:
    codes = tuple(sorted(level.crowd_codes)) if level else None
    return codes, years, bool(place and place.kind == "remote")


def withheld_cells(store: Fetcher, role: RoleMatch, country: str) -> frozenset[CellKey]:
    """The cells of a role and country that complementary suppression withholds.

    The family is every cell a query can ask for: each band's codes (or all), each single
    work year, the default years and every year, the whole country or its remote workers.
    """

    def compute() -> frozenset[CellKey]:
        counts: dict[Atom, int] = {}
        for work_year, code, residence, ratio, _salary in role_rows(store, role):
            if residence == country:
                atom = (code, work_year, ratio == 100)
                counts[atom] = counts.get(atom, 0) + 1
        return withheld(_family(store, counts), counts)

    return per_store(store, ("crowd_withheld", tuple(crowd_titles(role)), country), compute)


def _family(store: Fetcher, counts: dict[Atom, int]) -> dict[CellKey, frozenset[Atom]]:
    """Every cell a query can ask for, most asked first (the order decides who stays shown)."""
    first, last = year_bounds(store)
    singles = [(y, y) for y in range(last, first - 1, -1)]
    spans = list(dict.fromkeys([default_years(store), (first, last), *singles]))
    bands = [tuple(sorted(crowd_codes(b))) for b in _ASKED]
    code_sets: list[tuple[str, ...] | None] = list(dict.fromkeys([*bands[:2], None, *bands]))
    family: dict[CellKey, frozenset[Atom]] = {}
    for remote in (False, True):
        for low, high in spans:
            for codes in code_sets:
                family[(codes, (low, high), remote)] = frozenset(
                    a
                    for a in counts
                    if (codes is None or a[0] in codes)
                    and low <= a[1] <= high
                    and (a[2] or not remote)
                )
    return family


_ASKED = (Band.SENIOR, Band.MID, Band.STAFF, Band.ENTRY, Band.SENIOR_STAFF, Band.PRINCIPAL)


def _kept_sample(
    store: Fetcher,
    role: RoleMatch,
    rows: tuple[Row, ...],
    level: LevelMatch | None,
    place: Place | None,
    years: tuple[int, int],
) -> list[float]:
    """`_sample`, read once per store and cell (a warm query asks the same cells again)."""
    codes = tuple(sorted(level.crowd_codes)) if level else None
    country = place.country if place else "US"
    remote = bool(place and place.kind == "remote")
    key = ("crowd_sample", tuple(crowd_titles(role)), codes, country, remote, years)
    return list(per_store(store, key, lambda: tuple(_sample(rows, level, place, years))))


def _sample(
    rows: tuple[Row, ...], level: LevelMatch | None, place: Place | None, years: tuple[int, int]
) -> list[float]:
    """Salaries of the rows in the cell, still sorted."""
    codes = set(level.crowd_codes) if level else None
    country = place.country if place else "US"
    remote = bool(place and place.kind == "remote")
    first, last = years
    return [
        salary
        for work_year, code, residence, ratio, salary in rows
        if first <= work_year <= last
        and residence == country
        and (codes is None or code in codes)
        and (not remote or ratio == 100)
    ]


def _cell(
    sample: list[float],
    source: tuple[str, str],
    years: tuple[int, int],
    place: Place | None,
    widened: tuple[str, ...],
    hold: bool = False,
) -> CrowdCell:
    n = len(sample)
    label = "Crowd (ai-jobs.net)"
    cuts = [_cents(quantile(sample, LEVELS[k] / 100)) if sample else None for k in PERCENTILES]
    shown, suppression = suppress(n, dict(zip(PERCENTILES, cuts, strict=True)), label)
    if hold and not all(v is None for v in shown.values()):
        shown, suppression = withhold(shown, label)
    interval = median_interval(sample) if may_show_interval(n) and not hold else None
    area = place.name if place and place.kind in ("country", "remote") else "United States"
    wider = place is not None and place.kind in ("metro", "state")  # a national cell for a place
    snapshot, dataset = source
    cell = SourceRange(
        source="crowd",
        label=label,
        dataset=dataset,
        area=area,
        period=f"{year_span(years)} (snapshot {snapshot})" if snapshot else year_span(years),
        basis=BASIS,
        n=n,
        n_label="distinct submissions",
        values=as_values(shown),
        median_ci=MedianInterval.of(*interval) if interval else None,
        flags=flags_of(n, suppression, widened) + (("wider-area",) if wider else ()),
        as_of=_date(snapshot),
    )
    hidden = (suppression.reason,) if suppression.reason else ()
    return CrowdCell(cell, () if hold else tuple(sample), hidden, widened)


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _cents(value: float | None) -> float | None:
    """Interpolated percentiles rounded to cents: no binary noise in the JSON."""
    return None if value is None else round(float(value), 2)


def find(store: Fetcher, query: Query) -> Found:
    """The crowd's loader: one range, with its sample for the offer's share-below percentile.

    Kept per store version, role, level, place and year (what is withheld is decided in a
    fixed order per store, so the answer to a question never depends on the questions before)."""

    def compute() -> Found:
        cell = crowd_cell(store, query.role, query.level, query.place, query.year)
        return Found((cell.range,) if cell.range else (), cell.hidden, cell.widened, cell.sample)

    key = ("crowd", query.role, query.level, query.place, query.year)
    return per_question(store, key, compute)


def crowd_notes(query: Query, _ranges: Sequence[SourceRange]) -> list[str]:
    notes = [
        "Crowd salaries are self-reported to ai-jobs.net and not verified; only "
        "full-time submissions count, with repeated identical rows counted once."
    ]
    level = query.level
    if level is not None and len(level.crowd_codes) > 1:
        notes.append(
            f"The crowd file has no {level.band.label} code: submissions coded "
            f"{' and '.join(level.crowd_codes)} are counted."
        )
    return notes


SPEC = SourceSpec(
    key="crowd",
    name="ai-jobs.net crowd salaries",
    short="crowd",
    offer_name="the crowd",
    basis="self-reported salary",
    basis_plural="self-reported salaries",
    unit="people",
    licence="CC0 1.0 Universal (public domain dedication)",
    preference=1,
    loader=find,
    sample_noun="submissions",
    caveat_rank=20,
    caveats=crowd_notes,
)
