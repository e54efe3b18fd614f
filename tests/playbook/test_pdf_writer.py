"""The fpdf2 import guard (playbook/pdf_writer.py; fpdf2 writes a playbook that needs a CJK
fallback font) refuses a package to the importing thread only, only while fpdf2 is imported,
and only when it is not loaded already."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from levelset.playbook.pdf_writer import _without

NAME = "levelset_guard_probe"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def probe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    package = tmp_path / NAME
    package.mkdir()
    (package / "__init__.py").write_text("VALUE = 42\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield NAME
    sys.modules.pop(NAME, None)


def _import_in_a_thread(name: str) -> object:
    found: list[object] = []

    def run() -> None:
        try:
            found.append(__import__(name).VALUE)
        except ImportError as error:
            found.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return found[0]


def test_only_the_importing_thread_is_refused_and_only_meanwhile(probe: str) -> None:
    with _without([probe]):
        with pytest.raises(ImportError):
            __import__(probe)
        assert _import_in_a_thread(probe) == 42  # another thread imports it meanwhile
    sys.modules.pop(probe, None)
    assert __import__(probe).VALUE == 42  # and this thread afterwards


def test_a_package_loaded_already_is_not_refused(probe: str) -> None:
    __import__(probe)
    with _without([probe]):
        assert __import__(probe).VALUE == 42


RENDER = """
import re, sys
{preload}
from levelset.playbook.pdf import _fpdf_document, font_path
from levelset.playbook.pdf_blocks import render_blocks
from tests.playbook.test_compose import maya_book
book = maya_book()
pdf = _fpdf_document(book, font_path(""))  # fpdf2's path: a fallback font (the shipped one)
render_blocks(pdf, book)
data = bytes(pdf.output())
data = re.sub(rb"/CreationDate \\(D:[^)]*\\)|/ID \\[<[^>]*><[^>]*>\\]", b"", data)
sys.stdout.buffer.write(data)
"""


def _rendered(preload: str) -> bytes:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join((str(ROOT / "src"), str(ROOT)))}
    script = RENDER.format(preload=preload)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def test_the_pdf_is_the_same_with_the_optional_packages_loaded() -> None:
    # loaded before fpdf2, NumPy, Pillow and cryptography are not refused, and fpdf2 uses them
    guarded = _rendered("")
    assert guarded.startswith(b"%PDF")
    assert _rendered("import numpy, cryptography.hazmat.primitives.ciphers") == guarded
    assert _rendered("import PIL.Image, PIL.ImageCms, PIL.TiffImagePlugin") == guarded


def test_fpdf2_without_pillow_says_nothing() -> None:
    """fpdf2 warns when Pillow is missing; refused it on purpose, the writer silences that."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONWARNINGS": "error::UserWarning"}
    code = "import sys, levelset.playbook.pdf_writer; print('PIL' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False" and done.stderr == ""
