"""Many rows into one table, as tuples, the fastest way the backend allows.

On SQLite the rows go straight to the driver's executemany, each value converted by
its column's own SQLAlchemy type once per distinct value: SQLAlchemy's executemany
builds a dict per row and runs every converter on every row, which was half of a
100,000-row import's commit. On PostgreSQL the rows go through COPY, their ids taken
from the table's sequence first (the same import through the command line: 23 s with
SQLAlchemy's multi-row INSERTs, 11 s so). Either way the statement runs in the
session's transaction, and a driver error comes out as SQLAlchemy's exception
(IntegrityError...) as it would from Core.

Given a Mover, a SQLite writer stages the rows in a temporary table without indexes
and has the Mover copy them into the table on a second thread: sqlite3 lets go of
the GIL while a statement runs, so the table's indexes are filled on the other core
while Python builds the next chunk (the commit of a 100,000-row import: 4.4 s with
direct inserts, 3.6 s so). The copies are deferred until the caller submits its next
batch: a chunk's suppliers, contacts and links are all staged first, and then copied
in one go while Python builds the next chunk, rather than each staging waiting for
the copy before it (the connection does one statement at a time). On PostgreSQL a
Mover runs the COPY itself, the server inserting one chunk while Python builds the next.
"""

from __future__ import annotations

import queue
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from functools import partial
from typing import Any

from sqlalchemy import Dialect, Table
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.round_trips import send_queued

Statement = str | tuple[str, Sequence[Any]] | Callable[[], None]
"""SQL for the driver, alone or with its parameters; or work of its own on the
connection (a PostgreSQL COPY)."""
QUEUED_BATCHES = 3
"""Batches a Mover holds at most: past them, submit() waits (memory stays bounded when
the database is slower than the caller)."""
SWITCH_INTERVAL = 0.0005
"""Seconds between GIL hand-overs while a Mover works (Python's default is 0.005)."""
MEMO_LIMIT = 10_000
"""Converted values remembered per column (timestamps, enums, flags repeat)."""


class Mover:
    """Runs batches of statements on a connection in a second thread, in order.

    submit() queues a batch and returns; defer() keeps statements back to run first
    in the next batch submitted. The caller must wait() before it uses the connection
    itself (a statement of its own, or the session's): that submits what was deferred
    and waits for all of it. A failure in the thread is raised by the next wait(), as
    SQLAlchemy's error; the batches after it are skipped (the transaction is to be
    rolled back). Where the connection may not be used from another thread, each batch
    runs at once in the caller's.
    """

    def __init__(self, driver: Any) -> None:
        self.driver = driver
        """The DBAPI connection: sqlite3's, or psycopg's (which may be used from any thread)."""
        self._queue: queue.Queue[Sequence[Statement] | None] = queue.Queue(QUEUED_BATCHES)
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None
        self._threaded = not isinstance(driver, sqlite3.Connection) or _usable_from_threads(driver)
        self._deferred: list[Statement] = []

    def defer(self, statements: Sequence[Statement]) -> None:
        self._deferred.extend(statements)

    def submit(self, statements: Sequence[Statement]) -> None:
        batch, self._deferred = [*self._deferred, *statements], []
        if not self._threaded:
            self._run(batch)
            self.wait_submitted()
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="bulk-insert", daemon=True)
            self._thread.start()
        self._queue.put(batch)

    def wait(self) -> None:
        """Run what was deferred, and wait until every batch is done."""
        if self._deferred:
            self.submit(())
        self.wait_submitted()

    def wait_submitted(self) -> None:
        """Wait until the batches submitted are done (the connection is free); what was
        deferred stays deferred."""
        self._queue.join()
        failure, self._failure = self._failure, None
        if isinstance(failure, sqlite3.Error):
            raise DBAPIError.instance("(bulk insert)", None, failure, sqlite3.Error) from failure
        if failure is not None:
            raise failure

    def close(self, *, failed: bool = False) -> None:
        """Wait for the batches queued, and let the thread go. After a failure, what was
        deferred is dropped (the transaction is rolled back)."""
        if failed:
            self._deferred.clear()
        try:
            self.wait()
        finally:
            if self._thread is not None:
                self._queue.put(None)
                self._thread.join()
                self._thread = None

    def _work(self) -> None:
        while (statements := self._queue.get()) is not None:
            try:
                if self._failure is None:
                    self._run(statements)
            finally:
                self._queue.task_done()
        self._queue.task_done()

    def _run(self, statements: Sequence[Statement]) -> None:
        try:
            cursor = self.driver.cursor()
            try:
                for statement in statements:
                    if isinstance(statement, str):
                        cursor.execute(statement)
                    elif isinstance(statement, tuple):
                        cursor.execute(*statement)
                    else:
                        statement()
            finally:
                cursor.close()
        except BaseException as exc:  # raised again by wait(), in the caller's thread
            self._failure = exc


@contextmanager
def moving(session: Session) -> Iterator[Mover]:
    """A Mover for the session's connection, its last batch waited for on the way out;
    on the way out of a failure its own failure is dropped (the caller's is the one that
    counts, and the transaction is rolled back). On PostgreSQL the rows' COPY runs on
    it: the server inserts one chunk (and fills its trigram index) while Python builds
    the next."""
    send_queued(session.connection())  # what was written before goes first
    mover = Mover(session.connection().connection.driver_connection)
    # A statement done on the mover's thread waits for the GIL until the caller's thread
    # lets go of it, by default every 5 ms: 100,000 rows' statements waited 1.8 s in all.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(min(interval, SWITCH_INTERVAL))
    try:
        yield mover
        mover.close()
    except BaseException:
        with suppress(Exception):  # the error in flight is the one to report
            mover.close(failed=True)
        raise
    finally:
        sys.setswitchinterval(interval)


def _usable_from_threads(driver: sqlite3.Connection) -> bool:
    """Whether the connection was opened with check_same_thread=False (SQLAlchemy does
    so for a database file)."""
    result: list[bool] = []

    def probe() -> None:
        try:
            driver.execute("SELECT 1").close()
            result.append(True)
        except sqlite3.ProgrammingError:
            result.append(False)

    thread = threading.Thread(target=probe, name="bulk-insert-probe", daemon=True)
    thread.start()
    thread.join()
    return result == [True]


class TableWriter:
    """Inserts rows of `columns` (tuples in that order) into `table`."""

    def __init__(
        self,
        session: Session,
        table: Table,
        columns: Sequence[str],
        mover: Mover | None = None,
        *,
        constants: Mapping[str, Any] | None = None,
    ) -> None:
        self.session = session
        self.table = table
        self.columns = tuple(columns)
        self.constants = dict(constants or {})
        """Values every row takes (the audit stamps): given once, not with each row."""
        self.mover = mover
        self._next_id: int | None = None
        self._reserved: list[int] = []
        self._tail: tuple[Any, ...] = ()
        defaulted = {c.name for c in table.c if c.default is not None or c.onupdate is not None}
        if missing := sorted(defaulted - {"id", *self.columns, *self.constants}):
            # Core would fill them in; the driver would not: give them, the same either way.
            raise ValueError(f"{table.name}: give a value for {', '.join(missing)}")
        connection = session.connection()
        dialect = connection.dialect
        # The program runs on SQLite or PostgreSQL (models.engine refuses others).
        self.copy = dialect.name == "postgresql"
        self._convert: list[tuple[int, bool, Callable[[Any], Any], dict[Any, Any]]] = []
        self._with_id = "id" in table.c
        names = ("id", *self.columns) if self._with_id else self.columns
        for i, name in enumerate(names):
            column_type = table.c[name].type
            processor = column_type.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None:
                # JSON stores None as 'null', as Core does; other types keep NULL.
                evaluate_none = bool(column_type.should_evaluate_none)
                self._convert.append((i, evaluate_none, processor, {}))
        fixed = tuple(self._fixed(dialect))
        preparer = dialect.identifier_preparer
        quoted = ", ".join(preparer.quote(c) for c in names)
        marks = ", ".join("?" * len(names))
        every = ", ".join(preparer.quote(c) for c in (*names, *self.constants))
        target = preparer.format_table(table)
        self._sql = f"INSERT INTO {target} ({every}) VALUES ({marks}{', ?' * len(fixed)})"
        self._tail = fixed
        if self.copy:
            given = ", ".join(preparer.quote(c) for c in (*self.columns, *self.constants))
            self._copies = (
                f"COPY {target} ({every}) FROM STDIN",
                f"COPY {target} ({given}) FROM STDIN",  # ids from the column's default
            )
        elif mover is not None:
            mover.wait()  # its thread may be using the connection, this stage even
            # No types, so no affinity: the values reach the table as given, and the
            # table's own affinity applies once, as for a direct insert.
            stage = preparer.quote(f"bulk_stage_{table.name}_{len(names)}")
            mover.driver.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} ({quoted})")
            mover.driver.execute(f"DELETE FROM temp.{stage}")
            self._sql = f"INSERT INTO temp.{stage} ({quoted}) VALUES ({marks})"
            self._tail = ()
            self._moves: tuple[Statement, ...] = (
                (
                    f"INSERT INTO {target} ({every}) SELECT {quoted}{', ?' * len(fixed)} "
                    f"FROM temp.{stage} ORDER BY rowid",
                    fixed,
                ),
                f"DELETE FROM temp.{stage}",
            )

    def insert(self, rows: Sequence[tuple[Any, ...]], ids: Sequence[int] | None = None) -> None:
        """Insert the rows, with the given ids (from new_ids) or ids the database gives."""
        if rows:
            self._insert(ids, rows)

    def insert_with_ids(self, rows: Sequence[tuple[Any, ...]]) -> list[int]:
        """Insert the rows and return their ids, in the order of `rows`."""
        ids = self.new_ids(len(rows))
        self.insert(rows, ids)
        return ids

    def reserve_ids(self, count: int) -> None:
        """PostgreSQL: take `count` ids from the table's sequence at once, for new_ids to
        hand out, so that it need not ask the server while a Mover's COPY runs (the
        connection does one thing at a time). SQLite's ids need no reserving."""
        if self.copy and count > 0:
            if self.mover is not None:
                self.mover.wait()
            self._reserved.extend(self._sequence_ids(count))

    def new_ids(self, count: int) -> list[int]:
        """Ids for the next `count` rows inserted, taken now (so that rows of other
        tables can refer to them before these are inserted)."""
        if not count:
            return []
        if self.copy:
            if len(self._reserved) < count:
                if self.mover is not None:
                    self.mover.wait()
                self._reserved.extend(self._sequence_ids(count - len(self._reserved)))
            ids = self._reserved[:count]
            del self._reserved[:count]
            return ids
        first = self._first_free_id()
        self._next_id = first + count
        return list(range(first, first + count))

    def _insert(self, ids: Sequence[int] | None, rows: Sequence[tuple[Any, ...]]) -> None:
        values: list[tuple[Any, ...]]
        if not self._with_id:
            values = list(rows)
        elif ids is None:
            values = [(None, *row) for row in rows]
        else:
            values = [(row_id, *row) for row_id, row in zip(ids, rows, strict=True)]
        if self._convert:
            values = [self._converted(row) for row in values]
        if self.copy:
            driver, drop_id = self._driver(), ids is None and self._with_id
            if self.mover is not None:
                self.mover.submit([partial(self._copy, driver, values, drop_id)])
            else:
                self._copy(driver, values, drop_id)
            return
        if tail := self._tail:
            values = [row + tail for row in values]
        if self.mover is not None:
            # The stage may be read by a copy in flight; one already deferred is fine
            # (it copies what is staged by the time it runs).
            self.mover.wait_submitted()
        cursor = self._driver().cursor()
        try:
            cursor.executemany(self._sql, values)
        except sqlite3.Error as exc:
            raise DBAPIError.instance(self._sql, None, exc, sqlite3.Error) from exc
        finally:
            cursor.close()
        if self.mover is not None:
            self.mover.defer(self._moves)

    def _copy(self, driver: Any, values: list[tuple[Any, ...]], drop_id: bool) -> None:
        """PostgreSQL: the rows through COPY, the fastest way in (psycopg adapts each
        value as it would for an INSERT). On a Mover's thread: nothing of the session's."""
        import psycopg

        sql = self._copies[1 if drop_id else 0]
        tail = self._tail
        cursor = driver.cursor()
        try:
            with cursor.copy(sql) as copy:
                for row in values:
                    copy.write_row((row[1:] if drop_id else row) + tail)
        except psycopg.Error as exc:
            raise DBAPIError.instance(sql, None, exc, psycopg.Error) from exc
        finally:
            cursor.close()

    def _sequence_ids(self, count: int) -> list[int]:
        """PostgreSQL: `count` ids taken from the table's id sequence, in order."""
        import psycopg

        sql = "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)"
        cursor = self._driver().cursor()
        try:
            return [row_id for (row_id,) in cursor.execute(sql, (self.table.name, count))]
        except psycopg.Error as exc:
            raise DBAPIError.instance(sql, None, exc, psycopg.Error) from exc
        finally:
            cursor.close()

    def _converted(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        out = list(row)
        for i, evaluate_none, processor, memo in self._convert:
            value = out[i]
            if value is None and not evaluate_none:
                continue
            try:
                out[i] = memo[value]
            except KeyError:
                if len(memo) >= MEMO_LIMIT:
                    memo.clear()
                out[i] = memo[value] = processor(value)
            except TypeError:  # not hashable
                out[i] = processor(value)
        return tuple(out)

    def _fixed(self, dialect: Dialect) -> Iterator[Any]:
        """The constants as the driver takes them (converted by their columns' types)."""
        for name, value in self.constants.items():
            column_type = self.table.c[name].type
            processor = column_type.dialect_impl(dialect).bind_processor(dialect)
            if processor is None or (value is None and not column_type.should_evaluate_none):
                yield value
            else:
                yield processor(value)

    def _first_free_id(self) -> int:
        """SQLite gives a new row the largest id + 1: so do we, our write lock held first
        (a no-op UPDATE takes it), so that no other writer can take these ids meanwhile.
        With a Mover, asked once: no one else inserts into the table while it moves."""
        if self.mover is not None:
            if self._next_id is None:
                self.mover.wait()
                self._next_id = self._largest_id() + 1
            return self._next_id
        return self._largest_id() + 1

    def _largest_id(self) -> int:
        name = self.session.get_bind().dialect.identifier_preparer.format_table(self.table)
        cursor = self._driver().cursor()
        try:
            cursor.execute(f"UPDATE {name} SET id = id WHERE 0")
            (largest,) = cursor.execute(f"SELECT max(id) FROM {name}").fetchone()
        except sqlite3.Error as exc:
            raise DBAPIError.instance("UPDATE/SELECT max(id)", None, exc, sqlite3.Error) from exc
        finally:
            cursor.close()
        return int(largest or 0)

    def _driver(self) -> Any:
        return self.session.connection().connection.driver_connection
