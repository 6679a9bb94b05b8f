"""as_refusal: which database errors are refusals a person can act on (one line), and
which are bugs (None: for the crash log)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from psycopg import errors as pg
from sqlalchemy.exc import DBAPIError, OperationalError

from app.errors import NotFoundError
from app.store.connection import LOST, ConnectionLostError
from app.store.refusals import (
    LOCKED,
    NO_READ,
    READ_ONLY_LOGIN,
    DatabaseRefusedError,
    as_refusal,
)


def wrapped(
    orig: Exception, statement: str = "INSERT INTO suppliers (name) VALUES (?)"
) -> DBAPIError:
    """`orig` as SQLAlchemy hands a driver's error to the program."""
    return DBAPIError.instance(statement, {}, orig, type(orig))


def sqlite_error(tmp_path: Path, *, read_only: bool = False, locked: bool = False) -> DBAPIError:
    """A real error of SQLite's, from a write it refuses."""
    path = tmp_path / "x.sqlite3"
    with sqlite3.connect(path) as setup:
        setup.execute("CREATE TABLE IF NOT EXISTS t (x)")
    setup.close()
    holder = sqlite3.connect(path, isolation_level=None)
    mode = "?mode=ro" if read_only else ""
    writer = sqlite3.connect(f"{path.as_uri()}{mode}", uri=True, timeout=0)
    try:
        if locked:
            holder.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO t VALUES (1)")
    except sqlite3.Error as exc:
        return wrapped(exc)
    finally:
        writer.close()
        holder.close()
    raise AssertionError("SQLite wrote")


def test_a_read_only_sqlite_file_is_named(tmp_path: Path) -> None:
    error = sqlite_error(tmp_path, read_only=True)
    refused = as_refusal(error, "/data/desk.sqlite3")
    assert isinstance(refused, DatabaseRefusedError)
    assert str(refused) == (
        "/data/desk.sqlite3 is read-only: make the file writable, or work on a copy of it"
    )
    assert str(as_refusal(error)).startswith("the database file is read-only: ")


def test_a_locked_sqlite_file_is_another_program_holding_it(tmp_path: Path) -> None:
    refused = as_refusal(sqlite_error(tmp_path, locked=True), "/data/desk.sqlite3")
    assert str(refused) == LOCKED == "another program holds the database: try again or close it"


def test_a_login_that_may_only_read() -> None:
    denied = pg.InsufficientPrivilege("permission denied for table suppliers")
    assert str(as_refusal(wrapped(denied))) == READ_ONLY_LOGIN
    assert str(as_refusal(wrapped(denied, "UPDATE suppliers SET name = %s"))) == READ_ONLY_LOGIN
    assert str(as_refusal(wrapped(denied, " SELECT suppliers.id FROM suppliers"))) == NO_READ
    # an edit's read of its row, locked to change it
    locking = "SELECT suppliers.id FROM suppliers WHERE suppliers.id = %s FOR UPDATE OF suppliers"
    assert str(as_refusal(wrapped(denied, locking))) == READ_ONLY_LOGIN
    assert str(as_refusal(wrapped(denied, "SELECT 1 FROM t FOR NO KEY UPDATE"))) == READ_ONLY_LOGIN


def test_a_server_that_accepts_no_changes_and_a_lock_not_granted() -> None:
    standby = pg.ReadOnlySqlTransaction("cannot execute INSERT in a read-only transaction")
    assert str(as_refusal(wrapped(standby))).startswith(
        "the database server accepts no changes (read-only): "
    )
    assert str(as_refusal(wrapped(pg.LockNotAvailable("could not obtain lock")))) == LOCKED


def test_a_lost_connection_is_the_message_the_connection_module_gives() -> None:
    lost = as_refusal(wrapped(pg.AdminShutdown("terminating connection")))
    assert isinstance(lost, ConnectionLostError)
    assert str(lost) == LOST


def test_service_errors_are_themselves_and_bugs_are_none() -> None:
    missing = NotFoundError("Supplier", 4)
    assert as_refusal(missing) is missing
    assert as_refusal(ZeroDivisionError("x")) is None
    assert as_refusal(OverflowError("Python int too large to convert to SQLite INTEGER")) is None
    assert as_refusal(wrapped(pg.NumericValueOutOfRange("integer out of range"))) is None
    assert as_refusal(wrapped(pg.UndefinedColumn('column "x" does not exist'))) is None
    syntax = sqlite3.OperationalError('near "SELEC": syntax error')
    assert as_refusal(wrapped(syntax)) is None
    assert isinstance(wrapped(syntax), OperationalError)


@pytest.mark.parametrize("text", ["database is locked", "database table is locked"])
def test_sqlite_messages_without_an_error_name_still_count(text: str) -> None:
    assert str(as_refusal(wrapped(sqlite3.OperationalError(text)))) == LOCKED
