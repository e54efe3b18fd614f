"""Each tracking use case through both doors, the CLI and the web app: the same outcome.

The CLI runs over one home and the web app over another (both empty at the start), so each
door is judged on what it alone stored.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.cli.runner import run_cli
from tests.suite_day import TODAY
from tests.tracking.test_csv_import import EXAMPLE, MESSY
from tests.web.conftest import Browser, data_of

pytestmark = pytest.mark.usefixtures("on_the_suites_day")

JSON = {"accept": "application/json"}
DAY = (TODAY - dt.timedelta(days=10)).isoformat()


@pytest.fixture
def cli_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The CLI's own LEVELSET_HOME, apart from the web app's."""
    home = tmp_path / "cli-home"
    monkeypatch.setenv("LEVELSET_HOME", str(home))
    return home


def cli_add(*args: str) -> Any:
    return run_cli("track", "add", *args, "--json")


def web_add(client: Browser, **form: str) -> Any:
    return client.submit("/tracking/events", form, headers=JSON)


def cli_events() -> list[dict[str, Any]]:
    return list(run_cli("track", "list", "--json").json()["events"])


def web_events(client: Browser) -> list[dict[str, Any]]:
    return list(data_of(client.get("/tracking.json"))["events"])[::-1]  # newest first there


def same_events(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    keys = ("kind", "date", "application", "company", "role", "channel", "outcome", "stage")
    return [{k: e[k] for k in keys} for e in a] == [{k: e[k] for k in keys} for e in b]


def web_import(client: Browser, path: Path, **extra: str) -> Any:
    return client.post(
        "/tracking/import",
        files={"file": (path.name, path.read_bytes(), "text/csv")},
        data={"csrf_token": client.token(), **extra},
        headers=JSON,
    )


@pytest.mark.usefixtures("cli_home")
def test_logging_an_application_and_its_reply_stores_the_same_events(client: Browser) -> None:
    application = {"company": "Acme", "role": "MLE", "date": DAY, "channel": "referral"}
    by_cli = cli_add("application", *_options(application))
    by_web = web_add(client, kind="application", **application)
    assert by_cli.exit_code == 0 and by_web.status_code == 201, by_web.text
    assert by_cli.json()["events"][0]["application"] == by_web.json()["ref"]
    reply = {"company": "acme", "outcome": "yes"}
    assert cli_add("reply", *_options(reply)).exit_code == 0
    assert web_add(client, kind="reply", **reply).status_code == 201
    assert same_events(cli_events(), web_events(client))
    assert [e["kind"] for e in cli_events()] == ["application", "response"]


@pytest.mark.usefixtures("cli_home")
def test_the_same_application_twice_is_a_conflict_naming_the_stored_one(client: Browser) -> None:
    application = {"company": "Zoë Ltd", "role": "Ingénieure ML", "date": DAY}
    assert cli_add("application", *_options(application)).exit_code == 0
    assert web_add(client, kind="application", **application).status_code == 201
    again_cli = run_cli("track", "add", "application", *_options(application))
    again_web = web_add(client, kind="application", **application)
    assert again_cli.exit_code == 4 and again_web.status_code == 409
    stored = f"Zoë Ltd / Ingénieure ML / {DAY}"
    assert stored in " ".join(again_cli.stderr.split()) and stored in again_web.json()["message"]
    assert len(cli_events()) == len(web_events(client)) == 1


@pytest.mark.usefixtures("cli_home")
def test_a_real_second_attempt_at_the_same_company_is_stored(client: Browser) -> None:
    first = {"company": "Acme", "role": "MLE", "date": DAY}
    other_role = {**first, "role": "Research Engineer"}
    later = {**first, "date": (TODAY - dt.timedelta(days=2)).isoformat()}
    for fields in (first, other_role, later):
        assert cli_add("application", *_options(fields)).exit_code == 0
        assert web_add(client, kind="application", **fields).status_code == 201
    assert len(cli_events()) == len(web_events(client)) == 3
    assert same_events(cli_events(), web_events(client))


@pytest.mark.usefixtures("cli_home")
def test_an_event_the_doors_refuse_is_refused_the_same_way(client: Browser) -> None:
    future = {"company": "Globex", "date": "2999-01-01"}
    assert run_cli("track", "add", "application", *_options(future)).exit_code == 2
    assert web_add(client, kind="application", **future).status_code == 400
    orphan = {"company": "Initech", "outcome": "positive"}
    assert run_cli("track", "add", "response", *_options(orphan)).exit_code == 3
    assert web_add(client, kind="response", **orphan).status_code == 404
    nameless = run_cli("track", "add", "application", "--date", DAY)
    assert nameless.exit_code == 2 and web_add(client, kind="application").status_code == 400
    assert cli_events() == [] and web_events(client) == []


@pytest.mark.usefixtures("cli_home")
def test_importing_a_sheet_twice_stores_it_once_through_either_door(client: Browser) -> None:
    first = run_cli("track", "import", str(EXAMPLE), "--json").json()
    by_web = web_import(client, EXAMPLE)
    assert by_web.status_code == 201 and by_web.json()["stored"] == first["events_stored"] == 118
    again = run_cli("track", "import", str(EXAMPLE), "--json").json()
    again_web = web_import(client, EXAMPLE).json()
    assert again["events_stored"] == again_web["stored"] == 0
    assert again["already_stored"] == again_web["plan"]["already_stored"] == 118
    assert data_of(client.get("/tracking.json"))["event_count"] == len(cli_events()) == 118


@pytest.mark.usefixtures("cli_home")
def test_a_bad_sheet_is_refused_by_both_unless_bad_rows_are_skipped(client: Browser) -> None:
    assert run_cli("track", "import", str(MESSY)).exit_code == 2
    refused = web_import(client, MESSY)
    assert refused.status_code == 400 and "line 4" in refused.text
    skipped = run_cli("track", "import", str(MESSY), "--skip-bad-rows", "--json").json()
    by_web = web_import(client, MESSY, skip_bad_rows="true").json()
    web_lines = sorted({p["line"] for p in by_web["plan"]["skipped"]})
    assert web_lines == skipped["skipped_lines"] == [4, 5, 6, 7, 9, 10]
    assert by_web["stored"] == skipped["events_stored"] > 0


@pytest.mark.usefixtures("cli_home")
def test_a_workbook_is_named_as_such_by_both_doors(client: Browser, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Company", "Date Applied"])
    path = tmp_path / "applications.xlsx"
    book.save(path)
    by_cli = run_cli("track", "import", str(path))
    by_web = web_import(client, path)
    assert by_cli.exit_code == 2 and by_web.status_code == 400
    assert "save it as CSV" in " ".join(by_cli.stderr.split())
    assert "save it as CSV" in by_web.json()["hint"]


@pytest.mark.usefixtures("cli_home")
def test_a_sheet_saved_by_excel_on_windows_keeps_its_accents_in_both(
    client: Browser, tmp_path: Path
) -> None:
    path = tmp_path / "windows.csv"
    path.write_bytes(
        "Company;Role;Date Applied\r\nZoë Ltd;Ingénieure ML;2026-10-01\r\n".encode("cp1252")
    )
    assert run_cli("track", "import", str(path)).exit_code == 0
    assert web_import(client, path).status_code == 201
    assert [e["company"] for e in cli_events()] == ["Zoë Ltd"]
    assert [e["company"] for e in web_events(client)] == ["Zoë Ltd"]


@pytest.mark.usefixtures("cli_home")
def test_the_metrics_are_the_same_through_both_doors(client: Browser) -> None:
    run_cli("track", "import", str(EXAMPLE))
    web_import(client, EXAMPLE)
    by_cli = run_cli("metrics", "--json").json()
    by_cli.pop("charts")
    by_web = data_of(client.get("/tracking.json"))["metrics"]
    assert by_cli == by_web
    assert by_web["source"]["attempts"] == 66
    since = run_cli("metrics", "--since", "2026-10-19", "--json").json()
    since.pop("charts")
    assert since == data_of(client.get("/tracking.json?since=2026-10-19"))["metrics"]


@pytest.mark.usefixtures("cli_home")
def test_metrics_since_a_future_date_are_refused_by_both(client: Browser) -> None:
    future = (TODAY + dt.timedelta(days=30)).isoformat()
    by_cli = run_cli("metrics", "--since", future)
    by_web = client.get(f"/tracking.json?since={future}")
    assert by_cli.exit_code == 2 and by_web.status_code == 400
    assert "future" in by_cli.stderr and "future" in by_web.json()["message"]


@pytest.mark.usefixtures("cli_home")
def test_an_experiment_reaches_the_same_verdict_through_both_doors(client: Browser) -> None:
    run_cli("track", "import", str(EXAMPLE))
    web_import(client, EXAMPLE)
    form = {"change": "Lead with an outcome", "baseline": "generic",
            "candidate": "impact-first", "start": "2026-10-19"}  # fmt: skip
    assert run_cli("experiment", "start", "opener", *_options(form)).exit_code == 0
    started = client.submit("/tracking/experiments", {"name": "opener", **form}, headers=JSON)
    assert started.status_code == 201 and started.json()["name"] == "opener"
    (by_cli,) = run_cli("experiment", "status", "opener", "--json").json()["experiments"]
    (by_web,) = data_of(client.get("/tracking.json"))["experiments"]
    assert by_cli["verdict"] == by_web["verdict"] == "keep"
    assert by_cli["baseline"]["n"] == by_web["baseline"]["trials"] >= 10
    assert by_cli["candidate"]["n"] == by_web["candidate"]["trials"] >= 10
    again = {"name": "opener", **form}
    assert run_cli("experiment", "start", "opener", *_options(form)).exit_code == 4
    assert client.submit("/tracking/experiments", again, headers=JSON).status_code == 409


def _options(fields: dict[str, str]) -> list[str]:
    return [part for name, value in fields.items() for part in (f"--{name}", value)]


@pytest.mark.usefixtures("cli_home")
def test_an_experiment_closes_once_with_the_same_verdict_through_both_doors(
    client: Browser,
) -> None:
    run_cli("track", "import", str(EXAMPLE))
    web_import(client, EXAMPLE)
    form = {"change": "Lead with an outcome", "baseline": "generic",
            "candidate": "impact-first", "start": "2026-10-19"}  # fmt: skip
    run_cli("experiment", "start", "x[/]", *_options(form))
    client.submit("/tracking/experiments", {"name": "x[/]", **form}, headers=JSON)
    page = client.get("/tracking").text
    assert 'action="/tracking/experiments/x%5B/%5D/close"' in page
    by_cli = run_cli("experiment", "close", "x[/]", "--json")
    by_web = client.submit("/tracking/experiments/x%5B/%5D/close", {}, headers=JSON)
    assert by_cli.exit_code == 0 and by_web.status_code == 200, by_web.text
    assert by_cli.json()["verdict"] == by_web.json()["verdict"] == "keep"
    assert by_cli.json()["status"] == by_web.json()["experiment"]["status"] == "closed"
    assert run_cli("experiment", "close", "x[/]").exit_code == 4
    assert (
        client.submit("/tracking/experiments/x%5B/%5D/close", {}, headers=JSON).status_code == 409
    )
    assert run_cli("experiment", "close", "nope").exit_code == 3
    assert client.submit("/tracking/experiments/nope/close", {}, headers=JSON).status_code == 404


@pytest.mark.usefixtures("cli_home")
def test_the_export_is_the_same_file_through_both_doors(client: Browser) -> None:
    run_cli("track", "import", str(EXAMPLE))
    web_import(client, EXAMPLE)
    as_csv = client.get("/tracking/export?format=csv")
    assert as_csv.status_code == 200 and "attachment" in as_csv.headers["content-disposition"]
    assert as_csv.text == run_cli("track", "export").stdout
    as_json = client.get("/tracking/export?format=json")
    assert as_json.json() == run_cli("track", "export", "--format", "json").json()
    assert len(as_json.json()["events"]) == 118
    assert run_cli("track", "export", "--format", "xml").exit_code == 2
    assert client.get("/tracking/export?format=xml").status_code == 400


@pytest.mark.usefixtures("cli_home")
def test_the_recent_events_are_the_latest_listed_by_the_cli(client: Browser) -> None:
    run_cli("track", "import", str(EXAMPLE))
    web_import(client, EXAMPLE)
    listed = cli_events()
    shown = data_of(client.get("/tracking.json"))
    assert shown["event_count"] == len(listed) == 118
    assert same_events(listed[-len(shown["events"]) :], shown["events"][::-1])


@pytest.mark.usefixtures("cli_home")
def test_both_doors_run_on_the_suites_day(client: Browser) -> None:
    """An event given no date is dated today: the CLI's today and the web app's are both the
    suite's fixed day here, whatever the machine's date (the web app read the machine's)."""
    assert cli_add("application", "--company", "Acme").exit_code == 0
    assert web_add(client, kind="application", company="Acme").status_code == 201
    dates = {e["date"] for e in (*cli_events(), *web_events(client))}
    assert dates == {TODAY.isoformat()}, dates
