"""Where an import keeps what grows with its rows: a temporary SQLite file.

A 1,000,000-row CSV held as Python lists (the sheet as read, then a RowPlan per row)
peaked at 1.5 GB (about 1.5 KB a row). Here the rows as read are written a page at a
time as they are parsed (SpooledRows), and each row's plan as it is made (PlanStore,
app.importing.plan_store): what stays in Python is a few pages of each, so memory does
not grow with the rows (the matcher's keys aside, see app.importing.memory_guard).

The file is made beside the database when it is a SQLite file (the user's data folder:
the system's temporary folder may be a RAM disk, which would hold the rows in memory
again), else in the system's temporary folder. It is removed when closed, when its
owner is collected, and at exit; nothing in it outlives the import.
"""

from __future__ import annotations

import marshal
import os
import sqlite3
import tempfile
import threading
import weakref
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any, overload

from app.importing.source import CellValue

PREFIX = "supplier-desk-import-"


def spool_folder(bind: Any = None) -> Path | None:
    """The folder of the SQLite database `bind` (an Engine, Connection or Session's bind)
    opens, when it is a file; None (the system's temporary folder) otherwise."""
    url = getattr(bind, "url", None) or getattr(getattr(bind, "engine", None), "url", None)
    if url is None or not str(url.drivername).startswith("sqlite"):
        return None
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    folder = Path(database).expanduser().resolve().parent
    return folder if folder.is_dir() and os.access(folder, os.W_OK) else None


class Spool:
    """A temporary SQLite file for one import, removed on close() (or when collected).
    Usable from any thread; its users serialise their own access (one lock each)."""

    def __init__(self, folder: Path | None = None) -> None:
        try:
            descriptor, name = tempfile.mkstemp(prefix=PREFIX, suffix=".sqlite3", dir=folder)
        except OSError:
            if folder is None:
                raise
            descriptor, name = tempfile.mkstemp(prefix=PREFIX, suffix=".sqlite3")
        os.close(descriptor)
        self.path = Path(name)
        self.connection = sqlite3.connect(name, check_same_thread=False, isolation_level=None)
        for pragma in (
            "journal_mode=OFF",  # scratch: nothing to recover after a crash
            "synchronous=OFF",
            "locking_mode=EXCLUSIVE",
            "cache_size=-2048",  # 2 MB of SQLite's page cache, whatever the file's size
            "temp_store=FILE",
        ):
            self.connection.execute(f"PRAGMA {pragma}")
        self.lock = threading.RLock()
        self._finalizer = weakref.finalize(self, _remove, self.connection, self.path)

    @property
    def closed(self) -> bool:
        return not self._finalizer.alive

    def close(self) -> None:
        """Close the connection and delete the file (again: nothing)."""
        self._finalizer()


def _remove(connection: sqlite3.Connection, path: Path) -> None:
    with suppress(sqlite3.Error):
        connection.close()
    for suffix in ("", "-journal", "-wal", "-shm"):
        with suppress(OSError):
            os.remove(f"{path}{suffix}")


ROWS_PAGE = 512
"""Rows as read written (and read back) together: one marshal'd blob each."""
CACHED_PAGES = 4


class _ListLike(Sequence[list[CellValue]]):
    """Equal to a list of the same rows, as the list it stands for was."""

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    def __hash__(self) -> int:
        raise TypeError(f"unhashable type: '{type(self).__name__}'")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self)} rows>"


class SpooledRows(_ListLike):
    """A sheet's rows as read, on disk: rows[i] is the spreadsheet's row i + 1 (a fresh
    list; what is changed in it is not kept). Appended while the file is read, then
    read in order (iteration, slices are views) or by index (a few pages cached).
    Only for rows marshal can write: text and None (a delimited text's)."""

    def __init__(self, folder: Path | None = None) -> None:
        self._spool = Spool(folder)
        self._connection = self._spool.connection
        self._connection.execute("CREATE TABLE pages (page INTEGER PRIMARY KEY, data BLOB)")
        self._count = 0
        self._pending: list[list[CellValue]] = []
        self._cache: OrderedDict[int, list[list[CellValue]]] = OrderedDict()
        self._last: tuple[int, list[list[CellValue]]] = (-1, [])
        self._connection.execute("BEGIN")

    @property
    def path(self) -> Path:
        return self._spool.path

    def append(self, row: list[CellValue]) -> None:
        self._pending.append(row)
        self._count += 1
        if len(self._pending) == ROWS_PAGE:
            self._write()

    def finish(self) -> None:
        """The last page written: the rows can be read."""
        if self._pending:
            self._write()
        with self._spool.lock:
            if self._connection.in_transaction:
                self._connection.execute("COMMIT")

    def close(self) -> None:
        self._cache.clear()
        self._last = (-1, [])
        self._spool.close()

    def _write(self) -> None:
        page = (self._count - 1) // ROWS_PAGE
        self._connection.execute(
            "INSERT INTO pages VALUES (?, ?)", (page, marshal.dumps(self._pending))
        )
        self._pending = []

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> list[CellValue]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[list[CellValue]]: ...
    def __getitem__(self, index: int | slice) -> list[CellValue] | Sequence[list[CellValue]]:
        if isinstance(index, slice):
            return _RowsView(self, range(self._count)[index])
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        page, at = divmod(index, ROWS_PAGE)
        return list(self._page(page)[at])

    def __iter__(self) -> Iterator[list[CellValue]]:
        return self.iter_range(0, self._count)

    def iter_range(self, start: int, stop: int) -> Iterator[list[CellValue]]:
        """Rows start to stop - 1, in order, each read once (not cached)."""
        stop = min(stop, self._count)
        if start >= stop:
            return
        self.finish()
        first, last = start // ROWS_PAGE, (stop - 1) // ROWS_PAGE
        index = first * ROWS_PAGE
        for page in range(first, last + 1):
            cached = self._cache.get(page)
            rows = cached if cached is not None else self._load(page)
            for row in rows:
                if start <= index < stop:
                    yield row if cached is None else list(row)
                index += 1

    def stored_pages(self, start: int, stop: int) -> Iterator[tuple[int, bytes, int, int]]:
        """Rows start to stop - 1 as their pages are stored (marshal'd, for a reader
        elsewhere: app.importing.clean_process): (the index of the first of these rows in
        the page, the page, where in it they start, how many they are)."""
        stop = min(stop, self._count)
        if start >= stop:
            return
        self.finish()
        for page in range(start // ROWS_PAGE, (stop - 1) // ROWS_PAGE + 1):
            first = page * ROWS_PAGE
            lo = max(start - first, 0)
            yield first + lo, self._stored(page), lo, min(stop - first, ROWS_PAGE) - lo

    def _page(self, page: int) -> list[list[CellValue]]:
        if page == self._last[0]:
            return self._last[1]  # a sheet read row after row (the layout's passes)
        rows = self._page_cached(page)
        self._last = (page, rows)
        return rows

    def _page_cached(self, page: int) -> list[list[CellValue]]:
        rows = self._cache.get(page)
        if rows is not None:
            self._cache.move_to_end(page)
            return rows
        self.finish()
        rows = self._load(page)
        self._cache[page] = rows
        if len(self._cache) > CACHED_PAGES:
            self._cache.popitem(last=False)
        return rows

    def _load(self, page: int) -> list[list[CellValue]]:
        if page * ROWS_PAGE >= self._count - len(self._pending) and self._pending:
            return self._pending
        rows: list[list[CellValue]] = marshal.loads(self._stored(page))
        return rows

    def _stored(self, page: int) -> bytes:
        """The page as written (marshal'd)."""
        with self._spool.lock:
            found = self._connection.execute(
                "SELECT data FROM pages WHERE page = ?", (page,)
            ).fetchone()
        if found is None:
            raise IndexError(page * ROWS_PAGE)
        data: bytes = found[0]
        return data


class _RowsView(_ListLike):
    """rows[a:b] of SpooledRows: read when used, never copied whole."""

    def __init__(self, rows: SpooledRows, span: range) -> None:
        self._rows = rows
        self._span = span

    def __len__(self) -> int:
        return len(self._span)

    @overload
    def __getitem__(self, index: int) -> list[CellValue]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[list[CellValue]]: ...
    def __getitem__(self, index: int | slice) -> list[CellValue] | Sequence[list[CellValue]]:
        if isinstance(index, slice):
            return _RowsView(self._rows, self._span[index])
        return self._rows[self._span[index]]

    def __iter__(self) -> Iterator[list[CellValue]]:
        span = self._span
        if span.step == 1:
            return self._rows.iter_range(span.start, span.stop)
        return (self._rows[i] for i in span)
