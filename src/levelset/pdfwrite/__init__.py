"""A small PDF writer of levelset's own: text in embedded TrueType fonts, lines, filled shapes
and SVG charts on pages, with nothing imported that a PDF of levelset's does not use (issue 15:
fpdf2's import alone cost about 0.25 s of CPU per exported PDF)."""
