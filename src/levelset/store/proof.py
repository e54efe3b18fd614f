"""Imported proof materials: one row per source file, one row per position or story.

Re-importing a source with the same name replaces its items in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from levelset.errors import Conflict, NotFound
from levelset.proof.model import Document, Materials, SourceRow
from levelset.store.db import Store
from levelset.store.prepared import read, reading
from levelset.store.prepared_writes import Writer, write, writing


@read("proof.sources")
def _sources() -> Any:
    from sqlalchemy import select

    from levelset.store.proof_tables import proof_sources

    return select(proof_sources).order_by(proof_sources.c.id)


@read("proof.items")
def _items_read() -> Any:
    from sqlalchemy import select

    from levelset.store.proof_tables import proof_items as t

    return select(t).order_by(t.c.source_id, t.c.kind, t.c.ordinal)


@read("proof.dates")
def _dates() -> Any:
    from sqlalchemy import select

    from levelset.store.proof_tables import proof_sources

    return select(proof_sources.c.name, proof_sources.c.imported_at)


@read("proof.source_named")
def _named() -> Any:
    from sqlalchemy import bindparam, select

    from levelset.store.proof_tables import proof_sources as t

    return select(t.c.id).where(t.c.name == bindparam("name"))


@write("proof.drop_items")
def _drop_items() -> Any:
    from sqlalchemy import bindparam, delete

    from levelset.store.proof_tables import proof_items as t

    return delete(t).where(t.c.source_id == bindparam("source_id"))


@write("proof.drop_source")
def _drop_source() -> Any:
    from sqlalchemy import bindparam, delete

    from levelset.store.proof_tables import proof_sources as t

    return delete(t).where(t.c.id == bindparam("source_id"))


@write("proof.add_source")
def _add_source() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.proof_tables import proof_sources as t

    columns = ("name", "channel", "digest", "document", "imported_at")
    return t.insert().values({c: bindparam(c) for c in columns})


@write("proof.add_item")
def _add_item() -> Any:
    from sqlalchemy import bindparam

    from levelset.store.proof_tables import proof_items as t

    return t.insert().values({c: bindparam(c) for c in ("source_id", "kind", "ordinal", "data")})


_SAVE = ([_drop_items, _drop_source, _add_source, _add_item], [_named])


def _items(doc: Document) -> list[tuple[str, int, str]]:
    rows = [("position", i, json.dumps(p.to_dict())) for i, p in enumerate(doc.positions)]
    rows += [("story", i, json.dumps(s.to_dict())) for i, s in enumerate(doc.stories)]
    rows += [("bullet", i, json.dumps(b.to_dict())) for i, b in enumerate(doc.extra_bullets)]
    return rows


def _header(doc: Document) -> str:
    data = doc.to_dict()
    return json.dumps(
        {k: data[k] for k in ("source", "channel", "name", "headline", "summary", "skills")}
    )


def save_documents(store: Store, documents: Sequence[Document]) -> list[SourceRow]:
    """Store every document in one transaction, replacing sources of the same name.

    Two documents with the same name in one call are a Conflict: sources are known by name,
    so the second would silently replace the first.
    """
    names = [doc.source for doc in documents]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise Conflict(
            f"two files named {', '.join(twice)} in one import",
            hint="sources are known by file name: rename one copy and import both again",
        )
    now = store.now()
    with writing(store, *_SAVE) as writer:
        return [_row(doc, now, replaced=_replace(writer, doc, now)) for doc in documents]


def _replace(writer: Writer, doc: Document, now: dt.datetime) -> bool:
    """Write one document, deleting an earlier source of the same name; True if there was one."""
    import hashlib  # a write's digest only: reads (the cold proof report) skip OpenSSL

    header = _header(doc)
    digest = hashlib.sha256(json.dumps(doc.to_dict()).encode()).hexdigest()
    found = writer.reads.first(_named, name=doc.source)
    if found is not None:
        writer.run(_drop_items, source_id=found["id"])
        writer.run(_drop_source, source_id=found["id"])
    values = {"name": doc.source, "channel": doc.channel.value, "digest": digest}
    key = writer.run(_add_source, document=header, imported_at=now, **values)
    assert key is not None
    rows = [{"source_id": key, "kind": k, "ordinal": o, "data": d} for k, o, d in _items(doc)]
    writer.many(_add_item, rows)
    return found is not None


def _row(doc: Document, when: dt.datetime, replaced: bool = False) -> SourceRow:
    return SourceRow(
        doc.source,
        doc.channel.value,
        when,
        len(doc.positions),
        len(doc.bullets()) - len(doc.stories),
        len(doc.stories),
        replaced,
    )


def load_materials(store: Store) -> Materials:
    """Every stored source, rebuilt as the documents that were imported."""
    with reading(store, _sources, _items_read) as reads:
        sources = reads.all(_sources)
        items = reads.all(_items_read)
    documents = []
    for source in sources:
        data = json.loads(source["document"])
        mine = [i for i in items if i["source_id"] == source["id"]]
        data["positions"] = [json.loads(i["data"]) for i in mine if i["kind"] == "position"]
        data["stories"] = [json.loads(i["data"]) for i in mine if i["kind"] == "story"]
        data["extra_bullets"] = [json.loads(i["data"]) for i in mine if i["kind"] == "bullet"]
        documents.append(Document.from_dict(data))
    return Materials(tuple(documents))


def list_sources(store: Store) -> list[SourceRow]:
    """The stored sources with their item counts, oldest first."""
    with reading(store, _dates) as reads:
        dates = dict(reads.tuples(_dates))
    return [_row(doc, dates[doc.source]) for doc in load_materials(store).documents]


@read("proof.source_names")
def _source_names() -> Any:
    from sqlalchemy import select

    from levelset.store.proof_tables import proof_sources as t

    return select(t.c.name, t.c.id).order_by(t.c.id)


@write("proof.forget_analysis")
def _forget_analysis() -> Any:
    from sqlalchemy import delete

    from levelset.store.proof_tables import proof_analysis

    return delete(proof_analysis)


def clear_sources(store: Store, names: Sequence[str] = ()) -> list[str]:
    """Delete the named sources (all when none named); NotFound for an unknown name. The
    analysis kept of them (`store.proof_analysis`), which quotes their bullets, goes too."""
    writes = [_drop_items, _drop_source, _forget_analysis]
    with writing(store, writes, [_source_names]) as writer:
        known = dict(writer.reads.tuples(_source_names))  # name: id, oldest first
        unknown = [n for n in names if n not in known]
        if unknown:
            raise NotFound(
                f"no imported source named {unknown[0]!r}",
                hint=f"imported: {', '.join(known) or 'none'}",
            )
        doomed = list(names) or list(known)
        for name in dict.fromkeys(doomed):  # each source's items, then the source
            writer.run(_drop_items, source_id=known[name])
            writer.run(_drop_source, source_id=known[name])
        writer.run(_forget_analysis)
    return doomed
