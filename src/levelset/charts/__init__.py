"""Charts as self-contained SVG strings: for web pages, HTML and PDF playbooks, metric files.

No dependencies and no CSS classes (attributes only), so the same SVG renders in a browser
and inside a PDF. Every chart carries a <title> and <desc> for screen readers.
"""

from importlib import import_module
from typing import TYPE_CHECKING

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


def __getattr__(name: str) -> object:
    """Import each public name from its module on first use: importing one module of the
    package (or the package for one name) does not load all of them (start-up, issue 15)."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
