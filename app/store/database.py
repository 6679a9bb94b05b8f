"""Opening a database for the app: check and upgrade its schema, back it up, hand out
one transaction per user action."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, ProgrammingError, SQLAlchemyError
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, sessionmaker

from app import settings
from app.errors import ServiceError
from app.messages import translate
from app.store import backup, roles
from app.store.connection import explain, guard_connection, secure_connections
from app.store.live import announce_changes, new_origin
from app.store.opening import RidingOpening
from app.store.reconnect import ConnectionLostError
from models import schema
from models.audit import server_login
from models.base import ACTOR_CHARS
from models.engine import (
    ACTOR_KEY,
    DatabaseUrlError,
    checkpoint_deferred,
    checkpoint_in_background,
    create_database_engine,
    is_read_only_file,
    make_session_factory,
    normalise_url,
    sqlite_file_contents,
    sqlite_path,
)


class DatabaseError(ServiceError):
    """The database cannot be opened or used; the message says why and what to do."""


class ReadOnlySessionError(RuntimeError):
    """A session handed out for reading (Database.read) was asked to write: a program
    error, never the user's."""


@dataclass
class Database:
    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    warnings: list[str] = field(default_factory=list)
    """Things the user should know that did not stop the database opening."""
    revision: str | None = None
    """The schema revision the database had once opened (after its upgrade, if any):
    read once, when it was opened."""
    read_only_known: bool = False
    """Whether `read_only_reason` was found out while opening (on a server: asked in the
    same statement), so that the window need not ask again."""
    read_only_reason: str | None = None
    """Why this database cannot be changed from here (None: it can), if known."""
    only_reads: bool = False
    """Opened for an action that only reads (a command that lists or shows): every
    transaction() is a read() and a write in it is refused (ReadOnlySessionError)."""
    _checkpoints: list[threading.Thread] = field(default_factory=list, repr=False)
    _opening: _Deferred | None = field(default=None, repr=False)
    """open_database(defer=True): the checks of opening not made yet."""

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
        if self._opening is not None and not self.only_reads:
            self.check_opening()  # a change is never sent to a database not checked
        if self.only_reads and not large:
            with self.read() as session:
                yield session
            return
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

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading, never for writing (ReadOnlySessionError). On PostgreSQL
        its connection is in autocommit: no BEGIN and no ROLLBACK around the reads, each
        statement seeing what was committed when it started; on SQLite, a transaction
        rolled back at the end (a local file: no round trips to save).

        Opened with `defer`, the opening's statement goes out with the block's first
        statement and is checked before that statement's rows are used; a block that
        fails or sends nothing has the opening checked on its own (check_opening), and a
        database that is not ours, or cannot be reached, says so instead."""
        if self._opening is None:
            with self._reading() as session:
                yield session
            return
        try:
            with self._reading() as session:
                yield session
        except BaseException:
            self.check_opening()  # its error instead of the block's, if it has one
            raise
        self.check_opening()

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        if self.engine.dialect.name != "postgresql":
            with self.sessions() as session:
                _refuse_writes(session)
                yield session
                _refuse_pending(session)
            return
        with (
            self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection,
            self.sessions(bind=connection) as session,
        ):
            _refuse_writes(session)
            yield session
            _refuse_pending(session)

    def check_opening(self) -> None:
        """Make the opening's checks now if they are still waiting for a statement to
        ride with (open_database's `defer`): DatabaseError as open_database raises it,
        SchemaUpgradedError if the schema was brought up to date just now."""
        if self._opening is None:
            return
        self._opening.riding.settled()  # asked here: it rides with nothing any more
        try:
            contents = _contents(self.engine)
        except (DBAPIError, ConnectionLostError) as exc:  # no such database, refused, down
            self._forget_opening()
            cause = exc.__cause__ if isinstance(exc, ConnectionLostError) else exc
            raise DatabaseError(
                explain(
                    cause or exc,
                    translate("Store", "cannot open {where}").format(where=_where(self.url)),
                )
            ) from None
        self._settle(contents)

    def _answered(self, row: tuple[Any, ...]) -> None:
        """The opening's answer, come with the first statement: checked before that
        statement's rows are returned."""
        self._settle(_contents_of(row))

    def _settle(self, contents: Any) -> None:
        opening = self._forget_opening()
        if opening is None:
            return
        tables, revision, login = contents[0], contents[1], contents[2]
        where = _where(self.url)
        upgraded = False
        try:
            _check_contents(where, tables, revision, opening.create)
            if opening.upgrade and schema.needs_upgrade(self.engine, revision):
                schema.upgrade(self.engine)
                revision = schema.head_revision()
                upgraded = True
        except schema.SchemaError as exc:
            raise DatabaseError(
                translate("Store", "{where}: {reason}").format(where=where, reason=_text(exc))
            ) from None
        except DBAPIError as exc:
            raise DatabaseError(
                explain(exc, translate("Store", "cannot open {where}").format(where=where))
            ) from None
        self.revision = revision
        self._opened_as(contents)
        if login:
            self.sessions.kw.setdefault("info", {})[ACTOR_KEY] = str(login)[:ACTOR_CHARS]
        if upgraded:
            raise SchemaUpgradedError(
                translate(
                    "Store", "{where}: the schema was brought up to date; run the command again"
                ).format(where=where)
            )

    def _opened_as(self, contents: Any) -> None:
        """What else the opening's answer says: whether the database takes changes."""
        self.read_only_known = True
        self.read_only_reason = contents[3]

    def _forget_opening(self) -> _Deferred | None:
        opening, self._opening = self._opening, None
        if opening is not None:
            opening.riding.settled()
        return opening

    def dispose(self) -> None:
        for thread in self._checkpoints:
            thread.join()
        self._checkpoints.clear()
        self.engine.dispose()


def _refuse_writes(session: Session) -> None:
    def before_flush(session: Session, context: UOWTransaction, instances: object) -> None:
        _refuse_pending(session)

    def do_orm_execute(state: ORMExecuteState) -> None:
        if not state.is_select:
            raise ReadOnlySessionError("a session for reading was asked to write")

    event.listen(session, "before_flush", before_flush)
    event.listen(session, "do_orm_execute", do_orm_execute)


def _refuse_pending(session: Session) -> None:
    """A change left in a session for reading would be dropped without a word: refused."""
    if (
        session.new
        or session.deleted
        or any(session.is_modified(obj, include_collections=False) for obj in session.dirty)
    ):
        raise ReadOnlySessionError("a session for reading was asked to write")


class DatabaseMissingError(DatabaseError):
    """No Supplier Desk database at the place named (no file, an empty file, a server
    database without tables) and the caller may not create one: a typo in a path must
    not become a new, empty database."""

    def __init__(self, message: str, where: str) -> None:
        super().__init__(message)
        self.where = where


EMPTY_OPTION = translate(
    "Store", "--database is empty: give a file path or a postgresql+psycopg:// URL"
)


def database_url(url_or_path: str | None) -> URL:
    """The database `--database` names: None for the environment's or the default file;
    an empty text is refused (it is a mistake, not a wish for the default)."""
    if url_or_path is not None and not url_or_path.strip():
        raise DatabaseError(EMPTY_OPTION)
    try:
        return normalise_url(settings.database_url(url_or_path))
    except DatabaseUrlError as exc:
        raise DatabaseError(str(exc)) from None


def open_database(
    url_or_path: str | None = None,
    *,
    create: bool = True,
    upgrade: bool = True,
    daily_backup: bool = True,
    actor: str | None = None,
    defer: bool = False,
) -> Database:
    """Open and upgrade to the program's schema; with `create`, make the database first
    if there is none yet (a missing or 0-byte SQLite file, its folders, or the tables in
    an empty server database). Without `create` that is a DatabaseMissingError and
    nothing is made.

    A database that is not ours (another program's tables, or a schema revision this
    program does not know) is refused before anything writes to it: a SQLite file is
    read through a read-only connection first, so not even its journal mode changes.
    Before a migration touches an existing SQLite file it is backed up; once a day
    the file is backed up as well (a database created just now has nothing to keep).
    Every failure, a failed backup included, is a DatabaseError with a readable message.

    `defer` (for a command that only reads; a server only): nothing is asked here. The
    opening's statement goes out with the first statement the database sends (one
    round trip less: app.store.opening), and its checks are made with its answer, before
    that statement's rows are used (Database.read). If the schema must be brought up to
    date first, that happens then, and SchemaUpgradedError asks for the reads again.
    """
    url = database_url(url_or_path)
    path = sqlite_path(url)
    new = False
    revision: str | None = None
    if path is not None:
        new, revision = _check_file(path, create=create)
    read_only = path is not None and is_read_only_file(path)
    if read_only and new:
        raise DatabaseError(
            translate(
                "Store", "{path} is read-only: make the file writable to make a database in it"
            ).format(path=path)
        )
    try:
        engine = create_database_engine(url, read_only=read_only)
        secure_connections(engine)  # a far server is reached over TLS from the first connection
    except ImportError as exc:  # a driver in the URL that is not installed ('+psycopg2')
        raise DatabaseError(
            translate(
                "Store",
                "cannot open {where}: the database driver {driver} is not installed (use a "
                "SQLite path or a postgresql+psycopg:// URL)",
            ).format(where=_where(url), driver=repr(exc.name or url.drivername))
        ) from None
    except OSError as exc:  # the folder for a new SQLite file cannot be made
        raise DatabaseError(
            translate(
                "Store", "cannot open {where}: cannot make the folder {folder} ({reason})"
            ).format(where=_where(url), folder=exc.filename, reason=exc.strerror or exc)
        ) from None
    except SQLAlchemyError as exc:
        raise DatabaseError(_cannot_open(_where(url), exc)) from None
    if defer and path is None and url.get_backend_name() == "postgresql":
        return _deferred(url, engine, create=create, upgrade=upgrade, actor=actor)
    login: str | None = None
    read_only_reason: str | None = roles.READ_ONLY_FILE_REASON if read_only else None
    try:
        if path is None:  # a server, or SQLite in memory: nothing was written yet
            tables, revision, login, read_only_reason = _contents(engine)
            new = _check_contents(_where(url), tables, revision, create)
        if upgrade and schema.needs_upgrade(engine, revision):
            if read_only:
                raise DatabaseError(
                    translate(
                        "Store",
                        "{path} is read-only and was written by an older Supplier Desk: make "
                        "the file writable so that it can be brought up to date",
                    ).format(path=path)
                )
            if path is not None and not new:
                backup.backup_database(engine, path, reason="before-upgrade")
            schema.upgrade(engine)
            revision = schema.head_revision()
        warnings: list[str] = []
        if daily_backup and path is not None and not new:
            try:
                backup.daily_backup(engine, path)
            except backup.BackupError as exc:
                # Today's safety copy failed (disk full?): say so, but let the user work.
                warnings.append(
                    translate("Store", "today's backup could not be made: {reason}").format(
                        reason=_text(exc)
                    )
                )
        who = login or actor or settings.current_user()
    except DatabaseError:
        engine.dispose()
        raise
    except (schema.SchemaError, backup.BackupError) as exc:
        engine.dispose()
        raise DatabaseError(
            translate("Store", "{where}: {reason}").format(where=_where(url), reason=_text(exc))
        ) from None
    except DBAPIError as exc:  # OperationalError, and DatabaseError for a file that is not one
        engine.dispose()
        if url.get_backend_name() == "postgresql":  # no such database, login refused, down
            raise DatabaseError(
                explain(exc, translate("Store", "cannot open {where}").format(where=_where(url)))
            ) from None
        raise DatabaseError(_cannot_open(_where(url), _reason(exc))) from None
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(_cannot_open(_where(url), exc.__class__.__name__)) from None
    sessions = make_session_factory(engine, who)
    if url.get_backend_name() == "postgresql":
        # A connection lost mid-statement is one readable line; every change this process
        # commits is announced to the others' open lists (the command line's included).
        guard_connection(engine)
        announce_changes(sessions, new_origin())
    return Database(
        url,
        engine,
        sessions,
        warnings,
        revision,
        read_only_known=True,
        read_only_reason=read_only_reason,
    )


_SERVER_TABLES = (
    "SELECT c.relname FROM pg_catalog.pg_class c "
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "WHERE c.relkind IN ('r', 'p') AND c.relpersistence <> 't' "
    "AND pg_catalog.pg_table_is_visible(c.oid) AND n.nspname <> 'pg_catalog' "
    "ORDER BY c.relname"
)
"""The tables SQLAlchemy's inspector lists for the default schema, by the same rules."""

_SERVER_CONTENTS = text(
    f"SELECT ARRAY({_SERVER_TABLES}) AS tables, "
    "(SELECT version_num FROM alembic_version LIMIT 1) AS revision, "
    f"session_user AS login, {roles.WRITE_CHECK_COLUMNS}"
)
_SERVER_TABLES_AND_LOGIN = text(
    f"SELECT ARRAY({_SERVER_TABLES}) AS tables, NULL AS revision, session_user AS login, "
    f"{roles.WRITE_CHECK_COLUMNS}"
)


Contents = tuple[list[str], str | None, str | None, str | None]
"""(tables, schema revision, login, why the database cannot be changed from here)."""


def _contents(engine: Engine) -> Contents:
    """The tables of a database that is not a SQLite file, its schema revision (None
    without one) and, on a server, the login its triggers stamp changes with (the name
    this program's changes are stamped with: what the window shows after a save is what
    the database holds). On a server one statement outside any transaction: one round
    trip, or two for a database without alembic_version (a new one, or not ours). The same
    statement asks whether the server and the login take changes (app.store.roles)."""
    if engine.dialect.name != "postgresql":  # SQLite in memory: nothing to save
        return (
            sorted(inspect(engine).get_table_names()),
            schema.current_revision(engine),
            server_login(engine),
            None,
        )
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        row = _server_row(connection)
    tables, revision, login, reason = row
    return (
        sorted(str(t) for t in tables),
        None if revision is None else str(revision),
        None if login is None else str(login),
        reason,
    )


def _server_row(connection: Connection) -> Contents:
    parameters = roles.write_check_parameters()
    try:
        row = connection.execute(_SERVER_CONTENTS, parameters).one()
    except ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42P01":  # undefined_table
            raise
        row = connection.execute(_SERVER_TABLES_AND_LOGIN, parameters).one()
    return row[0], row[1], row[2], roles.reason_from(row[3], row[4])


def _check_file(path: Path, *, create: bool) -> tuple[bool, str | None]:
    """Whether the SQLite file at `path` is a new database (none yet, or 0 bytes: what
    `touch` makes), and its schema revision; DatabaseError unless it is ours or may be
    created. Reads only."""
    if not path.exists():
        if not create:
            raise DatabaseMissingError(
                translate("Store", "no database at {path}").format(path=path), str(path)
            )
        return True, None
    if not path.is_file():
        raise DatabaseError(
            translate("Store", "cannot open {path}: it is a folder, not a database file").format(
                path=path
            )
        )
    if path.stat().st_size == 0:
        if not create:
            raise DatabaseMissingError(
                translate("Store", "{path} is an empty file, not a Supplier Desk database").format(
                    path=path
                ),
                str(path),
            )
        return True, None
    try:
        tables, revision = sqlite_file_contents(path)
    except sqlite3.DatabaseError as exc:  # not SQLite at all, or cannot be read
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DatabaseError(_cannot_open(str(path), _plain(reason))) from None
    return _check_contents(str(path), tables, revision, create), revision


def _check_contents(where: str, tables: list[str], revision: str | None, create: bool) -> bool:
    """Whether a database holding `tables` at schema `revision` is a new one (no tables);
    DatabaseError if it is not ours, DatabaseMissingError if it is new and `create` is
    not given."""
    if not tables:
        if not create:
            raise DatabaseMissingError(
                translate("Store", "{where} holds no Supplier Desk database").format(where=where),
                where,
            )
        return True
    if revision is None:
        shown = ", ".join(tables[:3]) + (", …" if len(tables) > 3 else "")
        raise DatabaseError(
            (
                translate(
                    "Store",
                    "{where} is not a Supplier Desk database (it has no schema version; its "
                    "tables: {tables}); check the URL: it was left as it was",
                )
                if "://" in where
                else translate(
                    "Store",
                    "{where} is not a Supplier Desk database (it has no schema version; its "
                    "tables: {tables}); check the path: it was left as it was",
                )
            ).format(where=where, tables=shown)
        )
    if revision != schema.HEAD and revision not in schema.all_revisions():
        raise DatabaseError(
            translate("Store", "{where}: {reason}").format(
                where=where, reason=schema.unknown_revision(revision)
            )
        )
    return False


def _where(url: URL) -> str:
    path = sqlite_path(url)
    return str(path) if path is not None else url.render_as_string(hide_password=True)


def _reason(exc: DBAPIError) -> str:
    first_line = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    return _plain(first_line)


def _plain(reason: str) -> str:
    if "file is not a database" in reason:
        return translate("Store", "the file is not a Supplier Desk database")
    return reason


def _cannot_open(where: str, reason: object) -> str:
    return translate("Store", "cannot open {where}: {reason}").format(where=where, reason=reason)


def _text(exc: BaseException) -> str:
    """An error's message, still translatable when it was raised with a Message."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, str) else str(exc)


# --- an opening that rides with the first reads ----------------------------------------------


_GUARDED_REVISION = (
    "(CASE WHEN to_regclass('alembic_version') IS NOT NULL THEN (xpath('/row/version_num/text()', "
    "query_to_xml('SELECT version_num FROM alembic_version LIMIT 1', false, true, '')))[1]::text "
    "END)"
)
_RIDING_CONTENTS = text(
    str(_SERVER_CONTENTS).replace(
        "(SELECT version_num FROM alembic_version LIMIT 1)", _GUARDED_REVISION
    )
)
"""_SERVER_CONTENTS that reads the schema revision only where there is an alembic_version
table (None elsewhere) instead of failing: the statements riding with it are not aborted
by a new database or one that is not ours, which then gets open_database's own words."""
assert str(_RIDING_CONTENTS) != str(_SERVER_CONTENTS)


class SchemaUpgradedError(DatabaseError):
    """A database opened with `defer` was brought up to date after the first reads had
    gone out on the older schema: run them again (the command line does)."""


@dataclass
class _Deferred:
    """The checks of opening a server database, made with the answer of the statement
    that rides with the first reads."""

    create: bool
    upgrade: bool
    riding: RidingOpening


def _deferred(
    url: URL, engine: Engine, *, create: bool, upgrade: bool, actor: str | None
) -> Database:
    """open_database's `defer`: a Database whose opening goes out with its first statement."""
    sessions = make_session_factory(engine, actor or settings.current_user())
    guard_connection(engine)
    announce_changes(sessions, new_origin())
    database = Database(url, engine, sessions, [])
    compiled = _RIDING_CONTENTS.compile(dialect=engine.dialect)
    parameters = compiled.construct_params(_opening_parameters())
    riding = RidingOpening(engine, compiled.string, parameters, database._answered)
    database._opening = _Deferred(create, upgrade, riding)
    return database


def _contents_of(row: tuple[Any, ...]) -> Contents:
    """_contents' answer from the row of _SERVER_CONTENTS."""
    tables, revision, login = row[0], row[1], row[2]
    return (
        sorted(str(t) for t in tables),
        None if revision is None else str(revision),
        None if login is None else str(login),
        roles.reason_from(row[3], row[4]),
    )


def _opening_parameters() -> dict[str, Any]:
    return dict(roles.write_check_parameters())
