"""Levels: one band scale parsed from what people write ("senior", "L5", "SDE II", "IC4").

A band maps to the crowd's experience codes and, through the US prevailing-wage levels, to an
approximate OEWS percentile. Company ladders are community-reported, never official.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from levelset.bands import Band
from levelset.errors import InputError, UnknownValue
from levelset.market.catalog import LEVELS
from levelset.market.curated import load
from levelset.market.twins import recorded
from levelset.patterns import compiled

_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V"}
# A Fellow (Google L9-L10, Microsoft 80) ranks above the six bands, where public pay data is too
# thin for a band of its own: it is read as principal, the top band, and said so.
ABOVE_BANDS = "fellow"
ABOVE_READ = (
    "a Fellow ranks above the six bands, so it is read as principal, the top one: "
    "principal's ranges understate a Fellow's pay"
)
LEVEL_MAP_SOURCE = f"{LEVELS.name} (community-reported, compiled {LEVELS.release})"
_LADDER = compiled(r"^(ICT|IC|L|E)\s*(\d{1,2})$")


@dataclass(frozen=True)
class Bridge:
    """Where a band sits on an OEWS wage distribution, via the prevailing-wage levels."""

    wage_level: str  # "I".."IV"
    percentile: int  # 17, 34, 50, 67 (75, 90 beyond the official levels)
    extrapolated: bool  # True above Level IV: not part of the official scheme

    @property
    def label(self) -> str:
        extra = ", extrapolated beyond Level IV" if self.extrapolated else ""
        return f"wage Level {self.wage_level} ~ P{self.percentile} (approximate{extra})"


@dataclass(frozen=True)
class LevelMatch:
    """A parsed level: its band, how it was read, and what it means in each data source."""

    text: str
    band: Band
    ladder: str | None  # "google", "amazon"... from a company ladder; "generic" for another company
    why: str
    crowd_codes: tuple[str, ...]
    bridge: Bridge
    alternatives: tuple[str, ...] = ()  # other readings, e.g. "at amazon L5 is mid"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "band": self.band.value,
            "label": self.band.label,
            "ladder": self.ladder,
            "why": self.why,
            "crowd_codes": list(self.crowd_codes),
            "wage_level": self.bridge.wage_level,
            "oews_percentile": self.bridge.percentile,
            "extrapolated": self.bridge.extrapolated,
            "alternatives": list(self.alternatives),
        }


def crowd_codes(band: Band) -> tuple[str, ...]:
    """The crowd file's experience codes (EN/MI/SE/EX) counted for a band."""
    return tuple(load("levels")["crowd"][band.value])


def bridge(band: Band) -> Bridge:
    """The prevailing-wage level and approximate OEWS percentile of a band."""
    entry = load("levels")["bridge"][band.value]
    return Bridge(
        str(entry["wage_level"]), int(entry["percentile"]), bool(entry.get("extrapolated"))
    )


_NOT_LETTER = compiled(r"[^a-z]")


def company_key(company: str | None) -> str | None:
    """The ladder name for a company as typed ("Alphabet" -> "google"), None if unknown."""
    if not company:
        return None
    key = _NOT_LETTER.sub("", company.lower())
    data = load("levels")
    key = data["company_aliases"].get(key, key)
    return key if key in data["companies"] else None


def parse_level(text: str, company: str | None = None) -> LevelMatch:
    """Read a level; raise UnknownValue with the closest known names when it means nothing."""
    ladder = company_key(company)
    if company and ladder is None:
        generic = _generic(text.strip(), company)
        if generic is not None:
            return generic
    match = _parse(text.strip(), ladder)
    if not company or match.ladder is None or match.ladder == ladder:
        return match
    # a company was given but did not decide the reading: say why, never "no company given"
    why = match.why.replace(" (no company given)", "")
    reason = (
        f"{company!r} has no ladder in the level map"
        if ladder is None
        else f"{_normalise(text)} is not on the {ladder} ladder"
    )
    return replace(match, why=f"{why} ({reason})")


GENERIC = "generic"


def _generic(text: str, company: str) -> LevelMatch | None:
    """A ladder-form level ("L5", "IC4") at a company without a ladder in the map: read on the
    generic numbering, labelled so, with the named ladders that read it otherwise."""
    key = _normalise(text)
    levels: dict[str, str] = load("levels")["generic"]
    if key not in levels:
        return None
    band = Band(levels[key])
    why = (
        f"{key} read on a generic ladder ({company!r} has no ladder in the level map; "
        f"{key} is {band.label} in the common numbering, not {company}'s own levels)"
    )
    return LevelMatch(
        text=text,
        band=band,
        ladder=GENERIC,
        why=why,
        crowd_codes=crowd_codes(band),
        bridge=bridge(band),
        alternatives=_alternatives(key, GENERIC, band),
    )


@lru_cache(maxsize=2048)
def _parse(text: str, ladder: str | None) -> LevelMatch:
    key = _normalise(text)
    if key.isdigit() and len(key) == 1 and not (ladder and key in _ladder(ladder)):
        raise _which_ladder(text, key)
    found = _lookup(key, ladder, text.strip())
    if found is None:
        raise UnknownValue("level", text, _closest(key))
    band, used, why = found
    return LevelMatch(
        text=text,
        band=band,
        ladder=used,
        why=why,
        crowd_codes=crowd_codes(band),
        bridge=bridge(band),
        alternatives=_alternatives(key, used, band),
    )


def _ladder(name: str) -> dict[str, str]:
    return dict(load("levels")["companies"][name])


def _which_ladder(text: str, digit: str) -> InputError:
    """A bare "5" is a level on several ladders: ask which, naming them, never guess."""
    readings = []
    for name, levels in load("levels")["companies"].items():
        for prefix in ("L", "E", "IC", "ICT"):
            if f"{prefix}{digit}" in levels:
                label = Band(levels[f"{prefix}{digit}"]).label
                readings.append(f"{prefix}{digit} at {name.capitalize()} is {label}")
    return InputError(
        f"level {text!r} names no ladder: {'; '.join(readings) or 'no ladder has it'}",
        hint="give the ladder's form (--level L5, E5, IC5) with --company, or a band name "
        "(--level senior)",
    )


_PUNCTUATION = compiled(r"[._\-/,()]+")
_LEVEL_WORD = compiled(r"\bLEVEL\b")
_SDE_NUMBER = compiled(r"\b(SDE|SWE)\s*([1-5])\b")
_SPACES = compiled(r"\s+")


def _normalise(text: str) -> str:
    key = _PUNCTUATION.sub(" ", text.upper())
    key = _LEVEL_WORD.sub(" ", key)
    key = _SDE_NUMBER.sub(lambda m: f"{m[1]} {_ROMAN[m[2]]}", key)
    key = _SPACES.sub(" ", key).strip()
    ladder = _LADDER.match(key)
    return f"{ladder[1]}{ladder[2]}" if ladder else key


def _lookup(key: str, ladder: str | None, said: str) -> tuple[Band, str | None, str] | None:
    """The band `key` names: on the company's ladder, as a band word, on the default ladder
    of its form ("L5": Google's), by a level word at an end of a title, and last as one
    company's own title. A title with a level word ("Principal Engineer") reads by that word
    when no company is given; the ladders that read it otherwise are the alternatives."""
    companies: dict[str, dict[str, str]] = load("levels")["companies"]
    if ladder and key in companies[ladder]:
        return Band(companies[ladder][key]), ladder, f"{key} on the {ladder} ladder"
    band = _word_band(key.lower())
    if band is not None:
        if key.lower() == ABOVE_BANDS:
            return band, None, f"{said!r}: {ABOVE_READ}"
        return band, None, f"{said!r} names the {band.label} band"
    default = _default_ladder(key)
    ladders = {**companies, GENERIC: load("levels")[GENERIC]}
    if default and key in ladders[default]:
        why = f"{key} read on the {default} ladder (no company given)"
        return Band(ladders[default][key]), default, why
    found = _edge_words(key.lower(), said)
    if found is not None:
        return found
    for name, levels in companies.items():
        if key in levels:
            why = f"{said!r} is a level on the {name} ladder (no company given)"
            return Band(levels[key]), name, why
    return None


def _edge_words(lowered: str, said: str) -> tuple[Band, None, str] | None:
    """A level word at either end of a title, longest first ("senior staff" before "senior")."""
    words = lowered.split(" ")
    for size in range(min(len(words) - 1, 3), 0, -1):
        for part in (words[:size], words[-size:]):
            band = _word_band(" ".join(part))
            if band is not None:
                word = " ".join(part)
                if word == ABOVE_BANDS:
                    return band, None, f"{word!r} in {said!r}: {ABOVE_READ}"
                return band, None, f"{word!r} in {said!r} names the {band.label} band"
    return None


def _word_band(lowered: str) -> Band | None:
    for band in Band:
        if lowered in (band.value, band.label):
            return band
    for band_name, words in load("levels")["words"].items():
        if lowered in {str(w) for w in words}:
            return Band(band_name)
    return None


_LADDER_PREFIX = compiled(r"^(ICT|IC|L|E|SDE)")


def _default_ladder(key: str) -> str | None:
    match = _LADDER_PREFIX.match(key)
    if not match:
        return "microsoft" if key.isdigit() and 59 <= int(key) <= 70 else None
    return str(load("levels")["default_ladder"][match[1]])


def _alternatives(key: str, used: str | None, band: Band) -> tuple[str, ...]:
    companies: dict[str, dict[str, str]] = load("levels")["companies"]
    others = []
    for name, levels in companies.items():
        if name != used and key in levels and levels[key] != band.value:
            others.append(f"at {name} {key} is {Band(levels[key]).label}")
    return tuple(others)


_LADDER_CODE = compiled(r"^(ICT|IC|L|E)(\d+)$")
_ON_LADDER = {p: compiled(rf"{p}\d+") for p in ("ICT", "IC", "L", "E")}  # a code on that ladder


def _closest(key: str) -> list[str]:
    from rapidfuzz import process, utils

    data = load("levels")
    words = [str(w) for ws in data["words"].values() for w in ws if len(str(w)) > 3]
    choices = (
        [b.label for b in Band]
        + words
        + sorted({k for levels in data["companies"].values() for k in levels if not k.isdigit()})
    )
    # a word may name a band and a ladder level, in any case ("SENIOR PRINCIPAL")
    firsts: dict[str, str] = {}
    for choice in choices:
        firsts.setdefault(choice.casefold(), choice)
    unique = list(firsts.values())
    ladder = _LADDER_CODE.match(key)
    if ladder:  # "L9": the levels of the same prefix, nearest number first
        same = [c for c in unique if _ON_LADDER[ladder[1]].fullmatch(c)]
        same.sort(key=lambda c: abs(int(c[len(ladder[1]) :]) - int(ladder[2])))
        return same[:5]
    found = process.extract(key, unique, limit=5, processor=utils.default_process)
    return [m[0] for m in found]


def level_names() -> list[str]:
    """Every level name parse_level understands, for help texts."""
    data = load("levels")
    names = [b.label for b in Band]
    for levels in data["companies"].values():
        names.extend(k for k in levels if k not in names)
    return names


@dataclass(frozen=True)
class LevelRow:
    """One band of the cross-company table (community-reported, not official)."""

    band: Band | None  # None for the rows above principal (fellow)
    rank: int
    generic_title: str
    typical_yoe: str
    companies: dict[str, str]
    confidence: str
    notes: str
    crowd_codes: tuple[str, ...]
    bridge: Bridge | None
    dataset: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "band": self.band.value if self.band else None,
            "rank": self.rank,
            "generic_title": self.generic_title,
            "typical_yoe": self.typical_yoe,
            "companies": self.companies,
            "confidence": self.confidence,
            "notes": self.notes,
            "crowd_codes": list(self.crowd_codes),
            "wage_level": self.bridge.wage_level if self.bridge else None,
            "oews_percentile": self.bridge.percentile if self.bridge else None,
            "read_as": self.read_as.value,
            "source": self.source,
        }

    @property
    def read_as(self) -> Band:
        """The band this row's levels are read as: its own, or principal above the scale."""
        return self.band or Band.PRINCIPAL

    @property
    def source(self) -> str:
        """Where the row comes from, with the year the shipped map was compiled."""
        if self.dataset == LEVELS.name:
            return LEVEL_MAP_SOURCE
        return f"{self.dataset} (community-reported)"


COMPANIES = ("google", "meta", "amazon", "microsoft", "apple")
LEVEL_TABLE = recorded("SELECT * FROM level_map ORDER BY band")


def level_rows(rows: list[dict[str, Any]]) -> list[LevelRow]:
    """The cross-company table from the store's level_map rows, with crowd codes and bridge."""
    table = []
    for row in sorted(rows, key=lambda r: int(r["band"])):
        rank = int(row["band"])
        band = Band.from_rank(rank) if rank <= len(Band) else None
        table.append(
            LevelRow(
                band=band,
                rank=rank,
                generic_title=str(row["generic_title"]),
                typical_yoe=str(row["typical_yoe"] or ""),
                companies={c: str(row[c] or "") for c in COMPANIES},
                confidence=str(row["confidence"] or ""),
                notes=str(row["notes"] or ""),
                crowd_codes=crowd_codes(band) if band else (),
                bridge=bridge(band) if band else None,
                dataset=str(row["dataset"]),
            )
        )
    return table
