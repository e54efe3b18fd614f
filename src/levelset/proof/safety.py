"""Reading untrusted files: size limits, zip-bomb limits, parsing in a bounded child process.

A resume, a DOCX or a LinkedIn zip may be broken or hostile. Whatever happens while reading
one, the caller gets an InputError naming the file, never a crash or a hang.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from levelset.errors import InputError, Problem

T = TypeVar("T")


@dataclass(frozen=True)
class Limits:
    """How much one input may cost us to read."""

    file_bytes: int = 10 * 1024 * 1024
    zip_members: int = 2000
    zip_member_bytes: int = 20 * 1024 * 1024
    zip_total_bytes: int = 60 * 1024 * 1024
    zip_ratio: float = 150.0  # uncompressed / compressed, per member
    seconds: float = 15.0  # of the reader's own CPU time
    wall_factor: float = 4.0  # wall-clock backstop for a reader that waits instead of working
    memory_bytes: int = 768 * 1024 * 1024


LIMITS = Limits()


class Unreadable(Exception):
    """A reader's own plain-words reason a file cannot be read (shown as it is)."""


def refuse(path: Path | str, message: str, expected: str | None = None) -> InputError:
    """An InputError for this file with one problem, ready to raise."""
    name = Path(path).name
    return InputError(
        f"{name}: {message}", problems=[Problem(message, file=name, expected=expected)]
    )


def check_file(path: Path, limits: Limits = LIMITS) -> int:
    """The file's size, after checking it exists, is a regular file and is not too big."""
    if not path.exists():
        raise refuse(path, "no such file")
    if not path.is_file():
        raise refuse(path, "not a regular file")
    size = path.stat().st_size
    if size > limits.file_bytes:
        raise refuse(path, f"file is too large ({size:,} bytes)", f"<= {limits.file_bytes:,}")
    return size


def read_text(path: Path, limits: Limits = LIMITS) -> str:
    """The file's text (see `decode_text`), refusing binary content."""
    check_file(path, limits)
    data = path.read_bytes()[: limits.file_bytes]
    return decode_text(path, data)


def decode_text(path: Path | str, data: bytes) -> str:
    """UTF-8 text with or without a BOM, or UTF-16/32 with one; otherwise an InputError naming
    the file and the offset of the first bad byte (a legacy encoding is never guessed)."""
    from levelset.untrusted import byte_order_mark, decode

    if byte_order_mark(data) is None and b"\x00" in data[:4096]:
        raise refuse(path, "binary content where text was expected", "a text file")
    return decode(data, Path(path).name if isinstance(path, Path) else path)


def check_zip(path: Path, limits: Limits = LIMITS) -> list[zipfile.ZipInfo]:
    """The members of a zip file, checked by the one safe reader (count, sizes, ratios,
    names inside the archive) with the proof importers' tighter limits."""
    from levelset.untrusted import check_zip as checked

    check_file(path, limits)
    return checked(path, _zip_limits(limits))


def read_zip_member(
    path: Path, archive: zipfile.ZipFile, name: str, limits: Limits = LIMITS
) -> bytes:
    """One member's bytes, reading no more than the per-member limit whatever the header says."""
    from levelset.untrusted import read_member

    return read_member(path, archive, name, _zip_limits(limits))


def _zip_limits(limits: Limits) -> Any:
    from levelset.untrusted import Limits as ReaderLimits

    return ReaderLimits(
        file_bytes=limits.file_bytes,
        zip_members=limits.zip_members,
        zip_member_bytes=limits.zip_member_bytes,
        zip_total_bytes=limits.zip_total_bytes,
        zip_ratio=limits.zip_ratio,
    )


def run_bounded(parse: Callable[[Path], T], path: Path, what: str, limits: Limits = LIMITS) -> T:
    """parse(path) in a child process with a time and memory limit; errors name the file.

    `parse` must be a module-level function returning plain picklable data.
    """
    check_file(path, limits)
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(  # type: ignore[attr-defined]
        target=_child, args=(parse, path, limits, send), daemon=True
    )
    gc.freeze()  # what the parent holds is never collected in the child (no parent's finalisers)
    try:
        child.start()
    finally:
        gc.unfreeze()
    send.close()
    try:
        result: T = _await(receive, child, path, what, limits)
        return result
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join(1)


def _await(receive: Connection, child: Any, path: Path, what: str, limits: Limits) -> Any:
    """The child's answer. The budget is CPU time (RLIMIT_CPU in the child), so a busy machine
    does not fail a file that reads in budget; the wall clock only stops a reader that waits."""
    too_long = f"reading the {what} took longer than {limits.seconds:g} s; gave up"
    if not receive.poll(limits.seconds * limits.wall_factor):
        raise refuse(path, too_long)
    try:
        status, payload = receive.recv()
    except (EOFError, OSError):
        child.join(1)
        code = child.exitcode
        if code == -getattr(signal, "SIGXCPU", 0):
            raise refuse(path, too_long) from None
        raise refuse(path, f"the {what} reader stopped (exit code {code}); file broken?") from None
    if status == "error":
        raise refuse(path, f"not a readable {what} ({payload})", f"a valid {what} file")
    return payload


def _child(parse: Callable[[Path], Any], path: Path, limits: Limits, send: Connection) -> None:
    _limit_resources(limits)
    try:
        send.send(("ok", parse(path)))
    except MemoryError:
        send.send(("error", "it needs more memory than allowed"))
    except Unreadable as error:
        send.send(("error", str(error)[:300]))
    except Exception as error:  # any parser failure becomes a message for the parent
        send.send(("error", f"{type(error).__name__}: {error}"[:300]))
    finally:
        send.close()


def _limit_resources(limits: Limits) -> None:
    try:
        import resource
    except ImportError:  # not on this platform: the time limit still applies
        return
    used = _current_vm_bytes()
    cap = used + limits.memory_bytes
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard == resource.RLIM_INFINITY or cap < hard:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    cpu = int(limits.seconds) + 1
    _, hard_cpu = resource.getrlimit(resource.RLIMIT_CPU)
    if hard_cpu == resource.RLIM_INFINITY or cpu < hard_cpu:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, hard_cpu))


def _current_vm_bytes() -> int:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    import os

    return pages * os.sysconf("SC_PAGE_SIZE")
