from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from app.queries.dashboard import build_dashboard
from app.services.activities import Parent, add_task
from app.services.negotiations import create_negotiation
from app.services.shipments import create_shipment
from app.services.suppliers import create_supplier
from models import NegotiationStage


def test_dashboard(session: Session) -> None:
    today = date(2026, 11, 27)
    empty = build_dashboard(session, today)
    assert empty.empty
    supplier = create_supplier(session, {"name": "Pesquera Patagonia S.A.", "country": "AR"})
    a = create_negotiation(
        session,
        supplier.id,
        {
            "currency": "USD",
            "target_price": "9.50",
            "price_unit": "kg",
            "target_volume": "20",
            "volume_unit": "t",
            "stage": "negotiating",
        },
        product_name="Prawns",
    )
    create_negotiation(
        session,
        supplier.id,
        {
            "currency": "CNY",
            "target_price": "60",
            "price_unit": "kg",
            "target_volume": "1000",
            "volume_unit": "kg",
            "stage": "negotiating",
        },
        product_name="Hake",
    )
    create_negotiation(session, supplier.id, {"stage": "closed lost"}, product_name="Squid")
    create_shipment(
        session,
        a.id,
        {
            "reference": "LATE",
            "status": "in transit",
            "eta": (today - timedelta(days=2)).isoformat(),
        },
    )
    create_shipment(session, a.id, {"reference": "DONE", "status": "delivered"})
    create_shipment(
        session,
        a.id,
        {
            "reference": "SOON",
            "status": "at customs",
            "eta": (today + timedelta(days=3)).isoformat(),
        },
    )
    add_task(session, Parent("negotiation", a.id), {"subject": "Call", "due_on": "2026-11-20"})
    add_task(session, Parent("supplier", supplier.id), {"subject": "Visit", "due_on": "2026-11-27"})
    add_task(session, Parent("supplier", supplier.id), {"subject": "Later", "due_on": "2026-12-27"})
    board = build_dashboard(session, today)
    assert not board.empty
    stages = {f.stage: f for f in board.pipeline}
    assert NegotiationStage.CLOSED_LOST not in stages
    assert stages[NegotiationStage.NEGOTIATING].count == 2
    assert stages[NegotiationStage.NEGOTIATING].value == {
        "CNY": Decimal("60000"),
        "USD": Decimal("190000"),
    }
    assert [(s.reference, s.late) for s in board.shipments] == [("LATE", True), ("SOON", False)]
    assert [(t.subject, t.overdue, t.parent_kind) for t in board.tasks] == [
        ("Call", True, "negotiation"),
        ("Visit", False, "supplier"),
    ]
