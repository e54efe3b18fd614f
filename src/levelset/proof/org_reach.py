"""Other organisations and the whole organisation named as the work's audience or partner.

levelset.proof.party reads parties by a lexicon of kinds ("finance", "clients", "the board");
a bullet also names them by name ("the iOS app for American Electric Power", "a partnership
with IKEA", "clients included Amazon") or by their spread ("department-wide", "across
business units", "worked cross-functionally", "with different departments"), which the
lexicon misses: on the leave-one-batch-out rows of the tuning half those were the commonest
cross-team misses (issue 12). Three signals name them, each with the bullet's own words:

- `org:made_for_named`: a thing made for a party named by a capitalised name ("dashboard for
  Guate Te Incluye", "a nowcasting model for the German Federal Ministry").
- `org:with_named`: working, partnering or liaising with a named party, or clients and
  accounts named ("in partnership with Topher Design", "clients such as World Sport Group").
- `org:wide`: reach said by its spread ("union-wide", "cross-functionally", "across
  departments", "with different teams").

A name alone does not tell a company from a tool ("a system for Kotlin"); the weights,
learned with the rest (scripts/train_bullets.py), say how much each is worth.
"""

from __future__ import annotations

import re

from levelset.patterns import compiled
from levelset.proof.tech_names import is_tech

# a capitalised name of one or more words, whatever the pattern's case flag
_NAME = r"(?-i:(?:[A-Z][\w&'’.-]*|[A-Z]{2,}))(?:\s(?-i:[A-Z][\w&'’.-]*))*"
_RULES: tuple[tuple[str, str], ...] = (
    (
        "org:made_for_named",
        r"\b(?:apps?|applications?|website|site|platforms?|systems?|dashboards?|tools?|models?|"
        r"reports?|campaigns?|solutions?|software|database|services?|pipelines?|portals?|"
        r"programs?|programmes?|products?|analys[ie]s|studies|research|content|materials?|"
        r"training|workshops?|sessions?|talks?)\s"
        r"(?:built |developed |made |designed |delivered )?for\s(?:the\s|a\s|an\s)?"
        rf"(?P<name>{_NAME})",
    ),
    (
        "org:with_named",
        r"\b(?:work(?:ed|ing)? (?:closely |directly )?with|partner(?:ed|ing|ship|ships)? with|"
        r"collaborat\w+ with|liais\w+ with|liaison with|coordinat\w+ with|negotiat\w+ with|"
        r"engag\w+ with|alongside|in (?:cooperation|collaboration|partnership) with|"
        r"on behalf of|for clients? (?:like|such as|including)|"
        r"(?:clients?|customers?|partners?|accounts?|brands?)"
        r"(?: included| include| like| such as| including|:))\s"
        rf"(?:\w+\s){{0,3}}?(?:the\s)?(?P<name>{_NAME})",
    ),
    (
        "org:wide",
        r"\b(?:\w+-wide|cross-?functional(?:ly)?(?! team\b)|across (?:the |all |multiple |several |"
        r"different |various )?(?:organi[sz]ations?|company|companies|firm|departments|functions|"
        r"sites|BUs|business(?:es| units)|regions|divisions|offices|countries|markets|teams|"
        r"stakeholders|groups)|(?:from|with|for) (?:different|other|multiple|several|various) "
        r"(?:departments|teams|functions|groups|organi[sz]ations|business units))\b",
    ),
)
_PATTERNS = tuple((name, compiled(p, re.IGNORECASE)) for name, p in _RULES)


def org_signals(text: str) -> dict[str, str]:
    """Each way the bullet names other organisations, with the first words that did."""
    found: dict[str, str] = {}
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            party = match.groupdict().get("name")
            # a thing named first is the bullet's subject ("Dashboards for Acme:" heads a
            # project), and a technology after "with" or "for" is a tool, not a party
            if party is not None and (is_tech(party) or _subject(name, match)):
                continue
            found[name] = match.group(0)
            break
    return found


def _subject(name: str, match: re.Match[str]) -> bool:
    """Whether a thing made for a named party opens the bullet (its heading, not its reach);
    a relation that opens it ("Worked with Unilever on ...") is the author's own work with them."""
    return name == "org:made_for_named" and match.start() == 0
