"""DuckDB's first import lent a stand-in importlib.metadata (market/duckdb_import.py, issue 15):
the same duckdb, its version what importlib.metadata says, and nothing left behind."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from importlib.machinery import PathFinder
from importlib.util import module_from_spec
from pathlib import Path

import pytest

from levelset.market.duckdb_import import NAME, _Lending, own_version

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_duckdb_imported_through_levelset_needs_no_importlib_metadata() -> None:
    found = _run(
        "import sys, importlib, levelset.market, duckdb\n"
        "print('importlib.metadata' in sys.modules, hasattr(importlib, 'metadata'),"
        " 'email' in sys.modules, type(duckdb.__spec__.loader).__name__,"
        " any(type(f).__name__ == '_Finder' for f in sys.meta_path))\n"
        "import importlib.metadata\n"
        "print(duckdb.__version__ == importlib.metadata.version('duckdb'),"
        " duckdb.connect().execute('SELECT 42').fetchall() == [(42,)])"
    )
    assert found == ["False", "False", "False", "SourceFileLoader", "False", "True", "True"]


def test_with_importlib_metadata_loaded_duckdb_imports_as_usual() -> None:
    found = _run(
        "import sys, importlib.metadata, levelset.market, duckdb\n"
        "print(sys.modules['importlib.metadata'] is importlib.metadata,"
        " duckdb.__version__ == importlib.metadata.version('duckdb'))"
    )
    assert found == ["True", "True"]


def test_the_version_is_read_from_the_one_metadata_file(tmp_path: Path) -> None:
    assert own_version(tmp_path) is None
    first = tmp_path / "duckdb-9.1.dist-info"
    first.mkdir()
    (first / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: duckdb\nVersion: 9.1\n\nVersion: x\n"
    )
    assert own_version(tmp_path) == "9.1"
    second = tmp_path / "duckdb-9.2.dist-info"
    second.mkdir()
    (second / "METADATA").write_text("Name: duckdb\nVersion: 9.2\n")
    assert own_version(tmp_path) is None  # two installs: left to importlib.metadata


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("from importlib.metadata import version\nVALUE = version('duckdb')\n", "lent"),
        # asks for more than the stand-in has: the init runs again with the real module
        (
            "from importlib.metadata import version, PackageNotFoundError\nVALUE = 'usual'\n",
            "usual",
        ),
        (
            "from importlib.metadata import version\nVALUE = version('pytest') and 'usual'\n",
            "usual",
        ),
    ],
)
def test_a_module_lent_the_stand_in_loads_or_falls_back(
    tmp_path: Path, body: str, value: str
) -> None:
    (tmp_path / "levelset_lending_probe.py").write_text(body, encoding="utf-8")
    spec = PathFinder.find_spec("levelset_lending_probe", [str(tmp_path)])
    assert spec is not None and spec.loader is not None
    real = sys.modules.get(NAME)
    spec.loader = _Lending(spec.loader, "lent")  # type: ignore[assignment]
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    assert value == module.VALUE
    assert sys.modules.get(NAME) is real  # restored
    assert getattr(importlib, "metadata", None) is real
