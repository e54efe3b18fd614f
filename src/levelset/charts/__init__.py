"""Charts as self-contained SVG strings: for web pages, HTML and PDF playbooks, metric files.

No dependencies and no CSS classes (attributes only), so the same SVG renders in a browser
and inside a PDF. Every chart carries a <title> and <desc> for screen readers.
"""

from typing import TYPE_CHECKING

from levelset.lazy import names_on_first_use

if TYPE_CHECKING:
    from levelset.charts.bars import Bar, bar_chart, funnel_chart, stacked_bar_chart
    from levelset.charts.lines import Series, line_chart
    from levelset.charts.ranges import RangeRow, range_chart
    from levelset.charts.svg import drawn_twice, printable

_WHERE = {
    "Bar": "bars",
    "bar_chart": "bars",
    "funnel_chart": "bars",
    "stacked_bar_chart": "bars",
    "Series": "lines",
    "line_chart": "lines",
    "RangeRow": "ranges",
    "range_chart": "ranges",
    "drawn_twice": "svg",
    "printable": "svg",
}

__all__ = [
    "Bar",
    "RangeRow",
    "Series",
    "bar_chart",
    "drawn_twice",
    "funnel_chart",
    "line_chart",
    "printable",
    "range_chart",
    "stacked_bar_chart",
]


__getattr__ = names_on_first_use(__name__, _WHERE, globals())
