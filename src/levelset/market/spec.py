"""What a market source is: the SourceSpec a source module declares, and the Query and Found
values its loader takes and gives. The list of sources is in registry.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from levelset.errors import DataUnavailable
from levelset.market.areas import Place
from levelset.market.levels import LevelMatch
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
    enters: str | None = None  # headline's method: how its row is made ("enters as its blend")
