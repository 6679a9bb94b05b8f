"""The run of a list export: a progress callback `(done, total) -> bool` called between
chunks, whose False cancels the export and leaves no file; the file written to a temporary
file in the target's folder and renamed over the target only when complete."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from app.exporting.files import atomic_output

R = TypeVar("R")

Progress = Callable[[int, int], bool]
"""(rows done, rows in all) -> False to cancel."""

PROGRESS_EVERY = 500
"""Rows written between two calls of the progress callback."""


@dataclass(frozen=True)
class ListExport:
    path: Path
    rows: int
    """Rows written (or written before the cancel)."""
    cancelled: bool = False
    """True when the progress callback said stop: no file was left."""


class _CancelledError(Exception):
    pass


def run_export(
    path: Path,
    total: int | None,
    progress: Progress | None,
    write: Callable[[Path, ProgressCounter], None],
) -> ListExport:
    """`write` the file into a temporary file renamed over `path` when complete; a
    cancel from `progress` (through the counter) leaves no file."""
    counter = ProgressCounter(total, progress)
    try:
        with atomic_output(path) as temp:
            counter.tick(force=True)
            write(temp, counter)
            counter.tick(force=True)
    except _CancelledError:
        return ListExport(path, counter.done, cancelled=True)
    return ListExport(path, counter.done)


class ProgressCounter:
    def __init__(self, total: int | None, progress: Progress | None) -> None:
        self.total = total
        self.progress = progress
        self.done = 0
        self._last = 0

    def tick(self, *, force: bool = False) -> None:
        if self.progress is None:
            return
        if force or self.done - self._last >= PROGRESS_EVERY:
            self._last = self.done
            total = max(self.total or 0, self.done)
            if not self.progress(self.done, total):
                raise _CancelledError()

    def count(self, rows: Iterable[R]) -> Iterator[R]:
        for row in rows:
            yield row
            self.done += 1
            self.tick()

    def add(self, rows: int) -> None:
        """`rows` more written."""
        self.done += rows
        self.tick()
