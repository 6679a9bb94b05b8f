"""Fewer waits on a far PostgreSQL server (issue 18): a write transaction's BEGIN goes out
with its first statement, and a statement whose answer nobody reads (the audit rows of a
flush, the NOTIFY of a change) goes out with the statement after it or with the COMMIT.

Without this, saving a supplier waited six times at 300 ms a round trip: BEGIN, the
supplier's read, its UPDATE, the audit rows' INSERT, the NOTIFY and the COMMIT. With it,
three: BEGIN and the read together, the UPDATE (whose row count tells a stale copy), and
the audit rows, the NOTIFY and the COMMIT together.

Both ride psycopg 3's pipeline mode on the transaction's own connection, inside the
dialect's execute, so SQLAlchemy sees an ordinary statement: its events fire, its rows and
row count are there once the pipeline is synced, and a driver error is handled as any
other (a lost connection invalidated, a refusal wrapped). A statement marked
`execution_options(answer_not_awaited=True)` is queued on its connection instead of sent;
the queue goes out ahead of the connection's next statement (so a read in the same
transaction sees those rows) or with its COMMIT, and is dropped on ROLLBACK. SQLite (a
local file) and other drivers run everything as they always did.

A version-checked UPDATE of a row the transaction holds (read FOR UPDATE at that
version, noted with row_held) is queued too, its row count known beforehand (1: no one
else can change or delete a locked row): saving a form waits twice, the locked read
with its BEGIN, then the UPDATE, the audit rows, the NOTIFY and the COMMIT. A check
queued after that UPDATE fails on the server (division by zero) if it matched no row,
so that the COMMIT after it cannot keep a write whose UPDATE was lost (see _check).

Statements without parameters (migrations' DDL, which may hold several statements in one
string, which pipeline mode refuses) and server-side cursors are sent as before, after
any queued statements.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.sql.dml import Update
from sqlalchemy.sql.elements import TextClause

ANSWER_NOT_AWAITED = "answer_not_awaited"
"""Execution option: the statement's rows and row count are not read, so on PostgreSQL it
waits to go out with its connection's next statement or COMMIT (one flight for all)."""

_QUEUE = "supplier_desk_queued_statements"
"""Key in a pooled connection's info: [(sql, parameters, executemany)] not yet sent."""

_HELD = "supplier_desk_held_rows"
"""Key in a pooled connection's info: {(table, id): version} of the rows its transaction
holds locked (row_held), until its COMMIT or ROLLBACK."""

Queued = tuple[str, Any, bool]


def install(engine: Engine) -> None:
    """Pipeline the BEGIN and the unawaited statements of `engine` (psycopg only)."""
    if engine.dialect.driver != "psycopg" or getattr(engine, "_supplier_desk_pipelined", False):
        return
    engine._supplier_desk_pipelined = True  # type: ignore[attr-defined]
    dialect = engine.dialect

    def do_execute(cursor: Any, statement: str, parameters: Any, context: Any) -> bool:
        return _run(cursor, statement, parameters, context, many=False)

    def do_executemany(cursor: Any, statement: str, parameters: Any, context: Any) -> bool:
        return _run(cursor, statement, parameters, context, many=True)

    def do_execute_no_params(cursor: Any, statement: str, context: Any) -> bool:
        info = context.root_connection.info
        _before_plain(cursor.connection, info, statement)
        return False  # sent as before: it may hold several statements

    event.listen(engine, "do_execute", do_execute)
    event.listen(engine, "do_executemany", do_executemany)
    event.listen(engine, "do_execute_no_params", do_execute_no_params)
    patched: Any = dialect  # the dialect's own commit and rollback, wrapped
    patched.do_commit = _commit_with_queue(dialect.do_commit)
    patched.do_rollback = _rollback_dropping_queue(dialect.do_rollback)


@contextmanager
def pipeline(connection: Connection, raw: Any) -> Iterator[None]:
    """`raw`'s pipeline (the driver connection of `connection`) for a caller sending
    statements of its own (app.queries.batched): the transaction's BEGIN, if it has not
    begun, and what was queued go first, all in the caller's one flight."""
    if not _pipelined(connection):
        with raw.pipeline():
            yield
        return
    with _flight(raw, _queue(connection.info), begins=_begins(raw)):
        yield


def row_held(connection: Connection, table: str, key: int, version: int) -> None:
    """Note that `connection`'s transaction holds row `key` of `table` locked (read with
    SELECT ... FOR UPDATE) at `version`: the ORM's UPDATE of it that checks that version
    is then queued (PostgreSQL only; forgotten at the transaction's end)."""
    if _pipelined(connection):
        connection.info.setdefault(_HELD, {})[(table, key)] = version


def send_queued(connection: Connection) -> None:
    """The queued statements sent now: before work on the driver connection that goes
    around SQLAlchemy (a COPY), so that what was written before it is there before it."""
    queue = _queue(connection.info) if _pipelined(connection) else []
    if queue:
        _send(connection.connection.driver_connection, queue)


def _pipelined(connection: Connection) -> bool:
    return bool(getattr(connection.engine, "_supplier_desk_pipelined", False))


def _info_of(dbapi_connection: Any) -> Any:
    """The info of a pooled connection (None for the dialect's first connection, whose
    ad hoc proxy has none)."""
    try:
        return dbapi_connection.info
    except NotImplementedError:
        return None


def _queue(info: Any) -> list[Queued]:
    if not isinstance(info, dict):
        return []
    queue: list[Queued] = info.setdefault(_QUEUE, [])
    return queue


def _run(cursor: Any, statement: str, parameters: Any, context: Any, *, many: bool) -> bool:
    """True when sent here (queued, or pipelined with the BEGIN or the queue)."""
    info = context.root_connection.info
    queue = _queue(info)
    if context.execution_options.get(ANSWER_NOT_AWAITED) and not _returns(context):
        queue.append((statement, parameters, many))
        return True
    held = None if many else _held_update(info, context, parameters)
    if held is not None:
        table, key, version = held
        check = {"id": key, "version": version, "updated_at": parameters.get("updated_at")}
        queue.append((statement, parameters, False))
        queue.append((_check(table, parameters), check, False))
        context._rowcount = 1  # the row is held: the UPDATE matches it
        return True
    raw = cursor.connection
    plain = not (parameters or _one_statement(context)) or getattr(cursor, "name", None)
    if plain or _rolls_back(statement):
        # Text without parameters may be several statements in one string (which only
        # the simple protocol takes, never a pipeline); a server-side cursor has none;
        # a ROLLBACK TO SAVEPOINT drops the queue rather than send it.
        _before_plain(raw, info, statement)
        return False
    begins = _begins(raw)
    if not queue and not begins:
        return False
    with _flight(raw, queue, begins=begins):
        (cursor.executemany if many else cursor.execute)(statement, parameters)
    return True


def _check(table: str, parameters: dict[str, Any]) -> str:
    """After a held row's queued UPDATE: an error (so no COMMIT) unless the row is there
    as the UPDATE left it, at its new version and, where it has one, its new updated_at
    (to the microsecond: another session's write of the row would differ)."""
    stamp = " AND updated_at = %(updated_at)s" if "updated_at" in parameters else ""
    return f"SELECT 1 / count(*) FROM {table} WHERE id = %(id)s AND version = %(version)s{stamp}"


def _held_update(info: Any, context: Any, parameters: Any) -> tuple[str, int, int] | None:
    """(table, id, new version) when the statement is the ORM's version-checked UPDATE
    of a row the transaction holds at that version; the row is then held at the new one."""
    held = info.get(_HELD) if isinstance(info, dict) else None
    if not held or not isinstance(parameters, dict) or _returns(context):
        return None
    update = getattr(getattr(context, "compiled", None), "statement", None)
    if not isinstance(update, Update):
        return None
    table = str(getattr(update.table, "name", ""))
    row = parameters.get(f"{table}_id")
    version = parameters.get("version")
    if not isinstance(row, int) or not isinstance(version, int):
        return None
    if held.get((table, row)) != parameters.get(f"{table}_version", object()):
        return None
    held[(table, row)] = version
    return table, row, version


def _begins(raw: Any) -> bool:
    """Whether the connection's next statement begins a transaction that the BEGIN can
    go with (see _flight)."""
    return (
        not raw.autocommit
        and raw.info.transaction_status == _idle()
        and hasattr(raw, "_autocommit")
    )


@contextmanager
def _flight(raw: Any, queue: list[Queued], *, begins: bool = False) -> Iterator[None]:
    """One pipeline: the BEGIN (`begins`), the queue, then the block's statements; one
    flight, synced on leaving it (every cursor has its answer then, or the first error
    is raised). The queue is emptied whatever happens: on an error the transaction is
    over anyway.

    psycopg's own BEGIN in a pipeline is synced at once (a wait of its own), so the
    BEGIN is sent here as a statement, the connection in autocommit meanwhile (it sends
    none of its own); after it the connection is back out of autocommit, in the
    transaction it began. The public setter refuses that inside a transaction: psycopg's
    attribute is set (tests/models/test_round_trips.py fails if a release changes it)."""
    cursors: list[Any] = []
    if begins:
        raw.autocommit = True
    try:
        with raw.pipeline():
            if begins:
                cursors.append(raw.execute(_begin_statement(raw)))
            cursors += _put(raw, queue)
            yield
    finally:
        if begins:
            raw._autocommit = False
        queue.clear()
        for cursor in cursors:
            cursor.close()


def _begin_statement(raw: Any) -> str:
    """BEGIN with the connection's isolation level and access mode, as psycopg says it."""
    parts = ["BEGIN"]
    if raw.isolation_level is not None:
        parts.append("ISOLATION LEVEL " + raw.isolation_level.name.replace("_", " "))
    if raw.read_only is not None:
        parts.append("READ ONLY" if raw.read_only else "READ WRITE")
    if raw.deferrable is not None:
        parts.append("DEFERRABLE" if raw.deferrable else "NOT DEFERRABLE")
    return " ".join(parts)


def _before_plain(raw: Any, info: Any, statement: str) -> None:
    """Before a statement sent as before: the queue goes out first, unless the statement
    is a ROLLBACK TO SAVEPOINT, which undoes them (everything queued came after the
    savepoint: the SAVEPOINT statement itself sent the queue ahead of it), and lets go
    of the locks taken after the savepoint (the held rows are all forgotten)."""
    queue = _queue(info)
    if _rolls_back(statement):
        queue.clear()
        _forget_held(info)
    elif queue:
        _send(raw, queue)


def _forget_held(info: Any) -> None:
    if isinstance(info, dict):
        info.pop(_HELD, None)


def _rolls_back(statement: str) -> bool:
    return statement.lstrip()[:8].upper() == "ROLLBACK"


def _one_statement(context: Any) -> bool:
    """Whether SQLAlchemy compiled it from a construct (one statement), not text."""
    compiled = getattr(context, "compiled", None)
    return compiled is not None and not isinstance(getattr(compiled, "statement", None), TextClause)


def _returns(context: Any) -> bool:
    """Whether SQLAlchemy reads rows back (a RETURNING, implicit or asked for)."""
    compiled = getattr(context, "compiled", None)
    return bool(
        getattr(context, "_is_implicit_returning", False)
        or getattr(context, "_is_explicit_returning", False)
        or (compiled is not None and getattr(compiled, "effective_returning", None))
    )


def _send(raw: Any, queue: list[Queued]) -> None:
    """The queue, in one flight."""
    with _flight(raw, queue):
        pass


def _put(raw: Any, queue: list[Queued]) -> list[Any]:
    """The queue's statements sent into `raw`'s open pipeline (not synced); their cursors."""
    cursors = []
    for sql, parameters, many in queue:
        cursor = raw.cursor()
        cursors.append(cursor)
        (cursor.executemany if many else cursor.execute)(sql, parameters)
    return cursors


def _commit_with_queue(commit: Callable[[Any], None]) -> Callable[[Any], None]:
    def do_commit(dbapi_connection: Any) -> None:
        info = _info_of(dbapi_connection)
        _forget_held(info)
        queue = _queue(info)
        if not queue:
            commit(dbapi_connection)
            return
        raw = dbapi_connection.driver_connection
        with _flight(raw, queue, begins=_begins(raw)):
            raw.execute("COMMIT")

    return do_commit


def _rollback_dropping_queue(rollback: Callable[[Any], None]) -> Callable[[Any], None]:
    def do_rollback(dbapi_connection: Any) -> None:
        info = _info_of(dbapi_connection)
        _forget_held(info)
        _queue(info).clear()
        rollback(dbapi_connection)

    return do_rollback


@cache
def _idle() -> Any:
    """psycopg's IDLE (imported once, when a PostgreSQL connection is first used)."""
    from psycopg.pq import TransactionStatus

    return TransactionStatus.IDLE
