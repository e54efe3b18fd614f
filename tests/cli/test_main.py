from tests.cli.runner import run_cli


def test_help_lists_every_registered_command() -> None:
    from levelset.cli.registry import COMMANDS

    result = run_cli("--help")
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.stdout


def test_unknown_command_is_a_usage_error() -> None:
    result = run_cli("no-such-command")
    assert result.exit_code == 2


def test_paths_honours_levelset_home(levelset_home) -> None:
    result = run_cli("paths", "--json")
    assert result.exit_code == 0
    assert result.json()["home"] == str(levelset_home)
    assert levelset_home.is_dir()
