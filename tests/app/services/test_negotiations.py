from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.errors import ConflictError, InUseError, ValidationError
from app.services import negotiations as svc
from app.services.shipments import create_shipment
from models import Incoterm, Negotiation, NegotiationStage, OfferSide, Supplier, Unit

MakeNegotiation = Callable[..., Negotiation]


def test_create_negotiation_with_terms(
    make_supplier: Callable[..., Supplier], session: Session
) -> None:
    supplier = make_supplier()
    negotiation = svc.create_negotiation(
        session,
        supplier.id,
        {
            "target_price": "US$ 3,10",
            "price_unit": "kilo",
            "target_volume": "20",
            "volume_unit": "toneladas",
            "incoterm": "CIF Shanghai",
            "delivery_start": "01/12/2026",
            "delivery_end": "15 de enero de 2027",
            "owner": "Li Wei",
            "payment_terms": "30% advance",
        },
        product_name="Cherries",
    )
    assert negotiation.title == "Cherries – Frutícola Ñuble SpA"
    assert negotiation.currency == "USD"
    assert negotiation.target_price == Decimal("3.10")
    assert (negotiation.price_unit, negotiation.volume_unit) == (Unit.KG, Unit.T)
    assert (negotiation.incoterm, negotiation.incoterm_place) == (Incoterm.CIF, "Shanghai")
    assert negotiation.delivery_end == date(2027, 1, 15)
    assert negotiation.stage is NegotiationStage.LEAD
    assert [p.name for p in supplier.products] == ["Cherries"]


def test_negotiation_needs_product_and_place_and_window_in_order(
    make_supplier: Callable[..., Supplier], session: Session
) -> None:
    supplier = make_supplier()
    with pytest.raises(ValidationError) as caught:
        svc.create_negotiation(
            session, supplier.id, {"delivery_start": "2026-12-10", "delivery_end": "2026-12-01"}
        )
    fields = {e.field: e.message for e in caught.value.errors}
    assert fields["product"] == "is required"
    assert "before the delivery start" in fields["delivery_end"]
    with pytest.raises(ValidationError, match="Incoterm place: is required with FOB"):
        svc.create_negotiation(session, supplier.id, {"incoterm": "FOB"}, product_name="Grapes")
    with pytest.raises(ValidationError, match="Currency: is required with a target price"):
        svc.create_negotiation(session, supplier.id, {"target_price": "3"}, product_name="Grapes")


def test_price_written_in_another_currency_than_the_field(
    make_negotiation: MakeNegotiation,
) -> None:
    with pytest.raises(ValidationError, match="is in BRL but the currency is USD"):
        make_negotiation(target_price="R$ 12,00", currency="USD")


def test_offer_takes_the_deals_terms_by_default(
    make_negotiation: MakeNegotiation, session: Session
) -> None:
    negotiation = make_negotiation()
    offer = svc.add_offer(
        session, negotiation.id, {"side": "proveedor", "price": "4,20", "offered_on": "2026-10-01"}
    )
    assert offer.side is OfferSide.SUPPLIER
    assert (offer.currency, offer.price_unit) == ("USD", Unit.KG)
    assert (offer.incoterm, offer.incoterm_place) == (Incoterm.FOB, "Valparaíso")
    assert offer.price == Decimal("4.20")
    assert negotiation.stage is NegotiationStage.NEGOTIATING


def test_offer_validation(make_negotiation: MakeNegotiation, session: Session) -> None:
    negotiation = make_negotiation()
    with pytest.raises(ValidationError) as caught:
        svc.add_offer(
            session,
            negotiation.id,
            {
                "side": "nobody",
                "price": "-3",
                "offered_on": "2026-10-05",
                "valid_until": "2026-10-01",
                "volume": "0",
            },
        )
    fields = {e.field for e in caught.value.errors}
    assert fields == {"side", "price", "valid_until", "volume"}
    assert negotiation.offers == []


def test_update_and_delete_offer(make_negotiation: MakeNegotiation, session: Session) -> None:
    negotiation = make_negotiation()
    offer = svc.add_offer(session, negotiation.id, {"side": "buyer", "price": "3.50"})
    svc.update_offer(session, offer.id, {"price": "3.60"}, expected_version=1)
    assert offer.price == Decimal("3.60")
    with pytest.raises(ConflictError):
        svc.update_offer(session, offer.id, {"price": "3.70"}, expected_version=1)
    svc.delete_offer(session, offer.id)
    assert negotiation.offers == []


def test_archive_restore_and_delete(make_negotiation: MakeNegotiation, session: Session) -> None:
    negotiation = make_negotiation()
    svc.archive_negotiation(session, negotiation.id)
    assert negotiation.is_archived
    svc.restore_negotiation(session, negotiation.id)
    assert not negotiation.is_archived
    create_shipment(session, negotiation.id, {})
    with pytest.raises(InUseError, match="has shipments"):
        svc.delete_negotiation(session, negotiation.id)


def test_delete_negotiation_without_shipments(
    make_negotiation: MakeNegotiation, session: Session
) -> None:
    negotiation = make_negotiation()
    svc.add_offer(session, negotiation.id, {"side": "buyer", "price": "3.50"})
    svc.delete_negotiation(session, negotiation.id)
    assert session.get(Negotiation, negotiation.id) is None


def test_update_negotiation_stage_and_stale_copy(
    make_negotiation: MakeNegotiation, session: Session
) -> None:
    negotiation = make_negotiation()
    svc.update_negotiation(session, negotiation.id, {"stage": "acordado"}, expected_version=1)
    assert negotiation.stage is NegotiationStage.AGREED
    with pytest.raises(ConflictError):
        svc.update_negotiation(session, negotiation.id, {"stage": "lost"}, expected_version=1)


@pytest.mark.parametrize(
    ("written", "term", "place"),
    [
        ("CIF,Shanghai", Incoterm.CIF, "Shanghai"),
        ("fob  Callao, Perú", Incoterm.FOB, "Callao, Perú"),
    ],
)
def test_incoterm_with_its_place_in_one_field(
    make_negotiation: MakeNegotiation, written: str, term: Incoterm, place: str
) -> None:
    negotiation = make_negotiation(incoterm=written)
    assert (negotiation.incoterm, negotiation.incoterm_place) == (term, place)


def test_an_unknown_supplier_is_a_field_error_beside_the_others(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        svc.create_negotiation(session, 987654, {}, product_name="")
    fields = {e.field: e.message for e in caught.value.errors}
    assert fields["supplier_id"] == "Supplier 987654 does not exist"
    assert "product" in fields


def test_a_lost_connection_is_not_turned_into_a_field_error(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    def lost(*_args: object) -> Supplier:
        raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))

    monkeypatch.setattr(svc, "get_supplier", lost)
    with pytest.raises(OperationalError):
        svc.create_negotiation(session, 1, {}, product_name="Cherries")
