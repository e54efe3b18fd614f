"""A bullet's wrapped line set at the bullet's hanging indent: word processors start a bullet's
second and later lines where its first line's words start, right of the mark and well right of
the entries' heads. Such a line goes on with the bullet whatever its first character ("... EEE
testing" / "(electrical, FPGA, FSW)"), and is no heading of the next entry; a line opening a
new sentence after one that ended is left alone (a template's unmarked paragraphs)."""

from __future__ import annotations

from levelset.proof.importers.entry_state import EntryState
from levelset.proof.lines import Line, is_bullet

_DEEPER = 12.0  # points: a hanging line starts at least this far right of the entries' heads
_SAME = 1.0  # points: two lines start at one indent
_ENDS = (".", "!", "?")


class EntryHanging(EntryState):
    """The hanging indent of bullets, for `EntryReader` (`importers.entries`)."""

    def _hangs_under_bullet(self, line: Line) -> bool:
        """An undated plain line right under the open bullet (its marked first line or a
        line already joined to it), starting at that bullet's text indent, deeper than the
        section's dated heads."""
        opener = self.opener  # the entries' edge, or where the open position's head starts
        last, head_x = self.last, self.looks.head_x or (opener.x0 if opener else 0.0)
        if not self.bullets or self.header is None or self.pending or last is None or not head_x:
            return False
        if line.dates or line.bold or not line.x0 or is_bullet(line.text) or last.dates:
            return False
        if last.number is None or self.bullets[-1].origin.line is None:
            return False
        if last.number < self.bullets[-1].origin.line:
            return False  # the line above is no part of the last bullet
        if line.x0 - head_x < _DEEPER:
            return False
        if self.bullets[-1].text.rstrip().endswith(_ENDS) and line.text[:1].isupper():
            return False  # a sentence ended and a new one starts: paragraphs without marks
        if is_bullet(last.text):
            return line.x0 > last.x0 + _SAME  # right of the mark, under the bullet's words
        return abs(line.x0 - last.x0) <= _SAME  # at the indent of the bullet's lines above
