"""One key per employer however a filing spells it: "Google LLC", "GOOGLE LLC" and "Google, Inc."
are one company to a company answer and to the small-cell rule (lca_disclosure).

The key is the name in lower case with punctuation as spaces ("&" as "and") and a leading
"the" and trailing legal forms (LLC, Inc., Corp., Ltd., L.P., ...) dropped. SEARCH_SQL is the
same reading without the legal forms, for a first filter in SQL: a key found in an employer's
key is always found in its SEARCH_SQL text, so the filter never loses a filing the key keeps.
"""

from __future__ import annotations

import re

from levelset.patterns import compiled

# legal forms, as they read after punctuation became spaces ("L.L.C." -> "l l c")
_FORMS = (
    "l l c", "l l p", "l p", "p c", "n a", "llc", "llp", "lp", "pllc", "plc", "inc", "incorporated",
    "corp", "corporation", "co", "company", "ltd", "limited", "gmbh", "ag", "sa", "bv", "pvt",
    "private", "pte", "sas", "srl",
)  # fmt: skip
_TRAILING = compiled(rf"(?: (?:{'|'.join(re.escape(f) for f in _FORMS)}))+$")

SEARCH_SQL = "regexp_replace(replace(lower(employer_name), '&', ' and '), '[^a-z0-9]+', ' ', 'g')"


_NOT_KEY = compiled(r"[^a-z0-9]+")


def plain(name: str) -> str:
    """Lower case, "&" as "and", every run of other characters a single space."""
    return " ".join(_NOT_KEY.sub(" ", name.lower().replace("&", " and ")).split())


def employer_key(name: str) -> str:
    """The employer's key: `plain` without a leading "the" and trailing legal forms."""
    text = plain(name)
    text = text[4:] if text.startswith("the ") else text
    key = _TRAILING.sub("", " " + text).strip()
    return key or text
