"""The coaching server under load: `levelset server` with 1, 2 and 4 workers over one
PostgreSQL database holding 1,000 clients in 10 organisations; 50 signed-in clients at once.

For the dashboard and one client page (tracking): p99 latency with the 50 users each asking
once a second (a person's pace, LEVELSET_BENCH_SERVER_PACE), requests per second and p99 with
them asking back to back (throughput under saturation), and the server's CPU time per
request (all its processes, from /proc: what the load average of a shared machine does not
change much), each next to the server's health check measured in the same run. Needs PostgreSQL:
LEVELSET_BENCH_POSTGRES_URL (or LEVELSET_TEST_POSTGRES_URL), a superuser URL; without one
the benchmark reports nothing. Goal: p99 under 100 ms at 50 users on 2 workers; throughput
that grows with workers until the machine's cores are used.
"""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from benchmarks.bench_web import _free_port, _wait
from benchmarks.harness import Figure, percentile

ORGANISATIONS = int(os.environ.get("LEVELSET_BENCH_ORGS", "10"))
CLIENTS_PER_ORG = int(os.environ.get("LEVELSET_BENCH_CLIENTS_PER_ORG", "100"))
USERS = 50  # concurrent signed-in clients
REQUESTS = int(os.environ.get("LEVELSET_BENCH_SERVER_REQUESTS", "500"))
WORKERS = (1, 2, 4)
COOKIE = "levelset-session"  # --insecure-cookies: plain HTTP on loopback
STARTUP_SECONDS = 180  # workers import the app at once: slow on a shared, loaded machine


def _database() -> tuple[str, str, str] | None:
    """(superuser URL, workers' URL, database name) of a new database, or None."""
    url = os.environ.get("LEVELSET_BENCH_POSTGRES_URL") or os.environ.get(
        "LEVELSET_TEST_POSTGRES_URL"
    )
    if not url:
        return None
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = make_url(url)
    name = f"levelset_bench_{uuid.uuid4().hex[:8]}"
    root = create_engine(server, isolation_level="AUTOCOMMIT")
    with root.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
        if (
            conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = 'levelset_app'")).first()
            is None
        ):
            conn.execute(text("CREATE ROLE levelset_app LOGIN NOSUPERUSER NOBYPASSRLS"))
    root.dispose()
    admin = server.set(database=name).render_as_string(hide_password=False)
    app = server.set(database=name, username="levelset_app", password=None)
    return admin, app.render_as_string(hide_password=False), name


def _populate(home: Path, admin_url: str) -> list[str]:
    """10 organisations of 100 clients, each with a profile and an application; the session
    tokens of USERS clients spread over the organisations."""
    from levelset.app import passwords, server_setup
    from levelset.app.accounts import start_session
    from levelset.app.profile import set_profile
    from levelset.app.tracking import EventFields, log_event
    from levelset.app.workspace import Workspace
    from levelset.store import accounts, clients, consent

    ws = Workspace.at(home, database_url=admin_url)
    secret = "benchmark password 1"
    server_setup.initialise(
        ws, "Org 0", "admin0@x.test", "Admin", secret, "levelset_app", build_market=True
    )
    hashed = passwords.hash_password(secret)  # one hash for everyone: setup, not the test
    tokens = []
    for n in range(ORGANISATIONS):
        org = 1 if n == 0 else accounts.add_organisation(ws.store, f"Org {n}")
        store = ws.store.for_tenant(org)
        coach = accounts.add_user(store, f"coach{n}@x.test", f"Coach {n}", "coach", hashed, None)
        for c in range(CLIENTS_PER_ORG):
            row = clients.add_client(store, f"Client {n}-{c}", email=None, note=None, cohort=None)
            user = accounts.add_user(
                store, f"c{n}-{c}@x.test", f"Client {n}-{c}", "client", hashed, row.id
            )
            consent.grant(store, row.id, coach)
            theirs = ws.seen_as(org, row.id, row.name)
            set_profile(
                theirs, name=row.name, title="ML Engineer", level="senior", places=["Seattle, WA"]
            )
            fields = EventFields(
                kind="application", date="2026-11-01", company="Northwind", role="MLE"
            )
            log_event(theirs, fields, "bench")
            if c < USERS // ORGANISATIONS:
                tokens.append(start_session(store, user))
    ws.close()
    return tokens


def _get(connection: http.client.HTTPConnection, path: str, token: str) -> None:
    connection.request("GET", path, headers={"cookie": f"{COOKIE}={token}"})
    response = connection.getresponse()
    response.read()
    if response.status != 200:
        raise RuntimeError(f"GET {path}: HTTP {response.status}")


@dataclass(frozen=True)
class Load:
    """What one load phase measured."""

    rps: float  # requests answered per second
    p99: float  # seconds
    cpu_per_request: float  # server CPU seconds (all its processes) per request


def _load(server: int, port: int, path: str, tokens: list[str], pace: float | None) -> Load:
    """Every signed-in client on its own keep-alive connection, each sending its requests
    back to back (`pace` None: the server's throughput, and the queueing that saturation
    brings) or one every `pace` seconds (a person's pace: the latency 50 users see). Every
    user's first request (a worker's first page for them) is made before the clock starts,
    all of them together, so neither latency nor CPU counts warming up."""

    def warm(token: str) -> http.client.HTTPConnection:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        _get(connection, path, token)
        return connection

    def user(n: int, token: str, connection: http.client.HTTPConnection) -> list[float]:
        times = []
        began = time.perf_counter() + (pace or 0) * n / len(tokens)  # users spread over a tick
        for i in range(max(1, REQUESTS // len(tokens))):
            if pace is not None:
                time.sleep(max(0.0, began + i * pace - time.perf_counter()))
            start = time.perf_counter()
            _get(connection, path, token)
            times.append(time.perf_counter() - start)
        connection.close()
        return times

    with ThreadPoolExecutor(len(tokens)) as pool:  # every user's first request, untimed
        connections = list(pool.map(warm, tokens))
    cpu, began = _cpu_seconds(server), time.perf_counter()
    with ThreadPoolExecutor(len(tokens)) as pool:
        chunks = pool.map(user, range(len(tokens)), tokens, connections)
        latencies = [t for chunk in chunks for t in chunk]
    elapsed, used = time.perf_counter() - began, _cpu_seconds(server) - cpu
    return Load(len(latencies) / elapsed, percentile(latencies, 99), used / len(latencies))


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process and every process under it (Linux /proc)."""
    total, tick = 0.0, os.sysconf("SC_CLK_TCK")
    for each in _tree(pid):
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def _tree(pid: int) -> list[int]:
    found = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in children:
            found += _tree(int(child))
    return found


def _serve(home: Path, app_url: str, workers: int) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    command = [sys.executable, "-m", "levelset.cli.main", "server", "--database", app_url]
    command += ["--port", str(port), "--workers", str(workers), "--insecure-cookies"]
    server = subprocess.Popen(command, env={**os.environ, "LEVELSET_HOME": str(home)})
    _wait(f"http://127.0.0.1:{port}/server/health", STARTUP_SECONDS)
    return server, port


def run() -> list[Figure]:
    made = _database()
    if made is None:
        print("bench_server: set LEVELSET_BENCH_POSTGRES_URL to run it", file=sys.stderr)
        return []
    admin_url, app_url, _name = made
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="levelset-bench-server-") as folder:
        home = Path(folder)
        tokens = _populate(home, admin_url)
        for workers in WORKERS:
            server, port = _serve(home, app_url, workers)
            try:
                health = _load(server.pid, port, "/server/health", tokens, None)
                measured = {
                    (page, pace): _load(server.pid, port, path, tokens, pace)
                    for page, path in PAGES.items()
                    for pace in (None, PACE)
                }
            finally:
                server.terminate()
                server.wait(timeout=30)
            figures += _figures(workers, health, measured)
    return figures


PAGES = {"dashboard": "/", "tracking page": "/tracking"}
PACE = float(os.environ.get("LEVELSET_BENCH_SERVER_PACE", "1.0"))  # seconds between a user's


def _figures(
    workers: int, health: Load, measured: dict[tuple[str, float | None], Load]
) -> list[Figure]:
    base = "health check, same server"
    figures = []
    for page in PAGES:
        busy, paced = measured[(page, None)], measured[(page, PACE)]
        at = f"server, {workers} worker(s): {page}"
        human, flat_out = f"50 users at one request per {PACE:g} s", "50 users back to back"
        goal = workers == 2 and page == "dashboard"
        figures += [
            Figure(f"{at}, {human}: p99",
                   paced.p99 * 1000, "ms", base, health.p99 * 1000,
                   "p99 < 100 ms" if goal else "reported", paced.p99 < 0.100 if goal else None),
            Figure(f"{at}, {flat_out}: requests per second",
                   busy.rps, "r/s", base, health.rps, "grows with workers until the cores are used",
                   None, higher_is_better=True),
            Figure(f"{at}, {flat_out}: p99",
                   busy.p99 * 1000, "ms", base, health.p99 * 1000, "reported", None),
            Figure(f"{at}: server CPU per request",
                   busy.cpu_per_request * 1000, "ms", base, health.cpu_per_request * 1000,
                   "reported", None),
        ]  # fmt: skip
    return figures
