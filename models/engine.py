"""Engines and sessions: SQLite pragmas, PostgreSQL, and who is making the change."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from models.base import ACTOR_CHARS, Audited

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
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


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
