from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.queries.lists import (
    ContactQuery,
    NegotiationQuery,
    ShipmentQuery,
    list_contacts,
    list_negotiations,
    list_shipments,
    negotiation_page,
    shipment_page,
)
from app.queries.search import SupplierQuery, search_suppliers
from app.services.contacts import create_contact
from app.services.negotiations import archive_negotiation, create_negotiation
from app.services.products import get_or_create_product
from app.services.shipments import create_shipment, update_shipment
from app.services.suppliers import (
    archive_supplier,
    create_supplier,
    set_certification,
    set_products,
    set_tags,
)
from models import Certification, Incoterm, Negotiation, NegotiationStage, ShipmentStatus


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


# --- the columns a list's chooser can add (issue 14 point 17) --------------------------------


def _statements(session: Session) -> list[str]:
    """The SQL statements `session` runs from now on (to count round trips)."""
    seen: list[str] = []
    event.listen(session.get_bind(), "before_cursor_execute", lambda *args: seen.append(args[2]))
    return seen


def test_supplier_page_rows_carry_the_extra_columns_in_one_query(session: Session) -> None:
    nuble = create_supplier(
        session,
        {
            "name": "Frutícola Ñuble SpA",
            "country": "CL",
            "region": "Ñuble",
            "email": "ventas@nuble.cl",
            "website": "https://nuble.cl",
        },
    )
    bare = create_supplier(session, {"name": "Zapallos Sur", "country": "CL"})
    set_products(
        session,
        nuble.id,
        [get_or_create_product(session, n).id for n in ("Plums", "Cherries", "Blueberries")],
    )
    set_tags(session, nuble.id, ["premium", "Orgánico"])
    set_certification(session, nuble.id, {"kind": "haccp"})
    set_certification(session, nuble.id, {"kind": "globalgap"})
    create_contact(session, nuble.id, {"name": "Ana Soto"})
    create_contact(session, nuble.id, {"name": "Luis Rojas", "is_primary": True})
    session.flush()
    seen = _statements(session)
    page = search_suppliers(session, SupplierQuery(sort="name"))
    row, other = page.rows
    assert len(seen) == 2  # the count, then the page with every column: none per row
    assert (row.id, other.id) == (nuble.id, bare.id)
    assert (row.region, row.email, row.website) == ("Ñuble", "ventas@nuble.cl", "https://nuble.cl")
    assert row.created_at is not None
    assert row.products == "Blueberries, Cherries, Plums"
    assert row.tags == "Orgánico, premium"
    assert row.certifications == (Certification.GLOBALGAP, Certification.HACCP)
    assert row.primary_contact == "Luis Rojas"
    assert (other.products, other.tags, other.certifications, other.primary_contact) == (
        None,
        None,
        (),
        None,
    )
    # A search reads the same columns (on PostgreSQL through its gathered-matches path).
    assert search_suppliers(session, SupplierQuery(text="nuble")).rows == [row]


def test_negotiation_and_shipment_rows_carry_the_extra_columns(session: Session) -> None:
    supplier = create_supplier(session, {"name": "Pesquera Patagonia S.A.", "country": "AR"})
    deal = create_negotiation(
        session,
        supplier.id,
        {
            "grade": "L1",
            "incoterm": "FOB",
            "incoterm_place": "Puerto Madryn",
            "delivery_start": "2026-11-01",
            "delivery_end": "2026-12-15",
        },
        product_name="Prawns",
    )
    create_shipment(
        session,
        deal.id,
        {
            "vessel": "Maersk Lima",
            "carrier": "Maersk",
            "seal_no": "ML-1234",
            "origin_port": "Madryn",
        },
    )
    row = negotiation_page(session, NegotiationQuery()).rows[0]
    assert (row.grade, row.incoterm, row.incoterm_place) == ("L1", Incoterm.FOB, "Puerto Madryn")
    assert (row.delivery_start, row.delivery_end) == (date(2026, 11, 1), date(2026, 12, 15))
    assert row.created_at is not None
    shipment = shipment_page(session, ShipmentQuery()).rows[0]
    assert (shipment.carrier, shipment.seal_no, shipment.vessel) == (
        "Maersk",
        "ML-1234",
        "Maersk Lima",
    )


# --- labelled prices and landed cost per kg (issue 15 point 6) -------------------------------


def _landed_deals(session: Session, count: int) -> list[int]:
    """The worked example's deal, then `count - 1` more deals of the same supplier and
    product, each with a supplier offer in USD per kg, CNY per box or (every third) with
    a price in t from a deal without ports: a missing input."""
    from app.services.negotiations import add_offer
    from tests.landed_world import avocado_deal, offer

    first = avocado_deal(session)
    offer(session, first)
    offer(session, first, side="buyer", price="418", currency="CNY", price_unit="box")
    supplier_id = session.get(Negotiation, first).supplier_id
    ids = [first]
    for n in range(1, count):
        ports = {} if n % 3 == 0 else {"origin_port": "Manzanillo", "destination_port": "Shanghai"}
        deal = create_negotiation(
            session,
            supplier_id,
            {"currency": "USD", "incoterm": "FOB Manzanillo", **ports},
            product_name="Hass avocado",
        )
        currency, unit, price = ("CNY", "box", "420") if n % 2 else ("USD", "kg", "6.00")
        add_offer(
            session,
            deal.id,
            {
                "side": "supplier",
                "price": price,
                "currency": currency,
                "price_unit": unit,
                "offered_on": "2026-12-01",
            },
        )
        ids.append(deal.id)
    return ids


def test_prices_are_labelled_and_the_latest_supplier_offer_landed(session: Session) -> None:
    from app.queries.landed_costs import LandedSettings

    first = _landed_deals(session, 4)[0]
    page = negotiation_page(session, NegotiationQuery(landed=LandedSettings()))
    rows = {r.id: r for r in page.rows}
    row = rows[first]
    assert (row.supplier_label, row.buyer_label) == ("6.00 USD/kg", "418.00 CNY/box")
    assert row.gap_label is None  # different currencies: the deal's summary gives it landed
    assert row.landed_label == "49.69 CNY/kg"
    assert row.landed_per_kg is not None
    assert str(row.landed_per_kg.quantize(Decimal("0.00000001"))) == "49.69304768"
    # CNY 420 per 10 kg box: (42.00 + 2.84) x 1.0033 x 1.09 = 49.04 CNY/kg
    per_box = [r.landed_label for r in page.rows if r.supplier_label == "420.00 CNY/box"]
    assert "49.04 CNY/kg" in per_box
    portless = next(r for r in page.rows if r.landed_per_kg is None and r.supplier_offer)
    assert portless.landed_missing[0] == "origin port of the negotiation (for its freight route)"
    assert portless.landed_label == (
        "missing: origin port of the negotiation (for its freight route)"
    )
    # Without settings, no landed cost is read (exports and pick lists).
    plain = negotiation_page(session, NegotiationQuery())
    assert all(r.landed_per_kg is None and r.landed_label is None for r in plain.rows)


def test_the_gap_label_needs_one_currency_unit_and_term(session: Session) -> None:
    from app.services.negotiations import add_offer

    supplier = create_supplier(session, {"name": "Berries del Biobío SpA", "country": "CL"})
    deal = create_negotiation(
        session, supplier.id, {"currency": "USD", "incoterm": "FOB San Antonio"}, product_name="P"
    )
    add_offer(session, deal.id, {"side": "supplier", "price": "6.10", "offered_on": "2026-10-01"})
    add_offer(session, deal.id, {"side": "buyer", "price": "5.20", "offered_on": "2026-10-02"})
    [row] = negotiation_page(session, NegotiationQuery()).rows
    assert (row.gap_label, row.target_label) == ("0.90 USD/kg", None)
    add_offer(
        session,
        deal.id,
        {"side": "buyer", "price": "5.90", "offered_on": "2026-10-03", "incoterm": "CIF Ningbo"},
    )
    [row] = negotiation_page(session, NegotiationQuery()).rows
    assert row.buyer_label == "5.90 USD/kg"
    assert row.gap_label is None


@pytest.mark.parametrize("rows", [3, 24])
def test_a_page_with_landed_costs_takes_the_same_statements_whatever_its_rows(
    session: Session, rows: int
) -> None:
    from app.queries.landed_costs import LandedSettings

    _landed_deals(session, rows)
    session.expire_all()
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", count)
    try:
        page = negotiation_page(session, NegotiationQuery(landed=LandedSettings(), limit=rows))
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(page.rows) == rows
    assert sum(r.landed_per_kg is not None for r in page.rows) >= rows // 2
    # The page, its latest offers, the count, the deals' terms, then rates, routes,
    # charges and tariffs: eight, however many rows.
    assert len(statements) == 8, statements


def test_the_list_gap_is_only_between_prices_in_one_currency_unit_and_incoterm(
    session: Session,
) -> None:
    """USD 6.00/kg against USD 55.00/box is no gap of -49: the list (and its export)
    leaves it blank, and gives it once both sides quote alike."""
    from app.services.negotiations import add_offer

    supplier = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"})
    deal = create_negotiation(
        session,
        supplier.id,
        {"currency": "USD", "price_unit": "kg", "incoterm": "FOB Valparaíso"},
        product_name="Cherries",
    )
    terms = {"currency": "USD", "incoterm": "FOB Valparaíso", "offered_on": "2026-12-01"}
    add_offer(session, deal.id, {**terms, "side": "supplier", "price": "6.00", "price_unit": "kg"})
    add_offer(session, deal.id, {**terms, "side": "buyer", "price": "55.00", "price_unit": "box"})
    row = negotiation_page(session, NegotiationQuery()).rows[0]
    assert row.gap is None
    assert row.gap_label is None
    add_offer(
        session,
        deal.id,
        {**terms, "side": "buyer", "price": "5.40", "price_unit": "kg", "offered_on": "2026-12-02"},
    )
    row = negotiation_page(session, NegotiationQuery()).rows[0]
    assert row.gap == Decimal("0.60")
    assert row.gap_label == "0.60 USD/kg"
