"""An Argon2id hash computed in memory mapped for huge pages (issue 15).

`PasswordHasher.hash` lets libargon2 take its memory (64 MiB with argon2-cffi's defaults) from
malloc: the kernel then maps it 4 KiB at a time as Argon2 first writes it (about 16,400 page
faults) and Argon2's reads across it miss the TLB, about a fifth of the hash's CPU. Here the
same function of the same inputs (`argon2.low_level.core` over an `argon2_context` with the
hasher's parameters and a fresh random salt of its length) takes memory from an anonymous map
advised MADV_HUGEPAGE (used as it is where the kernel or Python has no such advice), and the
result is written as libargon2 writes it (tests/app/test_argon2_memory.py compares it with
`argon2.low_level.hash_secret` for the same salt); PasswordHasher.verify reads it as any other.
"""

from __future__ import annotations

import base64
import contextlib
import mmap
import os
from typing import Any

from _argon2_cffi_bindings import lib
from argon2 import PasswordHasher
from argon2.exceptions import HashingError
from argon2.low_level import ARGON2_VERSION, core, error_to_str, ffi


def hash_secret(hasher: PasswordHasher, secret: bytes, salt: bytes | None = None) -> str:
    """The PHC string of `secret` hashed with the hasher's type and parameters."""
    if not hasattr(mmap, "MAP_ANONYMOUS"):  # Windows: its own allocation, as argon2-cffi does
        return str(hasher.hash(secret, salt=salt))
    salt = os.urandom(hasher.salt_len) if salt is None else salt
    raw = _raw(hasher, secret, salt)
    kind = f"argon2{hasher.type.name.lower()}"
    parameters = f"m={hasher.memory_cost},t={hasher.time_cost},p={hasher.parallelism}"
    return f"${kind}$v={ARGON2_VERSION}${parameters}${_b64(salt)}${_b64(raw)}"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


class _Memory:
    """libargon2's allocator: one anonymous map per request, unmapped when the hash is done
    (libargon2 wipes the memory before it hands it back)."""

    def __init__(self) -> None:
        self.maps: list[tuple[mmap.mmap, Any]] = []

    def allocate(self, memory: Any, size: int) -> int:
        region = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
        if hasattr(mmap, "MADV_HUGEPAGE"):
            with contextlib.suppress(OSError):
                region.madvise(mmap.MADV_HUGEPAGE)
        view = ffi.from_buffer(region)
        self.maps.append((region, view))
        memory[0] = ffi.cast("uint8_t *", view)
        return 0

    def close(self) -> None:
        for region, view in self.maps:
            ffi.release(view)
            region.close()
        self.maps.clear()


def _raw(hasher: PasswordHasher, secret: bytes, salt: bytes) -> bytes:
    memory = _Memory()
    allocate = ffi.callback("int(uint8_t **, size_t)", memory.allocate)
    free = ffi.callback("void(uint8_t *, size_t)", lambda _memory, _size: None)
    out = ffi.new("uint8_t[]", hasher.hash_len)
    password, salted = ffi.new("uint8_t[]", secret), ffi.new("uint8_t[]", salt)
    context = ffi.new(
        "argon2_context *",
        {
            "out": out, "outlen": hasher.hash_len,
            "pwd": password, "pwdlen": len(secret),
            "salt": salted, "saltlen": len(salt),
            "secret": ffi.NULL, "secretlen": 0, "ad": ffi.NULL, "adlen": 0,
            "t_cost": hasher.time_cost, "m_cost": hasher.memory_cost,
            "lanes": hasher.parallelism, "threads": hasher.parallelism,
            "version": ARGON2_VERSION, "flags": lib.ARGON2_DEFAULT_FLAGS,
            "allocate_cbk": allocate, "free_cbk": free,
        },
    )  # fmt: skip
    try:
        result = core(context, hasher.type.value)
    finally:
        memory.close()
    if result != lib.ARGON2_OK:
        raise HashingError(error_to_str(result))
    return bytes(ffi.buffer(out, hasher.hash_len))
