"""Many rows into one table, as tuples, the fastest way the backend allows.

On SQLite the rows go straight to the driver's executemany, each value converted by
its column's own SQLAlchemy type once per distinct value: SQLAlchemy's executemany
builds a dict per row and runs every converter on every row, which was half of a
100,000-row import's commit. On other backends SQLAlchemy Core's executemany (psycopg
batches it). Either way the statement runs in the session's transaction, and a driver
error comes out as SQLAlchemy's exception (IntegrityError...) as it would from Core.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

MEMO_LIMIT = 10_000
"""Converted values remembered per column (timestamps, enums, flags repeat)."""


class TableWriter:
    """Inserts rows of `columns` (tuples in that order) into `table`."""

    def __init__(self, session: Session, table: Table, columns: Sequence[str]) -> None:
        self.session = session
        self.table = table
        self.columns = tuple(columns)
        defaulted = {c.name for c in table.c if c.default is not None or c.onupdate is not None}
        if missing := sorted(defaulted - {"id", *self.columns}):
            # Core would fill them in; the driver would not: give them, the same either way.
            raise ValueError(f"{table.name}: give a value for {', '.join(missing)}")
        connection = session.connection()
        dialect = connection.dialect
        self.raw = dialect.name == "sqlite"
        self._convert: list[tuple[int, bool, Callable[[Any], Any], dict[Any, Any]]] = []
        if self.raw:
            self._with_id = "id" in table.c
            names = ("id", *self.columns) if self._with_id else self.columns
            for i, name in enumerate(names):
                column_type = table.c[name].type
                processor = column_type.dialect_impl(dialect).bind_processor(dialect)
                if processor is not None:
                    # JSON stores None as 'null', as Core does; other types keep NULL.
                    evaluate_none = bool(column_type.should_evaluate_none)
                    self._convert.append((i, evaluate_none, processor, {}))
            preparer = dialect.identifier_preparer
            quoted = ", ".join(preparer.quote(c) for c in names)
            marks = ", ".join("?" * len(names))
            self._sql = f"INSERT INTO {preparer.format_table(table)} ({quoted}) VALUES ({marks})"

    def insert(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert the rows (ids given by the database)."""
        if rows:
            self._insert(None, rows)

    def insert_with_ids(self, rows: Sequence[tuple[Any, ...]]) -> list[int]:
        """Insert the rows and return their ids, in the order of `rows`."""
        if not rows:
            return []
        if not self.raw:
            statement = insert(self.table).returning(self.table.c.id, sort_by_parameter_order=True)
            return list(self.session.execute(statement, self._dicts(rows)).scalars())
        first = self._first_free_id()
        self._insert(first, rows)
        return list(range(first, first + len(rows)))

    def _insert(self, first_id: int | None, rows: Sequence[tuple[Any, ...]]) -> None:
        if not self.raw:
            self.session.execute(insert(self.table), self._dicts(rows))
            return
        values: list[tuple[Any, ...]]
        if not self._with_id:
            values = list(rows)
        elif first_id is None:
            values = [(None, *row) for row in rows]
        else:
            values = [(row_id, *row) for row_id, row in enumerate(rows, first_id)]
        if self._convert:
            values = [self._converted(row) for row in values]
        cursor = self._driver().cursor()
        try:
            cursor.executemany(self._sql, values)
        except sqlite3.Error as exc:
            raise DBAPIError.instance(self._sql, None, exc, sqlite3.Error) from exc
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

    def _first_free_id(self) -> int:
        """SQLite gives a new row the largest id + 1: so do we, our write lock held first
        (a no-op UPDATE takes it), so that no other writer can take these ids meanwhile."""
        name = self.session.get_bind().dialect.identifier_preparer.format_table(self.table)
        cursor = self._driver().cursor()
        try:
            cursor.execute(f"UPDATE {name} SET id = id WHERE 0")
            (largest,) = cursor.execute(f"SELECT max(id) FROM {name}").fetchone()
        except sqlite3.Error as exc:
            raise DBAPIError.instance("UPDATE/SELECT max(id)", None, exc, sqlite3.Error) from exc
        finally:
            cursor.close()
        return (largest or 0) + 1

    def _driver(self) -> Any:
        return self.session.connection().connection.driver_connection

    def _dicts(self, rows: Sequence[tuple[Any, ...]]) -> list[dict[str, Any]]:
        columns = self.columns
        return [dict(zip(columns, row, strict=True)) for row in rows]
