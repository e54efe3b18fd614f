"""How one coaching server runs: its database, proxies, cookies, secret and limits."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from levelset.app.accounts import ServerPolicy
from levelset.server.secret import SECRET_FILE as SECRET_FILE
from levelset.server.secret import read_secret as read_secret

ENV_PREFIX = "LEVELSET_SERVER_"


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
