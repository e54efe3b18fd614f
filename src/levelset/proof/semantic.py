"""Optional semantic matching of claims with a local sentence-embedding model.

Installed with the `semantic` extra (sentence-transformers). It only loads a model already on
disk (no download at run time); when the library or the model is missing, it is skipped and
lexical matching is used alone. Which model is the caller's choice: the doors read it from
LEVELSET_EMBEDDING_MODEL (`MODEL_ENV`) and pass it down.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

MODEL_ENV = "LEVELSET_EMBEDDING_MODEL"
DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"

Similarity = Callable[[str, Sequence[str]], list[float]]


def load_semantic_matcher(model: str | None = None) -> tuple[Similarity | None, str]:
    """A similarity function (0-100) and a note; (None, reason) when it cannot run offline.

    `model` names a model already on disk (DEFAULT_MODEL when None); nothing is downloaded.
    """
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        return None, "semantic matching skipped: install levelset[semantic] to enable it"
    name = model or DEFAULT_MODEL
    try:
        loaded = SentenceTransformer(name, local_files_only=True)
    except Exception as error:  # a missing or broken model must not stop the report
        return None, f"semantic matching skipped: model {name!r} not available offline ({error})"

    def similarity(text: str, others: Sequence[str]) -> list[float]:
        vectors = loaded.encode([text, *others], normalize_embeddings=True)
        return [float(vectors[0] @ v) * 100 for v in vectors[1:]]

    return similarity, f"semantic matching with {name}"
