"""The market sources: one SourceSpec per kind of range row, and the only list of them.

Everything that differs from one source to the next (how its rows are read, what they are
called, what their money is, which licence covers them, how much an anchor prefers them, how
small a sample is too small, what a reader must be warned of) lives in its spec. The range
query, the headline, the caveats, the CLI table and the offer placement only iterate SPECS.
Adding a source: its loader module, one SourceSpec here, its test (see CONTRIBUTING.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from levelset.market.report import SourceRange
from levelset.market.spec import Caveats, Found, Loader, Missing, Query, SourceSpec

__all__ = ["Caveats", "Found", "Loader", "Missing", "Query", "SourceSpec"]


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
    return _by_key(specs()).get(key)


_KEYED: list[tuple[tuple[SourceSpec, ...], dict[str, SourceSpec]]] = []


def _by_key(loaded: tuple[SourceSpec, ...]) -> dict[str, SourceSpec]:
    """The specs by key, made again when a source is registered or unregistered."""
    if not _KEYED or _KEYED[0][0] is not loaded:
        keyed: dict[str, SourceSpec] = {}
        for spec in loaded:
            keyed.setdefault(spec.key, spec)  # the first of a key, as a scan finds it
        _KEYED[:] = [(loaded, keyed)]
    return _KEYED[0][1]


def choices() -> tuple[str, ...]:
    """The `--source` choices: "all" and every source with its own loader."""
    return ("all", *(s.key for s in specs() if s.loader is not None))


def by_preference() -> tuple[str, ...]:
    """Source keys in the order an anchor prefers them (level-specific sources first)."""
    return tuple(s.key for s in sorted(specs(), key=lambda s: s.preference))


def preferred(rows: Sequence[SourceRange]) -> SourceRange | None:
    """The row an anchor takes: the place's own rows before rows from a wider area (a national
    crowd cell for Seattle), rows that are not thin before thin ones (as in the headline), then
    by preference (level-specific sources first)."""
    local = [r for r in rows if "wider-area" not in r.flags] or list(rows)
    local = [r for r in local if "thin" not in r.flags] or local
    for key in by_preference():
        for row in local:
            if row.source == key:
                return row
    return local[0] if local else None
