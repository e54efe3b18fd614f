"""`levelset server init` run again for a second organisation: an admin address that an
account on the server already has is refused before anything is written, so no organisation
is left without its admin."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.runner import run_cli

pytest.importorskip("argon2")


def _init(url: str, organisation: str, email: str, password: Path) -> tuple[int, str]:
    found = run_cli(
        "server", "init", "--database", url, "--organisation", organisation,
        "--admin-email", email, "--password-file", str(password),
    )  # fmt: skip
    return found.exit_code, found.stdout + found.stderr


def test_an_admin_address_already_taken_leaves_no_organisation_behind(tmp_path: Path) -> None:
    from levelset.app.workspace import Workspace
    from levelset.store.accounts import org_of_email, organisation_ids

    password = tmp_path / "password.txt"
    password.write_text("a long trial password 42\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    assert _init(url, "Acme", "a@example.com", password)[0] == 0
    code, said = _init(url, "Beta", " A@Example.com", password)
    assert code == 4, said
    assert "an account for A@Example.com already exists" in said
    assert "Traceback" not in said
    assert _init(url, "Beta", "b@example.com", password)[0] == 0
    ws = Workspace.at(tmp_path / "home", database_url=url)
    try:
        orgs = organisation_ids(ws.store)
        assert len(orgs) == 2  # Acme and the second Beta: the refused one wrote nothing
        assert org_of_email(ws.store, "a@example.com") == orgs[0]
        assert org_of_email(ws.store, "b@example.com") == orgs[1]
    finally:
        ws.close()
