"""The start-up budget (issue 15) guarded by what a command imports, not by a stopwatch: each
command runs in a fresh interpreter and names the heavy packages it loaded. SQLAlchemy is for
commands that read records, DuckDB for those that ask the market, Pydantic for none given
plain values, Rich for none that print JSON, fpdf2 (and NumPy) for none."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OFFER = str(ROOT / "examples" / "offers" / "bigco-rsu.yaml")
EMAIL = str(ROOT / "examples" / "emails" / "strong_counter.txt")
RESUME = str(ROOT / "examples" / "resume" / "resume.md")
# DuckDB's engine: the market store imports it alone when it is a module of its own (_duckdb)
ENGINE = "_duckdb" if find_spec("_duckdb") is not None else "duckdb"
HEAVY = (
    "sqlalchemy",
    "duckdb",
    "_duckdb",
    "pydantic",
    "rich",
    "fpdf",
    "numpy",
    PG_DIALECT := "sqlalchemy.dialects.postgresql",
)
PROBE = (
    "import os, sys\n"
    "from levelset.cli.main import main\n"
    "code = main(sys.argv[1:])\n"
    "print(' '.join(m for m in os.environ['PROBED'].split() if m in sys.modules))\n"
    "sys.exit(code)\n"
)


def loaded(home: Path, *args: str, among: tuple[str, ...] = HEAVY) -> set[str]:
    """The modules `among` (the heavy packages) a command imported, run as a user would."""
    env = {**os.environ, "LEVELSET_HOME": str(home), "NO_COLOR": "1", "PROBED": " ".join(among)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    return set(done.stdout.splitlines()[-1].split())


@pytest.mark.parametrize(
    ("args", "needs"),
    [
        (("--version",), set()),
        (("levels", "L5", "--json"), set()),
        (("offer", "value", OFFER, "--json"), set()),  # no records store yet: none opened
        (("score", EMAIL, "--json"), set()),  # a score not kept reads no records
    ],
)
def test_a_command_that_reads_no_records_loads_neither_store(
    levelset_home: Path, args: tuple[str, ...], needs: set[str]
) -> None:
    assert loaded(levelset_home, *args) == needs


def test_a_command_reading_records_loads_only_sqlalchemy(levelset_home: Path) -> None:
    assert loaded(levelset_home, "offer", "add", OFFER) <= {"sqlalchemy", "rich"}
    # a whole number for an argument and the default of a bounded option: no Pydantic; the
    # reads compiled ahead (store.prepared) on a home whose schema is current: no SQLAlchemy
    assert loaded(levelset_home, "offer", "show", "1", "--json") == set()
    assert loaded(levelset_home, "offer", "list", "--json") == set()
    assert loaded(levelset_home, "profile", "show", "--json") == set()
    assert loaded(levelset_home, "proof", "report", "--json") == set()


def test_a_simple_write_to_a_current_home_loads_no_sqlalchemy(levelset_home: Path) -> None:
    # the first command makes and migrates the home (SQLAlchemy); the writes compiled ahead
    # (store.prepared_writes) then run through sqlite3
    assert "sqlalchemy" in loaded(levelset_home, "offer", "add", OFFER)
    assert loaded(levelset_home, "offer", "add", OFFER, "--json") == set()
    assert loaded(levelset_home, "offer", "delete", "1", "--json") == set()
    rate = ("offer", "rates", "set", "EUR", "1.08", "--date", "2026-11-02", "--json")
    assert loaded(levelset_home, *rate) == set()
    assert loaded(levelset_home, "proof", "import", RESUME, "--json") == set()
    assert loaded(levelset_home, "proof", "import", RESUME, "--json") == set()  # replaces it
    assert loaded(levelset_home, "profile", "set", "--level", "staff", "--json") == set()
    assert loaded(levelset_home, "profile", "set", "--level", "senior", "--json") == set()


def test_a_cold_proof_report_of_an_imported_resume_loads_no_heavy_package(
    levelset_home: Path,
) -> None:
    # issue 12's cold report: the import writes through SQLAlchemy, the report reads the
    # materials, the corrections and the profile through the reads compiled ahead
    assert loaded(levelset_home, "proof", "import", RESUME, "--json") == {"sqlalchemy"}
    assert loaded(levelset_home, "proof", "report", "--json") == set()


def test_server_init_of_a_new_sqlite_database_loads_no_sqlalchemy(
    levelset_home: Path, tmp_path: Path
) -> None:
    # the schema, the organisation and its admin written through sqlite3 (store.new_accounts,
    # store.fresh_schema); the admin then signs in through SQLAlchemy with that password
    from levelset.app.accounts import ServerPolicy, sign_in
    from levelset.app.workspace import Workspace

    password = tmp_path / "password.txt"
    password.write_text("a long trial password 42\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    init = ("server", "init", "--database", url, "--organisation", "Acme")
    init += ("--admin-email", "a@example.com", "--password-file", str(password))
    assert loaded(levelset_home, *init).isdisjoint({"sqlalchemy", ENGINE})  # no market build
    ws = Workspace.at(levelset_home, database_url=url)
    try:
        secret = "a long trial password 42"
        token = sign_in(ws, "A@example.com ", secret, "127.0.0.1", ServerPolicy())
    finally:
        ws.close()
    assert token.startswith("1.")


def test_a_worker_run_once_with_nothing_queued_loads_no_sqlalchemy(
    levelset_home: Path, tmp_path: Path
) -> None:
    # nothing queued: one sqlite3 query says so; a queued job opens the store and runs
    from levelset.app import jobs
    from levelset.app.workspace import Workspace

    password = tmp_path / "password.txt"
    password.write_text("a long trial password 42\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    init = ("server", "init", "--database", url, "--organisation", "Acme")
    loaded(levelset_home, *init, "--admin-email", "a@example.com", "--password-file", str(password))
    worker = ("server", "worker", "--database", url, "--once")
    assert "sqlalchemy" not in loaded(levelset_home, *worker)
    ws = Workspace.at(levelset_home, database_url=url)
    try:
        job = jobs.submit(ws, 1, "no such kind", {})
    finally:
        ws.close()
    assert "sqlalchemy" in loaded(levelset_home, *worker)
    ws = Workspace.at(levelset_home, database_url=url)
    try:
        assert jobs.status(ws, 1, job).state == "failed"  # claimed and run (no such handler)
    finally:
        ws.close()


def test_a_command_on_a_sqlite_home_loads_no_postgresql_dialect(levelset_home: Path) -> None:
    # the dialect cost every records command about 35 ms of CPU (issue 15); a write raises the
    # records version through the dialect's upsert, so both a write and a read are asked
    assert PG_DIALECT not in loaded(levelset_home, "offer", "add", OFFER)
    assert PG_DIALECT not in loaded(levelset_home, "offer", "list")


def test_a_markdown_playbook_loads_no_pdf_writer(levelset_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "playbook.md"
    found = loaded(levelset_home, "playbook", "--output", str(target), "--json")
    assert target.read_text(encoding="utf-8").startswith("#")
    assert not found & {"fpdf", "numpy", "pydantic"}
    # its note on stderr is written as Rich would write it to a pipe, without Rich
    assert not loaded(levelset_home, "playbook", "--output", str(target)) & {"rich", "fpdf"}


def test_a_pdf_playbook_is_written_without_fpdf2(levelset_home: Path, tmp_path: Path) -> None:
    # levelset's own PDF writer (levelset/pdfwrite) draws every character of the shipped font;
    # fpdf2 (about 0.25 s of CPU to import, with fontTools) is for a CJK fallback font only
    target = tmp_path / "playbook.pdf"
    args = ("playbook", "--format", "pdf", "--output", str(target), "--json")
    unused = ("fpdf", "fontTools", "numpy", "cryptography", "PIL", "xml.etree.ElementTree")
    found = loaded(levelset_home, *args, among=(*HEAVY, *unused))
    assert target.read_bytes().startswith(b"%PDF")
    assert not found & set(unused)


def test_a_range_without_clients_loads_no_offer_book(levelset_home: Path) -> None:
    # the coach's offer book (its modules and dataclasses) is for a home with clients only
    book = ("levelset.coach.offer_book", "levelset.negotiation.record")
    args = ("range", "MLE", "--level", "senior", "--location", "Seattle", "--json")
    assert loaded(levelset_home, *args, among=book) == set()


def test_market_reads_of_a_home_without_imports_load_no_duckdb(levelset_home: Path) -> None:
    # the shipped copy answers them through sqlite3 (market/shipped_copy.py): no store is made
    args = ("range", "MLE", "--level", "senior", "--location", "Seattle", "--json")
    assert ENGINE not in loaded(levelset_home, *args)
    assert ENGINE not in loaded(levelset_home, "level", "estimate", "--json")
    assert ENGINE not in loaded(levelset_home, "places", "SF", "--json")
    assert not (levelset_home / "market.duckdb").exists()
    # a title only O*NET knows reads the DuckDB store, made then
    assert ENGINE in loaded(levelset_home, "range", "Quality Assurance Engineer", "--json")
    assert (levelset_home / "market.duckdb").exists()


def test_a_ladder_printed_to_a_pipe_loads_no_rich(levelset_home: Path) -> None:
    # piped, Rich would write no styles: the plain writer gives its text (test_ladder_view)
    assert "rich" not in loaded(levelset_home, "level", "ladder")
    assert "rich" not in loaded(levelset_home, "level", "ladder", "--company", "Meta")


def test_a_plan_and_an_anchor_read_the_shipped_copy_without_duckdb(
    levelset_home: Path,
) -> None:
    # the plan and the anchor ask the market (the plan's range and anchor, the anchor's
    # percentile): in a home without imports the shipped copy answers, so neither imports
    # DuckDB nor makes its store; a week's review shows no market figure and asks none
    other = str(ROOT / "examples" / "offers" / "startup-options.yaml")
    copy = "levelset.market.shipped_copy"
    loaded(levelset_home, "negotiate", "start", "Fabrikam", "--offer", other, "--json")
    loaded(levelset_home, "profile", "set", "--level", "senior", "--json")
    assert copy in loaded(levelset_home, "plan", "--json", among=(*HEAVY, copy))
    for args in (("plan", "review", "--no-ask"), ("plan", "review", "--no-ask", "--json")):
        assert not loaded(levelset_home, *args, among=(*HEAVY, copy)) & {copy, ENGINE}, args
    for args in (
        ("negotiate", "anchor", "Fabrikam", "--preview"),
        ("negotiate", "anchor", "Fabrikam", "--preview", "--json"),
    ):
        found = loaded(levelset_home, *args, among=(*HEAVY, copy))
        assert copy in found and ENGINE not in found, args
    assert not (levelset_home / "market.duckdb").exists()


def test_a_playbook_and_a_plan_review_load_no_sheet_import_nor_mock_call(
    levelset_home: Path, tmp_path: Path
) -> None:
    # both read the tracked events, their metrics and the kept practice sessions; the sheet
    # import, the export, the experiments and the mock call's script are for the commands
    # that use them, the anchor and the package for a draft being written
    unused = (
        "levelset.tracking.csv_import",
        "levelset.tracking.export",
        "levelset.tracking.validation",
        "levelset.tracking.experiments",
        "levelset.practice.session",
        "levelset.practice.case",
        "levelset.negotiation.anchor",  # the stored drafts are read for their kind and text
        "levelset.negotiation.package",
    )
    used = ("levelset.app.tracking", "levelset.app.practice")
    home = tmp_path / "demo"
    loaded(levelset_home, "demo", "--home", str(home))
    target = tmp_path / "playbook.md"
    for args in (("playbook", "--output", str(target)), ("plan", "review", "--no-ask")):
        assert loaded(home, *args, among=(*unused, *used)) == set(used), args


def test_a_piped_lca_import_loads_no_rich(
    levelset_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # its progress lines and its report are written as Rich would write them to a pipe (a
    # console wide enough for the kept copy's path: a word wider goes to Rich, which folds it)
    monkeypatch.setenv("COLUMNS", "300")
    sample = ROOT / "examples" / "market" / "LCA_Disclosure_Data_FY2025_Q4_SYNTHETIC.csv"
    among = ("rich", "duckdb", "_duckdb")
    assert loaded(levelset_home, "data", "import", "lca", str(sample), among=among) == {ENGINE}


def test_a_playbook_with_its_analysis_kept_loads_no_openssl_html_nor_zip(
    levelset_home: Path, tmp_path: Path
) -> None:
    # the second playbook reads the kept proof analysis back under a SHA-256 of its inputs
    # (CPython's own hash, not OpenSSL's), charts its SVG without html's entity names, and
    # asks the negotiation's anchor without the offer files' zip reader or temporary folders
    unused = ("_hashlib", "html", "zipfile", "tempfile", "levelset.app.offers")
    home = tmp_path / "demo"
    loaded(levelset_home, "demo", "--home", str(home))
    target = tmp_path / "playbook.md"
    loaded(home, "playbook", "--output", str(target))
    assert loaded(home, "playbook", "--output", str(target), among=unused) == set()
    assert target.read_text(encoding="utf-8").startswith("#")
