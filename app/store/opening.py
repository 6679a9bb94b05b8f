"""The opening statement of a server database sent with the first reads (issue 18 point 2).

Opening a database on PostgreSQL asks one statement: its tables, its schema revision and
the login (app.store.database). A command that only reads need not wait for that answer
before it asks its own questions: a Riding opening goes out in the same flight as the
first statement the engine sends, and its answer is checked before that statement's
rows reach the caller. Across an ocean that is one round trip less per command.

- A statement SQLAlchemy executes itself (an ORM query, session.execute): the engine's
  `do_execute` sends the opening and the statement in one psycopg pipeline, and reads
  both answers after one wait.
- Statements already in a pipeline (app.queries.batched.fetch_together): the opening is
  queued ahead of the first of them, in the same pipeline.

The opening fires the engine's before/after_cursor_execute events as any statement does
(so counting statements stays honest). Its answer goes to `answered(row)` (which may
raise: a database that is not ours, one that was upgraded just now) before anything of
the statement is returned. If the flight fails (the opening itself failed, the
connection was lost), nothing is answered: the owner (app.store.database.Database.read)
settles the opening the ordinary way.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Engine, event


class RidingOpening:
    """`sql` with `parameters` (in the driver's own form), sent with the first statement
    `engine` sends; `answered(row)` is told its one row (a tuple) once it has come."""

    def __init__(
        self,
        engine: Engine,
        sql: str,
        parameters: Mapping[str, Any],
        answered: Callable[[tuple[Any, ...]], None],
    ) -> None:
        self.sql = sql
        self.parameters = dict(parameters)
        self.answered = answered
        self.pending = True
        """Not answered yet (nor settled another way: see settled())."""
        self._queued: Any = None
        """The driver's cursor of the opening, queued in a pipeline, not read yet."""
        event.listen(engine, "do_execute", self._do_execute)
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def settled(self) -> None:
        """The opening was answered another way: nothing rides from now on."""
        self.pending = False
        self._drop_queued()

    # --- the engine's events ----------------------------------------------------------

    def _do_execute(self, cursor: Any, statement: str, parameters: Any, context: Any) -> bool:
        """A statement SQLAlchemy sends itself: with the opening, in one pipeline."""
        if not self.pending or self._queued is not None or _in_pipeline(cursor.connection):
            return False  # SQLAlchemy executes it as usual
        raw = cursor.connection
        opening = raw.cursor()
        connection = getattr(context, "root_connection", None)
        self._told("before_cursor_execute", connection, opening)
        try:
            failed: BaseException | None = None
            with raw.pipeline():
                try:
                    opening.execute(self.sql, self.parameters)
                    cursor.execute(statement, parameters)
                except raw.Error as exc:  # an error came back early: raised once synced
                    failed = exc
            if failed is not None:
                raise failed
            # the pipeline was synced on leaving the block: both answers are here
            row = opening.fetchone()
        finally:
            opening.close()
        self._told("after_cursor_execute", connection, opening)
        self._answer(row)
        return True

    def _before(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        """A statement of a pipeline (fetch_together): the opening is queued ahead of it."""
        if not self.pending or self._queued is not None:
            return
        raw = cursor.connection
        if not _in_pipeline(raw):
            return  # do_execute sends it
        self._queued = raw.cursor()  # set first: the events told next come here too
        self._told("before_cursor_execute", conn, self._queued)
        self._queued.execute(self.sql, self.parameters)

    def _after(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        """The pipeline has been synced (fetch_together tells after every answer came)."""
        queued = self._queued
        if queued is None or not self.pending:
            return
        self._queued = None  # first: the events told next come here too
        try:
            row = queued.fetchone()
        finally:
            queued.close()
        self._told("after_cursor_execute", conn, queued)
        self._answer(row)

    def _told(self, event_name: str, connection: Any, cursor: Any) -> None:
        """The opening's own cursor event, as any statement's (counting stays honest)."""
        if connection is not None:
            getattr(connection.dispatch, event_name)(
                connection, cursor, self.sql, self.parameters, None, False
            )

    def _answer(self, row: Any) -> None:
        self.pending = False
        self.answered(tuple(row))

    def _drop_queued(self) -> None:
        queued, self._queued = self._queued, None
        if queued is not None:
            with contextlib.suppress(Exception):  # a broken connection: nothing to close
                queued.close()


def _in_pipeline(raw: Any) -> bool:
    """Whether psycopg's connection `raw` is in pipeline mode now."""
    pgconn = getattr(raw, "pgconn", None)
    return pgconn is not None and bool(pgconn.pipeline_status)
