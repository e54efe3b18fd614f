"""The market sources: one SourceSpec per kind of range row, and the only list of them.

Everything that differs from one source to the next (how its rows are read, what they are
called, what their money is, which licence covers them, how much an anchor prefers them, how
small a sample is too small, what a reader must be warned of) lives in its spec. The range
query, the headline, the caveats, the CLI table and the offer placement only iterate SPECS.
Adding a source: its loader module, one SourceSpec here, its test (see CONTRIBUTING.md).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from levelset.errors import DataUnavailable
from levelset.market.levels import LevelMatch
from levelset.market.places import Place
from levelset.market.report import SourceRange
from levelset.market.roles import Fetcher, RoleMatch


@dataclass(frozen=True)
class Query:
    """One normalised range query, as every loader receives it."""

    role: RoleMatch
    level: LevelMatch | None
    place: Place | None
    company: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class Found:
    """What one loader found: its rows, what it hid or widened, and its raw sample (if any)."""

    ranges: tuple[SourceRange, ...] = ()
    hidden: tuple[str, ...] = ()
    widened: tuple[str, ...] = ()
    sample: tuple[float, ...] = ()  # the cell's values, for the offer's share-below percentile


Loader = Callable[[Fetcher, Query], Found]
Caveats = Callable[[Query, Sequence[SourceRange]], list[str]]
Missing = Callable[[Fetcher], DataUnavailable | None]


@dataclass(frozen=True)
class SourceSpec:
    """One source of range rows: how it is read, named, credited and trusted."""

    key: str  # SourceRange.source of its rows, and the `--source` choice when it has a loader
    name: str  # long name, where a number is credited: "BLS OEWS wages"
    short: str  # in the headline's one-sentence method: "OEWS"
    offer_name: str  # in "Your offer sits at P62 of the crowd"
    basis: str  # what the money is, in a table cell: "base wage"
    basis_plural: str  # the same on an offer's market range: "official base wages"
    unit: str  # what n counts, in one word: "people", "jobs", "filings"
    licence: str
    preference: int  # an anchor takes the shown row of the lowest preference first
    loader: Loader | None = None  # None: the rows come from another source's loader
    part_of: str | None = None  # the source whose loader makes these rows
    headline: bool = True  # one of the headline's inputs
    stands_in_for: str | None = None  # headline: used when that row is absent and it is alone
    notice: str | None = None
    small_sample: int = 30  # below this n, an anchor says to read the range as a rough guide
    sample_noun: str = "rows"  # "P62 (share of submissions below)" when the loader has a sample
    caveats: Caveats | None = None
    caveat_rank: int = 50  # where its caveats come: before the place's (30), the company's (60)
    single_release: bool = False  # one release whatever --year says
    missing: Missing | None = None  # why it cannot answer when asked for alone, if it cannot


def _specs() -> tuple[SourceSpec, ...]:
    from levelset.market import crowd_source, lca_source, oews_source

    return (
        crowd_source.SPEC,
        oews_source.SPEC,
        oews_source.LEVEL_SPEC,
        lca_source.SPEC,
    )


_loaded: list[tuple[SourceSpec, ...]] = []


def specs() -> tuple[SourceSpec, ...]:
    """Every source, in the order its rows appear (crowd, OEWS, the OEWS blend, LCA)."""
    if not _loaded:
        _loaded.append(_specs())
    return _loaded[0]


def register(spec: SourceSpec) -> None:
    """Add a source at run time (a plug-in, or a test); it then takes part in every query."""
    if any(s.key == spec.key for s in specs()):
        raise ValueError(f"a market source named {spec.key!r} exists already")
    _loaded[0] = (*_loaded[0], spec)


def unregister(key: str) -> None:
    _loaded[0] = tuple(s for s in specs() if s.key != key)


def spec_of(key: str) -> SourceSpec | None:
    return next((s for s in specs() if s.key == key), None)


def choices() -> tuple[str, ...]:
    """The `--source` choices: "all" and every source with its own loader."""
    return ("all", *(s.key for s in specs() if s.loader is not None))


def by_preference() -> tuple[str, ...]:
    """Source keys in the order an anchor prefers them (level-specific sources first)."""
    return tuple(s.key for s in sorted(specs(), key=lambda s: s.preference))
