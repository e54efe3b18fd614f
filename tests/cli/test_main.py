from tests.cli.runner import run_cli


def test_help_lists_every_registered_command() -> None:
    from levelset.cli.registry import COMMANDS

    result = run_cli("--help")
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.stdout
    assert "--help, -h " in result.stdout  # both names of the option, not -h as its value


def test_the_root_helps_description_keeps_its_indent_when_wrapped(monkeypatch) -> None:
    """'prove your' then 'impact, negotiate...' at column 0, under an indented first line."""
    monkeypatch.setenv("COLUMNS", "80")
    lines = run_cli("--help").stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if "Know your level" in line)
    assert lines[at].startswith(" Know") and lines[at + 1].startswith(" "), lines[at : at + 2]
    assert lines[at + 1].strip(), "the description wraps at 80 columns"


def test_unknown_command_is_a_usage_error() -> None:
    result = run_cli("no-such-command")
    assert result.exit_code == 2


def test_paths_honours_levelset_home(levelset_home) -> None:
    result = run_cli("paths", "--json")
    assert result.exit_code == 0
    assert result.json()["home"] == str(levelset_home)
    assert levelset_home.is_dir()


def test_root_help_does_not_import_typer() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from levelset.cli.main import main; main(['--help']); "
        "sys.stderr.write(str('typer' in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "Commands" in done.stdout
    assert done.stderr == "False"


def test_version_and_subcommand_help_still_go_through_typer() -> None:
    from levelset import __version__

    shown = run_cli("--version").stdout.splitlines()
    assert shown[0] == f"levelset {__version__}"
    assert any(line.startswith("data: oews_may2025") and "May 2025" in line for line in shown)
    sub = run_cli("paths", "--help")
    assert sub.exit_code == 0 and "LEVELSET_HOME" in sub.stdout


def test_error_messages_print_user_text_with_brackets_as_written() -> None:
    result = run_cli("negotiate", "status", "X [/] y [bold]")
    assert result.exit_code == 3
    assert "X [/] y [bold]" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_home_that_is_a_file_is_refused_with_exit_code_5(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("LEVELSET_HOME", str(blocker))
    result = run_cli("paths")
    assert result.exit_code == 5
    assert "not-a-folder" in result.stderr and "Traceback" not in result.stderr


def test_with_json_an_error_is_also_json_on_stdout() -> None:
    result = run_cli("profile", "set", "--level", "wizard", "--json")
    assert result.exit_code == 2
    error = result.json()
    assert error["error"] == "unknown_value"
    assert "senior" in error["suggestions"]
    assert "unknown level" in result.stderr


def test_a_command_a_new_user_guesses_points_to_the_real_one() -> None:
    from tests.cli.runner import run_cli

    web = run_cli("web")
    assert web.exit_code == 2 and "No such command 'web'. The web app is `levelset serve`." in (
        web.stderr + web.stdout
    )
    guessed = run_cli("import", "resume.pdf")
    assert (
        guessed.exit_code == 2 and "levelset proof import FILE" in guessed.stderr + guessed.stdout
    )


def test_the_console_shim_exits_with_its_heap_frozen_and_its_exit_handlers_run(
    levelset_home,
) -> None:
    """The interpreter's last full collections skip a frozen heap (issue 15): the command's
    output, its exit code and the exit handlers registered on the way are as before."""
    import subprocess
    import sys

    from levelset import __version__

    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('frozen at exit:', gc.get_freeze_count() > 0))\n"
        "sys.argv = ['levelset', '--version']\n"
        "from levelset.cli.main import run\n"
        "run()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"levelset {__version__}"
    assert lines[-1] == "frozen at exit: True"
    failed = subprocess.run(
        [sys.executable, "-c", code.replace("'--version'", "'no-such-command'")],
        capture_output=True,
        text=True,
    )
    assert failed.returncode == 2 and failed.stdout.splitlines()[-1] == "frozen at exit: True"
