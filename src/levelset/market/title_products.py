"""A developer of a named product no O*NET title knows ("Thunderhead Developer"): a guess."""

from __future__ import annotations

from levelset.market.roles import Fetcher, RoleMatch, curated_role
from levelset.market.title_clean import clean_title
from levelset.patterns import compiled


def product_developer(text: str, store: Fetcher) -> RoleMatch | None:
    """A developer of a named product that no O*NET title's words know, nor a near spelling of
    one ("Thunderhead Developer", "Springboot Developer"): a software engineer, said to be a
    guess. "Property Developer" or a misspelt "Bussiness Developer" is never read so."""
    from levelset.market.title_noise import without_board_noise
    from levelset.market.title_parts import posting_tails

    plain = without_board_noise(text)  # without a job board's additions
    board_plain = [plain] if plain else []
    for reading in dict.fromkeys([text, *board_plain, *posting_tails(text)]):
        words = _without_technical(clean_title(reading).core.split())
        named = words[:-1]
        if not 1 <= len(named) <= 2 or words[-1] not in ("developer", "programmer"):
            continue
        if all(_PRODUCT_NAME.fullmatch(w) and _unknown_word(w, store) for w in named):
            why = f"{text!r}: {' '.join(named)!r} is a name no O*NET title uses, read as a"
            why += " product's developer (a guess): Software Engineer"
            return curated_role("software_engineer", text, why)
    return None


def _without_technical(words: list[str]) -> list[str]:
    """ "odoo developer" for "odoo technical engineer" or "odoo technical developer": the
    technical engineer of a product (as ERP postings name the one who programs it, beside its
    functional consultant) is its developer; the words unchanged otherwise."""
    if len(words) >= 3 and words[-2] == "technical" and words[-1] in _TECHNICAL_JOBS:
        return [*words[:-2], "developer"]
    return words


_TECHNICAL_JOBS = ("engineer", "developer", "programmer")
_PRODUCT_NAME = compiled(r"[a-z][a-z0-9]{3,}")
# an O*NET title's word equal to the word, or one letter from it when it is five letters or more
_KNOWN_WORD = """
SELECT 1 FROM (SELECT DISTINCT unnest(string_split(key, ' ')) AS w FROM onet_titles)
WHERE w = $word OR (length($word) >= 5 AND levenshtein(w, $word) <= 1) LIMIT 1
"""


def _unknown_word(word: str, store: Fetcher) -> bool:
    from levelset.market.onet_index import WORD, index_for

    index = index_for(store, WORD)
    if index is not None:
        return not index.knows_word(word)
    return not store.fetch(_KNOWN_WORD, {"word": word})
