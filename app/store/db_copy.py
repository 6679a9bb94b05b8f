"""Copy a whole Supplier Desk database to another one (SQLite -> PostgreSQL and back).

Every table is copied with its ids, parents before children, in chunks (no table is held
in memory), inside one transaction on the target: the copy is whole or nothing. Both
databases are first brought to this program's schema. Afterwards the PostgreSQL id
sequences are moved past the largest id copied, the SQLite search index is filled, and
the row counts of both sides are compared.

Merge rule (`merge=True`, for a target that already holds data): a row is inserted only
when its id is free in the target. A row whose id is taken by an identical row is
"already there"; by a different row it "clashes" and is skipped, and so is every row
that refers to a clashing row (a contact must not end up under someone else's
supplier). A row whose id is free but whose unique values (a supplier's country and tax
id, a product name) are taken is skipped the same way. Skipped rows are counted and the
first ids of each table named in the report; nothing is renumbered.

A value past its column's limits (a 100,000-character website or a price of 10^32 that
SQLite kept from before the app checked limits) stops the copy before it is written,
naming the table, the row's id, the column and the limit; the target is left as it was.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    LargeBinary,
    MetaData,
    Table,
    func,
    inspect,
    select,
    text,
    tuple_,
)
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from app.errors import ServiceError
from app.rules.validation import Limit
from app.store.database import Database, DatabaseError, open_database
from models import Base
from models.audit import keep_stamps
from models.engine import normalise_url, sqlite_path
from models.search_index import FTS_TABLE, deferred_indexing

CHUNK = 1000
"""Rows read and written at a time."""

BINARY_CHUNK = 4
"""Rows at a time of a table holding files (stored_files: up to the size limit each, 25 MB
by default): a chunk of 1000 of those would hold gigabytes in memory."""

_NOT_COPIED = {"alembic_version", "sqlite_sequence", "sqlite_stat1"}
"""Tables that describe the database rather than hold its data."""


class CopyError(ServiceError):
    """The copy cannot be made or did not come out whole; the message says why."""


@dataclass
class TableResult:
    name: str
    source_rows: int = 0
    copied: int = 0
    already_there: int = 0
    skipped: int = 0
    skipped_ids: list[Any] = field(default_factory=list)
    target_before: int = 0
    target_rows: int = 0
    """Rows in the target after the copy (counted again once it is committed)."""
    new_ids: list[Any] = field(default_factory=list, repr=False)
    """Ids inserted, kept for the suppliers only (the SQLite search index needs them)."""


@dataclass
class CopyResult:
    source: str
    target: str
    merge: bool
    tables: list[TableResult]

    @property
    def copied(self) -> int:
        return sum(t.copied for t in self.tables)

    @property
    def skipped(self) -> int:
        return sum(t.skipped for t in self.tables)


Progress = Callable[[str], None]


def copy_database(
    source_url: str,
    target_url: str,
    *,
    merge: bool = False,
    progress: Progress | None = None,
    chunk: int = CHUNK,
) -> CopyResult:
    """Copy every table of `source_url` into `target_url` (see the module's docstring)."""
    say = progress or (lambda _line: None)
    _check_urls(source_url, target_url)
    with ExitStack() as stack:
        source = _open(source_url, "source")
        stack.callback(source.dispose)
        target = _open(target_url, "target")
        stack.callback(target.dispose)
        tables = copy_plan(source, target)
        if not merge:
            _refuse_non_empty(target, tables)
        results = [TableResult(table.name) for table in tables]
        try:
            with _snapshot(source) as reading, target.engine.begin() as writing:
                keep_stamps(writing)  # a copy keeps who made each row, not the copier's login
                with deferred_indexing(writing) as new_supplier_ids:
                    clashing: dict[str, set[Any]] = {}
                    for table, result in zip(tables, results, strict=True):
                        _copy_table(reading, writing, table, result, merge, clashing, chunk, say)
                        new_supplier_ids.extend(result.new_ids)
                if writing.dialect.name == "postgresql":
                    _reset_sequences(writing, tables)
        except IntegrityError as exc:
            raise CopyError(
                f"the copy into {target.display_name} was refused by the database "
                f"({_first_line(exc)}); nothing was copied"
            ) from None
        except SQLAlchemyError as exc:
            raise CopyError(
                f"the copy into {target.display_name} failed ({_first_line(exc)}); "
                "nothing was copied"
            ) from None
        _verify(source, target, tables, results, merge)
        return CopyResult(source.display_name, target.display_name, merge, results)
    raise AssertionError("unreachable")  # pragma: no cover - ExitStack does not swallow


def copy_plan(source: Database, target: Database) -> list[Table]:
    """The tables to copy, parents first: the program's own tables, then any other table
    both databases hold (a table a later schema added), as the source describes it."""
    source_names = set(inspect(source.engine).get_table_names())
    target_names = set(inspect(target.engine).get_table_names())
    tables = [t for t in Base.metadata.sorted_tables if t.name in source_names & target_names]
    known = {t.name for t in tables} | set(Base.metadata.tables)
    extra = sorted(
        name
        for name in source_names & target_names
        if name not in known and name not in _NOT_COPIED and not name.startswith(FTS_TABLE)
    )
    if extra:
        reflected = MetaData()
        reflected.reflect(source.engine, only=extra)
        tables.extend(t for t in reflected.sorted_tables if t.name in extra)
    return tables


def count_rows(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


# --- steps -----------------------------------------------------------------------------------


def _check_urls(source_url: str, target_url: str) -> None:
    try:
        source, target = normalise_url(source_url), normalise_url(target_url)
    except ValueError as exc:
        raise CopyError(str(exc)) from None
    if source.render_as_string(hide_password=False) == target.render_as_string(hide_password=False):
        raise CopyError("--from and --to name the same database")
    path = sqlite_path(source)
    if source.get_backend_name() == "sqlite" and path is not None and not path.is_file():
        raise CopyError(f"the source {path} does not exist")


def _open(url: str, role: str) -> Database:
    """The source must exist; the target is made when it does not (`db copy --to` is one
    of the actions that may create a database)."""
    try:
        return open_database(url, daily_backup=False, create=role == "target")
    except DatabaseError as exc:
        raise CopyError(f"{role}: {exc}") from None


def _refuse_non_empty(target: Database, tables: Sequence[Table]) -> None:
    with target.engine.connect() as connection:
        counts = {t.name: count_rows(connection, t) for t in tables}
    suppliers = counts.get("suppliers", 0)
    if suppliers:
        raise CopyError(f"the target already holds {suppliers} suppliers; use --merge to add to it")
    held = {name: n for name, n in counts.items() if n}
    if held:
        listed = ", ".join(f"{n} {name}" for name, n in held.items())
        raise CopyError(f"the target already holds rows ({listed}); use --merge to add to it")


@contextmanager
def _snapshot(source: Database) -> Iterator[Connection]:
    """One read transaction over the whole copy, so tables copied a minute apart still
    agree with each other if someone is writing to the source meanwhile."""
    with source.engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                yield connection
            return
        with connection.begin():
            connection.exec_driver_sql("BEGIN")  # pysqlite would not start one for reads
            yield connection


def _copy_table(
    reading: Connection,
    writing: Connection,
    table: Table,
    result: TableResult,
    merge: bool,
    clashing: dict[str, set[Any]],
    chunk: int,
    say: Progress,
) -> None:
    key = list(table.primary_key.columns) or list(table.columns)
    references = [
        (fk.parent.name, fk.column.table.name)
        for fk in table.foreign_keys
        if fk.column.table.name != table.name
    ]
    total = count_rows(reading, table)
    result.source_rows = total
    result.target_before = count_rows(writing, table)
    keep_ids = table.name == "suppliers" and writing.dialect.name == "sqlite"
    if any(isinstance(column.type, LargeBinary) for column in table.columns):
        chunk = min(chunk, BINARY_CHUNK)
    query = select(table).order_by(*key)
    stream = reading.execution_options(stream_results=True, yield_per=chunk).execute(query)
    bad: set[Any] = set()
    done = 0
    limits = _limits(table)
    for part in stream.mappings().partitions(chunk):
        rows = [dict(row) for row in part]
        _check_limits(table, key, limits, rows)
        if merge:
            rows = _rows_to_add(writing, table, key, rows, references, clashing, bad, result)
            rows = _insert_merging(writing, table, key, rows, bad, result)
        elif rows:
            writing.execute(table.insert(), rows)
            result.copied += len(rows)
        if keep_ids:
            result.new_ids.extend(row["id"] for row in rows)
        done += len(part)
        if total > chunk * 5 and done < total:
            say(f"  {table.name}: {done:,} of {total:,} rows")
    if len(key) == 1:
        clashing[table.name] = bad
    result.skipped = len(result.skipped_ids) if merge else 0
    say(_progress_line(result, merge))


def _limits(table: Table) -> list[tuple[str, Limit]]:
    """The columns of `table` with a limit (characters, digits, the integer range)."""
    return [
        (column.name, limit)
        for column in table.columns
        if (limit := Limit.of_column(column.type)) is not None
    ]


def _check_limits(
    table: Table,
    key: list[Column[Any]],
    limits: list[tuple[str, Limit]],
    rows: list[dict[str, Any]],
) -> None:
    """Refuse the copy at the first value past its column, naming its row."""
    for row in rows:
        for name, limit in limits:
            value = row[name]
            if value is None:
                continue
            try:
                limit.check(value)
            except ValueError as exc:
                ident = ", ".join(str(row[c.name]) for c in key)
                raise CopyError(
                    f"{table.name} {ident}, {name}: {exc}; nothing was copied "
                    "(correct it in the source and copy again)"
                ) from None


def _rows_to_add(
    writing: Connection,
    table: Table,
    key: list[Column[Any]],
    rows: list[dict[str, Any]],
    references: list[tuple[str, str]],
    clashing: dict[str, set[Any]],
    bad: set[Any],
    result: TableResult,
) -> list[dict[str, Any]]:
    """The rows of this chunk the merge may insert; the others are counted and noted."""
    keys = [_key(row, key) for row in rows]
    present: dict[Any, dict[str, Any]] = {}
    if keys:
        where = (
            key[0].in_([k[0] for k in keys])
            if len(key) == 1
            else tuple_(*key).in_([tuple(k) for k in keys])
        )
        for found in writing.execute(select(table).where(where)).mappings():
            present[_key(dict(found), key)] = dict(found)
    fresh = []
    for row, row_key in zip(rows, keys, strict=True):
        theirs = present.get(row_key)
        refers_to_clash = any(
            row.get(column) is not None and row[column] in clashing.get(parent, ())
            for column, parent in references
        )
        if theirs is not None and not refers_to_clash and _same(theirs, row):
            result.already_there += 1
        elif theirs is not None or refers_to_clash:
            _skip(row_key, bad, result)
        else:
            fresh.append(row)
    return fresh


def _insert_merging(
    writing: Connection,
    table: Table,
    key: list[Column[Any]],
    rows: list[dict[str, Any]],
    bad: set[Any],
    result: TableResult,
) -> list[dict[str, Any]]:
    """Insert the chunk; when a unique value is taken, row by row, skipping the refused.
    Returns the rows inserted."""
    if not rows:
        return rows
    try:
        with writing.begin_nested():
            writing.execute(table.insert(), rows)
        result.copied += len(rows)
        return rows
    except IntegrityError:
        pass
    inserted = []
    for row in rows:
        try:
            with writing.begin_nested():
                writing.execute(table.insert(), [row])
            result.copied += 1
            inserted.append(row)
        except IntegrityError:
            _skip(_key(row, key), bad, result)
    return inserted


def _skip(row_key: tuple[Any, ...], bad: set[Any], result: TableResult) -> None:
    bad.add(row_key[0] if len(row_key) == 1 else row_key)
    result.skipped_ids.append(row_key[0] if len(row_key) == 1 else row_key)


def _key(row: dict[str, Any], key: list[Column[Any]]) -> tuple[Any, ...]:
    return tuple(row[c.name] for c in key)


def _same(theirs: dict[str, Any], ours: dict[str, Any]) -> bool:
    return all(_comparable(theirs.get(k)) == _comparable(v) for k, v in ours.items())


def _comparable(value: Any) -> Any:
    if isinstance(value, decimal.Decimal | float):
        return decimal.Decimal(str(value)).normalize()
    return value


def _reset_sequences(writing: Connection, tables: Sequence[Table]) -> None:
    """Move every id sequence past the largest id now in its table, so the next row added
    through the app does not collide with a copied one."""
    for table in tables:
        for column in table.primary_key.columns:
            sequence = writing.execute(
                text("SELECT pg_get_serial_sequence(:table, :column)"),
                {"table": table.name, "column": column.name},
            ).scalar()
            if sequence is None:
                continue
            writing.execute(
                text(
                    f'SELECT setval(:sequence, COALESCE(MAX("{column.name}"), 1), '
                    f'MAX("{column.name}") IS NOT NULL) FROM "{table.name}"'
                ),
                {"sequence": sequence},
            )


def _verify(
    source: Database,
    target: Database,
    tables: Sequence[Table],
    results: Sequence[TableResult],
    merge: bool,
) -> None:
    with target.engine.connect() as connection:
        for table, result in zip(tables, results, strict=True):
            result.target_rows = count_rows(connection, table)
    wrong = [
        r
        for r in results
        if r.target_rows != r.target_before + r.copied or (not merge and r.copied != r.source_rows)
    ]
    if wrong:
        listed = ", ".join(
            f"{r.name} (source {r.source_rows}, target {r.target_rows})" for r in wrong
        )
        raise CopyError(f"the copy in {target.display_name} does not add up: {listed}")


def _progress_line(result: TableResult, merge: bool) -> str:
    line = f"{result.name}: {result.copied:,} rows copied"
    if merge:
        line += f", {result.already_there:,} already there, {result.skipped:,} skipped"
        if result.skipped_ids:
            shown = ", ".join(map(str, result.skipped_ids[:5]))
            more = "…" if len(result.skipped_ids) > 5 else ""
            line += f" (ids {shown}{more})"
    return line


def _first_line(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    message = str(orig if orig is not None else exc).strip()
    return message.splitlines()[0] if message else exc.__class__.__name__
