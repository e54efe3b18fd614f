"""The résumé measure reads this checkout's reader, or refuses to measure another's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.corpus.resumes import measure

ROOT = Path(__file__).resolve().parents[2]


def test_the_tests_read_this_checkouts_reader() -> None:
    assert measure.foreign_reader() is None


def test_a_reader_from_elsewhere_is_refused_with_the_fix(tmp_path: Path) -> None:
    other = tmp_path / "levelset"  # another checkout's levelset, first on the path
    other.mkdir()
    (other / "__init__.py").write_text("")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = f"{tmp_path}{os.pathsep}{ROOT}"
    env["LEVELSET_RESUME_CORPUS"] = str(tmp_path / "no-corpus")
    done = subprocess.run(
        [sys.executable, "-m", "tests.corpus.resumes.measure", "--split", "tuning"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert f"levelset would be read from {tmp_path}" in done.stderr
    assert "run with PYTHONPATH=src" in done.stderr
