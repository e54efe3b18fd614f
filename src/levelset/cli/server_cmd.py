"""`levelset server`: the coaching server (many people, one PostgreSQL database) behind a
reverse proxy, and `levelset server init`, which prepares its database."""

from __future__ import annotations

import os
from pathlib import Path

import typer

app = typer.Typer(
    add_completion=False,
    invoke_without_command=True,
    help="The coaching server: accounts, consent and tenant isolation (see docs/server.md).",
)
DATABASE_HELP = "SQLAlchemy URL: postgresql+psycopg://user@host/db (sqlite:///file for a trial)."


def _password(password_file: Path | None) -> str:
    if password_file is not None:
        return password_file.read_text(encoding="utf-8").strip()
    return str(typer.prompt("Admin password", hide_input=True, confirmation_prompt=True))


@app.command("init")
def init_command(
    database: str = typer.Option(..., "--database", help=DATABASE_HELP),
    organisation: str = typer.Option(..., "--organisation", help="The organisation's name."),
    email: str = typer.Option(..., "--admin-email", help="The first admin's address."),
    name: str = typer.Option("Admin", "--admin-name", help="The first admin's name."),
    password_file: Path | None = typer.Option(
        None, "--password-file", help="Read the admin's password from this file (else a prompt)."
    ),
    app_role: str | None = typer.Option(
        None, "--app-role", help="PostgreSQL role the workers connect as: granted access here."
    ),
) -> None:
    """Create the schema (migrations), an organisation and its admin (run again for another
    organisation), and build the market store the workers share."""
    from levelset.app.server_setup import initialise
    from levelset.cli.workspace import workspace
    from levelset.server.secret import read_secret

    os.environ["LEVELSET_DATABASE_URL"] = database
    ws = workspace()
    password = _password(password_file)
    done = initialise(ws, organisation, email, name, password, app_role, build_market=True)
    read_secret(ws.paths.home)  # made here once, so every worker reads the same
    typer.echo(f"organisation {done.org} ({organisation}) is ready; its admin is {email}")
    if done.granted_to:
        typer.echo(f"the role {done.granted_to} may now use the database (row security applies)")


@app.command("worker")
def worker_command(
    database: str = typer.Option(..., "--database", help=DATABASE_HELP),
    once: bool = typer.Option(False, "--once", help="Run what is queued, then stop."),
    every: float = typer.Option(2.0, "--every", min=0.1, help="Seconds between looks."),
) -> None:
    """Run background jobs (client exports), one organisation at a time."""
    import time

    from levelset.app.job_queue import nothing_queued

    os.environ["LEVELSET_DATABASE_URL"] = database
    if once and nothing_queued(database):  # a timer's run with nothing to do opens no store
        typer.echo("0 job(s) run")
        return
    from levelset.app.jobs import handlers, run_pending
    from levelset.cli.workspace import workspace

    ws = workspace()
    known = handlers()
    while True:
        ran = run_pending(ws, known)
        if once:
            typer.echo(f"{ran} job(s) run")
            return
        if not ran:
            time.sleep(every)


@app.command("retention")
def retention_command(
    database: str = typer.Option(..., "--database", help=DATABASE_HELP),
    apply: bool = typer.Option(
        False, "--apply", help="Erase them (without it: only list who would be erased)."
    ),
) -> None:
    """Erase the records of archived clients whose organisation's retention period has
    ended (each erasure written to the audit log); run it daily, e.g. from a systemd timer."""
    from levelset.app.org_admin import apply_retention, due
    from levelset.cli.workspace import workspace

    os.environ["LEVELSET_DATABASE_URL"] = database
    ws = workspace()
    found = apply_retention(ws, ws.today()) if apply else due(ws, ws.today())
    for client in found:
        done = f"erased ({client.rows} records)" if apply else "due"
        typer.echo(
            f"organisation {client.org}: {client.name}, archived {client.archived_on}: {done}"
        )
    typer.echo(f"{len(found)} client(s) {'erased' if apply else 'due; --apply erases them'}")


@app.callback()
def server_command(
    ctx: typer.Context,
    database: str | None = typer.Option(None, "--database", help=DATABASE_HELP),
    host: str = typer.Option(
        "127.0.0.1", "--host", help="Address to listen on (the proxy's side)."
    ),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Worker processes."),
    forwarded_allow_ips: str = typer.Option(
        "127.0.0.1",
        "--forwarded-allow-ips",
        help="Comma-separated proxy addresses whose X-Forwarded-* headers are believed.",
    ),
    insecure_cookies: bool = typer.Option(
        False, "--insecure-cookies", help="Cookies without Secure: a plain-HTTP trial only."
    ),
) -> None:
    """Serve the web app to many people behind a reverse proxy (TLS is the proxy's job)."""
    if ctx.invoked_subcommand is not None:
        return
    if database is None:
        raise typer.BadParameter("--database is needed", param_hint="--database")
    import uvicorn

    from levelset.app.server_setup import check_ready
    from levelset.cli.workspace import workspace
    from levelset.server.settings import ServerSettings, read_secret

    os.environ["LEVELSET_DATABASE_URL"] = database
    ws = workspace()
    check_ready(ws)
    ws.close()
    settings = ServerSettings(
        database_url=database,
        home=ws.paths.home,
        forwarded_allow_ips=tuple(a.strip() for a in forwarded_allow_ips.split(",")),
        secure_cookies=not insecure_cookies,
        secret=read_secret(ws.paths.home),
    )
    os.environ.update(settings.to_env())
    typer.echo(f"levelset server on http://{host}:{port} with {workers} worker(s)")
    uvicorn.run(
        "levelset.server.app:from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        proxy_headers=False,  # the app's own ProxyHeadersMiddleware, with these proxies
        log_level="warning",
    )
