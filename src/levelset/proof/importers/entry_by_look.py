"""Entry lines told apart by how they are set, not by their words: a heading set larger than
the lines round it, the plain second line of a bold head, the next bulleted entry of a list set
like the first, a dated line of description set deeper or plainer than the heads."""

from __future__ import annotations

from levelset.patterns import compiled
from levelset.proof.headers import _separated, names_role, role_score, without_place
from levelset.proof.importers.entry_lines import span_of
from levelset.proof.importers.entry_state import EntryState
from levelset.proof.line_kinds import done_sentence
from levelset.proof.line_kinds import sentence as _sentence
from levelset.proof.line_kinds import short_label as _short_label
from levelset.proof.lines import BULLET, Line, is_bullet
from levelset.proof.locations import is_location
from levelset.proof.title_company import split_title_company

_LEADING_DATE = compiled(r"(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d\b")  # "2020 –", "May 2020 -"
_LARGER = 1.0  # points: a heading line is set at least this much larger than the lines round it


class EntryByLook(EntryState):
    """The look-based tests of `EntryReader` (`importers.entries`)."""

    def _heads_by_size(self, line: Line, following: Line | None) -> bool:
        """A line set larger than the line before it and the dated line after it, neither
        marked as a bullet: the heading line of the entry those dates open (its employer),
        however many words it runs to ("Good Jobs First – Washington, DC; Policy think-tank
        focused on ..." over "Research Analyst (2009 – 2017)")."""
        last = self.last
        if following is None or last is None or not line.size or span_of(following) is None:
            return False
        if is_bullet(line.text) or is_bullet(following.text) or self.pending:
            return False
        first = self.fed <= 1  # the first line under the section's heading
        return line.size - following.size >= _LARGER and (first or line.size - last.size >= _LARGER)

    def _detail_by_look(self, line: Line) -> bool:
        """The line right under a dated head, in a résumé whose heads are bold, set plain at
        the heads' edge (not a bullet, a sentence, a note in brackets or a line cut after a
        comma): the head's second line, naming its
        employer and place or its title however long it runs ("KCGIP, University of Oregon in
        collaboration with InVivo Biosystems, Eugene, OR" under "Graduate Student Researcher
        Oct 2025 – Current")."""
        if self.header is None or self.bullets or self.details or not self._bold_head(line):
            return False
        if line.bold or self.last is None or span_of(self.last) is None:
            return False
        text = line.text.strip()
        if not self.looks.at_heads(line) or is_bullet(text) or done_sentence(text):
            return False
        return not _sentence(text) and not text.startswith("(") and not text.endswith(",")

    def _bold_head(self, line: Line) -> bool:
        """The résumé's heads are bold, or the dated line right above, which opened the entry,
        is bold at this line's size (a document whose plain dated lines outnumber its heads)."""
        opener = self.opener
        if self.looks.bold_heads(line):
            return True
        return (
            opener is not None and opener is self.last and opener.bold and opener.size == line.size
        )

    def _employer_face(self, line: Line, following: Line) -> bool:
        """A line between two dated titles set as an employer under the first: in a smaller
        face than the titles and no place alone, or in a plain face at their size where they
        are bold, a place perhaps after its comma ("Rogers Health, Oconomowoc, WI"; not
        "Oconomowoc, WI" alone; a line with a dash or bar between its parts is read as such)."""
        if not self._plainer(line, following):
            return not is_location(line.text) and 0 < line.size < following.size
        if len(_separated(line.text)) > 1:
            return False  # "Amazon – Seattle, WA": a dash or a bar sets its parts apart
        name, place = without_place(line.text)
        return not is_location(line.text) or bool(place and not is_location(name))

    def _plainer(self, line: Line, following: Line | None) -> bool:
        """The line is set plain at the size of the bold dated titles round it, the one that
        opened the position and the next: an employer under its title, told apart by face."""
        opener = self.opener
        if following is None or opener is None or line.bold or not line.size:
            return False
        return following.bold and opener.bold and line.size == following.size == opener.size

    def _titled(self, title: str, line: Line, following: Line) -> bool:
        """The next dated line's words name a role, or its bold face tells it a title."""
        return names_role(title) or self._plainer(line, following)

    def _sibling(self, line: Line) -> bool:
        """A bulleted line that opens on its dates, set as the bulleted line that opened the
        position above (the same mark, edge and face, the dates first too): the next entry of
        a list of them ("• 2022 – now | Developer at Fledge" over "• 2020 – 2022 | Clerk at
        the municipality"), not a line of the first one's description."""
        opener = self.opener
        if opener is None or self.header is None or not opener.x0 or opener.dates:
            return False
        if not is_bullet(line.text) or not is_bullet(opener.text) or line.dates:
            return False
        if abs(opener.x0 - line.x0) > 1 or opener.bold != line.bold:
            return False
        mark = line.text.lstrip()[:1]
        return mark == opener.text.lstrip()[:1] and _leads(line.text) and _leads(opener.text)

    def _described(self, line: Line, rest: str) -> bool:
        """A dated line under an open position that does not look like the résumé's entry
        heads (set deeper than they start, a list's indent with its mark lost; or in a plain
        face where they are bold) and whose words name no role: a line of the description
        ("Organised the regional hackathon   2019"), not a heading. (A short title indented
        under its employer, "Senior Engineer   2019 – 2021", is a role.)"""
        if self.header is None or self.pending or not self.looks.unlike_heads(line):
            return False
        rest = BULLET.sub("", rest).strip(" |,·•–—-()")
        return not (_short_label(rest) and _names_a_post(rest) and not done_sentence(rest))


def _names_a_post(text: str) -> bool:
    """The words name a role, or open on a title before the unit it is held in ("Director,
    Computational Sociology Lab", whose lab outweighs the role in the words as a whole)."""
    title, company = split_title_company(text)
    return role_score(text) > 0 or bool(company and role_score(title) > 0)


def _leads(text: str) -> bool:
    """The line's words open on a date, after its bullet mark."""
    return bool(_LEADING_DATE.match(BULLET.sub("", text).lstrip()))
