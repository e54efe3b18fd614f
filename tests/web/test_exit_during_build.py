"""A process that ends while the web app builds the market store in the background ends
cleanly: the build is waited for, never stopped inside DuckDB (which aborts the process with
"FATAL: exception not rethrown" and exit 134)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
import time
from pathlib import Path
from levelset.app.workspace import Workspace
from levelset.web.context import AppContext

context = AppContext(Workspace.at(Path(sys.argv[1])))
assert context.market_building() is not None  # the build has just started
time.sleep(float(sys.argv[2]))
sys.exit(0)  # the process ends, the build still running
"""


def test_ending_the_process_during_the_market_build_exits_cleanly(tmp_path: Path) -> None:
    # a home with an import and no store: the shipped copy cannot answer it, a build must
    from levelset.app.market import import_file
    from levelset.app.workspace import Workspace
    from levelset.paths import Paths
    from tests.market.market_home import UPSTREAM

    template = Paths(tmp_path / "template").ensure()
    ws = Workspace.at(template.home)
    import_file(ws, "oews", UPSTREAM / "oews_flat")
    ws.close()
    template.market_db.unlink()
    for run, delay in enumerate((0.0, 0.05, 0.1, 0.2, 0.3, 0.5)):
        home = tmp_path / f"home{run}"
        shutil.copytree(template.home, home)
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(home), str(delay)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        assert "exception not rethrown" not in done.stderr
