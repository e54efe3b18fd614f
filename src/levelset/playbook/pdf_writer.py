"""fpdf2, imported without the optional packages a playbook's PDF does not use.

fpdf2 imports NumPy when it is installed, only to speed up raster images (their LZW codes, an
alpha channel's check), Pillow, only to read raster images, and cryptography, only to encrypt
or sign a PDF; it runs the same without them (without Pillow it warns that it cannot add an
image: that warning is silenced here). A playbook holds no raster image (its charts are
vectors) and is neither encrypted nor signed. Their imports cost about 0.1 s, 0.025 s and
0.02 s of CPU (NumPy's BLAS threads starting), a fifth of a cold PDF export. Only the thread
importing fpdf2 is refused them, only meanwhile, and only when they are not loaded already:
they import as usual anywhere else.
"""

from __future__ import annotations

import sys
import threading
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.machinery import ModuleSpec
from types import ModuleType

__all__ = ["FPDF", "XPos", "YPos"]
UNUSED = ("numpy", "PIL", "cryptography")  # optional for fpdf2, unused by the playbook's PDF
NO_PILLOW = "Pillow could not be imported"  # fpdf2's warning when Pillow is refused


class _Refused:
    """A meta-path finder that makes importing these packages fail in one thread."""

    def __init__(self, packages: Sequence[str]) -> None:
        self.packages = frozenset(packages)
        self.thread = threading.get_ident()

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name.partition(".")[0] in self.packages and threading.get_ident() == self.thread:
            raise ImportError(f"{name} is not loaded for the PDF writer", name=name)
        return None


@contextmanager
def _without(packages: Sequence[str]) -> Iterator[None]:
    refused = _Refused([p for p in packages if p not in sys.modules])
    sys.meta_path.insert(0, refused)
    try:
        yield
    finally:
        sys.meta_path.remove(refused)


with _without(UNUSED), warnings.catch_warnings():  # nothing refused when fpdf2 is loaded
    warnings.filterwarnings("ignore", message=NO_PILLOW, category=UserWarning)
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos
