"""The shapes of Word résumés read from their PDFs as from their DOCX files.

A résumé written in Word and printed to PDF keeps the shapes that the DOCX reader knows by their
paragraphs: each post as one sentence-like paragraph ("Audible. Producer, Voiceover Talent.
2017 - Present.") and an employer written over the whole span of the author's years there with
its dated titles below (docx_posts). In the PDF a paragraph is one or more lines, its dates set
apart where a tab pushed them to the margin; here the lines are given to the same rules as
paragraphs would be ("text<tab>dates"), a sentence post that wrapped onto a second line is read
as one, and what the rules rewrote becomes the line's text and dates again.
"""

from __future__ import annotations

import dataclasses

from levelset.proof.dates import find_date
from levelset.proof.importers.docx_posts import sentence_parts, sentence_posts, umbrella_employers
from levelset.proof.lines import BULLET, Line, is_bullet, joined_on


def written_posts(lines: list[Line]) -> list[Line]:
    """`lines` with the posts written as sentences, or under an umbrella employer, rewritten
    as "Title at Employer" with their dates apart (unchanged where no such shape is found)."""
    lines = joined_on(_list_heads(lines), _wrapped)
    texts = [f"{line.text}\t{line.dates}" if line.dates else line.text for line in lines]
    rewritten = umbrella_employers(sentence_posts(texts))
    out = []
    for line, before, after in zip(lines, texts, rewritten, strict=True):
        if after == before:
            out.append(line)
        elif after:  # an emptied line (an umbrella employer's own) is left out
            text, _, dates = after.partition("\t")
            out.append(dataclasses.replace(line, text=text.strip(), dates=dates.strip()))
    return out


def _wrapped(first: Line, second: Line) -> bool:
    """ "Odom-Booker Entertainment. Feature Film Executive Producer, Director, Cinematographer"
    over "Writer. 2004 - 2011.": a sentence post that wrapped, where neither line alone has
    that shape and the second does not start left of the first."""
    if first.dates or second.dates or second.x0 < first.x0 - 1:
        return False
    if sentence_parts(first.text) or sentence_parts(second.text):
        return False
    return bool(sentence_parts(f"{first.text} {second.text}"))


_DEEPER = 8.0  # points: a list item set this much further right is an item of the one above


def _list_heads(lines: list[Line]) -> list[Line]:
    """ "• Teaching assistant (Fall 2009)" over "o Class: CCTP-783, ..." set deeper: a dated
    list item whose own items sit under it heads them, as an entry's heading does; its mark
    is left out so that it is read as one."""
    out = list(lines)
    for index, line in enumerate(lines[:-1]):
        below = lines[index + 1]
        nested = is_bullet(below.text) and below.x0 > line.x0 + _DEEPER and line.x0 > 0
        if nested and is_bullet(line.text) and find_date(line.text) is not None:
            out[index] = dataclasses.replace(line, text=BULLET.sub("", line.text, count=1))
    return out
