"""The README's tour, run exactly as printed: every command in order, from a copy of the
clone, in a throwaway home; each exits 0, nothing is left in the clone, and the negotiation
ends with a real delta."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import levelset

ROOT = Path(__file__).resolve().parents[2]
SOURCES = Path(levelset.__file__).resolve().parents[1]
MARK = "@@tour-command"


def tour_commands(readme: str) -> list[str]:
    """The shell commands of the '## A short tour' section, as printed (continuations kept)."""
    section = readme.split("\n## A short tour", 1)[1].split("\n## ", 1)[0]
    commands: list[str] = []
    for block in re.findall(r"```sh\n(.*?)```", section, re.S):
        pending = ""
        for line in block.splitlines():
            pending += line + "\n"
            if not line.rstrip().endswith("\\"):
                if pending.strip():
                    commands.append(pending.rstrip("\n"))
                pending = ""
    return commands


def _script(commands: list[str]) -> str:
    """One bash session (so `export` carries on); a marker before each command, and the first
    failure stops the run with that command's exit code."""
    lines = ["set -u"]
    for number, command in enumerate(commands):
        lines += [f"echo '{MARK} {number}'; echo '{MARK} {number}' >&2", command]
        lines += ["status=$?", 'if [ "$status" -ne 0 ]; then exit "$status"; fi']
    return "\n".join(lines) + "\n"


def _clone(target: Path) -> Path:
    """The files of a fresh clone: what git tracks here (the whole tree without git)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if listed.returncode != 0 or not listed.stdout:
        skip = shutil.ignore_patterns(".*", "__pycache__", "*.egg-info", "build", "dist")
        return Path(shutil.copytree(ROOT, target, ignore=skip))
    for name in filter(None, listed.stdout.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def _output_of(stdout: str, number: int) -> str:
    return stdout.split(f"{MARK} {number}\n", 1)[1].split(f"{MARK} {number + 1}\n", 1)[0]


def test_the_tour_finds_the_commands_as_printed() -> None:
    commands = tour_commands((ROOT / "README.md").read_text(encoding="utf-8"))
    assert commands[0].startswith('export LEVELSET_HOME="$(mktemp -d)"')
    assert any(c.startswith("levelset negotiate outcome") for c in commands)
    assert any("\\\n" in c for c in commands)  # continuation lines stay one command
    assert not any(c.startswith("levelset serve") for c in commands)  # serve never returns


@pytest.mark.slow
def test_the_readme_tour_runs_verbatim_in_a_clean_clone(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = tour_commands(readme)
    clone = _clone(tmp_path / "clone")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    before = _files(clone)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEVELSET_")}
    env |= {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
        "PYTHONPATH": str(SOURCES),
        "TMPDIR": str(scratch),
        "HOME": str(tmp_path / "user"),  # the user's own data home is never reached
        "COLUMNS": "120",
    }
    done = subprocess.run(
        ["bash", "-c", _script(commands)],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    ran = done.stdout.count(f"{MARK} ")
    failed = commands[ran - 1] if ran else "(none)"
    assert done.returncode == 0, (
        f"tour command {ran} failed with exit {done.returncode}: {failed}\n"
        f"{done.stderr.rsplit(MARK, 1)[-1][-2000:]}"
    )
    assert ran == len(commands)
    assert _files(clone) == before, "the tour left files in the clone"
    homes = list(scratch.iterdir())
    assert len(homes) == 1 and (homes[0] / "exports").is_dir()
    assert not (tmp_path / "user").exists()
    outcome = next(i for i, c in enumerate(commands) if c.startswith("levelset negotiate outcome"))
    shown = _output_of(done.stdout, outcome)
    assert re.search(r"\+\$[1-9][\d,]*", shown), shown
