"""Password hashing for the coaching server: Argon2id through argon2-cffi (the `server` extra).

The parameters are argon2-cffi's defaults (RFC 9106's low-memory profile); a hash made with
older parameters is made again at the next successful sign-in (`needs_rehash`).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from levelset.errors import DataUnavailable, InputError

MIN_LENGTH = 12
MAX_LENGTH = 1024  # a bound on the work one sign-in can ask of the server


@cache
def _hasher() -> Any:
    try:
        from argon2 import PasswordHasher
    except ImportError as error:
        raise DataUnavailable(
            "the coaching server needs argon2-cffi",
            hint="install levelset with its server extra: pip install 'levelset[server]'",
        ) from error
    return PasswordHasher()


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise InputError(f"a password needs at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise InputError(f"a password may have at most {MAX_LENGTH} characters")


def hash_password(password: str) -> str:
    """The password's Argon2id hash (its memory in huge pages: app/argon2_memory.py)."""
    from levelset.app.argon2_memory import hash_secret

    check_strength(password)
    return hash_secret(_hasher(), password.encode("utf-8"))


def verify(stored: str, password: str) -> bool:
    """True when `password` matches the stored hash (never raises for a wrong one)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    if len(password) > MAX_LENGTH:
        return False
    try:
        return bool(_hasher().verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return bool(_hasher().check_needs_rehash(stored))


def decoy() -> None:
    """Spend what a real check spends, so an unknown address answers as slowly as a known one."""
    verify(_decoy_hash(), "not the password")


@cache
def _decoy_hash() -> str:
    return str(_hasher().hash("a decoy nobody signs in with"))
