"""Ctrl-C in the middle of a long command: a one-line message, exit 130, nothing half-stored."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def _levelset(home: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "LEVELSET_HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-m", "levelset", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # a shell's background job ignores SIGINT, and a child inherits that: undo it
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def test_ctrl_c_during_a_track_import_says_aborted_and_stores_nothing(tmp_path: Path) -> None:
    """Typer turned Ctrl-C into a silent exit 130: no word on the terminal."""
    sheet = tmp_path / "applications.csv"
    rows = (f"Co{i},ML Engineer,2026-{1 + i % 10:02d}-{1 + i % 27:02d}\n" for i in range(400_000))
    sheet.write_text("Company,Role,Date Applied\n" + "".join(rows), encoding="utf-8")
    running = _levelset(tmp_path / "home", "track", "import", str(sheet))
    # The store is opened once the command is under way (start-up imports done, so the
    # interrupt lands in the command, not in Python's start-up); then into the reading.
    store = tmp_path / "home" / "levelset.sqlite"
    deadline = time.monotonic() + 60
    while not store.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    assert running.poll() is None, "the import ended before it could be interrupted"
    running.send_signal(signal.SIGINT)
    _out, err = running.communicate(timeout=120)
    assert running.returncode == 130, err
    assert err.strip().endswith("Aborted.") and "Traceback" not in err
    listed = _levelset(tmp_path / "home", "track", "list", "--json")
    out, err = listed.communicate(timeout=60)
    assert listed.returncode == 0, err
    assert json.loads(out)["events"] == []
