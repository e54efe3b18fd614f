"""Hostile and broken inputs get a clean InputError naming the file, quickly."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.proof import import_file
from levelset.proof.safety import Limits, run_bounded
from tests.proof.files import example_resume_lines, make_docx, make_pdf


def _fails_fast(path: Path, words: str, seconds: float = 5.0) -> InputError:
    start = time.perf_counter()
    with pytest.raises(InputError) as caught:
        import_file(path)
    assert time.perf_counter() - start < seconds
    assert path.name in caught.value.message
    assert words in caught.value.message
    return caught.value


def test_truncated_pdf(tmp_path: Path) -> None:
    whole = make_pdf(tmp_path / "whole.pdf", example_resume_lines()).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) // 3])
    error = _fails_fast(cut, "cut.pdf")
    assert error.problems[0].file == "cut.pdf"


def test_a_text_file_named_pdf(tmp_path: Path) -> None:
    fake = tmp_path / "resume.pdf"
    fake.write_text("not a pdf at all")
    _fails_fast(fake, "not a readable PDF")


def test_a_pdf_without_text(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    _fails_fast(path, "no text found")


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    _fails_fast(path, "not a readable zip")


def test_zip_bomb(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Positions.csv", b"0" * (30 * 1024 * 1024))
    assert path.stat().st_size < 200_000
    _fails_fast(path, "zip bomb")


def test_zip_with_too_many_members(tmp_path: Path) -> None:
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(2100):
            archive.writestr(f"f{i}.txt", "")
    _fails_fast(path, "too many files")


def test_docx_that_is_a_zip_bomb(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (40 * 1024 * 1024))
    _fails_fast(path, "bomb.docx")


def test_broken_docx(tmp_path: Path) -> None:
    whole = make_docx(tmp_path / "whole.docx", example_resume_lines()).read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole[: len(whole) // 2])
    _fails_fast(cut, "cut.docx")


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as out:
        out.truncate(11 * 1024 * 1024)  # sparse: big on paper, nothing to read
    _fails_fast(path, "too large", seconds=1.0)


def test_binary_content_in_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "resume.md"
    path.write_bytes(b"\x00\x01\x02binary")
    _fails_fast(path, "binary content")


def test_missing_file_and_unknown_folder(tmp_path: Path) -> None:
    _fails_fast(tmp_path / "nope.pdf", "no such file")
    folder = tmp_path / "random"
    folder.mkdir()
    _fails_fast(folder, "not a LinkedIn export")


def sleep_forever(path: Path) -> str:
    time.sleep(60)
    return "never"


def eat_memory(path: Path) -> int:
    block = bytearray(4 * 1024 * 1024 * 1024)
    return len(block)


def test_a_parser_that_hangs_is_stopped(tmp_path: Path) -> None:
    path = tmp_path / "slow.pdf"
    path.write_text("x")
    start = time.perf_counter()
    with pytest.raises(InputError, match="took longer than"):
        run_bounded(sleep_forever, path, "PDF", Limits(seconds=0.5))
    assert time.perf_counter() - start < 3


def test_a_parser_that_needs_too_much_memory_is_stopped(tmp_path: Path) -> None:
    path = tmp_path / "fat.pdf"
    path.write_text("x")
    with pytest.raises(InputError, match=r"fat\.pdf"):
        run_bounded(eat_memory, path, "PDF", Limits(memory_bytes=256 * 1024 * 1024))


def _encrypted_pdf(path: Path, user_password: str) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in example_resume_lines():
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_encryption(owner_password="owner-secret", user_password=user_password)
    pdf.output(str(path))
    return path


def test_a_password_protected_pdf_says_so_in_plain_words(tmp_path: Path) -> None:
    error = _fails_fast(_encrypted_pdf(tmp_path / "locked.pdf", "open-sesame"), "password")
    assert "Error" not in error.message  # no Python exception names in what the user reads


def test_a_pdf_protected_only_against_editing_is_read(tmp_path: Path) -> None:
    doc = import_file(_encrypted_pdf(tmp_path / "no-edit.pdf", ""))
    assert doc.name == "Maya Chen" and len(doc.positions) == 3


def test_a_broken_pdf_prints_no_parser_warnings(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import logging

    # as on the command line: no log handler, so Python prints stray warnings to stderr
    monkeypatch.setattr(logging.getLogger(), "handlers", [])
    whole = make_pdf(tmp_path / "whole.pdf", example_resume_lines()).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) // 2])
    _fails_fast(cut, "cut.pdf")
    assert capfd.readouterr().err == ""


def test_a_yaml_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for name, previous in zip("bcdefgh", "abcdefg", strict=True):
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    lines += ["stories:", "  - title: *h", "    action: *h", "    result: *h"]
    path = tmp_path / "stories.yaml"
    path.write_text("\n".join(lines) + "\n")
    error = _fails_fast(path, "stories.yaml", seconds=2.0)
    assert "alias" in error.message


def test_a_story_part_that_is_not_text_names_its_field(tmp_path: Path) -> None:
    path = tmp_path / "stories.yaml"
    path.write_text("stories:\n  - title: Fraud\n    action: [a, b]\n    result: Cut losses 5%.\n")
    error = _fails_fast(path, "stories.yaml")
    assert error.problems[0].field == "stories[0].action"


def spin_forever(path: Path) -> str:
    while True:
        pass


def test_a_parser_that_works_too_long_is_stopped_by_its_cpu_budget(tmp_path: Path) -> None:
    """The budget is the reader's CPU time; the wall clock is only a backstop for waiting."""
    path = tmp_path / "busy.docx"
    path.write_text("x")
    with pytest.raises(InputError, match=r"busy\.docx: reading the DOCX took longer than 1 s"):
        run_bounded(spin_forever, path, "DOCX", Limits(seconds=1.0, wall_factor=60.0))


def test_a_busy_machine_does_not_fail_a_reader_within_its_cpu_budget(tmp_path: Path) -> None:
    """A reader that needs little CPU but waits longer than `seconds` on the wall clock (as on a
    loaded machine) still answers, within the wall backstop."""
    path = tmp_path / "slow.docx"
    path.write_text("x")
    limits = Limits(seconds=0.5, wall_factor=10.0)
    assert run_bounded(sleep_a_little, path, "DOCX", limits) == "read"


def sleep_a_little(path: Path) -> str:
    time.sleep(1.0)
    return "read"
