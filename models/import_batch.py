"""One spreadsheet import: which file, when, and what it did (filled in by the importer)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Audited, Base, enum_column
from models.types import UTCDateTime, intpk, utcnow


class ImportStatus(StrEnum):
    COMMITTED = "committed"
    UNDONE = "undone"


class ImportBatch(Audited, Base):
    __tablename__ = "import_batches"

    id: Mapped[intpk]
    file_name: Mapped[str] = mapped_column(String(500))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    target: Mapped[str] = mapped_column(String(30), default="suppliers")
    sheet: Mapped[str | None] = mapped_column(String(200))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    status: Mapped[ImportStatus] = enum_column(ImportStatus, default=ImportStatus.COMMITTED)
    rows_total: Mapped[int] = mapped_column(default=0)
    rows_created: Mapped[int] = mapped_column(default=0)
    rows_updated: Mapped[int] = mapped_column(default=0)
    rows_unchanged: Mapped[int] = mapped_column(default=0)
    rows_skipped: Mapped[int] = mapped_column(default=0)
    rows_failed: Mapped[int] = mapped_column(default=0)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    summary: Mapped[str | None] = mapped_column(Text)


class ImportAction(StrEnum):
    CREATED = "created"
    UPDATED = "updated"


class ImportRow(Base):
    """One record an import created or changed, with what it held before.

    Undo deletes what was created and puts `previous` back on what was updated, but only
    where the record's `version` is still `version_after`: a record edited since the
    import is left alone and reported.
    """

    __tablename__ = "import_rows"

    id: Mapped[intpk]
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), index=True
    )
    source_row: Mapped[int | None]
    """The spreadsheet's own row number the change came from."""
    entity: Mapped[str] = mapped_column(String(30))
    """Table name: suppliers, contacts, products, negotiations, offers."""
    entity_id: Mapped[int]
    action: Mapped[ImportAction] = enum_column(ImportAction)
    previous: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    """For an update: the changed fields' values before the import (JSON-ready)."""
    version_after: Mapped[int | None]


class ImportMapping(Audited, Base):
    """A column mapping the user confirmed, offered again for files with the same headers."""

    __tablename__ = "import_mappings"
    __table_args__ = (UniqueConstraint("target", "signature"),)

    id: Mapped[intpk]
    target: Mapped[str] = mapped_column(String(30))
    signature: Mapped[str] = mapped_column(String(64))
    """sha256 of the folded header row (app.importing.mapping.layout_signature)."""
    headers: Mapped[list[str]] = mapped_column(JSON)
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON)
    """{"fields": [field key or null, one per column], "options": {...}}."""
