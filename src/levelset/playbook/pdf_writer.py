"""fpdf2, imported without NumPy.

fpdf2 imports NumPy when it is installed, only to speed up raster images (their LZW codes, an
alpha channel's check), and runs the same in plain Python without it. A playbook holds no
raster image (its charts are vectors), and NumPy's import costs about 0.1 s of CPU (its BLAS
threads starting), a quarter of a cold PDF export. Only the thread importing fpdf2 is refused
NumPy, and only meanwhile; NumPy imports as usual anywhere else.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.machinery import ModuleSpec
from types import ModuleType

__all__ = ["FPDF", "XPos", "YPos"]


class _NumpyRefused:
    """A meta-path finder that makes importing NumPy fail in one thread."""

    def __init__(self) -> None:
        self.thread = threading.get_ident()

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name.partition(".")[0] == "numpy" and threading.get_ident() == self.thread:
            raise ImportError(f"{name} is not loaded for the PDF writer", name=name)
        return None


@contextmanager
def _without_numpy() -> Iterator[None]:
    refused = _NumpyRefused()
    sys.meta_path.insert(0, refused)
    try:
        yield
    finally:
        sys.meta_path.remove(refused)


with _without_numpy():  # a no-op when NumPy or fpdf2 is loaded already
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos
