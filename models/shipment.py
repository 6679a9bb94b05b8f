"""Shipments under a deal (reefer containers by sea, or air freight) and their documents."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Audited, Base, enum_column
from models.enums import DocumentKind, DocumentStatus, ShipmentMode, ShipmentStatus
from models.types import intpk, temperature

if TYPE_CHECKING:
    from models.activity import Activity
    from models.negotiation import Negotiation


class Shipment(Audited, Base):
    __tablename__ = "shipments"
    __table_args__ = (
        CheckConstraint("etd IS NULL OR eta IS NULL OR etd <= eta", name="etd_before_eta"),
        CheckConstraint("atd IS NULL OR ata IS NULL OR atd <= ata", name="atd_before_ata"),
        Index("ix_shipments_status", "status"),
    )

    id: Mapped[intpk]
    negotiation_id: Mapped[int] = mapped_column(
        ForeignKey("negotiations.id", ondelete="RESTRICT"), index=True
    )
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    mode: Mapped[ShipmentMode] = enum_column(ShipmentMode, default=ShipmentMode.SEA)
    status: Mapped[ShipmentStatus] = enum_column(ShipmentStatus, default=ShipmentStatus.PLANNED)
    container_no: Mapped[str | None] = mapped_column(String(11))
    """ISO 6346 container number, check digit verified: MSKU1234565."""
    seal_no: Mapped[str | None] = mapped_column(String(40))
    transport_doc_no: Mapped[str | None] = mapped_column(String(40))
    """Bill of lading number by sea, air waybill (AWB) by air."""
    carrier: Mapped[str | None] = mapped_column(String(80))
    vessel: Mapped[str | None] = mapped_column(String(80))
    """Vessel and voyage by sea, flight number by air."""
    origin_port: Mapped[str | None] = mapped_column(String(120))
    destination_port: Mapped[str | None] = mapped_column(String(120))
    reefer_setpoint_c: Mapped[temperature | None]
    etd: Mapped[date | None] = mapped_column(Date)
    eta: Mapped[date | None] = mapped_column(Date)
    atd: Mapped[date | None] = mapped_column(Date)
    ata: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    negotiation: Mapped[Negotiation] = relationship(back_populates="shipments")
    documents: Mapped[list[ShipmentDocument]] = relationship(
        back_populates="shipment", cascade="all, delete-orphan", order_by="ShipmentDocument.id"
    )
    activities: Mapped[list[Activity]] = relationship(
        back_populates="shipment", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"<Shipment {self.id} {self.reference!r} {self.status}>"


class ShipmentDocument(Audited, Base):
    """One line of a shipment's document checklist."""

    __tablename__ = "shipment_documents"
    __table_args__ = (UniqueConstraint("shipment_id", "kind"),)

    id: Mapped[intpk]
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id", ondelete="CASCADE"))
    kind: Mapped[DocumentKind] = enum_column(DocumentKind)
    status: Mapped[DocumentStatus] = enum_column(DocumentStatus, default=DocumentStatus.MISSING)
    reference: Mapped[str | None] = mapped_column(String(80))
    received_on: Mapped[date | None] = mapped_column(Date)
    file_path: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)

    shipment: Mapped[Shipment] = relationship(back_populates="documents")
