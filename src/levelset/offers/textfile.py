"""Reading a text file the user named, with a plain message for every way it can go wrong."""

from __future__ import annotations

from pathlib import Path

from levelset.errors import InputError, Problem


def read_user_text(file: Path, what: str) -> str:
    """The file's UTF-8 text; InputError naming the file once when it is missing, a folder,
    unreadable or not text. `what` says what the file should be ("an offer file")."""
    if file.is_dir():
        raise _unreadable(file, "a folder, not a file", what)
    try:
        return file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _unreadable(file, "no such file", what) from None
    except UnicodeDecodeError:
        raise _unreadable(file, "not a UTF-8 text file", what) from None
    except OSError as error:
        raise _unreadable(file, f"cannot read it ({error.strerror})", what) from None


def _unreadable(file: Path, message: str, what: str) -> InputError:
    problem = Problem(message, file=str(file), expected=what)
    return InputError(str(problem), problems=[problem])
