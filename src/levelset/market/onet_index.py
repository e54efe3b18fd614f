"""O*NET's titles held in memory, so that each look-up of market/onet_titles.py is a dict access.

Reading a title tries many forms of it (without its office, its opening job, less one word...),
each one look-up in O*NET's 61,000 titles: about 9 ms of DuckDB CPU an exact look-up, 60 ms a
close spelling over every title. Reading the whole table into dicts once costs about as much as
BUILD_COST exact look-ups, so a process asks DuckDB until its look-ups in a store have cost that
much, then builds the index (never more than about twice the cheaper way's cost: one title in a
fresh process still pays no build). An index is kept per store version (a rebuild or an import
changes the file, so the next look-up starts afresh) and shared by every store that holds only
the shipped files' data, which is the same (the test homes, a server's clients).

The answers are those of the SQL they replace, row for row and in the same order:
`tests/market/test_onet_index.py` compares both.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any, TypeVar

from levelset.market.roles import Fetcher

V = TypeVar("V")
Row = tuple[str, str, str, str, str]  # soc, O*NET-SOC code, title, key, occupation's title
Near = tuple[str, float, str]  # key, score (1 - edit distance / length), title

# every title with its occupation's name, in the table's order (the order ties keep)
ALL_TITLES = """
SELECT t.soc, t.onet_soc, t.title, t.key, t.bare, coalesce(o.title, '')
FROM onet_titles t LEFT JOIN onet_occupations o USING (onet_soc) ORDER BY t.rowid
"""
# what one look-up costs, in exact look-ups; building is worth about BUILD_COST of them
# (measured: exact 9.5 ms, close spelling over every title 58 ms, over tech titles 7.7 ms,
# reading the table 107-122 ms and filling the dicts 135-200 ms of CPU on a loaded machine)
EXACT, NEAREST_WIDE, NEAREST_TECH, WORD = 1, 6, 1, 2
BUILD_COST = 24


class OnetIndex:
    """The titles of one store's onet_titles table, by key, by bare key and by word."""

    def __init__(self, rows: Iterable[tuple[Any, ...]], tech: frozenset[str]) -> None:
        self.rows: list[Row] = []
        self.by_key: dict[str, list[int]] = {}
        self.by_bare: dict[str, list[int]] = {}
        wide: dict[str, str] = {}  # key -> its least title (min(title) of the SQL)
        narrow: dict[str, str] = {}  # the same over tech occupations' titles only
        for at, (soc, onet_soc, title, key, bare, occupation) in enumerate(rows):
            self.rows.append((soc, onet_soc, title, key, occupation))
            self.by_key.setdefault(key, []).append(at)
            self.by_bare.setdefault(bare, []).append(at)
            wide[key] = min(wide.get(key, title), title)
            if soc.startswith("15-") or soc in tech:
                narrow[key] = min(narrow.get(key, title), title)
        self.wide = (list(wide), list(wide.values()))
        self.tech = (list(narrow), list(narrow.values()))
        self.words = frozenset(w for key in wide for w in key.split(" "))

    def exact(self, full: str, core: str) -> list[Row]:
        """The rows whose key or bare key is `full` or `core`: the exact match first, then
        computer occupations, then by O*NET-SOC code (onet_titles._EXACT)."""
        found = {at for table in (self.by_key, self.by_bare) for k in (full, core)
                 for at in table.get(k, ())}  # fmt: skip
        rows = self.rows

        def order(at: int) -> tuple[bool, bool, str, int]:
            soc, onet_soc, _, key, _ = rows[at]
            return key != full, not soc.startswith("15-"), onet_soc, at

        return [rows[at] for at in sorted(found, key=order)]

    def nearest(self, text: str, wide: bool, limit: int = 5) -> list[Near]:
        """The `limit` keys closest to `text` by edit distance over the longer length, then by
        Jaro-Winkler similarity, each with its least title (onet_titles._NEAREST); over every
        title when `wide`, else over the tech occupations' titles."""
        from heapq import heappush, heapreplace

        from rapidfuzz import process
        from rapidfuzz.distance import JaroWinkler, Levenshtein

        keys, titles = self.wide if wide else self.tech
        size, kept = len(text), []
        top: list[float] = []  # the best `limit` scores, a heap
        for key, d, at in process.extract(
            text, keys, scorer=Levenshtein.distance, processor=None, limit=None,
            score_cutoff=_farthest(text, keys, limit),
        ):  # fmt: skip
            # by distance, least first: a key `d` edits away scores at most size / (size + d)
            # (less a rounding's worth: 18 / 27 rounds below 1 - 9 / 27)
            if len(top) == limit and size / (size + d) < top[0] - 1e-9:
                break
            score = 1 - d / max(len(key), size)
            kept.append((score, key, at))
            if len(top) < limit:
                heappush(top, score)
            elif score > top[0]:
                heapreplace(top, score)
        cut = top[0] if len(top) == limit else 0.0
        best = sorted(
            (k for k in kept if k[0] >= cut),
            key=lambda k: (-k[0], -JaroWinkler.similarity(k[1], text), k[1]),
        )
        return [(key, score, titles[at]) for score, key, at in best[:limit]]

    def knows_word(self, word: str) -> bool:
        """Whether a title's key has the word, or one a letter from it when it has 5 or more."""
        from rapidfuzz.distance import Levenshtein

        if word in self.words:
            return True
        return len(word) >= 5 and any(
            Levenshtein.distance(w, word, score_cutoff=1) <= 1 for w in self.words
        )


def _farthest(text: str, keys: list[str], limit: int) -> int | None:
    """The most edits a key among the `limit` closest can be from `text`: the `limit` keys of
    fewest edits score at least the least of their scores, L, and a key `d` edits away scores
    at most size / (size + d), so no key more than size / L - size edits away is among them."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    size = len(text)
    found = process.extract(text, keys, scorer=Levenshtein.distance, processor=None, limit=limit)
    least = min((1 - d / max(len(key), size) for key, d, _ in found), default=0.0)
    return int(size / least - size) + 1 if len(found) == limit and least > 0 else None


_BY_STORE: dict[Hashable, OnetIndex] = {}  # store_key -> its index
_BY_CONTENT: dict[Hashable, OnetIndex] = {}  # the shipped data's identity -> its index
_SPENT: dict[Hashable, int] = {}  # store_key -> look-ups' cost so far, without an index
_CONTENT: dict[Hashable, Hashable] = {}  # store_key -> content identity
MAX_KEPT = 64


def index_for(store: Fetcher, cost: int) -> OnetIndex | None:
    """The store's index, or None while this process's look-ups in it (this one's `cost`
    counted) cost less than building it: the caller then asks the store."""
    from levelset.market.memo import store_key

    key = store_key(store)
    if (found := _BY_STORE.get(key)) is not None:
        return found
    if _BY_CONTENT and (found := _BY_CONTENT.get(_content(store, key))) is not None:
        return _kept(_BY_STORE, key, found)
    spent = _SPENT.get(key, 0) + cost
    if spent < BUILD_COST:
        _kept(_SPENT, key, spent)
        return None
    from levelset.market.onet_titles import TECH_SOCS

    built = OnetIndex(store.fetch(ALL_TITLES), frozenset(TECH_SOCS))
    _SPENT.pop(key, None)
    content = _content(store, key)
    if content != key:
        _kept(_BY_CONTENT, content, built)
    return _kept(_BY_STORE, key, built)


def _content(store: Fetcher, key: Hashable) -> Hashable:
    """What the store's O*NET titles are: ("shipped", fingerprint, schema) for a store built
    from the shipped files alone (every such store holds the same titles), else its key."""
    if key not in _CONTENT:
        from levelset.market.manifest import NO_IMPORTS

        meta = getattr(store, "meta", None)
        stamp = meta() if callable(meta) else {}
        shipped = stamp.get("shipped") and stamp.get("imports") == NO_IMPORTS
        found = ("shipped", stamp["shipped"], stamp.get("schema_version")) if shipped else key
        _kept(_CONTENT, key, found)
    return _CONTENT[key]


def _kept(table: dict[Hashable, V], key: Hashable, value: V) -> V:
    if key not in table and len(table) >= MAX_KEPT:  # a server opening many stores: afresh
        table.clear()
    table[key] = value
    return value
