"""A big sheet's rows cleaned in a second process while this one matches them.

Cleaning a row (app.importing.supplier_cleaner: every cell read, the values checked,
the extras settled) is about half of planning it, and it needs no database and no
earlier row; matching needs every earlier row, so it stays here. Run side by side on
two cores, they win back what keeping the rows and plans on disk costs (issue 18): the
100,000-row benchmark sheet previews in the time it took with every row in memory.

The rows go to the worker a chunk at a time (a spooled page as the bytes it is stored
as, a workbook's rows as they are), IN_FLIGHT chunks ahead; the plans come back in
order. When the plans awaited are not back yet (the worker still starting, or behind),
this process cleans the next chunk itself. The worker is a fresh interpreter ('spawn':
nothing of this process's threads and locks is carried over, and it is how Windows and
macOS start one anyway), started before the sheet's columns are profiled. Should it not
start, stop answering or die, the rows it has not returned are cleaned here from the
chunks still held: the preview is the same either way, only slower. A sheet of fewer
than PARALLEL_ROWS rows is cleaned here (starting the worker, a fresh interpreter that
imports the cleaning code, took 1.5-1.7 s to its first plans on a busy machine),
and so is one of more than PARALLEL_MAX (memory, see there).
"""

from __future__ import annotations

import importlib
import logging
import marshal
import multiprocessing
import os
import pickle
import queue
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from typing import Any, Protocol

from app.importing.plan import RowPlan, RowStatus
from app.importing.source import CellValue
from app.importing.spool import SpooledRows

PARALLEL_ROWS = 20_000
"""Data rows from which a sheet is cleaned in the worker."""
PARALLEL_MAX = 500_000
"""Data rows past which a sheet is cleaned here again: the worker takes ~90 MB, and what
this process holds grows with the rows (the matcher's keys, ~0.35 KB a row), so the two
would come near the 500 MB an import of Excel's 1,048,576 rows is held to (issue 18)."""
CHUNK_ROWS = 1000
"""Rows of a workbook's sheet sent together (a spooled sheet goes a page at a time)."""
IN_FLIGHT = 4
"""Chunks the worker is given ahead of the one whose plans are awaited."""
STOLEN = 4
"""Chunks at most cleaned here, ahead, while the worker is behind."""
START_TIMEOUT = 20.0
"""Seconds the first chunk's plans may take (the worker's start, its imports among
them); any later chunk has CHUNK_TIMEOUT."""
CHUNK_TIMEOUT = 10.0
POLL = 0.1
"""Seconds between looks at Cancel while the worker's plans are awaited."""

_log = logging.getLogger(__name__)


class RowCleaner(Protocol):
    """What the worker runs on each row: picklable (sent to it once per sheet). Its plans
    are to create or errors, with values, problems, warnings and cells (see packed())."""

    def plan(self, row_number: int, cells: Sequence[CellValue]) -> RowPlan | None: ...


@dataclass(frozen=True, slots=True)
class Chunk:
    """Rows offset to offset + count - 1 of a sheet's data rows: a list of rows, or a
    spooled page (marshal'd) of which rows lo to lo + count - 1 are these."""

    offset: int
    count: int
    rows: list[list[CellValue]] | None = None
    page: bytes | None = None
    lo: int = 0

    def cells(self) -> list[list[CellValue]]:
        if self.rows is not None:
            return self.rows
        assert self.page is not None
        rows: list[list[CellValue]] = marshal.loads(self.page)
        return rows[self.lo : self.lo + self.count]


def clean_chunk(cleaner: RowCleaner, first_row: int, chunk: Chunk) -> list[RowPlan | None]:
    """The chunk's plans, in order (None for a blank row): the worker's work, and this
    process's when the worker cannot do it."""
    start = first_row + chunk.offset
    return [cleaner.plan(start + i, cells) for i, cells in enumerate(chunk.cells())]


class WorkerLostError(Exception):
    """The worker did not answer: its rows are cleaned here."""


class CleaningWorker:
    """The second process: started at once, given a cleaner per sheet, then chunks.

    Both ways go through a multiprocessing Queue, whose own thread writes to the pipe:
    neither process ever waits for the other to read (the worker never stalls on plans
    the matching here has not come to yet), and the chunks given ahead bound what waits.
    """

    def __init__(self, preload: Sequence[str] = ()) -> None:
        context = multiprocessing.get_context("spawn")
        self._tasks = context.Queue()
        self._results = context.Queue()
        self._process = context.Process(
            target=serve,
            args=(self._tasks, self._results, tuple(preload)),
            name="supplier-desk-cleaning",
            daemon=True,
        )
        self._process.start()
        self._answered = False

    def use(self, cleaner: RowCleaner, first_row: int) -> None:
        self._tasks.put(("sheet", (cleaner, first_row)))

    def send(self, chunk: Chunk) -> None:
        self._tasks.put(("chunk", chunk))

    def ready(self) -> bool:
        """Whether the oldest chunk's plans are back."""
        try:
            return not self._results.empty()
        except (OSError, ValueError):
            return True  # receive() says what went wrong

    def receive(self, check_cancel: Callable[[], None]) -> list[RowPlan | None]:
        """The plans of the oldest chunk sent. WorkerLostError when the worker died,
        failed on a row (that row fails here again, with its real traceback) or took too
        long; whatever `check_cancel` raises while waiting."""
        waited = 0.0
        limit = CHUNK_TIMEOUT if self._answered else START_TIMEOUT
        while True:
            try:
                kind, payload = self._results.get(timeout=POLL)
                break
            except queue.Empty:
                waited += POLL
            except (EOFError, OSError, ValueError, pickle.UnpicklingError) as exc:
                raise WorkerLostError(str(exc) or type(exc).__name__) from exc
            check_cancel()
            if not self._process.is_alive() or waited >= limit:
                raise WorkerLostError(f"exit code {self._process.exitcode}, {waited:.1f} s")
        if kind != "plans":
            raise WorkerLostError(str(payload))
        self._answered = True
        return unpacked(payload)

    def stop(self, *, at_once: bool = False) -> None:
        """End the worker: asked to (given a second to finish the chunk in hand), or
        `at_once` (cancelled, failed: what it does is no longer wanted)."""
        process = self._process
        if process.is_alive() and not at_once:
            with suppress(OSError, ValueError):
                self._tasks.put(None)
            process.join(timeout=1.0)
        if process.is_alive():
            process.kill()
            process.join(timeout=1.0)
        for channel in (self._tasks, self._results):
            channel.cancel_join_thread()  # what was never read is not waited for
            channel.close()


def serve(tasks: Any, results: Any, preload: tuple[str, ...] = ()) -> None:
    """The worker: clean each chunk with the sheet's cleaner, send its plans back."""
    for name in preload:  # while the sheet's columns are profiled over there
        importlib.import_module(name)
    cleaner: RowCleaner | None = None
    first_row = 1
    while True:
        task = tasks.get()
        if task is None:
            break
        kind, payload = task
        if kind == "sheet":
            cleaner, first_row = payload
            continue
        assert cleaner is not None
        try:
            answer: tuple[str, Any] = ("plans", packed(clean_chunk(cleaner, first_row, payload)))
        except Exception as exc:
            answer = ("failed", f"{type(exc).__name__}: {exc}")
        results.put(answer)
    # Every plan wanted has been read (the end is asked for after the last): plans of
    # chunks sent ahead and no longer wanted are not waited for.
    results.cancel_join_thread()


_Packed = tuple[str, int, bool, dict[str, Any], list[Any], tuple[Any, ...], list[Any]]


def packed(plans: list[RowPlan | None]) -> list[_Packed | None]:
    """Plans as sent back: what a cleaner sets of a RowPlan, as a tuple (a third of the
    time to pickle and unpickle a RowPlan, whose slots take a Python call each way)."""
    return [
        None
        if p is None
        else (p.sheet, p.row, p.status is RowStatus.ERROR, p.values, p.problems, p.warnings, p.raw)
        for p in plans
    ]


def unpacked(rows: list[_Packed | None]) -> list[RowPlan | None]:
    plans: list[RowPlan | None] = []
    for row in rows:
        if row is None:
            plans.append(None)
            continue
        sheet, number, error, values, problems, warnings, raw = row
        plan = RowPlan(sheet, number, RowStatus.ERROR if error else RowStatus.CREATE, values)
        if problems:
            plan.problems = problems
        if warnings:
            plan.warnings = warnings
        if raw:
            plan.raw = raw
        plans.append(plan)
    return plans


def cleaned_rows(
    cleaner: RowCleaner,
    chunks: Iterator[Chunk],
    first_row: int,
    worker: CleaningWorker | None,
    check_cancel: Callable[[], None],
) -> Iterator[tuple[int, RowPlan | None]]:
    """(offset, plan) of every row the chunks hold, in order. The worker is kept
    IN_FLIGHT chunks ahead; whenever the plans awaited are not back yet (the worker still
    starting, or slower than the matching here), the next chunk is cleaned here instead,
    up to STOLEN chunks ahead. Without a worker, or once it stops answering, every row
    is cleaned here."""
    line: deque[_Queued] = deque()
    """The chunks taken, in order: with the worker (no plans yet) or cleaned here."""
    if worker is not None:
        worker.use(cleaner, first_row)
    while True:
        while worker is not None and _counted(line, with_worker=True) < IN_FLIGHT:
            chunk = next(chunks, None)
            if chunk is None:
                break
            worker.send(chunk)
            line.append(_Queued(chunk))
        if not line:
            chunk = next(chunks, None)
            if chunk is None:
                return
            line.append(_Queued(chunk, clean_chunk(cleaner, first_row, chunk)))
        head = line[0]
        if head.plans is None:
            assert worker is not None
            if not worker.ready() and _counted(line, with_worker=False) < STOLEN:
                chunk = next(chunks, None)
                if chunk is not None:
                    line.append(_Queued(chunk, clean_chunk(cleaner, first_row, chunk)))
                    continue
            plans = _received(worker, check_cancel)
            if plans is None:  # the worker is gone: what it held is cleaned here
                worker = None
                for queued in line:
                    if queued.plans is None:
                        queued.plans = clean_chunk(cleaner, first_row, queued.chunk)
            else:
                head.plans = plans
        line.popleft()
        assert head.plans is not None
        for i, plan in enumerate(head.plans):
            yield head.chunk.offset + i, plan


@dataclass(slots=True)
class _Queued:
    chunk: Chunk
    plans: list[RowPlan | None] | None = None
    """None while the worker has it."""


def _counted(line: deque[_Queued], *, with_worker: bool) -> int:
    """How many chunks of the line the worker has (or were cleaned here, ahead)."""
    return sum((q.plans is None) is with_worker for q in line)


def _received(
    worker: CleaningWorker, check_cancel: Callable[[], None]
) -> list[RowPlan | None] | None:
    try:
        return worker.receive(check_cancel)
    except WorkerLostError as exc:
        _log.warning("the cleaning worker stopped (%s): rows cleaned in this process", exc)
        return None


def start_worker(rows: int, preload: Sequence[str] = ()) -> CleaningWorker | None:
    """A worker for a sheet of `rows` data rows: None for a small or a huge one, on a
    computer of one core, or when it cannot be started (then every row is cleaned here)."""
    if not PARALLEL_ROWS <= rows <= PARALLEL_MAX or _cores() < 2:
        return None
    try:
        return CleaningWorker(preload)
    except (OSError, RuntimeError, ValueError) as exc:
        _log.warning("the cleaning worker could not start (%s): rows cleaned in this process", exc)
        return None


def _cores() -> int:
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else (os.cpu_count() or 1)


def sheet_chunks(rows: Sequence[list[CellValue]], start: int, total: int) -> Iterator[Chunk]:
    """A sheet's data rows (rows[start] to rows[start + total - 1]) as chunks: a spooled
    sheet's pages as they are stored (never decoded here), any other's CHUNK_ROWS rows at a
    time."""
    if isinstance(rows, SpooledRows):
        for first, page, lo, count in rows.stored_pages(start, start + total):
            yield Chunk(first - start, count, page=page, lo=lo)
        return
    for offset in range(0, total, CHUNK_ROWS):
        some = rows[start + offset : start + min(offset + CHUNK_ROWS, total)]
        yield Chunk(offset, len(some), rows=some if isinstance(some, list) else list(some))
