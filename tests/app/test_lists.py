from __future__ import annotations

from sqlalchemy.orm import Session

from app.lists import (
    ContactQuery,
    NegotiationQuery,
    ShipmentQuery,
    list_contacts,
    list_negotiations,
    list_shipments,
)
from app.services.contacts import create_contact
from app.services.negotiations import archive_negotiation, create_negotiation
from app.services.shipments import create_shipment, update_shipment
from app.services.suppliers import archive_supplier, create_supplier
from models import NegotiationStage, ShipmentStatus


def test_negotiation_list_filters(session: Session) -> None:
    nuble = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"})
    para = create_supplier(session, {"name": "Açaí do Pará Ltda.", "country": "BR"})
    cherries = create_negotiation(session, nuble.id, {"owner": "Li Wei"}, product_name="Cherries")
    acai = create_negotiation(session, para.id, {"stage": "sampling"}, product_name="Açaí pulp")
    assert {n.id for n in list_negotiations(session, NegotiationQuery())} == {cherries.id, acai.id}
    assert list_negotiations(session, NegotiationQuery(text="nuble")) == [cherries]
    assert list_negotiations(session, NegotiationQuery(text="acai")) == [acai]
    assert list_negotiations(session, NegotiationQuery(text="li wei")) == [cherries]
    stages = NegotiationQuery(stages=[NegotiationStage.SAMPLING])
    assert list_negotiations(session, stages) == [acai]
    assert list_negotiations(session, NegotiationQuery(supplier_id=nuble.id)) == [cherries]
    archive_negotiation(session, acai.id)
    assert list_negotiations(session, NegotiationQuery()) == [cherries]
    assert len(list_negotiations(session, NegotiationQuery(include_archived=True))) == 2


def test_shipment_list_filters(session: Session) -> None:
    supplier = create_supplier(session, {"name": "Pesquera Patagonia S.A.", "country": "AR"})
    deal = create_negotiation(session, supplier.id, {}, product_name="Prawns")
    first = create_shipment(session, deal.id, {"container_no": "MSKU9070323", "etd": "2026-10-01"})
    second = create_shipment(session, deal.id, {"etd": "2026-11-01"})
    update_shipment(session, second.id, {"status": "booked"})
    assert list_shipments(session, ShipmentQuery()) == [second, first]
    assert list_shipments(session, ShipmentQuery(text="msku907")) == [first]
    assert list_shipments(session, ShipmentQuery(text="patagonia")) == [second, first]
    booked = ShipmentQuery(statuses=[ShipmentStatus.BOOKED])
    assert list_shipments(session, booked) == [second]


def test_contact_list_accent_free_and_hides_archived_suppliers(session: Session) -> None:
    supplier = create_supplier(session, {"name": "Aguacates Uruapan", "country": "MX"})
    jose = create_contact(session, supplier.id, {"name": "José Núñez", "email": "jn@x.mx"})
    create_contact(session, supplier.id, {"name": "Ana"})
    assert list_contacts(session, ContactQuery(text="jose nunez")) == [jose]
    assert list_contacts(session, ContactQuery(text="JN@X")) == [jose]
    assert len(list_contacts(session, ContactQuery(text="uruapan"))) == 2
    archive_supplier(session, supplier.id)
    assert list_contacts(session, ContactQuery()) == []
