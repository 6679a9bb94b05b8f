"""The home view's figures: the pipeline by stage, shipments on the water, follow-ups due."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.queries.compliance import ComplianceCounts, compliance_counts
from app.queries.compliance_alerts import DEFAULT_WINDOW, card_windows
from app.queries.landed_costs import LandedSettings
from app.queries.parallel_reads import Read, Reads, read_apart
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
    parts = _parts(today, currency, compliance_window)
    return _dashboard([part(session) for part in parts], compliance_window)


def read_dashboard(
    database: Reads,
    today: date,
    currency: str = LandedSettings().currency,
    compliance_window: int = DEFAULT_WINDOW,
) -> Dashboard:
    """build_dashboard's figures, its five reads at once on a server (read_apart): the
    window waits for the slowest, not for all six statements one after another."""
    parts = _parts(today, currency, compliance_window)
    return _dashboard(read_apart(database, *parts), compliance_window)


def _parts(today: date, currency: str, compliance_window: int) -> list[Read]:
    return [
        _active_suppliers,
        lambda session: pipeline_totals(session, OPEN_STAGES, currency=currency, on=today),
        lambda session: _moving_shipments(session, today),
        lambda session: _due_tasks(session, today),
        lambda session: compliance_counts(session, today, card_windows(compliance_window)),
    ]


def _dashboard(parts: list[Any], compliance_window: int) -> Dashboard:
    suppliers, pipeline, shipments, tasks, compliance = parts
    return Dashboard(suppliers, pipeline, shipments, tasks, compliance, compliance_window)


def _active_suppliers(session: Session) -> int:
    return (
        session.scalar(select(func.count(Supplier.id)).where(Supplier.archived_at.is_(None))) or 0
    )


def _moving_shipments(session: Session, today: date) -> list[MovingShipment]:
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
    return [
        MovingShipment(i, ref, name, status, port, eta, eta is not None and eta < today)
        for i, ref, name, status, port, eta in moving
    ]


def _due_tasks(session: Session, today: date) -> list[DueTask]:
    due = follow_ups(session, today, days_ahead=0)
    return [_due(t, today) for t in (*due.overdue, *due.today)]


def _due(task: Activity, today: date) -> DueTask:
    assert task.due_on is not None
    if task.supplier_id is not None:
        kind, parent = "supplier", task.supplier_id
    elif task.negotiation_id is not None:
        kind, parent = "negotiation", task.negotiation_id
    else:
        kind, parent = "shipment", task.shipment_id or 0
    return DueTask(task.id, task.subject, task.due_on, task.due_on < today, kind, parent)
