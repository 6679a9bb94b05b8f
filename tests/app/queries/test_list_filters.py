from __future__ import annotations

from sqlalchemy.orm import Session

from app.queries.lists import ContactQuery, ShipmentQuery, contact_page, shipment_page
from app.services.contacts import create_contact
from app.services.negotiations import create_negotiation
from app.services.shipments import create_shipment
from app.services.suppliers import create_supplier
from models import ShipmentMode, ShipmentStatus


def test_shipments_by_mode_keep_every_other_filter(session: Session) -> None:
    supplier = create_supplier(session, {"name": "Pesquera Patagonia S.A.", "country": "AR"})
    deal = create_negotiation(session, supplier.id, {}, product_name="Prawns")
    sea = create_shipment(session, deal.id, {"reference": "S-1", "etd": "2026-10-01"})
    air = create_shipment(
        session, deal.id, {"reference": "A-1", "mode": "air", "etd": "2026-10-02"}
    )
    create_shipment(session, deal.id, {"reference": "A-2", "mode": "air", "status": "booked"})
    by_air = shipment_page(session, ShipmentQuery(modes=[ShipmentMode.AIR]))
    assert [r.reference for r in by_air.rows] == ["A-1", "A-2"]
    assert by_air.total == 2
    assert by_air.rows[0].missing_documents == 5
    assert by_air.rows[0].supplier == "Pesquera Patagonia S.A."
    for mode, expected in ((ShipmentMode.AIR, air.id), (ShipmentMode.SEA, sea.id)):
        planned = ShipmentQuery(text="patagonia", statuses=[ShipmentStatus.PLANNED], modes=[mode])
        assert [r.id for r in shipment_page(session, planned).rows] == [expected]


def test_shipments_by_mode_count_beyond_one_page(session: Session) -> None:
    supplier = create_supplier(session, {"name": "Agrícola Sol", "country": "PE"})
    deal = create_negotiation(session, supplier.id, {}, product_name="Blueberries")
    for number in range(5):
        create_shipment(session, deal.id, {"reference": f"A-{number}", "mode": "air"})
    page = shipment_page(session, ShipmentQuery(limit=2, modes=[ShipmentMode.AIR]))
    assert (len(page.rows), page.total) == (2, 5)


def test_contacts_by_supplier_country(session: Session) -> None:
    mexico = create_supplier(session, {"name": "Aguacates Uruapan", "country": "MX"})
    chile = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"})
    jose = create_contact(session, mexico.id, {"name": "José Núñez"})
    ana = create_contact(session, chile.id, {"name": "Ana Díaz"})
    in_mexico = contact_page(session, ContactQuery(countries=["mx"]))
    assert [r.id for r in in_mexico.rows] == [jose.id]
    assert in_mexico.rows[0].country == "MX"
    both = contact_page(session, ContactQuery(text="a", countries=["MX", "CL"]))
    assert {r.id for r in both.rows} == {jose.id, ana.id}
    assert contact_page(session, ContactQuery(text="jose", countries=["CL"])).rows == []
