"""A résumé or story whose one line runs to hundreds of thousands of characters is refused at
import with the piece named, instead of being stored and making every later report slow."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from levelset.errors import InputError
from levelset.proof.importing import MAX_PIECE_CHARS, import_file

RESUME = """# Maya Chen
Senior Machine Learning Engineer

## Experience

### Senior Machine Learning Engineer, Shopwise (Mar 2021 - Present)
- Shipped a fraud model that cut card fraud losses by 38% ($3.1M a year).
- {bullet}
"""


def test_an_endless_bullet_is_refused_naming_it(tmp_path: Path) -> None:
    file = tmp_path / "resume.md"
    file.write_text(RESUME.format(bullet="Cut latency by 12 ms " * 15_000))
    started = time.process_time()
    with pytest.raises(InputError) as refused:
        import_file(file)
    assert time.process_time() - started < 5
    message = str(refused.value)
    assert "resume.md" in message and "Senior Machine Learning Engineer, Shopwise" in message
    assert "314,999 characters" in message  # the trailing space is trimmed


def test_a_long_but_real_bullet_is_kept(tmp_path: Path) -> None:
    file = tmp_path / "resume.md"
    long = "Led the migration of the ranking stack with the search and ads teams. " * 40
    assert len(long) < MAX_PIECE_CHARS
    file.write_text(RESUME.format(bullet=long.strip()))
    texts = [b.text for b in import_file(file).bullets()]
    assert any(t.startswith("Led the migration") and len(t) > 2_000 for t in texts)
