"""Negotiations (deals) and their offer rounds: the price history of a deal is its offers."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Archivable, Audited, Base, enum_column
from models.enums import Incoterm, NegotiationStage, OfferSide, Unit
from models.types import currency_code, intpk, money, name_str, quantity

if TYPE_CHECKING:
    from models.activity import Activity
    from models.product import Product
    from models.shipment import Shipment
    from models.supplier import Supplier


class Negotiation(Audited, Archivable, Base):
    __tablename__ = "negotiations"
    __table_args__ = (
        CheckConstraint(
            "delivery_start IS NULL OR delivery_end IS NULL OR delivery_start <= delivery_end",
            name="delivery_window",
        ),
        CheckConstraint("target_price IS NULL OR target_price > 0", name="target_price"),
        CheckConstraint("target_volume IS NULL OR target_volume > 0", name="target_volume"),
        Index("ix_negotiations_stage", "stage"),
        Index("ix_negotiations_updated_at", "updated_at"),
    )

    id: Mapped[intpk]
    supplier_id: Mapped[int] = mapped_column(
        ForeignKey("suppliers.id", ondelete="RESTRICT"), index=True
    )
    product_id: Mapped[int] = mapped_column(
        ForeignKey("products.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[name_str]
    stage: Mapped[NegotiationStage] = enum_column(NegotiationStage, default=NegotiationStage.LEAD)
    grade: Mapped[str | None] = mapped_column(String(80))
    """Grade, size or caliber: 'Cat I, calibre 48', 'XL 26-28 mm', 'U-15'."""
    target_volume: Mapped[quantity | None]
    volume_unit: Mapped[Unit | None] = enum_column(Unit)
    target_price: Mapped[money | None]
    currency: Mapped[currency_code | None]
    price_unit: Mapped[Unit | None] = enum_column(Unit)
    """The unit the price is per: USD per kg, per box..."""
    incoterm: Mapped[Incoterm | None] = enum_column(Incoterm)
    incoterm_place: Mapped[str | None] = mapped_column(String(120))
    origin_port: Mapped[str | None] = mapped_column(String(120))
    destination_port: Mapped[str | None] = mapped_column(String(120))
    payment_terms: Mapped[str | None] = mapped_column(String(200))
    delivery_start: Mapped[date | None] = mapped_column(Date)
    delivery_end: Mapped[date | None] = mapped_column(Date)
    owner: Mapped[str | None] = mapped_column(String(80))
    expected_close: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    supplier: Mapped[Supplier] = relationship(back_populates="negotiations")
    product: Mapped[Product] = relationship()
    offers: Mapped[list[Offer]] = relationship(
        back_populates="negotiation",
        cascade="all, delete-orphan",
        order_by="(Offer.offered_on, Offer.id)",
    )
    shipments: Mapped[list[Shipment]] = relationship(
        back_populates="negotiation", passive_deletes="all", order_by="Shipment.id"
    )
    activities: Mapped[list[Activity]] = relationship(
        back_populates="negotiation", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"<Negotiation {self.id} {self.title!r} {self.stage}>"


class Offer(Audited, Base):
    __tablename__ = "offers"
    __table_args__ = (
        CheckConstraint("price > 0", name="price_positive"),
        CheckConstraint("volume IS NULL OR volume > 0", name="volume_positive"),
        Index("ix_offers_negotiation_offered_on", "negotiation_id", "offered_on"),
    )

    id: Mapped[intpk]
    negotiation_id: Mapped[int] = mapped_column(ForeignKey("negotiations.id", ondelete="CASCADE"))
    side: Mapped[OfferSide] = enum_column(OfferSide)
    offered_on: Mapped[date] = mapped_column(Date)
    price: Mapped[money]
    currency: Mapped[currency_code]
    price_unit: Mapped[Unit] = enum_column(Unit, default=Unit.KG)
    volume: Mapped[quantity | None]
    volume_unit: Mapped[Unit | None] = enum_column(Unit)
    incoterm: Mapped[Incoterm | None] = enum_column(Incoterm)
    incoterm_place: Mapped[str | None] = mapped_column(String(120))
    valid_until: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    negotiation: Mapped[Negotiation] = relationship(back_populates="offers")

    @property
    def unit_price_label(self) -> str:
        return f"{self.currency} {self.price:.2f}/{self.price_unit}"

    def __repr__(self) -> str:
        return f"<Offer {self.id} {self.side} {self.currency} {self.price}>"
