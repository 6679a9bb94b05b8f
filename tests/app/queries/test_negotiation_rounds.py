from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from app.errors import NotFoundError
from app.queries.negotiation_rounds import deal_rounds, negotiation_owners, offer_values
from app.services.negotiations import add_offer, create_negotiation
from app.services.suppliers import create_supplier
from models import Incoterm, OfferSide


def _deal(session: Session, owner: str | None = "Li Wei") -> int:
    supplier = create_supplier(session, {"name": "Frutícola Ñuble SpA", "country": "CL"})
    data = {"currency": "USD", "price_unit": "kg", "incoterm": "FOB Valparaíso"}
    if owner is not None:
        data["owner"] = owner
    return create_negotiation(session, supplier.id, data, product_name="Cherries").id


def test_rounds_carry_the_terms_beside_the_price_points(session: Session) -> None:
    deal = _deal(session)
    add_offer(
        session,
        deal,
        {
            "side": "supplier",
            "price": "4.20",
            "offered_on": "2026-10-01",
            "volume": "20000",
            "volume_unit": "kg",
            "valid_until": "2026-10-10",
        },
    )
    add_offer(session, deal, {"side": "buyer", "price": "3.50", "offered_on": "2026-10-03"})
    add_offer(session, deal, {"side": "supplier", "price": "3.95", "offered_on": "2026-10-06"})
    result = deal_rounds(session, deal)
    assert [r.point.round for r in result.rounds] == [1, 2, 3]
    assert [r.side for r in result.rounds] == [
        OfferSide.SUPPLIER,
        OfferSide.BUYER,
        OfferSide.SUPPLIER,
    ]
    first = result.rounds[0]
    assert first.volume == Decimal("20000")
    assert first.incoterm is Incoterm.FOB
    assert first.incoterm_place == "Valparaíso"
    assert first.valid_until is not None
    assert first.valid_until.isoformat() == "2026-10-10"
    assert result.rounds[2].point.change == Decimal("-0.25")
    assert result.summary.gap is not None
    assert result.summary.gap.amount == Decimal("0.45")
    assert result.currency == "USD"


def test_offer_values_gives_the_version_and_the_fields(session: Session) -> None:
    deal = _deal(session)
    offer = add_offer(session, deal, {"side": "us", "price": "3.50", "offered_on": "2026-10-03"})
    version, values = offer_values(session, offer.id)
    assert version == offer.version
    assert values["side"] is OfferSide.BUYER
    assert values["price"] == Decimal("3.50")
    assert values["currency"] == "USD"
    with pytest.raises(NotFoundError):
        offer_values(session, 999_999)


def test_owners_are_distinct_and_sorted(session: Session) -> None:
    _deal(session, "Zhang Min")
    supplier = create_supplier(session, {"name": "Açaí do Pará Ltda.", "country": "BR"})
    for owner in ("Ana Souza", "Zhang Min", None):
        data = {"owner": owner} if owner else {}
        create_negotiation(session, supplier.id, data, product_name="Açaí")
    assert negotiation_owners(session) == ["Ana Souza", "Zhang Min"]


def test_rounds_carry_their_landed_cost_read_in_a_few_statements(session: Session) -> None:
    from sqlalchemy import event

    from app.queries.landed_costs import LandedSettings
    from tests.landed_world import WORKED_PER_KG, avocado_deal, offer

    deal = avocado_deal(session)
    offer(session, deal)
    offer(session, deal, side="buyer", offered_on="2026-12-06", price="40", currency="CNY")
    offer(session, deal, offered_on="2026-12-07", price="58", price_unit="box")
    session.expire_all()
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", count)
    try:
        result = deal_rounds(session, deal, LandedSettings("CNY"))
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert result.landed_currency == "CNY"
    shown = [r.landed.shown if r.landed else None for r in result.rounds]
    # USD 58/box of 10 kg on 12-07: (5.80 + 0.40) x 7.20 x 1.0033 x 1.09 = 48.82
    assert shown == [WORKED_PER_KG, "46.89", "48.82"]
    assert result.summary.gap is not None
    assert result.summary.gap.landed
    # The deal, its offers, shipments and terms, the freight currencies; then the routes,
    # charges, tariff rows and rates (two pipelines on PostgreSQL).
    assert len(statements) == 10, statements
