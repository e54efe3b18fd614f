"""`levelset serve`: loopback only, a busy port is a clear error."""

from __future__ import annotations

import socket

from tests.cli.runner import run_cli


def test_serve_help_names_its_options() -> None:
    result = run_cli("serve", "--help")
    assert result.exit_code == 0
    assert "--port" in result.stdout and "--no-browser" in result.stdout


def test_a_busy_port_is_a_conflict_with_a_hint() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = run_cli("serve", "--port", str(port), "--no-browser")
    assert result.exit_code == 4
    assert f"port {port}" in result.stderr and "--port 0" in result.stderr


def test_the_listener_binds_loopback_only() -> None:
    from levelset.cli.serve_cmd import _bind

    listener = _bind(0)
    try:
        assert listener.getsockname()[0] == "127.0.0.1"
    finally:
        listener.close()
