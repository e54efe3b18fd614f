"""Client commands: erasing asks first (with no terminal it refuses and erases nothing) and takes
the client's files with it; a cohort clears in words."""

from __future__ import annotations

from tests.cli.runner import run_cli


def test_erase_without_yes_and_without_a_terminal_refuses_and_keeps_the_client() -> None:
    assert run_cli("client", "add", "Ada Lovelace").exit_code == 0
    refused = run_cli("client", "erase", "Ada Lovelace")  # stdin is no terminal here
    assert refused.exit_code == 2
    assert "no terminal to ask on" in refused.stderr
    assert "levelset client erase 'Ada Lovelace' --yes" in refused.stderr
    listed = run_cli("client", "list", "--json").json()
    assert [c["name"] for c in listed] == ["Ada Lovelace"]
    assert run_cli("client", "erase", "Ada Lovelace", "--yes").exit_code == 0
    assert run_cli("client", "list", "--json").json() == []


def test_erase_takes_the_clients_export_zip_and_peer_sheet_with_it(levelset_home) -> None:
    for name in ("Ada Lovelace", "Grace Hopper"):
        assert run_cli("client", "add", name).exit_code == 0
    sheets = {}
    for name in ("Ada Lovelace", "Grace Hopper"):  # same day: neither overwrites the other
        written = run_cli("--client", name, "practice", "peer")
        assert written.exit_code == 0, written.stderr
        sheets[name] = written.stdout.split()
    assert not set(sheets["Ada Lovelace"]) & set(sheets["Grace Hopper"])
    exported = run_cli("client", "export", "Ada Lovelace", "--json").json()["path"]
    ada_files = [exported, *sheets["Ada Lovelace"]]
    assert all("/clients/" in f for f in ada_files)
    receipt = run_cli("client", "erase", "Ada Lovelace", "--yes", "--json").json()
    assert set(ada_files) <= set(receipt["files"])
    left = [str(p) for p in levelset_home.rglob("*") if p.is_file()]
    assert not set(ada_files) & set(left)
    assert set(sheets["Grace Hopper"]) <= set(left)


def test_clearing_a_cohort_says_so_and_a_blank_one_clears_it() -> None:
    assert run_cli("client", "add", "Ada Lovelace", "--cohort", "spring 2027").exit_code == 0
    cleared = run_cli("client", "cohort", "Ada Lovelace")
    assert cleared.exit_code == 0 and "Ada Lovelace: no cohort." in cleared.stdout
    assert "None" not in cleared.stdout
    assert (
        "cohort [fall] 2026." in run_cli("client", "cohort", "Ada Lovelace", "[fall] 2026").stdout
    )
    assert run_cli("client", "cohort", "Ada Lovelace", "   ").exit_code == 0
    assert run_cli("client", "list", "--json").json()[0]["cohort"] is None


def test_a_client_email_that_is_no_address_is_refused_and_nothing_is_added() -> None:
    refused = run_cli("client", "add", "Ada Lovelace", "--email", "ada at example")
    assert refused.exit_code == 2 and "'ada at example' is not an email address" in refused.stderr
    assert run_cli("client", "list", "--json").json() == []
    added = run_cli("client", "add", "Ada Lovelace", "--email", " ada@example.org ", "--json")
    assert added.json()["email"] == "ada@example.org"
