"""The preview's rows outside Python memory: a temporary SQLite file in the user's temp
folder, never the user's database (issue 18 point 5).

A 1,000,000-row preview held as RowPlan objects took about 1 KB a row. Here each plan is
one pickled tuple in a `plans` table, written in batches as the planner makes them and
read back a page at a time; its problems and warnings go to tables of their own, so the
wizard's problem lists and the summary's counts are SQL. The user's choices (a possible
duplicate's decision, a conflict's "use the file's value") are columns of their own,
written through as they are made (StoredRowPlan).

The file is deleted by RowStore.close(): when the preview is closed, after its import,
when building it fails or is cancelled, and at the latest when the Preview is garbage
collected or Python exits.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sqlite3
import tempfile
import threading
import weakref
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any, overload

from app.importing.plan import Decision, RowPlan, RowProblem, RowStatus
from app.importing.supplier_extras import has_extras

PAGE = 500
"""Plans read back at a time (the wizard's table shows a few dozen)."""
BATCH = 2000
"""Plans written (and streamed back by iteration) at a time."""
KEPT = 2 * PAGE
"""Decoded plans kept, most recently used: a page up and down without decoding again."""

_FIELDS = (
    "sheet",
    "row",
    "status",
    "values",
    "raw",
    "problems",
    "warnings",
    "match",
    "supplier_id",
    "seen_version",
    "merged_into",
    "fills",
    "conflicts",
    "take_new",
    "contact_id",
    "new_contact",
    "new_products",
    "decision",
)
_SCHEMA = """
CREATE TABLE plans (
    i INTEGER PRIMARY KEY,
    sheet TEXT NOT NULL,
    row INTEGER NOT NULL,
    status TEXT NOT NULL,
    decision TEXT NOT NULL,
    take_new BLOB,
    supplier_id INTEGER,
    merged_into INTEGER,
    warned INTEGER NOT NULL,
    extras INTEGER NOT NULL,
    created_id INTEGER,
    data BLOB NOT NULL
);
CREATE TABLE problems (k INTEGER PRIMARY KEY, i INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE warnings (k INTEGER PRIMARY KEY, i INTEGER NOT NULL, data BLOB NOT NULL);
"""


class StoredRowPlan(RowPlan):
    """A RowPlan read back from a RowStore: setting its decision, or changing its
    take_new, is written to the store at once (the wizard changes plans in place)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "take_new" and not isinstance(value, _TrackedSet):
            value = _TrackedSet(value)
            value.owner = weakref.ref(self)
        RowPlan.__setattr__(self, name, value)
        if name in ("decision", "take_new"):
            self.choices_changed()

    def choices_changed(self) -> None:
        """Write the decision and take_new to the store (weakly held: no cycle)."""
        ref = self.__dict__.get("_store")
        store = None if ref is None else ref()
        if store is not None:
            store.choices_changed(self)


class _TrackedSet(set[str]):
    """A plan's take_new: every change written through to the plan's store."""

    owner: weakref.ref[StoredRowPlan] | None = None

    def _changed(self) -> None:
        owner = None if self.owner is None else self.owner()
        if owner is not None:
            owner.choices_changed()

    def add(self, item: str) -> None:
        super().add(item)
        self._changed()

    def discard(self, item: object) -> None:
        super().discard(item)
        self._changed()

    def remove(self, item: str) -> None:
        super().remove(item)
        self._changed()

    def clear(self) -> None:
        super().clear()
        self._changed()

    def update(self, *others: Iterable[str]) -> None:
        super().update(*others)
        self._changed()

    def difference_update(self, *others: Iterable[Any]) -> None:
        super().difference_update(*others)
        self._changed()


def _encode(plan: RowPlan) -> bytes:
    fields = [getattr(plan, name) for name in _FIELDS]
    fields[2] = plan.status.value
    fields[13] = tuple(plan.take_new)
    fields[17] = plan.decision.value
    return pickle.dumps(tuple(fields), pickle.HIGHEST_PROTOCOL)


def _decode(data: bytes, decision: str, take_new: bytes | None) -> StoredRowPlan:
    fields = list(pickle.loads(data))
    fields[2] = RowStatus(fields[2])
    fields[13] = set(pickle.loads(take_new)) if take_new is not None else set(fields[13])
    fields[17] = Decision(decision)
    return StoredRowPlan(*fields)


class RowStore:
    """One preview's rows in a temporary SQLite file. Safe to use from the preview's
    worker thread, then the window's thread, then the commit's worker (one at a time)."""

    def __init__(self, folder: Path | None = None) -> None:
        descriptor, name = tempfile.mkstemp(
            prefix="supplier-desk-import-", suffix=".sqlite3", dir=folder
        )
        os.close(descriptor)
        self.path = Path(name)
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = sqlite3.connect(
            name, check_same_thread=False, isolation_level=None
        )
        # A scratch file: no journal, no syncing (a crash loses a preview, nothing else).
        for pragma in (
            "journal_mode = OFF",
            "synchronous = OFF",
            "temp_store = FILE",
            "cache_size = -8000",
        ):
            self._db.execute(f"PRAGMA {pragma}")
        self._db.executescript(_SCHEMA)
        self._count = 0
        self._buffer: list[RowPlan] = []
        """The last plans appended, not yet written (BATCH at most)."""
        self._kept: OrderedDict[int, StoredRowPlan] = OrderedDict()
        self._held: weakref.WeakValueDictionary[int, StoredRowPlan] = weakref.WeakValueDictionary()
        self._finalizer = weakref.finalize(self, _remove, self._db, self.path)

    # --- the connection ---------------------------------------------------------------

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError("this preview was closed: preview the file again")
        return self._db

    @property
    def closed(self) -> bool:
        return self._db is None

    def close(self) -> None:
        """Delete the file (again is harmless)."""
        with self._lock:
            self._db = None
            self._kept.clear()
            self._buffer.clear()
            self._finalizer()

    # --- writing, while the preview is built ------------------------------------------

    def __len__(self) -> int:
        return self._count

    def append(self, plan: RowPlan) -> int:
        """Store `plan`; its index. Kept as it is (and changes to it kept) until the
        next BATCH are written."""
        index = self._count
        self._count += 1
        self._buffer.append(plan)
        if len(self._buffer) >= BATCH:
            self.flush()
        return index

    def _row(self, index: int, plan: RowPlan) -> tuple[Any, ...]:
        return (
            index,
            plan.sheet,
            plan.row,
            plan.status.value,
            plan.decision.value,
            None,
            plan.supplier_id,
            plan.merged_into,
            1 if plan.warnings else 0,
            1 if has_extras(plan.values) else 0,
            _encode(plan),
        )

    def flush(self) -> None:
        """Write the plans appended since the last flush, with their problems."""
        with self._lock:
            if not self._buffer:
                return
            first = self._count - len(self._buffer)
            rows = []
            problems: list[tuple[int, bytes]] = []
            warnings: list[tuple[int, bytes]] = []
            dump = pickle.dumps
            for index, plan in enumerate(self._buffer, first):
                rows.append(self._row(index, plan))
                if plan.problems:
                    problems.extend((index, dump(p)) for p in plan.problems)
                if plan.warnings:
                    warnings.extend((index, dump(p)) for p in plan.warnings)
            db = self.db
            db.execute("BEGIN")
            db.executemany(
                "INSERT INTO plans (i, sheet, row, status, decision, take_new, supplier_id, "
                "merged_into, warned, extras, data) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
            db.executemany("INSERT INTO problems (i, data) VALUES (?, ?)", problems)
            db.executemany("INSERT INTO warnings (i, data) VALUES (?, ?)", warnings)
            db.execute("COMMIT")
            self._buffer.clear()

    def finish(self) -> None:
        """Everything written; the indexes the wizard and the commit look rows up by."""
        with self._lock:
            self.flush()
            self.db.executescript(
                "CREATE INDEX IF NOT EXISTS plans_row ON plans (sheet, row);"
                "CREATE INDEX IF NOT EXISTS plans_status ON plans (status);"
            )

    def _unwritten(self, index: int) -> RowPlan | None:
        first = self._count - len(self._buffer)
        return self._buffer[index - first] if index >= first else None

    def put(self, index: int, plan: RowPlan) -> None:
        """Write `plan` (changed) back at `index`; its problems stay as first written."""
        self.put_many([(index, plan)])

    def put_many(self, plans: Iterable[tuple[int, RowPlan]]) -> None:
        with self._lock:
            rows = []
            for i, p in plans:
                if self._unwritten(i) is p:
                    continue  # written as it is at the next flush
                row = self._row(i, p)
                rows.append((*row[3:5], *row[6:], i))
            if not rows:
                return
            self.db.executemany(
                "UPDATE plans SET status = ?, decision = ?, take_new = NULL, supplier_id = ?, "
                "merged_into = ?, warned = ?, extras = ?, data = ? WHERE i = ?",
                rows,
            )
            for row in rows:
                self._forget(row[-1])

    def _forget(self, index: int) -> None:
        self._kept.pop(index, None)

    def choices_changed(self, plan: StoredRowPlan) -> None:
        """The user changed a plan's decision or take_new: written through."""
        index = plan.__dict__.get("_index")
        if index is None:
            return
        with self._lock:
            if self._db is None:
                return
            self.flush()
            self._db.execute(
                "UPDATE plans SET decision = ?, take_new = ? WHERE i = ?",
                (plan.decision.value, pickle.dumps(tuple(plan.take_new)), index),
            )

    # --- reading ---------------------------------------------------------------------

    def _attach(self, index: int, plan: StoredRowPlan) -> StoredRowPlan:
        plan.__dict__["_store"] = weakref.ref(self)
        plan.__dict__["_index"] = index
        self._held[index] = plan
        return plan

    def _known(self, index: int) -> StoredRowPlan | None:
        plan = self._kept.get(index)
        if plan is not None:
            self._kept.move_to_end(index)
            return plan
        return self._held.get(index)

    def _keep(self, index: int, plan: StoredRowPlan) -> None:
        self._kept[index] = plan
        if len(self._kept) > KEPT:
            self._kept.popitem(last=False)

    def get(self, index: int, page: int = PAGE) -> RowPlan:
        """The plan at `index` (0-based, in the file's order); `page` plans are read
        around it and kept a while (page=1 for one plan looked up now and then)."""
        with self._lock:
            unwritten = self._unwritten(index)
            if unwritten is not None:
                return unwritten
            known = self._known(index)
            if known is not None:
                return known
            start = index - index % page
            found: StoredRowPlan | None = None
            for i, plan in self._read("i >= ? AND i < ?", (start, start + page)):
                if page > 1:
                    self._keep(i, plan)
                if i == index:
                    found = plan
            if found is None:
                raise IndexError(index)
            return found

    def _read(
        self, where: str, parameters: Sequence[Any] = (), limit: int | None = None
    ) -> list[tuple[int, StoredRowPlan]]:
        sql = f"SELECT i, decision, take_new, data FROM plans WHERE {where} ORDER BY i"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        out: list[tuple[int, StoredRowPlan]] = []
        held = self._held
        for i, decision, take_new, data in self.db.execute(sql, parameters):
            known = held.get(i)
            if known is None:
                known = self._attach(i, _decode(data, decision, take_new))
            out.append((i, known))
        return out

    def where(
        self, condition: str = "1", parameters: Sequence[Any] = (), batch: int = BATCH
    ) -> Iterator[tuple[int, StoredRowPlan]]:
        """(index, plan) of the plans meeting an SQL condition on the plans table's
        columns, in the file's order, read `batch` at a time."""
        with self._lock:
            self.flush()
        last = -1
        while True:
            with self._lock:
                found = self._read(f"i > ? AND ({condition})", (last, *parameters), batch)
            if not found:
                return
            yield from found
            last = found[-1][0]

    def indexes(self, condition: str, parameters: Sequence[Any] = ()) -> list[int]:
        with self._lock:
            self.flush()
            sql = f"SELECT i FROM plans WHERE {condition} ORDER BY i"
            return [i for (i,) in self.db.execute(sql, parameters)]

    def scalar(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        with self._lock:
            self.flush()
            return self.db.execute(sql, parameters).fetchone()[0]

    def find(self, sheet: str, row: int) -> tuple[int, RowPlan] | None:
        """The plan of the spreadsheet's row `row` on `sheet`."""
        with self._lock:
            self.flush()
            hit = self.db.execute(
                "SELECT i FROM plans WHERE sheet = ? AND row = ? ORDER BY i LIMIT 1", (sheet, row)
            ).fetchone()
        return None if hit is None else (hit[0], self.get(hit[0], 1))

    def counts(self) -> Counter[RowStatus]:
        with self._lock:
            self.flush()
            rows = self.db.execute("SELECT status, count(*) FROM plans GROUP BY status")
            return Counter({RowStatus(status): n for status, n in rows})

    def set_created(self, pairs: Iterable[tuple[int, int]]) -> None:
        """(index, new supplier id) of the rows the commit created."""
        with self._lock:
            self.flush()
            self.db.executemany(
                "UPDATE plans SET created_id = ? WHERE i = ?", [(s, i) for i, s in pairs]
            )

    def created(self, condition: str = "created_id IS NOT NULL") -> Iterator[tuple[int, int]]:
        """(index, new supplier id) of the created rows meeting `condition`."""
        with self._lock:
            self.flush()
            rows = self.db.execute(
                f"SELECT i, created_id FROM plans WHERE created_id IS NOT NULL AND ({condition}) "
                "ORDER BY i"
            ).fetchall()
        return iter(rows)

    def created_id(self, sheet: str, row: int) -> int | None:
        with self._lock:
            hit = self.db.execute(
                "SELECT created_id FROM plans WHERE sheet = ? AND row = ? AND created_id IS NOT "
                "NULL LIMIT 1",
                (sheet, row),
            ).fetchone()
        return None if hit is None else int(hit[0])

    def problem(self, table: str, index: int) -> RowProblem:
        with self._lock:
            self.flush()
            hit = self.db.execute(f"SELECT data FROM {table} WHERE k = ?", (index + 1,)).fetchone()
        if hit is None:
            raise IndexError(index)
        problem: RowProblem = pickle.loads(hit[0])
        return problem

    def problems(self, table: str, start: int = 0, stop: int | None = None) -> list[RowProblem]:
        with self._lock:
            self.flush()
            stop = self.problem_count(table) if stop is None else stop
            rows = self.db.execute(
                f"SELECT data FROM {table} WHERE k > ? AND k <= ? ORDER BY k", (start, stop)
            )
            return [pickle.loads(data) for (data,) in rows]

    def problem_count(self, table: str) -> int:
        with self._lock:
            self.flush()
            return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _remove(db: sqlite3.Connection | None, path: Path) -> None:
    if db is not None:
        with contextlib.suppress(sqlite3.Error):
            db.close()
    with contextlib.suppress(OSError):
        path.unlink()


class StoredPlans(Sequence[RowPlan]):
    """Preview.rows over a RowStore: len, indexing, slicing and iteration, a page at a
    time; the same object for a row while anyone holds it (the wizard compares by
    identity)."""

    def __init__(self, store: RowStore) -> None:
        self.store = store
        self._length = len(store)

    def __len__(self) -> int:
        return self._length

    def __eq__(self, other: object) -> bool:
        """Equal to a list of the same items (as Preview.rows was)."""
        if isinstance(other, list | tuple | Sequence) and not isinstance(other, str):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    @overload
    def __getitem__(self, index: int) -> RowPlan: ...

    @overload
    def __getitem__(self, index: slice) -> list[RowPlan]: ...

    def __getitem__(self, index: int | slice) -> RowPlan | list[RowPlan]:
        if isinstance(index, slice):
            return [self.store.get(i) for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        return self.store.get(index)

    def __iter__(self) -> Iterator[RowPlan]:
        for _i, plan in self.store.where(batch=PAGE):
            yield plan

    def where(self, condition: str, parameters: Sequence[Any] = ()) -> Iterator[RowPlan]:
        """The plans meeting an SQL condition on the columns status, decision,
        supplier_id, merged_into, warned, sheet, row: e.g. "status = 'error'"."""
        for _i, plan in self.store.where(condition, parameters, PAGE):
            yield plan

    def indexes_of(self, status: RowStatus) -> list[int]:
        """Positions of the rows of one status (the wizard's filter buttons)."""
        return self.store.indexes("status = ?", (status.value,))


class StoredProblems(Sequence[RowProblem]):
    """Preview.problems or Preview.warnings over a RowStore, read a page at a time."""

    def __init__(self, store: RowStore, table: str) -> None:
        self.store = store
        self.table = table
        self._length = store.problem_count(table)

    def __len__(self) -> int:
        return self._length

    def __eq__(self, other: object) -> bool:
        """Equal to a list of the same items (as Preview.problems and warnings was)."""
        if isinstance(other, list | tuple | Sequence) and not isinstance(other, str):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    @overload
    def __getitem__(self, index: int) -> RowProblem: ...

    @overload
    def __getitem__(self, index: slice) -> list[RowProblem]: ...

    def __getitem__(self, index: int | slice) -> RowProblem | list[RowProblem]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._length)
            if step != 1:
                return [self.store.problem(self.table, i) for i in range(start, stop, step)]
            return self.store.problems(self.table, start, max(start, stop))
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        return self.store.problem(self.table, index)

    def __iter__(self) -> Iterator[RowProblem]:
        for start in range(0, self._length, BATCH):
            yield from self.store.problems(self.table, start, min(self._length, start + BATCH))


class PlanList:
    """The planner's plans as it makes them: appended to a RowStore, an earlier one
    looked up, and written back (save) when the planner changes it."""

    def __init__(self, store: RowStore) -> None:
        self.store = store

    def append(self, plan: RowPlan) -> None:
        self.store.append(plan)

    def __len__(self) -> int:
        return len(self.store)

    def __getitem__(self, index: int) -> RowPlan:
        return self.store.get(index, 1)

    def save(self, index: int, plan: RowPlan) -> None:
        self.store.put(index, plan)

    def items(
        self, condition: str = "1", parameters: Sequence[Any] = (), batch: int = BATCH
    ) -> Iterator[tuple[int, RowPlan]]:
        return self.store.where(condition, parameters, batch)

    def chunks(
        self, condition: str, size: int, parameters: Sequence[Any] = ()
    ) -> Iterator[list[tuple[int, RowPlan]]]:
        """The plans meeting `condition`, `size` at a time: each chunk is written back
        after the caller had it (change them in place)."""
        iterator = self.items(condition, parameters, size)
        while chunk := list(islice(iterator, size)):
            yield chunk
            self.store.put_many(chunk)
