"""scripts/draw_bullets.py draws in time linear in its pool: each line was compared with every
corpus row and every line kept before it (about 2.6 million Jaccard comparisons for 1,500 lines
over 1,000 rows); the same draw as before, on a synthetic pool and corpus (no résumé is read)."""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).parents[2]
LINES, ROWS = 1500, 1000


def _script() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import draw_bullets
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return draw_bullets


def _texts(rng: random.Random, n: int) -> list[str]:
    """Lines of a vocabulary where a few words are common and most rare, as in résumés; one
    line in four repeats an earlier one with a word added (a near copy the draw leaves out)."""
    common = ["led", "data", "team", "with", "model", "patients", "students", "sales", "42%"]
    vocab = common * 40 + [f"word{i}" for i in range(4000)]
    found: list[str] = []
    for _ in range(n):
        if found and rng.random() < 0.25:
            found.append(f"{rng.choice(found)} {rng.choice(vocab)}")
        else:
            found.append(" ".join(rng.choice(vocab) for _ in range(rng.randint(6, 16))))
    return [t[:1].upper() + t[1:] for t in found]


def _drawn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lines: int, rows: int) -> Any:
    script = _script()
    rng = random.Random(7)
    corpus = [{"text": t, "batch": "2026-12-06r"} for t in _texts(rng, rows)]
    (tmp_path / "bullets.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in corpus), encoding="utf-8"
    )
    pooled = [
        {
            "id": f"l{n}",
            "text": t,
            "file": f"f{n % (lines // 5)}",
            "split": ("holdout", "tune")[n % 2],
        }
        for n, t in enumerate(_texts(rng, lines))
    ]
    monkeypatch.setattr(script, "HERE", tmp_path)
    monkeypatch.setattr(script, "pool", lambda *_: [dict(line) for line in pooled])
    return script


def test_the_draw_compares_each_line_with_a_few_others_not_with_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = _drawn(tmp_path, monkeypatch, LINES, ROWS)
    calls = [0]
    plain = script.jaccard

    def counted(a: frozenset[str], b: frozenset[str]) -> float:
        calls[0] += 1
        assert calls[0] <= 20 * LINES, "each line compared with far more than a few others"
        return float(plain(a, b))

    monkeypatch.setattr(script, "jaccard", counted)
    assert len(script.draw(None, script.BATCHES["2026-12-07t"])) == 150


@pytest.mark.parametrize(
    ("batch", "digest"),
    [
        ("2026-12-06q", "7174007af213ba51"),
        ("2026-12-06s", "7b7df164789a6b9f"),
        ("2026-12-07t", "c5947ed7a9c6b903"),
    ],
)
def test_the_draw_is_the_one_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: str, digest: str
) -> None:
    """The lines drawn and their order, as the quadratic draw gave them on this pool."""
    script = _drawn(tmp_path, monkeypatch, 600, 400)
    drawn = script.draw(None, script.BATCHES[batch])
    said = json.dumps([line["id"] for line in drawn]).encode()
    assert hashlib.sha256(said).hexdigest()[:16] == digest


def test_no_line_kept_is_like_the_corpus_or_an_earlier_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kept lines are those a comparison with every row and every earlier line keeps."""
    script = _drawn(tmp_path, monkeypatch, 400, 300)
    batch = script.BATCHES["2026-12-07t"]
    pooled, corpus = script.pool(), script.earlier_rows(batch)
    kept: list[dict[str, str]] = []
    for line in pooled:
        if not line["text"][:1].isupper() or script.NOT_LINE.search(line["text"]):
            continue  # not a bullet, or glued to the line above
        mine = script.words(line["text"])
        earlier = [*corpus, *(script.words(k["text"]) for k in kept)]
        if all(script.jaccard(mine, other) <= script.MAX_JACCARD for other in earlier):
            kept.append(line)
    assert len(kept) < len(pooled)  # some near copies were left out
    assert script.unlike(pooled, corpus, batch) == kept


def test_a_batch_of_few_files_takes_more_lines_of_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batch 2026-12-07u reads the few files added since 2026-12-07t: up to 7 lines of a file in
    each split, where earlier batches took 4."""
    script = _drawn(tmp_path, monkeypatch, 600, 400)
    pooled = script.pool()
    for line in pooled:  # 12 files, as the 19 of 2026-12-07u
        line["file"] = f"f{int(line['id'][1:]) % 12}"
    monkeypatch.setattr(script, "pool", lambda *_: [dict(line) for line in pooled])
    for name, most in (("2026-12-07t", 4), ("2026-12-07u", 7)):
        drawn = script.draw(None, script.BATCHES[name])
        per_file: dict[tuple[str, str], int] = {}
        for line in drawn:
            key = (line["file"], line["split"])
            per_file[key] = per_file.get(key, 0) + 1
        assert max(per_file.values()) == most, (name, sorted(per_file.items()))
