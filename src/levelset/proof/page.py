"""A page as PDF text comes: boxes of text placed on it, grouped into lines and segments."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    """A run of text on a page; coordinates in points from the top-left corner."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    size: float = 0.0  # the font size of its largest character (0: not known)
    bold: bool = False  # set in a bold face (as its font's name says), where a PDF tells it

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


@dataclass(frozen=True)
class Segment:
    """Text on one line that stands apart from its neighbours by a wide gap."""

    x0: float
    x1: float
    text: str
    size: float = 0.0  # the largest font size in it (0: not known)
    bold: bool = False  # every run of it set in a bold face (as the PDF's font names say)


@dataclass(frozen=True)
class VisualLine:
    top: float
    height: float
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        return "  ".join(s.text for s in self.segments)

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def size(self) -> float:
        return max(s.size for s in self.segments)

    @property
    def x1(self) -> float:
        return self.segments[-1].x1


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    boxes: tuple[Box, ...]
