"""The home view's figures: the pipeline by stage, shipments on the water, follow-ups due."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.queries.compliance import ComplianceCounts, compliance_counts
from app.queries.compliance_alerts import DEFAULT_WINDOW, card_windows
from app.queries.landed_costs import LandedSettings
from app.queries.pipeline_totals import PipelineTotals, StageTotal, pipeline_totals
from app.services.activities import follow_ups
from models import (
    Activity,
    Negotiation,
    NegotiationStage,
    Shipment,
    ShipmentStatus,
    Supplier,
)

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
    totals: PipelineTotals
    """The open stages, lead to contracted (app.queries.pipeline_totals), in the
    reporting currency at today's rates."""
    shipments: list[MovingShipment]
    tasks: list[DueTask]
    compliance: ComplianceCounts = field(default_factory=ComplianceCounts)
    """Registrations and certificates expired, suspended and due within each of
    `compliance.due`'s windows (app.queries.compliance_alerts.card_windows)."""
    compliance_window: int = DEFAULT_WINDOW

    @property
    def pipeline(self) -> list[StageTotal]:
        return self.totals.stages

    @property
    def empty(self) -> bool:
        """Nothing recorded yet: the first-run screen is shown instead."""
        return self.suppliers == 0


def build_dashboard(
    session: Session,
    today: date,
    currency: str = LandedSettings().currency,
    compliance_window: int = DEFAULT_WINDOW,
) -> Dashboard:
    """Home's figures in six statements; `currency` is the reporting currency (the
    export settings' `landed.currency`), the pipeline's totals converted at `today`;
    `compliance_window` the days within which a registration is due (the setting)."""
    suppliers = (
        session.scalar(select(func.count(Supplier.id)).where(Supplier.archived_at.is_(None))) or 0
    )
    pipeline = pipeline_totals(session, OPEN_STAGES, currency=currency, on=today)
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
    compliance = compliance_counts(session, today, card_windows(compliance_window))
    return Dashboard(suppliers, pipeline, shipments, tasks, compliance, compliance_window)


def _due(task: Activity, today: date) -> DueTask:
    assert task.due_on is not None
    if task.supplier_id is not None:
        kind, parent = "supplier", task.supplier_id
    elif task.negotiation_id is not None:
        kind, parent = "negotiation", task.negotiation_id
    else:
        kind, parent = "shipment", task.shipment_id or 0
    return DueTask(task.id, task.subject, task.due_on, task.due_on < today, kind, parent)
