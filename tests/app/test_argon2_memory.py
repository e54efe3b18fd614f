"""The Argon2id hash computed in memory mapped for huge pages (app/argon2_memory.py) is the
hash libargon2 gives for the same password, salt and parameters, and verifies as one."""

from __future__ import annotations

import resource
from pathlib import Path

import pytest
from argon2 import PasswordHasher, Type
from argon2.low_level import hash_secret as libargon2_hash

from levelset.app import passwords
from levelset.app.argon2_memory import hash_secret

PASSWORD = "a long trial password 42"
THP = Path("/sys/kernel/mm/transparent_hugepage/enabled")


@pytest.mark.parametrize("salt", [bytes(16), bytes(range(16)), b"\xff" * 16])
def test_the_hash_is_libargon2s_for_the_same_salt(salt: bytes) -> None:
    hasher = PasswordHasher()  # the parameters hash_password uses: argon2-cffi's defaults
    theirs = libargon2_hash(
        PASSWORD.encode(), salt, hasher.time_cost, hasher.memory_cost, hasher.parallelism,
        hasher.hash_len, Type.ID,
    )  # fmt: skip
    assert hash_secret(hasher, PASSWORD.encode(), salt) == theirs.decode("ascii")


def test_a_stored_hash_verifies_and_keeps_its_parameters() -> None:
    stored = passwords.hash_password(PASSWORD)
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert passwords.verify(stored, PASSWORD)
    assert not passwords.verify(stored, PASSWORD + "!")
    assert not passwords.needs_rehash(stored)
    assert passwords.hash_password(PASSWORD) != stored  # a fresh salt each time


@pytest.mark.skipif(
    not THP.exists() or "[never]" in THP.read_text(), reason="the kernel gives no huge pages"
)
def test_the_hash_takes_its_memory_in_few_page_faults() -> None:
    # 64 MiB in 4 KiB pages is 16,384 faults (argon2-cffi's own hash); in 2 MiB pages, 32
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    hash_secret(PasswordHasher(), PASSWORD.encode())
    assert resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before < 2_000
