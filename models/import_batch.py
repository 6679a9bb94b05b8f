"""One spreadsheet import: which file, when, and what it did (filled in by the importer)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import String, Text
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
