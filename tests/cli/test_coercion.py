"""Text options skip Pydantic; every other value is still coerced and checked by Typer."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

from levelset.cli import coercion
from levelset.cli.lazy import load
from levelset.cli.registry import COMMANDS
from tests.cli.runner import run_cli


def _parameters() -> Iterator[tuple[str, Any]]:
    """(command path, parameter) for every parameter of every registered command."""

    def walk(path: str, command: Any) -> Iterator[tuple[str, Any]]:
        for param in command.params:
            if hasattr(param, "type_descriptor"):
                yield path, param
        for name, sub in (getattr(command, "commands", {}) or {}).items():
            yield from walk(f"{path} {name}", sub)

    for name, entry in COMMANDS.items():
        yield from walk(name, load(name, entry))


def test_every_text_parameter_gets_what_typers_own_coercion_gives() -> None:
    from typer._coercion import build_runtime_param

    checked = 0
    for path, param in _parameters():
        descriptor = param.type_descriptor
        if descriptor.is_list and param.multiple:
            samples: list[Any] = [("Seattle", "New York"), ()]
        else:
            samples = ["Sr. ML Eng", "185k", " spaced "]
        for sample in samples:
            if not coercion.plain_text(descriptor, sample):
                continue
            theirs = build_runtime_param(descriptor).coerce(sample, param=param, ctx=None)
            ours = coercion.deferred(descriptor).coerce(sample, param=param, ctx=None)
            assert ours == theirs and type(ours) is type(theirs), (path, param.name, sample)
            checked += 1
    assert checked > 50  # the registry's text options and arguments were all compared


def _outcome(runtime: Any, value: str, param: Any) -> Any:
    try:
        return runtime.coerce(value, param=param, ctx=None)
    except Exception as error:  # Typer's BadParameter: compare what the user would read
        return (type(error).__name__, str(error))


def test_every_path_parameter_gets_what_typers_own_coercion_gives(tmp_path: Any) -> None:
    from typer._coercion import build_runtime_param

    existing = tmp_path / "offer.yaml"
    existing.write_text("company: Acme\n")
    checked = 0
    for path, param in _parameters():
        descriptor = param.type_descriptor
        for sample in (str(existing), str(tmp_path / "missing.yaml"), str(tmp_path), "-"):
            if not coercion.plain_path(descriptor, sample):
                continue
            theirs = _outcome(build_runtime_param(descriptor), sample, param)
            ours = _outcome(coercion.deferred(descriptor), sample, param)
            assert ours == theirs and type(ours) is type(theirs), (path, param.name, sample)
            checked += 1
    assert checked > 20


def test_every_number_and_date_parameter_gets_what_typers_own_coercion_gives() -> None:
    from typer._coercion import build_runtime_param

    numbers = [
        "1",
        "117",
        "0",
        "-3",
        "-0.5",
        "4000",
        "2.5",
        "75",
        4,
        75,
        2.0,
        40,
        "1e3",
        "07",
        "x",
        "+2",
    ]
    dates = ["2026-12-10", "2026-02-30", "2026-1-5", "10/12/2026", "2026-12-10T09:30:00"]
    checked = shortcut = 0
    for path, param in _parameters():
        descriptor = param.type_descriptor
        if descriptor.is_list or descriptor.annotation not in (int, float, dt.datetime):
            continue
        for sample in dates if descriptor.annotation is dt.datetime else numbers:
            theirs = _outcome(build_runtime_param(descriptor), sample, param)
            ours = _outcome(coercion.deferred(descriptor), sample, param)
            assert ours == theirs and type(ours) is type(theirs), (path, param.name, sample)
            checked += 1
            passed = coercion.plain_number(descriptor, sample) is not None
            shortcut += passed or coercion.plain_datetime(descriptor, sample) is not None
    assert checked > 100 and shortcut > 30  # compared, and most plain values took the shortcut


def test_a_list_of_paths_gets_what_typers_own_coercion_gives(tmp_path: Any) -> None:
    from typer._coercion import build_runtime_param

    existing = tmp_path / "resume.md"
    existing.write_text("# Ada\n")
    samples = [(str(existing),), (str(existing), str(tmp_path / "missing.md")), ()]
    checked = 0
    for path, param in _parameters():
        descriptor = param.type_descriptor
        for sample in samples:
            if not coercion.plain_path_list(descriptor, sample):
                continue
            theirs = _outcome(build_runtime_param(descriptor), sample, param)
            ours = _outcome(coercion.deferred(descriptor), sample, param)
            assert ours == theirs and type(ours) is type(theirs), (path, param.name, sample)
            checked += 1
    assert checked >= 3  # `proof import` takes several files


def test_a_number_option_is_still_checked_by_typer(tmp_path: Any) -> None:
    offer = tmp_path / "offer.yaml"
    offer.write_text("company: Acme\nbase: 180000\n")
    result = run_cli("offer", "value", str(offer), "--years", "40")
    assert result.exit_code == 2
    assert "--years" in result.stderr and "10" in result.stderr


def test_a_command_given_only_text_never_imports_pydantic(levelset_home: Any) -> None:
    code = (
        "import sys\n"
        "from levelset.cli.main import main\n"
        "assert main(['levels', 'L5']) == 0\n"
        "print('pydantic' in sys.modules)\n"
    )
    env = {**os.environ, "LEVELSET_HOME": str(levelset_home)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False"
