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


def test_levelset_serve_answers_on_loopback_and_only_for_loopback_names(tmp_path: object) -> None:
    import os
    import re
    import subprocess
    import sys
    import time
    import urllib.error
    import urllib.request

    env = {**os.environ}
    process = subprocess.Popen(
        [sys.executable, "-m", "levelset.cli.main", "serve", "--port", "0", "--no-browser"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/\?token=[\w-]+", line)
        assert url, line
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(url.group(0), timeout=10) as answer:
                    assert answer.status == 200
                    assert b"Here is where you stand" in answer.read()
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        foreign = urllib.request.Request(url.group(0), headers={"Host": "evil.example"})
        try:
            urllib.request.urlopen(foreign, timeout=2)
            raise AssertionError("a foreign Host header was served")
        except urllib.error.HTTPError as refused:
            assert refused.code == 400
    finally:
        process.terminate()
        process.wait(timeout=10)
