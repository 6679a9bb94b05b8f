"""Engines and sessions: SQLite pragmas, PostgreSQL, and who is making the change."""

from __future__ import annotations

import logging
import os
import select
import sqlite3
import stat
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, Dialect, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from models.base import ACTOR_CHARS, Audited
from models.round_trips import install as pipeline_round_trips

_log = logging.getLogger(__name__)

ACTOR_KEY = "actor"
"""`session.info[ACTOR_KEY]` names who is making the change; rows record it."""


class DatabaseUrlError(ValueError):
    """The database URL or path cannot be used."""


def normalise_url(url_or_path: str | Path) -> URL:
    """Accept a SQLAlchemy URL or a plain file path (taken as a SQLite file)."""
    text = str(url_or_path).strip()
    if not text:
        raise DatabaseUrlError("the database URL is empty")
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))
    try:
        url = make_url(text)
    except Exception as exc:  # sqlalchemy raises ArgumentError with a terse message
        raise DatabaseUrlError(f"not a database URL: {text!r}") from exc
    backend, _, driver = url.drivername.partition("+")
    if backend in ("postgresql", "postgres"):  # 'postgres://' is what hosting services give
        url = url.set(drivername=f"postgresql+{driver or 'psycopg'}")
    if url.get_backend_name() not in {"sqlite", "postgresql"}:
        raise DatabaseUrlError(
            f"unsupported database {url.get_backend_name()!r}: use a SQLite path or a "
            "postgresql+psycopg:// URL"
        )
    return url


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory and other databases."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    if url.query.get("uri") == "true" and url.database.startswith("file:"):
        return Path(unquote(urlsplit(url.database).path))  # a read-only engine's URL
    return Path(url.database)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection that cannot change the file at `path`."""
    # as_uri() escapes '#', '?' and '%', which would otherwise cut the file name short
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def sqlite_file_contents(path: Path) -> tuple[list[str], str | None]:
    """The tables of the SQLite file at `path` and its Alembic revision (None without one),
    read through a read-only connection, before any engine's connection switches the
    file to WAL: a file that is not ours is left byte for byte as it was.

    sqlite3.DatabaseError if the file is not a SQLite database."""
    connection = connect_read_only(path)
    try:
        tables = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
            )
        ]
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = None if row is None else str(row[0])
    finally:
        connection.close()
    return tables, revision


def create_database_engine(
    url_or_path: str | Path | URL, *, read_only: bool = False, **kwargs: Any
) -> Engine:
    """An engine for the URL; SQLite connections get the app's pragmas. `read_only` (a
    SQLite file whose permissions say so): the file is opened read-only (mode=ro), so
    that not even root, whom permissions do not stop, changes it; its journal mode is
    left as it is."""
    url = url_or_path if isinstance(url_or_path, URL) else normalise_url(url_or_path)
    if url.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None and read_only:
            # mode=ro: not even the last connection's closing checkpoint writes the file
            url = url.set(database=path.resolve().as_uri(), query={"mode": "ro", "uri": "true"})
        elif path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_read_only if read_only else _sqlite_on_connect)
        return engine
    return _postgresql_engine(url, **kwargs)


KEEPALIVES: dict[str, int] = {
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}
"""TCP keepalives on every PostgreSQL connection (libpq's options): a connection that
died while idle (a laptop's sleep, a router's dropped state) is known to the operating
system within about a minute, without a statement of ours."""

POOL_SIZE = 10
"""PostgreSQL connections the pool keeps open once made: the window reads a supplier's
tabs, or Home's parts, on several at once (a far server's connection costs 2-4 round
trips to make), and the default of 5 would close the others after each use."""

IDLE_PING_S = 60.0
"""A pooled PostgreSQL connection unused for longer than this is pinged once when it is
taken again (one round trip); one used more recently is taken as it is, unless the
server has said something on it since (see _ping_after_idle)."""


def _postgresql_engine(url: URL, **kwargs: Any) -> Engine:
    """An engine that spends no round trip a command does not need: no ping each time a
    connection is taken from the pool (keepalives, and one ping after IDLE_PING_S idle,
    instead), no hstore type lookup (no column is one), and the dialect's start-up
    questions answered from the connection's handshake plus one statement."""
    keepalives = {key: value for key, value in KEEPALIVES.items() if key not in url.query}
    kwargs["connect_args"] = {**keepalives, **kwargs.get("connect_args", {})}
    kwargs.setdefault("pool_pre_ping", False)
    kwargs.setdefault("use_native_hstore", False)
    if kwargs.get("poolclass") is None:
        kwargs.setdefault("pool_size", POOL_SIZE)
    engine = create_engine(url, **kwargs)
    _initialize_from_handshake(engine.dialect)
    pipeline_round_trips(engine)  # BEGIN with the first statement, unawaited writes with the next
    if not kwargs["pool_pre_ping"]:
        _ping_after_idle(engine)
    return engine


def _ping_after_idle(engine: Engine) -> None:
    """Ping a pooled connection when it is taken after IDLE_PING_S unused, or when its
    socket has something to read although no statement is running (a server that ended
    the session sends its reason and closes: a local check, no round trip); a failed ping
    makes the pool replace it (DisconnectionError), so the action runs on a live one."""

    @event.listens_for(engine, "connect")
    def fresh(dbapi_connection: Any, record: Any) -> None:
        record.info.pop("idle_since", None)

    @event.listens_for(engine, "checkin")
    def idle(dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def taken(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        since = record.info.pop("idle_since", None)
        if since is None:
            return
        if time.monotonic() - since < IDLE_PING_S and not _has_news(dbapi_connection):
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:  # the driver's error for a dead connection
            raise DisconnectionError(f"connection lost while idle: {exc}") from exc
        if not alive:
            raise DisconnectionError("connection lost while idle")


def _has_news(dbapi_connection: Any) -> bool:
    """Whether an idle connection's socket can be read (the server's goodbye, or the
    operating system's news that the connection died): a local check, no round trip."""
    try:
        readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
    except Exception:  # closed, or not a socket select takes: ask the server instead
        return True
    return bool(readable)


_HANDSHAKE_QUERY = "SELECT current_schema(), current_setting('transaction_isolation')"


def _initialize_from_handshake(dialect: Dialect) -> None:
    """SQLAlchemy's first connection asks the server four questions in a transaction
    (version, default schema, isolation level, standard_conforming_strings): six round
    trips. The server already said its version and standard_conforming_strings in the
    handshake (ParameterStatus); the other two are one statement outside a transaction.
    Whatever goes wrong here, SQLAlchemy's own way runs instead."""
    original = dialect.initialize

    def initialize(connection: Connection) -> None:
        try:
            answers = _handshake_answers(connection.connection.driver_connection)
        except Exception:  # not psycopg 3, or an unusual server: ask the long way
            _log.debug("start-up questions asked the long way", exc_info=True)
            original(connection)
            return
        version, backslash_escapes, default_schema, isolation = answers
        vars(dialect).update(
            _get_server_version_info=lambda _connection: version,
            _get_default_schema_name=lambda _connection: default_schema,
            get_default_isolation_level=lambda _dbapi_connection: isolation,
            _set_backslash_escapes=lambda _connection: setattr(
                dialect, "_backslash_escapes", backslash_escapes
            ),
        )
        try:
            original(connection)
        finally:
            for name in (
                "_get_server_version_info",
                "_get_default_schema_name",
                "get_default_isolation_level",
                "_set_backslash_escapes",
            ):
                vars(dialect).pop(name, None)

    vars(dialect)["initialize"] = initialize


def _handshake_answers(driver: Any) -> tuple[tuple[int, ...], bool, str, str]:
    """(server version, backslash escapes, default schema, default isolation level) of a
    psycopg 3 connection that is not in a transaction: one round trip."""
    number = int(driver.info.server_version)
    version = (
        (number // 10000, number % 10000)
        if number >= 100000
        else (
            number // 10000,
            number // 100 % 100,
            number % 100,
        )
    )
    conforming = driver.info.parameter_status("standard_conforming_strings")
    if conforming is None or driver.autocommit or driver.info.transaction_status != 0:
        raise RuntimeError("no standard_conforming_strings, or not an idle connection")
    driver.autocommit = True  # no BEGIN, no ROLLBACK: one round trip
    try:
        row = driver.execute(_HANDSHAKE_QUERY).fetchone()
    finally:
        driver.autocommit = False
    return version, str(conforming) == "off", str(row[0]), str(row[1]).upper()


def _sqlite_on_connect(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    _sqlite_settings(cursor)
    mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
    if mode not in ("memory", "wal"):
        cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _sqlite_read_only(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    _sqlite_settings(cursor)
    cursor.close()


def _sqlite_settings(cursor: Any) -> None:
    """What every connection to a SQLite file needs, whether it may write or not."""
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    # 64 MB of page cache (SQLite's default is 2 MB): with 100,000 suppliers the indexes
    # outgrow 2 MB, and every insert of an import then reads pages back from the file.
    cursor.execute("PRAGMA cache_size = -65536")


def is_read_only_file(path: os.PathLike[str] | str) -> bool:
    """Whether this process may not write the file, or its permissions let nobody write
    it (chmod a-w): the user marked it read-only, and even an administrator (root), whom
    permissions do not stop, leaves it as it is. False for a file that is not there."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK)


@contextmanager
def checkpoint_deferred(connection: Connection) -> Iterator[None]:
    """One large write to a SQLite file: its COMMIT writes the write-ahead log and no more.

    After a commit that leaves over 1,000 pages in the log, SQLite copies the log into
    the database file there and then (a checkpoint): for 100,000 imported suppliers that
    is 126 MB, written and synced once more inside the COMMIT. The automatic checkpoint
    is off on `connection` for the block; checkpoint_in_background does it afterwards.
    The commit is as safe either way: the log is the database until it is copied."""
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    (pages,) = driver.execute("PRAGMA wal_autocheckpoint").fetchone()
    driver.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        driver.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")


def checkpoint_in_background(path: Path) -> threading.Thread:
    """Copy the write-ahead log of the SQLite file at `path` into the file, on a thread of
    its own connection. PASSIVE: it neither waits for nor blocks other readers and
    writers; what it cannot copy now, the next automatic checkpoint copies."""

    def run() -> None:
        try:
            connection = sqlite3.connect(path, timeout=0)
            try:
                connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            finally:
                connection.close()
        except sqlite3.Error as exc:  # nothing is lost: the log still holds every page
            _log.warning("checkpoint of %s put off: %s", path, exc)

    thread = threading.Thread(target=run, name="wal-checkpoint")
    thread.start()
    return thread


def make_session_factory(engine: Engine, actor: str | None = None) -> sessionmaker[Session]:
    """Sessions whose changes are stamped with `actor` (cut to the column's length)."""
    who = actor[:ACTOR_CHARS] if actor is not None else None
    return sessionmaker(engine, expire_on_commit=False, info={ACTOR_KEY: who})


@event.listens_for(Session, "before_flush")
def _stamp_actor(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        return
    for obj in session.new:
        if isinstance(obj, Audited):
            obj.created_by = actor
            obj.updated_by = actor
    for obj in session.dirty:
        if isinstance(obj, Audited) and session.is_modified(obj, include_collections=False):
            obj.updated_by = actor
