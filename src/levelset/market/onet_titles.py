"""O*NET titles as the fallback of the role map: any title O*NET knows gets its SOC codes."""

from __future__ import annotations

from collections import defaultdict

from levelset.errors import UnknownValue
from levelset.market.memo import per_store
from levelset.market.roles import Fetcher, RoleMatch, SocWeight, clean_title, curated_names

FUZZY_CUTOFF = 88.0
MAX_SOCS = 4  # a title O*NET files under many occupations keeps only the first few


def title_index(store: Fetcher) -> dict[str, list[tuple[str, str, str, str]]]:
    """Cleaned O*NET title -> (soc, onet_soc, title, kind) rows; built once per store."""

    def read() -> dict[str, list[tuple[str, str, str, str]]]:
        index: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
        rows = store.fetch("SELECT soc, onet_soc, title, kind FROM onet_titles ORDER BY onet_soc")
        for soc, onet_soc, title, kind in rows:
            index[clean_title(str(title)).full].append((soc, onet_soc, title, kind))
        return dict(index)

    return per_store(store, "onet_titles", read)


def match_onet(text: str, store: Fetcher) -> RoleMatch:
    """The role of a title found in O*NET (exact after cleaning, or a close spelling)."""
    index = title_index(store)
    clean = clean_title(text)
    for candidate in (clean.full, clean.core):
        if candidate in index:
            return _role(text, candidate, index[candidate], 100.0)
    from rapidfuzz import fuzz, process

    found = process.extractOne(
        clean.full, list(index), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
    )
    if found is not None:
        return _role(text, found[0], index[found[0]], float(found[1]))
    raise UnknownValue("title", text, closest_titles(text, store))


def _role(text: str, key: str, rows: list[tuple[str, str, str, str]], score: float) -> RoleMatch:
    socs: dict[str, str] = {}
    for soc, onet_soc, _title, _kind in rows:
        socs.setdefault(str(soc), str(onet_soc))
    kept = list(socs.items())[:MAX_SOCS]
    weight = round(1.0 / len(kept), 4)
    title = str(rows[0][2])
    weights = tuple(
        SocWeight(soc, weight, f"O*NET lists {title!r} under {onet}") for soc, onet in kept
    )
    how = "is" if score >= 100.0 else f"is close ({score:.0f}%) to"
    why = f"{text!r} {how} the O*NET title {title!r}; not in the curated tech map"
    if len(socs) > MAX_SOCS:
        why += f" (O*NET files it under {len(socs)} occupations; the first {MAX_SOCS} are used)"
    return RoleMatch(
        text=text,
        key=f"onet:{kept[0][1]}",
        label=title,
        socs=weights,
        why=why,
        source="onet",
        score=score,
    )


def closest_titles(text: str, store: Fetcher | None, limit: int = 5) -> list[str]:
    """Curated labels and O*NET titles closest to `text`, best first."""
    from rapidfuzz import fuzz, process, utils

    choices = curated_names()
    if store is not None:
        choices += [rows[0][2] for rows in title_index(store).values()]
    found = process.extract(
        text, choices, scorer=fuzz.WRatio, processor=utils.default_process, limit=limit
    )
    return list(dict.fromkeys(str(m[0]) for m in found))
