"""What a save shows afterwards, read with the save (issue 18): the record as stored, its
history, the list's page around it.

Read after the save, each of those waited once more for a far server after the save's
COMMIT: three waits at 300 ms before the window showed what it saved. Instead, the parts
of the window that show what a save changes each offer a SavedRead when the save starts
(on the UI thread, where they know what they show); the write reads them in its own
transaction after its writes, and on PostgreSQL their statements go out with its COMMIT
(app.queries.batched.read_and_commit): a save waits twice in all. On SQLite (a local
file) they are read the same way, one after another.

A read whose answer could not be made (it raised after the write went through) reaches
its part as that error: the part reads again as it did before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.queries.batched import Together, read_and_commit


@dataclass(frozen=True)
class SavedRead:
    """One part of the window's read of what a save wrote."""

    read: Callable[[Session, int], Together]
    """Off the UI thread, in the write's session after its writes: (session, the saved
    record's id) -> the read."""
    show: Callable[[int, Any], None]
    """On the UI thread once the save went through: (the record's id, the read's answer,
    or the exception that stopped it)."""


SavedReadOffer = Callable[[], "SavedRead | None"]
"""Called on the UI thread as a save starts: the part's read, or None (nothing to show)."""


def read_saved(session: Session, record_id: int, reads: Sequence[SavedRead]) -> list[Any]:
    """The answers of `reads` for record `record_id`, the write's last step (see
    read_and_commit: nothing is written after it)."""
    return read_and_commit(session, [read.read(session, record_id) for read in reads])


def show_saved(record_id: int, reads: Sequence[SavedRead], answers: Sequence[Any]) -> None:
    """Each part shown its answer (on the UI thread)."""
    for read, answer in zip(reads, answers, strict=True):
        read.show(record_id, answer)
