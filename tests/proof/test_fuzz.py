"""Whatever bytes arrive, importing gives a Document or an InputError, never another error."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from levelset.errors import InputError
from levelset.proof import import_file
from levelset.proof.importers.text import Line, parse_resume

RESUME_WORDS = st.sampled_from(
    [
        "## Experience",
        "- Led",
        "Cut costs by 20%",
        "Jan 2020 - Present",
        "Engineer, Acme",
        "",
        "#",
        "*",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=60), RESUME_WORDS), max_size=40))
@example(["0", "2000-PRESENT", "!", "#"])  # a lone "#" under a position was an empty bullet
def test_any_lines_parse_into_a_document(lines: list[str]) -> None:
    doc = parse_resume([Line(i, text) for i, text in enumerate(lines, start=1)], "fuzz.md")
    assert all(b.text for b in doc.bullets())


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".zip", ".json", ".md", ".yaml"])
@settings(
    max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2048))
def test_random_bytes_never_crash_an_importer(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"random{suffix}"
        path.write_bytes(data)
        try:
            import_file(path)
        except InputError as error:
            assert path.name in str(error) or any(p.file for p in error.problems)
