"""Notes and follow-up tasks, attached to exactly one supplier, negotiation or shipment."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Audited, Base, enum_column
from models.types import UTCDateTime, intpk, utcnow

if TYPE_CHECKING:
    from models.negotiation import Negotiation
    from models.shipment import Shipment
    from models.supplier import Supplier


class ActivityKind(StrEnum):
    NOTE = "note"
    TASK = "task"


class Activity(Audited, Base):
    __tablename__ = "activities"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN supplier_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN negotiation_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN shipment_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_parent",
        ),
        CheckConstraint("kind = 'task' OR due_on IS NULL", name="due_only_on_tasks"),
        Index("ix_activities_open_tasks", "kind", "done_at", "due_on"),
    )

    id: Mapped[intpk]
    kind: Mapped[ActivityKind] = enum_column(ActivityKind, default=ActivityKind.NOTE)
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str | None] = mapped_column(Text)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    due_on: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    assignee: Mapped[str | None] = mapped_column(String(80))
    supplier_id: Mapped[int | None] = mapped_column(
        ForeignKey("suppliers.id", ondelete="CASCADE"), index=True
    )
    negotiation_id: Mapped[int | None] = mapped_column(
        ForeignKey("negotiations.id", ondelete="CASCADE"), index=True
    )
    shipment_id: Mapped[int | None] = mapped_column(
        ForeignKey("shipments.id", ondelete="CASCADE"), index=True
    )

    supplier: Mapped[Supplier | None] = relationship(back_populates="activities")
    negotiation: Mapped[Negotiation | None] = relationship(back_populates="activities")
    shipment: Mapped[Shipment | None] = relationship(back_populates="activities")

    @property
    def is_open_task(self) -> bool:
        return self.kind is ActivityKind.TASK and self.done_at is None
