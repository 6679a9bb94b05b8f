"""Several SELECTs that do not depend on one another, in one round trip (issue 18 point 2).

On PostgreSQL the statements go out together in one psycopg pipeline on the session's own
connection (its transaction, or its autocommit for a read): the server answers all of them
after one wait, where running them one after another waits once each. On SQLite (a local
file, no round trips to save) they simply run one after another.

The rows come back as SQLAlchemy Rows (by position and by name) with the columns' own
types, the same on both: a NUMERIC is a Decimal, an enum column its enum, a date a date.
Only column selects (`select(Supplier.id, Supplier.name)`), not ORM entities. Statements
sent this way fire the engine's before/after_cursor_execute events, as any other (so
counting statements stays honest), and a driver error goes through SQLAlchemy's own
handling: a lost connection is invalidated and reported as any other statement's would be.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Connection, Row
from sqlalchemy.engine.result import IteratorResult, SimpleResultMetaData
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from app.errors import NotFoundError
from models.round_trips import pipeline

AnyRow = Row[*tuple[Any, ...]]
AnySelect = Select[*tuple[Any, ...]]


def fetch_together(session: Session, *statements: AnySelect) -> list[list[AnyRow]]:
    """The rows of each statement, in order: one round trip for all on PostgreSQL."""
    connection = session.connection()
    if connection.dialect.name != "postgresql" or len(statements) < 2:
        return [list(session.execute(statement).all()) for statement in statements]
    if session.autoflush:
        session.flush()  # what the session holds unsent is seen, as session.execute would
    return _pipelined(connection, statements)


def same_statements(session: Session, a: Sequence[AnySelect], b: Sequence[AnySelect]) -> bool:
    """Whether `a` and `b` are the same statements with the same values, as the session's
    database is sent them (a read sent ahead of knowing it was the one wanted)."""
    if len(a) != len(b):
        return False
    dialect = session.get_bind().dialect

    def sent(statement: AnySelect) -> tuple[str, dict[str, Any]]:
        compiled = statement.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
        return compiled.string, dict(compiled.construct_params())

    return all(sent(x) == sent(y) for x, y in zip(a, b, strict=True))


class Together(Protocol):
    """A read whose statements can go out with other reads' (app.queries.record_history's
    HistoryRead, a list's page), and what makes its answer of their rows."""

    @property
    def statements(self) -> Sequence[AnySelect]: ...

    def answer(self, session: Session, found: Sequence[list[AnyRow]]) -> Any:
        """The answer, of the rows of `statements` (in their order)."""
        ...


@dataclass(frozen=True)
class Apart:
    """A read that cannot go out with others (an ORM read): it runs after them."""

    read: Callable[[Session], Any]
    statements: Sequence[AnySelect] = ()

    def answer(self, session: Session, found: Sequence[list[AnyRow]]) -> Any:
        return self.read(session)


@dataclass(frozen=True)
class OneRow:
    """A record's row read by its statement: the answer made of the row, or NotFoundError
    (`entity`, `key`) when there is none."""

    statement: AnySelect
    make: Callable[[AnyRow], Any]
    entity: str
    key: int

    @property
    def statements(self) -> Sequence[AnySelect]:
        return (self.statement,)

    def answer(self, session: Session, found: Sequence[list[AnyRow]]) -> Any:
        (rows,) = found
        if not rows:
            raise NotFoundError(self.entity, self.key)
        return self.make(rows[0])


def read_and_commit(session: Session, reads: Sequence[Together]) -> list[Any]:
    """The last step of a write transaction: what each of `reads` answers, read after the
    transaction's writes, and the transaction committed. On PostgreSQL the writes still
    queued (models.round_trips), every read's statements and the COMMIT go out in one
    flight: a save that shows what it saved (the record, its history, the list's page)
    waits once after its locked read, where reading afterwards waited once more.

    Nothing may be written after it: on PostgreSQL the transaction is over (the block's
    own COMMIT then has nothing to send). An Apart read, or an answer that reads more,
    reads after the COMMIT. An answer that raises is answered by its exception (the
    writes stand: the caller reads that part again). A COMMIT that fails (a queued
    check, a refused write) raises here as it would from the block's end, and nothing is
    kept. On SQLite (a local file) the statements run one after another and the block's
    end commits."""
    statements = [statement for read in reads for statement in read.statements]
    connection = session.connection()
    if session.autoflush:
        session.flush()
    if connection.dialect.name == "postgresql":
        rows = _pipelined(connection, statements, commit=True)
    else:
        rows = [list(session.execute(statement).all()) for statement in statements]
    answers: list[Any] = []
    first = 0
    for read in reads:
        count = len(read.statements)
        try:
            answers.append(read.answer(session, rows[first : first + count]))
        except Exception as exc:  # the writes stand: the caller reads that part again
            answers.append(exc)
        first += count
    return answers


def _pipelined(
    connection: Connection, statements: Sequence[AnySelect], *, commit: bool = False
) -> list[list[AnyRow]]:
    dialect = connection.dialect
    sent: list[tuple[str, dict[str, Any], list[Any]]] = []
    for statement in statements:
        compiled = statement.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
        params = compiled.construct_params()
        binds = compiled._bind_processors
        params = {
            key: binds[key](value) if key in binds else value  # type: ignore[operator]
            for key, value in params.items()
        }
        sent.append((compiled.string, params, list(compiled._result_columns)))
    raw: Any = connection.connection.driver_connection
    events = connection._has_events or connection.engine._has_events
    cursors: list[Any] = []
    current: tuple[str | None, Any] = (None, None)  # the statement sent last
    try:
        # the transaction's BEGIN and what it queued unsent go first (models.round_trips)
        with pipeline(connection, raw):
            for sql, params, _columns in sent:
                cursor = raw.cursor()
                cursors.append(cursor)
                current = (sql, params)
                if events:
                    connection.dispatch.before_cursor_execute(
                        connection, cursor, sql, params, None, False
                    )
                cursor.execute(sql, params)
            if commit:
                cursors.append(raw.execute("COMMIT"))
        # the pipeline is synced on leaving the block: every result has come
        fetched = [(cursor.fetchall(), cursor.description) for cursor in cursors[: len(sent)]]
    except dialect.loaded_dbapi.Error as exc:
        connection._handle_dbapi_exception(exc, current[0], current[1], None, None)
    finally:
        for cursor in cursors:
            cursor.close()
    if events:
        for cursor, (sql, params, _columns) in zip(cursors[: len(sent)], sent, strict=True):
            connection.dispatch.after_cursor_execute(connection, cursor, sql, params, None, False)
    results: list[list[AnyRow]] = []
    for (rows, description), (_sql, _params, columns) in zip(fetched, sent, strict=True):
        keys = [column.keyname for column in columns]
        processors = [
            column.type._cached_result_processor(dialect, described.type_code)
            for column, described in zip(columns, description, strict=True)
        ]
        made = [
            tuple(
                value if process is None else process(value)
                for value, process in zip(row, processors, strict=True)
            )
            for row in rows
        ]
        results.append(list(IteratorResult(SimpleResultMetaData(keys), iter(made)).all()))
    return results
