"""Proof text and LinkedIn CSVs: UTF-8 (with or without a BOM) and UTF-16 with a BOM are read;
any other bytes are refused naming the file and the offset of the first bad byte, never read
silently as Latin-1. Nothing is stored from a refused file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.cli.runner import run_cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "resume"
ACCENTED = "- Cut fraud losses by 38% for the café chain's 4M daily payments at Zoë Ltd.\n"
RESUME = (
    (EXAMPLES / "resume.md")
    .read_text(encoding="utf-8")
    .replace("- Owned the feature store used by 6 teams.\n", ACCENTED)
)
ENCODINGS = {
    "utf-8": RESUME.encode("utf-8"),
    "utf-8 with BOM": RESUME.encode("utf-8-sig"),
    "utf-16 LE with BOM": RESUME.encode("utf-16"),  # Python writes its BOM little-endian here
    "utf-16 BE with BOM": b"\xfe\xff" + RESUME.encode("utf-16-be"),
}


def _bullets() -> list[str]:
    listed = run_cli("proof", "positions", "--json")
    assert listed.exit_code == 0, listed.stderr
    return [b for p in listed.json()["positions"] for b in p["bullets"]]


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_unicode_resume_text_is_read_in_each_encoding(tmp_path: Path, encoding: str) -> None:
    resume = tmp_path / "resume.md"
    resume.write_bytes(ENCODINGS[encoding])
    imported = run_cli("proof", "import", str(resume))
    assert imported.exit_code == 0, imported.stderr
    texts = _bullets()
    assert any("café chain's 4M daily payments at Zoë Ltd." in t for t in texts), texts
    assert not any("\ufeff" in t or "Ã" in t for t in texts)


def test_a_legacy_encoded_resume_is_refused_naming_file_and_byte(tmp_path: Path) -> None:
    resume = tmp_path / "resume.md"
    data = RESUME.encode("cp1252")
    resume.write_bytes(data)
    refused = run_cli("proof", "import", str(resume))
    assert refused.exit_code == 2 and "Traceback" not in refused.stderr
    offset = data.index("é".encode("cp1252"))
    assert "resume.md" in refused.stderr
    assert f"byte 0xe9 at byte offset {offset:,}" in refused.stderr, refused.stderr
    assert _bullets() == []


def _linkedin_zip(tmp_path: Path, positions: bytes) -> Path:
    archive = tmp_path / "Basic_LinkedInDataExport.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for name in ("Profile.csv", "Skills.csv"):
            zipped.write(EXAMPLES / "linkedin" / name, name)
        zipped.writestr("Positions.csv", positions)
    return archive


def _positions() -> str:
    text = (EXAMPLES / "linkedin" / "Positions.csv").read_text(encoding="utf-8")
    return text.replace("Databright", "Databright Zoë")


def test_a_utf16_linkedin_csv_is_read(tmp_path: Path) -> None:
    archive = _linkedin_zip(tmp_path, _positions().encode("utf-16"))
    imported = run_cli("proof", "import", str(archive))
    assert imported.exit_code == 0, imported.stderr
    positions = run_cli("proof", "positions", "--json")
    assert "Databright Zoë" in positions.stdout, positions.stdout[:500]


def test_a_legacy_encoded_linkedin_csv_is_refused_naming_member_and_byte(tmp_path: Path) -> None:
    data = _positions().encode("cp1252")
    archive = _linkedin_zip(tmp_path, data)
    refused = run_cli("proof", "import", str(archive))
    assert refused.exit_code == 2 and "Traceback" not in refused.stderr
    offset = data.index(b"\xeb")
    assert "Basic_LinkedInDataExport.zip/Positions.csv" in refused.stderr, refused.stderr
    assert f"byte 0xeb at byte offset {offset:,}" in refused.stderr
    assert _bullets() == []
