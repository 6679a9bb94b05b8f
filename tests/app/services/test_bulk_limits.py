"""The bulk insert (the importer's new suppliers, negotiations and offers, written with
executemany past the FormSpecs) checks every value against its column's limits, keys
folded from the values included: a value past one is a ValidationError naming the record
and the field, on SQLite and PostgreSQL (TEST_DATABASE_URL) alike, and nothing of the
chunk is written (issue 13 point 2)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.services.bulk import (
    ContactRecord,
    NegotiationRecord,
    OfferRecord,
    SupplierRecord,
    bulk_insert_negotiations,
    bulk_insert_offers,
    bulk_insert_suppliers,
)
from app.services.negotiations import create_negotiation
from app.services.suppliers import create_supplier
from models import Contact, Negotiation, Offer, OfferSide, Product, Supplier
from models.base import Base

LIGATURE = "\ufdfa"  # folds to 18 characters
LONG_URL = "https://example.com/" + "a" * 100_000
HUGE = Decimal("99999999999999999999999999999999")


def _counts(session: Session, *models: type[Base]) -> list[int]:
    return [session.scalar(select(func.count()).select_from(m)) or 0 for m in models]


def _refusal(session: Session, records: list[SupplierRecord]) -> list[str]:
    tables = (Supplier, Contact, Product)
    before = _counts(session, *tables)
    with pytest.raises(ValidationError) as refused:
        bulk_insert_suppliers(session, records)
    assert _counts(session, *tables) == before
    return [str(e) for e in refused.value.errors]


def _fine(name: str) -> SupplierRecord:
    return SupplierRecord(name=name, country="CL", product_names=("Cereza Lapins",))


def test_a_supplier_value_past_its_column_names_the_record_and_the_field(
    session: Session,
) -> None:
    records = [
        _fine("Viña Azul"),
        SupplierRecord(name="Viña Larga", country="CL", website=LONG_URL, city="C" * 121),
    ]
    assert _refusal(session, records) == [
        "Record 1, city: is 121 characters long, but at most 120 fit",
        "Record 1, website: is 100020 characters long, but at most 300 fit",
    ]
    # At their limits, the values (and the keys folded from them) are written.
    record = SupplierRecord(
        name="N" * 200,
        country="CL",
        city="C" * 120,
        website="https://example.com/" + "a" * 280,
        tax_id="ß" * 20,
        contacts=(ContactRecord(name="C" * 200, role="R" * 120),),
        product_names=("ß" * 100,),
    )
    [supplier_id] = bulk_insert_suppliers(session, [record])
    supplier = session.get_one(Supplier, supplier_id)
    assert len(supplier.website or "") == 300
    assert supplier.tax_id_key == "SS" * 20
    assert [p.key for p in supplier.products] == ["ss" * 100]


def test_a_contact_value_past_its_column_names_its_contact(session: Session) -> None:
    contacts = (ContactRecord(name="Ana"), ContactRecord(name="Luis", role="R" * 121))
    records = [SupplierRecord(name="Agrícola Rol", country="CL", contacts=contacts)]
    assert _refusal(session, records) == [
        "Record 0, contacts 1 role: is 121 characters long, but at most 120 fit"
    ]


@pytest.mark.parametrize(
    ("product", "message"),
    [
        ("P" * 250, "is 250 characters long, but at most 200 fit"),
        ("ß" * 200, "is too long once written for search (400 characters; at most 200 fit)"),
        (LIGATURE * 200, "is too long once written for search (3600 characters; at most 200 fit)"),
    ],
    ids=["250 characters", "eszett", "ligature"],
)
def test_a_product_name_past_its_column_or_its_key_is_refused(
    session: Session, product: str, message: str
) -> None:
    records = [SupplierRecord(name="Frutas Largas", country="CL", product_names=("Uva", product))]
    assert _refusal(session, records) == [
        f"Record 0, product names 1: {message}: shorten it"
        if "search" in message
        else f"Record 0, product names 1: {message}"
    ]


def test_a_tax_id_whose_key_is_past_its_column_is_refused_and_one_without_a_key_kept(
    session: Session,
) -> None:
    records = [SupplierRecord(name="Exportadora Eszett", country="CL", tax_id="ß" * 40)]
    assert _refusal(session, records) == [
        "Record 0, tax id: is too long once written for matching (80 characters; "
        "at most 40 fit): shorten it"
    ]
    [kept] = bulk_insert_suppliers(
        session, [SupplierRecord(name=LIGATURE * 200, country="CL", tax_id=LIGATURE * 40)]
    )
    supplier = session.get_one(Supplier, kept)
    assert (supplier.tax_id, supplier.tax_id_key) == (LIGATURE * 40, None)
    assert len(supplier.name_key) == 200  # cut: a sort key, not unique


# --- negotiations and offers ----------------------------------------------------------------


def _supplier_and_product(session: Session) -> tuple[int, int]:
    supplier = create_supplier(session, {"name": "Frutícola Límites", "country": "CL"})
    deal = create_negotiation(session, supplier.id, {}, product_name="Cereza Límite")
    return supplier.id, deal.product_id


def test_a_negotiation_past_its_columns_is_refused(session: Session) -> None:
    supplier_id, product_id = _supplier_and_product(session)
    before = _counts(session, Negotiation)
    records = [
        NegotiationRecord(supplier_id, product_id, "Bien", target_price=Decimal("2.45")),
        NegotiationRecord(supplier_id, 10**30, "T" * 201, target_price=HUGE),
    ]
    with pytest.raises(ValidationError) as refused:
        bulk_insert_negotiations(session, records)
    assert [str(e) for e in refused.value.errors] == [
        "Record 1, title: is 201 characters long, but at most 200 fit",
        f"Record 1, product id: {10**30} is too large: it must be at most 2147483647",
        "Record 1, target price: has 32 digits before the decimal point, but at most 14 fit",
    ]
    assert _counts(session, Negotiation) == before


def test_an_offer_past_its_columns_is_refused(session: Session) -> None:
    supplier_id, product_id = _supplier_and_product(session)
    [deal_id] = bulk_insert_negotiations(
        session, [NegotiationRecord(supplier_id, product_id, "Cereza")]
    )
    before = _counts(session, Offer)
    values: dict[str, Any] = {"side": OfferSide.SUPPLIER, "offered_on": date(2026, 11, 2)}
    records = [
        OfferRecord(deal_id, price=Decimal("2.45"), currency="USD", **values),
        OfferRecord(deal_id, price=HUGE, currency="USD", volume=HUGE, **values),
        OfferRecord(deal_id, price=Decimal(1), currency="USD", incoterm_place="P" * 121, **values),
    ]
    with pytest.raises(ValidationError) as refused:
        bulk_insert_offers(session, records)
    assert [str(e) for e in refused.value.errors] == [
        "Record 1, price: has 32 digits before the decimal point, but at most 14 fit",
        "Record 1, volume: has 32 digits before the decimal point, but at most 15 fit",
        "Record 2, incoterm place: is 121 characters long, but at most 120 fit",
    ]
    assert _counts(session, Offer) == before
    assert bulk_insert_offers(session, records[:1]) == 1
