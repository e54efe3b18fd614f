"""Run the real `levelset` entry point in-process and capture what a user would see."""

from __future__ import annotations

import contextlib
import io
import json
from dataclasses import dataclass
from typing import Any

from levelset.cli import output
from levelset.cli.main import main


@dataclass(frozen=True)
class Result:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def run_cli(*args: str, stdin: str | None = None) -> Result:
    """Call main() with these arguments; return its exit code, stdout and stderr."""
    import sys

    out, err = io.StringIO(), io.StringIO()
    output.console.cache_clear()
    output.err_console.cache_clear()
    old_stdin = sys.stdin
    try:
        if stdin is not None:
            sys.stdin = io.StringIO(stdin)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
    finally:
        sys.stdin = old_stdin
        output.console.cache_clear()
        output.err_console.cache_clear()
    return Result(code, out.getvalue(), err.getvalue())
