"""Text as fonts encode it, made plain: ligatures, soft hyphens, odd spaces and dashes.

LaTeX fonts often map the hyphen to U+00AD (so "Sep. 2023 ­ Mar. 2024" carries a soft hyphen
where a dash was printed), PDFium marks a word broken at a line end with U+FFFE, and ligatures
(ﬁ, ﬂ) come through as one character.
"""

from __future__ import annotations

import re
import unicodedata

from levelset.patterns import compiled

HYPHENATION = "\u00ad"  # left at the end of a line: the word goes on on the next one
_SPACES = compiled(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]+")
_SOFT_BETWEEN_SPACES = compiled(r"(?<=[\s\d.])\u00ad(?=[\s\d])|\s\u00ad|\u00ad\s")
_HYPHENS = compiled(r"-[-\u00ad\u2010\u2011]+|\u00ad[\u2010\u2011-]+")
_CONTROL = compiled(r"[\x00-\x1f\x7f]")
_PRIVATE = compiled(r"[\ue000-\uf8ff]")  # icon fonts (phone, mail, GitHub marks)
# an icon before a capitalised word parts them ("LEAD ENGINEER <briefcase> ACME")
_ICON_BETWEEN = compiled(
    r"(?<=[^\W_])[\s\ue000-\uf8ff]*[\ue000-\uf8ff][\s\ue000-\uf8ff]*(?=[A-Z0-9À-Þ])"
)
# LaTeX's old (OT1) fonts draw an accent as its own glyph before the letter: "R´ep´etiteur".
_ACCENTS = {"\u00b4": "\u0301", "`": "\u0300", "\u00a8": "\u0308", "\u02c6": "\u0302",
            "\u02dc": "\u0303", "\u02c7": "\u030c", "\u02d8": "\u0306"}  # fmt: skip
_LOOSE_ACCENT = compiled(r"([\u00b4\u00a8\u02c6\u02dc\u02c7\u02d8]|(?<=[^\W\d_])`)([^\W\d_])")


_SOFT_HYPHEN_END = compiled(r"\S\u00ad$")
_RUN_OF_SPACES = compiled(r" {2,}")


def clean_glyphs(text: str) -> str:
    """Ligatures split, soft hyphens read as dashes or hyphens, icon glyphs and odd spaces gone."""
    text = text.replace("\ufffe", HYPHENATION).replace("\x02", HYPHENATION)
    text = _HYPHENS.sub("-", text.replace("\u2010", "-").replace("\u2011", "-"))
    text = _CONTROL.sub(" ", text)
    text = _LOOSE_ACCENT.sub(_accented, text)
    text = _ICON_BETWEEN.sub(" · ", text)
    text = unicodedata.normalize("NFKC", _PRIVATE.sub(" ", text))
    text = _SPACES.sub(" ", text)
    trailing = _SOFT_HYPHEN_END.search(text.rstrip()) is not None
    body = text.rstrip().removesuffix(HYPHENATION) if trailing else text
    body = _SOFT_BETWEEN_SPACES.sub(" – ", body).replace(HYPHENATION, "-")
    body = _RUN_OF_SPACES.sub(" ", body.replace(f" {HYPHENATION}", " –")).strip()
    return body + HYPHENATION if trailing else body


def _accented(match: re.Match[str]) -> str:
    accent, letter = match.groups()
    return unicodedata.normalize("NFC", letter + _ACCENTS[accent])


def join_runs(runs: list[tuple[float, float, str]], height: float) -> str:
    """Texts placed left to right as one string, with a space where the gap shows one."""
    out = ""
    last_x1: float | None = None
    for x0, x1, text in runs:
        if out and last_x1 is not None:
            spaced = out[-1].isspace() or text[:1].isspace()
            if not spaced and x0 - last_x1 > 0.18 * height:
                out += " "
        out += text
        last_x1 = x1
    return out


def join_hyphenated(first: str, second: str) -> str:
    """Two wrapped lines as one: a word broken at the line end is mended."""
    if first.endswith(HYPHENATION):
        return first[:-1] + second.lstrip()
    return f"{first.rstrip()} {second.lstrip()}"
