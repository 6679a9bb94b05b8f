"""Every row's plan kept in a temporary SQLite file (app.importing.spool), not in memory.

A plan is written as a few small columns (what the queries below ask) and its data,
encoded (app.importing.plan_codec). The data of the first plans is held in memory as
those bytes (~400 each) until they come to RESIDENT_BYTES; past that they all go to the
file, and so does every later plan's: a file of up to ~100,000 rows writes only the
columns, a bigger one spills once, and memory stays bounded whatever the file's size.

PlanStore is the Preview's `rows`: a Sequence of RowPlan that holds in Python only the
plans made last (until a chunk of them is written, and the last chunk written, so that
the planner's next look at one is no read) and the few read last (a bounded cache).
What the wizard, the command line and the commit ask of all the rows (how many of
each status, the problems, the possible duplicates, the conflicts, the rows to create)
are queries over a few small columns kept beside each plan, answered as views: sequences
of plan numbers (8 bytes a row at most) that read the plans they show a chunk at a time.

A plan read from the store is a copy: who changes one (the planner folding a row into
an earlier one, the commit merging a chosen duplicate, the wizard's decisions) hands it
back with save(plan). The plans get() read last are kept (a few thousand), so a plan
read, changed and saved is the same object throughout; a decision or "use the file's"
changed on one of them without save() is noticed and kept all the same.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from app.importing.field_tables import has_extras
from app.importing.plan import Conflict, Decision, RowPlan, RowProblem, RowStatus
from app.importing.plan_codec import DECISION_VALUES, STATUS_VALUES, PlanCodec
from app.importing.spool import Spool

T = TypeVar("T")

WRITE_EVERY = 1000
"""Plans held before they are written together."""
CACHED_PLANS = 1000
"""Plans read last by get() kept (the rows on screen and about them); as many again
read ahead are kept as written."""
READ_CHUNK = 500
"""Plans read with one statement."""
READ_BEHIND, READ_AHEAD = 8, 56
"""Plans about the one get() reads that it reads too (the rows a table shows with it)."""
RESIDENT_BYTES = 48 * 1024 * 1024
"""Encoded plans (app.importing.plan_codec, ~400 bytes each) are kept in memory, as
bytes, until they come to this (~120,000 rows of a 16-column sheet); then they are all
written to the file, and so is every plan after them. A file of a few thousand rows
never writes its plans' data, only their columns (the queries')."""

_STATUSES = {s.value: s for s in RowStatus}
_DECISIONS = {d.value: d for d in Decision}


class PlanStore(Sequence[RowPlan]):
    """The plans of one preview, numbered from 0 in the order they were made."""

    def __init__(self, folder: Path | None = None) -> None:
        self._spool = Spool(folder)
        self._lock = self._spool.lock
        self._db = self._spool.connection
        self._db.executescript(
            """
            CREATE TABLE plans (
                i INTEGER PRIMARY KEY, sheet TEXT, row INTEGER, status TEXT,
                merged_into INTEGER, supplier_id INTEGER, decision TEXT, take_new INTEGER,
                problems INTEGER, warnings INTEGER, conflicts INTEGER, extras INTEGER,
                created_id INTEGER
            );
            CREATE TABLE plan_data (i INTEGER PRIMARY KEY, data BLOB);
            """
        )
        self._codec = PlanCodec()
        self._count = 0
        self._dirty: dict[int, RowPlan] = {}
        self._cache: OrderedDict[int, tuple[RowPlan, tuple[Any, ...]]] = OrderedDict()
        """Plans read last by get(), each with the user's choices as written (_choices)."""
        self._ahead: OrderedDict[int, bytes] = OrderedDict()
        """Plans read ahead by get(), as written."""
        self._written: OrderedDict[int, RowPlan] = OrderedDict()
        """Plans written last, as they were appended or saved (no one holds them to change:
        a reader gets them through _keep, as plans read)."""
        self._stored = 0
        """Plans 0 to this - 1 have a row in the file (later ones are new: no REPLACE)."""
        self._resident: list[bytes] | None = []
        """Plan number i encoded, while they fit in RESIDENT_BYTES (None after: in the
        file's plan_data)."""
        self._resident_bytes = 0
        self._by_row = False
        """Whether plans are indexed by (sheet, row): made when first looked up that way
        (the commit's, a table's "go to row"), not kept up while the planner appends."""

    @classmethod
    def of(cls, plans: Iterable[RowPlan], folder: Path | None = None) -> PlanStore:
        store = cls(folder)
        for plan in plans:
            store.append(plan)
        return store

    @property
    def path(self) -> Path:
        return self._spool.path

    @property
    def closed(self) -> bool:
        return self._spool.closed

    def close(self) -> None:
        """Delete the file (the preview can no longer be shown or committed)."""
        with self._lock:
            self._dirty.clear()
            self._cache.clear()
            self._ahead.clear()
            self._written.clear()
            self._resident = None
            self._spool.close()

    # --- writing -----------------------------------------------------------------------

    def append(self, plan: RowPlan) -> None:
        with self._lock:
            plan.index = self._count
            self._count += 1
            self._dirty[plan.index] = plan
            if len(self._dirty) >= WRITE_EVERY:
                self._write()

    def save(self, plan: RowPlan) -> None:
        """Keep the changes made to `plan` (read from this store)."""
        if not 0 <= plan.index < self._count:
            raise IndexError(plan.index)
        with self._lock:
            self._dirty[plan.index] = plan
            self._cache.pop(plan.index, None)
            self._written.pop(plan.index, None)
            if len(self._dirty) >= WRITE_EVERY:
                self._write()

    def flush(self) -> None:
        with self._lock:
            self._changed_choices()
            if self._dirty:
                self._write()

    def _write(self) -> None:
        plans = list(self._dirty.values())
        self._dirty.clear()
        for plan in plans:
            self._ahead.pop(plan.index, None)
        # New plans (most writes: the planner appending) are INSERTed: a REPLACE looks
        # for the row it replaces first.
        new = [p for p in plans if p.index >= self._stored]
        changed = [p for p in plans if p.index < self._stored] if len(new) < len(plans) else []
        db = self._db
        dump = self._codec.dump
        db.execute("BEGIN")
        try:
            for verb, some in (("INSERT", new), ("INSERT OR REPLACE", changed)):
                if not some:
                    continue
                db.executemany(
                    f"{verb} INTO plans VALUES (?,?,?,?,?,?,?,?,?,?,?,?,NULL)",
                    [
                        (
                            p.index,
                            p.sheet,
                            p.row,
                            STATUS_VALUES[p.status],
                            p.merged_into,
                            p.supplier_id,
                            DECISION_VALUES[p.decision],
                            1 if p.take_new else 0,
                            len(p.problems),
                            len(p.warnings),
                            len(p.conflicts),
                            1 if has_extras(p.values) else 0,
                        )
                        for p in some
                    ],
                )
                data = [(p.index, dump(p)) for p in some]
                if self._resident is None:
                    db.executemany(f"{verb} INTO plan_data VALUES (?, ?)", data)
                else:
                    self._keep_resident(data)
            if self._resident is not None and self._resident_bytes > RESIDENT_BYTES:
                db.executemany("INSERT INTO plan_data VALUES (?, ?)", enumerate(self._resident))
                self._resident = None
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        if new:
            self._stored = max(self._stored, max(p.index for p in new) + 1)
        written = self._written
        for plan in plans[-CACHED_PLANS:]:
            if plan.index not in self._cache:
                written[plan.index] = plan
                written.move_to_end(plan.index)
        while len(written) > CACHED_PLANS:
            written.popitem(last=False)

    def _keep_resident(self, data: list[tuple[int, bytes]]) -> None:
        resident = self._resident
        assert resident is not None
        size = self._resident_bytes
        for index, blob in sorted(data):
            if index < len(resident):
                size -= len(resident[index])
                resident[index] = blob
            else:
                assert index == len(resident), "plans are appended in order"
                resident.append(blob)
            size += len(blob)
        self._resident_bytes = size

    def _keep(self, plan: RowPlan) -> None:
        cache = self._cache
        cache[plan.index] = (plan, _choices(plan))
        cache.move_to_end(plan.index)
        while len(cache) > CACHED_PLANS:
            _, (old, choices) = cache.popitem(last=False)
            if _choices(old) != choices:
                self._dirty[old.index] = old  # a decision set without save(): kept

    def _changed_choices(self) -> None:
        """Plans read whose decision (or "use the file's" fields) was changed without
        save(): saved, so that the queries see them."""
        for plan, choices in list(self._cache.values()):
            if _choices(plan) != choices:
                self._dirty[plan.index] = plan

    # --- reading -----------------------------------------------------------------------

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> RowPlan: ...
    @overload
    def __getitem__(self, index: slice) -> list[RowPlan]: ...
    def __getitem__(self, index: int | slice) -> RowPlan | list[RowPlan]:
        if isinstance(index, slice):
            return list(self.read(range(self._count)[index]))
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        return self.get(index)

    def get(self, index: int, *, ahead: bool = True) -> RowPlan:
        """Plan number `index`; `ahead`: the plans about it are read too (for a table),
        not for a lookup here and there (the planner's)."""
        with self._lock:
            plan = self._dirty.get(index)
            if plan is not None:
                return plan
            held = self._cache.get(index)
            if held is not None:
                self._cache.move_to_end(index)
                return held[0]
            written = self._written.pop(index, None)
            if written is not None:
                self._keep(written)
                return written
            data = self._ahead.pop(index, None)
            if self._resident is not None:
                data = self._resident[index]
            elif data is None and not ahead:
                found_one = self._db.execute(
                    "SELECT data FROM plan_data WHERE i = ?", (index,)
                ).fetchone()
                data = None if found_one is None else found_one[0]
            elif data is None:
                # Read ahead (kept as read, made into plans when asked for): a table
                # shows the rows about this one next.
                found = self._db.execute(
                    "SELECT i, data FROM plan_data WHERE i >= ? AND i < ?",
                    (max(0, index - READ_BEHIND), index + READ_AHEAD),
                ).fetchall()
                read_ahead = self._ahead
                for i, blob in found:
                    if i == index:
                        data = blob
                    else:
                        read_ahead[i] = blob
                        read_ahead.move_to_end(i)
                while len(read_ahead) > CACHED_PLANS:
                    read_ahead.popitem(last=False)
            if data is None:
                raise IndexError(index)
            plan = self._codec.load(data)
            self._keep(plan)
            return plan

    def __iter__(self) -> Iterator[RowPlan]:
        return self.read(range(self._count))

    def read(self, indexes: Sequence[int]) -> Iterator[RowPlan]:
        """The plans numbered `indexes`, in that order, read a chunk at a time."""
        for start in range(0, len(indexes), READ_CHUNK):
            yield from self._chunk(indexes[start : start + READ_CHUNK])

    def _chunk(self, indexes: Sequence[int]) -> list[RowPlan]:
        with self._lock:
            held: dict[int, RowPlan] = {}
            wanted: list[int] = []
            for i in indexes:
                cached = self._cache.get(i)
                plan = self._dirty.get(i) or (cached[0] if cached is not None else None)
                if plan is None and i in self._written:
                    plan = self._written.pop(i)
                    self._keep(plan)
                if plan is None:
                    wanted.append(i)
                else:
                    held[i] = plan
            if wanted and self._resident is not None:
                resident = self._resident
                for i in wanted:
                    held[i] = self._codec.load(resident[i])
            elif wanted:
                if isinstance(indexes, range) and len(wanted) == len(indexes):
                    rows = self._db.execute(
                        "SELECT i, data FROM plan_data WHERE i >= ? AND i < ?",
                        (indexes.start, indexes.stop),
                    ).fetchall()
                else:
                    marks = ",".join("?" * len(wanted))
                    rows = self._db.execute(
                        f"SELECT i, data FROM plan_data WHERE i IN ({marks})", wanted
                    ).fetchall()
                for i, data in rows:
                    held[i] = self._codec.load(data)
            return [held[i] for i in indexes]

    def _query(self, sql: str, parameters: Sequence[Any] = ()) -> list[Any]:
        with self._lock:
            self._changed_choices()
            if self._dirty:
                self._write()
            return self._db.execute(sql, parameters).fetchall()

    def _indexes(self, where: str, parameters: Sequence[Any] = ()) -> array[int]:
        found = array("q")
        with self._lock:
            self._changed_choices()
            if self._dirty:
                self._write()
            cursor = self._db.execute(f"SELECT i FROM plans WHERE {where} ORDER BY i", parameters)
            while batch := cursor.fetchmany(10_000):
                found.extend(i for (i,) in batch)
        return found

    # --- what is asked of all the rows ----------------------------------------------------

    def counts(self) -> Counter[RowStatus]:
        found = self._query("SELECT status, count(*) FROM plans GROUP BY status")
        return Counter({_STATUSES[status]: n for status, n in found})

    def count_where(self, where: str, parameters: Sequence[Any] = ()) -> int:
        """How many plans match an SQL condition on the columns of `plans`."""
        return int(self._query(f"SELECT count(*) FROM plans WHERE {where}", parameters)[0][0])

    def where(self, where: str, parameters: Sequence[Any] = ()) -> PlanView:
        """The plans matching an SQL condition on the columns of `plans` (sheet, row,
        status, merged_into, supplier_id, decision, take_new, problems, warnings,
        conflicts, extras, created_id), in their order."""
        return PlanView(self, self._indexes(where, parameters))

    def with_status(self, *statuses: RowStatus) -> PlanView:
        marks = ",".join("?" * len(statuses))
        return self.where(f"status IN ({marks})", [s.value for s in statuses])

    def problems(self) -> Parts[RowProblem]:
        """Every row's problems (what refuses it), row by row."""
        return Parts(self, "problems", lambda plan: plan.problems)

    def warnings(self) -> Parts[RowProblem]:
        """Every row's warnings (fields left empty), row by row."""
        return Parts(self, "warnings", lambda plan: plan.warnings)

    def conflicts(self) -> Parts[tuple[RowPlan, Conflict]]:
        """Every (row, conflict) where the row and the record (or an earlier row) differ."""
        return Parts(self, "conflicts", lambda plan: [(plan, c) for c in plan.conflicts])

    def count_decisions(self) -> Counter[Decision]:
        """The possible duplicates by the user's decision."""
        found = self._query(
            "SELECT decision, count(*) FROM plans WHERE status = ? GROUP BY decision",
            (RowStatus.DUPLICATE.value,),
        )
        return Counter({_DECISIONS[decision]: n for decision, n in found})

    def max_row(self) -> int | None:
        found = self._query("SELECT max(row) FROM plans")
        return None if found[0][0] is None else int(found[0][0])

    def find(self, sheet: str | None, row: int) -> RowPlan | None:
        """The plan of spreadsheet row `row` of `sheet` (None: of any sheet, the first)."""
        self._index_by_row()
        if sheet is None:
            found = self._query("SELECT min(i) FROM plans WHERE row = ?", (row,))
        else:
            found = self._query(
                "SELECT min(i) FROM plans WHERE sheet = ? AND row = ?", (sheet, row)
            )
        return self.get(found[0][0]) if found and found[0][0] is not None else None

    def _index_by_row(self) -> None:
        if not self._by_row:
            self._query("CREATE INDEX IF NOT EXISTS plans_by_row ON plans (sheet, row)")
            self._by_row = True

    def clear_created(self) -> None:
        """Forget the ids a commit rolled back (cancelled, failed) had created."""
        self._query("UPDATE plans SET created_id = NULL WHERE created_id IS NOT NULL")

    def set_created(self, pairs: Iterable[tuple[int, int]]) -> None:
        """(plan number, id of the supplier its commit created), kept for created_id()."""
        self.flush()
        with self._lock:
            db = self._db
            db.execute("BEGIN")
            db.executemany(
                "UPDATE plans SET created_id = ? WHERE i = ?", ((s, i) for i, s in pairs)
            )
            db.execute("COMMIT")

    def created_id(self, sheet: str, row: int) -> int | None:
        self._index_by_row()
        found = self._query(
            "SELECT created_id FROM plans WHERE sheet = ? AND row = ? AND created_id IS NOT NULL"
            " LIMIT 1",
            (sheet, row),
        )
        return int(found[0][0]) if found else None


def _choices(plan: RowPlan) -> tuple[Any, ...]:
    return (plan.decision, frozenset(plan.take_new))


class _Viewed(Sequence[T], Generic[T]):
    """What the views share: equal to a list of the same items (as the lists they
    replace were)."""

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    def __hash__(self) -> int:  # mutable, as a list
        raise TypeError(f"unhashable type: '{type(self).__name__}'")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self)}>"


class PlanView(_Viewed[RowPlan]):
    """Some plans of a store (their numbers in memory, the plans read when used)."""

    def __init__(self, store: PlanStore, indexes: array[int]) -> None:
        self.store = store
        self.indexes = indexes

    def __len__(self) -> int:
        return len(self.indexes)

    @overload
    def __getitem__(self, index: int) -> RowPlan: ...
    @overload
    def __getitem__(self, index: slice) -> list[RowPlan]: ...
    def __getitem__(self, index: int | slice) -> RowPlan | list[RowPlan]:
        if isinstance(index, slice):
            return list(self.store.read(self.indexes[index]))
        return self.store.get(self.indexes[index])

    def __iter__(self) -> Iterator[RowPlan]:
        return self.store.read(self.indexes)

    def position(self, plan: RowPlan) -> int | None:
        """Where `plan` is in this view, if it is."""
        at = bisect_right(self.indexes, plan.index) - 1
        return at if at >= 0 and self.indexes[at] == plan.index else None

    def save(self, plan: RowPlan) -> None:
        self.store.save(plan)


class Parts(_Viewed[T], Generic[T]):
    """The items each plan holds a list of (its problems, warnings, conflicts), all the
    plans' in a row: the plans holding any and where each one's items start."""

    def __init__(self, store: PlanStore, column: str, items: Callable[[RowPlan], Sequence[T]]):
        self.store = store
        self._items = items
        self._plans = array("q")
        self._starts = array("q")
        total = 0
        for i, n in store._query(f"SELECT i, {column} FROM plans WHERE {column} > 0 ORDER BY i"):
            self._plans.append(i)
            self._starts.append(total)
            total += n
        self._total = total

    def __len__(self) -> int:
        return self._total

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            wanted = range(self._total)[index]
            if wanted.step == 1:
                return list(self._span(wanted.start, wanted.stop))
            return [self[i] for i in wanted]
        if index < 0:
            index += self._total
        if not 0 <= index < self._total:
            raise IndexError(index)
        at = bisect_right(self._starts, index) - 1
        return self._items(self.store.get(self._plans[at]))[index - self._starts[at]]

    def __iter__(self) -> Iterator[T]:
        return self._span(0, self._total)

    def _span(self, start: int, stop: int) -> Iterator[T]:
        if start >= stop:
            return
        first = bisect_right(self._starts, start) - 1
        last = bisect_right(self._starts, stop - 1) - 1
        for at, plan in enumerate(self.store.read(self._plans[first : last + 1]), first):
            items = self._items(plan)
            begin = self._starts[at]
            for offset, item in enumerate(items):
                if start <= begin + offset < stop:
                    yield item

    def save(self, plan: RowPlan) -> None:
        self.store.save(plan)


def saver(items: object) -> Callable[[RowPlan], None]:
    """How a model showing `items` keeps a plan it changed: the store's save for a view
    of one, nothing for a plain list (its plans are the ones changed)."""
    save = getattr(items, "save", None)
    return save if callable(save) else _keep_as_is


def _keep_as_is(_plan: RowPlan) -> None:
    return None


__all__ = ["Parts", "PlanStore", "PlanView", "RowProblem", "saver"]
