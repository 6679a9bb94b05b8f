from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from sqlalchemy.orm import Session

from app.queries.negotiation_summary import negotiation_summary
from app.services.negotiations import add_offer
from app.services.shipments import create_shipment
from models import Negotiation, OfferSide


def _offers(session: Session, negotiation: Negotiation, rounds: list[tuple[str, str, str]]) -> None:
    for side, price, day in rounds:
        add_offer(session, negotiation.id, {"side": side, "price": price, "offered_on": day})


def test_latest_offers_gap_and_trend(
    make_negotiation: Callable[..., Negotiation], session: Session
) -> None:
    negotiation = make_negotiation()
    _offers(
        session,
        negotiation,
        [
            ("supplier", "4.20", "2026-10-01"),
            ("buyer", "3.50", "2026-10-03"),
            ("supplier", "3.95", "2026-10-06"),
            ("buyer", "3.70", "2026-10-08"),
        ],
    )
    create_shipment(session, negotiation.id, {"reference": "SHP-T-1", "etd": "2026-11-01"})
    summary = negotiation_summary(session, negotiation.id)
    assert [p.round for p in summary.rounds] == [1, 2, 3, 4]
    assert summary.latest_supplier is not None
    assert summary.latest_supplier.price == Decimal("3.95")
    assert summary.latest_buyer is not None
    assert summary.latest_buyer.price == Decimal("3.70")
    assert summary.gap is not None
    assert summary.gap.amount == Decimal("0.25")
    assert summary.gap.percent == Decimal("6.3")
    assert summary.rounds[2].change == Decimal("-0.25")
    assert summary.rounds[2].change_percent == Decimal("-6.0")
    assert summary.rounds[3].change == Decimal("0.20")
    assert summary.rounds[0].change is None
    assert (summary.supplier_trend, summary.buyer_trend) == ("falling", "rising")
    assert [s.reference for s in summary.shipments] == ["SHP-T-1"]


def test_rounds_follow_offer_dates_not_entry_order(
    make_negotiation: Callable[..., Negotiation], session: Session
) -> None:
    negotiation = make_negotiation()
    _offers(
        session, negotiation, [("buyer", "3.00", "2026-10-05"), ("supplier", "4.00", "2026-10-01")]
    )
    session.expire(negotiation, ["offers"])
    summary = negotiation_summary(session, negotiation.id)
    assert [p.side for p in summary.rounds] == [OfferSide.SUPPLIER, OfferSide.BUYER]


def test_no_gap_without_both_sides_or_across_currencies(
    make_negotiation: Callable[..., Negotiation], session: Session
) -> None:
    negotiation = make_negotiation()
    summary = negotiation_summary(session, negotiation.id)
    assert summary.gap is None
    assert summary.gap_note == "no offer from the supplier yet"
    assert summary.supplier_trend == "no trend yet"
    add_offer(session, negotiation.id, {"side": "supplier", "price": "4.00"})
    assert negotiation_summary(session, negotiation.id).gap_note == "no offer from us yet"
    add_offer(session, negotiation.id, {"side": "buyer", "price": "CNY 26.50"})
    summary = negotiation_summary(session, negotiation.id)
    assert summary.gap is None
    assert summary.gap_note == "offers are in different currencies (USD, CNY)"
