"""Writing an exported file (calendar, playbook) where the user asked, with a clear error.

File output is I/O: it lives with the use cases, not in the pure plan core.
"""

from __future__ import annotations

from pathlib import Path

from levelset.errors import InputError


def write_export(target: Path, data: bytes) -> Path:
    """Write data to target; a missing folder or an unwritable place is an InputError."""
    folder = target.parent
    if not folder.exists():
        raise InputError(
            f"cannot write {target}: the folder {folder} does not exist",
            hint="create the folder first or choose another path with -o",
        )
    try:
        target.write_bytes(data)
    except OSError as error:
        raise InputError(
            f"cannot write {target}: {error.strerror or error}",
            hint="choose a writable path with -o",
        ) from None
    return target
