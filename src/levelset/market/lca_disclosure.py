"""Complementary suppression for LCA filings, over every area, level and company a query can ask.

An LCA answer is the filings of one role and fiscal year in an area (a metro's principal
cities, a state, the nation) at one prevailing-wage level or all, optionally of one company.
Areas nest (metro in state in nation) and levels add up to all levels, so a metro's answer
subtracted from its state's, or four levels from the whole, could single out a few filings.
The atoms are (level, state, the metros a city belongs to); every answer is a sum of atoms,
and `disclosure.Span` keeps only answers that no weighted sum of shown answers can narrow to
1 to MIN_CELL - 1 filings (the most asked first: all levels before one, nation before state
before metro).

A company is free text, so two company answers can split employers any way. An employer (one
key however its filings spell it: "Google LLC", "GOOGLE LLC", "Google, Inc."; employers.py) is
therefore counted in a company answer only in atoms where it holds MIN_CELL filings or more,
and only while the atom's other filings are none or MIN_CELL or more (the smallest employers
join the rest until they are): every piece a company answer can cut out of an atom holds 0 or
at least MIN_CELL filings, whichever company strings are compared. The company's answers are
then checked against the areas and levels like any other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from typing import Any, cast

from levelset.market.disclosure import Span
from levelset.market.employers import SEARCH_SQL, employer_key
from levelset.market.lca_cells import COUNTED, LEVEL_TEXT, metro_steps, soc_numbers, title_filter
from levelset.market.memo import per_store
from levelset.market.places import oews_areas
from levelset.market.privacy import MIN_CELL
from levelset.market.roles import Fetcher, RoleMatch
from levelset.market.widening import Step

LEVELS = ("", "I", "II", "III", "IV")  # '' asks for every level
AtomKey = tuple[str, str, tuple[str, ...]]  # level, state, the metros its city is in
CellKey = tuple[str, str, bool]  # area key, level asked, company or not


def cell_key(step: Step, level: str | None, company: bool) -> CellKey:
    return (f"{step.state or ''}|{','.join(step.cities)}", level or "", company)


def withheld(store: Fetcher, role: RoleMatch, year: int, company: str | None) -> frozenset[CellKey]:
    """The LCA answers of a role, year (and company) that complementary suppression hides."""
    key = ("lca_withheld", role.soc_codes, role.lca_words, year, employer_key(company or ""))
    return per_store(store, key, lambda: _withheld(store, role, year, company))


def answerable(store: Fetcher, role: RoleMatch, year: int) -> dict[AtomKey, frozenset[str]]:
    """Per atom, the employers a company answer may count there."""
    key = ("lca_answerable", role.soc_codes, role.lca_words, year)
    return per_store(store, key, lambda: _answerable(_employer_counts(store, role, year)))


def atom_of(level: str | None, state: str | None, city: str | None, store: Fetcher) -> AtomKey:
    return (level or "", state or "", _metros_of(store).get((state or "", city or ""), ()))


def _withheld(
    store: Fetcher, role: RoleMatch, year: int, company: str | None
) -> frozenset[CellKey]:
    employers = _employer_counts(store, role, year) if company else {}
    atoms = _atom_counts(store, role, year, employers)
    cells: dict[CellKey, frozenset[Hashable]] = {}
    steps = _steps(store)
    for level in LEVELS:
        for step in steps:
            cells[cell_key(step, level, False)] = frozenset(
                a for a in atoms if inside(a, step, level)
            )
    counts = cast(dict[Hashable, int], dict(atoms))
    if company:
        counts, cells = _with_company(
            employers, cells, steps, employer_key(company), role, store, year
        )
    span = Span({a: n for a, n in counts.items() if n > 0})
    out = set()
    for key, cell in cells.items():
        if sum(counts.get(a, 0) for a in cell) >= MIN_CELL and not span.add(cell):
            out.add(key)
    return frozenset(out)


def _with_company(
    employers: dict[tuple[AtomKey, str], int],
    cells: dict[CellKey, frozenset[Hashable]],
    steps: Sequence[Step],
    company: str,
    role: RoleMatch,
    store: Fetcher,
    year: int,
) -> tuple[dict[Hashable, int], dict[CellKey, frozenset[Hashable]]]:
    """Atoms split into pieces: each answerable employer, and the rest of the atom."""
    allowed = answerable(store, role, year)
    pieces: dict[Hashable, int] = defaultdict(int)
    for (atom, employer), n in employers.items():
        pieces[(atom, employer if employer in allowed.get(atom, ()) else "")] += n
    by_atom: dict[Hashable, list[Hashable]] = defaultdict(list)
    for piece in pieces:
        by_atom[piece[0]].append(piece)  # type: ignore[index]
    split = {k: frozenset(p for a in cell for p in by_atom[a]) for k, cell in cells.items()}
    for level in LEVELS:
        for step in steps:
            split[cell_key(step, level, True)] = frozenset(
                p
                for a in cells[cell_key(step, level, False)]
                for p in by_atom[a]
                if p[1] and company in p[1]  # type: ignore[index]
            )
    return dict(pieces), split


def _answerable(employers: dict[tuple[AtomKey, str], int]) -> dict[AtomKey, frozenset[str]]:
    by_atom: dict[AtomKey, dict[str, int]] = defaultdict(dict)
    for (atom, employer), n in employers.items():
        by_atom[atom][employer] = n
    return {atom: _large_employers(counts) for atom, counts in by_atom.items()}


def _large_employers(counts: dict[str, int]) -> frozenset[str]:
    """Employers with MIN_CELL filings or more, the smallest joining the rest while the rest
    holds 1 to MIN_CELL - 1 filings."""
    large = sorted((n, e) for e, n in counts.items() if n >= MIN_CELL)
    rest = sum(counts.values()) - sum(n for n, _ in large)
    while large and 0 < rest < MIN_CELL:
        n, _ = large.pop(0)
        rest += n
    return frozenset(e for _, e in large)


def inside(atom: AtomKey, step: Step, level: str) -> bool:
    if level and atom[0] != level:
        return False
    if step.state and atom[1] != step.state:
        return False
    return not step.cities or _step_name(step) in atom[2]


def _step_name(step: Step) -> str:
    return f"{step.state}|{','.join(step.cities)}"


def _steps(store: Fetcher) -> list[Step]:
    """Every area an LCA answer can be for: the nation, each state, each metro (read once per
    store: walking every metro's chain is the slow part)."""

    def build() -> list[Step]:
        metros = _metro_steps(store)
        states = sorted({s.state for s in metros if s.state} | set(_states(store)))
        return [Step("United States"), *(Step(s, None, s) for s in states), *metros]

    return per_store(store, "lca_steps", build)


def _metro_steps(store: Fetcher) -> list[Step]:
    return per_store(store, "lca_metro_steps", lambda: metro_steps(oews_areas(store)))


def _states(store: Fetcher) -> list[str]:
    rows = store.fetch("SELECT DISTINCT worksite_state FROM lca WHERE worksite_state IS NOT NULL")
    return [str(r[0]) for r in rows]


def _metros_of(store: Fetcher) -> dict[tuple[str, str], tuple[str, ...]]:
    """(state, upper-case city) -> the metros whose principal cities include it."""

    def build() -> dict[tuple[str, str], tuple[str, ...]]:
        found: dict[tuple[str, str], list[str]] = defaultdict(list)
        for step in _metro_steps(store):
            for city in step.cities:
                found[(step.state or "", city)].append(_step_name(step))
        return {k: tuple(sorted(v)) for k, v in found.items()}

    return per_store(store, "lca_metros_of", build)


def _atom_counts(
    store: Fetcher, role: RoleMatch, year: int, employers: dict[tuple[AtomKey, str], int]
) -> dict[AtomKey, int]:
    """Counted filings by atom: summed from the employer counts when read, else one query."""
    atoms: dict[AtomKey, int] = defaultdict(int)
    if employers:
        for (atom, _employer), n in employers.items():
            atoms[atom] += n
        return atoms
    for (atom, _employer), n in _employer_counts(store, role, year, by_employer=False).items():
        atoms[atom] += n
    return atoms


def _employer_counts(
    store: Fetcher, role: RoleMatch, year: int, *, by_employer: bool = True
) -> dict[tuple[AtomKey, str], int]:
    """Counted filings of the role and year by atom and employer (its employer key; '' for
    every employer when not `by_employer`, a far smaller grouping)."""
    where = ["fiscal_year = ?", COUNTED, f"soc IN ({', '.join('?' for _ in role.soc_codes)})"]
    where += title_filter(role)
    who = "lower(employer_name)" if by_employer else "''"
    sql = (
        f"SELECT {LEVEL_TEXT}, coalesce(worksite_state, ''), coalesce(city, ''), {who}, "
        f"count(*) FROM lca WHERE {' AND '.join(where)} GROUP BY ALL"
    )
    counts: dict[tuple[AtomKey, str], int] = defaultdict(int)
    for level, state, city, employer, n in store.fetch(sql, [year, *soc_numbers(role.soc_codes)]):
        counts[(atom_of(level, state, city, store), employer_key(str(employer or "")))] += int(n)
    return dict(counts)


def quantiles(wages: Iterable[float], points: Sequence[float]) -> list[float] | None:
    """Linear-interpolated quantiles, as DuckDB's quantile_cont computes them."""
    ordered = sorted(wages)
    if not ordered:
        return None
    out = []
    for q in points:
        at = q * (len(ordered) - 1)
        low = int(at)
        high = min(low + 1, len(ordered) - 1)
        out.append(ordered[low] + (at - low) * (ordered[high] - ordered[low]))
    return out


def company_rows(store: Fetcher, role: RoleMatch, year: int, company: str) -> list[tuple[Any, ...]]:
    """(level, state, city, employer, wage, dataset) of the company's counted filings."""
    where = [
        "fiscal_year = ?",
        COUNTED,
        f"soc IN ({', '.join('?' for _ in role.soc_codes)})",
        f"contains({SEARCH_SQL}, ?)",  # a first filter; callers compare employer keys
        *title_filter(role),
    ]
    sql = (
        f"SELECT {LEVEL_TEXT}, coalesce(worksite_state, ''), coalesce(city, ''), "
        f"lower(employer_name), annual_wage, dataset FROM lca WHERE {' AND '.join(where)}"
    )
    return store.fetch(sql, [year, *soc_numbers(role.soc_codes), company.lower()])
