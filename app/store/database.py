"""Opening a database for the app: check and upgrade its schema, back it up, hand out
one transaction per user action."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app import settings
from app.errors import ServiceError
from app.store import backup
from app.store.connection import guard_connection
from app.store.live import announce_changes, new_origin
from models import schema
from models.engine import (
    DatabaseUrlError,
    checkpoint_deferred,
    checkpoint_in_background,
    create_database_engine,
    make_session_factory,
    normalise_url,
    sqlite_path,
)


class DatabaseError(ServiceError):
    """The database cannot be opened or used; the message says why and what to do."""


@dataclass
class Database:
    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    warnings: list[str] = field(default_factory=list)
    """Things the user should know that did not stop the database opening."""
    _checkpoints: list[threading.Thread] = field(default_factory=list, repr=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        """What the status bar shows: the file, or server/database (never a password)."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self, *, large: bool = False) -> Iterator[Session]:
        """One user action: commits whole if the block ends normally, rolls back otherwise.

        `large` (an import, its undo): on a SQLite file the COMMIT only writes the
        write-ahead log, and the log is copied into the file on a background thread
        afterwards (models.engine.checkpoint_deferred): the user waits 0.3-0.7 s less
        for 100,000 suppliers."""
        path = self.path
        if not large or path is None:
            with self.sessions() as session, session.begin():
                yield session
            return
        with (
            self.engine.connect() as connection,
            checkpoint_deferred(connection),
            self.sessions(bind=connection) as session,
            session.begin(),
        ):
            yield session
        self._checkpoints = [t for t in self._checkpoints if t.is_alive()]
        self._checkpoints.append(checkpoint_in_background(path))

    def dispose(self) -> None:
        for thread in self._checkpoints:
            thread.join()
        self._checkpoints.clear()
        self.engine.dispose()


def open_database(
    url_or_path: str | None = None,
    *,
    upgrade: bool = True,
    daily_backup: bool = True,
    actor: str | None = None,
) -> Database:
    """Open (creating if needed) and upgrade to the program's schema.

    Before a migration touches an existing SQLite file it is backed up; once a day
    the file is backed up as well (a database created just now has nothing to keep).
    Every failure, a failed backup included, is a DatabaseError with a readable message.
    """
    try:
        url = normalise_url(settings.database_url(url_or_path))
    except DatabaseUrlError as exc:
        raise DatabaseError(str(exc)) from None
    try:
        engine = create_database_engine(url)
    except ImportError as exc:  # a driver in the URL that is not installed ('+psycopg2')
        raise DatabaseError(
            f"cannot open {_where(url)}: the database driver {exc.name or url.drivername!r} "
            "is not installed (use a SQLite path or a postgresql+psycopg:// URL)"
        ) from None
    except OSError as exc:  # the folder for a new SQLite file cannot be made
        raise DatabaseError(
            f"cannot open {_where(url)}: cannot make the folder {exc.filename} "
            f"({exc.strerror or exc})"
        ) from None
    except SQLAlchemyError as exc:
        raise DatabaseError(f"cannot open {_where(url)}: {exc}") from None
    path = sqlite_path(url)
    try:
        new = schema.is_empty(engine)
        if upgrade and schema.needs_upgrade(engine):
            if path is not None and not new:
                backup.backup_database(engine, path, reason="before-upgrade")
            schema.upgrade(engine)
        elif not upgrade:
            schema.check_not_too_new(engine)
        warnings = []
        if daily_backup and path is not None and not new:
            try:
                backup.daily_backup(engine, path)
            except backup.BackupError as exc:
                # Today's safety copy failed (disk full?): say so, but let the user work.
                warnings.append(f"today's backup could not be made: {exc}")
    except (schema.SchemaError, backup.BackupError) as exc:
        engine.dispose()
        raise DatabaseError(f"{_where(url)}: {exc}") from None
    except DBAPIError as exc:  # OperationalError, and DatabaseError for a file that is not one
        engine.dispose()
        raise DatabaseError(f"cannot open {_where(url)}: {_reason(exc)}") from None
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open {_where(url)}: {exc.__class__.__name__}") from None
    sessions = make_session_factory(engine, actor or settings.current_user())
    if url.get_backend_name() == "postgresql":
        # A connection lost mid-statement is one readable line; every change this process
        # commits is announced to the others' open lists (the command line's included).
        guard_connection(engine)
        announce_changes(sessions, new_origin())
    return Database(url, engine, sessions, warnings)


def _where(url: URL) -> str:
    path = sqlite_path(url)
    return str(path) if path is not None else url.render_as_string(hide_password=True)


def _reason(exc: DBAPIError) -> str:
    first_line = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    if "file is not a database" in first_line:
        return "the file is not a Supplier Desk database"
    return first_line
