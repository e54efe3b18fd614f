"""How one coaching server runs: its database, proxies, cookies, secret and limits."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from levelset.app.accounts import ServerPolicy

ENV_PREFIX = "LEVELSET_SERVER_"
SECRET_FILE = "server-secret"


@dataclass(frozen=True)
class ServerSettings:
    database_url: str
    home: Path
    forwarded_allow_ips: tuple[str, ...] = ("127.0.0.1",)
    secure_cookies: bool = True
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
    policy: ServerPolicy = field(default_factory=ServerPolicy)
    max_upload_bytes: int = 8 * 1024 * 1024

    def to_env(self) -> dict[str, str]:
        """What worker processes read back with `from_env`."""
        return {
            "LEVELSET_DATABASE_URL": self.database_url,
            "LEVELSET_HOME": str(self.home),
            ENV_PREFIX + "FORWARDED_ALLOW_IPS": ",".join(self.forwarded_allow_ips),
            ENV_PREFIX + "SECURE_COOKIES": "1" if self.secure_cookies else "0",
        }

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> ServerSettings:
        home = Path(env["LEVELSET_HOME"])
        allow = env.get(ENV_PREFIX + "FORWARDED_ALLOW_IPS", "127.0.0.1")
        return cls(
            database_url=env["LEVELSET_DATABASE_URL"],
            home=home,
            forwarded_allow_ips=tuple(a.strip() for a in allow.split(",") if a.strip()),
            secure_cookies=env.get(ENV_PREFIX + "SECURE_COOKIES", "1") != "0",
            secret=read_secret(home),
        )


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
