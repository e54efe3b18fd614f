"""Titles tech workers hold that O*NET files outside tech or does not list, read as the title
a tech worker means (curated/roles.yaml `tech_readings`): "Support Analyst" alone is O*NET's
customer service representative (43-4011), while in tech it is computer user support.

A job board's form of such a title reads the same: with a team or product after a dash, comma,
bar or bracket ("Group Product Manager - Payments"), or with the job's qualifier written after a
comma ("Program Manager, Technical" is a technical program manager)."""

from __future__ import annotations

from typing import Any

from levelset.market.roles import Fetcher, RoleMatch, match_curated, read_as
from levelset.market.title_clean import clean_title
from levelset.patterns import compiled


def tech_reading(text: str, store: Fetcher) -> RoleMatch | None:
    """The role of the title the map reads a tech title as, the title's level words kept
    ("Senior Technical Program Manager" is a senior IT project manager); the same for the
    title's job before a team or product, or with its qualifier after a comma put first; None
    when none of these (less its level words) is in the map."""
    levels = clean_title(text).level_words
    for form, how in _forms(text):
        found = _reading(form, text, how, store, levels)
        if found is not None:
            return found
    return None


def _reading(
    form: str, text: str, how: str, store: Fetcher, title_levels: tuple[str, ...]
) -> RoleMatch | None:
    from levelset.market.onet_titles import exact_onet

    named = _map_entry(form)
    if named is None:
        return None
    entry, by_core = named
    if form != text and not _team_allowed(entry, form, text):
        return None
    levels = title_levels if by_core else ()
    meant, reason = _meant(entry)
    found = match_curated(meant) or exact_onet(meant, store)
    if found is None:
        return None
    # the user's title first, then why it is read so, then what the reading is
    why = f"{text!r}{how} is read as {meant!r}, the job the title names in tech"
    why += f": {reason}. " if reason else ". "
    return read_as(found, text, why + found.why, levels)


def _team_allowed(entry: Any, form: str, text: str) -> bool:
    """Whether a reading found with a team or field set aside holds for that team: an entry
    marked `team: computing` ("program manager") only for a computing one ("Program Manager,
    Data Platform"; never "Program Manager - Youth Services")."""
    if not isinstance(entry, dict) or entry.get("team") != "computing":
        return True
    from levelset.market.title_onet_leads import computing_words

    team = set(clean_title(text).full.split()) - set(clean_title(form).full.split())
    return computing_words(team)


def _map_entry(form: str) -> tuple[Any, bool] | None:
    """(the tech_readings entry of a title form, whether it was found by the title less its
    level words) or None. A level word the map's own name holds ("head of product") is the
    job's, so a form found whole keeps no level."""
    from levelset.market.curated import load

    readings = load("roles").get("tech_readings", {})
    clean = clean_title(form)
    if clean.core in readings:
        return readings[clean.core], True
    if clean.full in readings:
        return readings[clean.full], False
    return None


def _curated_name(title: str) -> bool:
    """Whether a title (less its level words, or whole) is a curated role's name."""
    from levelset.market.roles import _aliases

    clean = clean_title(title)
    return clean.full in _aliases() or clean.core in _aliases()


def _meant(entry: Any) -> tuple[str, str]:
    """(the title meant, the reason given, "" when none) of a tech_readings entry: a title, or
    a mapping with `as` and `why`."""
    if isinstance(entry, dict):
        return str(entry["as"]), str(entry.get("why", ""))
    return str(entry), ""


def _forms(text: str) -> list[tuple[str, str]]:
    """The title, then its job before a team or product (two words or more, no other trade
    named after it), then the job with its qualifier after a comma put first; each with the
    words the reason says of it."""
    forms = [(text, "")]
    head, sep, rest = _split(text)
    if sep and len(head.split()) >= 2 and not _OTHER_TRADE & set(clean_title(rest).full.split()):
        forms.append((head, f" without {rest.strip()!r}"))  # the team or product set aside
    turned = inverted(text)
    if turned is not None:
        forms.append((turned, f" (the qualifier after its comma put first: {turned!r})"))
    return forms


def _split(text: str) -> tuple[str, str, str]:
    """(the job, the separator, what follows) at a title's first dash, bar, comma or bracket."""
    cut = _SEPARATOR.search(text)
    if cut is None:
        return text, "", ""
    return text[: cut.start()].strip(), cut.group(), text[cut.end() :].strip(" )")


# a team or product after the job: " - Payments", ", Google Cloud", " | Ads", " (API Platform)",
# " for Publishing Solutions"
_SEPARATOR = compiled(r"\s+[-–—|]\s+|,\s+|\s*\(|\s+for\s+")

# words after a job that name another trade's setting: "Test Engineer - Hardware" is no
# software tester, "Production Engineer - Injection Moulding" no site reliability engineer
_OTHER_TRADE = frozenset((
    "hardware", "manufacturing", "mechanical", "electrical", "electronics", "electronic",
    "semiconductor", "automotive", "plant", "factory", "process", "chemical", "civil",
    "construction", "pcb", "pcba", "rf", "moulding", "molding", "injection", "assembly",
    "packaging", "oil", "gas", "pharmaceutical", "medical", "clinical", "food", "aerospace",
    "avionics", "vehicle", "battery", "printing", "film", "broadcast", "television", "tv",
    "music", "theatre", "theater", "garment", "textile", "mining", "steel", "metal",
    "piping", "pipe", "vessel", "vessels", "structural", "hvac", "subsea",
))  # fmt: skip


def inverted(text: str) -> str | None:
    """ "Technical Program Manager" for "Program Manager, Technical": a job word before a comma
    and one or two words after it that are no job of their own ("Engineer, Machine Learning",
    "Analyst, Data"), or a team's engineering of three ("Manager, Modern Workplace
    Engineering"); None for any other title."""
    from levelset.market.title_words import JOB_NOUNS

    head, comma, rest = text.partition(",")
    words, after = head.split(), rest.split()
    most = 3 if after[-1:] and after[-1].lower() == "engineering" else 2
    if not comma or not words or not 1 <= len(after) <= most or "," in rest:
        return None
    if words[-1].lower() not in JOB_NOUNS or after[-1].lower().strip(".") in JOB_NOUNS:
        return None
    if not all(w.isalpha() for w in after):
        return None
    levels = {str(w) for w in _level_words()}
    if all(w.lower() in levels for w in after):
        return None  # "Data Engineer, Senior": a level after the job, read as such elsewhere
    return f"{rest.strip()} {head.strip()}"


def inverted_reading(text: str, store: Fetcher) -> RoleMatch | None:
    """The role of a title with its qualifier after a comma ("Engineer, Site Reliability"),
    when the title with the qualifier first is a curated role's name or an O*NET title exactly
    (less its level words); None otherwise."""
    from dataclasses import replace

    from levelset.market.onet_titles import exact_onet

    turned = inverted(text)
    for form in [turned] if turned is not None else bracket_inverted(text):
        if _curated_name(form):
            found: RoleMatch | None = match_curated(form)
        else:  # "Manager, OSS Engineering": the manager of a team's engineering
            managed = clean_title(form).core.endswith(" engineering manager")
            found = (match_curated(form) if managed else None) or exact_onet(form, store)
        if found is not None:
            why = f"{found.why} (read from {text!r} with the qualifier after it put first)"
            return replace(found, text=text, why=why)
    return _tool_after_reading(text, store)


def _tool_after_reading(text: str, store: Fetcher) -> RoleMatch | None:
    """The role of "Engineer golang" read as "golang Engineer" (_tool_after), or None."""
    from dataclasses import replace

    from levelset.errors import InputError
    from levelset.market.titles import resolve_role

    for form in _tool_after(text):
        try:
            found = resolve_role(form, store)
        except InputError:
            continue
        why = f"{found.why} (read from {text!r} with the tool after the job word put first)"
        return replace(found, text=text, why=why)
    return None


# a bare job word and its field in brackets: "Principal Engineer (Mechanical Rotating)"
_BRACKETED = compiled(r"^([^()]+?)\s*\(\s*([A-Za-z][A-Za-z ]*?)\s*\)\s*$")
_BARE_JOBS = frozenset(("engineer", "scientist", "developer", "researcher", "analyst"))


def bracket_inverted(text: str) -> list[str]:
    """ "Mechanical Rotating Principal Engineer", then "Mechanical Principal Engineer", for
    "Principal Engineer (Mechanical Rotating)": a bare job word's field in brackets put first,
    its first words alone after all of them; [] for any other title."""
    found = _BRACKETED.match(text.strip())
    if found is None or clean_title(found.group(1)).core not in _BARE_JOBS:
        return []
    after = found.group(2).split()
    levels = {str(w) for w in _level_words()}
    if len(after) > 3 or all(w.lower() in levels for w in after):
        return []  # "Engineer (Senior)": a level, read as such elsewhere
    head = found.group(1).strip()
    return [f"{' '.join(after[:n])} {head}" for n in range(len(after), 0, -1)]


def _tool_after(text: str) -> list[str]:
    """ "golang Engineer" for "Engineer golang": a bare job word (its level words kept) and then,
    with no separator, the one language or tool it works in; [] for any other title."""
    from levelset.market.title_tools import tool_named

    words = text.split()
    for cut in range(len(words) - 1, 0, -1):
        head, tool = " ".join(words[:cut]), " ".join(words[cut:])
        if clean_title(head).core in _BARE_JOBS and tool_named(tool):
            return [f"{tool} {head}"]
    return []


def _level_words() -> list[str]:
    from levelset.market.curated import load

    return [str(w) for w in load("roles")["level_words"]]


def read_before_curated(text: str) -> bool:
    """Whether the title has a reading that comes before the curated map's word rules, known
    without the market store: the map of tech readings names one of its forms, or its qualifier
    after a comma put first makes a curated role's name. The callers that try the curated map
    alone first, to spare opening the store, then go the whole way ("Developer Advocate, AI" is
    a developer advocate, not an AI engineer)."""
    if any(_map_entry(form) is not None for form, _ in _forms(text)):
        return True
    turned = inverted(text.strip())
    return turned is not None and _curated_name(turned)


def ending_reading(text: str, store: Fetcher) -> RoleMatch | None:
    """A title no other reading knows that ends in a tech reading's name of two words or more,
    the words before it read as a specialty ("GPU Kernel Engineer" is a kernel engineer), unless
    they name another trade ("PCBA Test Engineer") or a business function; the same for its job
    before a team or place ("GPU Kernel Engineer (London, Berlin)"); else the lead of a computer
    job ("Network Automation Lead"); None otherwise."""
    from levelset.market.curated import load
    from levelset.market.title_words import BUSINESS_FUNCTIONS

    readings = load("roles").get("tech_readings", {})
    levels = clean_title(text).level_words
    # nor a business function or the people a desk serves: "Sales Support Analyst"
    other = _OTHER_TRADE | BUSINESS_FUNCTIONS | _SERVED
    for form, _ in _forms(text)[:2]:
        words = clean_title(form).core.split()
        for start in range(1, len(words) - 1):
            tail = " ".join(words[start:])
            if tail in readings and not other & set(words[:start]):
                before = " ".join(words[:start])
                how = f" (its specialty {before!r} set aside)"
                return _reading(tail, text, how, store, levels or clean_title(form).level_words)
    from levelset.market.title_onet_leads import lead_of_computing_job

    return lead_of_computing_job(text, store)  # the lead of such a job, at the lead's level


# the people a desk outside tech serves ("Customer Support Analyst" is customer service)
_SERVED = frozenset(("customer", "customers", "client", "clients", "member", "guest"))
