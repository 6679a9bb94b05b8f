"""Freight routes and the charges at either end of them.

A route (origin port, destination port, mode) carries the main freight: `cost` in
`currency` per container (then `payload_kg`, the kg a container carries, turns it into a
cost per kg) or per kg, and the cargo insurance rate (a percent of the insured value) with
its cover (a percent of cost plus freight; Incoterms 2020's minimum is 110). Charges are
the costs at the origin or destination end, by kind, per container, per kg or per shipment,
tied to a route or to a port by name. The rows are the user's quotes: the app knows no
market rate.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from sqlalchemy import CheckConstraint, Date, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Audited, Base, enum_column
from models.enums import ShipmentMode
from models.types import StoredNumeric, currency_code, intpk, money, quantity, short_str

PERCENT_PRECISION = 7
PERCENT_SCALE = 4
DEFAULT_COVER = Decimal(110)
"""Incoterms 2020 (CIF, CIP): insurance covers at least the contract price plus 10%."""

percent = Annotated[Decimal, mapped_column(StoredNumeric(PERCENT_PRECISION, PERCENT_SCALE))]


class FreightBasis(StrEnum):
    """What a route's freight cost is for."""

    CONTAINER = "container"
    KG = "kg"


class ChargeBasis(StrEnum):
    """What a charge's amount is for."""

    CONTAINER = "container"
    KG = "kg"
    SHIPMENT = "shipment"


class ChargeSide(StrEnum):
    ORIGIN = "origin"
    DESTINATION = "destination"


class ChargeKind(StrEnum):
    # origin
    PICKUP = "pickup"
    EXPORT_CLEARANCE = "export_clearance"
    INLAND_TRANSPORT = "inland_transport"
    TERMINAL_HANDLING = "terminal_handling"
    LOADING = "loading"
    # destination
    UNLOADING = "unloading"
    PORT = "port"
    IMPORT_CLEARANCE = "import_clearance"
    INSPECTION = "inspection"
    COLD_STORE = "cold_store"
    DELIVERY = "delivery"


KINDS_BY_SIDE = {
    ChargeSide.ORIGIN: (
        ChargeKind.PICKUP,
        ChargeKind.EXPORT_CLEARANCE,
        ChargeKind.INLAND_TRANSPORT,
        ChargeKind.TERMINAL_HANDLING,
        ChargeKind.LOADING,
    ),
    ChargeSide.DESTINATION: (
        ChargeKind.UNLOADING,
        ChargeKind.PORT,
        ChargeKind.IMPORT_CLEARANCE,
        ChargeKind.INSPECTION,
        ChargeKind.COLD_STORE,
        ChargeKind.DELIVERY,
    ),
}
"""The kinds of charge each end of a route has."""


class FreightRoute(Audited, Base):
    __tablename__ = "freight_routes"
    __table_args__ = (
        CheckConstraint("cost > 0", name="cost_positive"),
        CheckConstraint("payload_kg IS NULL OR payload_kg > 0", name="payload_positive"),
        CheckConstraint(
            "per <> 'container' OR payload_kg IS NOT NULL", name="container_has_payload"
        ),
        CheckConstraint(
            "insurance_rate IS NULL OR (insurance_rate >= 0 AND insurance_rate <= 100)",
            name="insurance_rate_percent",
        ),
        CheckConstraint("cover >= 100", name="cover_at_least_100"),
    )

    id: Mapped[intpk]
    origin_port: Mapped[short_str]
    destination_port: Mapped[short_str]
    mode: Mapped[ShipmentMode] = enum_column(ShipmentMode)
    cost: Mapped[money]
    """The main freight, in `currency`, for one `per`."""
    currency: Mapped[currency_code]
    per: Mapped[FreightBasis] = enum_column(FreightBasis)
    payload_kg: Mapped[quantity | None]
    """Kg one container carries (required when the cost is per container)."""
    insurance_rate: Mapped[percent | None]
    """Percent of the insured value (0.3 = 0.3%); NULL: no quote."""
    cover: Mapped[percent] = mapped_column(default=DEFAULT_COVER)
    """Insured value as a percent of cost plus freight (at least 100; 110 by default)."""
    valid_from: Mapped[date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    def __repr__(self) -> str:
        return (
            f"<FreightRoute {self.origin_port}->{self.destination_port} {self.mode} "
            f"{self.cost} {self.currency}/{self.per}>"
        )


class FreightCharge(Audited, Base):
    __tablename__ = "freight_charges"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("route_id IS NOT NULL OR port IS NOT NULL", name="route_or_port"),
    )

    id: Mapped[intpk]
    route_id: Mapped[int | None] = mapped_column(
        ForeignKey("freight_routes.id", ondelete="CASCADE"), index=True
    )
    port: Mapped[short_str | None]
    """The port the charge is at when it is not tied to one route."""
    side: Mapped[ChargeSide] = enum_column(ChargeSide)
    kind: Mapped[ChargeKind] = enum_column(ChargeKind)
    amount: Mapped[money]
    currency: Mapped[currency_code]
    per: Mapped[ChargeBasis] = enum_column(ChargeBasis)

    def __repr__(self) -> str:
        return f"<FreightCharge {self.side} {self.kind} {self.amount} {self.currency}/{self.per}>"
