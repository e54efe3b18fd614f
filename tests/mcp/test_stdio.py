"""`levelset mcp` as an assistant starts it: a real process over stdio.

stdout carries nothing but JSON-RPC frames; the process opens no network socket (only the
anonymous socket pair its event loop wakes itself with); with `--client` a coach serves one
client's records and no one else's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

import anyio

from tests.cli.runner import run_cli
from tests.mcp.conftest import COMPANY, ROOT

INET_TABLES = ("tcp", "tcp6", "udp", "udp6", "raw", "raw6", "udplite", "udplite6")


def server_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, LEVELSET_HOME=str(home))
    paths = [str(ROOT / "src"), *filter(None, [env.get("PYTHONPATH")])]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def start(home: Path, *args: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "levelset.cli.main", "mcp", *args]
    return subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=server_env(home),
    )  # fmt: skip


def send(process: subprocess.Popen[bytes], message: dict[str, Any]) -> None:
    assert process.stdin is not None
    process.stdin.write((json.dumps({"jsonrpc": "2.0", **message}) + "\n").encode())
    process.stdin.flush()


def frame(stdout: IO[bytes] | None) -> dict[str, Any]:
    """The next line of stdout, which must be one JSON-RPC 2.0 message."""
    assert stdout is not None
    line = stdout.readline()
    message: dict[str, Any] = json.loads(line)
    assert message["jsonrpc"] == "2.0"
    return message


def ask(process: subprocess.Popen[bytes], number: int, method: str, params: Any) -> Any:
    send(process, {"id": number, "method": method, "params": params})
    reply = frame(process.stdout)
    assert reply["id"] == number, reply
    return reply["result"]


def handshake(process: subprocess.Popen[bytes]) -> dict[str, Any]:
    hello = {"protocolVersion": "2025-06-18", "capabilities": {},
             "clientInfo": {"name": "test", "version": "1"}}  # fmt: skip
    result: dict[str, Any] = ask(process, 1, "initialize", hello)
    send(process, {"method": "notifications/initialized"})
    return result


def sockets(pid: int) -> set[str]:
    """The inodes of every socket the process holds open."""
    found = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        target = str(fd.readlink())
        if target.startswith("socket:["):
            found.add(target[len("socket:[") : -1])
    return found


def network_inodes(pid: int) -> set[str]:
    """Inodes of internet sockets (any state) and of Unix sockets bound to a path."""
    inodes = set()
    for table in INET_TABLES:
        path = Path(f"/proc/{pid}/net/{table}")
        lines = path.read_text().splitlines()[1:] if path.exists() else []
        inodes |= {line.split()[9] for line in lines}
    for line in Path(f"/proc/{pid}/net/unix").read_text().splitlines()[1:]:
        fields = line.split()
        if len(fields) > 7:  # a path (or abstract name) is bound
            inodes.add(fields[6])
    return inodes


def test_stdout_carries_only_frames_and_no_socket_reaches_out(home: Path) -> None:
    process = start(home)
    try:
        assert handshake(process)["serverInfo"]["name"] == "levelset"
        args = {"title": "ML engineer", "level": "senior", "location": "Seattle"}
        called = ask(process, 2, "tools/call", {"name": "salary_range", "arguments": args})
        assert called["structuredContent"]["ranges"] and not called.get("isError")
        read = ask(process, 3, "resources/read", {"uri": "levelset://offers"})
        assert json.loads(read["contents"][0]["text"])[0]["offer"]["company"] == COMPANY
        held = sockets(process.pid)
        assert not held & network_inodes(process.pid), "a network socket is open"
        assert len(held) <= 2, held  # at most the event loop's own socket pair
    finally:
        rest, errors = process.communicate(timeout=30)  # closes stdin: the server stops
    assert process.returncode == 0, errors.decode()
    for line in rest.decode().splitlines():
        assert json.loads(line)["jsonrpc"] == "2.0"


def test_the_sdks_stdio_client_talks_to_levelset_mcp(home: Path) -> None:
    from mcp import Client, StdioServerParameters

    command = StdioServerParameters(
        command=sys.executable, args=["-m", "levelset.cli.main", "mcp"], env=server_env(home)
    )

    async def go() -> tuple[Any, Any, str | None]:
        async with Client(command) as client:
            anchor = await client.call_tool("negotiation_anchor", {"company": COMPANY})
            profile = await client.read_resource("levelset://profile")
            return anchor, profile, client.instructions

    anchor, profile, instructions = anyio.run(go)
    assert anchor.structured_content["anchor"]["amount"] > 192000
    assert json.loads(profile.contents[0].text)["target_band"] == "senior"
    assert instructions and "Never invent a number" in instructions


def test_help_lists_mcp_without_loading_the_sdk(tmp_path: Path) -> None:
    loaded = "sorted(m for m in sys.modules if m == 'mcp' or m.startswith('mcp.'))"
    probe = f"import sys; from levelset.cli.main import main; main(['--help']); print({loaded})"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True,
        env=server_env(tmp_path),
    )  # fmt: skip
    assert " mcp " in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_a_coach_serves_one_client_and_only_theirs(home: Path) -> None:
    from levelset.app.clients import add_client, client_workspace
    from levelset.app.offers import add_offer_data
    from tests.mcp.conftest import workspace_at

    coach = workspace_at(home)
    add_client(coach, "Jordan Lee")
    jordan = client_workspace(coach, "Jordan Lee")
    add_offer_data(jordan, {"company": "Adatum Robotics", "currency": "USD", "base": 200000},
                   "test")  # fmt: skip
    jordan.close()
    coach.close()
    process = start(home, "--client", "jordan lee")
    try:
        assert "records of Jordan Lee" in handshake(process)["instructions"]
        read = ask(process, 2, "resources/read", {"uri": "levelset://offers"})
        offers = json.loads(read["contents"][0]["text"])
        assert [o["offer"]["company"] for o in offers] == ["Adatum Robotics"]
        profile = ask(process, 3, "resources/read", {"uri": "levelset://profile"})
        assert json.loads(profile["contents"][0]["text"])["target_title"] is None
    finally:
        process.communicate(timeout=30)
    assert process.returncode == 0


def test_an_unknown_client_or_two_clients_are_refused(home: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("LEVELSET_HOME", str(home))
    unknown = run_cli("mcp", "--client", "nobody")
    assert unknown.exit_code == 3 and unknown.stdout == ""
    from levelset.app.clients import add_client
    from tests.mcp.conftest import workspace_at

    coach = workspace_at(home)
    add_client(coach, "Jordan Lee")
    coach.close()
    twice = run_cli("--client", "Jordan Lee", "mcp", "--client", "Jordan Lee")
    assert twice.exit_code == 2 and "named twice" in twice.stderr
