"""Imported materials survive between runs; re-importing replaces; bad input changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from levelset.errors import NotFound
from levelset.proof import import_file
from levelset.store.proof import clear_sources, list_sources, load_materials, save_documents
from tests.proof.files import EXAMPLES


def test_round_trip_keeps_every_item(store: object) -> None:
    docs = [
        import_file(EXAMPLES / "resume.md"),
        import_file(EXAMPLES / "linkedin"),
        import_file(EXAMPLES / "stories.yaml"),
    ]
    save_documents(store, docs)  # type: ignore[arg-type]
    loaded = load_materials(store)  # type: ignore[arg-type]
    assert loaded.documents == tuple(docs)


def test_reimporting_a_source_replaces_its_items(store: object, tmp_path: Path) -> None:
    path = tmp_path / "resume.md"
    path.write_text(
        "# A\nML Engineer\n\n## Experience\n"
        "### ML Engineer, Acme (2020 - Present)\n- One.\n- Two.\n"
    )
    save_documents(store, [import_file(path), import_file(EXAMPLES / "stories.yaml")])  # type: ignore[arg-type]
    path.write_text(
        "# A\nML Engineer\n\n## Experience\n### ML Engineer, Acme (2020 - Present)\n- Only this.\n"
    )
    rows = save_documents(store, [import_file(path)])  # type: ignore[arg-type]
    assert rows[0].replaced
    loaded = load_materials(store)  # type: ignore[arg-type]
    assert [b.text for b in loaded.documents[-1].bullets()] == ["Only this."]
    assert {d.source for d in loaded.documents} == {"resume.md", "stories.yaml"}
    assert [r.name for r in list_sources(store)] == ["stories.yaml", "resume.md"]  # type: ignore[arg-type]


def test_clear_named_and_all(store: object) -> None:
    save_documents(
        store, [import_file(EXAMPLES / "resume.md"), import_file(EXAMPLES / "stories.yaml")]
    )  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        clear_sources(store, ["nope.pdf"])  # type: ignore[arg-type]
    assert len(load_materials(store).documents) == 2  # type: ignore[arg-type]
    assert clear_sources(store, ["resume.md"]) == ["resume.md"]  # type: ignore[arg-type]
    assert clear_sources(store) == ["stories.yaml"]  # type: ignore[arg-type]
    assert load_materials(store).documents == ()  # type: ignore[arg-type]
