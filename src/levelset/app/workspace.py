"""The Workspace: whose data, where it lives, which clock. Built once at the edge, passed down.

Nothing below the doors reads an environment variable or the wall clock: a use case asks its
workspace for `today()`, `now()`, the records `store` and the `market` store.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from levelset.paths import BACKUP_DIR_ENV, DATABASE_URL_ENV, NO_BACKUP_ENV, Paths, user_dir

if TYPE_CHECKING:
    from levelset.market.store import MarketReader, MarketStore
    from levelset.store import Store

TODAY_ENV = "LEVELSET_TODAY"  # a fixed date for every command (reproducible reports, tests)

Progress = Callable[[str, float], None]
"""A sink for long work: (what is being done, fraction done from 0 to 1)."""


class Clock(Protocol):
    """Where a use case learns the date and time."""

    def today(self) -> dt.date: ...

    def now(self) -> dt.datetime: ...


@dataclass(frozen=True)
class SystemClock:
    """The machine's clock: local date, UTC time."""

    def today(self) -> dt.date:
        return dt.date.today()

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class FixedClock:
    """A clock stopped at one instant (tests, reproducible reports, `--today`)."""

    at: dt.datetime

    @classmethod
    def on(cls, day: dt.date) -> FixedClock:
        return cls(dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC))

    def today(self) -> dt.date:
        return self.at.date()

    def now(self) -> dt.datetime:
        return self.at


def fixed_clock(text: str, *, named: str) -> FixedClock:
    """The clock stopped on the day `text` gives (YYYY-MM-DD); a bad date is an InputError
    that names where it came from (`--today`, LEVELSET_TODAY)."""
    try:
        return FixedClock.on(dt.date.fromisoformat(text.strip()))
    except ValueError:
        from levelset.errors import InputError, Problem

        message = f"{named}: {text!r} is not a date"
        problem = Problem(message, field=named, expected="a date as YYYY-MM-DD, e.g. 2027-03-01")
        raise InputError(message, problems=[problem], hint="give it as YYYY-MM-DD") from None


def clock_from_env(env: Mapping[str, str]) -> Clock:
    """The fixed clock LEVELSET_TODAY names, or the machine's clock when it is unset."""
    text = env.get(TODAY_ENV, "")
    return fixed_clock(text, named=TODAY_ENV) if text.strip() else SystemClock()


@dataclass(frozen=True)
class Owner:
    """Whose records a workspace holds: the user's own (client None) or one coach's client."""

    client: str | None = None

    @property
    def label(self) -> str:
        return self.client or "you"


@dataclass
class _Opened:
    """The resources a workspace opens on first use (kept out of equality and hashing)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    building: threading.Lock = field(default_factory=threading.Lock)  # one market build at once
    store: Any = None
    market_checked: tuple[int, ...] | None = None  # the files' stamps when found current
    market_held: Any = None  # a market store kept open: its connection is shared, not redone


@dataclass(frozen=True)
class Workspace:
    """Everything a use case may touch: paths, records store, market store, clock, owner."""

    paths: Paths
    database_url: str
    clock: Clock = field(default_factory=SystemClock)
    owner: Owner = field(default_factory=Owner)
    backup_required: bool = True  # False: the user lets a PostgreSQL upgrade go without pg_dump
    _opened: _Opened = field(default_factory=_Opened, compare=False, repr=False)

    @classmethod
    def at(
        cls,
        home: Path,
        *,
        database_url: str | None = None,
        clock: Clock | None = None,
        owner: Owner | None = None,
        backups: Path | None = None,
        backup_required: bool = True,
    ) -> Workspace:
        """A workspace whose files live in `home` (created if missing); `backups` names another
        folder for the copies taken before an upgrade."""
        paths = Paths(Path(home), backup_dir=backups).ensure()
        return cls(
            paths=paths,
            database_url=database_url or f"sqlite:///{paths.records_db}",
            clock=clock or SystemClock(),
            owner=owner or Owner(),
            backup_required=backup_required,
        )

    @classmethod
    def from_env(
        cls, env: Mapping[str, str], *, clock: Clock | None = None, owner: Owner | None = None
    ) -> Workspace:
        """The workspace an environment names (LEVELSET_HOME, LEVELSET_DATABASE_URL,
        LEVELSET_TODAY for a fixed date when no `clock` is given, LEVELSET_BACKUP_DIR and
        LEVELSET_UPGRADE_WITHOUT_BACKUP for the copy taken before an upgrade).

        Only the doors call this, with the process environment they were given.
        """
        database_url = env.get(DATABASE_URL_ENV)
        clock = clock or clock_from_env(env)
        backups = Path(env[BACKUP_DIR_ENV]).expanduser() if env.get(BACKUP_DIR_ENV) else None
        without = env.get(NO_BACKUP_ENV, "").strip().lower() in {"1", "yes", "true"}
        return cls.at(
            user_dir(env), database_url=database_url, clock=clock, owner=owner,
            backups=backups, backup_required=not without,
        )  # fmt: skip

    def today(self) -> dt.date:
        return self.clock.today()

    def now(self) -> dt.datetime:
        return self.clock.now()

    @property
    def store(self) -> Store:
        """The records store, opened (and migrated) on first use."""
        opened = self._opened
        if opened.store is None:
            with opened.lock:
                if opened.store is None:
                    opened.store = self._open_owned_store()
        store: Store = opened.store
        return store

    def _open_owned_store(self) -> Store:
        """The records store seen as this workspace's owner (an unknown client: NotFound)."""
        from levelset.store import open_store

        store = open_store(
            self.paths, self.database_url, now=self.now, backup_required=self.backup_required
        )
        if self.owner.client is None:
            return store
        from levelset.store.clients import find_client  # a coach's command only

        try:
            return store.for_owner(find_client(store, self.owner.client).id)
        except BaseException:
            store.close()
            raise

    def seen_as(self, tenant: int, owner_id: int, label: str) -> Workspace:
        """This workspace's database seen as one client of one organisation (a coaching
        server's request), sharing its open store; closing it is the server's business."""
        store = self.store.for_tenant(tenant).for_owner(owner_id)
        return Workspace(
            paths=self.paths,
            database_url=self.database_url,
            clock=self.clock,
            owner=Owner(label),
            _opened=_Opened(store=store),
        )

    def as_client(self, client: str) -> Workspace:
        """This workspace as one of the coach's clients, sharing its open store and market
        build (a server serving many clients); an unknown name: NotFound. Close only the
        workspace this one was made from."""
        from levelset.store.clients import find_client
        from levelset.store.owners import OWN

        coach = self.store.for_owner(OWN)
        found = find_client(coach, client)
        opened = _Opened(building=self._opened.building, store=coach.for_owner(found.id))
        return replace(self, owner=Owner(found.name), _opened=opened)

    @property
    def exports(self) -> Path:
        """Where exported files go: the home's exports folder, or the client's own one."""
        if self.owner.client is None:
            return self.paths.exports
        return self.client_folder(self.store.owner) / "exports"

    def organisation_folder(self, org: int) -> Path:
        """The folder of one organisation's files on a coaching server, its exports in
        `exports` (created owner-only when missing)."""
        from levelset.paths import PRIVATE_FOLDER

        folder = self.paths.home / "organisations" / str(org)
        for part in (folder.parent, folder, folder / "exports"):
            part.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
        return folder

    def client_folder(self, client_id: int) -> Path:
        """The folder of one client's files (created owner-only when missing)."""
        from levelset.paths import PRIVATE_FOLDER

        folder = self.paths.home / "clients" / str(client_id)
        for part in (folder.parent, folder, folder / "exports"):
            part.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
        return folder

    @property
    def store_is_open(self) -> bool:
        return self._opened.store is not None

    def market_is_built(self) -> bool:
        """True when the market store is current (no build is needed before a query)."""
        from levelset.market import build

        return bool(build.is_current(self.paths))

    def market_ready(self) -> bool:
        """True when the market reads without a build first: the shipped copy answers this
        home (market/shipped_copy.py), or the DuckDB store is current."""
        from levelset.market.shipped_copy import serves

        return serves(self.paths) or self.market_is_built()

    def build_market(self, progress: Progress | None = None) -> None:
        """Make the market store current, reporting progress: built when missing or out of
        date (a home without imports from the prebuilt store, as on first use)."""
        self.market_store(progress).close()

    def market(self, progress: Progress | None = None) -> MarketReader:
        """The market store to read. In a home without imports, the shipped copy
        (market/shipped_copy.py): no DuckDB until a read it cannot give, which opens (or
        builds, with `progress`) the DuckDB store. Otherwise `market_store(progress)`."""
        from levelset.market.shipped_copy import shipped_store

        shipped = shipped_store(self.paths, lambda: self.market_store(progress))
        return shipped if shipped is not None else self.market_store(progress)

    def market_store(self, progress: Progress | None = None) -> MarketStore:
        """The DuckDB market store, built first (with `progress`) when missing or out of date.

        Once found current it is not checked again (nor its file reopened) until the store or
        the imports manifest changes on disk: a command asks for it many times."""
        from levelset.market.build import open_market
        from levelset.market.store import MarketStore

        opened = self._opened
        with opened.building:  # a build under way finishes first; then none is needed
            if opened.market_checked is not None and opened.market_checked == self._stamps():
                return MarketStore(self.paths.market_db)
            store = open_market(self.paths, progress=progress, now=self.now)
            opened.market_checked = self._stamps()
            if opened.market_held is None:
                opened.market_held = MarketStore(self.paths.market_db)
            return store

    def records_version(self) -> tuple[int, int, int] | None:
        """(organisation, owner, version) of this workspace's records: the version moves with
        every transaction that writes them (`store.record_versions`). None for a view across
        owners, which no one owner's version covers."""
        from levelset.store.owners import ALL_OWNERS
        from levelset.store.record_versions import records_version

        store = self.store
        if store.owner == ALL_OWNERS:
            return None
        return (store.tenant, store.owner, records_version(store))

    def market_version(self) -> tuple[int, ...]:
        """Changes whenever the market store is rebuilt or an import is recorded."""
        return self._stamps()

    def _stamps(self) -> tuple[int, ...]:
        """What changes when the market store is rebuilt or an import is recorded."""
        stamps: list[int] = []
        for file in (self.paths.market_db, self.paths.imports / "manifest.json"):
            try:
                stat = file.stat()
            except FileNotFoundError:
                stamps += [0, 0, 0]
            else:
                stamps += [stat.st_ino, stat.st_mtime_ns, stat.st_size]
        return tuple(stamps)

    def close(self) -> None:
        if self._opened.market_held is not None:
            self._opened.market_held.close()
            self._opened.market_held = None
            self._opened.market_checked = None
        if self._opened.store is not None:
            self._opened.store.close()
            self._opened.store = None
