from __future__ import annotations

from sqlalchemy.orm import Session

from app.queries.lists import (
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


def test_pages_of_rows_with_latest_offers_and_totals(session: Session) -> None:
    from decimal import Decimal

    from app.queries.lists import contact_page, negotiation_page, shipment_page
    from app.services.negotiations import add_offer

    supplier = create_supplier(session, {"name": "Berries del Biobío SpA", "country": "CL"})
    create_contact(session, supplier.id, {"name": "Ana Díaz", "email": "ana@bb.cl"})
    deals = [
        create_negotiation(session, supplier.id, {"currency": "USD"}, product_name=f"P{i}")
        for i in range(3)
    ]
    add_offer(
        session, deals[0].id, {"side": "supplier", "price": "6.10", "offered_on": "2026-10-01"}
    )
    add_offer(session, deals[0].id, {"side": "buyer", "price": "5.20", "offered_on": "2026-10-02"})
    add_offer(
        session, deals[0].id, {"side": "supplier", "price": "5.80", "offered_on": "2026-10-03"}
    )
    create_shipment(session, deals[0].id, {"reference": "B-1", "etd": "2026-11-02"})
    create_shipment(session, deals[1].id, {"reference": "B-2", "etd": "2026-11-01"})

    first = negotiation_page(session, NegotiationQuery(limit=2, sort="product", descending=False))
    assert first.total == 3
    assert [r.product for r in first.rows] == ["P0", "P1"]
    row = first.rows[0]
    assert (row.supplier_price, row.buyer_price, row.gap) == (
        Decimal("5.8000"),
        Decimal("5.2000"),
        Decimal("0.6000"),
    )
    assert (row.offers, row.offer_currency) == (3, "USD")
    assert first.rows[1].offers == 0
    assert first.rows[1].gap is None
    last = negotiation_page(
        session, NegotiationQuery(limit=2, offset=2, sort="product", descending=False)
    )
    assert ([r.product for r in last.rows], last.total) == (["P2"], 3)

    shipments = shipment_page(session, ShipmentQuery(sort="etd", descending=False))
    assert [s.reference for s in shipments.rows] == ["B-2", "B-1"]
    assert shipments.rows[0].missing_documents == 6
    assert shipments.rows[0].supplier == "Berries del Biobío SpA"

    contacts = contact_page(session, ContactQuery(text="ana diaz"))
    assert [(c.name, c.supplier) for c in contacts.rows] == [("Ana Díaz", "Berries del Biobío SpA")]


def test_unknown_sort_is_refused(session: Session) -> None:
    import pytest

    from app.queries.lists import negotiation_page

    with pytest.raises(ValueError, match="cannot sort by 'secret'"):
        negotiation_page(session, NegotiationQuery(sort="secret"))
