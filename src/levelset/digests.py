"""SHA-256 digests without importing OpenSSL (issue 15).

`hashlib` loads OpenSSL's libcrypto when imported: some 11 M instructions (about 4 ms) of a
cold command that hashes a few kilobytes once, such as reading the kept proof analysis back.
CPython's own SHA-256 module gives the same digest; `hashlib` is the fallback where it is
missing.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

from levelset.once import once


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of `data` in hex, as `hashlib.sha256(data).hexdigest()`."""
    return str(_sha256()(data).hexdigest())


@once
def _sha256() -> Callable[[bytes], Any]:
    for name in ("_sha2", "_sha256"):  # CPython 3.12 and later, 3.11
        try:
            return import_module(name).sha256  # type: ignore[no-any-return]
        except (ImportError, AttributeError):
            continue
    import hashlib

    return hashlib.sha256
