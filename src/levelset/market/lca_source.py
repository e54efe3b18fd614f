"""The LCA cell: certified full-time H-1B filings for a role's SOC codes and title words.

Empty until the user imports a DOL disclosure file. A level filters on the filing's
prevailing-wage level; a company on the employer name. Widened metro -> state -> nation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from levelset.errors import DataUnavailable
from levelset.market import lca_disclosure
from levelset.market.age import fiscal_year_end
from levelset.market.areas import Place, oews_areas
from levelset.market.employers import employer_key
from levelset.market.lca_cells import (
    COUNTED,
    area_key,
    as_found,
    level_number,
    lookup_sql,
    role_key,
    soc_numbers,
    title_filter,
)
from levelset.market.lca_span import MAX_EMPLOYERS
from levelset.market.levels import LevelMatch
from levelset.market.memo import per_question, per_store
from levelset.market.privacy import MIN_CELL, flags_of, suppress, withhold
from levelset.market.report import PERCENTILES, SourceRange, as_values
from levelset.market.roles import Fetcher, RoleMatch
from levelset.market.spec import Found, Query, SourceSpec
from levelset.market.twins import recorded
from levelset.market.widening import Step, area_chain, widened_note

BASIS = "offered base wage in the filing (an intent to hire, not a hire)"
LCA_NEIGHBOURS = "a wider or narrower area, another wage level or the same place's other employers"


@dataclass(frozen=True)
class LcaCell:
    range: SourceRange | None
    hidden: tuple[str, ...]
    widened: tuple[str, ...]


def lca_query(
    role: RoleMatch,
    level: LevelMatch | None,
    company: str | None,
    step: Step,
    years: tuple[int, int],
) -> tuple[str, list[Any]]:
    """SQL and parameters of one LCA cell; only the filters in use are written, so plain
    comparisons (year, state, wage level, SOC) reach the table scan before the string tests."""
    where = ["fiscal_year BETWEEN ? AND ?", COUNTED]
    params: list[Any] = [years[0], years[1]]
    if level is not None:
        where.append("wage_level = ?")
        params.append(level_number(level.bridge.wage_level))
    if step.state:
        where.append("worksite_state = ?")
        params.append(step.state)
    where.append(f"soc IN ({', '.join('?' for _ in role.soc_codes)})")
    params += soc_numbers(role.soc_codes)
    if step.cities:
        where.append(f"city IN ({', '.join('?' for _ in step.cities)})")
        params += list(step.cities)
    if company:
        where.append("contains(lower(employer_name), ?)")
        params.append(company.lower())
    where += title_filter(role)
    sql = (
        "SELECT count(*), quantile_cont(annual_wage, [0.1, 0.25, 0.5, 0.75, 0.9]), "
        f"max(dataset) FROM lca WHERE {' AND '.join(where)}"
    )
    return sql, params


_YEARS = recorded("SELECT min(fiscal_year), max(fiscal_year) FROM lca")


def fiscal_years(store: Fetcher) -> tuple[int, int] | None:
    """The first and last fiscal year of the stored filings; None before any LCA import."""

    def read() -> tuple[int, int] | None:
        low, high = store.fetch(_YEARS)[0]
        return None if low is None else (int(low), int(high))

    return per_store(store, "lca_years", read)


def lca_cell(
    store: Fetcher,
    role: RoleMatch,
    level: LevelMatch | None,
    place: Place | None,
    company: str | None,
    year: int | None,
) -> LcaCell:
    """The LCA range at the narrowest area with enough filings; None without LCA data."""
    bounds = fiscal_years(store)
    chain = area_chain(place, oews_areas(store))
    if bounds is None or not chain:
        return LcaCell(None, (), ())
    if year is not None and not bounds[0] <= year <= bounds[1]:
        span = f"FY{bounds[0]}" + (f"-FY{bounds[1]}" if bounds[1] != bounds[0] else "")
        return LcaCell(None, (f"LCA: no filings in FY{year}; the imported files cover {span}",), ())
    years = (year, year) if year else (bounds[1], bounds[1])
    steps = _answers(store, role, level, company, chain, years)
    hold = lca_disclosure.withheld(store, role, years[0], company)
    wage = level.bridge.wage_level if level is not None else None
    at = next(
        (i for i, (step, found) in enumerate(zip(chain, steps, strict=True))
         if int(found[0]) >= MIN_CELL and lca_disclosure.cell_key(step, wage, bool(company))
         not in hold),
        len(chain) - 1,
    )  # fmt: skip
    used, found = chain[at], steps[at]
    held = int(found[0]) >= MIN_CELL and lca_disclosure.cell_key(used, wage, bool(company)) in hold
    widened: tuple[str, ...] = ()
    if at:
        skipped = [s.name for s, f in zip(chain[:at], steps, strict=False) if int(f[0]) >= MIN_CELL]
        why = f"fewer than {MIN_CELL} filings" if not skipped else HELD_WHY
        widened = (widened_note("LCA", chain[0].name, used.name, why),)
    return _cell(found, used, years, widened, held, synthetic=_synthetic(store))


def _synthetic(store: Fetcher) -> frozenset[str]:
    """The LCA datasets imported from a file named synthetic (their release says so)."""
    sql = "SELECT name FROM datasets WHERE source = 'lca' AND release LIKE '%(synthetic)'"
    return per_store(store, "lca_synthetic", lambda: frozenset(str(n) for (n,) in store.fetch(sql)))


HELD_WHY = "withheld (other answers would single out a few filings)"


def _answers(
    store: Fetcher,
    role: RoleMatch,
    level: LevelMatch | None,
    company: str | None,
    chain: Sequence[Step],
    years: tuple[int, int],
) -> list[tuple[Any, ...]]:
    """(n, percentiles, dataset) of each step: stored cells, a company's answerable filings,
    or the filings themselves."""
    if company:
        return company_answers(store, role, level, company, chain, years[0])
    stored = _stored_cells(store, role, level, company, chain, years[0])
    if stored is not None:
        return stored
    return [store.fetch(*lca_query(role, level, company, step, years))[0] for step in chain]


def company_answers(
    store: Fetcher,
    role: RoleMatch,
    level: LevelMatch | None,
    company: str,
    chain: Sequence[Step],
    year: int,
) -> list[tuple[Any, ...]]:
    """A company's answer at each step, counting only the employers a company answer may
    count in each piece (lca_span)."""
    allowed = lca_disclosure.answerable(store, year)
    metros = lca_disclosure.metros_of(store)
    wage = (level.bridge.wage_level if level is not None else "") or ""
    asked = employer_key(company)
    keys: dict[str, str] = {}  # employer name -> key, worked out once per name
    kept = []
    rows = per_question(
        store,
        ("lca_company_rows", role.soc_codes, role.lca_words, year, asked),
        lambda: lca_disclosure.company_rows(store, role, year, asked),
    )  # one read for every level and area asked of the company
    for lvl, state, city, soc, counted, employer, pay, dataset in rows:
        atom = lca_disclosure.atom_of(lvl, state, city, metros)
        piece = (atom, int(soc), tuple(int(i) for i in counted or ()))
        key = keys.get(employer) or keys.setdefault(employer, employer_key(str(employer)))
        if asked in key and key in allowed.get(piece, ()) and (not wage or lvl == wage):
            kept.append((atom, float(pay), str(dataset)))
    out = []
    for step in chain:
        inside = [(w, d) for a, w, d in kept if lca_disclosure.inside(a, step, "")]
        cuts = lca_disclosure.quantiles([w for w, _ in inside], QUANTILE_POINTS)
        out.append((len(inside), cuts, max((d for _, d in inside), default=None)))
    return out


QUANTILE_POINTS = (0.1, 0.25, 0.5, 0.75, 0.9)


def _stored_cells(
    store: Fetcher,
    role: RoleMatch,
    level: LevelMatch | None,
    company: str | None,
    chain: Sequence[Step],
    year: int,
) -> list[tuple[Any, ...]] | None:
    """(n, percentiles, dataset) of each step from the cells computed at import (read once per
    store file, role, year and level, like the OEWS rows); None when they cannot answer (a
    company, or a role or area they were not built for)."""
    if company or not _cells_built_for(store, role, chain):
        return None
    wage_level = (level.bridge.wage_level if level is not None else "") or ""
    cells = per_store(
        store,
        ("lca_cells", role_key(role), year, wage_level),
        lambda: _read_cells(store, role_key(role), year, wage_level),
    )
    return [as_found(cells.get(area_key(step))) for step in chain]


def _read_cells(store: Fetcher, role: str, year: int, wage_level: str) -> dict[str, Any]:
    """Every area's cell of one role, year and wage level (a few hundred rows), by area."""
    rows = store.fetch(lookup_sql(), [role, year, wage_level])
    return {str(row[0]): row[1:] for row in rows}


def _cells_built_for(store: Fetcher, role: RoleMatch, chain: Sequence[Step]) -> bool:
    if any(step.cities and not step.state for step in chain):
        return False
    if len(role.soc_codes) == 1 and not role.lca_words:
        return True  # every SOC code alone has its cells
    built = per_store(store, "lca_cell_roles", lambda: _built_roles(store))
    return role_key(role) in built


def _built_roles(store: Fetcher) -> frozenset[str]:
    rows = store.fetch("SELECT value FROM lca_cell_meta WHERE key = 'role'")
    return frozenset(str(value) for (value,) in rows)


def _cell(
    found: tuple[Any, ...],
    step: Step,
    years: tuple[int, int],
    widened: tuple[str, ...],
    held: bool = False,
    *,
    synthetic: frozenset[str] = frozenset(),
) -> LcaCell:
    n, quantiles, dataset = found
    n = int(n)
    label = "LCA (H-1B filings)"
    values = dict(zip(PERCENTILES, quantiles or [None] * 5, strict=True))
    shown, suppression = suppress(n, values, label)
    if held:
        shown, suppression = withhold(shown, label, LCA_NEIGHBOURS)
    period = f"FY{years[0]}" if years[0] == years[1] else f"FY{years[0]}-FY{years[1]}"
    if dataset in synthetic:  # made-up filings must not pass for DOL's in a row of a table
        period = f"{period} (synthetic)"
    cell = SourceRange(
        source="lca",
        label=label,
        dataset=str(dataset or "lca"),
        area=step.name,
        period=period,
        basis=BASIS,
        n=n,
        n_label="certified filings",
        values=as_values(shown),
        flags=flags_of(n, suppression, widened),
        as_of=fiscal_year_end(years[1]),
    )
    return LcaCell(cell, (suppression.reason,) if suppression.reason else (), widened)


def find(store: Fetcher, query: Query) -> Found:
    """The LCA loader: one range at the narrowest area with enough filings, if any (kept per
    store version and question, as the crowd's)."""

    def compute() -> Found:
        cell = lca_cell(store, query.role, query.level, query.place, query.company, query.year)
        return Found((cell.range,) if cell.range else (), cell.hidden, cell.widened)

    return per_question(store, ("lca", query), compute)


def missing(store: Fetcher) -> DataUnavailable | None:
    """Asked for LCA alone before any import: say how to get the filings."""
    if fiscal_years(store) is not None:
        return None
    return DataUnavailable(
        "no LCA filings in the store",
        hint="import a DOL LCA disclosure file: levelset data import lca FILE",
    )


def lca_notes(query: Query, _ranges: Sequence[SourceRange]) -> list[str]:
    notes = [
        "LCA wages are what employers file for H-1B workers: base wage, an intent "
        "to hire rather than a hire."
    ]
    if query.company:
        notes.append(
            f"A company's own LCA filings are counted only for each fiscal year's "
            f"{MAX_EMPLOYERS} employers with the most filings, where enough of them fall in "
            "one place and role to show: a smaller employer shows no filings of its own."
        )
    return notes


SPEC = SourceSpec(
    key="lca",
    name="H-1B LCA filings",
    short="LCA",
    offer_name="LCA",
    basis="filed base wage",
    basis_plural="base wages in H-1B filings",
    unit="filings",
    licence="Public domain (U.S. federal government work)",
    notice="An LCA shows an intent to hire at a base wage, not a hire or total pay.",
    preference=3,
    loader=find,
    sample_noun="filings",
    caveat_rank=40,
    caveats=lca_notes,
    missing=missing,
)
