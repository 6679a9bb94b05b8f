"""A deal agreed or a shipment booked without a registration covering the product: the
change goes through, the warning comes back and stays in the record's history."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.queries.record_history import record_history
from app.services.compliance import add_registration
from app.services.negotiations import create_negotiation, update_negotiation
from app.services.shipments import create_shipment, update_shipment
from app.services.suppliers import create_supplier
from models import Activity, Negotiation, NegotiationStage, Shipment, ShipmentStatus


def deal(session: Session, name: str = "Frutícola Curicó") -> Negotiation:
    supplier = create_supplier(session, {"name": name, "country": "CL"})
    return create_negotiation(
        session, supplier.id, {"stage": "negotiating"}, product_name="Cherries"
    )


def notes(session: Session, **parent: int) -> list[Activity]:
    return list(session.scalars(select(Activity).filter_by(**parent).order_by(Activity.id)))


def test_agreeing_without_a_registration_warns_and_records_it(session: Session) -> None:
    negotiation = deal(session)
    warnings: list[str] = []
    update_negotiation(session, negotiation.id, {"stage": "agreed"}, warnings=warnings)
    assert negotiation.stage is NegotiationStage.AGREED  # a warning, not a refusal
    assert warnings == [
        "Compliance warning: Frutícola Curicó has no registration for China covering "
        "Cherries (GACC, SAG CSG/CSP, SENASICA or SENASA): none is recorded."
    ]
    [note] = notes(session, negotiation_id=negotiation.id)
    assert note.subject == warnings[0]
    assert note.body == warnings[0]
    history = record_history(session, "negotiation", negotiation.id)
    assert any(e.what == f"Note '{warnings[0]}': created" for e in history), [
        e.what for e in history
    ]
    # Agreed to contracted checks again; a change that leaves the stage does not.
    again: list[str] = []
    update_negotiation(session, negotiation.id, {"title": "Cherries 2026-27"}, warnings=again)
    assert again == []
    update_negotiation(session, negotiation.id, {"stage": "contracted"}, warnings=again)
    assert len(again) == 1
    assert len(notes(session, negotiation_id=negotiation.id)) == 2


def test_a_covering_active_registration_is_enough(session: Session) -> None:
    negotiation = deal(session)
    add_registration(
        session,
        negotiation.supplier_id,
        {"kind": "gacc", "number": "CHL0000012345", "products": ["Cherries"]},
    )
    warnings: list[str] = []
    update_negotiation(session, negotiation.id, {"stage": "contracted"}, warnings=warnings)
    assert warnings == []
    assert notes(session, negotiation_id=negotiation.id) == []


def test_an_expired_registration_is_named(session: Session) -> None:
    negotiation = deal(session)
    lapsed = date.today() - timedelta(days=12)
    add_registration(
        session,
        negotiation.supplier_id,
        {
            "kind": "sag csp",
            "number": "CSP-104233",
            "site_name": "Packing Curicó",
            "valid_until": lapsed.isoformat(),
        },
    )
    add_registration(  # a certificate never stands in for a registration
        session, negotiation.supplier_id, {"kind": "globalgap", "number": "4049929000001"}
    )
    warnings: list[str] = []
    update_negotiation(session, negotiation.id, {"stage": "agreed"}, warnings=warnings)
    assert warnings == [
        "Compliance warning: Frutícola Curicó has no active registration covering Cherries: "
        f"SAG CSP packhouse CSP-104233 (Packing Curicó) expired on {lapsed.isoformat()}."
    ]


def test_booking_a_shipment_past_the_registrations_end_warns(session: Session) -> None:
    negotiation = deal(session)
    ends = date.today() + timedelta(days=20)
    eta = date.today() + timedelta(days=45)
    add_registration(
        session,
        negotiation.supplier_id,
        {"kind": "gacc", "number": "CHL0000012345", "valid_until": ends.isoformat()},
    )
    shipment = create_shipment(session, negotiation.id, {"eta": eta.isoformat()})
    warnings: list[str] = []
    update_shipment(session, shipment.id, {"status": "booked"}, warnings=warnings)
    assert shipment.status is ShipmentStatus.BOOKED
    assert warnings == [
        "Compliance warning: GACC registration CHL0000012345 of Frutícola Curicó, covering "
        f"Cherries, expires on {ends.isoformat()}, before the ETA {eta.isoformat()}."
    ]
    [note] = notes(session, shipment_id=shipment.id)
    assert note.body == warnings[0]
    history = record_history(session, "shipment", shipment.id)
    assert any(warnings[0] in e.what for e in history)
    # In transit is no booking: no second warning.
    update_shipment(session, shipment.id, {"status": "in transit"}, warnings=warnings)
    assert len(warnings) == 1


def test_booking_within_the_registration_and_without_a_list(session: Session) -> None:
    negotiation = deal(session)
    add_registration(
        session,
        negotiation.supplier_id,
        {"kind": "gacc", "valid_until": (date.today() + timedelta(days=90)).isoformat()},
    )
    shipment = create_shipment(
        session, negotiation.id, {"eta": (date.today() + timedelta(days=30)).isoformat()}
    )
    update_shipment(session, shipment.id, {"status": "booked"})
    assert notes(session, shipment_id=shipment.id) == []
    other = deal(session, "Sin Registro SpA")
    lone = create_shipment(session, other.id, {})
    update_shipment(session, lone.id, {"status": "booked"})  # no list: still recorded
    assert len(notes(session, shipment_id=lone.id)) == 1
    assert session.get(Shipment, lone.id) is lone
