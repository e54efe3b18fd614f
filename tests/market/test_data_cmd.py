"""`levelset data`: sources, status, rebuild and import, end to end through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.paths import Paths
from tests.cli.runner import run_cli
from tests.market.market_home import UPSTREAM, fingerprint, market_paths, shipped_rows

ONET_NOTICE = (
    "This product includes information from the O*NET 27.0 Database by the U.S. Department "
    "of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
    "license."
)


def test_sources_json_lists_every_dataset_with_its_credits(levelset_home: Path) -> None:
    market_paths(levelset_home)
    result = run_cli("data", "sources", "--json")
    assert result.exit_code == 0, result.stderr
    data = result.json()
    by_name = {d["name"]: d for d in data["datasets"]}
    crowd = by_name["aijobs_2025-01-19"]
    assert crowd["licence"].startswith("CC0")
    assert crowd["release"] == "2025-01-19"
    national = by_name["oews_may2025_national"]
    assert national["rows"] == len(shipped_rows("oews_may2025_national_all_occupations.csv.gz"))
    assert "Bureau of Labor Statistics" in national["citation"]
    assert ONET_NOTICE in data["notices"]
    assert all(d["citation"] and d["licence"] for d in data["datasets"])


def test_sources_table_shows_the_onet_notice(levelset_home: Path) -> None:
    market_paths(levelset_home)
    result = run_cli("data", "sources")
    assert result.exit_code == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert ONET_NOTICE in text
    assert "oews_may2025_tech_subset" in text and "CC BY 4.0" in text


def test_status_before_and_after_an_import(levelset_home: Path) -> None:
    market_paths(levelset_home)
    before = run_cli("data", "status", "--json").json()
    assert before["current"] is True and before["imports"] == []
    imported = run_cli(
        "data", "import", "lca", str(UPSTREAM / "LCA_Disclosure_Data_FY2024_Q4.csv"), "--json"
    )
    assert imported.exit_code == 0, imported.stderr
    assert imported.json()["rows"] == 5
    after = run_cli("data", "status", "--json").json()
    assert [(i["source"], i["dataset"]) for i in after["imports"]] == [("lca", "lca_fy2024_q4")]
    assert Path(after["imports"][0]["path"]).is_file()
    assert after["datasets"] == before["datasets"] + 1


def test_import_of_a_bad_file_exits_2_naming_file_and_line(levelset_home: Path) -> None:
    paths: Paths = market_paths(levelset_home)
    before = fingerprint(paths)
    result = run_cli("data", "import", "crowd", str(UPSTREAM / "aijobs_salaries_bad.csv"))
    assert result.exit_code == 2
    assert "aijobs_salaries_bad.csv, line 4, experience_level" in result.stderr
    assert "line 5, salary" in result.stderr
    assert fingerprint(paths) == before


def test_import_of_an_unknown_source_suggests_the_known_ones(levelset_home: Path) -> None:
    market_paths(levelset_home)
    result = run_cli("data", "import", "h1b", str(UPSTREAM / "LCA_Disclosure_Data_FY2024_Q4.csv"))
    assert result.exit_code == 2
    assert "lca" in result.stderr and "oews" in result.stderr


def test_import_of_a_missing_file(levelset_home: Path, tmp_path: Path) -> None:
    market_paths(levelset_home)
    result = run_cli("data", "import", "lca", str(tmp_path / "nope.csv"))
    assert result.exit_code == 2
    assert "nope.csv" in result.stderr


def test_rebuild_replays_imports(levelset_home: Path) -> None:
    market_paths(levelset_home)
    assert run_cli("data", "import", "onet", str(UPSTREAM / "db_28_0_text")).exit_code == 0
    result = run_cli("data", "rebuild")
    assert result.exit_code == 0, result.stderr
    assert "Replayed your imports: onet_28.0" in result.stdout
    names = [d["name"] for d in run_cli("data", "sources", "--json").json()["datasets"]]
    assert "onet_28.0" in names and "onet_27.0" not in names


def test_import_prints_what_it_loaded(levelset_home: Path) -> None:
    market_paths(levelset_home)
    result = run_cli("data", "import", "crowd", str(UPSTREAM / "aijobs_salaries_2025-06-01.csv"))
    assert result.exit_code == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "Imported 7 rows from aijobs_salaries_2025-06-01.csv as aijobs_2025-06-01" in text


def test_status_says_an_old_store_will_be_rebuilt_without_rebuilding_it(
    levelset_home: Path,
) -> None:
    import duckdb

    paths = market_paths(levelset_home)
    with duckdb.connect(str(paths.market_db)) as con:
        con.execute("UPDATE meta SET value = 'old' WHERE key = 'shipped'")
    result = run_cli("data", "status")
    assert result.exit_code == 0
    assert "Out of date" in result.stdout
    assert run_cli("data", "status", "--json").json()["current"] is False


def test_every_shipped_dataset_and_source_is_documented() -> None:
    from levelset.market import catalog
    from levelset.market.upstreams import importable

    text = (Path(__file__).parents[2] / "docs" / "data-sources.md").read_text(encoding="utf-8")
    assert all(f"`{d.name}`" in text for d in catalog.SHIPPED)
    assert all(f"levelset data import {s}" in text for s in importable())
    assert " ".join(ONET_NOTICE.split()) in " ".join(text.split())


def _bad_files(folder: Path) -> dict[str, tuple[str, Path, tuple[str, ...]]]:
    """Bad files a user might feed `data import`, each with what the message must name."""
    lca = (UPSTREAM / "LCA_Disclosure_Data_FY2024_Q4.csv").read_text(encoding="utf-8")
    lines = lca.splitlines()
    fortnight = lines[:3] + [lines[3].replace(",Week,", ",Fortnight,", 1)] + lines[4:]
    assert "Fortnight" in fortnight[3]
    crowd = (UPSTREAM / "aijobs_salaries_2025-06-01.csv").read_text(encoding="utf-8")
    head = crowd.splitlines()[:6]
    # the upstream file ends its lines in CRLF; a line added in an editor may end in LF alone
    negative = "\r\n".join(head) + "\r\n" + "2024,SE,FT,Data Scientist,-5000,USD,-5000,US,0,US,M\n"
    files = {
        "empty.csv": "",
        "wrong_columns.csv": "a,b,c\n1,2,3\n",
        "crowd_negative.csv": negative,
        "lca_fortnight.csv": "\n".join(fortnight) + "\n",
        "lca_text.xlsx": "this is not a workbook\n",
    }
    for name, text in files.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    return {
        "empty": ("crowd", folder / "empty.csv", ("empty.csv", "empty")),
        "columns": ("crowd", folder / "wrong_columns.csv", ("wrong_columns.csv", "salary")),
        "negative": ("crowd", folder / "crowd_negative.csv",
                     ("crowd_negative.csv", "line 7", "salary")),
        "fortnight": ("lca", folder / "lca_fortnight.csv",
                      ("lca_fortnight.csv", "line 4", "WAGE_UNIT_OF_PAY", "Fortnight")),
        "xlsx": ("lca", folder / "lca_text.xlsx", ("lca_text.xlsx", "xlsx")),
        "onet": ("onet", Path("wrong_columns.csv"), (folder.name, "O*NET")),  # relative
    }  # fmt: skip


def test_bad_files_exit_2_name_what_is_wrong_and_leave_the_store(
    levelset_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    paths: Paths = market_paths(levelset_home)
    before = fingerprint(paths)
    for case, (source, file, named) in _bad_files(tmp_path).items():
        result = run_cli("data", "import", source, str(file))
        assert result.exit_code == 2, (case, result.stderr)
        assert "Traceback" not in result.stderr, case
        for part in named:
            assert part in result.stderr, (case, part, result.stderr)
        assert ": :" not in result.stderr, (case, result.stderr)  # never an empty file name
    assert fingerprint(paths) == before


def test_a_file_given_as_the_wrong_source_names_the_right_one(levelset_home: Path) -> None:
    market_paths(levelset_home)
    crowd = UPSTREAM / "aijobs_salaries_2025-06-01.csv"
    result = run_cli("data", "import", "lca", str(crowd))
    assert result.exit_code == 2
    assert f"levelset data import crowd {crowd.name}" in " ".join(result.stderr.split())
    lca = UPSTREAM / "LCA_Disclosure_Data_FY2024_Q4.csv"
    result = run_cli("data", "import", "crowd", str(lca))
    assert result.exit_code == 2
    assert f"levelset data import lca {lca.name}" in " ".join(result.stderr.split())


def test_status_dates_read_as_minutes_in_utc(levelset_home: Path) -> None:
    import re

    market_paths(levelset_home)
    lca = UPSTREAM / "LCA_Disclosure_Data_FY2024_Q4.csv"
    assert run_cli("data", "import", "lca", str(lca)).exit_code == 0
    out = run_cli("data", "status").stdout
    stamps = re.findall(r"\d{4}-\d\d-\d\d[ T][\d:.+]+(?: UTC)?", out)
    assert len(stamps) == 2 and all(
        re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", s) for s in stamps
    )
