"""A DuckDB file's random identifier, replaced by one drawn from its content, so that two
builds of the same data are the same bytes (`python -m levelset.market.prebuild`).

DuckDB (1.4 and later) writes 16 random bytes, the database identifier, into the main header
of each new file, and a checksum of that header before it; nothing else in a build of the
market store differs from one run to the next. The identifier matters only to an encrypted
file and to matching a write-ahead log to its file; a freshly checkpointed, unencrypted store
has neither. The header is changed only when it has exactly the layout read here (the magic
word, the checksum verifying); otherwise the file is left as DuckDB wrote it.
"""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path

HEADER_SIZE = 4096  # DuckDB's main header block, checksum included
_MAGIC = (8, b"DUCK")
_IDENTIFIER = slice(124, 140)  # after the version, flags, git description and hash, encryption
_MASK = (1 << 64) - 1


def header_checksum(header: bytes | bytearray) -> int:
    """DuckDB's checksum of a header block: each 8-byte word after the first, multiplied by
    a constant, folded by exclusive or into 5381."""
    result = 5381
    for (word,) in struct.iter_unpack("<Q", header[8:HEADER_SIZE]):
        result ^= (word * 0xBF58476D1CE4E5B9) & _MASK
    return result


def settle_identifier(db: Path) -> bool:
    """Replace the file's random identifier with the first 16 bytes of the SHA-256 of its
    content after the header, and write the header's checksum again; False when the header is
    not the layout this knows (the file is then untouched)."""
    with db.open("r+b") as file:
        header = bytearray(file.read(HEADER_SIZE))
        at, magic = _MAGIC
        known = len(header) == HEADER_SIZE and header[at : at + len(magic)] == magic
        if not known or struct.unpack_from("<Q", header)[0] != header_checksum(header):
            return False
        digest = hashlib.sha256()
        while chunk := file.read(1 << 20):
            digest.update(chunk)
        header[_IDENTIFIER] = digest.digest()[: _IDENTIFIER.stop - _IDENTIFIER.start]
        struct.pack_into("<Q", header, 0, header_checksum(header))
        file.seek(0)
        file.write(header)
    return True
