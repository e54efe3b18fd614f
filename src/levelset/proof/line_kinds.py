"""What kind of line a résumé line is, by its words alone: a sentence, a label, a wrapped line."""

from __future__ import annotations

import re

from levelset.patterns import compiled
from levelset.proof.cities import is_city
from levelset.proof.headers import names_role, role_score
from levelset.proof.places import REGIONS

ABBREVIATED = compiled(r"\b(?:inc|ltd|co|corp|llc|plc|bros|jr|sr|st|u\.s|s\.a)\.\s*$", re.I)
AREA = compiled(r"(?:Greater\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:Bay\s+)?Area")


_DIGIT = compiled(r"\d")


def sentence(text: str) -> bool:
    """A claim rather than a heading: it ends like a sentence and is long or counts something."""
    if not text.rstrip().endswith((".", "!", "?")) or ABBREVIATED.search(text):
        return False
    return len(text.split()) >= 8 or bool(_DIGIT.search(text))


def done_sentence(text: str) -> bool:
    """A line that opens with a verb of the past ("Developed", "Led") and goes on in lower
    case: what was done, not a name ("Advanced Micro Devices" goes on in capitals)."""
    words = text.split()
    if len(words) < 4 or not words[0][:1].isupper() or not words[0].isalpha():
        return False
    lower = sum(w[:1].islower() for w in words[1:])
    return words[0].casefold().endswith("ed") and lower * 2 > len(words) - 1


_ABBREVIATED = compiled(r"\b(?:Inc|Ltd|Co|Corp|Pvt|Bhd|Pte|Pty|S\.A|S\.p\.A|N\.V|B\.V)\.$")


def short_label(text: str) -> bool:
    """A company, team or location line: a few words, no sentence, no number-led claim."""
    ended = text.rstrip().endswith((".", "!", "?")) and not _named_company(text)
    return len(text.split()) <= 8 and not ended


def _named_company(text: str) -> bool:
    """ "Deriv Services Ltd.", "PLAT Corp.": a name alone that ends in a company's suffix and
    its full stop, not a sentence ending in one ("... and Questar Assessment, Inc.")."""
    words = text.split()
    joined = {"and", "at", "with", "for", "of", "to", "in"} & {w.casefold() for w in words}
    return len(words) <= 5 and not joined and bool(_ABBREVIATED.search(text.rstrip()))


def continues(text: str) -> bool:
    """A bullet that does not end a sentence probably wraps onto the next line."""
    return not text.rstrip().endswith((".", "!", "?", ";"))


_TOOL = compiled(r"[\w.+#/'’()-]+(?: [\w.+#/'’()-]+){0,3}")  # a word or a few, no dash or "&"


# how a tool's name is written: "TOGAF", "ChatGPT", ".NET", "Vue.js", "C#", "C++"
_TECHNICAL = compiled(r"[A-Z]{2}|[a-z][A-Z]|\.\w|\w[#+]")


# a title's last word ("CEO", "Product Lead", "Advisor"), not a field ("Prompt Engineering")
# ("Wiertsema & Partners", "Baker and Associates": a firm's name, its last word no role)
_HEAD_ROLE = compiled(
    r"(?i:(?<!&\s)(?<!\band\s)\b(?:engineer|scientist|manager|analyst|developer|lead|leader|director|researcher|"
    r"intern|architect|consultant|head|vp|founder|co-?founder|cto|ceo|cfo|coo|cio|president|"
    r"owner|partner|advisor|adviser|assistant|associate|member|officer|designer|specialist|"
    r"professor|lecturer|instructor|teacher|tutor|trainer|coordinator|executive|administrator|"
    r"technician|representative|supervisor)s?)$"
)


# "magazine for system administrators", "School for Teachers": the people a thing serves
_AUDIENCE = compiled(r"(?i)\bfor\s+(?:[\w-]+\s+){0,2}[\w-]+s$")


def ends_in_role(text: str) -> bool:
    """ "Lab Technician", "Product Lead": words whose last names a kind of job (not the
    people a thing is made for)."""
    return bool(_HEAD_ROLE.search(text.strip())) and not _AUDIENCE.search(text.strip())


_STATE_CODE = compiled(r"[A-Z]{2}")


def tool_list(text: str) -> bool:
    """ ".NET, Blazor, AI Agents, Prompt Engineering, TOGAF" beside or under a title: a list of
    the tools used (four items or more, each of a few words), never a title, an employer or a
    place ("Acme, Inc., Austin, TX" ends in a state; "Inc." ends in a stop)."""
    items = [item.strip() for item in text.split(",")]
    if len(items) < 4 or not all(_TOOL.fullmatch(item) for item in items):
        return False  # "Kellogg, Hansen, Todd, Figel & Frederick": a firm; "H-E-B, TX — Analyst"
    if any(item.count("(") != item.count(")") for item in items):
        return False  # "P.L.L.C. (Washington, D.C.)": a place in brackets
    if any(_HEAD_ROLE.search(item) for item in items):
        return False  # "Co-Founder, CEO, CTO, Product Lead": titles, not tools
    if not any(_TECHNICAL.search(item) for item in items):
        return False  # "Physics, Optics, Lasers, Villigen": no tool written as tools are
    last = items[-1]  # a state's code ("TX") or a country or city by name, not "SEO" or "AWS"
    place = bool(_STATE_CODE.fullmatch(last)) or last.casefold() in REGIONS or is_city(last)
    return not place and not any(item.endswith(".") for item in items)


def prose(text: str) -> bool:
    """Words of a sentence ("Wrote and maintained a web app ..."), not a name or a field
    ("Data Science | Allstate India", "Pre – Sales – Solution & Offerings"): five words or
    more, most after the first in lower case."""
    words = text.split()
    lower = sum(word[:1].islower() for word in words[1:])
    return len(words) >= 5 and lower * 2 > len(words) - 1


_SMALL_WORDS = {"a", "an", "and", "the", "of", "in", "on", "for", "from", "to", "with", "by"}


def work_named(text: str) -> bool:
    """ "The evolution and eco-physiology of UV tolerance in dryland mosses": the name of a
    study under a post (eight words or more, a quarter of them small words, no role and no
    organisation), a line of that post, not the employer heading the next one."""
    words = text.split()
    if len(words) < 8 or role_score(text) != 0 or names_role(text):
        return False
    return sum(w.casefold() in _SMALL_WORDS for w in words) * 4 >= len(words)
