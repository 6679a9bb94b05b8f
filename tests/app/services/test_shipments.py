from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.services import shipments as svc
from app.services.products import update_product
from models import DocumentKind, DocumentStatus, Negotiation, ShipmentMode, ShipmentStatus

MakeNegotiation = Callable[..., Negotiation]


def test_sea_shipment_gets_reference_checklist_ports_and_setpoint(
    make_negotiation: MakeNegotiation, session: Session
) -> None:
    negotiation = make_negotiation(origin_port="Valparaíso", destination_port="Shanghai")
    update_product(session, negotiation.product_id, {"temp_min_c": "-0.5", "temp_max_c": "0"})
    shipment = svc.create_shipment(
        session,
        negotiation.id,
        {
            "container_no": "msku 907032-3",
            "etd": "2026-12-01",
            "eta": "2027-01-05",
            "transport_doc_no": "MAEU123456789",
            "vessel": "Maersk Valencia 612E",
        },
    )
    assert shipment.reference == f"SHP-{date.today().year}-0001"
    assert shipment.container_no == "MSKU9070323"
    assert (shipment.origin_port, shipment.destination_port) == ("Valparaíso", "Shanghai")
    assert shipment.reefer_setpoint_c == Decimal("-0.5")
    assert [d.kind for d in shipment.documents] == list(svc.SEA_DOCUMENTS)
    assert svc.missing_documents(shipment) == list(svc.SEA_DOCUMENTS)
    second = svc.create_shipment(session, negotiation.id, {})
    assert second.reference == f"SHP-{date.today().year}-0002"


def test_air_shipment_has_no_container_and_no_bl(
    make_negotiation: MakeNegotiation, session: Session
) -> None:
    negotiation = make_negotiation()
    shipment = svc.create_shipment(
        session, negotiation.id, {"mode": "aéreo", "transport_doc_no": "045-12345675"}
    )
    assert shipment.mode is ShipmentMode.AIR
    assert DocumentKind.BILL_OF_LADING not in [d.kind for d in shipment.documents]
    with pytest.raises(ValidationError, match="an air shipment has no sea container"):
        svc.update_shipment(session, shipment.id, {"container_no": "MSKU9070323"})


def test_bad_shipment_values_are_all_named(
    make_negotiation: MakeNegotiation, session: Session
) -> None:
    negotiation = make_negotiation()
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    with pytest.raises(ValidationError) as caught:
        svc.create_shipment(
            session,
            negotiation.id,
            {
                "container_no": "MSKU9070324",
                "etd": "2026-12-10",
                "eta": "2026-12-01",
                "atd": tomorrow,
                "reefer_setpoint_c": "-90",
                "status": "lost at sea",
            },
        )
    fields = {e.field: e.message for e in caught.value.errors}
    assert set(fields) == {"container_no", "eta", "atd", "reefer_setpoint_c", "status"}
    assert "check digit" in fields["container_no"]
    assert "in the future" in fields["atd"]


def test_shipment_moves_through_its_statuses(
    make_negotiation: MakeNegotiation, session: Session
) -> None:
    shipment = svc.create_shipment(session, make_negotiation().id, {})
    today = date.today()
    for status, changes in [
        ("booked", {}),
        ("en tránsito", {"atd": (today - timedelta(days=20)).isoformat()}),
        ("customs", {}),
        ("incident", {"notes": "Reefer alarm at 4 °C on day 12"}),
        ("delivered", {"ata": today.isoformat()}),
    ]:
        svc.update_shipment(session, shipment.id, {"status": status, **changes})
    assert shipment.status is ShipmentStatus.DELIVERED
    assert shipment.ata == today
    assert shipment.notes == "Reefer alarm at 4 °C on day 12"


def test_reference_must_be_unique(make_negotiation: MakeNegotiation, session: Session) -> None:
    negotiation = make_negotiation()
    svc.create_shipment(session, negotiation.id, {"reference": "CHERRY-01"})
    with pytest.raises(ValidationError, match="CHERRY-01 is already used"):
        svc.create_shipment(session, negotiation.id, {"reference": "CHERRY-01"})


def test_document_checklist(make_negotiation: MakeNegotiation, session: Session) -> None:
    shipment = svc.create_shipment(session, make_negotiation().id, {})
    doc = svc.set_document(
        session, shipment.id, "phytosanitary", {"status": "received", "reference": "SAG-2026-5531"}
    )
    assert doc.status is DocumentStatus.RECEIVED
    assert doc.received_on == date.today()
    assert DocumentKind.PHYTOSANITARY not in svc.missing_documents(shipment)
    with pytest.raises(ValidationError, match="Document: 'visa' is not one of"):
        svc.set_document(session, shipment.id, "visa", {})


def test_delete_shipment(make_negotiation: MakeNegotiation, session: Session) -> None:
    negotiation = make_negotiation()
    shipment = svc.create_shipment(session, negotiation.id, {})
    svc.delete_shipment(session, shipment.id)
    assert negotiation.shipments == []


def test_air_shipment_takes_no_sea_defaults(
    make_negotiation: MakeNegotiation, session: Session
) -> None:
    negotiation = make_negotiation(origin_port="Callao", destination_port="Shanghai")
    update_product(session, negotiation.product_id, {"temp_min_c": "0", "temp_max_c": "2"})
    shipment = svc.create_shipment(session, negotiation.id, {"mode": "air"})
    assert (shipment.origin_port, shipment.destination_port) == (None, None)
    assert shipment.reefer_setpoint_c is None


def test_document_not_required_is_not_missing(
    make_negotiation: MakeNegotiation, session: Session
) -> None:
    shipment = svc.create_shipment(session, make_negotiation(product="Frozen prawns").id, {})
    svc.set_document(session, shipment.id, "phytosanitary", {"status": "no aplica"})
    assert DocumentKind.PHYTOSANITARY not in svc.missing_documents(shipment)
    assert shipment.documents[0].status is DocumentStatus.NOT_REQUIRED
    assert shipment.documents[0].received_on is None
