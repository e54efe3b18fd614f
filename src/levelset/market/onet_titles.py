"""O*NET titles as the fallback of the role map: any title O*NET knows gets its SOC codes.

Matching reads the store's onet_titles table (exact after cleaning, else the closest spelling
by edit distance): in DuckDB for a process's first few look-ups, then in an index of the table
held in memory (market/onet_index.py), which answers the same rows.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from levelset.errors import UnknownValue
from levelset.market.roles import Fetcher, RoleMatch, SocWeight, curated_names
from levelset.market.title_clean import clean_title
from levelset.market.typo_guards import acronym_swap, affix_swap, word_swap
from levelset.patterns import compiled

FUZZY_CUTOFF = 0.88  # 1 - edit distance / length; below this a title is not a typo of another
# below this, a title offered instead shares no word with what was typed and is no misspelling
# of it either: "zzz" is 0.05 from "Optimization Analyst", "banana" 0.36 from "Web Manager"
SUGGEST_CUTOFF = 0.5
NOTHING_CLOSE = (
    "no title levelset knows is close to it: write the job title as a job posting names it, "
    "e.g. Machine Learning Engineer, Data Scientist or Software Engineer (any O*NET job title "
    "is read too)"
)
MAX_SOCS = 4  # a title O*NET files under many occupations keeps only the first few


def key_sql(title: str) -> str:
    """SQL of a title as matching reads it: lower case, words only (the stored `key`)."""
    return f"trim(regexp_replace(lower({title}), '[^a-z0-9+#]+', ' ', 'g'))"


def bare_sql(title: str) -> str:
    """SQL of the key without a parenthesis: "Quality Assurance Engineer (QA Engineer)" is also
    found without it (the stored `bare`)."""
    return key_sql(f"regexp_replace({title}, '\\s*\\(.*\\)', '')")


# the keys are stored at load (market/loaders/onet.py), so a look-up compares stored text
_EXACT = """
SELECT t.soc, t.onet_soc, t.title, t.key, coalesce(o.title, '') FROM onet_titles t
LEFT JOIN onet_occupations o USING (onet_soc)
WHERE t.key IN ($full, $core) OR t.bare IN ($full, $core)
ORDER BY t.key <> $full, NOT (t.soc LIKE '15-%'), t.onet_soc
"""

_NEAREST = """
SELECT key, 1 - levenshtein(key, $text) / greatest(length(key), length($text)) AS score, title
FROM (SELECT key, min(title) AS title FROM onet_titles
      WHERE $any OR soc LIKE '15-%' OR list_contains($tech, soc) GROUP BY key)
ORDER BY score DESC, jaro_winkler_similarity(key, $text) DESC, key LIMIT 5
"""
# Occupations outside 15-xxxx that tech titles fall in: computer and information systems, and
# architectural and engineering managers; computer hardware, electrical and electronics engineers.
# Natural sciences managers (11-9121) are not among them: O*NET files clinical research and
# trial managers, laboratory heads and water resource specialists there, none a tech job (the
# OEWS tech subset still keeps the code's wages, see docs/data-sources.md).
TECH_SOCS = ["11-3021", "11-9041", "17-2061", "17-2071", "17-2072"]


def exact_onet(text: str, store: Fetcher) -> RoleMatch | None:
    """The role of a title O*NET lists exactly (after cleaning), or None."""
    clean = clean_title(text)
    rows = _exact(store, clean.full, clean.core)
    if not rows:  # "Network Operations Center Engineer": O*NET's "NOC Engineer (Network ...)"
        table = _alternates(store)
        rows = table.get(clean.full) or table.get(clean.core) or []
    if not rows:
        return None
    kept = preferred_occupations(clean.full, rows)
    found = _role(text, kept, 100.0)
    others = sorted({str(r[0]) for r in rows} - {str(r[0]) for r in kept})
    if others:  # say which filings were set aside and why
        why = f"{found.why}; O*NET also files it under {', '.join(others)}, whose names match less"
        found = replace(found, why=why)
    if str(kept[0][3]) != clean.full and clean.level_words:  # its level words were set aside
        return replace(found, level_hint=" ".join(clean.level_words))
    return found


# the name O*NET writes in brackets after a title, its own inner brackets dropped: "NOC
# Engineer (Network Operations Center (NOC) Engineer)" -> "Network Operations Center Engineer"
_ALTERNATE_NAME = (
    r"regexp_replace(regexp_extract(t.title, '\((.*)\)\s*$', 1), '\s*\([^)]*\)', '', 'g')"
)
_ALTERNATES = f"""
SELECT {key_sql(_ALTERNATE_NAME)} AS alt, t.soc, t.onet_soc, t.title, t.key, coalesce(o.title, '')
FROM onet_titles t LEFT JOIN onet_occupations o USING (onet_soc)
WHERE t.title LIKE '%(%)' ORDER BY NOT (t.soc LIKE '15-%'), t.onet_soc
"""


def _alternates(store: Fetcher) -> dict[str, list[tuple[Any, ...]]]:
    """O*NET's bracketed alternate names (written out or short) -> the rows of their titles,
    read once per store."""
    from levelset.market.memo import per_store

    def read() -> dict[str, list[tuple[Any, ...]]]:
        found: dict[str, list[tuple[Any, ...]]] = {}
        for alt, *row in store.fetch(_ALTERNATES):
            if alt:
                found.setdefault(str(alt), []).append(tuple(row))
        return found

    return per_store(store, "onet_alternates", read)


def match_onet(text: str, store: Fetcher, plain: str | None = None) -> RoleMatch:
    """The role of a title found in O*NET (exact after cleaning, or a close spelling of it, or
    of `plain`, the title without its remarks, less its level words, which are kept)."""
    clean = clean_title(text)
    exact = exact_onet(text, store)
    if exact is not None:
        return exact
    # a spelling is corrected, and titles suggested, only within the tech occupations: "Port
    # Engineer" or "Head Chef" is never offered for a tech title levelset does not know
    for key in dict.fromkeys([clean.full, clean_title(plain or text).core]):
        # the title less its level words and remarks is a guess: only a computer job's spelling
        wide = key == clean.full
        nearest = _nearest(store, key, wide)
        close = nearest and float(nearest[0][1]) >= FUZZY_CUTOFF
        if close and not _swapped(key, str(nearest[0][0])):
            rows = _exact(store, nearest[0][0], nearest[0][0])
            rows = preferred_occupations(str(nearest[0][0]), rows)
            found = _role(text, rows, 100.0 * float(nearest[0][1]))
            levels = " ".join(clean.level_words) or None
            return replace(found, level_hint=levels) if key != clean.full else found
    tech = [str(r[2]) for r in _nearest(store, clean.full, False) if _close(clean.full, r)]
    raise UnknownValue("title", text, closest_titles(text, tech), hint=NOTHING_CLOSE)


def _close(key: str, row: tuple[Any, ...]) -> bool:
    """Whether a near title is worth offering: a likely misspelling, or sharing a word."""
    return float(row[1]) >= SUGGEST_CUTOFF or bool(_stems(key) & _stems(str(row[2])))


def _exact(store: Fetcher, full: str, core: str) -> list[tuple[Any, ...]]:
    """The rows of _EXACT, from the index once this process has one for the store."""
    from levelset.market.onet_index import EXACT, index_for

    index = index_for(store, EXACT)
    if index is not None:
        return list(index.exact(full, core))
    return store.fetch(_EXACT, {"full": full, "core": core})


def _nearest(store: Fetcher, text: str, wide: bool) -> list[tuple[Any, ...]]:
    """The rows of _NEAREST (over every title when `wide`), from the index likewise."""
    from levelset.market.onet_index import NEAREST_TECH, NEAREST_WIDE, index_for

    index = index_for(store, NEAREST_WIDE if wide else NEAREST_TECH)
    if index is not None:
        return list(index.nearest(text, wide))
    return store.fetch(_NEAREST, {"text": text, "tech": TECH_SOCS, "any": wide})


_MINOR_WORDS = frozenset({"and", "all", "other", "the", "for", "except"})


_WORDS = compiled(r"[a-z0-9+#]+")


def _stems(text: str) -> set[str]:
    """Word stems for comparing a title with an occupation's name ("managers" ~ "management")."""
    words = _WORDS.findall(text.lower())
    return {w[:5] for w in words if len(w) > 2 and w not in _MINOR_WORDS}


def preferred_occupations(key: str, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The rows of the occupation whose own name shares most words with the title, when one
    shares strictly more than the others ("Project Manager": project management specialists,
    not architectural and engineering managers); else every occupation, tech ones first (the
    reading then says O*NET's filing is ambiguous)."""
    words = _stems(key)
    best: dict[str, int] = {}
    for row in rows:
        shared = len(words & _stems(str(row[4])))
        best[str(row[0])] = max(best.get(str(row[0]), 0), shared)
    ranked = sorted(best.values(), reverse=True)
    rows = sorted(rows, key=lambda r: (-best[str(r[0])], not _is_tech(str(r[0]))))
    if len(ranked) > 1 and ranked[0] > ranked[1]:
        return [r for r in rows if best[str(r[0])] == ranked[0]]
    return rows


def _swapped(text: str, title: str) -> bool:
    """A close spelling that is another field (QA for ML) or another word (search, research;
    project, product)."""
    return acronym_swap(text, title) or affix_swap(text, title) or word_swap(text, title)


def _role(text: str, rows: list[tuple[Any, ...]], score: float) -> RoleMatch:
    socs: dict[str, str] = {}
    for soc, onet_soc, *_ in rows:
        socs.setdefault(str(soc), str(onet_soc))
    kept = list(socs.items())[:MAX_SOCS]
    weight = round(1.0 / len(kept), 4)
    title = str(rows[0][2])
    weights = tuple(
        SocWeight(soc, weight, f"O*NET lists {title!r} under {onet}") for soc, onet in kept
    )
    how = "is" if score >= 100.0 else f"is close ({score:.0f}%) to"
    why = f"{text!r} {how} the O*NET title {title!r}; not in the curated tech map"
    if not any(_is_tech(s) for s in socs):
        why += " and outside the tech occupations"
    elif not all(_is_tech(s) for s, _ in kept):
        outside = ", ".join(s for s, _ in kept if not _is_tech(s))
        why += f", partly outside the tech occupations ({outside})"
    if len(socs) > 1:
        why += f"; O*NET's filing is ambiguous: the range blends {', '.join(s for s, _ in kept)}"
    if len(socs) > MAX_SOCS:
        why += f" (O*NET files it under {len(socs)} occupations; the first {MAX_SOCS} are used)"
    return RoleMatch(
        text=text, key=f"onet:{kept[0][1]}", label=title, socs=weights, why=why,
        source="onet", score=score,
    )  # fmt: skip


def is_tech_soc(soc: str) -> bool:
    """Whether a SOC code is a computer occupation or one of TECH_SOCS."""
    return soc.startswith("15-") or soc in TECH_SOCS


_is_tech = is_tech_soc


def closest_titles(text: str, onet: list[str], limit: int = 5) -> list[str]:
    """Curated labels close to `text` first, then the nearest O*NET titles given."""
    from rapidfuzz import fuzz, process, utils

    found = process.extract(
        text, curated_names(), scorer=fuzz.WRatio, processor=utils.default_process, limit=2
    )
    names = [str(m[0]) for m in found if m[1] >= 60] + onet
    return list(dict.fromkeys(names))[:limit]
