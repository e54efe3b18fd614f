"""The web app under load: a real uvicorn server on loopback, 10 concurrent clients.

Requests per second and p99 latency of the dashboard and of one JSON endpoint (the market
range), each compared with a static file served by the same server in the same run.
Goal: the dashboard answers under 100 ms at p99 with 10 concurrent users.
"""

from __future__ import annotations

import http.client
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks.harness import Figure, percentile, wall_clock

CONCURRENCY = 10
REQUESTS = 400  # per endpoint, after a warm-up
WARMUP = 40
SERVER = """
import sys, uvicorn
from pathlib import Path
from urllib.parse import urlsplit
from levelset.app.workspace import Workspace
from levelset.web.app import create_app
from levelset.web.security import SecurityPolicy
port = int(sys.argv[1])
policy = SecurityPolicy(port=port, access_token=sys.argv[3])
uvicorn.run(create_app(Workspace.at(Path(sys.argv[2])), port=port, policy=policy),
            host="127.0.0.1", port=port, log_level="warning", access_log=False)
"""
TOKEN = secrets.token_urlsafe(32)  # the server's access token, sent as a script would send it


def _seed(home: Path) -> None:
    """A realistic user: a target profile and an offer; the market store built."""
    from levelset.app.workspace import SystemClock
    from levelset.market.build import open_market
    from levelset.offers import parse_offer
    from levelset.paths import Paths
    from levelset.profile.model import Profile
    from levelset.store import open_store
    from levelset.store.offers import add_offers
    from levelset.store.profile import save_profile

    paths = Paths(home).ensure()
    store = open_store(paths, now=SystemClock().now)
    profile = Profile().with_changes(
        target_title="ML Engineer", target_band="senior", locations=["Seattle, WA"]
    )
    save_profile(store, profile)
    offer = {"company": "Northwind", "currency": "USD", "base": 185000, "bonus_target_pct": 15}
    add_offers(store, [parse_offer(offer)])
    store.close()
    open_market(paths, now=wall_clock).close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait(url: str, seconds: float = 30) -> None:
    import httpx

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("the web server did not start")


def _get(connection: http.client.HTTPConnection, path: str) -> None:
    connection.request("GET", path, headers={"Authorization": f"Bearer {TOKEN}"})
    response = connection.getresponse()
    response.read()
    if response.status != 200:
        raise RuntimeError(f"GET {path}: HTTP {response.status}")


def _load(url: str) -> tuple[float, float]:
    """(requests per second, p99 seconds) for REQUESTS requests at CONCURRENCY.

    Each client keeps one HTTP/1.1 connection (as a browser tab would) and uses the light
    standard-library client, so the figures measure the server more than the load generator.
    """
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    warm = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
    for _ in range(WARMUP):
        _get(warm, path)
    warm.close()

    def worker(count: int) -> list[float]:
        connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
        times = []
        for _ in range(count):
            start = time.perf_counter()
            _get(connection, path)
            times.append(time.perf_counter() - start)
        connection.close()
        return times

    began = time.perf_counter()
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        chunks = pool.map(worker, [REQUESTS // CONCURRENCY] * CONCURRENCY)
        latencies = [t for chunk in chunks for t in chunk]
    elapsed = time.perf_counter() - began
    return len(latencies) / elapsed, percentile(latencies, 99)


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="levelset-bench-web-") as folder:
        home = Path(folder)
        _seed(home)
        port = _free_port()
        env = {**os.environ, "LEVELSET_HOME": str(home)}
        command = [sys.executable, "-c", SERVER, str(port), str(home), TOKEN]
        server = subprocess.Popen(command, env=env)
        try:
            base = f"http://127.0.0.1:{port}"
            _wait(base + "/static/favicon.svg")
            static = _load(base + "/static/favicon.svg")
            dashboard = _load(base + "/")
            market = _load(base + "/market.json?role=ML+Engineer&level=senior&place=Seattle,+WA")
        finally:
            server.terminate()
            server.wait(timeout=10)
    return _figures(static, dashboard, market)


def _figures(
    static: tuple[float, float], dashboard: tuple[float, float], market: tuple[float, float]
) -> list[Figure]:
    name = "static file, same server"
    return [
        Figure("web: dashboard p99 at 10 concurrent users", dashboard[1] * 1000, "ms",
               name, static[1] * 1000, "p99 < 100 ms", dashboard[1] < 0.100),
        Figure("web: dashboard requests per second", dashboard[0], "r/s",
               name, static[0], "reported", None, higher_is_better=True),
        Figure("web: market range JSON p99 at 10 users", market[1] * 1000, "ms",
               name, static[1] * 1000, "reported", None),
        Figure("web: market range JSON requests per second", market[0], "r/s",
               name, static[0], "reported", None, higher_is_better=True),
    ]  # fmt: skip
