"""Hostile files through the importers that now use the one safe reader (levelset.untrusted):
`data import onet` zips, upstream workbooks, market CSVs, JSON résumés, story banks and
LinkedIn exports. Each is refused with exit 2 naming the file, in bounded time, no traceback,
and nothing stored changes."""

from __future__ import annotations

import io
import shutil
import time
import zipfile
from pathlib import Path

import pytest

from tests.cli.runner import run_cli

UPSTREAM = Path(__file__).resolve().parents[1] / "market" / "fixtures" / "upstream"
CROWD = UPSTREAM / "aijobs_salaries_2025-06-01.csv"
ONET = UPSTREAM / "db_28_0_text"
EXIT_INPUT = 2


def _bomb(path: Path, member: str, megabytes: int = 30) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, b"\0" * (megabytes * 1024 * 1024))
    return path


def _refused(*args: str, file: Path, says: str) -> None:
    start = time.perf_counter()
    result = run_cli(*args, str(file))
    said = " ".join((result.stdout + result.stderr).split())
    assert result.exit_code == EXIT_INPUT, said
    assert file.name in said and says in said, said
    assert "Traceback" not in said and "SELECT" not in said
    assert time.perf_counter() - start < 30


def _market_unchanged(before: dict[str, object]) -> None:
    after = run_cli("data", "status", "--json").json()
    assert after["imports"] == before["imports"]
    assert after["datasets"] == before["datasets"]


def test_onet_zips_that_are_bombs_crowds_or_broken_are_refused(tmp_path: Path) -> None:
    assert run_cli("data", "rebuild").exit_code == 0
    before = run_cli("data", "status", "--json").json()
    bomb = _bomb(tmp_path / "db_29_0_text.zip", "db_29_0_text/Occupation Data.txt")
    _refused("data", "import", "onet", file=bomb, says="zip bomb")
    crowd = tmp_path / "db_30_0_text.zip"
    with zipfile.ZipFile(crowd, "w") as archive:
        for n in range(2_100):
            archive.writestr(f"db_30_0_text/part{n}.txt", "x")
    _refused("data", "import", "onet", file=crowd, says="too many files")
    broken = tmp_path / "db_31_0_text.zip"
    broken.write_bytes(bomb.read_bytes()[:300] + b"\0" * 200)
    _refused("data", "import", "onet", file=broken, says="not a readable zip")
    escape = tmp_path / "db_32_0_text.zip"
    with zipfile.ZipFile(escape, "w") as archive:
        archive.writestr("../../Occupation Data.txt", "x")
    _refused("data", "import", "onet", file=escape, says="outside the archive")
    empty = tmp_path / "db_33_0_text.zip"
    zipfile.ZipFile(empty, "w").close()
    _refused("data", "import", "onet", file=empty, says="not an O*NET text release")
    _market_unchanged(before)


def test_a_good_onet_zip_still_imports(tmp_path: Path) -> None:
    archive = shutil.make_archive(str(tmp_path / "db_28_0_text"), "zip", UPSTREAM, ONET.name)
    result = run_cli("data", "import", "onet", archive, "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["rows"] > 0


def test_a_workbook_that_is_a_zip_bomb_is_refused(tmp_path: Path) -> None:
    assert run_cli("data", "rebuild").exit_code == 0
    before = run_cli("data", "status", "--json").json()
    bomb = _bomb(tmp_path / "all_data_M_2026.xlsx", "xl/worksheets/sheet1.xml")
    _refused("data", "import", "oews", "--release", "May 2026", file=bomb, says="zip bomb")
    _market_unchanged(before)


def test_market_csvs_with_bad_bytes_late_or_huge_lines_are_refused(tmp_path: Path) -> None:
    assert run_cli("data", "rebuild").exit_code == 0
    before = run_cli("data", "status", "--json").json()
    header, *rows = CROWD.read_bytes().splitlines(keepends=True)
    body = b"".join(rows * 40)
    assert len(body) > 4096
    late = tmp_path / "aijobs_salaries_2025-08-01.csv"
    late.write_bytes(header + body[:5000] + b"\xff\xfe" + body[5000:])
    _refused("data", "import", "crowd", file=late, says="decode")
    huge = tmp_path / "aijobs_salaries_2025-09-01.csv"
    huge.write_bytes(header + b"x" * (20 * 1024 * 1024) + b"\n")
    result = run_cli("data", "import", "crowd", str(huge))
    assert result.exit_code == EXIT_INPUT and "Traceback" not in result.stderr
    _market_unchanged(before)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ('{"work": ' + "[" * 50_000 + "]" * 50_000 + "}", "nested too deeply"),
        ('{"work": [' + "9" * 5_000 + "]}", "number too long"),
        ('{"basics": {"name": "' + "a" * 6_000 + '\udcff"}}', "byte offset 6,"),
        ('{"basics": {"summary": "' + "b" * (11 * 1024 * 1024) + '"}}', "too large"),
    ],
    ids=["deep", "long-number", "bad-byte-late", "huge"],
)
def test_hostile_json_resumes_are_refused(tmp_path: Path, content: str, says: str) -> None:
    resume = tmp_path / "resume.json"
    resume.write_bytes(content.encode("utf-8", "surrogateescape"))
    _refused("proof", "import", file=resume, says=says)
    assert "resume.json" not in run_cli("proof", "list").stdout


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("stories:\n" + "- " * 2_000 + "x\n", "nested too deeply"),
        ("a: &a [x, x]\nb: &b [*a, *a]\nstories: [*b]\n", "aliases"),
    ],
    ids=["deep", "aliases"],
)
def test_hostile_story_banks_are_refused(tmp_path: Path, content: str, says: str) -> None:
    stories = tmp_path / "stories.yaml"
    stories.write_text(content)
    _refused("proof", "import", file=stories, says=says)


def test_a_linkedin_export_that_is_a_zip_bomb_is_refused(tmp_path: Path) -> None:
    export = _bomb(tmp_path / "Basic_LinkedInDataExport.zip", "Positions.csv")
    _refused("proof", "import", file=export, says="zip bomb")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../Positions.csv", "Company Name,Title\nAcme,Engineer\n")
    sneaky = tmp_path / "Sneaky_LinkedInDataExport.zip"
    sneaky.write_bytes(buffer.getvalue())
    _refused("proof", "import", file=sneaky, says="outside the archive")
    assert "LinkedInDataExport" not in run_cli("proof", "list").stdout
