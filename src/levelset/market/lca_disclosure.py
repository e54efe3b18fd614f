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
therefore counted in a company answer only in pieces (an atom's filings of one SOC code that
count in the same curated roles) where it holds MIN_CELL filings or more, and only while the
piece's other filings are none or MIN_CELL or more (the smallest employers join the rest
until they are): every part a company answer of any role can cut out of a piece holds 0 or at
least MIN_CELL filings, whichever company strings and roles are compared.

Pieces of at least MIN_CELL filings are not enough: the answers of every employer in a metro
add up to the metro's answer, which may be withheld because the state less the metro leaves a
few filings. So one span holds the area answers and then every answerable employer's answer
at every area and level (wider areas first, larger employers first), and an employer's answer
that would let a combination single out a few filings is withheld. A company string's answer
is the sum of the answers of the employers it matches: it is shown only where each of theirs
is, and then lies in the span of shown answers whatever other strings are asked. Roles
overlap (a company's "Data Specialist" answer holds its "Data Scientist" filings and its
statisticians), so the span is one per year over every role's answers and every employer's
answers of every role (lca_span.py), not one per role or per company string.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from levelset.market import lca_span
from levelset.market.areas import oews_areas
from levelset.market.employers import SEARCH_SQL, employer_key
from levelset.market.lca_cells import (
    COUNTED,
    LEVEL_TEXT,
    LOWERED,
    built_roles,
    metro_steps,
    role_key,
    soc_numbers,
    title_filter,
)
from levelset.market.lca_span import Answer, AtomKey, EmployerPiece, Piece, Shown, areas_of
from levelset.market.memo import per_store
from levelset.market.roles import Fetcher, RoleMatch
from levelset.market.widening import Step

LEVELS = ("", "I", "II", "III", "IV")  # '' asks for every level
CellKey = tuple[str, str, bool]  # area key, level asked, company or not
Metros = dict[tuple[str, str], tuple[str, ...]]  # (state, upper-case city) -> its metros


def cell_key(step: Step, level: str | None, company: bool) -> CellKey:
    return (f"{step.state or ''}|{','.join(step.cities)}", level or "", company)


def withheld(store: Fetcher, role: RoleMatch, year: int, company: str | None) -> frozenset[CellKey]:
    """The LCA answers of a role and year (a company's, when given) that complementary
    suppression hides."""
    if not company:
        return per_store(
            store,
            ("lca_withheld", role.soc_codes, role.lca_words, year),
            lambda: _role_withheld(store, role, year),
        )
    asked = employer_key(company)
    key = ("lca_withheld", role.soc_codes, role.lca_words, year, asked)
    return per_store(store, key, lambda: _company_withheld(store, role, year, asked))


def atom_of(level: str | None, state: str | None, city: str | None, metros: Metros) -> AtomKey:
    """The atom of a filing, given `metros_of(store)` (read once per store, not per filing)."""
    return (level or "", state or "", metros.get((state or "", city or ""), ()))


# Roles overlap: "Data Specialist" (O*NET: SOC 15-2041 and 15-2051) holds every "Data
# Scientist" filing (the same codes, titles with "data scientist") and the statisticians more,
# so one span per role would let the two answers differ by a few filings. One span per year
# therefore holds the answers of every role a query can name that is not a sum of others:
# each curated role and each SOC code alone (lca_span.py). An O*NET reading with several SOC
# codes is the sum of its codes' own answers: it is shown only where each code's answer is
# shown or holds no filing, and so lies in the span of shown answers. Company answers work
# the same way over employer pieces, in one span per year over every role.


def role_ids(role: RoleMatch) -> list[str] | None:
    """The year span's roles whose answers sum to this role's; None for a role with title
    words that is not curated (none of its answers is shown)."""
    if role.lca_words:
        key = role_key(role)
        return [key] if key in {role_key(r) for r in built_roles()} else None
    return [f"soc:{n}" for n in soc_numbers(role.soc_codes)]


def year_shown(store: Fetcher, year: int) -> Shown:
    """The year span's hidden answers without a company: as the import stored them, else
    worked out on first use (once per store and year)."""

    def read() -> Shown:
        stored = stored_span(store, year)
        return stored if stored is not None else compute_span(store, year, _metro_steps(store))

    return per_store(store, ("lca_every_role", year), read)


def compute_span(fetcher: Fetcher, year: int, metros: Sequence[Step]) -> Shown:
    """The year-wide span of every role's answers, from the year's filings and the metros'
    first steps: the one entry point, run by the import (which stores it, `span_rows`) and on
    first use of a store that holds no span for the year."""
    pieces: dict[Piece, int] = defaultdict(int)
    for (piece, _employer), n in _grouped(fetcher, year, "''", metro_map(metros)).items():
        pieces[piece] += n
    order = answer_order(metros, _states(fetcher))
    return lca_span.year_shown(pieces, order, _role_keys())


SPAN_MARK = ""  # the role of the row that marks a year's span as stored


def span_rows(year: int, shown: Shown) -> list[tuple[int, str, str, str]]:
    """The rows of lca_spans for a year: its mark, then every hidden answer."""
    rows = [(year, SPAN_MARK, "", "")]
    rows += sorted((year, rid, *a) for rid, answers in shown.hidden.items() for a in answers)
    return rows


def stored_span(store: Fetcher, year: int) -> Shown | None:
    """The span the import stored for the year; None when it stored none."""
    rows = store.fetch("SELECT role, area, wage_level FROM lca_spans WHERE fiscal_year = ?", [year])
    if not any(role == SPAN_MARK for role, _, _ in rows):
        return None
    hidden: dict[str, set[Answer]] = defaultdict(set)
    for role, area, level in rows:
        if role != SPAN_MARK:
            hidden[str(role)].add((str(area), str(level)))
    return Shown({rid: frozenset(answers) for rid, answers in hidden.items()})


def _role_keys() -> list[str]:
    return [role_key(r) for r in built_roles()]


def _role_withheld(store: Fetcher, role: RoleMatch, year: int) -> frozenset[CellKey]:
    ids = role_ids(role)
    if ids is None:
        atoms = _atom_counts(store, role, year)  # not a curated role: nothing is shown
        return frozenset((*k, False) for k in _area_cells(store, atoms))
    return year_shown(store, year).withheld(ids)


def _company_withheld(store: Fetcher, role: RoleMatch, year: int, asked: str) -> frozenset[CellKey]:
    """A company answer is withheld where any employer it counts has its answer withheld for
    one of the roles the answer sums."""
    ids = role_ids(role)
    if ids is None:
        atoms = _atom_counts(store, role, year)
        return frozenset((*k, True) for k in _area_cells(store, atoms))
    wanted = set(ids)
    return frozenset(
        (area, level, True) for rid, area, level, employer in employers_held(store, year)
        if rid in wanted and asked in employer
    )  # fmt: skip


def employers_held(store: Fetcher, year: int) -> frozenset[lca_span.Held]:
    """Every employer answer (role id, area, level, employer) the year's span withholds,
    decided once for every role and employer together."""

    def build() -> frozenset[lca_span.Held]:
        employers = _employer_pieces(store, year)
        return lca_span.employers_held(
            employers, year_shown(store, year), _cell_order(store), _role_keys()
        )

    return per_store(store, ("lca_employers_held", year), build)


def answerable(store: Fetcher, year: int) -> dict[Piece, frozenset[str]]:
    """Per piece, the employers a company answer may count there."""
    key = ("lca_answerable", year)
    return per_store(store, key, lambda: lca_span.answerable(_employer_pieces(store, year)))


def counted_sql(lowered: str = "lower(job_title)") -> str:
    """The curated roles (numbers in the map's order) a filing counts in, as a DuckDB list
    (`lowered`: as title_filter's)."""
    cases = ", ".join(
        f"CASE WHEN soc IN ({', '.join(str(s) for s in soc_numbers(r.soc_codes))})"
        + "".join(f" AND {w}" for w in title_filter(r, lowered))
        + f" THEN {i} END"
        for i, r in enumerate(built_roles())
    )
    return f"list_filter([{cases}], lambda r: r IS NOT NULL)"


def _employer_pieces(store: Fetcher, year: int) -> dict[EmployerPiece, int]:
    """Counted filings of the year by piece and employer key."""
    return per_store(
        store,
        ("lca_employer_pieces", year),
        lambda: _grouped(store, year, "lower(employer_name)", metros_of(store)),
    )


def _grouped(store: Fetcher, year: int, who: str, metros: Metros) -> dict[EmployerPiece, int]:
    # Counted first by the stored columns, the roles then matched once per group: matching
    # every filing's title against every role cost 5 times more (1M filings: 0.16 -> 0.03 s).
    by_columns = (
        f"SELECT wage_level, worksite_state, city, soc, job_title, {who} AS who, count(*) AS n "
        f"FROM lca WHERE fiscal_year = ? AND {COUNTED} AND soc IS NOT NULL GROUP BY ALL"
    )
    sql = (
        f"SELECT {LEVEL_TEXT}, coalesce(worksite_state, ''), coalesce(city, ''), soc, "
        f"{counted_sql(LOWERED)}, who, sum(n) "
        f"FROM (SELECT *, lower(job_title) AS {LOWERED} FROM ({by_columns})) GROUP BY ALL"
    )
    keys: dict[str, str] = {}
    counts: dict[EmployerPiece, int] = defaultdict(int)
    for level, state, city, soc, counted, name, n in store.fetch(sql, [year]):
        atom = atom_of(level, state, city, metros)
        text = str(name or "")
        key = keys.get(text) or keys.setdefault(text, employer_key(text))
        counts[((atom, int(soc), tuple(int(i) for i in counted or ())), key)] += int(n)
    return dict(counts)


def _area_cells(
    store: Fetcher, atoms: Iterable[AtomKey]
) -> dict[tuple[str, str], frozenset[AtomKey]]:
    """The atoms of every area answer, most asked first (all levels, then each; nation,
    states, metros)."""
    by_area: dict[tuple[str, str], set[AtomKey]] = defaultdict(set)
    for atom in atoms:
        for area in areas_of(atom):
            for level in {"", atom[0]}:
                by_area[(area, level)].add(atom)
    return {k: frozenset(by_area[k]) for k in _cell_order(store) if k in by_area}


def _cell_order(store: Fetcher) -> list[Answer]:
    """(area key, level) of every area answer, most asked first."""
    return per_store(
        store, "lca_cell_order", lambda: answer_order(_metro_steps(store), _states(store))
    )


def answer_order(metros: Sequence[Step], states: Iterable[str]) -> list[Answer]:
    """(area key, level) of every area answer, most asked first: every level before each;
    the nation, each state, each metro."""
    return [(_step_name(step), level) for level in LEVELS for step in _all_steps(metros, states)]


def inside(atom: AtomKey, step: Step, level: str) -> bool:
    if level and atom[0] != level:
        return False
    if step.state and atom[1] != step.state:
        return False
    return not step.cities or _step_name(step) in atom[2]


def _step_name(step: Step) -> str:
    return cell_key(step, None, False)[0]


def _all_steps(metros: Sequence[Step], states: Iterable[str]) -> list[Step]:
    """Every area an LCA answer can be for: the nation, each state, each metro."""
    every = sorted({s.state for s in metros if s.state} | set(states))
    return [Step("United States"), *(Step(s, None, s) for s in every), *metros]


def _metro_steps(store: Fetcher) -> list[Step]:
    return per_store(store, "lca_metro_steps", lambda: metro_steps(oews_areas(store)))


def _states(store: Fetcher) -> list[str]:
    rows = store.fetch("SELECT DISTINCT worksite_state FROM lca WHERE worksite_state IS NOT NULL")
    return [str(r[0]) for r in rows]


def metros_of(store: Fetcher) -> Metros:
    """(state, upper-case city) -> the metros whose principal cities include it."""
    return per_store(store, "lca_metros_of", lambda: metro_map(_metro_steps(store)))


def metro_map(metros: Sequence[Step]) -> Metros:
    """(state, upper-case city) -> the metros (of these first steps) whose principal cities
    include it."""
    found: dict[tuple[str, str], list[str]] = defaultdict(list)
    for step in metros:
        for city in step.cities:
            found[(step.state or "", city)].append(_step_name(step))
    return {k: tuple(sorted(v)) for k, v in found.items()}


def _atom_counts(store: Fetcher, role: RoleMatch, year: int) -> dict[AtomKey, int]:
    """Counted filings of the role and year by atom."""
    where = ["fiscal_year = ?", COUNTED, f"soc IN ({', '.join('?' for _ in role.soc_codes)})"]
    where += title_filter(role)
    sql = (
        f"SELECT {LEVEL_TEXT}, coalesce(worksite_state, ''), coalesce(city, ''), count(*) "
        f"FROM lca WHERE {' AND '.join(where)} GROUP BY ALL"
    )
    counts: dict[AtomKey, int] = defaultdict(int)
    metros = metros_of(store)
    for level, state, city, n in store.fetch(sql, [year, *soc_numbers(role.soc_codes)]):
        counts[atom_of(level, state, city, metros)] += int(n)
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
    """(level, state, city, SOC number, curated roles counted in, employer, wage, dataset) of
    the company's counted filings."""
    where = [
        "fiscal_year = ?",
        COUNTED,
        f"soc IN ({', '.join('?' for _ in role.soc_codes)})",
        f"contains({SEARCH_SQL}, ?)",  # a first filter; callers compare employer keys
        *title_filter(role),
    ]
    sql = (
        f"SELECT {LEVEL_TEXT}, coalesce(worksite_state, ''), coalesce(city, ''), soc, "
        f"{counted_sql()}, lower(employer_name), annual_wage, dataset FROM lca "
        f"WHERE {' AND '.join(where)}"
    )
    return store.fetch(sql, [year, *soc_numbers(role.soc_codes), company.lower()])
