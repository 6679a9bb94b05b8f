"""What an import batch is: the ImportBatch row an import starts and finishes, the
CommitResult it reports, and the ChangeLog of ImportRows that undo reads back.

Both import targets commit through these (commit for supplier lists, price_list for
price lists) and undo reads the rows they write, so they live here, below all three:
price_list no longer imports commit, which imports price_list to hand a price list to
it, and IMPORT_ROWS is defined once for the ChangeLog that writes import rows and the
undo that reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from app.importing.plan import Preview
from app.store.live import CHANGED_TABLES
from models import ImportAction, ImportBatch, ImportRow
from models.audit import IMPORT_BATCH_KEY
from models.bulk_writer import TableWriter

IMPORT_ROWS: Table = ImportRow.__table__  # type: ignore[assignment]


@dataclass
class CommitResult:
    batch_id: int
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    possible_duplicates: int = 0
    errors: int = 0
    notes: list[str] = field(default_factory=list)


def plain(value: Any) -> Any:
    """A stored value as JSON holds it (enums by value, everything else as text)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value.value if isinstance(value, StrEnum) else value
    return str(value)


def new_batch(session: Session, preview: Preview) -> ImportBatch:
    batch = ImportBatch(
        file_name=preview.path.name[:500],
        file_sha256=preview.sha256,
        target=preview.options.target,
        sheet=", ".join(preview.sheets)[:200] or None,
        rows_total=len(preview.rows),
    )
    session.add(batch)
    session.flush()
    session.info[IMPORT_BATCH_KEY] = batch.id  # audit rows name the batch (models.audit)
    # Suppliers go in with Core statements, which the ORM's change announcement
    # (app.store.live) cannot see: name their tables for it.
    session.info.setdefault(CHANGED_TABLES, set()).update(
        ("suppliers", "contacts", "products", "supplier_products", "import_rows")
    )
    return batch


def finish_batch(batch: ImportBatch, preview: Preview, result: CommitResult) -> None:
    batch.rows_created = result.created
    batch.rows_updated = result.updated
    batch.rows_unchanged = result.unchanged
    batch.rows_skipped = result.skipped
    batch.rows_failed = result.errors
    batch.summary = preview.summary()


class ChangeLog:
    """ImportRows gathered during a commit, written in executemany chunks (kept as
    tuples until then: a third of the memory of 100,000 dicts). Given the session, a
    chunk is written as soon as it is full (in the commit's transaction), so a
    1,000,000-row import does not hold a million of them; else all at write()."""

    COLUMNS = ("source_row", "entity", "entity_id", "action", "previous", "version_after")
    CHUNK = 5000

    def __init__(self, batch_id: int, session: Session | None = None) -> None:
        self.batch_id = batch_id
        self.rows: list[tuple[Any, ...]] = []
        self._session = session
        self._writer: TableWriter | None = None

    def created(self, entity: str, entity_id: int, source_row: int | None, version: int) -> None:
        self.rows.append((source_row, entity, entity_id, ImportAction.CREATED, None, version))
        if self._session is not None and len(self.rows) >= self.CHUNK:
            self.write(self._session)

    def updated(
        self,
        entity: str,
        entity_id: int,
        source_row: int | None,
        previous: dict[str, Any],
        version: int,
    ) -> None:
        self.rows.append((source_row, entity, entity_id, ImportAction.UPDATED, previous, version))
        if self._session is not None and len(self.rows) >= self.CHUNK:
            self.write(self._session)

    def write(self, session: Session) -> None:
        """Insert the rows gathered so far (and let go of them)."""
        if self._writer is None:
            self._writer = TableWriter(session, IMPORT_ROWS, ("batch_id", *self.COLUMNS))
        writer = self._writer
        batch_id = self.batch_id
        rows, self.rows = self.rows, []
        for start in range(0, len(rows), self.CHUNK):
            writer.insert([(batch_id, *row) for row in rows[start : start + self.CHUNK]])
