"""The Word résumés of the corpus read again as the PDFs LibreOffice prints from them.

The conversion needs LibreOffice (soffice), which neither the product nor CI installs: those
tests skip without it. The file converted is one made here (tests/corpus/resumes/files).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus.resumes import as_pdf, measure

needs_soffice = pytest.mark.skipif(as_pdf.soffice() is None, reason="LibreOffice not installed")


def _made_here(key: str) -> measure.Source:
    return next(s for s in measure.kept() if s.key == key)


def test_help_says_what_it_compares(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        as_pdf.main(["--help"])
    assert stopped.value.code == 0
    shown = capsys.readouterr().out
    assert "read again as PDF" in shown and "totals only" in shown


def test_only_word_files_of_the_split_are_chosen() -> None:
    chosen = as_pdf.word_sources(measure.sources(), "tuning")
    assert chosen and all(s.file.endswith(".docx") and s.split == "tuning" for s in chosen)


def test_without_soffice_the_conversion_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(as_pdf, "soffice", lambda: None)
    source = _made_here("office/ferreira")
    assert as_pdf.convert(measure.FILES, [source], tmp_path) == [
        "LibreOffice (soffice) is not installed"
    ]
    assert not any(tmp_path.iterdir())


@needs_soffice
def test_a_word_resume_printed_to_pdf_reads_as_its_truth(tmp_path: Path) -> None:
    source = _made_here("office/ferreira")
    assert as_pdf.convert(measure.FILES, [source], tmp_path) == []
    assert as_pdf.pdf_of(tmp_path, source).read_bytes().startswith(b"%PDF")
    [pair] = as_pdf.pairs(measure.FILES, [source], tmp_path)
    assert (pair.word.right, pair.word.invented) == (3, 0)
    assert (pair.pdf.right, pair.pdf.invented, pair.pdf.error) == (3, 0, None)
    shown = as_pdf.table([pair], per_file=True)
    assert "office/ferreira" in shown and "as PDF 100.0% right, 0 invented" in shown
