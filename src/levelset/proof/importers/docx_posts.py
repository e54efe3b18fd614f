"""Word résumés that write each post as one sentence-like paragraph: "Audible. Producer,
Voiceover Talent. 2017 - Present." (employer, title, dates, each closed by a full stop). The
order of the parts is the author's and holds for the whole document, so it is read from all
such paragraphs together, by which part names roles more often; each paragraph is then given
to the reader as "Title at Employer<tab>dates", a shape it reads whole."""

from __future__ import annotations

from typing import Any

from levelset.patterns import compiled
from levelset.proof.dates import find_date, is_date_text
from levelset.proof.headers import role_score
from levelset.proof.sections import section_of

_LAST_STOP = compiled(r"\.\s*(?=[^.]*$)")  # the full stop before the last part (the dates)
_STOPS = compiled(r"(?<=[^\s.])\.\s+(?=[A-Z0-9])")
_YEAR_IN_BRACKETS = compiled(r"\(\d{4}\)")  # "Odom, C. (2013). 23rd Psalm": a citation
_MOST_WORDS = 14  # a part longer than this is a sentence of prose, not a name or a title
_FEWEST = 2  # paragraphs of this shape before the document is taken to use it


def sentence_posts(paragraphs: list[str]) -> list[str]:
    """`paragraphs` with each "Employer. Title. Dates." (or "Title. Employer. Dates.") post
    rewritten as "Title at Employer\tDates"; unchanged where fewer than two paragraphs have
    that shape, or where the part taken for the title names an organisation rather than a
    role (an education line such as "Ph.D., Media. University of Central Florida. 2023.")."""
    shaped = {i: parts for i, text in enumerate(paragraphs) if (parts := sentence_parts(text))}
    if len(shaped) < _FEWEST:
        return paragraphs
    vote = sum(role_score(p[-2]) - role_score(p[0]) for p in shaped.values())
    title_last = vote > 0
    out = list(paragraphs)
    for i, parts in shaped.items():
        names, dates = parts[:-1], parts[-1]
        title = names[-1] if title_last else names[0]
        employer = names[0] if title_last else names[1]
        if role_score(title) < max(0, role_score(employer)) or not (
            title_last or role_score(title)
        ):
            continue  # a title first must name a role: "Ph.D., Media. Westmoor University." no
        out[i] = f"{title} at {employer}\t{dates}"
    return out


def sentence_parts(text: str) -> list[str]:
    """The names and the dates of a "Name. Name. Dates." paragraph, or [] for any other."""
    if text.startswith("- ") or "\t" in text or not text.rstrip().endswith("."):
        return []
    body = text.rstrip().rstrip(".").strip()
    cut = _LAST_STOP.search(body)
    if cut is None:
        return []
    dates = body[cut.end() :].strip()
    if not dates or not dates[:1].isdigit() or not is_date_text(dates) or not find_date(dates):
        return []
    names = [n.strip() for n in _STOPS.split(body[: cut.start()].strip())]
    if not 2 <= len(names) <= 3 or any(not _name_like(n) for n in names):
        return []
    return [*names, dates]


def _name_like(text: str) -> bool:
    return (
        len(text) >= 2
        and text[:1].isupper()
        and len(text.split()) <= _MOST_WORDS
        and not _YEAR_IN_BRACKETS.search(text)
        and not is_date_text(text)
    )


_MOST_LINES_UNDER = 40  # lines looked at under an employer for the titles it holds


def umbrella_employers(paragraphs: list[str]) -> list[str]:
    """An employer written alone with the whole span of the author's years there ("Citi
    Cards/Home Depot/Citi Bank" over "2007-2017"), then its titles, each dated within that span
    ("Credit Officer<tab>08/2015-12/2017"): the titles are the positions, held at that employer;
    the employer's own lines are not a position of their own. Each title line is given to the
    reader as "Title at Employer<tab>dates"; what the author wrote of the employer stays text."""
    out = list(paragraphs)
    i = 0
    while i + 1 < len(out):
        employer, span_text = out[i].strip(), out[i + 1].strip()
        outer = _range(span_text) if _employer_like(employer) else None
        titled = _titles_within(out, i + 2, outer) if outer is not None else []
        if len(titled) < _FEWEST:
            i += 1
            continue
        for j in titled:
            title, dates = out[j].split("\t", 1)
            out[j] = f"{title.strip()} at {employer}\t{dates.strip()}"
        out[i] = out[i + 1] = ""  # kept as empty paragraphs: the others keep their numbers
        i = titled[-1] + 1
    return out


def _range(text: str) -> Any:
    found = find_date(text) if text and is_date_text(text) else None
    return found[0] if found is not None and not found[0].single else None


def _employer_like(text: str) -> bool:
    return (
        bool(text)
        and not text.startswith("- ")
        and "\t" not in text
        and len(text.split()) <= 8
        and not is_date_text(text)
        and role_score(text) <= 0
        and section_of(text) is None
    )


def _titles_within(lines: list[str], start: int, outer: Any) -> list[int]:
    """The lines after `start` that are "Title<tab>dates" with dates inside `outer`, up to the
    next heading or the next line that is an employer over its own span."""
    found: list[int] = []
    for j in range(start, min(len(lines), start + _MOST_LINES_UNDER)):
        text = lines[j].strip()
        if section_of(text) is not None:
            break
        if j + 1 < len(lines) and _employer_like(text) and _range(lines[j + 1].strip()):
            break
        if text.startswith("- ") or "\t" not in text:
            continue
        title, _, dates = (part.strip() for part in text.partition("\t"))
        span = _range(dates.replace("\t", " ").strip())
        if span is None or not title or "\t" in title or not _inside(outer, span):
            continue
        found.append(j)
    return found


def _inside(outer: Any, span: Any) -> bool:
    """The span lies inside the outer one, compared by year (the outer is often years only)."""
    if outer.start is None or span.start is None or span.start.year < outer.start.year:
        return False
    if outer.current:
        return True
    end = span.end or span.start
    return outer.end is not None and not span.current and end.year <= outer.end.year
