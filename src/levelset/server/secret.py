"""The secret every worker of a coaching server signs form tokens with, kept in the home.

Apart from the server's settings so that `server init`, which makes it, loads nothing of the
server (its settings read the accounts' policy, and with it SQLAlchemy).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

SECRET_FILE = "server-secret"


def read_secret(home: Path) -> bytes:
    """The secret every worker signs form tokens with, made once (owner-only) in the home."""
    path = home / SECRET_FILE
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another worker made it first
            pass
        else:
            with os.fdopen(fd, "w") as out:
                out.write(secrets.token_hex(32))
    return bytes.fromhex(path.read_text().strip())
