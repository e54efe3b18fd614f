"""The built wheel on its own: installed in a fresh virtual environment (the dependencies
borrowed from this one), it prints its version with the data releases and answers a range
from the market data it ships, far from the source tree."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

import levelset

ROOT = Path(__file__).resolve().parents[2]
PROJECT_FILES = ("pyproject.toml", "README.md", "LICENSE")

pytestmark = pytest.mark.slow


def _project_copy(target: Path) -> Path:
    """The files a build reads, copied, so building never writes into the checkout."""
    target.mkdir()
    for name in PROJECT_FILES:
        shutil.copy(ROOT / name, target / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")
    shutil.copytree(ROOT / "src", target / "src", ignore=ignore)
    return target


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    pytest.importorskip("build", reason="the wheel test needs `build` (pip install build)")
    work = tmp_path_factory.mktemp("wheel")
    project = _project_copy(work / "project")
    dist = work / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(project)],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = dist.glob("levelset-*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=_clean_env())
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        env=_clean_env(),  # with the sources on PYTHONPATH pip would think levelset installed
    )
    _borrow_dependencies(python)
    return wheel, venv


def _borrow_dependencies(python: Path) -> None:
    """The fresh environment finds the dependencies already installed here, after its own
    packages (a .pth line), so only levelset itself comes from the wheel."""
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
        env=_clean_env(),
    ).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(purelib) / "levelset_test_deps.pth").write_text("\n".join(sorted(ours)) + "\n")


def _clean_env() -> dict[str, str]:
    """This environment without the source tree on the path."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def _run(venv: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = _clean_env() | {"LEVELSET_HOME": str(home)}
    return subprocess.run(
        [str(venv / "bin" / "levelset"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=home.parent,
    )


def test_the_wheel_carries_the_data_and_the_version(installed: tuple[Path, Path]) -> None:
    wheel, _ = installed
    assert wheel.name == f"levelset-{levelset.__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "levelset/data/market/oews_may2025_tech_subset.csv.gz" in names
    assert "levelset/data/demo/resume.pdf" in names
    assert "levelset/web/templates/base.html" in names or any(
        n.startswith("levelset/web/templates/") for n in names
    )
    package = ROOT / "src"
    shipped = {
        path.relative_to(package).as_posix()
        for path in (package / "levelset").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }
    assert shipped - names == set()  # every file of the package, data included


def test_the_installed_wheel_runs_from_its_own_files(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _, venv = installed
    home = tmp_path / "home"
    found = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import levelset; print(levelset.__file__)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_clean_env(),
    )
    assert found.returncode == 0, found.stderr[-2000:]
    assert Path(found.stdout.strip()).is_relative_to(venv), found.stdout
    version = _run(venv, "--version", home=home)
    assert version.returncode == 0, version.stderr
    assert version.stdout.splitlines()[0] == f"levelset {levelset.__version__}"
    assert "May 2025" in version.stdout
    shown = _run(
        venv,
        "range",
        "Machine Learning Engineer",
        "--level",
        "senior",
        "--location",
        "San Francisco",
        "--json",
        home=home,
    )
    assert shown.returncode == 0, shown.stderr[-2000:]
    report = json.loads(shown.stdout)
    datasets = {r["dataset"] for r in report["ranges"]}
    assert {"aijobs_2025-01-19"} <= datasets and any(d.startswith("oews_") for d in datasets)
    assert all(r["n"] > 0 for r in report["ranges"])
    assert report["headline"]["low"] < report["headline"]["mid"] < report["headline"]["high"]
    town = _run(venv, "range", "Machine Learning Engineer", "--location", "Kirkland, WA",
                "--json", home=home)  # fmt: skip
    assert town.returncode == 0, town.stderr[-2000:]  # a town read from the shipped gazetteer
    assert any("Seattle" in r["area"] for r in json.loads(town.stdout)["ranges"])
