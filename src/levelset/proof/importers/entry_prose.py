"""Dates inside a sentence: a line of an entry's description, not the heading of an entry.

A year range in running prose ("From 2018 to 2019 ran the guild.", "The main achievement
during 2007-2009 was ...") dates what the sentence says; the entry reader adds such a line to
the job above as a bullet rather than opening a new entry on it.
"""

from __future__ import annotations

from levelset.proof.dates import find_date
from levelset.proof.importers.entry_lines import ends_sentence, lower_case
from levelset.proof.lines import BULLET, Line, is_bullet


def dated_prose(line: Line, following: Line | None = None) -> bool:
    """ "From 2018 to 2019 ran the internal Python guild.": dates inside a sentence (words on
    both sides, a lower-case word next to them, a full stop at its end, or the sentence going
    on in lower case on the next line where a PDF wrapped it) date a line of the description,
    not an entry, even where the bullet sign was lost."""
    text = line.text.strip()
    found = None if line.dates else find_date(text)
    if found is None or len(text.split()) < 6:
        return False
    if not (ends_sentence(text) or _sentence_goes_on(following)):
        return False
    before, after = text[: found[1].start()].split(), text[found[1].end() :].strip(" ,:;")
    if not after:
        return False
    if not before:  # "2021 – 2022: rebuilt the credit model.", "Since 2023, run the review."
        return after[:1].islower()
    return before[-1].islower() or after[:1].islower()


def _sentence_goes_on(following: Line | None) -> bool:
    """The next line carries on a sentence: it opens in lower case, with no list mark and no
    dates or place of its own ("... during 2007-2009 was the development of the new water-
    filling" over "waveform for mobile communication band-sharing ...")."""
    if following is None or following.dates or following.place:
        return False
    text = following.text.strip()
    return text[:1].islower() and not is_bullet(text) and find_date(text) is None


_IRREGULAR = {"built", "led", "ran", "wrote", "made", "grew", "cut", "won", "taught", "drove"}


def dated_claim(line: Line) -> bool:
    """ "Built the claims warehouse loads that 60 actuaries query daily (2020 –": a line that
    opens with a verb in the past and reads as a sentence, its dates inside it or wrapped onto
    the next line; what someone did, never a heading, wherever it stands."""
    text = BULLET.sub("", line.text).strip()
    found = None if line.dates else find_date(text)
    if found is None:
        return False
    before = text[: found[1].start()].strip(" (,;:")
    words = before.split()
    if len(words) < 6 or not lower_case(before):
        return False
    first = words[0].casefold()
    return first in _IRREGULAR or (first.endswith("ed") and len(first) > 4)
