"""Reading a text file the user named, with a plain message for every way it can go wrong."""

from __future__ import annotations

from pathlib import Path

from levelset.errors import InputError, Problem
from levelset.untrusted import LIMITS

MAX_BYTES = LIMITS.file_bytes  # offer, offer-import and negotiation files: far smaller in life


def read_user_text(file: Path, what: str) -> str:
    """The file's UTF-8 text; InputError naming the file once when it is missing, a folder,
    unreadable or not text. `what` says what the file should be ("an offer file")."""
    if file.is_dir():
        raise _unreadable(file, "a folder, not a file", what)
    try:
        with file.open("rb") as stream:  # never more than the cap (a device, a 50 MB line)
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise _unreadable(file, "no such file", what) from None
    except OSError as error:
        raise _unreadable(file, f"cannot read it ({error.strerror})", what) from None
    if len(data) > MAX_BYTES:
        raise _unreadable(file, f"larger than {MAX_BYTES // (1024 * 1024)} MB", what)
    return decode_user_text(data, file, what)


def decode_user_text(data: bytes, file: Path | str, what: str) -> str:
    """UTF-8 text (BOM dropped); bad bytes named by their byte offset and line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        where = f"byte 0x{data[error.start : error.start + 1].hex()} at offset {error.start:,}"
        raise _unreadable(file, f"not a UTF-8 text file ({where}, line {line})", what) from None


def _unreadable(file: Path | str, message: str, what: str) -> InputError:
    problem = Problem(message, file=str(file), expected=what)
    return InputError(str(problem), problems=[problem])
