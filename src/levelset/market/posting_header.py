"""The employer and place a posting's header line names when no field is labelled: "Acme Corp -
Austin, TX", "Acme · Seattle, WA (Hybrid)", "Acme | New York, New York, United States", or
the place alone on its line ("Austin, TX"). Only a place written "City, ST" or "City, State"
(a US state's code or name) is taken, so a line of prose or a team's name is never read as one.
"""

from __future__ import annotations

from levelset.patterns import compiled

_STATE_CODES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
    "|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
)
_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts"
    "|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey"
    "|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania"
    "|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington"
    "|West Virginia|Wisconsin|Wyoming|District of Columbia|Puerto Rico"
)
# "Austin, TX", "New York, New York, United States", "Seattle, WA 98101 (Hybrid)"
_PLACE = (
    rf"[A-Z][A-Za-z.'’]*(?:[ -][A-Za-z.'’]+){{0,3}}, (?:(?:{_STATE_CODES})\b|(?:{_STATE_NAMES})\b)"
    r"(?: \d{5})?(?:,? (?:USA|US|U\.S\.A?\.?|United States))?"
    r"(?:\s*[(\[](?i:remote|hybrid|on-?site|in[- ]office)[)\]])?"
)
_SEPARATOR = r"\s+(?:[-–—|·•@]|at)\s+"
_HEADER = compiled(rf"^(?:(?P<company>[^\s|·•@][^|·•@]{{0,58}}?){_SEPARATOR})?(?P<place>{_PLACE})$")
# how far into a posting a header line may lie, in non-empty lines
_HEAD_LINES = 6


def header_fields(lines: list[str]) -> tuple[str | None, str | None]:
    """(what comes before the place, the place) of the first header line among the posting's
    opening lines that ends with a US place ("Acme Corp - Austin, TX"; the title's line too:
    "Staff Engineer - New York, NY"); (None, None) when none does. A place alone on its line
    gives nothing before it."""
    opening = [line.strip(" *_#>") for line in lines if line.strip()][:_HEAD_LINES]
    for line in opening:
        found = _HEADER.match(line)
        if found is None:
            continue
        before = found.group("company")
        return (_plain(before) if before else None), found.group("place")
    return None, None


_SPACES = compiled(r"\s+")


def _plain(company: str) -> str | None:
    """The employer's name as written, spaces collapsed (the caller sets aside a job's name)."""
    name = _SPACES.sub(" ", company).strip(" ,")
    return name or None
