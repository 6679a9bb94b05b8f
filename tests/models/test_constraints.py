"""What the database itself guarantees, whatever code writes to it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from models import (
    Activity,
    Negotiation,
    Offer,
    OfferSide,
    Product,
    Shipment,
    Supplier,
)
from models.audit import server_login


def _supplier(session: Session, **kw: object) -> Supplier:
    supplier = Supplier(name="Test", country="CL", **kw)
    session.add(supplier)
    session.flush()
    return supplier


def _deal(session: Session) -> Negotiation:
    product = Product(name="Cherries", key="cherries")
    deal = Negotiation(supplier=_supplier(session), product=product, title="T")
    session.add(deal)
    session.flush()
    return deal


def test_tax_id_unique_within_a_country(session: Session) -> None:
    _supplier(session, tax_id="76.123.456-7")
    with pytest.raises(IntegrityError), session.begin_nested():
        _supplier(session, tax_id="76123456-7")
    peru = Supplier(name="Test", country="PE", tax_id="76123456-7")
    session.add(peru)
    session.flush()
    assert peru.id is not None


def test_tax_id_key_maintained_by_every_flush(session: Session) -> None:
    supplier = _supplier(session, tax_id="30-71234567-8")
    assert supplier.tax_id_key == "30712345678"
    assert supplier.name_key == "test"


@pytest.mark.parametrize(
    ("model_kwargs", "constraint"),
    [
        ({"price": Decimal("0")}, "price_positive"),
        ({"price": Decimal("1"), "volume": Decimal("-2")}, "volume_positive"),
    ],
)
def test_offer_checks(session: Session, model_kwargs: dict[str, object], constraint: str) -> None:
    deal = _deal(session)
    offer = Offer(
        negotiation=deal,
        side=OfferSide.BUYER,
        offered_on=date(2026, 1, 1),
        currency="USD",
        **model_kwargs,
    )
    session.add(offer)
    with pytest.raises(IntegrityError, match=constraint):
        session.flush()


def test_shipment_eta_not_before_etd(session: Session) -> None:
    session.add(
        Shipment(
            negotiation=_deal(session), reference="R1", etd=date(2026, 5, 2), eta=date(2026, 5, 1)
        )
    )
    with pytest.raises(IntegrityError, match="etd_before_eta"):
        session.flush()


def test_activity_has_exactly_one_parent(session: Session) -> None:
    deal = _deal(session)
    session.add(Activity(subject="x", supplier_id=deal.supplier_id, negotiation_id=deal.id))
    with pytest.raises(IntegrityError, match="one_parent"):
        session.flush()


def test_negotiation_keeps_its_supplier(session: Session) -> None:
    deal = _deal(session)
    with pytest.raises(IntegrityError):
        session.execute(text("DELETE FROM suppliers WHERE id = :id"), {"id": deal.supplier_id})


def test_unknown_enum_value_is_refused_by_the_orm(session: Session) -> None:
    supplier = _supplier(session)
    supplier.status = "dormant"  # type: ignore[assignment]
    with pytest.raises(StatementError, match="'dormant' is not among the defined enum values"):
        session.flush()


def test_version_increments_and_stale_update_fails(session: Session) -> None:
    supplier = _supplier(session)
    assert supplier.version == 1
    supplier.city = "Talca"
    session.flush()
    assert supplier.version == 2
    session.execute(text("UPDATE suppliers SET version = 7 WHERE id = :id"), {"id": supplier.id})
    supplier.city = "Linares"
    with pytest.raises(StaleDataError):
        session.flush()


def test_money_keeps_four_decimals(session: Session) -> None:
    deal = _deal(session)
    deal.target_price = Decimal("2.4550")
    deal.currency = "USD"
    session.flush()
    session.expire(deal)
    assert deal.target_price == Decimal("2.4550")


def test_timestamps_are_aware_utc_and_actor_is_stamped(session: Session) -> None:
    supplier = _supplier(session)
    session.expire(supplier)
    assert supplier.created_at.utcoffset() is not None
    assert supplier.created_by == (server_login(session.connection()) or "tester")
