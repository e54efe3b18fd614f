"""Where levelset keeps the user's files: one home directory, overridable by LEVELSET_HOME."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from levelset.errors import DataUnavailable

HOME_ENV = "LEVELSET_HOME"
DATABASE_URL_ENV = "LEVELSET_DATABASE_URL"


def user_dir(env: Mapping[str, str]) -> Path:
    """The levelset home: $LEVELSET_HOME if set in `env`, else the platform's data directory."""
    override = env.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir  # lazy: only needed without the override

    return Path(user_data_dir("levelset", appauthor=False))


@dataclass(frozen=True)
class Paths:
    """Every file and folder levelset writes, derived from one home directory."""

    home: Path

    @property
    def records_db(self) -> Path:
        """SQLite file with the user's own records (profile, offers, events...)."""
        return self.home / "levelset.sqlite"

    @property
    def market_db(self) -> Path:
        """DuckDB file with the market data, rebuilt from shipped or imported files."""
        return self.home / "market.duckdb"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def exports(self) -> Path:
        return self.home / "exports"

    @property
    def imports(self) -> Path:
        """Copies of upstream files the user imported, so a rebuild can replay them."""
        return self.home / "imports"

    def ensure(self) -> Paths:
        """Create the home and its folders if missing; return self for chaining."""
        for folder in (self.home, self.backups, self.exports, self.imports):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise DataUnavailable(
                    f"cannot use {folder} as a levelset folder: {error.strerror or error}",
                    hint=f"point {HOME_ENV} at a folder you can write to",
                ) from None
        return self

    def as_dict(self) -> dict[str, str]:
        return {
            "home": str(self.home),
            "records_db": str(self.records_db),
            "market_db": str(self.market_db),
            "backups": str(self.backups),
            "exports": str(self.exports),
            "imports": str(self.imports),
        }
